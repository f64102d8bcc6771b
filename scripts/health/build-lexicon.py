#!/usr/bin/env python3
"""Builds patterns/health-terminology.toml, the health lexicon at terminology scale, from pinned
terminologies (scripts/requirements.txt), the hand-written pack patterns/health.toml and the
hand curation in scripts/health/overrides.toml.

Sources (licences in patterns/HEALTH-SOURCES.md):
  - ICD-10-CM titles and inclusion terms (simple-icd-10-cm; NCHS, public domain): English
    diagnoses (chapters A-Q, S-T) and symptoms (chapter R);
  - the drug dictionary of drug-named-entity-recognition (MIT; DrugBank open data CC0, MeSH,
    MedlinePlus): active ingredients and brand names, with German INN spellings derived;
  - German nouns from Wiktionary (german-nouns, CC BY-SA 4.0) with every inflected form, chosen
    by their medical heads (overrides.toml);
  - word frequencies (wordfreq, Apache-2.0 code, CC BY-SA 4.0 data) and the person names of
    Faker (MIT): a term that is also an everyday word needs a personal cue, a very common one is
    left out, and the everyday words and names one letter away from a term are listed as `not_typos`.

Terms the hand-written pack already finds (its words, stems and heads) are left to it.

    python scripts/health/build-lexicon.py          # rewrite the pack
    python scripts/health/build-lexicon.py --check  # exit 1 if it is out of date
"""
import bz2
import csv
import importlib
import importlib.metadata
import os
import pathlib
import pickle
import re
import sys
import tomllib

import drug_named_entity_recognition
import simple_icd_10_cm as icd
import wordfreq

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "patterns" / "health-terminology.toml"
CURATED = ROOT / "patterns" / "health.toml"
OVERRIDES = pathlib.Path(__file__).with_name("overrides.toml")

sys.path.insert(0, str(ROOT / "scripts"))
from generated_file import write_or_check  # noqa: E402

TYPES = ["DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"]
# The hand-written entries whose settings (context, negative context, confidence) the generated
# entries of a type share: precise terms, and terms that are also everyday words.
PRECISE = {"DIAGNOSIS": "health-diagnosis", "SYMPTOM": "health-symptom", "MEDICATION": "health-medication",
           "TREATMENT": "health-treatment"}
EVERYDAY = {"DIAGNOSIS": "health-diagnosis-ambiguous", "SYMPTOM": "health-diagnosis-ambiguous",
            "MEDICATION": "health-diagnosis-ambiguous", "TREATMENT": "health-treatment-ambiguous"}
# Zipf frequency (wordfreq): 3 is once per million words. At or above EVERYDAY_ZIPF in German or
# English a term needs a personal cue; at or above COMMON_ZIPF it is left out.
EVERYDAY_ZIPF = 3.0
COMMON_ZIPF = 4.3
MINIMUM_TYPO_LENGTH = 6  # LexiconMatcher.minimumTypoLength
LONGEST_STEM_ENDING = 4  # LexiconMatcher.longestStemEnding: how far short of a word's end a misspelled stem may stop
INFLECTION_LETTERS = "sen"
# A drug name of one word as common as this (wordfreq Zipf, German or English) is an ordinary
# word or a product first (`tetris`, `oregano`, `colgate`), and is left out.
COMMON_DRUG_ZIPF = 2.5
EXAMPLE = {"DIAGNOSIS": "ich habe {} seit Wochen", "SYMPTOM": "ich habe {} seit Wochen",
           "MEDICATION": "ich nehme {} seit Wochen", "TREATMENT": "nach meiner {} letzte Woche"}
TERM = re.compile(r"^[a-zäöüß][a-zäöüß0-9' -]*[a-zäöüß0-9]$")


def zipf(term: str) -> float:
    """How common `term` is in German or English. wordfreq estimates a phrase from its words, as
    if they were independent, which makes `acute kidney injury` look common; a phrase counts
    one point less."""
    frequency = max(wordfreq.zipf_frequency(term, "en"), wordfreq.zipf_frequency(term, "de"))
    return frequency - 1.0 if " " in term else frequency


