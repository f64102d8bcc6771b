"""Value generators, renderers (plain + obfuscated forms), validators and the
de-obfuscation used by the final self-check of the blind8 corpus.

Every generator returns a ``Val``: the canonical compact value plus a few
"plain" written renderings and the groups used by the obfuscating renderers.
"""
from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import BIC, IBAN
from stdnum import ean, luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.de import stnr as de_stnr
from stdnum.de import vat as de_vat
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.iso7064 import mod_11_10
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.us import ssn as us_ssn
import simple_icd_10_cm as icd

CATEGORY = {
    "PHONE": "PHONE", "IBAN": "IBAN", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL",
    "CVC": "FINANCIAL", "BIC": "FINANCIAL", "EMAIL": "CONTACT",
    "DIAGNOSIS": "HEALTH", "SYMPTOM": "HEALTH", "MEDICATION": "HEALTH",
    "TREATMENT": "HEALTH", "ICD10": "HEALTH",
}
ID_TYPES = ["DE_RVNR", "DE_KVNR", "AT_SVNR", "UK_NINO", "DE_STEUERNUMMER", "CH_AHV",
            "DE_STEUER_ID", "US_SSN", "ES_NIE", "FR_NIR", "IT_CODICE_FISCALE", "DE_ID_CARD",
            "UK_NHS", "DE_PASSPORT", "NL_BSN", "DE_USTID", "BE_NATIONAL_NUMBER", "ES_DNI",
            "PL_PESEL"]
for _t in ID_TYPES:
    CATEGORY[_t] = "ID"

# Well-known documentation / test values. Never used as values (only as negatives).
KNOWN_SAMPLES = {
    "DE89370400440532013000", "GB82WEST12345698765432", "GB33BUKB20201555555555",
    "FR7630006000011234567890189", "AT611904300234573201", "CH9300762011623852957",
    "NL91ABNA0417164300", "4111111111111111", "4242424242424242", "5555555555554444",
    "5105105105105100", "378282246310005", "371449635398431", "4012888888881881",
    "4000056655665556", "5200828282828210", "6011111111111117", "T22000129", "C01X00T47",
    "9434765919", "078051120", "219099999", "QQ123456C", "RSSMRA80A01H501U", "111222333",
    "86095742719",
}


@dataclass
class Val:
    type: str
    canon: str                    # compact canonical value (E.164 for phones)
    plains: list[str]             # usual written renderings
    groups: list[str]             # chunks used by obfuscating renderers
    region: str = ""              # phones: region for parsing national renderings
    extra: dict = field(default_factory=dict)

    @property
    def category(self) -> str:
        return CATEGORY[self.type]


# --------------------------------------------------------------------------- helpers

def _digits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def _chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def _split_long(tokens, rng):
    """Split long tokens into 2-4 character chunks (for obfuscation)."""
    out = []
    for t in tokens:
        if len(t) <= 4:
            out.append(t)
            continue
        i = 0
        while i < len(t):
            n = rng.choice([2, 3, 3, 4])
            if len(t) - (i + n) == 1:
                n += 1
            out.append(t[i:i + n])
            i += n
    return out


def _pairs(s):
    head = s[:3] if len(s) % 2 else ""
    rest = s[len(head):]
    return " ".join(([head] if head else []) + [rest[i:i + 2] for i in range(0, len(rest), 2)])


def _birth(rng, y0=1948, y1=2006):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


# --------------------------------------------------------------------------- IBAN / BIC

IBAN_NUMERIC_ACCOUNT = {"CH": 12, "FR": 11, "IT": 12, "LU": 13}
NL_BANKS = ["ABNA", "INGB", "RABO", "SNSB", "ASNB", "KNAB", "TRIO", "BUNQ"]
GB_BANKS = ["BARC", "LOYD", "HBUK", "NWBK", "MIDL", "RBOS", "HLFX", "NAIA", "ABBY", "MONZ"]


def gen_iban(rng, country):
    for _ in range(200):
        kw = {}
        if country in IBAN_NUMERIC_ACCOUNT:
            kw["account_code"] = _digits(rng, IBAN_NUMERIC_ACCOUNT[country])
        if country == "GB":
            kw["bank_code"] = rng.choice(GB_BANKS)
        if country == "NL":
            kw["bank_code"] = rng.choice(NL_BANKS)
        try:
            ib = IBAN.random(country, random=rng, **kw)
            ib = IBAN(str(ib), validate_bban=True)
        except Exception:
            continue
        if ib.bank is None or ib.bic is None or str(ib) in KNOWN_SAMPLES:
            continue
        c = str(ib)
        if country == "GB" and not c[8:].isdigit():
            continue
        formatted = ib.formatted
        plains = [formatted, formatted, c]
        return Val("IBAN", c, plains, formatted.split(" "), extra={"bic": str(ib.bic)})
    raise RuntimeError("iban " + country)


