#!/usr/bin/env python3
"""Differential test of Veil's identity-number validators against python-stdnum.

For every identity type that python-stdnum covers, draws candidates with a fixed seed: half built
valid (check digits computed), a quarter one digit off a valid number (one letter for a codice
fiscale without digits), a quarter random of the right shape. Each candidate is typed the way a person would write it (groups, dots, dashes), lower-
cased as Veil's normaliser would, and piped to

    VEIL check VALIDATOR_NAME

which prints one verdict per input line: valid, valid-prefix, invalid or no-opinion. python-stdnum
is asked `is_valid` on the compact form. Disagreements that follow from a documented, deliberate
difference (see DELIBERATE below and patterns/ID-TYPES.md) are counted apart; any other
disagreement makes the script exit 1.

Usage: scripts/differential_ids.py [--count N] [--show N] [--] [VEIL COMMAND ...]
(default command: .build/debug/veil; put -- before a command that has options of its own)
Needs python-stdnum (pip install python-stdnum); installs nothing itself.
"""

import argparse
import datetime
import random
import string
import subprocess
import sys

try:
    from stdnum import ean
    from stdnum.at import vnr
    from stdnum.be import nn
    from stdnum.ch import ssn as ahv
    from stdnum.de import idnr, stnr, vat
    from stdnum.es import dni, nie
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.it import codicefiscale
    from stdnum.iso7064 import mod_11_10
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.us import ssn
except ImportError:
    sys.exit("python-stdnum is missing: pip install python-stdnum")

SEED = 20250611
DIGITS = string.digits
LETTERS = string.ascii_uppercase


def digits(rng, count):
    return "".join(rng.choice(DIGITS) for _ in range(count))


def random_date(rng, start_year=1900, end_year=2024):
    first = datetime.date(start_year, 1, 1).toordinal()
    last = datetime.date(end_year, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(first, last))


def spaced(number, groups, separator=" "):
    """Splits `number` into groups of the given lengths, joined by `separator`."""
    parts, position = [], 0
    for length in groups:
        parts.append(number[position:position + length])
        position += length
    return separator.join(parts)


# Each type: Veil validator name, stdnum's is_valid, a builder of valid compact numbers, a builder
# of random compact numbers of the right shape, and the ways a person types a compact number.

def steuer_idnr_valid(rng):
    while True:
        head = list(rng.sample(DIGITS, 9))
        repeated = rng.choice(head)
        head.insert(rng.randrange(len(head) + 1), repeated)
        if rng.random() < 0.3:
            head.remove(rng.choice([d for d in head if d != repeated]))
            head.insert(rng.randrange(len(head) + 1), repeated)
        number = "".join(head)
        if number[0] != "0":
            return number + mod_11_10.calc_check_digit(number)


def ust_idnr_valid(rng):
    number = rng.choice("123456789") + digits(rng, 7)
    return "DE" + number + mod_11_10.calc_check_digit(number)


STNR_FORMATS = [
    ("FFBBBUUUUP", "28FF0BBBUUUUP"), ("FFFBBBUUUUP", "9FFF0BBBUUUUP"), ("0FFBBBUUUUP", "30FF0BBBUUUUP"),
    ("FFFBBBBUUUP", "5FFF0BBBBUUUP"), ("2FFBBBUUUUP", "32FF0BBBUUUUP"), ("1FFBBBUUUUP", "41FF0BBBUUUUP"),
    ("FFBBBUUUUP", "22FF0BBBUUUUP"), ("0FFBBBUUUUP", "26FF0BBBUUUUP"), ("FFBBBUUUUP", "21FF0BBBUUUUP"),
]


def stnr_valid(rng):
    regional, federal = rng.choice(STNR_FORMATS)
    pattern = federal if rng.random() < 0.5 else regional
    return "".join(rng.choice(DIGITS) if c in "FBUP" else c for c in pattern)


def stnr_typed(number, rng):
    if len(number) == 13:
        return number
    groups = {10: [2, 3, 5], 11: rng.choice([[3, 3, 5], [3, 4, 4]])}[len(number)]
    return spaced(number, groups, "/") if rng.random() < 0.7 else number