def clean_title(title: str) -> list[str]:
    """The names a patient would write in an ICD-10-CM title or inclusion term."""
    # A name in brackets is a synonym (`Zoster [herpes zoster]`), unless it is one word: an
    # eponym (`[Becker]`) that alone is a surname.
    names = [inner.strip() for inner in re.findall(r"\[([^\]]+)\]", title) if " " in inner.strip()]
    title = re.sub(r"\[[^\]]*\]|\([^)]*\)", " ", title)
    title = re.sub(r"\b(?:NOS|NEC)\b", " ", title)
    title = title.split(",")[0]
    title = re.split(r"\b(?:with|without|due to|in diseases|in conditions|following|complicating|associated with)\b", title)[0]
    title = re.sub(r"^(?:other|unspecified|acute or chronic)\s+", "", title.strip(), flags=re.I)
    names.append(title)
    return [" ".join(name.lower().split()) for name in names]


def icd_terms(not_patient: set[str]) -> dict[str, str]:
    terms: dict[str, str] = {}
    for code in icd.get_all_codes(False):
        if "-" in code or len(code) < 3 or not code[0].isalpha():
            continue
        chapter = code[0]
        if chapter in "UVWXYZ":
            continue
        kind = "SYMPTOM" if chapter == "R" else "DIAGNOSIS"
        texts = [icd.get_description(code)] + icd.get_inclusion_term(code)
        for text in texts:
            for name in clean_title(text):
                words = name.split()
                if not 1 <= len(words) <= 4 or not_patient & set(words) or not TERM.match(name) or len(name) < 5 \
                        or any(character.isdigit() for character in name):
                    continue
                terms.setdefault(name, kind)
    return terms


MEDICAL_ENDINGS = ("itis", "osis", "ose", "emia", "ämie", "algia", "algie", "pathy", "pathie", "oma", "om",
                   "plegia", "plegie", "phobia", "phobie", "rrhea", "rrhoea", "apnea", "apnoe", "iasis", "ism",
                   "ismus", "ectomy", "ektomie", "otomy", "otomie", "scopy", "skopie", "ering", "ness")


def looks_medical(term: str) -> bool:
    """Whether a single word that is also an everyday word still reads as a health term by its
    ending (`fibrosis`, `stuttering`, `tiredness`): the others (`atlas`, `thoracic`, `petrol`) are left out."""
    return term.endswith(MEDICAL_ENDINGS)


def german_inn(name: str) -> list[str]:
    """German spellings of an English INN: sertraline -> sertralin, glyburide -> glyburid."""
    for english, german in (("ine", "in"), ("ide", "id"), ("ate", "at"), ("one", "on"), ("ole", "ol")):
        if name.endswith(english) and len(name) > 6:
            return [name[: -len(english)] + german]
    return []


def drug_terms(not_patient: set[str]) -> dict[str, str]:
    path = os.path.join(os.path.dirname(drug_named_entity_recognition.__file__), "drug_ner_dictionary.pkl.bz2")
    with bz2.open(path) as file:
        dictionary = pickle.load(file)
    # Names of medicines (DrugBank, MedlinePlus, the NHS), not the MeSH chemicals and proteins
    # the dictionary also holds.
    medicines = {canonical for canonical, data in dictionary["drug_canonical_to_data"].items()
                 if {"drugbank_id", "medline_plus_id", "nhs_url"} & data.keys()}
    terms: dict[str, str] = {}
    for variant, canonicals in dictionary["drug_variant_to_canonical"].items():
        if not medicines & set(canonicals):
            continue
        name = " ".join(variant.lower().split())
        words = name.split()
        if not 1 <= len(words) <= 3 or not_patient & set(words) or not TERM.match(name) or len(name) < 5:
            continue
        if sum(character.isdigit() for character in name) > 2:
            continue
        for spelling in [name] + german_inn(name):
            terms.setdefault(spelling, "MEDICATION")
    return terms


def german_terms(heads: dict[str, str], not_health: set[str], not_health_endings: tuple[str, ...]) -> dict[str, str]:
    path = next(file for file in importlib.metadata.files("german-nouns") if file.name == "nouns.csv").locate()
    terms: dict[str, str] = {}
    with open(path, encoding="utf-8") as file:
        for row in csv.DictReader(file):
            lemma = (row["lemma"] or "").lower()
            if not lemma.isalpha() or lemma in not_health or len(lemma) < 5 or lemma.endswith(not_health_endings):
                continue
            head = next((head for head in sorted(heads, key=len, reverse=True) if lemma.endswith(head)), None)
            if head is None:
                continue
            forms = {lemma} | {value.lower() for key, value in row.items()
                               if value and key and ("singular" in key or "plural" in key)}
            for form in forms:
                if form.isalpha() and form not in not_health and len(form) >= 5:
                    terms.setdefault(form, heads[head])
    return terms


