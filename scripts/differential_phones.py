#!/usr/bin/env python3
"""Differential test of Veil's phone validator against libphonenumber (the `phonenumbers` package
whose metadata Veil's numbering plans are generated from).

For each home region (default: Veil's default, DE AT CH GB US) it draws, with a fixed seed:
- valid numbers of every type the region has (libphonenumber's example number with its last
  digits redrawn until it is valid again), each written in NATIONAL, INTERNATIONAL and E164
  format, and the same numbers with one digit more or less;
- random digit strings of 5 to 15 digits, bare, with a leading 0, with + or 00, and in groups.

Each string goes to `veil check phone --phone-regions REGION` and libphonenumber is asked
`parse(string, REGION)`, `is_valid_number` and `region_code_for_number`. Veil must agree on
validity and on the region; it may differ only where it does so on purpose (see DELIBERATE; the
script counts those apart, and exits 1 on any other disagreement). It also checks the promise
that Veil, with all its default home regions, never calls a string a phone number that
libphonenumber rejects in every one of them.

Then valid numbers in each format (libphonenumber's example mobile and fixed-line numbers of
every home region among them) go into chat sentences through `veil scan`: each sentence must
have a PHONE finding with exactly the number's span, and (written with +) the number's region.

Usage: scripts/differential_phones.py [--count N] [--show N] [--] [VEIL COMMAND ...]
"""

import argparse
import json
import random
import os
import subprocess
import tempfile
import sys

try:
    import phonenumbers
    from phonenumbers import PhoneNumberFormat, PhoneNumberType
except ImportError:
    sys.exit("phonenumbers is missing: run scripts/python-env")

SEED = 20261204
DEFAULT_REGIONS = ["DE", "AT", "CH", "GB", "US"]
TYPES = [PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE,
         PhoneNumberType.SHARED_COST, PhoneNumberType.VOIP, PhoneNumberType.PERSONAL_NUMBER, PhoneNumberType.PAGER,
         PhoneNumberType.UAN, PhoneNumberType.VOICEMAIL]
SENTENCES = ["Ruf mich an: {} danke", "my number is {}, thx", "Tel. {}", "{}", "Handy {} (WhatsApp)", "call me on {} after 5pm"]

# Where Veil differs from libphonenumber on purpose (also in patterns/README.md, "Phone numbers").
DELIBERATE = {
    "national prefix required": "in a region that writes its national prefix (0 in DE, AT, CH, GB), Veil reads a "
                                "number without it and without a calling code as no number: else every run of 6 "
                                "digits would be a German phone number; this holds too for the few kinds a region "
                                "writes without it (German pagers, 164…)",
    "groups as the region writes them": "in a region that writes no national prefix (the US), a number written in "
                                        "groups must be grouped as the region's formats group it (3-3-4)",
    "calling code without +": "libphonenumber takes a number that starts with the home region's own calling code "
                              "(4930 1234567 in DE) as international; Veil asks for + or 00",
    "00 is international": "Veil reads 00 as the international prefix in every home region (the US dials 011)",
    "a business number read as another value": "a toll-free, premium-rate, shared-cost or UAN number whose digits "
                                               "are also another value (+49 18500 123756 is a Luhn-valid card "
                                               "number) loses the overlap, since the default policy keeps "
                                               "business numbers and must not let the other value through; "
                                               "the other value covers exactly the number",
}

BUSINESS_TYPES = {PhoneNumberType.TOLL_FREE, PhoneNumberType.PREMIUM_RATE, PhoneNumberType.SHARED_COST, PhoneNumberType.UAN}


def redrawn(rng, example, region):
    """A valid number of the example's region and type: the example with its last digits redrawn."""
    national = str(example.national_number)
    for _ in range(200):
        keep = max(2, len(national) - rng.randint(2, 6))
        candidate = national[:keep] + "".join(rng.choice("0123456789") for _ in range(len(national) - keep))
        if example.italian_leading_zero:
            candidate = "0" * (example.number_of_leading_zeros or 1) + candidate
        try:
            parsed = phonenumbers.parse("+%d%s" % (example.country_code, candidate))
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            return parsed
    return example


def valid_numbers(rng, region, count):
    examples = [example for example in (phonenumbers.example_number_for_type(region, kind) for kind in TYPES) if example]
    numbers = []
    for index in range(count):
        numbers.append(redrawn(rng, examples[index % len(examples)], region))
    return numbers


def random_strings(rng, count):
    strings = []
    for _ in range(count):
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(5, 15)))
        shape = rng.random()
        if shape < 0.3:
            strings.append(digits)
        elif shape < 0.5:
            strings.append("0" + digits[1:])
        elif shape < 0.65:
            strings.append("+" + digits.lstrip("0"))
        elif shape < 0.75:
            strings.append("00" + digits.lstrip("0"))
        else:
            cuts = sorted(rng.sample(range(1, len(digits)), min(rng.randint(1, 3), len(digits) - 1)))
            parts = [digits[a:b] for a, b in zip([0] + cuts, cuts + [len(digits)])]
            strings.append(rng.choice([" ", "-", "/"]).join(parts))
    return strings


def library(text, region):
    """libphonenumber's verdict: the region of a valid number, or None."""
    try:
        parsed = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(parsed) if phonenumbers.is_valid_number(parsed) else None