def gen_bic(rng, bic_str=None, country="DE"):
    if bic_str is None:
        bic_str = gen_iban(rng, country).extra["bic"]
    b = BIC(bic_str)
    c = str(b)
    plains = [c]
    if c.endswith("XXX") and rng.random() < 0.5:
        plains = [c[:8]]
        c = c[:8]
    groups = [c[:4], c[4:6], c[6:8]] + ([c[8:]] if len(c) > 8 else [])
    return Val("BIC", c, plains, groups)


# --------------------------------------------------------------------------- cards

def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex"])
    while True:
        if brand == "visa":
            body = "4" + _digits(rng, 14)
        elif brand == "mc":
            body = str(rng.randint(51, 55)) + _digits(rng, 13)
        elif brand == "mc2":
            body = str(rng.randint(2221, 2720)) + _digits(rng, 11)
        else:
            body = rng.choice(["34", "37"]) + _digits(rng, 12)
        num = body + luhn.calc_check_digit(body)
        if num in KNOWN_SAMPLES or len(set(num[1:])) < 5:
            continue
        break
    if brand == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    plains = [" ".join(groups), " ".join(groups), num, "-".join(groups) if brand != "amex" else " ".join(groups)]
    return Val("CARD", num, plains, groups, extra={"brand": brand})


def gen_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(2026, 2031)
    style = rng.choice(["mm/yy", "mm/yy", "mm/yy", "mm/yyyy", "mm / yy", "mmyy"])
    if style == "mm/yy":
        p = f"{m:02d}/{y % 100:02d}"
    elif style == "mm/yyyy":
        p = f"{m:02d}/{y}"
    elif style == "mm / yy":
        p = f"{m:02d} / {y % 100:02d}"
    else:
        p = f"{m:02d}/{y % 100:02d}"
    canon = re.sub(r"\D", "", p)
    return Val("CARD_EXPIRY", canon, [p], [f"{m:02d}", p.split("/")[-1].strip()])


def gen_cvc(rng, amex=False):
    c = _digits(rng, 4 if amex else 3)
    while c in ("000", "0000", "123", "1234"):
        c = _digits(rng, 4 if amex else 3)
    return Val("CVC", c, [c], list(c))


# --------------------------------------------------------------------------- phones

PHONE_PREFIX = {
    ("DE", "mob"): ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                    "174", "175", "176", "177", "178", "179"],
    ("DE", "fix"): ["30", "40", "89", "221", "69", "711", "211", "341", "351", "511", "911",
                    "231", "201", "421", "6221", "761", "228", "621", "371", "9131"],
    ("AT", "mob"): ["650", "660", "664", "676", "680", "681", "688", "699"],
    ("AT", "fix"): ["1", "316", "512", "662", "732", "463"],
    ("CH", "mob"): ["76", "77", "78", "79"],
    ("CH", "fix"): ["44", "31", "61", "22", "41", "71"],
    ("GB", "mob"): ["74", "75", "77", "78", "79"],
    ("GB", "fix"): ["20", "161", "121", "131", "141", "113", "117", "1223", "1865"],
    ("US", "mob"): ["212", "415", "312", "617", "206", "512", "305", "713", "404", "303", "718",
                    "646", "202", "503"],
    ("FR", "mob"): ["6", "7"],
    ("FR", "fix"): ["1", "4", "5"],
    ("IT", "mob"): ["320", "328", "333", "338", "340", "347", "349", "366", "392"],
    ("IT", "fix"): ["06", "02", "011", "055"],
    ("ES", "mob"): ["6", "7"],
    ("ES", "fix"): ["91", "93", "96"],
    ("NL", "mob"): ["6"],
    ("NL", "fix"): ["20", "10", "30", "70"],
    ("PL", "mob"): ["50", "51", "53", "60", "66", "69", "72", "79", "88"],
    ("PL", "fix"): ["22", "12", "61"],
}
FICTIONAL_PHONE = ["4477009", "44207946", "441614960", "441214960", "441134960", "441174960",
                   "441314960", "441414960", "331990", "336399", "4930231250"]


