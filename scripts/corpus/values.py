"""Value makers for Veil's labelled chat corpus.

Every sensitive value is made by the field's own libraries or by the check-digit builders the
differential test already uses (scripts/differential_ids.py), so it is valid the way a real one
is: IBANs from schwifty's bank registry, cards and names from Faker, phone numbers from
libphonenumber's metadata (phonenumbers), identity numbers with their check digits (python-stdnum
where it has the type). Hard negatives are made here too; each is checked not to be a valid value
where a check exists (a gift-card number fails Luhn, a sample IBAN fails MOD 97).

A maker returns a `Value`: the compact value and the groups people split it into when they type
it; `forms.py` decides how it is written.
"""

import os
import string
import sys
from dataclasses import dataclass, field

import phonenumbers
from faker import Faker
from schwifty import IBAN, registry
from stdnum import luhn

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
import differential_ids as ids  # noqa: E402  (the check-digit builders, kept in one place)

DIGITS = string.digits
LETTERS = string.ascii_uppercase


@dataclass
class Value:
    """A value before it is written: the compact form and how people group it."""
    compact: str
    groups: list = field(default_factory=list)   # lengths; empty: written compact or as `layouts`
    layouts: list = field(default_factory=list)  # ready-made ways of writing it, as people do
    kind: str = "number"                          # number, email, code (alphanumeric), phone, text
    parts: list = field(default_factory=list)    # the groups as strings, where lengths cannot say them


def chunk(text, lengths):
    parts, position = [], 0
    for length in lengths:
        if position >= len(text):
            break
        parts.append(text[position:position + length])
        position += length
    if position < len(text):
        parts.append(text[position:])
    return parts