def canonical(term: str) -> str:
    return term.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")


def spellings(term: str) -> set[str]:
    """The spellings the engine keeps typo keys for: umlauts written `ae` and, as in
    `LexiconMatcher.spellings(of:)`, dropped (`migrane` for `Migräne`)."""
    return {canonical(term), term.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("ß", "ss")}


class Curated:
    """What the hand-written pack finds already: its words, and words its stems and heads catch."""

    def __init__(self, pack: dict):
        self.words, self.prefixes, self.suffixes, self.excluded = set(), set(), set(), set()
        self.as_written = set()  # words and prefixes in lower case, umlauts kept
        self.stems_as_written = set()  # prefixes in lower case, umlauts kept
        for entry in pack.get("lexicon", []):
            self.as_written |= {word.lower() for word in entry.get("words", []) + entry.get("prefixes", [])}
            self.stems_as_written |= {word.lower() for word in entry.get("prefixes", [])}
            self.words |= {canonical(word.lower()) for word in entry.get("words", [])}
            self.prefixes |= {canonical(word.lower()) for word in entry.get("prefixes", [])}
            self.suffixes |= {canonical(word.lower()) for word in entry.get("suffixes", [])}
            self.excluded |= {canonical(word.lower()) for word in entry.get("exclude", [])}

    def finds(self, term: str) -> bool:
        term = canonical(term)
        if term in self.words or term in self.excluded:
            return True
        if " " in term or "-" in term:
            return False
        return any(term.startswith(term[:length]) and term[:length] in self.prefixes for length in range(3, len(term) + 1)) \
            or any(term[-length:] in self.suffixes for length in range(3, len(term) + 1))


def deletions(word: str) -> set[str]:
    return {word[:index] + word[index + 1:] for index in range(len(word))}


def by_deletions(words) -> dict[str, set[str]]:
    """Each word under itself and each of its one-letter deletions: two words one typo apart
    share a key."""
    index: dict[str, set[str]] = {}
    for word in words:
        for key in deletions(word) | {word}:
            index.setdefault(key, set()).add(word)
    return index


def not_typos(terms: set[str], curated: Curated) -> list[str]:
    """Everyday words one letter away from a single-word term of MINIMUM_TYPO_LENGTH letters or
    more, which the engine must not read as a misspelling of it. A word that is the term with an
    `s`, `e` or `n` more at its end (`migraines`) is an inflection, not a typo, and is left out.
    So are everyday words whose first letters, up to LONGEST_STEM_ENDING short of their end, are
    one letter from a stem (`migrants` of `migrän…`, `insulting` of `insulin…`), as the engine
    reads a misspelled stem with its ending."""
    written_stem = {spelling: stem for stem in curated.stems_as_written for spelling in spellings(stem)
                    if len(spelling) >= MINIMUM_TYPO_LENGTH and spelling.isalpha()}
    stems_by_key = by_deletions(written_stem)
    all_terms = {spelling for term in terms | curated.as_written for spelling in spellings(term)}
    long_terms = {spelling for term in terms | curated.as_written for spelling in spellings(term)
                  if " " not in term and "-" not in term and len(spelling) >= MINIMUM_TYPO_LENGTH and spelling.isalpha()}
    by_key = by_deletions(long_terms)
    found = set()
    for word in everyday_words():
        spelled = canonical(word)
        # A word that is itself a term, of any length (`phobie`), is found as one, not listed here.
        if not spelled.isalpha() or len(spelled) < MINIMUM_TYPO_LENGTH - 1 or spelled in all_terms or curated.finds(spelled):
            continue
        near_terms = [term for key in deletions(spelled) | {spelled} for term in by_key.get(key, ()) if is_one_typo(spelled, term)]
        for term in near_terms:
            if not (spelled.startswith(term) and len(spelled) == len(term) + 1 and spelled[-1] in INFLECTION_LETTERS):
                found.add(word)
        if near_terms:
            continue  # an inflection of a term (`schlaganfalls`) is read as the term
        for length in range(max(MINIMUM_TYPO_LENGTH - 1, len(spelled) - LONGEST_STEM_ENDING), len(spelled)):
            start = spelled[:length]
            for stem in {stem for key in deletions(start) | {start} for stem in stems_by_key.get(key, ())}:
                # A misspelling of a word of the language that the stem begins (`psychatrie` of
                # `psychiatrie`) is what the engine should read; any other word is not.
                corrected = written_stem[stem] + spelled[length:]
                if is_one_typo(start, stem) and zipf(corrected) == 0:
                    found.add(word)
    return sorted(found)