def _phone_ok(num, kind):
    if not phonenumbers.is_valid_number(num):
        return False
    t = phonenumbers.number_type(num)
    e = phonenumbers.format_number(num, PNF.E164)
    if any(e[1:].startswith(f) for f in FICTIONAL_PHONE):
        return False
    if num.country_code == 1 and e[5:8] == "555":
        return False
    if kind == "mob":
        return t in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
    return t in (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def gen_phone(rng, region, kind="mob"):
    if region == "US":
        kind = "mob"
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        pre = rng.choice(PHONE_PREFIX[(region, kind)])
        if region == "US":
            nsn = pre + str(rng.randint(2, 9)) + _digits(rng, 6)
        else:
            total = rng.choice({"DE": [10, 11], "AT": [10, 11, 12], "CH": [9], "GB": [10], "FR": [9],
                                "IT": [9, 10], "ES": [9], "NL": [9], "PL": [9]}[region])
            if region == "AT" and kind == "fix":
                total = rng.choice([7, 8, 9, 10])
            nsn = pre + _digits(rng, total - len(pre))
            if region == "IT" and kind == "fix":
                pass
        try:
            num = phonenumbers.parse("+%d%s" % (cc, nsn))
        except phonenumbers.NumberParseException:
            continue
        if _phone_ok(num, kind):
            break
    else:
        raise RuntimeError("phone " + region)
    e164 = phonenumbers.format_number(num, PNF.E164)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nsn = phonenumbers.national_significant_number(num)
    ndc = phonenumbers.length_of_national_destination_code(num)
    trunk = "" if region in ("IT", "ES", "PL", "US") else "0"
    area, sub = nsn[:ndc], nsn[ndc:]
    if region == "US":
        plains = [nat, f"{area}-{sub[:3]}-{sub[3:]}", f"{area}.{sub[:3]}.{sub[3:]}", intl.replace("-", " "),
                  f"+1 ({area}) {sub[:3]}-{sub[3:]}", f"{area}{sub}", e164]
        groups = ["+1", area, sub[:3], sub[3:]]
    else:
        plains = [nat, intl, e164, f"{trunk}{area} {sub}", f"+{cc} {area} {sub}", f"{trunk}{nsn}"]
        if region in ("DE", "AT"):
            plains += [f"{trunk}{area}/{sub}", f"{trunk}{area}-{sub}", f"00{cc} {area} {sub}",
                       f"{trunk}{area} {_pairs(sub)}", f"+{cc}{nsn}"]
        if region == "CH":
            plains += [f"00{cc} {nat[1:]}", f"+{cc}{nsn}"]
        if region == "GB":
            plains += [f"{trunk}{nsn[:4]} {nsn[4:]}" if kind == "mob" else nat, f"+44 {nsn[:4]} {nsn[4:]}"]
        if region == "NL":
            plains += [f"0{area}-{sub}"]
        groups = nat.replace("/", " ").replace("-", " ").split(" ")
        if rng.random() < 0.4:
            groups = intl.replace("-", " ").split(" ")
    return Val("PHONE", e164, plains, groups, region=region, extra={"cc": cc, "area": area, "sub": sub, "trunk": trunk, "kind": kind})


# --------------------------------------------------------------------------- email

def _slug(s):
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e"), ("è", "e"), ("ç", "c"),
                 ("á", "a"), ("ó", "o"), ("í", "i"), ("ñ", "n"), ("ł", "l"), ("ś", "s"), ("ż", "z")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", s)


DOMAINS = {
    "de": ["gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de", "yahoo.de", "icloud.com",
           "posteo.de", "mail.de", "gmx.net", "freenet.de", "hotmail.de", "gmx.at", "bluewin.ch", "aon.at"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "btinternet.com",
           "protonmail.com", "aol.com", "yahoo.com", "live.co.uk", "me.com", "hotmail.com"],
}


def gen_email(rng, lang, first, last, company=None):
    f, l = _slug(first), _slug(last)
    if company and rng.random() < 0.8:
        tlds = [".de", ".com", ".de", ".at", ".ch"] if lang == "de" else [".co.uk", ".com", ".co.uk", ".io"]
        dom = _slug(company.split()[0])[:14] + rng.choice(tlds)
        local = rng.choice([f"{f}.{l}", f"{f[0]}.{l}", f"{l}", f"{f}", "info", "kontakt" if lang == "de" else "hello"])
    else:
        dom = rng.choice(DOMAINS[lang])
        local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f}.{l}{rng.randint(1, 99)}", f"{f[0]}{l}",
                            f"{f}_{l}", f"{l}.{f}", f"{f}{rng.randint(70, 2005)}", f"{f}.{l[0]}",
                            f"{f}-{l}"])
    e = f"{local}@{dom}"
    return Val("EMAIL", e, [e], [local, dom])


# --------------------------------------------------------------------------- IDs

RVNR_AREAS = ["04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
              "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "53", "54", "55", "56",
              "57", "58", "59", "60", "61", "62", "63", "64", "65", "66"]


