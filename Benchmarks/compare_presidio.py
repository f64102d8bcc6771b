#!/usr/bin/env python3
"""Side-by-side throughput of Veil and Microsoft Presidio on the same messages, in one run.

Run it through the wrapper, which builds `veil` and `veil-corpus`, writes the messages and sets
up Presidio in a virtualenv:

    Benchmarks/compare-presidio.sh [N]          # N messages, default 20000

or by hand, with a Python that has presidio-analyzer installed:

    python compare_presidio.py --messages messages.txt --veil .build/release/veil

What it measures (wall-clock time, time.perf_counter, median of --repeats runs, default 3):

* Presidio, in this process, single-threaded: `AnalyzerEngine.analyze` on every message, then
  `AnonymizerEngine.anonymize` with the analyzer's results (default operator: replace by
  <ENTITY_TYPE>), one message at a time. Both stages are timed per call, so one pass gives the
  analyze-only rate and the analyze + anonymize rate. If presidio-anonymizer is not installed,
  only analyze is timed and the table says so. Presidio takes milliseconds per message, so only
  the first --presidio-limit messages (default 2000) are timed; the rate is what is compared.
  A short untimed warm-up pass runs first (lazy initialisation: regex compilation, phonenumbers
  metadata, the public-suffix list of tldextract).
* Veil, as a subprocess, end to end: `veil < messages.txt > /dev/null` on all messages, wall
  time including process start-up; also with `--jobs 1` (single-threaded, like Presidio here);
  and a start-up time measured by running `veil` on empty input, subtracted to give a rate
  without start-up.

Presidio runs with PATTERN RECOGNIZERS ONLY. Its usual spaCy model (en_core_web_lg) is
downloaded from GitHub at first use, which this project's machines cannot reach, so there is no
NER model: the NLP engine is presidio's SlimSpacyNlpEngine (tokens and lemmas, no NER) over
`spacy.blank("en")`, plus spaCy's lookup lemmatizer when the PyPI package spacy-lookups-data is
installed, so that Presidio's context words ("card", "iban", "phone", …) still raise scores.
Without NER, PERSON/LOCATION/ORGANIZATION/NRP are not detected, which only makes Presidio
faster. The recognizers are Presidio's default set for "en" (what `AnalyzerEngine()` loads,
minus its spaCy NER recognizer) plus the national-ID recognizers Presidio ships disabled or for
other languages that match Veil's ID rules (DE tax ID, tax number, VAT ID, ID card, passport,
pension insurance number, health insurance number, driving licence; UK NINO; IT codice fiscale;
ES NIF/NIE; PL PESEL), all registered for "en". Every message, German or English, is analyzed
once with language "en": Presidio picks recognizers by a language the caller names, while Veil
runs all of its rules on every message. Score threshold: Presidio's default, 0.

Before timing, Presidio's findings on the timed subset are counted and printed; the script
fails if it finds nothing or if one of the recognizers that matter for this corpus (IBAN,
credit card, phone, e-mail, DE tax ID, DE health insurance, UK NINO, US SSN) is not active.
"""

from __future__ import annotations

import os

# tldextract (used by Presidio's e-mail recognizer) fetches the public-suffix list from the
# network on first use and falls back to its bundled snapshot after a failure. Ask it for the
# snapshot straight away: no network access, no traceback in the output, same results.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

import argparse
import collections
import logging
import platform
import re
import statistics
import subprocess
import sys
import textwrap
import time
from importlib import metadata

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.nlp_engine import SlimSpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    DeFuehrerscheinRecognizer,
    DeHealthInsuranceRecognizer,
    DeIdCardRecognizer,
    DePassportRecognizer,
    DeSocialSecurityRecognizer,
    DeTaxIdRecognizer,
    DeTaxNumberRecognizer,
    DeVatIdRecognizer,
    EsNieRecognizer,
    EsNifRecognizer,
    ItFiscalCodeRecognizer,
    PlPeselRecognizer,
    UkNinoRecognizer,
)
from presidio_analyzer.recognizer_registry import RecognizerRegistryProvider

try:
    from presidio_anonymizer import AnonymizerEngine
except ImportError:  # presidio-anonymizer did not install: time analyze only
    AnonymizerEngine = None

LANGUAGE = "en"

# Not loaded by Presidio's default registry for "en"; added so that Presidio looks for the same
# kinds of identity numbers as Veil's id pack.
EXTRA_RECOGNIZERS = [
    DeTaxIdRecognizer,
    DeTaxNumberRecognizer,
    DeVatIdRecognizer,
    DeIdCardRecognizer,
    DePassportRecognizer,
    DeSocialSecurityRecognizer,
    DeHealthInsuranceRecognizer,
    DeFuehrerscheinRecognizer,
    UkNinoRecognizer,
    ItFiscalCodeRecognizer,
    EsNifRecognizer,
    EsNieRecognizer,
    PlPeselRecognizer,
]