def fours(length):
    return [4] * (length // 4) + ([length % 4] if length % 4 else [])


# ---- financial -------------------------------------------------------------------------------

IBAN_COUNTRIES = {"de": [("DE", 70), ("AT", 12), ("CH", 10), ("NL", 2), ("FR", 2), ("IT", 1), ("ES", 1),
                         ("BE", 1), ("LU", 1)],
                  "en": [("GB", 35), ("DE", 30), ("IE", 5), ("NL", 8), ("FR", 7), ("ES", 5), ("IT", 5), ("AT", 5)]}


def weighted(rng, pairs):
    total = sum(weight for _, weight in pairs)
    pick = rng.uniform(0, total)
    for item, weight in pairs:
        pick -= weight
        if pick <= 0:
            return item
    return pairs[-1][0]


def iban(rng, lang):
    country = weighted(rng, IBAN_COUNTRIES[lang])
    number = str(IBAN.random(country_code=country, random=rng))
    return Value(number, fours(len(number)), [], "code")


def bic(rng, lang):
    country = weighted(rng, IBAN_COUNTRIES[lang])
    banks = [bank for bank in registry.get_banks_by_country(country) if bank.bic]
    code = str(rng.choice(banks).bic)
    if len(code) == 11 and code.endswith("XXX") and rng.random() < 0.5:
        code = code[:8]
    return Value(code, [], [code], "code")


CARD_TYPES = [("visa16", 30), ("mastercard", 30), ("amex", 10), ("maestro", 8), ("discover", 4), ("jcb", 4),
              ("diners", 4), ("visa13", 2), ("visa19", 2), ("uatp", 2), ("maestro12", 4)]


def luhn_complete(rng, prefix, length):
    body = prefix + "".join(rng.choice(DIGITS) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


def card(rng, faker):
    kind = weighted(rng, CARD_TYPES)
    if kind == "uatp":
        number = luhn_complete(rng, "1", 15)
        return Value(number, [4, 5, 6], [])
    if kind == "maestro12":
        number = luhn_complete(rng, rng.choice(["5018", "5020", "5038", "6304", "6759", "6761", "5893", "6763"]),
                               rng.choice([12, 13, 15, 19]))
        return Value(number, fours(len(number)), [])
    number = faker.credit_card_number(card_type=kind)
    if len(number) == 15 and number[0] == "3":     # Amex 4-6-5
        return Value(number, [4, 6, 5], [])
    if len(number) == 14:                          # Diners 4-6-4
        return Value(number, [4, 6, 4], [])
    return Value(number, fours(len(number)), [])


def card_expiry(rng):
    month, year = rng.randint(1, 12), rng.randint(2025, 2032)
    layouts = ["%02d/%02d" % (month, year % 100), "%02d/%d" % (month, year), "%02d/%02d" % (month, year % 100),
               "%02d-%02d" % (month, year % 100), "%d/%02d" % (month, year % 100)]
    text = rng.choice(layouts)
    return Value(text, [], [text], "code")


def cvc(rng):
    text = "".join(rng.choice(DIGITS) for _ in range(4 if rng.random() < 0.15 else 3))
    return Value(text, [], [text])


# ---- phone -----------------------------------------------------------------------------------

PHONE_REGIONS = {"de": [("DE", 62), ("AT", 14), ("CH", 14), ("FR", 2), ("IT", 2), ("ES", 1), ("NL", 1), ("PL", 2),
                        ("GB", 1), ("US", 1)],
                 "en": [("GB", 40), ("US", 40), ("CA", 4), ("IE", 4), ("DE", 6), ("FR", 2), ("AU", 2), ("ES", 2)]}
HOME = {"DE", "AT", "CH", "GB", "US", "CA"}
NUMBER_TYPES = [(phonenumbers.PhoneNumberType.MOBILE, 60), (phonenumbers.PhoneNumberType.FIXED_LINE, 40)]


def phone_number(rng, region):
    number_type = weighted(rng, NUMBER_TYPES)
    example = phonenumbers.example_number_for_type(region, number_type) or phonenumbers.example_number(region)
    national = str(example.national_number)
    for _ in range(200):
        keep = max(2, len(national) - rng.randint(4, 7))
        candidate = national[:keep] + "".join(rng.choice(DIGITS) for _ in range(len(national) - keep))
        parsed = phonenumbers.parse("+%d%s" % (example.country_code, candidate))
        if phonenumbers.is_valid_number(parsed) and phonenumbers.region_code_for_number(parsed) == region:
            return parsed
    return example


def phone_groups(text):
    """The digit groups of a formatted number, e.g. '+49 1512 3456789' -> ['+49', '1512', '3456789']."""
    return [part for part in text.replace("(", " ").replace(")", " ").replace("-", " ").split() if part]


def phone(rng, lang):
    region = weighted(rng, PHONE_REGIONS[lang])
    number = phone_number(rng, region)
    fmt = phonenumbers.PhoneNumberFormat
    international = phonenumbers.format_number(number, fmt.INTERNATIONAL)
    national = phonenumbers.format_number(number, fmt.NATIONAL)
    e164 = phonenumbers.format_number(number, fmt.E164)
    nsn = str(number.national_number)
    cc = "+%d" % number.country_code
    layouts = [international, e164, international.replace("+", "00", 1)]
    if region in HOME:
        layouts += [national] * 3
    if region in ("DE", "AT", "CH"):
        trunk_groups = phone_groups(national)
        area, rest = trunk_groups[0], "".join(trunk_groups[1:])
        layouts += ["%s/%s" % (area, rest), "%s-%s" % (area, rest), "%s %s" % (area, rest), "".join(trunk_groups),
                    "%s (0)%s %s" % (cc, area[1:], rest), "%s %s %s" % (cc, area[1:], rest)]
    if region in ("US", "CA"):
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        layouts += ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                    "1 %s %s %s" % (a, b, c), "+1 %s-%s-%s" % (a, b, c), "%s%s%s" % (a, b, c)]
    if region == "GB":
        layouts += [national.replace(" ", ""), "+44 (0)" + national[1:]]
    text = rng.choice(layouts)
    parts = phone_groups(national if region in HOME and rng.random() < 0.6 else international)
    return Value(nsn, [], [text], "phone", parts)


# ---- contact ---------------------------------------------------------------------------------

def email(rng, faker):
    text = faker.email() if rng.random() < 0.6 else faker.free_email()
    return Value(text, [], [text], "email")


# ---- identity numbers ------------------------------------------------------------------------

def rvnr(rng):
    while True:
        date = ids.random_date(rng, 1940, 2006)
        area = rng.choice(["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
                           "19", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44",
                           "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58",
                           "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72",
                           "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"])
        letter = rng.choice(LETTERS)
        serial = "%02d" % rng.randint(0, 99)
        digits = area + date.strftime("%d%m%y") + "%02d" % (LETTERS.index(letter) + 1) + serial
        weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
        total = sum(sum(map(int, str(int(d) * w))) for d, w in zip(digits, weights))
        number = area + date.strftime("%d%m%y") + letter + serial + str(total % 10)
        return Value(number, [2, 6, 1, 3], [])


def kvnr(rng):
    letter = rng.choice(LETTERS)
    body = "".join(rng.choice(DIGITS) for _ in range(8))
    digits = "%02d" % (LETTERS.index(letter) + 1) + body
    total = sum(sum(map(int, str(int(d) * (1 if i % 2 == 0 else 2)))) for i, d in enumerate(digits))
    return Value(letter + body + str(total % 10), [1, 9], [], "code")


ICAO_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def icao_check(text):
    weights = [7, 3, 1]
    value = lambda c: int(c) if c.isdigit() else ord(c) - 55
    return str(sum(value(c) * weights[i % 3] for i, c in enumerate(text)) % 10)


def id_card(rng):
    serial = rng.choice("LMNPRTVWXYZ") + "".join(rng.choice(ICAO_ALPHABET) for _ in range(8))
    number = serial + icao_check(serial) if rng.random() < 0.5 else serial
    return Value(number, [], [number], "code")


def passport(rng):
    serial = rng.choice("CFGHJK") + "".join(rng.choice(ICAO_ALPHABET) for _ in range(8))
    number = serial + icao_check(serial) if rng.random() < 0.5 else serial
    return Value(number, [], [number], "code")


def driving_licence(rng):
    while True:
        head = (rng.choice(LETTERS) + "".join(rng.choice(DIGITS) for _ in range(3))
                + "".join(rng.choice(DIGITS) for _ in range(3)) + "".join(rng.choice(LETTERS) for _ in range(2)))
        value = lambda c: int(c) if c.isdigit() else ord(c) - 55
        check = sum(value(c) * w for c, w in zip(head, range(9, 0, -1))) % 11
        return Value(head + ("X" if check == 10 else str(check)) + rng.choice(DIGITS + "I"), [], [], "code")


NINO_PREFIX_FIRST = [c for c in LETTERS if c not in "DFIQUV"]
NINO_PREFIX_SECOND = [c for c in LETTERS if c not in "DFIQUVO"]


def uk_nino(rng):
    while True:
        prefix = rng.choice(NINO_PREFIX_FIRST) + rng.choice(NINO_PREFIX_SECOND)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    number = prefix + "".join(rng.choice(DIGITS) for _ in range(6)) + rng.choice("ABCD")
    return Value(number, [2, 2, 2, 2, 1], [], "code")


def from_builder(build, groups, kind="number", validator=None):
    """A maker from a check-digit builder of the differential test. Numbers that fall under one
    of its documented deliberate differences (a Steuer-ID with a digit three times in a row, a
    PESEL born in the future: numbers that are never issued) are drawn again."""
    deliberate = [applies for _, applies, _ in ids.DELIBERATE.get(validator, [])]

    def make(rng):
        while True:
            number = build(rng)
            if not any(applies(number) for applies in deliberate):
                return Value(number, groups(number) if callable(groups) else list(groups), [], kind)
    return make


def steuernummer(rng):
    number = ids.stnr_valid(rng)
    return Value(number, [], [ids.stnr_typed(number, rng)])


def belgian(rng):
    n = ids.belgian_valid(rng)
    return Value(n, [2, 2, 2, 3, 2], ["%s.%s.%s-%s.%s" % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), n])