def veil_check(command, region, lines):
    output = subprocess.run(command + ["check", "phone", "--phone-regions", region], input="\n".join(lines) + "\n",
                            capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(output) == len(lines), (len(output), len(lines))
    return [line.split()[1] if line.startswith("valid ") else None for line in output]


def deliberate_reason(text, region, veil, lib):
    """Why Veil may differ here, or None when the difference is a bug."""
    digits = "".join(c for c in text if c.isdigit())
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if veil is None and lib is not None and not text.startswith("+"):
        if text.startswith("00") and metadata.international_prefix != "00":
            return None  # Veil reads it as international; handled below when the regions differ
        if digits.startswith(str(metadata.country_code)):
            return "calling code without +"
        prefix = metadata.national_prefix
        if prefix and not digits.startswith(prefix):
            return "national prefix required"
        if any(separator in text for separator in " -/()."):
            return "groups as the region writes them"
    if text.startswith("00") and metadata.international_prefix != "00":
        if veil == library("+" + text[2:], None):
            return "00 is international"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=5000, help="valid numbers per home region (each in 3 formats)")
    parser.add_argument("--show", type=int, default=10, help="disagreements to print")
    parser.add_argument("--regions", default=",".join(DEFAULT_REGIONS))
    parser.add_argument("command", nargs="*", default=[".build/debug/veil"])
    arguments = parser.parse_args()
    command = arguments.command or [".build/debug/veil"]
    regions = arguments.regions.split(",")
    rng = random.Random(SEED)
    failures, deliberate, checked = [], {}, 0
    sentences = []
    for region in regions:
        lines = []
        for number in valid_numbers(rng, region, arguments.count):
            for fmt in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164):
                text = phonenumbers.format_number(number, fmt)
                lines.append(text)
                prefix = phonenumbers.PhoneMetadata.metadata_for_region(region).national_prefix
                if fmt == PhoneNumberFormat.NATIONAL and prefix and not text.lstrip("(").startswith(prefix) and region != "US":
                    deliberate["national prefix required"] = deliberate.get("national prefix required", 0) + 1
                    continue
                sentences.append((text, phonenumbers.region_code_for_number(number), fmt != PhoneNumberFormat.NATIONAL))
            national = str(number.national_number)
            lines.append("+%d %s" % (number.country_code, national[:-1]))
            lines.append("+%d %s%d" % (number.country_code, national, rng.randint(0, 9)))
        lines += random_strings(rng, arguments.count)
        for text, veil in zip(lines, veil_check(command, region, lines)):
            checked += 1
            lib = library(text, region)
            if veil == lib:
                continue
            reason = deliberate_reason(text, region, veil, lib)
            if reason:
                deliberate[reason] = deliberate.get(reason, 0) + 1
            else:
                failures.append("%s %r: veil %s, libphonenumber %s" % (region, text, veil, lib))
    # Never a phone number that libphonenumber rejects in every home region.
    strings = random_strings(rng, arguments.count * 2)
    veil_all = veil_check(command, ",".join(regions), strings)
    for text, veil in zip(strings, veil_all):
        checked += 1
        if veil is not None and not any(library(text, region) for region in regions) and library(text, None) is None:
            failures.append("all homes %r: veil %s, libphonenumber rejects it everywhere" % (text, veil))
    # Valid numbers in chat sentences: found with their exact span.
    rng.shuffle(sentences)
    sentences = sentences[: arguments.count * 2]
    # libphonenumber's own example numbers (mobile and fixed line) of every home region, always.
    for region in regions:
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            example = phonenumbers.example_number_for_type(region, kind)
            for fmt in (PhoneNumberFormat.NATIONAL, PhoneNumberFormat.INTERNATIONAL, PhoneNumberFormat.E164):
                sentences.append((phonenumbers.format_number(example, fmt), region, fmt != PhoneNumberFormat.NATIONAL))
    messages = []
    for index, (number, region, international) in enumerate(sentences):
        template = SENTENCES[index % len(SENTENCES)]
        messages.append(json.dumps({"text": template.format(number)}))
    # Every number type counts: the default policy keeps companies' service numbers (toll-free,
    # premium-rate, shared-cost), and this compares the numbering plans, not the policy.
    with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as policy:
        policy.write("keep_phone_types = []\n")
    try:
        output = subprocess.run(command + ["scan", "--format", "jsonl", "--policy", policy.name], input="\n".join(messages) + "\n",
                                capture_output=True, text=True, check=True).stdout.splitlines()
    finally:
        os.unlink(policy.name)
    for (number, region, international), message, line in zip(sentences, messages, output):
        checked += 1
        text = json.loads(message)["text"]
        start = text.index(number)
        findings = json.loads(line)["veil"]["findings"]
        spans = [(f["start"], f["end"], f.get("region")) for f in findings if f["type"] == "PHONE"]
        if not any(s == start and e == start + len(number) and (not international or r == region) for s, e, r in spans):
            parsed = phonenumbers.parse(number, region)
            if phonenumbers.number_type(parsed) in BUSINESS_TYPES and any(
                    f["start"] == start and f["end"] == start + len(number) and f.get("validated") for f in findings):
                reason = "a business number read as another value"
                deliberate[reason] = deliberate.get(reason, 0) + 1
                continue
            failures.append("sentence %r (%s): PHONE findings %s" % (text, region, spans))
    for reason, count in sorted(deliberate.items()):
        print("deliberate (%s): %d — %s" % (reason, count, DELIBERATE[reason]))
    print("checked %d strings, %d disagreements" % (checked, len(failures)))
    for failure in failures[: arguments.show]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