def at_date(rng):
    date = random_date(rng)
    if rng.random() < 0.1:  # a substitute date, given when the serials of a day run out
        return "%02d%02d%s" % (date.day, rng.choice([13, 14]), date.strftime("%y"))
    return date.strftime("%d%m%y")


def at_svnr_valid(rng):
    while True:
        number = str(rng.randint(100, 999)) + "0" + at_date(rng)
        check = vnr.calc_check_digit(number)
        if len(check) == 1:
            return number[:3] + check + number[4:]


def ahv_valid(rng):
    number = "756" + digits(rng, 9)
    return number + ean.calc_check_digit(number)


def bsn_valid(rng):
    while True:
        number = digits(rng, 8)
        check = sum((9 - i) * int(n) for i, n in enumerate(number)) % 11
        if check < 10 and number != "00000000":
            return number + str(check)


def nir_valid(rng):
    date = random_date(rng)
    department = rng.choice(["75", "13", "69", "99", "2A", "2B", "01"])
    number = rng.choice("12") + date.strftime("%y%m") + department + digits(rng, 6)
    return number + nir.calc_check_digits(number)


def nir_random(rng):
    return rng.choice("12") + digits(rng, 4) + rng.choice(["2A", "2B", digits(rng, 2)]) + digits(rng, 8)


OMOCODIA = "LMNPQRSTUV"
CF_DIGIT_POSITIONS = [6, 7, 9, 10, 12, 13, 14]


def codice_fiscale_valid(rng):
    date = random_date(rng, 1920, 2019)
    day = date.day + (40 if rng.random() < 0.5 else 0)
    chars = list("".join(rng.choice(LETTERS) for _ in range(6)) + date.strftime("%y") + "ABCDEHLMPRST"[date.month - 1]
                 + "%02d" % day + rng.choice(LETTERS) + digits(rng, 3))
    if rng.random() < 0.3:
        for position in CF_DIGIT_POSITIONS[-rng.randint(1, 7):]:
            chars[position] = OMOCODIA[int(chars[position])]
    number = "".join(chars)
    return number + codicefiscale.calc_check_digit(number)


def codice_fiscale_random(rng):
    def digit_or_letter():
        return rng.choice(DIGITS + OMOCODIA) if rng.random() < 0.2 else rng.choice(DIGITS)
    return ("".join(rng.choice(LETTERS) for _ in range(6)) + digit_or_letter() + digit_or_letter()
            + rng.choice("ABCDEHLMPRST") + rng.choice("01234567") + digit_or_letter() + rng.choice(LETTERS)
            + "".join(digit_or_letter() for _ in range(3)) + rng.choice(LETTERS))


def dni_valid(rng):
    number = digits(rng, 8)
    return number + dni.calc_check_digit(number)


def nie_valid(rng):
    number = rng.choice("XYZ") + digits(rng, 7)
    return number + nie.calc_check_digit(number)


