#!/usr/bin/env python3
"""Scores Veil's redaction of the labelled chat corpus by reading only the redacted text.

    score.py --veil .build/debug/veil corpus-dev.jsonl corpus-test.jsonl [--thresholds FILE]

Each message goes through `veil redact --format jsonl`; the redacted text is aligned with the
original by its placeholders (`[IBAN]`, `[PHONE]`, …: redaction changes nothing else), which
tells for every original character whether it survived. Veil's own findings are never read.

- A value **leaks** when it survives whole, or when 6 consecutive letters and digits of it
  survive (fewer, if the value is shorter: then all of them). A health span leaks when any of
  its content words survives (modifiers such as "akut" or "chronic" are not content words).
- A value is **cut** (a partial redaction) when some of its letters and digits were replaced and
  some survived; a hard negative is **damaged** when any character of it was replaced, and cut
  when only part of it was.
- A clean message (no sensitive value) is **changed** when its redacted text differs at all.

Prints one Markdown report with a column per corpus file. With --thresholds, exits 1 when a
figure of a split is worse than the committed maximum for it, and says which.
"""

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict

MODIFIERS = set("""akut akute akuter akutes akuten chronisch chronische chronischer chronischen leicht leichte
leichter leichten stark starke starker starken schwer schwere schwerer schweren mild milde acute chronic mild
severe slight bad typ type links rechts left right beidseitig beidseitige der die das des dem den the of and und
mit with ohne without im in am an auf on bei for für vom von zur zum""".split())
VEIL_ERROR = re.compile(r"^\[VEIL ERROR: [a-z_]+\]$")


def alnum(character):
    return unicodedata.normalize("NFKC", character).isalnum()


def placeholder_pattern(veil):
    """A regex for the placeholders veil writes: `[TYPE]` for every type its rules report."""
    listing = subprocess.run([veil, "rules"], capture_output=True, text=True, check=True).stdout
    types = set()
    for line in listing.splitlines():
        for token in line.split():
            if re.fullmatch(r"[A-Z][A-Z0-9_]+", token):
                types.add(token)
    alternatives = "|".join(sorted((re.escape(t) for t in types), key=len, reverse=True))
    return re.compile(r"\[(?:%s)\]" % alternatives)


def redact(veil, messages):
    lines = "".join(json.dumps({"text": m["text"]}, ensure_ascii=False) + "\n" for m in messages)
    result = subprocess.run([veil, "redact", "--format", "jsonl", "--jobs", "2"], input=lines.encode("utf-8"),
                            capture_output=True)
    if result.returncode not in (0, 1):
        sys.exit("veil failed (%d): %s" % (result.returncode, result.stderr.decode(errors="replace")))
    out = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    if len(out) != len(messages):
        sys.exit("veil wrote %d lines for %d messages" % (len(out), len(messages)))
    return [record.get("text", "") if "error" not in record.get("veil", {}) else None for record in out]


def survivors(original, redacted, placeholders):
    """A list of booleans: did original[i] survive in `redacted`? None means the whole message was withheld."""
    if redacted is None or VEIL_ERROR.match(redacted or ""):
        return [False] * len(original)
    pieces, last = [], 0
    for match in placeholders.finditer(redacted):
        pieces.append(re.escape(redacted[last:match.start()]))
        pieces.append("(.+?)")
        last = match.end()
    pieces.append(re.escape(redacted[last:]))
    aligned = re.fullmatch("".join(pieces), original, re.DOTALL)
    kept = [True] * len(original)
    if aligned is None:
        raise ValueError("redacted text does not align with the original:\n%r\n%r" % (original, redacted))
    for group in range(1, (aligned.lastindex or 0) + 1):
        for i in range(aligned.start(group), aligned.end(group)):
            kept[i] = False
    return kept


def value_outcome(label, text, kept):
    """(leaked, cut) for one sensitive value."""
    span = range(label["start"], label["end"])
    if label["category"] == "HEALTH" and label["type"] != "ICD10" and label["form"] != "spaced":
        leaked = False
        for word in re.finditer(r"\w+", text[label["start"]:label["end"]]):
            if word.group(0).lower() in MODIFIERS or len(word.group(0)) < 3:
                continue
            if all(kept[label["start"] + i] for i in range(word.start(), word.end())):
                leaked = True
        return leaked, False
    chars = [i for i in span if alnum(text[i])]
    flags = [kept[i] for i in chars]
    need = min(6, len(flags))
    leaked = longest_run(flags) >= need
    cut = any(flags) and not all(flags)
    return leaked, cut


def longest_run(flags):
    best = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        best = max(best, run)
    return best


class Tally:
    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0])   # key -> [total, bad]

    def add(self, key, bad):
        entry = self.counts[key]
        entry[0] += 1
        entry[1] += 1 if bad else 0

    def rate(self, key):
        total, bad = self.counts.get(key, (0, 0))
        return (100.0 * bad / total) if total else None


