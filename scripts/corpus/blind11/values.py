"""Value generators, formatters, obfuscators and validators for blind set 11.

Written blind (see gen.py docstring).  Every generator returns a canonical value;
every rendered span can be turned back into that canonical value by ``deobf_*``
and then validated by ``validate_value`` using only the span text.
"""
from __future__ import annotations

import re
import unicodedata

import phonenumbers
from phonenumbers import PhoneNumberType as PNT
from schwifty import IBAN, BIC, registry
from stdnum.de import idnr as de_idnr, stnr as de_stnr, vat as de_vat
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.us import ssn as us_ssn
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.it import codicefiscale as it_cf
from stdnum.gb import nhs as gb_nhs
from stdnum.nl import bsn as nl_bsn
from stdnum.be import nn as be_nn
from stdnum.pl import pesel as pl_pesel
import simple_icd_10_cm as icd

from health import HEALTH, TYPO, lookup_health

PHONE_REGIONS = ["DE", "AT", "CH", "GB", "US", "FR", "IT", "ES", "NL", "PL"]
NO_TRUNK_REGIONS = ["US", "ES", "PL", "IT"]
IBAN_COUNTRIES = ["DE", "AT", "CH", "GB", "FR", "NL", "ES", "IT", "BE", "PL", "LU", "IE"]

# ---------------------------------------------------------------- documentation / fictional numbers
EXAMPLE_IBANS = [
    "DE89370400440532013000", "DE02120300000000202051", "DE75512108001245126199",
    "GB82WEST12345698765432", "GB33BUKB20201555555555", "AT611904300234573201",
    "CH9300762011623852957", "FR1420041010050500013M02606", "NL91ABNA0417164300",
    "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
    "PL61109010140000071219812874", "LU280019400644750000", "IE29AIBK93115212345678",
    "DE12500105170648489890",
]
TEST_CARDS = [
    "4111111111111111", "4242424242424242", "4000056655665556", "5555555555554444",
    "5105105105105100", "378282246310005", "371449635398431", "4012888888881881",
    "5200828282828210", "4000000000000002", "4000002500003155", "2223003122003222",
    "4000000000009995", "5454545454545454", "4444333322221111", "4917610000000000",
]
# national significant number prefixes of fictional / drama ranges (Ofcom, ARCEP, NANP 555-01xx)
FICTIONAL_NSN_PREFIX = {
    "GB": ["1134960", "1144960", "1154960", "1164960", "1174960", "1184960", "1214960",
           "1314960", "1414960", "1514960", "1614960", "1914980", "2079460", "2890180",
           "2920180", "1632960", "7700900", "8081570", "9098790", "3069990"],
    "FR": ["19900", "26191", "35301", "46571", "53649", "63998"],
}


def is_fictional(num) -> bool:
    reg = phonenumbers.region_code_for_number(num)
    nsn = phonenumbers.national_significant_number(num)
    if reg == "US" and nsn[3:6] == "555":
        return True
    return any(nsn.startswith(p) for p in FICTIONAL_NSN_PREFIX.get(reg, []))


# ---------------------------------------------------------------- number words
DE_DIG = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
EN_DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD2DIG = {w: str(i) for i, w in enumerate(DE_DIG)}
WORD2DIG.update({w: str(i) for i, w in enumerate(EN_DIG)})
WORD2DIG.update({"zwo": "2", "ein": "1", "oh": "0", "o": "0", "fuenf": "5", "funf": "5"})
MULT = {"doppel": 2, "double": 2, "triple": 3, "dreifach": 3}
SYMBOL_WORDS = {"plus": "+", "strich": "", "dash": "", "slash": "", "schrägstrich": ""}