def everyday_words():
    """Words of German and English chat that are not health terms: wordfreq's words down to a
    Zipf frequency of 2 (once in 100 million words), and the first and last names of Faker's
    German, Austrian, Swiss, British and American locales (`Concetta` is one letter from `Concerta`)."""
    for language in ("en", "de"):
        for word in wordfreq.iter_wordlist(language, "large"):
            if wordfreq.zipf_frequency(word, language) < 2.0:
                break
            yield word
    yield from person_names()


def person_names():
    """The first and last names of Faker's German, Austrian, Swiss, British and American locales."""
    for locale in ("de_DE", "de_AT", "de_CH", "en_GB", "en_US"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for names in (provider.first_names, provider.last_names):
            yield from (name.lower() for name in names)


def is_one_typo(word: str, term: str) -> bool:
    if word == term:
        return False
    if len(word) == len(term):
        differences = [index for index in range(len(word)) if word[index] != term[index]]
        return len(differences) == 1 or (len(differences) == 2 and differences[1] == differences[0] + 1
                                          and word[differences[0]] == term[differences[1]] and word[differences[1]] == term[differences[0]])
    shorter, longer = sorted((word, term), key=len)
    return len(longer) == len(shorter) + 1 and shorter in deletions(longer)


def toml_list(values: list[str], indent: str = "  ") -> str:
    lines, line = [], indent
    for value in values:
        item = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '", '
        if len(line) + len(item) > 100 and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += item
    if line.strip():
        lines.append(line.rstrip())
    return "[\n" + "\n".join(lines) + "\n]" if lines else "[]"


def render() -> str:
    curated_pack = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    overrides = tomllib.loads(OVERRIDES.read_text(encoding="utf-8"))
    curated = Curated(curated_pack)
    entries = {entry["id"]: entry for entry in curated_pack["lexicon"]}
    not_patient = set(overrides["english"]["not_patient_words"])
    drop = set(overrides["english"]["drop_list"]["terms"])
    keep_everyday = overrides["english"]["everyday"]

    candidates: dict[str, str] = {}
    drug_candidates = drug_terms(not_patient)
    for source in (icd_terms(not_patient), drug_candidates,
                   german_terms(overrides["german"]["heads"], set(overrides["german"]["not_health"]),
                                 tuple(overrides["german"]["not_health_endings"]))):
        for term, kind in source.items():
            candidates.setdefault(term, kind)

    everyday_stems = tuple(overrides["german"]["everyday"])
    drugs = set(drug_candidates)
    names = set(person_names())
    precise_words = {term for term in candidates if " " not in term and zipf(term) < EVERYDAY_ZIPF} | curated.words
    chosen: dict[tuple[str, bool], list[str]] = {}
    for term, kind in keep_everyday.items():
        candidates[term] = kind
    for term, kind in sorted(candidates.items()):
        if term in drop or curated.finds(term):
            continue
        if term in keep_everyday:
            chosen.setdefault((kind, True), []).append(term)
            continue
        frequency = zipf(term)
        everyday = frequency >= EVERYDAY_ZIPF or term.startswith(everyday_stems)
        if " " in term and everyday and not term.startswith(everyday_stems) and any(word in precise_words for word in term.split()):
            everyday = False  # `end stage liver disease` says no less than `liver disease`
        if frequency >= COMMON_ZIPF or (everyday and (term in drugs or (" " not in term and not looks_medical(term)
                                                                       and not term.startswith(everyday_stems)))):
            continue
        if term in drugs and " " not in term and (frequency >= COMMON_DRUG_ZIPF or term in names):
            continue  # `camila`, `yasmin`: brands named like people
        chosen.setdefault((kind, everyday), []).append(term)
    all_terms = {term for terms in chosen.values() for term in terms}
    typos = not_typos(all_terms, curated)

    versions = ", ".join(f"{name} {importlib.metadata.version(name)}" for name in
                         ("simple-icd-10-cm", "drug-named-entity-recognition", "german-nouns", "wordfreq"))
    out = [
        "# Generated by scripts/health/build-lexicon.py. Do not edit: edit scripts/health/overrides.toml",
        "# or patterns/health.toml and rerun it.",
        "#",
        "# Veil pattern pack: the health lexicon at terminology scale, next to the hand-written",
        "# patterns/health.toml (which keeps every term it lists). Built from " + versions + ".",
        "# Licence of this file: CC BY-SA 4.0, since it holds German nouns from Wiktionary (via",
        "# german-nouns, by its contributors) and words chosen by wordfreq's frequency data; the other",
        "# sources are public domain, CC0 or MIT. See patterns/HEALTH-SOURCES.md.",
        "#",
        "# Terms that are also everyday words (wordfreq Zipf >= %.1f in German or English) are in the" % EVERYDAY_ZIPF,
        "# `-everyday` entries, which need a personal cue like the hand-written ambiguous entries.",
        "",
        "[pack]",
        'name = "health-terminology"',
        'description = "Health terms from ICD-10-CM, a drug dictionary and German Wiktionary nouns"',
        "",
        "[context_lists]",
    ] + [f"{name} = " + toml_list(words) for name, words in curated_pack["context_lists"].items()]
    out += ["", "[regex_parts]"] + [f"{name} = " + "'" * 3 + part + "'" * 3 for name, part in curated_pack["regex_parts"].items()]
    total = 0
    for kind in TYPES:
        for everyday in (False, True):
            terms = chosen.get((kind, everyday), [])
            if not terms:
                continue
            total += len(terms)
            model = entries[EVERYDAY[kind] if everyday else PRECISE[kind]]
            rule_id = f"health-terms-{kind.lower()}" + ("-everyday" if everyday else "")
            readable = [term for term in terms if re.fullmatch(r"[a-zäöüß ]{8,}", term)] or terms
            samples = readable[:: max(1, len(readable) // 3)][:3]
            out += [
                "",
                "[[lexicon]]",
                f'id = "{rule_id}"',
                'category = "HEALTH"',
                f'type = "{kind}"',
                f'description = "{kind.lower().capitalize()} terms from the terminologies'
                + (', also everyday words: they need a personal cue"' if everyday else '"'),
                f"confidence = {model['confidence']}",
                f"severity = {model['severity']}",
            ]
            if model.get("requires_context"):
                out.append("requires_context = true")
            for field in ("preceded_by", "followed_by"):
                if field in model:
                    out.append(f"{field} = '''{model[field]}'''")
            for field in ("context", "negative_context", "other_subject", "own_subject", "general_context"):
                if field in model:
                    out.append(f"{field} = " + toml_list(model[field]).replace("[\n  ", "[", 1).replace(",\n]", "]", 1)
                               if len(model[field]) == 1 else f"{field} = " + toml_list(model[field]))
            out.append(f"# {len(terms)} words")
            out.append("words = " + toml_list(terms))
            if kind == "DIAGNOSIS" and not everyday:
                out.append("# Everyday words one letter away from a term: never read as a misspelling of it.")
                out.append("not_typos = " + toml_list(typos))
            out.append("examples = " + toml_list([EXAMPLE[kind].format(f"«{term}»") for term in samples]))
            counters = [f"Kurze Frage zu {word}, danke" for word in typos[:: max(1, len(typos) // 3)][:3]] if not everyday \
                else [f"Was bedeutet {term} eigentlich?" for term in samples]
            out.append("counter_examples = " + toml_list(counters))
    out.insert(11, f"# {total} terms.")
    return "\n".join(out) + "\n"


def main() -> int:
    return write_or_check(OUTPUT, render(), "scripts/health/build-lexicon.py")


if __name__ == "__main__":
    sys.exit(main())