IDENTITY = {
    "STEUER_ID": ("DE_STEUER_ID", from_builder(ids.steuer_idnr_valid, [2, 3, 3, 3], validator="de-steuer-idnr")),
    "USTID": ("DE_USTID", from_builder(ids.ust_idnr_valid, [2, 3, 3, 3], "code")),
    "STEUERNUMMER": ("DE_STEUERNUMMER", steuernummer),
    "ID_CARD": ("DE_ID_CARD", id_card),
    "PASSPORT": ("DE_PASSPORT", passport),
    "RVNR": ("DE_RVNR", rvnr),
    "KVNR": ("DE_KVNR", kvnr),
    "DRIVING_LICENCE": ("DE_DRIVING_LICENCE", driving_licence),
    "AT_SVNR": ("AT_SVNR", from_builder(ids.at_svnr_valid, [4, 6], validator="at-svnr")),
    "CH_AHV": ("CH_AHV", from_builder(ids.ahv_valid, [3, 4, 4, 2])),
    "NL_BSN": ("NL_BSN", from_builder(ids.bsn_valid, [4, 2, 3])),
    "FR_NIR": ("FR_NIR", from_builder(ids.nir_valid, [1, 2, 2, 2, 3, 3, 2], "code")),
    "IT_CF": ("IT_CODICE_FISCALE", from_builder(ids.codice_fiscale_valid, [], "code", "it-codice-fiscale")),
    "ES_DNI": ("ES_DNI", from_builder(ids.dni_valid, [8, 1], "code")),
    "ES_NIE": ("ES_NIE", from_builder(ids.nie_valid, [1, 7, 1], "code")),
    "PL_PESEL": ("PL_PESEL", from_builder(ids.pesel_valid, [], validator="pl-pesel")),
    "BE_NN": ("BE_NATIONAL_NUMBER", belgian),
    "UK_NINO": ("UK_NINO", uk_nino),
    "UK_NHS": ("UK_NHS", from_builder(ids.nhs_valid, [3, 3, 4])),
    "US_SSN": ("US_SSN", from_builder(ids.ssn_valid, [3, 2, 4])),
}