def digits_to_words(s: str, lang: str, rng) -> str:
    """Spell a value: digits as words, letters as capital letters, '+' as plus."""
    table = DE_DIG if lang == "de" else EN_DIG
    out = []
    i = 0
    chars = [c for c in s if c.isalnum() or c == "+"]
    while i < len(chars):
        c = chars[i]
        if c.isdigit():
            if (i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.3):
                out.append(("doppel" if lang == "de" else "double") + " " + table[int(c)])
                i += 2
                continue
            w = table[int(c)]
            if lang == "de" and c == "2" and rng.random() < 0.3:
                w = "zwo"
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            out.append(w)
        elif c == "+":
            out.append("plus")
        else:
            out.append(c.upper())
        i += 1
    return " ".join(out)


def words_to_chars(s: str) -> str | None:
    toks = [t for t in re.split(r"[\s,;\-]+", s) if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        tl = t.lower()
        if tl in MULT and i + 1 < len(toks) and toks[i + 1].lower() in WORD2DIG:
            out.append(WORD2DIG[toks[i + 1].lower()] * MULT[tl])
            i += 2
            continue
        if tl in WORD2DIG and not (len(t) == 1 and t.isupper()):
            out.append(WORD2DIG[tl])
        elif tl in SYMBOL_WORDS:
            out.append(SYMBOL_WORDS[tl])
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t.isdigit():
            out.append(t)
        else:
            return None
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- normalisation
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
LOOK = {"O": "0", "o": "0", "I": "1", "l": "1", "i": "1", "S": "5", "s": "5", "B": "8", "Z": "2"}
SEP_RE = re.compile(r"[\s.\-/()\[\]_:]+")


def base_norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).translate(INVISIBLE)
    return s


def has_words(s: str) -> bool:
    return bool(re.search(r"[A-Za-zäöü]{2,}", s)) and any(
        t.lower() in WORD2DIG or t.lower() in MULT for t in re.split(r"[\s,;\-]+", s))


def lookalike_variants(s: str, keep_prefix: int = 0, limit: int = 10):
    """All variants mapping a subset of look-alike letters (after keep_prefix) to digits."""
    pos = [i for i, c in enumerate(s) if i >= keep_prefix and c in LOOK]
    if len(pos) > limit:
        pos = pos[:limit]
    for mask in range(1 << len(pos)):
        cs = list(s)
        for j, p in enumerate(pos):
            if mask >> j & 1:
                cs[p] = LOOK[cs[p]]
        yield "".join(cs)


def compact(s: str) -> str:
    s = base_norm(s)
    if has_words(s):
        w = words_to_chars(s)
        if w is not None:
            s = w
    return SEP_RE.sub("", s)


# ---------------------------------------------------------------- card helpers
def luhn_ok(d: str) -> bool:
    if not d.isdigit():
        return False
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(p: str) -> str:
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError


def card_brand(d: str) -> str | None:
    if len(d) in (13, 16, 19) and d[0] == "4":
        return "visa"
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mc"
    if len(d) == 15 and d[:2] in ("34", "37"):
        return "amex"
    return None


def is_card(d: str) -> bool:
    return card_brand(d) is not None and luhn_ok(d)


# ---------------------------------------------------------------- own ID validators
def _cross(n: int) -> int:
    return sum(int(c) for c in str(n))


def rvnr_check(first11: str) -> int:
    """first11 = 2 area + 6 date + letter + 2 serial (letter at index 8)."""
    digits = first11[:8] + "%02d" % (ord(first11[8]) - 64) + first11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return sum(_cross(int(c) * k) for c, k in zip(digits, w)) % 10


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18",
            "19", "20", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43",
            "44", "45", "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57",
            "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71",
            "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"]