def score(messages, redacted, placeholders, show):
    tally, examples = Tally(), defaultdict(list)
    for message, out in zip(messages, redacted):
        text = message["text"]
        kept = survivors(text, out, placeholders)
        if message["clean"]:
            changed = out != text
            tally.add("clean/changed", changed)
            tally.add("clean/changed/" + message["lang"], changed)
            if changed and len(examples["clean"]) < show:
                examples["clean"].append((text, out))
        for label in message["values"]:
            leaked, cut = value_outcome(label, text, kept)
            keys = ["all", "category/" + label["category"], "type/" + label["type"], "form/" + label["form"],
                    "lang/%s/%s" % (message["lang"], label["category"])]
            if label["context"]:
                keys.append("context/" + label["category"])
            for key in keys:
                tally.add("leak/" + key, leaked)
            tally.add("cut/values", cut)
            if leaked and len(examples[label["type"]]) < show:
                examples[label["type"]].append((label["text"], out))
            if cut and len(examples["cut"]) < show:
                examples["cut"].append((label["text"], out))
        for negative in message["negatives"]:
            changed = [not kept[i] for i in range(negative["start"], negative["end"])]
            damaged = any(changed)
            tally.add("negative/all", damaged)
            tally.add("negative/" + negative["kind"], damaged)
            tally.add("cut/negatives", damaged and not all(changed))
            if damaged and not all(changed) and len(examples["cut/" + negative["kind"]]) < show:
                examples["cut/" + negative["kind"]].append((negative["text"], out))
            if damaged and len(examples["neg/" + negative["kind"]]) < show:
                examples["neg/" + negative["kind"]].append((negative["text"], out))
    return tally, examples


def report(names, tallies):
    """The Markdown report: one row per figure, one column per split."""
    def rows(prefix):
        keys = set()
        for tally in tallies:
            keys |= {k for k in tally.counts if k.startswith(prefix)}
        return sorted(keys)

    def cell(tally, key, count_only=False):
        total, bad = tally.counts.get(key, (0, 0))
        if not total:
            return "–"
        return "%d" % bad if count_only else "%.1f%% (%d/%d)" % (100.0 * bad / total, bad, total)

    lines = []
    header = "| %s | " + " | ".join(names) + " |"
    rule = "|---|" + "---:|" * len(names)

    def table(title, prefix, label=lambda k: k, count_only=False):
        keys = rows(prefix)
        if not keys:
            return
        lines.extend(["", "**%s**" % title, "", header % "", rule])
        for key in keys:
            lines.append("| %s | %s |" % (label(key[len(prefix):]), " | ".join(cell(t, key, count_only) for t in tallies)))

    lines.append("| | " + " | ".join(names) + " |")
    lines.append(rule)
    summary = [("values leaked", "leak/all"), ("clean messages changed", "clean/changed"),
               ("hard negatives damaged", "negative/all")]
    for title, key in summary:
        lines.append("| %s | %s |" % (title, " | ".join(cell(t, key) for t in tallies)))
    lines.append("| partial redactions: values cut | %s |" % " | ".join(cell(t, "cut/values", True) for t in tallies))
    lines.append("| partial redactions: hard negatives cut | %s |" % " | ".join(cell(t, "cut/negatives", True) for t in tallies))
    table("Leak by category", "leak/category/")
    table("Leak by category, written with a context word", "leak/context/")
    table("Leak by type", "leak/type/")
    table("Leak by form (how the value was written)", "leak/form/")
    table("Leak by language and category", "leak/lang/")
    table("Hard negatives damaged, by kind", "negative/")
    table("Clean messages changed, by language", "clean/changed/")
    return "\n".join(lines)


def check(names, tallies, thresholds):
    """Figures worse than their committed maximum, as lines of text."""
    failures = []
    for name, tally in zip(names, tallies):
        limits = thresholds.get(name, {})
        for key, limit in sorted(limits.items()):
            if key.startswith("cut/"):
                value = tally.counts.get(key, (0, 0))[1]
            else:
                value = tally.rate(key) or 0.0
            if round(value, 2) > limit:
                failures.append("%s: %s is %s, above the committed %s" % (name, key, round(value, 2), limit))
    return failures


def current(names, tallies):
    """Every figure of every split, in the thresholds file's shape (for --write-thresholds)."""
    out = {}
    for name, tally in zip(names, tallies):
        figures = {}
        for key in sorted(tally.counts):
            if key.startswith("cut/"):
                figures[key] = tally.counts[key][1]
            else:
                figures[key] = round(tally.rate(key), 2)
        out[name] = figures
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="+", help="corpus files (JSON Lines from generate.py)")
    parser.add_argument("--veil", default=".build/debug/veil")
    parser.add_argument("--thresholds", help="JSON file of maximum figures per split; exit 1 above them")
    parser.add_argument("--write-thresholds", help="write the current figures to this file")
    parser.add_argument("--show", type=int, default=0, help="print up to N examples of each failure")
    options = parser.parse_args()

    placeholders = placeholder_pattern(options.veil)
    names, tallies = [], []
    for path in options.corpora:
        with open(path, encoding="utf-8") as handle:
            messages = [json.loads(line) for line in handle]
        split = messages[0]["split"] if messages else path
        redacted = redact(options.veil, messages)
        tally, examples = score(messages, redacted, placeholders, options.show)
        names.append(split)
        tallies.append(tally)
        for key, items in sorted(examples.items()):
            for original, out in items:
                print("%s [%s] %r -> %r" % (split, key, original, out), file=sys.stderr)
    print(report(names, tallies))
    if options.write_thresholds:
        with open(options.write_thresholds, "w", encoding="utf-8") as handle:
            json.dump(current(names, tallies), handle, indent=1, sort_keys=True)
            handle.write("\n")
    if options.thresholds:
        with open(options.thresholds, encoding="utf-8") as handle:
            failures = check(names, tallies, json.load(handle))
        if failures:
            print("\nquality: %d figures above their committed thresholds:" % len(failures), file=sys.stderr)
            for failure in failures:
                print("  " + failure, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