def rvnr_check(first11):
    # first11 = area(2) + ddmmyy(6) + letter + serial(2)
    d = first11[:8] + "%02d" % (ord(first11[8]) - 64) + first11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    s = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(d, w))
    return str(s % 10)


def rvnr_valid(c):
    return bool(re.fullmatch(r"\d{8}[A-Z]\d{3}", c)) and c[:2] in RVNR_AREAS and rvnr_check(c[:11]) == c[11] \
        and 1 <= int(c[2:4]) <= 31 and 1 <= int(c[4:6]) <= 12


def kvnr_check(first9):
    d = "%02d" % (ord(first9[0]) - 64) + first9[1:]
    s = 0
    for i, x in enumerate(d):
        p = int(x) * (1 if i % 2 == 0 else 2)
        s += p if p < 10 else p - 9
    return str(s % 10)


def kvnr_valid(c):
    return bool(re.fullmatch(r"[A-Z]\d{9}", c)) and kvnr_check(c[:9]) == c[9]


ICAO_ALPH = "0123456789CFGHJKLMNPRTVWXYZ"


def icao_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def de_doc_valid(c, first):
    return len(c) == 10 and c[0] in first and all(x in ICAO_ALPH for x in c[:9]) and icao_check(c[:9]) == c[9]


def nino_valid(c):
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c):
        return False
    return c[:2] not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


IT_MONTH = "ABCDEHLMPRST"
IT_COMUNI = ["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736", "A662", "C351", "E506", "L781"]
IT_NAMES = [("Rossi", "Giulia"), ("Bianchi", "Marco"), ("Romano", "Francesca"), ("Colombo", "Luca"),
            ("Ricci", "Chiara"), ("Marino", "Alessandro"), ("Greco", "Sara"), ("Bruno", "Matteo"),
            ("Gallo", "Elena"), ("Conti", "Davide"), ("Esposito", "Martina"), ("Ferrari", "Paolo"),
            ("De Luca", "Valentina"), ("Costa", "Simone"), ("Fontana", "Federica"), ("Moretti", "Andrea")]


def _cf_part(s, is_name):
    s = re.sub(r"[^A-Z]", "", s.upper())
    cons = [c for c in s if c not in "AEIOU"]
    vow = [c for c in s if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons) + "".join(vow) + "XXX")[:3]


def gen_id(rng, t):
    for _ in range(1000):
        v = _gen_id(rng, t)
        if v.canon not in KNOWN_SAMPLES and validate_value(v.type, v.canon):
            return v
    raise RuntimeError(t)


