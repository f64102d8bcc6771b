#!/usr/bin/env bash
# Side-by-side throughput of Veil and Microsoft Presidio on the same generated messages, in one run.
#
# Usage (from anywhere):
#     Benchmarks/compare-presidio.sh [N] [options for compare_presidio.py]
# N is the number of messages (default 20000). Options after N go to Benchmarks/compare_presidio.py,
# e.g. --presidio-limit 5000 (Presidio is timed on the first 2000 messages by default; it is slow
# and the rate is what is compared) or --repeats 5 (default 3).
#
# What it does:
#   1. builds `veil` as deployed (swift build -c release --product veil --static-swift-stdlib, in
#      the repo root, into .build/static-stdlib) and the corpus generator (swift build -c release
#      --package-path Benchmarks --product veil-corpus);
#   2. writes N messages, the 75%-clean mix of German and English chat messages of 70-130 bytes
#      that the package benchmarks use (same messages on every machine), to a temporary file;
#   3. creates the virtualenv Benchmarks/.build/presidio-venv (git-ignored) if it is missing and
#      installs the pinned PyPI packages below into it;
#   4. runs Benchmarks/compare_presidio.py, which times, in one process and one run, Presidio's
#      AnalyzerEngine.analyze + AnonymizerEngine.anonymize (single process) and `veil` end to end
#      as a subprocess (with and without its start-up time), 3 runs each, and prints the medians
#      in messages/s and the ratio Veil/Presidio. See that file's header for the details.
#
# Needs: Swift 6.1+, Python 3.11-3.14 with venv (on Debian: apt-get install python3-venv; set
# PYTHON=/path/to/python3.x to choose the interpreter) and network access to PyPI only.
#
# Presidio runs with its PATTERN RECOGNIZERS ONLY. Its usual spaCy NER model (en_core_web_lg) is
# downloaded from GitHub, not PyPI, and cannot be fetched on machines that reach only PyPI, so
# the NLP engine is a blank spaCy pipeline (tokenizer + spaCy's lookup lemmatizer, whose tables
# come from the PyPI package spacy-lookups-data, so that Presidio's context words still work).
# Dependencies and their alternatives:
#   - presidio-analyzer: required (pulls spaCy, phonenumbers, tldextract, ... from PyPI).
#   - presidio-anonymizer: optional; if it does not install, only analyze is timed (the output
#     says so).
#   - spacy-lookups-data (about 100 MB): optional; without it lemmas are empty and Presidio's
#     context-word score boosts cannot fire (findings and timing barely change; the output says so).
#   - no model download of any kind; tldextract's public-suffix list comes from its bundled
#     snapshot (TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS is set empty), not from the network.
set -euo pipefail

PRESIDIO_VERSION=2.2.366
REQUIRED=("presidio-analyzer==$PRESIDIO_VERSION")
OPTIONAL=("presidio-anonymizer==$PRESIDIO_VERSION" "spacy-lookups-data==1.0.5")

cd "$(dirname "${BASH_SOURCE[0]}")/.."   # the repo root

count=20000
if [[ $# -gt 0 && $1 != -* ]]; then
    count=$1
    shift
fi
if ! [[ $count =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: Benchmarks/compare-presidio.sh [N] [compare_presidio.py options]" >&2
    exit 64
fi

step() { printf '==> %s\n' "$*" >&2; }

step "building veil and veil-corpus (release)"
swift build -c release --product veil --static-swift-stdlib --scratch-path .build/static-stdlib >&2
swift build -c release --package-path Benchmarks --product veil-corpus >&2

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

step "writing $count messages"
Benchmarks/.build/release/veil-corpus "$count" > "$tmp/messages.txt"

venv=Benchmarks/.build/presidio-venv
python=${PYTHON:-python3}
if ! "$venv/bin/python" -c '' 2>/dev/null; then
    if ! "$python" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] < (3, 15)))' 2>/dev/null; then
        echo "Presidio needs Python 3.11 to 3.14; '$python' is $("$python" --version 2>&1 || echo missing)." >&2
        echo "Set PYTHON=/path/to/python3.11 (or newer)." >&2
        exit 1
    fi
    step "creating $venv with $("$python" --version 2>&1)"
    rm -rf "$venv"
    if ! "$python" -m venv "$venv" >&2; then
        rm -rf "$venv"
        echo "could not create a virtualenv; on Debian: apt-get install python3-venv" >&2
        exit 1
    fi
fi

stamp="$venv/.installed"
wanted="${REQUIRED[*]} ${OPTIONAL[*]}"
if [[ ! -f $stamp || $(cat "$stamp") != "$wanted" ]]; then
    pip=("$venv/bin/python" -m pip install --disable-pip-version-check --quiet)
    step "installing ${REQUIRED[*]} from PyPI (a few minutes the first time)"
    "${pip[@]}" "${REQUIRED[@]}" >&2
    complete=yes
    for package in "${OPTIONAL[@]}"; do
        step "installing $package"
        if ! "${pip[@]}" "$package" >&2; then
            echo "warning: $package did not install; continuing without it (see the output)" >&2
            complete=no
        fi
    done
    # Only a complete install is remembered, so a failed optional package is tried again next time.
    if [[ $complete == yes ]]; then
        echo "$wanted" > "$stamp"
    fi
fi

step "timing (Presidio first, then veil)"
"$venv/bin/python" Benchmarks/compare_presidio.py \
    --messages "$tmp/messages.txt" --veil .build/static-stdlib/release/veil "$@"