def valid_rvnr(s: str) -> bool:
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", s):
        return False
    if s[:2] not in RV_AREAS:
        return False
    dd, mm = int(s[2:4]), int(s[4:6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return rvnr_check(s[:11]) == int(s[11])


def kvnr_check(first9: str) -> int:
    digits = "%02d" % (ord(first9[0]) - 64) + first9[1:]
    tot = sum(_cross(int(c) * (1 if i % 2 == 0 else 2)) for i, c in enumerate(digits))
    return tot % 10


def valid_kvnr(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[:9]) == int(s[9])


def icao_check(s: str) -> int:
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return tot % 10


ID_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def valid_de_idcard(s: str) -> bool:
    return (bool(re.fullmatch(r"[LMNPRTVWXY][%s]{8}\d" % ID_ALPHA, s))
            and icao_check(s[:9]) == int(s[9]))


def valid_de_passport(s: str) -> bool:
    return (bool(re.fullmatch(r"[CFGHJK][%s]{8}\d" % ID_ALPHA, s))
            and icao_check(s[:9]) == int(s[9]))


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def valid_nino(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIQUVO" or s[:2] in NINO_BAD_PREFIX:
        return False
    return True


STDNUM = {
    "DE_STEUER_ID": de_idnr, "DE_STEUERNUMMER": de_stnr, "DE_USTID": de_vat, "AT_SVNR": at_vnr,
    "CH_AHV": ch_ssn, "US_SSN": us_ssn, "ES_DNI": es_dni, "ES_NIE": es_nie, "FR_NIR": fr_nir,
    "IT_CODICE_FISCALE": it_cf, "UK_NHS": gb_nhs, "NL_BSN": nl_bsn, "BE_NATIONAL_NUMBER": be_nn,
    "PL_PESEL": pl_pesel,
}
OWN = {"DE_RVNR": valid_rvnr, "DE_KVNR": valid_kvnr, "DE_ID_CARD": valid_de_idcard,
       "DE_PASSPORT": valid_de_passport, "UK_NINO": valid_nino}
ID_TYPES = list(STDNUM) + list(OWN)
# types whose canonical form is all digits (look-alike letters may be mapped everywhere)
DIGIT_IDS = {"DE_STEUER_ID", "DE_STEUERNUMMER", "AT_SVNR", "CH_AHV", "US_SSN", "FR_NIR", "UK_NHS",
             "NL_BSN", "BE_NATIONAL_NUMBER", "PL_PESEL"}


def id_valid_compact(t: str, c: str) -> bool:
    if t in OWN:
        return OWN[t](c)
    if t == "UK_NHS" and c.startswith("999"):
        return False  # NHS test range
    if t == "US_SSN" and c in ("078051120", "219099999", "123456789"):
        return False
    try:
        return STDNUM[t].is_valid(c)
    except Exception:
        return False


# ---------------------------------------------------------------- phone helpers
def phone_parse_valid(s: str):
    """Parse a phone as written: '+'/'00' international, trunk '0' national, or a region
    without trunk prefix.  Returns the PhoneNumber when valid, non-fictional and of a normal
    type, else None."""
    t = base_norm(s)
    t = re.sub(r"^\s*\+\s*(\d+)\s*\(0\)", r"+\1 ", t)
    t = re.sub(r"^\s*00\s*(\d+)\s*\(0\)", r"00\1 ", t)
    ext = None
    m = re.search(r"\s*(?:ext\.?|x|Durchwahl|DW|Dw\.)\s*(\d{1,5})\s*$", t)
    if m:
        ext = m.group(1)
        t = t[:m.start()]
    d = re.sub(r"[^\d+]", "", t)
    if not d:
        return None
    if d.startswith("+") or d.startswith("00"):
        regs = [None]
        if d.startswith("00"):
            d = "+" + d[2:]
    elif d.startswith("0"):
        regs = ["DE", "AT", "CH", "GB", "FR", "NL", "IT"]
    else:
        regs = ["US", "ES", "PL", "IT"]
    for r in regs:
        try:
            n = phonenumbers.parse(d, r)
        except Exception:
            continue
        if phonenumbers.is_valid_number(n) and not is_fictional(n):
            if phonenumbers.region_code_for_number(n) not in PHONE_REGIONS:
                continue
            if phonenumbers.number_type(n) in (PNT.MOBILE, PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE):
                return n
    return None


# ---------------------------------------------------------------- email
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}$")


def deobf_email(s: str) -> str:
    t = base_norm(s)
    t = re.sub(r"\s*[\(\[\{<]\s*(at|ät|@)\s*[\)\]\}>]\s*", "@", t, flags=re.I)
    t = re.sub(r"\s*[\(\[\{<]\s*(dot|punkt|\.)\s*[\)\]\}>]\s*", ".", t, flags=re.I)
    t = re.sub(r"\s+(at|ät|bei)\s+", "@", t, flags=re.I)
    t = re.sub(r"\s+(dot|punkt)\s+", ".", t, flags=re.I)
    t = re.sub(r"\s+(minus|bindestrich)\s+", "-", t, flags=re.I)
    t = re.sub(r"\s+(unterstrich|underscore)\s+", "_", t, flags=re.I)
    t = re.sub(r"\s+", "", t)
    return t.lower()


# ---------------------------------------------------------------- generic value validation
def norm_upper(s: str) -> str:
    return compact(s).upper()


def validate_value(typ: str, span: str, text: str = "", start: int = 0) -> bool:
    """Validate a labelled span from its text alone (plus, for CVC, the nearby words)."""
    if typ == "IBAN":
        c = norm_upper(span)
        for v in lookalike_variants(c, keep_prefix=0, limit=8):
            if v in EXAMPLE_IBANS:
                return False
            try:
                i = IBAN(v)
                i.validate(validate_bban=True)
                return i.country_code in IBAN_COUNTRIES
            except Exception:
                continue
        return False
    if typ == "BIC":
        c = norm_upper(span)
        try:
            return BIC(c).exists
        except Exception:
            return False
    if typ == "CARD":
        c = norm_upper(span)
        for v in lookalike_variants(c, limit=8):
            if v.isdigit():
                return is_card(v) and v not in TEST_CARDS
        return False
    if typ == "CARD_EXPIRY":
        t = base_norm(span)
        m = re.fullmatch(r"\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})\s*", t)
        if not m:
            return False
        mo, yr = int(m.group(1)), int(m.group(2)[-2:])
        return 1 <= mo <= 12 and 24 <= yr <= 36
    if typ == "CVC":
        c = norm_upper(span)
        if not re.fullmatch(r"\d{3,4}", c):
            return False
        window = text[max(0, start - 40):start].lower()
        return bool(re.search(r"cvc|cvv|cv2|prüfnummer|prüfziffer|sicherheitscode|security code|"
                              r"kartenprüfnummer|card code|code on the back|rückseite|\bcid\b", window))
    if typ == "PHONE":
        t = base_norm(span)
        if has_words(t):
            w = words_to_chars(t)
            if w is None:
                return False
            t = w
        tl = t
        for v in lookalike_variants(tl, limit=8):
            if re.search(r"[A-Za-z]", re.sub(r"(ext\.?|x|Durchwahl|DW|Dw\.)\s*\d+\s*$", "", v)):
                continue
            if phone_parse_valid(v) is not None:
                return True
        return False
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(deobf_email(span)))
    if typ in ID_TYPES:
        c = norm_upper(span)
        keep = 0
        if typ == "DE_USTID":
            keep = 2
        elif typ in ("ES_NIE",):
            keep = 1
        for v in lookalike_variants(c, keep_prefix=keep, limit=8):
            if typ in DIGIT_IDS and not v.isdigit():
                continue
            if id_valid_compact(typ, v):
                return True
        return False
    if typ == "ICD10":
        t = base_norm(span).strip().upper().replace(" ", "")
        if not re.fullmatch(r"[A-Z]\d{2}(\.?[0-9A-Z]{1,4})?", t):
            return False
        if "." not in t and len(t) > 3:
            t = t[:3] + "." + t[3:]
        return icd.is_valid_item(t)
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        return lookup_health(span) == typ
    raise KeyError(typ)