def _gen_id(rng, t):
    if t == "DE_RVNR":
        y, m, d = _birth(rng)
        base = rng.choice(RVNR_AREAS) + f"{d:02d}{m:02d}{y % 100:02d}" + rng.choice(string.ascii_uppercase) \
            + f"{rng.randint(0, 99):02d}"
        c = base + rvnr_check(base)
        return Val(t, c, [f"{c[:2]} {c[2:8]} {c[8]} {c[9:]}", c, f"{c[:2]} {c[2:8]} {c[8:]}"],
                   [c[:2], c[2:8], c[8], c[9:]], extra={"dob": (y, m, d)})
    if t == "DE_KVNR":
        base = rng.choice(string.ascii_uppercase) + _digits(rng, 8)
        c = base + kvnr_check(base)
        return Val(t, c, [c, c, f"{c[0]} {c[1:]}"], [c[0], c[1:5], c[5:]])
    if t == "AT_SVNR":
        y, m, d = _birth(rng)
        ser = str(rng.randint(100, 999))
        tmp = ser + "0" + f"{d:02d}{m:02d}{y % 100:02d}"
        cd = at_vnr.calc_check_digit(tmp)
        if len(cd) != 1:
            return Val(t, "X", [], [])
        c = ser + cd + tmp[4:]
        return Val(t, c, [f"{c[:4]} {c[4:]}", c, f"{c[:4]} {c[4:]}"], [c[:4], c[4:6], c[6:8], c[8:]])
    if t == "UK_NINO":
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        c = a + b + _digits(rng, 6) + rng.choice("ABCD")
        g = [c[:2], c[2:4], c[4:6], c[6:8], c[8]]
        return Val(t, c, [" ".join(g), c, " ".join(g)], g)
    if t == "DE_STEUERNUMMER":
        region, fmt, disp = rng.choice([
            ("Bayern", "FFFBBBUUUUP", "3/3/5"), ("Berlin", "FFBBBUUUUP", "2/3/5"),
            ("Nordrhein-Westfalen", "FFFBBBBUUUP", "3/4/4"), ("Baden-Württemberg", "FFBBBUUUUP", "2/3/5"),
            ("Hessen", "0FFBBBUUUUP", "3 3 5"), ("Niedersachsen", "FFBBBUUUUP", "2/3/5"),
            ("Hamburg", "FFBBBUUUUP", "2/3/5"), ("Sachsen", "2FFBBBUUUUP", "3/3/5"),
            ("Rheinland-Pfalz", "FFBBBUUUUP", "2/3/5"), ("Bayern", "9FFF0BBBUUUUP", "13")])
        out = ""
        for ch in fmt:
            if ch in "FBUP":
                out += rng.choice("123456789") if not out or out == "9" else rng.choice(string.digits)
            else:
                out += ch
        c = out
        if not de_stnr.is_valid(c, region):
            return Val(t, "X", [], [])
        if disp == "13":
            plains = [c]
            g = [c[:4], c[4:8], c[8:]]
        else:
            sep = " " if " " in disp else "/"
            sizes = [int(x) for x in re.split(r"[ /]", disp)]
            g = _chunks(c, sizes)
            plains = [sep.join(g), sep.join(g), sep.join(g), c]
        return Val(t, c, plains, g, extra={"region": region})
    if t == "CH_AHV":
        body = "756" + _digits(rng, 9)
        c = body + ean.calc_check_digit(body)
        return Val(t, c, [f"{c[:3]}.{c[3:7]}.{c[7:11]}.{c[11:]}"] * 3 + [c], [c[:3], c[3:7], c[7:11], c[11:]])
    if t == "DE_STEUER_ID":
        digs = rng.sample("0123456789", 9)
        if digs[0] == "0":
            return Val(t, "X", [], [])
        rep = rng.choice(digs)
        pos = rng.randint(1, 9)
        first10 = "".join(digs[:pos] + [rep] + digs[pos:])[:10]
        c = first10 + mod_11_10.calc_check_digit(first10)
        return Val(t, c, [f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}", c, c, f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:]}"],
                   [c[:2], c[2:5], c[5:8], c[8:]])
    if t == "US_SSN":
        a = rng.randint(1, 899)
        if a == 666:
            a = 667
        c = f"{a:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        return Val(t, c, [f"{c[:3]}-{c[3:5]}-{c[5:]}"] * 3 + [c, f"{c[:3]} {c[3:5]} {c[5:]}"], [c[:3], c[3:5], c[5:]])
    if t == "ES_NIE":
        body = rng.choice("XYZ") + _digits(rng, 7)
        c = body + es_nie.calc_check_digit(body)
        return Val(t, c, [c, c, f"{c[0]}-{c[1:8]}-{c[8]}"], [c[0], c[1:8], c[8]])
    if t == "FR_NIR":
        y, m, d = _birth(rng)
        dept = rng.choice(["75", "69", "13", "33", "59", "67", "31", "44", "06", "92", "93", "94", "78", "35"])
        body = rng.choice("12") + f"{y % 100:02d}{m:02d}" + dept + f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        c = body + fr_nir.calc_check_digits(body)
        g = [c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]
        return Val(t, c, [" ".join(g), " ".join(g), c], g)
    if t == "IT_CODICE_FISCALE":
        sur, name = rng.choice(IT_NAMES)
        y, m, d = _birth(rng)
        female = rng.random() < 0.5
        body = _cf_part(sur, False) + _cf_part(name, True) + f"{y % 100:02d}" + IT_MONTH[m - 1] \
            + f"{d + (40 if female else 0):02d}" + rng.choice(IT_COMUNI)
        c = body + it_cf.calc_check_digit(body)
        return Val(t, c, [c, c, c, f"{c[:3]} {c[3:6]} {c[6:11]} {c[11:]}"], [c[:3], c[3:6], c[6:11], c[11:]])
    if t in ("DE_ID_CARD", "DE_PASSPORT"):
        first = "LMNPRTVWXY" if t == "DE_ID_CARD" else "CFGHJK"
        body = rng.choice(first) + "".join(rng.choice(ICAO_ALPH) for _ in range(8))
        c = body + icao_check(body)
        return Val(t, c, [c, c, f"{c[:9]} {c[9]}"], [c[:4], c[4:9], c[9]])
    if t == "UK_NHS":
        body = rng.choice("467") + _digits(rng, 8)
        s = sum(int(x) * w for x, w in zip(body, range(10, 1, -1)))
        cd = 11 - s % 11
        if cd == 10:
            return Val(t, "X", [], [])
        c = body + str(0 if cd == 11 else cd)
        g = [c[:3], c[3:6], c[6:]]
        return Val(t, c, [" ".join(g), " ".join(g), c, "-".join(g)], g)
    if t == "NL_BSN":
        body = rng.choice("123456789") + _digits(rng, 7)
        s = sum(int(x) * w for x, w in zip(body, range(9, 1, -1)))
        last = s % 11
        if last == 10:
            return Val(t, "X", [], [])
        c = body + str(last)
        return Val(t, c, [c, c, f"{c[:4]}.{c[4:6]}.{c[6:]}", f"{c[:3]} {c[3:6]} {c[6:]}"], [c[:3], c[3:6], c[6:]])
    if t == "DE_USTID":
        body = rng.choice("123") + _digits(rng, 7)
        c = "DE" + body + mod_11_10.calc_check_digit(body)
        return Val(t, c, [c, c, f"DE {c[2:]}", f"DE {c[2:5]} {c[5:8]} {c[8:]}"], [c[:2], c[2:5], c[5:8], c[8:]])
    if t == "BE_NATIONAL_NUMBER":
        y, m, d = _birth(rng)
        ser = rng.randint(1, 997)
        body = f"{y % 100:02d}{m:02d}{d:02d}{ser:03d}"
        base = int(("2" if y >= 2000 else "") + body)
        c = body + f"{97 - base % 97:02d}"
        return Val(t, c, [f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:9]}.{c[9:]}"] * 2 + [c], [c[:2], c[2:4], c[4:6], c[6:9], c[9:]])
    if t == "ES_DNI":
        body = _digits(rng, 8)
        c = body + es_dni.calc_check_digit(body)
        return Val(t, c, [c, c, f"{c[:8]}-{c[8]}", f"{c[:2]}.{c[2:5]}.{c[5:8]}-{c[8]}"], [c[:2], c[2:5], c[5:8], c[8]])
    if t == "PL_PESEL":
        y, m, d = _birth(rng, 1950, 2008)
        mm = m + (20 if y >= 2000 else 0)
        body = f"{y % 100:02d}{mm:02d}{d:02d}" + _digits(rng, 4)
        c = body + pl_pesel.calc_check_digit(body)
        return Val(t, c, [c, c, c], [c[:6], c[6:]])
    raise KeyError(t)