# Recognizers that must be active, or the comparison would not be measuring the same work.
REQUIRED_RECOGNIZERS = {
    "IbanRecognizer",
    "CreditCardRecognizer",
    "PhoneRecognizer",
    "EmailRecognizer",
    "DeTaxIdRecognizer",
    "DeHealthInsuranceRecognizer",
    "UkNinoRecognizer",
    "UsSsnRecognizer",
}


class BlankSpacyNlpEngine(SlimSpacyNlpEngine):
    """Presidio's slim engine (tokens and lemmas, no NER) over blank spaCy pipelines.

    SlimSpacyNlpEngine builds `spacy.blank(lang)` itself only for languages that have no
    default trained model, and "en" has one; so `load` is overridden to build blank pipelines
    for every configured language, with no download.
    """

    lemmatizer = "none"

    def load(self) -> None:
        self.nlp = {}
        for model in self.models:
            nlp = spacy.blank(model["lang_code"])
            try:
                # Lookup tables from the spacy-lookups-data package (PyPI); no model needed.
                nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
                nlp.initialize()
                self.lemmatizer = "spaCy lookup lemmatizer (spacy-lookups-data)"
            except Exception:  # tables not installed: tokens only, lemmas stay empty
                nlp = spacy.blank(model["lang_code"])
                self.lemmatizer = "none (spacy-lookups-data missing: context words inactive)"
            self.nlp[model["lang_code"]] = nlp


def build_analyzer() -> tuple[AnalyzerEngine, BlankSpacyNlpEngine]:
    nlp_engine = BlankSpacyNlpEngine(
        models=[{"lang_code": LANGUAGE, "model_name": f"blank:{LANGUAGE}"}], auto_download=False
    )
    # Presidio's default recognizer configuration (conf/default_recognizers.yaml) for LANGUAGE.
    # No NLP engine is passed, so no spaCy NER recognizer is added.
    registry: RecognizerRegistry = RecognizerRegistryProvider(
        registry_configuration={"supported_languages": [LANGUAGE]}
    ).create_recognizer_registry()
    registry.remove_recognizer("SpacyRecognizer")
    for recognizer in EXTRA_RECOGNIZERS:
        registry.add_recognizer(recognizer(supported_language=LANGUAGE))
    analyzer = AnalyzerEngine(
        registry=registry, nlp_engine=nlp_engine, supported_languages=[LANGUAGE]
    )
    return analyzer, nlp_engine


def version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "not installed"


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def time_presidio(analyzer, anonymizer, messages, repeats):
    """Per run: (analyze seconds, anonymize seconds), each summed over all messages."""
    runs = []
    for _ in range(repeats):
        analyze_s = anonymize_s = 0.0
        clock = time.perf_counter
        for text in messages:
            t0 = clock()
            results = analyzer.analyze(text=text, language=LANGUAGE)
            t1 = clock()
            if anonymizer is not None:
                anonymizer.anonymize(text=text, analyzer_results=results)
                anonymize_s += clock() - t1
            analyze_s += t1 - t0
        runs.append((analyze_s, anonymize_s))
    return runs