def pesel_valid(rng):
    date = random_date(rng, 1800, 2299 if rng.random() < 0.1 else datetime.date.today().year - 1)
    month = date.month + {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[date.year // 100]
    number = "%02d%02d%02d" % (date.year % 100, month, date.day) + digits(rng, 4)
    return number + pesel.calc_check_digit(number)


def belgian_valid(rng):
    date = random_date(rng, 1920, datetime.date.today().year)
    body = date.strftime("%y%m%d") + "%03d" % rng.randint(1, 998)
    prefix = "2" if date.year >= 2000 else ""
    return body + "%02d" % (97 - int(prefix + body) % 97)


def nhs_valid(rng):
    while True:
        number = digits(rng, 9)
        check = (11 - sum((10 - i) * int(n) for i, n in enumerate(number)) % 11) % 11
        if check != 10:
            return number + str(check)


def ssn_valid(rng):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def one_character_off(number, rng):
    """Changes one digit, or one letter when the number has no digit (a fully omocoded CF)."""
    positions = [i for i, c in enumerate(number) if c.isdigit()] or list(range(len(number)))
    position = rng.choice(positions)
    alphabet = DIGITS if number[position].isdigit() else LETTERS
    replacement = rng.choice([c for c in alphabet if c != number[position]])
    return number[:position] + replacement + number[position + 1:]


def typed_as(*layouts):
    """A typing function picking one of the layouts: (groups, separator) or None for compact."""
    def typed(number, rng):
        layout = rng.choice(layouts)
        return number if layout is None else spaced(number, *layout)
    return typed


# Deliberate differences: (reason, predicate on the compact number, what Veil says).

def idnr_three_in_a_row(number):
    head = number[:10]
    return any(head[i] == head[i + 1] == head[i + 2] for i in range(8))


def at_date_implausible(number):
    day, month, year = int(number[4:6]), int(number[6:8]), int(number[8:10])
    if day == 0 or month == 0:
        return True
    if day > 31 or month > 12:
        return False
    days = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return day > days


def cf_omocodia_out_of_order(number):
    replaced = [not number[p].isdigit() for p in CF_DIGIT_POSITIONS]
    return any(replaced[i] and not replaced[i + 1] for i in range(len(replaced) - 1))


def pesel_born_in_future(number):
    century = [1900, 2000, 2100, 2200, 1800][int(number[2:4]) // 20]
    return century + int(number[:2]) > datetime.date.today().year


def cf_day_out_of_range(number):
    day = int("".join(str(OMOCODIA.index(c)) if c in OMOCODIA else c for c in number[9:11]))
    return not (1 <= day <= 31 or 41 <= day <= 71)


DELIBERATE = {
    "de-steuer-idnr": [
        ("BZSt since 2016: a digit that occurs three times must not stand three in a row; stdnum allows it, Veil has no opinion (a naming word reports it)",
         idnr_three_in_a_row, False),
    ],
    "at-svnr": [
        ("Veil checks the birth date (real date, or a substitute day > 31 / month > 12); stdnum does not",
         at_date_implausible, False),
    ],
    "pl-pesel": [
        ("a birth year after the current one is not issued yet; stdnum accepts births up to 2299",
         pesel_born_in_future, False),
    ],
    "it-codice-fiscale": [
        ("omocodia replaces digits from the rightmost one (Agenzia delle Entrate); stdnum accepts any order",
         cf_omocodia_out_of_order, False),
        ("day must be 01-31 or 41-71; stdnum takes the day mod 40",
         cf_day_out_of_range, False),
    ],
}

TYPES = [
    # (label, Veil validator, stdnum is_valid, valid builder, random builder, typing)
    ("DE_STEUER_ID", "de-steuer-idnr", idnr.is_valid, steuer_idnr_valid,
     lambda rng: rng.choice("123456789") + digits(rng, 10), typed_as(None, ([2, 3, 3, 3],), ([3, 3, 3, 2],))),
    ("DE_USTID", "de-ust-idnr", vat.is_valid, ust_idnr_valid,
     lambda rng: "DE" + digits(rng, 9), typed_as(None, ([2, 3, 3, 3],), ([2, 9],))),
    ("DE_STEUERNUMMER", "de-steuernummer", stnr.is_valid, stnr_valid,
     lambda rng: digits(rng, rng.choice([10, 11, 13])), stnr_typed),
    ("AT_SVNR", "at-svnr", vnr.is_valid, at_svnr_valid,
     lambda rng: rng.choice("123456789") + digits(rng, 9), typed_as(None, ([4, 6],), ([4, 2, 2, 2],))),
    ("CH_AHV", "ch-ahv", ahv.is_valid, ahv_valid,
     lambda rng: "756" + digits(rng, 10), typed_as(None, ([3, 4, 4, 2], "."), ([3, 4, 4, 2],))),
    ("NL_BSN", "nl-bsn", bsn.is_valid, bsn_valid,
     lambda rng: digits(rng, 9), typed_as(None, ([4, 2, 3], "."), ([3, 3, 3],))),
    ("FR_NIR", "fr-nir", nir.is_valid, nir_valid, nir_random,
     typed_as(None, ([1, 2, 2, 2, 3, 3, 2],))),
    ("IT_CODICE_FISCALE", "it-codice-fiscale", codicefiscale.is_valid, codice_fiscale_valid, codice_fiscale_random,
     typed_as(None)),
    ("ES_DNI", "es-dni-nie", dni.is_valid, dni_valid,
     lambda rng: digits(rng, 8) + rng.choice(LETTERS), typed_as(None, ([8, 1], "-"))),
    ("ES_NIE", "es-dni-nie", nie.is_valid, nie_valid,
     lambda rng: rng.choice("XYZ") + digits(rng, 7) + rng.choice(LETTERS), typed_as(None, ([1, 7, 1], "-"))),
    ("PL_PESEL", "pl-pesel", pesel.is_valid, pesel_valid,
     lambda rng: digits(rng, 11), typed_as(None)),
    ("BE_NATIONAL_NUMBER", "be-national-number", nn.is_valid, belgian_valid,
     lambda rng: digits(rng, 11), lambda n, rng: rng.choice([n, "%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])])),
    ("UK_NHS", "uk-nhs", nhs.is_valid, nhs_valid,
     lambda rng: digits(rng, 10), typed_as(None, ([3, 3, 4],), ([3, 3, 4], "-"))),
    ("US_SSN", "us-ssn", ssn.is_valid, ssn_valid,
     lambda rng: digits(rng, 9), typed_as(None, ([3, 2, 4], "-"), ([3, 2, 4],))),
]


def candidates(rng, build_valid, build_random, count):
    """Half valid, a quarter one digit off a valid number, a quarter random."""
    for index in range(count):
        if index % 4 in (0, 1):
            yield build_valid(rng)
        elif index % 4 == 2:
            yield one_character_off(build_valid(rng), rng)
        else:
            yield build_random(rng)


def ask_veil(command, validator, lines):
    result = subprocess.run(command + ["check", validator], input="".join(line + "\n" for line in lines),
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("%s check %s failed (%d): %s" % (" ".join(command), validator, result.returncode, result.stderr.strip()))
    verdicts = result.stdout.split()
    if len(verdicts) != len(lines):
        sys.exit("%s check %s printed %d verdicts for %d inputs" % (" ".join(command), validator, len(verdicts), len(lines)))
    return verdicts


# Format-only validators say no-opinion when the shape fits: that is their "valid".
FORMAT_ONLY = {"de-steuernummer"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="candidates per type (default 2000)")
    parser.add_argument("--show", type=int, default=5, help="disagreements to print per type (default 5)")
    parser.add_argument("command", nargs="*", default=[".build/debug/veil"], help="how to run veil")
    options = parser.parse_args()

    rng = random.Random(SEED)
    undocumented_total = 0
    for label, validator, stdnum_valid, build_valid, build_random, typed in TYPES:
        compact = list(candidates(rng, build_valid, build_random, options.count))
        typed_lines = [typed(number, rng).lower() for number in compact]
        verdicts = ask_veil(options.command, validator, typed_lines)
        accepted = {"valid", "valid-prefix"} | ({"no-opinion"} if validator in FORMAT_ONLY else set())
        agree, documented, undocumented = 0, {}, []
        for number, line, verdict in zip(compact, typed_lines, verdicts):
            veil_valid = verdict in accepted
            if veil_valid == stdnum_valid(number):
                agree += 1
                continue
            reason = next((reason for reason, applies, veil_says in DELIBERATE.get(validator, [])
                           if veil_says == veil_valid and applies(number)), None)
            if reason:
                documented[reason] = documented.get(reason, 0) + 1
            else:
                undocumented.append((line, verdict, stdnum_valid(number)))
        disagree = len(compact) - agree
        print("%s: %d agree, %d disagree" % (label, agree, disagree)
              + (" (%d documented)" % sum(documented.values()) if documented else ""))
        for reason, count in documented.items():
            print("    documented (%d): %s" % (count, reason))
        for line, verdict, expected in undocumented[:options.show]:
            print("    %r: veil %s, stdnum %s" % (line, verdict, "valid" if expected else "invalid"))
        undocumented_total += len(undocumented)
    if undocumented_total:
        print("%d undocumented disagreements" % undocumented_total)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