# --------------------------------------------------------------------------- ICD-10

ICD_CODES = ["F32.1", "F32.2", "F33.1", "F41.0", "F41.1", "F43.1", "F43.2", "F90.0", "F50.0", "E11.9",
             "E10.9", "E03.9", "E66.9", "I10", "I48.0", "J45.9", "J44.9", "K50.9", "K51.9", "K58.9",
             "M54.5", "M54.2", "M51.2", "M79.7", "G43.9", "G40.9", "G35", "G47.3", "L40.0", "L20.9",
             "N80.0", "C50.9", "C18.9", "B02.9", "J06.9", "A09", "K21.9", "M17.1", "M81.0", "E78.0",
             "F10.2", "H81.1", "N39.0", "J02.9", "F32.9", "F45.0", "R42", "G44.2", "I25.1",
             "J30.1", "K29.7", "F60.3", "O24.4", "E04.1", "M53.1", "M75.1", "G56.0", "L50.0"]


def gen_icd(rng, code=None):
    c = code or rng.choice(ICD_CODES)
    return Val("ICD10", c, [c], [c])


# --------------------------------------------------------------------------- number words

WORDS = {
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
WORD2DIGIT = {w: str(i) for lang in WORDS for i, w in enumerate(WORDS[lang])}
WORD2DIGIT.update({"zwo": "2", "oh": "0", "plus": "+", "fuenf": "5"})

FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in string.digits + string.ascii_uppercase + string.ascii_lowercase}

OBF_FORMS = {
    "PHONE": ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
              "slashes", "line_break", "lookalike", "words", "words", "mixed", "parenthesised", "fullwidth"],
    "IBAN": ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
             "slashes", "line_break", "lookalike", "lowercase", "lowercase", "words", "mixed", "fullwidth"],
    "CARD": ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
             "slashes", "line_break", "lookalike", "words", "mixed", "fullwidth"],
    "CARD_EXPIRY": ["dashes", "dots", "spaced"],
    "CVC": ["spaced", "words"],
    "BIC": ["lowercase", "spaced", "dots", "nbsp"],
    "EMAIL": ["at_words", "bracketed", "parenthesised", "spaced", "zero_width"],
    "ICD10": ["lowercase", "nodot"],
}
NUM_ID_FORMS = ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
                "slashes", "line_break", "lookalike", "words", "mixed", "fullwidth"]