def time_command(argv, stdin_path, repeats):
    runs = []
    for _ in range(repeats):
        with open(stdin_path, "rb") as stdin:
            t0 = time.perf_counter()
            subprocess.run(argv, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
            runs.append(time.perf_counter() - t0)
    return runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--messages", required=True, help="file with one message per line")
    parser.add_argument("--veil", required=True, help="path to the release build of veil")
    parser.add_argument("--presidio-limit", type=int, default=2000,
                        help="time Presidio on the first this many messages (default 2000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (default 3)")
    parser.add_argument("--warmup", type=int, default=50,
                        help="untimed Presidio warm-up messages (default 50)")
    args = parser.parse_args()

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("presidio-anonymizer").setLevel(logging.ERROR)

    with open(args.messages, encoding="utf-8") as f:
        messages = f.read().splitlines()
    total = len(messages)
    if total == 0:
        sys.exit("no messages in " + args.messages)
    subset = messages[: args.presidio_limit]

    # ---- Presidio set-up and sanity checks (untimed) ----
    analyzer, nlp_engine = build_analyzer()
    anonymizer = AnonymizerEngine() if AnonymizerEngine is not None else None
    active = analyzer.get_recognizers(language=LANGUAGE)
    active_names = sorted({r.name for r in active})
    missing = REQUIRED_RECOGNIZERS - set(active_names)
    if missing:
        sys.exit(f"Presidio recognizers not active for {LANGUAGE!r}: {sorted(missing)}")
    if any(r.name == "SpacyRecognizer" for r in active):
        sys.exit("a spaCy NER recognizer is registered; this comparison is pattern-only")

    for text in subset[: args.warmup]:
        results = analyzer.analyze(text=text, language=LANGUAGE)
        if anonymizer is not None:
            anonymizer.anonymize(text=text, analyzer_results=results)

    by_entity: collections.Counter[str] = collections.Counter()
    flagged = 0
    for text in subset:
        results = analyzer.analyze(text=text, language=LANGUAGE)
        by_entity.update(r.entity_type for r in results)
        flagged += bool(results)
    presidio_findings = sum(by_entity.values())
    if presidio_findings == 0:
        sys.exit("Presidio found nothing in the corpus: the measurement would be a no-op")

    # Veil's own count (untimed; also warms the page cache for the binary and the input).
    stats = subprocess.run([args.veil, "--stats"], stdin=open(args.messages, "rb"),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    m = re.search(r"(\d+) lines, (\d+) with findings", stats.stderr)
    veil_flagged = f"{m.group(2)} of {m.group(1)} messages" if m else "unknown"

    # ---- Timed runs ----
    presidio_runs = time_presidio(analyzer, anonymizer, subset, args.repeats)
    veil_runs = time_command([args.veil], args.messages, args.repeats)
    veil_jobs1_runs = time_command([args.veil, "--jobs", "1"], args.messages, args.repeats)
    startup_runs = time_command([args.veil], os.devnull, args.repeats)

    analyze_s = statistics.median(a for a, _ in presidio_runs)
    both_s = statistics.median(a + b for a, b in presidio_runs)
    veil_s = statistics.median(veil_runs)
    veil1_s = statistics.median(veil_jobs1_runs)
    startup_s = statistics.median(startup_runs)

    presidio_rate = rate(len(subset), both_s if anonymizer is not None else analyze_s)
    presidio_label = "analyze + anonymize" if anonymizer is not None else "analyze only"

    # ---- Report ----
    cores = os.cpu_count()
    print("Veil vs Presidio: throughput on the same messages, one run")
    print(f"  messages   {total} from veil-corpus (75% clean, German and English, 70-130 bytes);"
          f" Presidio timed on the first {len(subset)}"
          + (" (it is slow; the rate is what is compared)" if len(subset) < total else ""))
    print(f"  machine    {platform.machine()}, {cores} cores, Linux {platform.release()},"
          f" Python {platform.python_version()}")
    print(f"  Presidio   presidio-analyzer {version('presidio-analyzer')},"
          f" presidio-anonymizer {version('presidio-anonymizer')}, spaCy {spacy.__version__},"
          f" phonenumbers {version('phonenumbers')}")
    print("             PATTERN RECOGNIZERS ONLY: no NER model (none can be downloaded here);"
          f' NLP engine = spacy.blank("{LANGUAGE}")')
    print(f"             lemmas: {nlp_engine.lemmatizer}")
    print(f'             language "{LANGUAGE}" for every message; score threshold 0;'
          f" {len(active_names)} recognizers active:")
    print(textwrap.fill(", ".join(active_names), width=100, initial_indent=" " * 15,
                        subsequent_indent=" " * 15))
    print(f"  findings   Presidio: {presidio_findings} in {flagged} of {len(subset)} messages: "
          + ", ".join(f"{k} {v}" for k, v in by_entity.most_common()))
    print(f"             Veil: findings in {veil_flagged}")
    if anonymizer is None:
        print("  NOTE       presidio-anonymizer is not installed: Presidio is timed on analyze only")
    print()

    def fmt_runs(runs):
        return " ".join(f"{s:.3f}" for s in runs)

    rows = [
        ("Presidio analyze", len(subset), [a for a, _ in presidio_runs], analyze_s),
    ]
    if anonymizer is not None:
        rows.append(("Presidio analyze + anonymize", len(subset),
                     [a + b for a, b in presidio_runs], both_s))
    rows += [
        (f"veil (end to end, --jobs {cores} default)", total, veil_runs, veil_s),
        ("veil --jobs 1 (end to end)", total, veil_jobs1_runs, veil1_s),
        ("veil, start-up excluded", total, [s - startup_s for s in veil_runs], veil_s - startup_s),
    ]
    header = f"  {'measurement':<38} {'messages':>8}  {'runs (s)':<23} {'median s':>8} {'messages/s':>11} {'x Presidio':>10}"
    print(header)
    print("  " + "-" * (len(header) - 2))
    for label, count, runs, median_s in rows:
        r = rate(count, median_s)
        ratio = "" if label.startswith("Presidio") else f"{r / presidio_rate:,.0f}x"
        print(f"  {label:<38} {count:>8}  {fmt_runs(runs):<23} {median_s:>8.3f} {r:>11,.0f} {ratio:>10}")
    print(f"  {'veil start-up (empty input)':<38} {0:>8}  {fmt_runs(startup_runs):<23} {startup_s:>8.3f}")
    print()
    print(f"  Medians of {args.repeats} runs. 'x Presidio' = Veil messages/s / Presidio {presidio_label}"
          f" messages/s ({presidio_rate:,.0f}/s, single process).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