# ---- health ----------------------------------------------------------------------------------

def icd10(rng, codes):
    code = rng.choice(codes)
    return Value(code, [], [code], "code")


# ---- hard negatives --------------------------------------------------------------------------

def digits(rng, count, first="123456789"):
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(count - 1))


def not_luhn(rng, length, prefix=""):
    while True:
        number = prefix + digits(rng, length - len(prefix), "3456789" if not prefix else DIGITS)
        if not luhn.is_valid(number):
            return number


def sample_iban(rng):
    country = rng.choice(["DE", "DE", "DE", "AT", "CH"])
    length = {"DE": 22, "AT": 20, "CH": 21}[country]
    pick = rng.random()
    if pick < 0.35:
        body = "00" + "0" * (length - 4)
    elif pick < 0.65:
        body = "XX" + "X" * (length - 4)
    else:
        body = "00" + "".join(rng.choice(DIGITS) for _ in range(length - 4))   # check digits 00: never issued
    text = country + body
    return " ".join(chunk(text, fours(len(text)))) if rng.random() < 0.8 else text


def negative(kind, rng, faker, lang):
    """A hard negative of the given kind, as text."""
    r = rng.random()
    if kind == "ORDER_NO":
        return rng.choice(["#%s" % digits(rng, rng.randint(5, 9)), digits(rng, rng.randint(8, 12)),
                           "%d-%s" % (rng.randint(2019, 2026), digits(rng, 6)), "A%s" % digits(rng, 9, DIGITS),
                           "ORD-%s" % digits(rng, 7), "%s-%s-%s" % (digits(rng, 3), digits(rng, 7, DIGITS), digits(rng, 7, DIGITS)),
                           "BE%s" % digits(rng, 8, DIGITS), "%s %s %s" % (digits(rng, 3), digits(rng, 3, DIGITS), digits(rng, 3, DIGITS))])
    if kind == "PARCEL_NO":
        return rng.choice(["00%s" % digits(rng, 10, DIGITS), "00340434%s" % digits(rng, 12, DIGITS),
                           "JJD%s" % digits(rng, 18, DIGITS), "1Z%s%s" % ("".join(rng.choice(LETTERS + DIGITS) for _ in range(6)), digits(rng, 10, DIGITS)),
                           digits(rng, 14), digits(rng, 11), "H%s" % digits(rng, 19, DIGITS),
                           "%s %s %s" % (digits(rng, 4), digits(rng, 4, DIGITS), digits(rng, 4, DIGITS))])
    if kind == "INVOICE_NO":
        return rng.choice(["INV-%s" % digits(rng, 5), "RE-%d-%s" % (rng.randint(2020, 2026), digits(rng, 5, DIGITS)),
                           "R%d/%s" % (rng.randint(2020, 2026), digits(rng, 4, DIGITS)), digits(rng, 8),
                           "%s%s" % (rng.choice(["RG", "RN", "F"]), digits(rng, 9, DIGITS))])
    if kind == "VOUCHER":
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(rng.choice(alphabet) for _ in range(16))
        return rng.choice([code, "-".join(chunk(code, [4, 4, 4, 4])), rng.choice(["SUMMER", "WELCOME", "BLACKWEEK", "XMAS"]) + str(rng.randint(5, 50)),
                           "-".join(chunk(code[:12], [4, 4, 4]))])
    if kind == "GIFT_CARD":
        number = not_luhn(rng, rng.choice([16, 16, 19, 18]), rng.choice(["", "6", "7", "60", "50", "5"]))
        return " ".join(chunk(number, fours(len(number)))) if r < 0.6 else number
    if kind == "CARDLIKE":
        number = not_luhn(rng, 16, rng.choice(["4", "5", "9", "2", ""]))
        return " ".join(chunk(number, fours(16))) if r < 0.6 else number
    if kind == "CUSTOMER_NO":
        return rng.choice(["KD-%s" % digits(rng, 6), "K%s" % digits(rng, 8, DIGITS), digits(rng, rng.randint(6, 10)),
                           "%s %s %s" % (digits(rng, 3), digits(rng, 3, DIGITS), digits(rng, 3, DIGITS)),
                           "C-%s" % digits(rng, 7)])
    if kind == "CONTRACT_NO":
        return rng.choice(["V-%d-%s" % (rng.randint(2015, 2026), digits(rng, 5, DIGITS)),
                           "VN %s %s %s" % (digits(rng, 3), digits(rng, 3, DIGITS), digits(rng, 3, DIGITS)),
                           digits(rng, rng.randint(9, 12)), "%s/%s" % (digits(rng, 4), digits(rng, 6, DIGITS)),
                           "MV%s" % digits(rng, 10, DIGITS)])
    if kind == "TICKET_NO":
        return rng.choice(["#%s" % digits(rng, 5), "CS-%s" % digits(rng, 7, DIGITS), "%d%s" % (rng.randint(2023, 2026), digits(rng, 8, DIGITS)),
                           "T-%s" % digits(rng, 6), "INC%s" % digits(rng, 7, DIGITS)])
    if kind == "DATE":
        date = ids.random_date(rng, 2020, 2027)
        return rng.choice([date.strftime("%d.%m.%Y"), date.strftime("%Y-%m-%d"), date.strftime("%d.%m.%y"),
                           "%d.%d." % (date.day, date.month), date.strftime("%d/%m/%Y"), date.strftime("%m/%d/%Y"),
                           "%d.%d.%d" % (date.day, date.month, date.year % 100)])
    if kind == "TIME":
        hour, minute = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 5, 50])
        return rng.choice(["%02d:%02d" % (hour, minute), "%d:%02d Uhr" % (hour, minute), "%d Uhr" % hour,
                           "%d.%02d" % (hour, minute), "%d:%02dpm" % (hour - 12 if hour > 12 else hour, minute)])
    if kind == "PRICE":
        amount = rng.randint(1, 250000) / 100
        euros, cents = int(amount), int(round((amount - int(amount)) * 100))
        german = "{:,}".format(euros).replace(",", ".") + ",%02d" % cents
        return rng.choice(["%s €" % german, "%s EUR" % german, "€%d.%02d" % (euros, cents), "£%d.%02d" % (euros, cents),
                           "$%d.%02d" % (euros, cents), "%d,- €" % euros, "CHF %d.%02d" % (euros, cents)])
    if kind == "POSTCODE":
        return rng.choice([digits(rng, 5, "0123456789"), digits(rng, 4), faker.postcode() if lang == "en" else digits(rng, 5),
                           "%s-%s" % (digits(rng, 5), digits(rng, 4, DIGITS))])
    if kind == "VERSION":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 99)),
                           "iOS %d.%d.%d" % (rng.randint(15, 19), rng.randint(0, 7), rng.randint(0, 5)),
                           "Android %d" % rng.randint(10, 16), "%d.%d.%d.%d" % (rng.randint(1, 30), rng.randint(0, 9), rng.randint(0, 999), rng.randint(1000, 9999)),
                           "Version %d.%d" % (rng.randint(1, 12), rng.randint(0, 20)), "Build %s" % digits(rng, 6)])
    if kind == "SAMPLE_IBAN":
        return sample_iban(rng)
    if kind == "QUANTITY":
        return str(rng.choice([1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 50, 100, 250]))
    if kind == "HOUSE_NO":
        return rng.choice([str(rng.randint(1, 180)), "%d%s" % (rng.randint(1, 80), rng.choice("abc")), "%d-%d" % (rng.randint(1, 20), rng.randint(21, 40))])
    raise KeyError(kind)


NEGATIVE_KINDS = ["ORDER_NO", "PARCEL_NO", "INVOICE_NO", "VOUCHER", "GIFT_CARD", "CARDLIKE", "CUSTOMER_NO",
                  "CONTRACT_NO", "TICKET_NO", "DATE", "TIME", "PRICE", "POSTCODE", "VERSION", "SAMPLE_IBAN",
                  "QUANTITY", "HOUSE_NO"]


def filler(kind, faker):
    return {"FIRSTNAME": faker.first_name, "LASTNAME": faker.last_name, "CITY": faker.city,
            "STREET": faker.street_name, "COMPANY": faker.company}[kind]()


FILLERS = ["FIRSTNAME", "LASTNAME", "CITY", "STREET", "COMPANY"]


def faker_for(lang, seed):
    faker = Faker({"de": "de_DE", "en": "en_GB"}[lang])
    faker.seed_instance(seed)
    return faker