for _t in ID_TYPES:
    OBF_FORMS[_t] = NUM_ID_FORMS + (["lowercase"] if re.search(r"NINO|NIE|DNI|FISCALE|CARD|PASSPORT|RVNR|KVNR|USTID", _t) else [])


def _words(s, lang, rng):
    out = []
    for ch in s:
        if ch.isdigit():
            w = WORDS[lang][int(ch)]
            if lang == "de" and ch == "2" and rng.random() < 0.3:
                w = "zwo"
            if lang == "en" and ch == "0" and rng.random() < 0.3:
                w = "oh"
            out.append(w)
        elif ch == "+":
            out.append("plus")
        elif ch.isalpha():
            out.append(ch.upper())
    return " ".join(out)


def render(v: Val, form: str, lang: str, rng) -> str | None:
    """Render value in the given form; None when the form does not fit the value."""
    if form == "plain":
        return rng.choice(v.plains)
    if v.type == "EMAIL":
        local, dom = v.canon.split("@")
        d1, _, tld = dom.rpartition(".")
        if form == "at_words":
            at = rng.choice([" at ", " at ", " ät "]) if lang == "de" else " at "
            dot = rng.choice([" dot ", " punkt "]) if lang == "de" else " dot "
            return local + at + d1 + dot + tld
        if form == "bracketed":
            return f"{local}[at]{d1}[dot]{tld}" if rng.random() < 0.6 else f"{local} [at] {dom}"
        if form == "parenthesised":
            return f"{local}(at){dom}" if rng.random() < 0.6 else f"{local} (at) {d1} (dot) {tld}"
        if form == "spaced":
            return f"{local} @ {dom}"
        if form == "zero_width":
            return f"{local}@\u200b{dom}"
        return None
    if v.type == "ICD10":
        if form == "lowercase":
            return v.canon.lower()
        if form == "nodot":
            return v.canon.replace(".", "") if "." in v.canon else None
        return None
    if v.type == "CARD_EXPIRY":
        mm, yy = v.groups
        return {"dashes": f"{mm}-{yy}", "dots": f"{mm}.{yy}", "spaced": f"{mm} / {yy}" if " " not in v.plains[0] else f"{mm[0]} {mm[1]} / {' '.join(yy)}"}.get(form)
    groups = list(v.groups)
    if v.type == "PHONE":
        if form == "parenthesised":
            if v.region in ("US",) or not v.extra["trunk"]:
                return None
            a, s = v.extra["area"], v.extra["sub"]
            if rng.random() < 0.6:
                return f"+{v.extra['cc']} (0){a} {s}" if rng.random() < 0.5 else f"+{v.extra['cc']} (0) {a} {s}"
            return f"(0{a}) {s}"
        groups = _split_long(groups, rng)
    elif form == "parenthesised":
        return None
    compact_text = "".join(groups)
    if form == "spaced":
        return " ".join(compact_text)
    seps = {"dots": ".", "dashes": "-", "nbsp": "\u00a0", "narrow_nbsp": "\u202f", "zero_width": "\u200b",
            "soft_hyphen": "\u00ad", "double_space": "  ", "slashes": "/"}
    if form in seps:
        if len(groups) < 2:
            return None
        return seps[form].join(groups)
    if form == "line_break":
        if len(groups) < 2:
            return None
        k = max(1, len(groups) // 2)
        return " ".join(groups[:k]) + "\n" + " ".join(groups[k:])
    if form == "lookalike":
        base = rng.choice(v.plains)
        if not re.search(r"[01]", base):
            return None
        out, changed = [], 0
        for ch in base:
            if ch == "0" and rng.random() < 0.6:
                out.append("O"); changed += 1
            elif ch == "1" and rng.random() < 0.6:
                out.append(rng.choice("lI")); changed += 1
            else:
                out.append(ch)
        if not changed:
            i = next(i for i, ch in enumerate(base) if ch in "01")
            out[i] = "O" if base[i] == "0" else "l"
        return "".join(out)
    if form == "words":
        sep = ", " if rng.random() < 0.4 else " "
        return sep.join(_words(g, lang, rng) for g in groups)
    if form == "mixed":
        if len(groups) < 2:
            return None
        if rng.random() < 0.5:
            k = max(1, len(groups) // 2)
            return " ".join(_words(g, lang, rng) for g in groups[:k]) + " " + " ".join(groups[k:])
        out = groups[0]
        for g in groups[1:]:
            out += rng.choice([" ", ".", "-", "/", " - ", ""]) + g
        return out
    if form == "lowercase":
        base = rng.choice(v.plains)
        return base.lower() if base.lower() != base else None
    if form == "fullwidth":
        base = rng.choice(v.plains)
        return "".join(FULLWIDTH.get(ch, ch) for ch in base)
    return None


# --------------------------------------------------------------------------- validation / de-obfuscation

def validate_value(t, c) -> bool:
    try:
        if t == "IBAN":
            ib = IBAN(c, validate_bban=True)
            return ib.bank is not None and c not in KNOWN_SAMPLES
        if t == "BIC":
            b = BIC(c)
            return b.exists or (len(c) == 8 and BIC(c + "XXX").exists)
        if t == "CARD":
            ok_prefix = c[0] == "4" or 51 <= int(c[:2]) <= 55 or 2221 <= int(c[:4]) <= 2720 or c[:2] in ("34", "37")
            return luhn.is_valid(c) and ok_prefix and len(c) in (15, 16) and c not in KNOWN_SAMPLES
        if t == "CARD_EXPIRY":
            return len(c) in (4, 6) and 1 <= int(c[:2]) <= 12
        if t == "CVC":
            return c.isdigit() and len(c) in (3, 4)
        if t == "EMAIL":
            return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", c)) and "example" not in c
        if t == "PHONE":
            return phonenumbers.is_valid_number(phonenumbers.parse(c))
        if t == "ICD10":
            return icd.is_valid_item(c)
        if t == "DE_RVNR":
            return rvnr_valid(c)
        if t == "DE_KVNR":
            return kvnr_valid(c)
        if t == "AT_SVNR":
            return at_vnr.is_valid(c)
        if t == "UK_NINO":
            return nino_valid(c)
        if t == "DE_STEUERNUMMER":
            return de_stnr.is_valid(c)
        if t == "CH_AHV":
            return ch_ssn.is_valid(c)
        if t == "DE_STEUER_ID":
            return de_idnr.is_valid(c)
        if t == "US_SSN":
            return us_ssn.is_valid(c)
        if t == "ES_NIE":
            return es_nie.is_valid(c)
        if t == "FR_NIR":
            return fr_nir.is_valid(c)
        if t == "IT_CODICE_FISCALE":
            return it_cf.is_valid(c)
        if t == "DE_ID_CARD":
            return de_doc_valid(c, "LMNPRTVWXY")
        if t == "DE_PASSPORT":
            return de_doc_valid(c, "CFGHJK")
        if t == "UK_NHS":
            return gb_nhs.is_valid(c)
        if t == "NL_BSN":
            return nl_bsn.is_valid(c)
        if t == "DE_USTID":
            return de_vat.is_valid(c)
        if t == "BE_NATIONAL_NUMBER":
            return be_nn.is_valid(c)
        if t == "ES_DNI":
            return es_dni.is_valid(c)
        if t == "PL_PESEL":
            return pl_pesel.is_valid(c)
    except Exception:
        return False
    raise KeyError(t)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def deobfuscate(text: str, t: str, region: str = "") -> str:
    """Undo the renderings above and return the compact canonical form."""
    s = text.translate(_INVISIBLE)
    s = unicodedata.normalize("NFKC", s)
    if t == "EMAIL":
        s = s.lower()
        s = re.sub(r"\s*[\[(]\s*(at|ät)\s*[\])]\s*", "@", s)
        s = re.sub(r"\s*[\[(]\s*(dot|punkt)\s*[\])]\s*", ".", s)
        s = re.sub(r"\s+(at|ät)\s+", "@", s)
        s = re.sub(r"\s+(dot|punkt)\s+", ".", s)
        return re.sub(r"\s+", "", s)
    if t == "PHONE":
        s = re.sub(r"\(\s*0\s*\)", "", s) if s.lstrip().startswith("+") else s
    s = re.sub(r"(?<![A-Za-z0-9])[A-Za-zäöüÄÖÜß]{2,}(?![A-Za-z0-9])",
               lambda m: WORD2DIGIT.get(m.group(0).lower(), m.group(0)), s)
    s = re.sub(r"[\s.\-/(),–]", "", s)
    if t == "PHONE":
        s = s.translate(str.maketrans("OolI", "0011"))
        num = phonenumbers.parse(s, region or None)
        return phonenumbers.format_number(num, PNF.E164)
    if t == "ICD10":
        return s.upper()
    return s


def matches(text: str, v_type: str, canon: str, region: str = "") -> bool:
    d = deobfuscate(text, v_type, region)
    if v_type == "ICD10":
        return d == canon.replace(".", "")
    if v_type in ("PHONE", "EMAIL"):
        return d == canon
    if len(d) != len(canon):
        return False
    for a, b in zip(d, canon):
        if a.upper() == b:
            continue
        if b == "0" and a in "Oo":
            continue
        if b == "1" and a in "lI":
            continue
        return False
    return True
