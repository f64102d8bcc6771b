"""Value factories, renderers ("forms") and validators for the blind-6 corpus.

Written blind: nothing in here was derived from the filter's patterns, sources,
documentation or earlier corpora.  Every value is built so that it passes the
relevant public check (python-stdnum, schwifty, phonenumbers, Luhn, ICAO 9303
check digits, the published KVNR / RVNR algorithms) *before* any obfuscation,
and ``validate_canonical`` re-checks it at the end.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from dataclasses import dataclass, field

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF, PhoneNumberType as PNT
from schwifty import IBAN, BIC
from stdnum import luhn, bic as std_bic, iban as std_iban
from stdnum.de import idnr, stnr, vat as de_vat
from stdnum.at import vnr as at_vnr
from stdnum.ch import ssn as ch_ssn
from stdnum.us import ssn as us_ssn
from stdnum.gb import nhs as gb_nhs
from stdnum.pl import pesel
from stdnum.es import nie as es_nie, dni as es_dni
from stdnum.fr import nir as fr_nir
from stdnum.it import codicefiscale as it_cf
from stdnum.be import nn as be_nn
from stdnum.nl import bsn as nl_bsn
from stdnum.iso7064 import mod_11_10
import simple_icd_10_cm as icd

warnings.simplefilter("ignore")

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# Documentation / registry example IBANs (used only as SAMPLE_IBAN negatives,
# never as values).
SAMPLE_IBANS = [
    "DE89370400440532013000",
    "GB82WEST12345698765432",
    "DE02120300000000202051",
    "AT611904300234573201",
    "CH9300762011623852957",
    "FR1420041010050500013M02606",
    "NL91ABNA0417164300",
    "BE68539007547034",
    "GB29NWBK60161331926819",
    "DE75512108001245126199",
]


@dataclass
class Value:
    cat: str
    typ: str
    canonical: str          # normalised value that is validated
    variants: list          # list of (plain_text, groups or None)
    meta: dict = field(default_factory=dict)


# ----------------------------------------------------------------- helpers

def rdigits(rng, n, first_nonzero=False):
    s = "".join(rng.choice(DIGITS) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def luhn_complete(rng, prefix, length):
    body = prefix + rdigits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def split_lens(s, lens):
    out, i = [], 0
    for n in lens:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, lens)
    return out


def icao_check(s):
    w = (7, 3, 1)
    tot = 0
    for i, c in enumerate(s):
        if c.isdigit():
            v = int(c)
        elif c == "<":
            v = 0
        else:
            v = ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def crosssum(n):
    return sum(int(d) for d in str(n))


# ----------------------------------------------------------------- phones

PHONE_PLAN = {
    # region: list of (kind, [prefixes of the national significant number], [nsn lengths])
    "DE": [("mobile", ["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172",
                       "173", "174", "175", "176", "177", "178", "179"], [10, 11]),
           ("fixed", ["30", "40", "89", "221", "69", "711", "211", "351", "341", "511", "911", "421",
                      "201", "228", "6221", "761", "7531", "4721", "381", "3641", "231", "521"], [9, 10, 11])],
    "AT": [("mobile", ["664", "660", "676", "699", "650", "680", "681", "688"], [10, 11]),
           ("fixed", ["1", "316", "512", "662", "732", "463", "2742"], [8, 9, 10, 11])],
    "CH": [("mobile", ["76", "77", "78", "79", "75"], [9]),
           ("fixed", ["44", "31", "61", "22", "41", "71", "52", "91"], [9])],
    "GB": [("mobile", ["71", "73", "74", "75", "77", "78", "79"], [10]),
           ("fixed", ["20", "161", "113", "131", "29", "117", "121", "141", "1865", "1223"], [10])],
    "US": [("any", ["305", "212", "415", "646", "312", "617", "206", "512", "702", "917", "713",
                    "404", "303", "718", "503", "602", "919", "615", "720", "860"], [10])],
    "FR": [("mobile", ["6", "7"], [9]), ("fixed", ["1", "4", "2", "3", "5"], [9])],
    "IT": [("mobile", ["320", "328", "333", "338", "340", "347", "348", "349", "366", "380", "392"], [10]),
           ("fixed", ["02", "06", "011", "055", "081"], [9, 10])],
    "ES": [("mobile", ["6", "7"], [9]), ("fixed", ["91", "93", "96", "95"], [9])],
    "NL": [("mobile", ["6"], [9]), ("fixed", ["20", "10", "70", "30"], [9])],
    "PL": [("mobile", ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], [9]),
           ("fixed", ["22", "12", "61", "71", "58"], [9])],
}
CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "FR": "33", "IT": "39",
      "ES": "34", "NL": "31", "PL": "48"}
TYPE_OK = {"mobile": (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE),
           "fixed": (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE),
           "any": (PNT.FIXED_LINE_OR_MOBILE, PNT.FIXED_LINE, PNT.MOBILE)}


def _phone_nsn(rng, region, kind):
    plans = PHONE_PLAN[region]
    if kind:
        cand = [p for p in plans if p[0] == kind] or plans
    else:
        cand = plans
    k, prefixes, lens = rng.choice(cand)
    for _ in range(500):
        pre = rng.choice(prefixes)
        n = rng.choice(lens)
        if region == "US":
            exch = rng.choice("23456789") + rdigits(rng, 2)
            if exch[1:] == "11" or exch == "555":
                continue
            nsn = pre + exch + rdigits(rng, 4)
        else:
            if n - len(pre) < 4:
                continue
            # subscriber numbers do not start with 0 or 1 in practice
            nsn = pre + rng.choice("23456789") + rdigits(rng, n - len(pre) - 1)
        if region == "GB" and nsn.startswith("7700900"):
            continue
        num = phonenumbers.parse("+" + CC[region] + nsn, None)
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in TYPE_OK[k] \
                and phonenumbers.region_code_for_number(num) == region:
            return nsn, k, num
    raise RuntimeError("no phone for %s" % region)


def make_phone(rng, region, kind=None, intl_only=False):
    nsn, k, num = _phone_nsn(rng, region, kind)
    cc = CC[region]
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    v = []   # (text, groups)

    def grp(t):
        g = [x for x in re.split(r"[\s\-()/]+", t) if x]
        return g if len(g) >= 2 else None

    if region == "DE":
        if k == "mobile":
            p, rest = nsn[:3], nsn[3:]
            v += [("0%s %s" % (p, rest), ["0" + p, rest]), ("+49 %s %s" % (p, rest), ["+49", p, rest]),
                  ("0%s%s" % (p, rest), None), ("+49%s" % nsn, None),
                  ("0049 %s %s" % (p, rest), ["0049", p, rest]), ("+49 (0)%s %s" % (p, rest), None),
                  (nat, grp(nat))]
        else:
            v += [(nat, grp(nat)), (intl, grp(intl)), ("(%s) %s" % tuple(nat.split(" ", 1)), grp(nat)),
                  ("+49 (0)%s" % intl[4:], None), (nat.replace(" ", ""), None)]
    elif region == "AT":
        v += [(nat, grp(nat)), (intl, grp(intl)), (e164, None), ("0043 " + intl[4:], grp("0043 " + intl[4:])),
              (nat.replace(" ", ""), None)]
    elif region == "CH":
        v += [(nat, grp(nat)), (intl, grp(intl)), (e164, None), ("0041 " + intl[4:], grp("0041 " + intl[4:]))]
    elif region == "GB":
        v += [(nat, grp(nat)), (intl, grp(intl)), ("+44 (0)" + intl[4:], None), (nat.replace(" ", ""), None),
              (e164, None)]
    elif region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        v += [("(%s) %s-%s" % (a, b, c), [a, b, c]), ("%s-%s-%s" % (a, b, c), [a, b, c]),
              ("+1 %s-%s-%s" % (a, b, c), ["+1", a, b, c]), ("+1 (%s) %s-%s" % (a, b, c), ["+1", a, b, c]),
              ("1-%s-%s-%s" % (a, b, c), ["1", a, b, c]), ("%s%s%s" % (a, b, c), None),
              ("+1%s" % nsn, None)]
    else:
        v += [(intl, grp(intl)), (e164, None), ("00%s %s" % (cc, intl.split(" ", 1)[1]),
                                                 grp("00%s %s" % (cc, intl.split(" ", 1)[1])))]
        if not intl_only:
            v += [(intl, grp(intl))]
    if intl_only:
        v = [x for x in v if x[0].startswith("+") or x[0].startswith("00")]
    return Value("PHONE", "PHONE", e164, v, {"region": region, "kind": k})


def phone_canonical(text, region):
    t = text.replace("(0)", "")
    t = re.sub(r"[^\d+]", "", t)
    if t.startswith("00"):
        t = "+" + t[2:]
    num = phonenumbers.parse(t, region)
    return phonenumbers.format_number(num, PNF.E164)


# ----------------------------------------------------------------- IBAN / BIC

IBAN_ACC_LEN = {"CH": 12, "FR": 11, "IT": 12, "LU": 13}


def make_iban(rng, country):
    for _ in range(200):
        kw = {}
        if country in IBAN_ACC_LEN:
            kw["account_code"] = rdigits(rng, IBAN_ACC_LEN[country])
        try:
            ib = IBAN.random(country, random=rng, **kw)
            ib.validate(validate_bban=True)
        except Exception:
            continue
        s = str(ib.compact)
        if s in SAMPLE_IBANS:
            continue
        try:
            b = ib.bic
        except Exception:
            b = None
        if b is None:
            continue
        g = [s[i:i + 4] for i in range(0, len(s), 4)]
        val = Value("IBAN", "IBAN", s, [(" ".join(g), g), (" ".join(g), g), (s, None)],
                    {"country": country, "bic": str(b.compact)})
        return val
    raise RuntimeError("iban " + country)


def make_bic(bic_str):
    b = bic_str
    if len(b) == 8 and bic_str.endswith("XXX") is False:
        pass
    variants = [(b, None)]
    if len(b) == 11 and b.endswith("XXX"):
        variants.append((b[:8], None))
    groups = [b[:4], b[4:6], b[6:8]] + ([b[8:]] if len(b) == 11 else [])
    variants = [(t, groups if len(t) == len(b) else groups[:3]) for t, _ in variants]
    return Value("FINANCIAL", "BIC", b, variants, {})


# ----------------------------------------------------------------- cards

def make_card(rng, brand):
    if brand == "visa":
        num = luhn_complete(rng, "4", 16)
    elif brand == "mc":
        pre = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))])
        num = luhn_complete(rng, pre, 16)
    else:
        num = luhn_complete(rng, rng.choice(["34", "37"]), 15)
    if brand == "amex":
        g = split_lens(num, [4, 6, 5])
    else:
        g = split_lens(num, [4, 4, 4, 4])
    return Value("FINANCIAL", "CARD", num, [(" ".join(g), g), (" ".join(g), g), (num, None)], {"brand": brand})


def make_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    mm, yy, yyyy = "%02d" % m, "%02d" % (y % 100), str(y)
    v = [("%s/%s" % (mm, yy), [mm, yy]), ("%s/%s" % (mm, yy), [mm, yy]), ("%s/%s" % (mm, yyyy), [mm, yyyy]),
         ("%d/%s" % (m, yy), [str(m), yy]), ("%s / %s" % (mm, yy), [mm, yy])]
    return Value("FINANCIAL", "CARD_EXPIRY", "%s/%s" % (mm, yyyy), v, {})


def expiry_canonical(text):
    d = re.findall(r"\d+", text)
    m, y = int(d[0]), d[1]
    if len(y) == 2:
        y = "20" + y
    return "%02d/%s" % (m, y)


def make_cvc(rng, amex=False):
    n = 4 if amex else 3
    s = rdigits(rng, n)
    return Value("FINANCIAL", "CVC", s, [(s, None)], {})


# ----------------------------------------------------------------- e-mail

MAIL_DOMAINS = {
    "DE": ["gmx.de", "gmx.net", "web.de", "t-online.de", "gmail.com", "googlemail.com", "outlook.de",
           "hotmail.de", "yahoo.de", "posteo.de", "mail.de", "freenet.de", "icloud.com", "online.de", "arcor.de"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net", "outlook.com"],
    "CH": ["bluewin.ch", "gmx.ch", "hispeed.ch", "gmail.com", "sunrise.ch", "protonmail.com"],
    "GB": ["gmail.com", "btinternet.com", "sky.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com",
           "icloud.com", "live.co.uk", "virginmedia.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net", "hotmail.com",
           "me.com", "proton.me"],
}


def translit(s):
    s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    s = s.replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", s)


def make_email(rng, first, last, flavor):
    f, l = translit(first).lower() or "kim", translit(last).lower() or "meyer"
    y = str(rng.randint(1958, 2006))
    pat = rng.choice([
        "{f}.{l}", "{f}{l}", "{f0}.{l}", "{l}.{f}", "{f}_{l}", "{f}.{l}{yy}", "{f}{l}{y}", "{f0}{l}",
        "{l}{f0}", "{f}-{l}", "{f}.{l}.{n}", "{f}{n}", "{l}.{f0}{yy}", "{f}.{l}",
    ])
    local = pat.format(f=f, l=l, f0=f[0], y=y, yy=y[2:], n=rng.randint(1, 99))
    dom = rng.choice(MAIL_DOMAINS.get(flavor, MAIL_DOMAINS["DE"]))
    addr = local + "@" + dom
    v = [(addr, None), (addr, None)]
    if rng.random() < 0.25:
        cap = ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
        v = [(cap, None)]
    return Value("CONTACT", "EMAIL", addr, v, {})


EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._\-]*@[a-z0-9\-]+(\.[a-z0-9\-]+)+$")


# ----------------------------------------------------------------- IDs

def gen_steuer_id(rng):
    while True:
        s = rdigits(rng, 10, first_nonzero=True)
        s = s + mod_11_10.calc_check_digit(s)
        if idnr.is_valid(s):
            g = split_lens(s, [2, 3, 3, 3])
            return s, [(" ".join(g), g), (s, None), (s, None)]


def kvnr_check(letter, digits8):
    nums = "%02d" % (ord(letter) - 64) + digits8
    tot = 0
    for i, c in enumerate(nums):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += crosssum(p)
    return str(tot % 10)


def kvnr_valid(s):
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[0], s[1:9]) == s[9]


def gen_kvnr(rng):
    letter = rng.choice(UPPER)
    d = rdigits(rng, 8)
    s = letter + d + kvnr_check(letter, d)
    return s, [(s, None), (s, None), (s, None), (s[0] + " " + s[1:], [s[0], s[1:]])]


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
            "20", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45",
            "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
            "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75",
            "76", "77", "78", "79", "80", "81", "82", "89"]


def rvnr_check(s11):
    # s11 = area(2) + date(6) + letter + serial(2)
    digits = s11[:8] + "%02d" % (ord(s11[8]) - 64) + s11[9:11]
    w = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    return str(sum(crosssum(int(c) * wi) for c, wi in zip(digits, w)) % 10)


def rvnr_valid(s):
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", s):
        return False
    if s[:2] not in RV_AREAS:
        return False
    dd, mm = int(s[2:4]), int(s[4:6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return rvnr_check(s[:11]) == s[11]


def gen_rvnr(rng):
    area = rng.choice(RV_AREAS)
    dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99) if rng.random() < 0.8 else rng.randint(0, 5)
    letter = rng.choice("ABDEFGHKLMNPRSTWZ")
    serial = "%02d" % rng.randint(0, 99)
    s11 = area + "%02d%02d%02d" % (dd, mm, yy) + letter + serial
    s = s11 + rvnr_check(s11)
    g = [s[:2], s[2:8], s[8], s[9:]]
    return s, [(" ".join(g), g), (s, None), (" ".join(g), g)]


IDCARD_ALPHA = "CFGHJKLMNPRTVWXYZ0123456789"


def gen_idcard(rng):
    s = rng.choice("LMNPRTVWXY") + "".join(rng.choice(IDCARD_ALPHA) for _ in range(8))
    if rng.random() < 0.25:
        s = s + icao_check(s)
    return s, [(s, None)]


def gen_passport(rng):
    s = rng.choice("CFGHJK") + "".join(rng.choice(IDCARD_ALPHA) for _ in range(8))
    if rng.random() < 0.2:
        s = s + icao_check(s)
    return s, [(s, None)]


def doc_valid(s, first):
    if len(s) not in (9, 10) or s[0] not in first:
        return False
    if any(c not in IDCARD_ALPHA for c in s[1:9]):
        return False
    return len(s) == 9 or icao_check(s[:9]) == s[9]


STNR_STYLES = [
    ("Bayern", lambda r: ("1" + rdigits(r, 2), rdigits(r, 3), rdigits(r, 5)), "{0}/{1}/{2}"),
    ("Berlin", lambda r: (r.choice(["13", "14", "16", "17", "19", "21", "24", "27", "29", "30", "31", "34", "35", "37"]),
                          rdigits(r, 3), rdigits(r, 5)), "{0}/{1}/{2}"),
    ("Nordrhein-Westfalen", lambda r: ("3" + rdigits(r, 2), rdigits(r, 4), rdigits(r, 4)), "{0}/{1}/{2}"),
    ("Hessen", lambda r: ("0" + rdigits(r, 2), rdigits(r, 3), rdigits(r, 5)), "{0} {1} {2}"),
    ("Baden-Württemberg", lambda r: (rdigits(r, 2, True), rdigits(r, 3), rdigits(r, 5)), "{0}{1}/{2}"),
    ("Niedersachsen", lambda r: (rdigits(r, 2, True), rdigits(r, 3), rdigits(r, 5)), "{0}/{1}/{2}"),
    ("Hamburg", lambda r: (rdigits(r, 2, True), rdigits(r, 3), rdigits(r, 5)), "{0}/{1}/{2}"),
    ("Sachsen", lambda r: ("2" + rdigits(r, 2), rdigits(r, 3), rdigits(r, 5)), "{0}/{1}/{2}"),
]


def gen_stnr(rng):
    region, fn, fmt = rng.choice(STNR_STYLES)
    parts = fn(rng)
    txt = fmt.format(*parts)
    s = re.sub(r"\D", "", txt)
    stnr.validate(s, region)
    return s, [(txt, list(parts)), (txt, list(parts))], region


def gen_ustid(rng):
    body = rdigits(rng, 8, True)
    s = "DE" + body + mod_11_10.calc_check_digit(body)
    de_vat.validate(s)
    g = ["DE", s[2:5], s[5:8], s[8:]]
    return s, [(s, None), (s, None), ("DE " + s[2:], ["DE", s[2:]]), (" ".join(g), g)]


def gen_at_svnr(rng):
    while True:
        serial = rdigits(rng, 3, True)
        dd, mm, yy = rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 99)
        dob = "%02d%02d%02d" % (dd, mm, yy)
        c = at_vnr.calc_check_digit(serial + "0" + dob)
        if len(c) != 1:
            continue
        s = serial + c + dob
        at_vnr.validate(s)
        return s, [(s[:4] + " " + s[4:], [s[:4], s[4:]]), (s[:4] + " " + s[4:], [s[:4], s[4:]]), (s, None)]


def gen_ahv(rng):
    body = "756" + rdigits(rng, 9)
    # EAN-13 check digit
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    s = body + str((10 - tot % 10) % 10)
    ch_ssn.validate(s)
    g = [s[:3], s[3:7], s[7:11], s[11:]]
    return s, [(".".join(g), g), (".".join(g), g), (s, None)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if us_ssn.is_valid(s):
            g = [s[:3], s[3:5], s[5:]]
            return s, [("-".join(g), g), ("-".join(g), g), (" ".join(g), g), (s, None)]


def gen_nhs(rng):
    while True:
        body = rdigits(rng, 9, True)
        # mod 11 check digit
        tot = sum(int(c) * (10 - i) for i, c in enumerate(body))
        chk = 11 - tot % 11
        if chk == 10:
            continue
        if chk == 11:
            chk = 0
        s = body + str(chk)
        if gb_nhs.is_valid(s):
            g = [s[:3], s[3:6], s[6:]]
            return s, [(" ".join(g), g), (" ".join(g), g), (s, None)]


NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino_valid(s):
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIOQUV" or s[:2] in NINO_BAD_PREFIX:
        return False
    return True


def gen_nino(rng):
    while True:
        s = rng.choice(UPPER) + rng.choice(UPPER) + rdigits(rng, 6) + rng.choice("ABCD")
        if nino_valid(s):
            g = [s[:2], s[2:4], s[4:6], s[6:8], s[8]]
            return s, [(" ".join(g), g), (s, None), (" ".join(g), g)]


def gen_pesel(rng):
    while True:
        y = rng.randint(1950, 2008)
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        mm = m + (20 if y >= 2000 else 0)
        body = "%02d%02d%02d" % (y % 100, mm, d) + rdigits(rng, 4)
        s = body + pesel.calc_check_digit(body)
        if pesel.is_valid(s):
            return s, [(s, None), (s, None), (s[:6] + " " + s[6:], [s[:6], s[6:]])]


def gen_nie(rng):
    body = rng.choice("XYZ") + rdigits(rng, 7)
    s = body + es_nie.calc_check_digit(body)
    es_nie.validate(s)
    return s, [(s, None), (s, None)]


def gen_dni(rng):
    body = rdigits(rng, 8)
    s = body + es_dni.calc_check_digit(body)
    es_dni.validate(s)
    return s, [(s, None), (s, None)]


def gen_nir(rng):
    while True:
        sex = rng.choice("12")
        yy, mm = rng.randint(0, 99), rng.randint(1, 12)
        dept = "%02d" % rng.choice([1, 6, 13, 31, 33, 34, 38, 44, 59, 67, 69, 75, 76, 78, 92, 93, 94])
        body = sex + "%02d%02d" % (yy, mm) + dept + rdigits(rng, 3) + rdigits(rng, 3)
        s = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(s):
            g = [s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]
            return s, [(" ".join(g), g), (s, None)]


CF_TOWNS = ["H501", "F205", "L219", "F839", "D612", "G273", "A944", "L736", "C351", "A662", "E506", "L424"]
CF_MONTH = "ABCDEHLMPRST"


def _cf_part(name, is_first):
    n = translit(name).upper()
    cons = [c for c in n if c not in "AEIOU"]
    vow = [c for c in n if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    s = "".join(cons + vow + ["X", "X", "X"])[:3]
    return s


def gen_cf(rng, first, last):
    female = rng.random() < 0.5
    y = rng.randint(1950, 2004)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28) + (40 if female else 0)
    body = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % d + rng.choice(CF_TOWNS)
    s = body + it_cf.calc_check_digit(body)
    it_cf.validate(s)
    return s, [(s, None), (s, None)]


def gen_be_nn(rng):
    while True:
        y, m, d = rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28)
        serial = "%03d" % rng.randint(1, 997)
        base = "%02d%02d%02d" % (y % 100, m, d) + serial
        n = int(("2" if y >= 2000 else "") + base)
        s = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(s):
            t = "%s.%s.%s-%s.%s" % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
            g = [s[:2], s[2:4], s[4:6], s[6:9], s[9:]]
            return s, [(t, g), (t, g), (s, None)]


def gen_bsn(rng):
    while True:
        body = rdigits(rng, 8, True)
        tot = sum(int(c) * (9 - i) for i, c in enumerate(body))
        c = tot % 11
        if c == 10:
            continue
        s = body + str(c)
        if nl_bsn.is_valid(s):
            return s, [(s, None), (s, None), ("%s %s %s" % (s[:3], s[3:6], s[6:]), [s[:3], s[3:6], s[6:]])]


def make_id(rng, typ, first="Maria", last="Rossi"):
    meta = {}
    if typ == "DE_STEUER_ID":
        s, v = gen_steuer_id(rng)
    elif typ == "DE_KVNR":
        s, v = gen_kvnr(rng)
    elif typ == "DE_RVNR":
        s, v = gen_rvnr(rng)
    elif typ == "DE_ID_CARD":
        s, v = gen_idcard(rng)
    elif typ == "DE_PASSPORT":
        s, v = gen_passport(rng)
    elif typ == "DE_STEUERNUMMER":
        s, v, region = gen_stnr(rng)
        meta["region"] = region
    elif typ == "DE_USTID":
        s, v = gen_ustid(rng)
    elif typ == "AT_SVNR":
        s, v = gen_at_svnr(rng)
    elif typ == "CH_AHV":
        s, v = gen_ahv(rng)
    elif typ == "US_SSN":
        s, v = gen_ssn(rng)
    elif typ == "UK_NHS":
        s, v = gen_nhs(rng)
    elif typ == "UK_NINO":
        s, v = gen_nino(rng)
    elif typ == "PL_PESEL":
        s, v = gen_pesel(rng)
    elif typ == "ES_NIE":
        s, v = gen_nie(rng)
    elif typ == "ES_DNI":
        s, v = gen_dni(rng)
    elif typ == "FR_NIR":
        s, v = gen_nir(rng)
    elif typ == "IT_CODICE_FISCALE":
        s, v = gen_cf(rng, first, last)
    elif typ == "BE_NATIONAL_NUMBER":
        s, v = gen_be_nn(rng)
    elif typ == "NL_BSN":
        s, v = gen_bsn(rng)
    else:
        raise KeyError(typ)
    # give every ID a grouped variant for separator-type forms
    if not any(g for _, g in v):
        if len(s) >= 8:
            k = len(s) // 3
            g = [s[:k], s[k:2 * k], s[2 * k:]]
        else:
            g = [s[:len(s) // 2], s[len(s) // 2:]]
        meta["groups"] = g
    return Value("ID", typ, s, v, meta)


ID_VALIDATORS = {
    "DE_STEUER_ID": idnr.is_valid,
    "DE_KVNR": kvnr_valid,
    "DE_RVNR": rvnr_valid,
    "DE_ID_CARD": lambda s: doc_valid(s, "LMNPRTVWXY"),
    "DE_PASSPORT": lambda s: doc_valid(s, "CFGHJK"),
    "DE_STEUERNUMMER": stnr.is_valid,
    "DE_USTID": de_vat.is_valid,
    "AT_SVNR": at_vnr.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "US_SSN": us_ssn.is_valid,
    "UK_NHS": gb_nhs.is_valid,
    "UK_NINO": nino_valid,
    "PL_PESEL": pesel.is_valid,
    "ES_NIE": es_nie.is_valid,
    "ES_DNI": es_dni.is_valid,
    "FR_NIR": fr_nir.is_valid,
    "IT_CODICE_FISCALE": it_cf.is_valid,
    "BE_NATIONAL_NUMBER": be_nn.is_valid,
    "NL_BSN": nl_bsn.is_valid,
}


def card_valid(s):
    if not s.isdigit() or not luhn.is_valid(s):
        return False
    if s[0] == "4":
        return len(s) == 16
    if s[:2] in ("34", "37"):
        return len(s) == 15
    if 51 <= int(s[:2]) <= 55 or 2221 <= int(s[:4]) <= 2720:
        return len(s) == 16
    return False


def validate_canonical(cat, typ, canon, meta):
    """True iff the canonical value passes its public validity check."""
    if typ == "PHONE":
        n = phonenumbers.parse(canon, None)
        if canon.startswith("+1") and canon[5:8] == "555":
            return False
        if canon.startswith("+447700900"):
            return False
        return phonenumbers.is_valid_number(n)
    if typ == "IBAN":
        ib = IBAN(canon, validate_bban=True)
        return std_iban.is_valid(canon) and canon not in SAMPLE_IBANS and ib.compact == canon
    if typ == "CARD":
        return card_valid(canon)
    if typ == "CARD_EXPIRY":
        m, y = canon.split("/")
        return 1 <= int(m) <= 12 and 2025 <= int(y) <= 2031
    if typ == "CVC":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "BIC":
        BIC(canon)
        return std_bic.is_valid(canon)
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(canon))
    if typ == "ICD10":
        return icd.is_valid_item(canon)
    if cat == "ID":
        return ID_VALIDATORS[typ](canon)
    if cat == "HEALTH":
        return bool(canon.strip())
    raise KeyError(typ)


# ----------------------------------------------------------------- forms

SPELL = {
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
SPELL_REV = {w: str(i) for lang in SPELL for i, w in enumerate(SPELL[lang])}
SPELL_REV.update({"oh": "0", "zwo": "2", "plus": "+"})

LOOK = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"]}
LOOK_REV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8"}


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def insert_chars(rng, s, ch, k):
    # insert ch at k interior positions between two alphanumerics
    pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    if not pos:
        pos = list(range(1, len(s)))
    picks = sorted(rng.sample(pos, min(k, len(pos))), reverse=True)
    for p in picks:
        s = s[:p] + ch + s[p:]
    return s


def lookalike(rng, s, skip_prefix=0):
    idx = [i for i, c in enumerate(s) if c in LOOK and i >= skip_prefix
           and not (s[i - 1:i] == "(" and s[i + 1:i + 2] == ")")]
    if not idx:
        return None
    k = min(len(idx), rng.choice([1, 2, 2, 3]))
    picks = rng.sample(idx, k)
    out = list(s)
    for i in picks:
        out[i] = rng.choice(LOOK[s[i]])
    return "".join(out)


def join_linebreak(rng, groups):
    if len(groups) < 2:
        return None
    cut = rng.randint(1, len(groups) - 1)
    return " ".join(groups[:cut]) + "\n" + " ".join(groups[cut:])
