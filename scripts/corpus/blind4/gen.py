#!/usr/bin/env python3
"""Deterministic generator for the blind4 evaluation set (customer-support chat, DE/EN).

Written by a helper who read none of Veil's rules or code (session 8); its output is
committed as Tests/Fixtures/chat-blind-4.jsonl and scored by scripts/quality. Measured once
before any rule was changed from it: 9.0% of values leaked (88/977), 6.3% of clean
messages changed. Its misses were read and rules changed since: it is a dev set now.

Run with .build/venv/bin/python scripts/corpus/blind4/gen.py
Writes blind-values.jsonl next to this file and runs a self-check at the end.
"""
import json
import os
import random
import re
import sys
import unicodedata
import warnings
from collections import Counter

warnings.filterwarnings("ignore")

from faker import Faker
import phonenumbers
from schwifty import IBAN, BIC
from stdnum import iban as std_iban, luhn
from stdnum.iso7064 import mod_11_10
from stdnum.de import idnr as de_idnr, stnr as de_stnr, vat as de_vat
from stdnum.ch import ssn as ch_ssn
from stdnum.at import vnr as at_vnr
from stdnum.gb import nhs as gb_nhs
from stdnum.us import ssn as us_ssn
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.it import codicefiscale as it_cf
from stdnum.be import nn as be_nn
from stdnum import ean

SEED = 4_140_2024
N_MESSAGES = 700
CLEAN_SHARE = 0.25
OBF_P = 0.15
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-values.jsonl")

R = random.Random(SEED)
FK = {
    "de": Faker("de_DE"), "en": Faker("en_GB"), "us": Faker("en_US"),
    "it": Faker("it_IT"), "at": Faker("de_AT"), "ch": Faker("de_CH"),
}
for _i, _f in enumerate(FK.values()):
    _f.seed_instance(SEED + _i)


def ch(seq):
    return R.choice(seq)


def wch(pairs):
    items, weights = zip(*pairs)
    return R.choices(items, weights=weights, k=1)[0]


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def chunk(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def chunks_by(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return [x for x in out if x]


CATEGORY = {
    "EMAIL": "CONTACT", "BIC": "FINANCIAL", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL",
    "CVC": "FINANCIAL", "IBAN": "IBAN", "PHONE": "PHONE",
}
ID_TYPES = ["AT_SVNR", "BE_NATIONAL_NUMBER", "CH_AHV", "DE_ID_CARD", "DE_KVNR", "DE_PASSPORT", "DE_RVNR",
            "DE_STEUERNUMMER", "DE_STEUER_ID", "DE_USTID", "ES_DNI", "ES_NIE", "FR_NIR", "IT_CODICE_FISCALE",
            "NL_BSN", "PL_PESEL", "UK_NHS", "UK_NINO", "US_SSN"]
for _t in ID_TYPES:
    CATEGORY[_t] = "ID"

# ---------------------------------------------------------------------------
# Value generators. Each returns dict(type, canon, tokens, plain_seps, excl, meta)
#   tokens      natural grouping of the value
#   plain_seps  list of separator patterns that count as a normal ("plain") way of writing it
#   excl        obfuscation forms that would coincide with a plain way of writing (not used)
# ---------------------------------------------------------------------------

def V(typ, canon, tokens, plain_seps, excl=(), **meta):
    return {"type": typ, "canon": canon, "tokens": tokens, "plain_seps": plain_seps,
            "excl": set(excl), "meta": meta}


def uniform_seps(tokens, sep):
    return [sep] * (len(tokens) - 1)


IBAN_ACC_DIGITS = {"CH": 12, "FR": 11, "IT": 12, "LU": 13}


def gen_iban(country):
    for _ in range(200):
        kw = {}
        if country in IBAN_ACC_DIGITS:
            kw["account_code"] = digits(IBAN_ACC_DIGITS[country])
        ib = IBAN.random(country_code=country, random=R, **kw)
        s = str(ib)
        if std_iban.is_valid(s):
            break
    toks = chunk(s, 4)
    seps = wch([(uniform_seps(toks, " "), 62), (uniform_seps(toks, ""), 38)])
    return V("IBAN", s, toks, [seps], bic=str(ib.bic) if ib.bic else None, country=country)


def bic_tokens(b):
    return [b[:4], b[4:6], b[6:8]] + ([b[8:]] if len(b) == 11 else [])


def gen_bic(ctx, country=None):
    b = None
    last = ctx.get("last_iban")
    if last is not None and last["meta"].get("bic"):
        b = last["meta"]["bic"]
    while not b:
        ib = IBAN.random(country_code=country or ch(["DE", "DE", "AT", "NL", "FR", "GB"]), random=R)
        b = str(ib.bic) if ib.bic else None
    if len(b) == 11 and b.endswith("XXX") and R.random() < 0.4:
        b = b[:8]
    toks = bic_tokens(b)
    return V("BIC", b, toks, [uniform_seps(toks, "")])


CARD_BRANDS = {
    "visa": (["4"], [16]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "maestro": (["6759", "5018", "5020", "5038", "6304"], [16, 18, 19]),
}


def gen_card(ctx, brand=None):
    brand = brand or wch([("visa", 45), ("mc", 35), ("amex", 10), ("maestro", 10)])
    prefixes, lengths = CARD_BRANDS[brand]
    p = ch(prefixes)
    n = ch(lengths)
    body = p + digits(n - len(p) - 1)
    num = body + luhn.calc_check_digit(body)
    if brand == "amex":
        toks = chunks_by(num, [4, 6, 5])
    else:
        toks = chunk(num, 4)
    ctx["last_card_brand"] = brand
    seps = wch([(uniform_seps(toks, " "), 58), (uniform_seps(toks, ""), 42)])
    return V("CARD", num, toks, [seps], brand=brand)


def gen_exp(ctx):
    m = R.randint(1, 12)
    y = R.randint(2025, 2031)
    style = wch([("mm/yy", 58), ("mm/yyyy", 18), ("m/yy", 8), ("mm-yy", 8), ("mm.yy", 4), ("mm / yy", 4)])
    mm = "%02d" % m
    if style == "mm/yy":
        toks, sep = [mm, "%02d" % (y % 100)], "/"
    elif style == "mm/yyyy":
        toks, sep = [mm, str(y)], "/"
    elif style == "m/yy":
        toks, sep = [str(m), "%02d" % (y % 100)], "/"
    elif style == "mm-yy":
        toks, sep = [mm, "%02d" % (y % 100)], "-"
    elif style == "mm.yy":
        toks, sep = [mm, "%02d" % (y % 100)], "."
    else:
        toks, sep = [mm, "%02d" % (y % 100)], " / "
    return V("CARD_EXPIRY", "%02d/%02d" % (m, y % 100), toks, [[sep]], month=m, year=y)


def gen_cvc(ctx):
    n = 4 if ctx.get("last_card_brand") == "amex" else 3
    s = digits(n)
    return V("CVC", s, [s], [[]])


# ---- phones ----------------------------------------------------------------
US_AREAS = ["212", "305", "415", "312", "617", "713", "206", "404", "702", "512", "646", "718", "303", "214",
            "602", "919", "503", "615", "347", "201", "973", "818", "310", "469", "720", "407", "813"]


def _valid_phone(e164, region):
    try:
        x = phonenumbers.parse(e164, region)
    except Exception:
        return False
    return phonenumbers.is_valid_number(x)


def gen_phone(ctx, region, kind=None):
    kind = kind or wch([("mob", 65), ("fix", 35)])
    for _ in range(500):
        if region == "DE":
            if kind == "mob":
                ndc = ch(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                          "175", "176", "177", "178", "179"])
                sub = digits(ch([7, 8]) if ndc[:2] in ("16", "17") else 8, True)
            else:
                ndc = ch(["30", "40", "89", "69", "221", "211", "711", "341", "351", "511", "911", "201", "231",
                          "421", "6221", "7531", "228", "761", "521", "3641"])
                sub = digits(ch([5, 6, 7, 8]) if len(ndc) <= 3 else ch([5, 6]), first_nonzero=True)
            cc = "49"
        elif region == "AT":
            if kind == "mob":
                ndc = ch(["664", "660", "676", "699", "650", "680", "681", "688", "677"])
                sub = digits(7, True)
            else:
                ndc = ch(["1", "316", "732", "662", "512", "463"])
                sub = digits(7 if ndc == "1" else 6, True)
            cc = "43"
        elif region == "CH":
            ndc = ch(["76", "77", "78", "79", "75"]) if kind == "mob" else ch(["44", "31", "61", "22", "21", "41", "71"])
            sub = digits(7, True)
            cc = "41"
        elif region == "GB":
            if kind == "mob":
                ndc = "7" + ch(["4", "5", "7", "8", "9"]) + digits(2)
                sub = digits(6)
            else:
                ndc = ch(["20", "161", "121", "113", "141", "131", "117", "1223", "1865"])
                sub = digits(8 if ndc == "20" else (7 if len(ndc) == 3 else 6), True)
                if ndc == "20":
                    sub = ch(["3", "7", "8"]) + sub[1:]
            cc = "44"
        else:  # US
            ndc = ch(US_AREAS)
            ex = ch("23456789") + digits(2)
            if ex[1:] == "11" or ex == "555":
                continue
            sub = ex + digits(4)
            cc = "1"
        e164 = "+" + cc + ndc + sub
        if _valid_phone(e164, region):
            break
    nat_prefix = "" if region == "US" else "0"
    opts = []
    if region == "US":
        a, b, c = ndc, sub[:3], sub[3:]
        opts = [
            (["(%s)" % a, b, c], [" ", "-"], 34), ([a, b, c], ["-", "-"], 30), ([a, b, c], [".", "."], 8),
            (["+1", a, b, c], [" ", " ", " "], 8), (["+1", "(%s)" % a, b, c], [" ", " ", "-"], 6),
            (["1", a, b, c], ["-", "-", "-"], 6), ([a + b + c], [], 8),
        ]
    elif region == "DE":
        n0 = "0" + ndc
        sp = chunks_by(sub, [3, 3, 2]) if len(sub) == 8 else chunks_by(sub, [3, 2, 2]) if len(sub) == 7 else [sub]
        opts = [
            ([n0, sub], [" "], 26), ([n0, sub], ["/"], 12), ([n0, sub], ["-"], 6), ([n0 + sub], [], 10),
            (["+49", ndc, sub], [" ", " "], 18), (["+49" + ndc + sub], [], 7), (["0049", ndc, sub], [" ", " "], 4),
            (["+49", "(0)" + ndc, sub], [" ", " "], 5), ([n0] + sp, [" "] * len(sp), 8),
            (["(" + n0 + ")", sub], [" "], 4),
        ]
    elif region == "AT":
        n0 = "0" + ndc
        opts = [([n0, sub], [" "], 34), (["+43", ndc, sub], [" ", " "], 28), ([n0, sub], ["/"], 12),
                ([n0 + sub], [], 8), (["0043", ndc, sub], [" ", " "], 6),
                (["+43", ndc] + chunks_by(sub, [3, 2, 2]), [" "] * 4, 8)]
    elif region == "CH":
        n0 = "0" + ndc
        s4 = chunks_by(sub, [3, 2, 2])
        opts = [([n0] + s4, [" "] * 3, 40), (["+41", ndc] + s4, [" "] * 4, 32), ([n0 + sub], [], 10),
                (["+41" + ndc + sub], [], 8), (["0041", ndc] + s4, [" "] * 4, 6), (["+41", "(0)" + ndc] + s4, [" "] * 4, 4)]
    elif region == "GB":
        n0 = "0" + ndc
        if kind == "mob":
            opts = [([n0, sub], [" "], 40), (["+44", ndc, sub], [" ", " "], 26), ([n0 + sub], [], 14),
                    (["+44" + ndc + sub], [], 8), ([n0, sub[:3], sub[3:]], [" ", " "], 8),
                    (["+44", "(0)" + ndc, sub], [" ", " "], 4)]
        else:
            s2 = chunks_by(sub, [4, 4]) if len(sub) == 8 else chunks_by(sub, [3, 4]) if len(sub) == 7 else [sub]
            opts = [([n0] + s2, [" "] * len(s2), 50), (["+44", ndc] + s2, [" "] * (len(s2) + 1), 26),
                    (["+44", "(0)" + ndc] + s2, [" "] * (len(s2) + 1), 8), ([n0 + sub], [], 16)]
    toks, seps, _w = R.choices(opts, weights=[o[2] for o in opts], k=1)[0]
    excl = {"slashes", "dashes"}
    if region == "US":
        excl |= {"dots"}
    return V("PHONE", e164, toks, [seps], excl, region=region, kind=kind)


# ---- e-mail ----------------------------------------------------------------
TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})


def ascii_name(s):
    s = s.translate(TRANS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


MAIL_DOMAINS = {
    "de": [("gmx.de", 14), ("web.de", 14), ("t-online.de", 9), ("gmail.com", 14), ("googlemail.com", 4),
           ("outlook.de", 5), ("hotmail.de", 4), ("yahoo.de", 4), ("icloud.com", 5), ("posteo.de", 3),
           ("mailbox.org", 2), ("freenet.de", 3), ("gmx.net", 5), ("bluewin.ch", 3), ("gmx.at", 2), ("aon.at", 2)],
    "en": [("gmail.com", 24), ("outlook.com", 10), ("hotmail.co.uk", 7), ("yahoo.co.uk", 6), ("btinternet.com", 4),
           ("icloud.com", 7), ("yahoo.com", 6), ("aol.com", 3), ("protonmail.com", 3), ("sky.com", 2),
           ("live.com", 3), ("me.com", 2), ("comcast.net", 2), ("hotmail.com", 5)],
}


def gen_email(ctx, lang):
    f = FK["de"] if lang == "de" else FK[ch(["en", "us"])]
    first, last = ascii_name(f.first_name()), ascii_name(f.last_name())
    n = str(R.randint(1, 99))
    yy = "%02d" % R.randint(60, 99) if R.random() < 0.6 else str(R.randint(1965, 2004))
    local = wch([
        ("%s.%s" % (first, last), 30), ("%s.%s" % (first[0], last), 12), ("%s%s%s" % (first, last, yy), 10),
        ("%s.%s" % (last, first), 6), ("%s_%s" % (first, last), 6), ("%s%s" % (first, n), 8),
        ("%s%s%s" % (first[0], last, n), 8), ("%s.%s%s" % (first, last, yy[-2:]), 8), ("%s-%s" % (first, last), 4),
        ("%s%s" % (last, yy[-2:]), 4),
    ])
    if R.random() < 0.12:
        comp = ascii_name(FK["de" if lang == "de" else "en"].last_name())
        dom = comp + ch(["-gmbh.de", ".de", "-partner.de", ".co.uk", ".com", "-consulting.com"])
    else:
        dom = wch(MAIL_DOMAINS["de" if lang == "de" else "en"])
    e = local + "@" + dom
    return V("EMAIL", e, [local, dom], [["@"]], lang=lang)


# ---- German IDs -------------------------------------------------------------
def gen_stid(ctx):
    while True:
        d = digits(10, True)
        c = Counter(d)
        if sorted(c.values(), reverse=True)[0] not in (2, 3) or sum(1 for v in c.values() if v > 1) != 1:
            continue
        s = d + mod_11_10.calc_check_digit(d)
        if de_idnr.is_valid(s):
            break
    toks = chunks_by(s, [2, 3, 3, 3])
    seps = wch([(uniform_seps(toks, " "), 50), (uniform_seps(toks, ""), 50)])
    return V("DE_STEUER_ID", s, toks, [seps])


STNR_FORMATS = [  # region, groups (F-part, B-part, U+P part) , joiner
    ("Bayern", ["FFF", "BBB", "UUUUP"], "/", 18), ("Berlin", ["FF", "BBB", "UUUUP"], "/", 10),
    ("Nordrhein-Westfalen", ["FFF", "BBBB", "UUUP"], "/", 20), ("Baden-Württemberg", ["FFBBB", "UUUUP"], "/", 14),
    ("Hessen", ["0FF", "BBB", "UUUUP"], " ", 8), ("Niedersachsen", ["FF", "BBB", "UUUUP"], "/", 10),
    ("Hamburg", ["FF", "BBB", "UUUUP"], "/", 6), ("Sachsen", ["2FF", "BBB", "UUUUP"], "/", 6),
    ("Rheinland-Pfalz", ["FF", "BBB", "UUUUP"], "/", 5), ("Schleswig-Holstein", ["FF", "BBB", "UUUUP"], "/", 3),
]


def gen_stnr(ctx):
    region, groups, joiner, _ = R.choices(STNR_FORMATS, weights=[x[3] for x in STNR_FORMATS], k=1)[0]
    for _ in range(100):
        toks = []
        for g in groups:
            t = "".join(c if c.isdigit() else R.choice("0123456789") for c in g)
            if g[0] == "F" and t[0] == "0":
                t = R.choice("123456789") + t[1:]
            toks.append(t)
        s = "".join(toks)
        if de_stnr.is_valid(s, region):
            break
    if R.random() < 0.12:  # 13-digit ELSTER form
        s13 = de_stnr.to_country_number(s, region)
        return V("DE_STEUERNUMMER", s13, chunks_by(s13, [4, 4, 5]), [["", ""]], region=region)
    return V("DE_STEUERNUMMER", s, toks, [uniform_seps(toks, joiner)], {"slashes"} if joiner == "/" else set(),
             region=region)


def gen_ustid(ctx):
    while True:
        d = digits(8, True)
        s = "DE" + d + mod_11_10.calc_check_digit(d)
        if de_vat.is_valid(s):
            break
    toks = ["DE", s[2:5], s[5:8], s[8:]]
    seps = wch([(["", "", ""], 70), ([" ", " ", " "], 15), ([" ", "", ""], 15)])
    return V("DE_USTID", s, toks, [seps])


def kvnr_check(letter, d8):
    v = "%02d" % (ord(letter) - 64) + d8
    tot = 0
    for i, c in enumerate(v):
        p = int(c) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)


def gen_kvnr(ctx):
    letter = ch("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    d8 = digits(8, True)
    s = letter + d8 + kvnr_check(letter, d8)
    toks = [s[:4], s[4:7], s[7:]]
    seps = wch([(["", ""], 80), ([" ", " "], 20)])
    return V("DE_KVNR", s, toks, [seps])


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "23",
            "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51",
            "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69",
            "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"]
RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rvnr_check(s11):  # s11 = 2 area + 6 date + letter + 2 serial
    v = s11[:8] + "%02d" % (ord(s11[8]) - 64) + s11[9:11]
    tot = 0
    for c, w in zip(v, RV_W):
        p = int(c) * w
        tot += sum(int(x) for x in str(p))
    return str(tot % 10)


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
    return y, m, d


def gen_rvnr(ctx):
    y, m, d = rand_date(1955, 2004)
    letter = ascii_name(FK["de"].last_name())[0].upper()
    serial = "%02d" % (R.randint(0, 49) if R.random() < 0.5 else R.randint(50, 99))
    s11 = ch(RV_AREAS) + "%02d%02d%02d" % (d, m, y % 100) + letter + serial
    s = s11 + rvnr_check(s11)
    style = wch([("a", 45), ("b", 30), ("c", 25)])
    if style == "a":
        toks, seps = [s[:2], s[2:8], s[8], s[9:]], [" ", " ", " "]
    elif style == "b":
        toks, seps = [s[:2], s[2:8], s[8], s[9:]], ["", "", ""]
    else:
        toks, seps = [s[:2], s[2:8], s[8], s[9:11], s[11]], [" ", " ", " ", " "]
    return V("DE_RVNR", s, toks, [seps])


ICAO_CHARS = "0123456789CFGHJKLMNPRTVWXYZ"


def icao_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def icao_check(s):
    return str(sum(icao_val(c) * (7, 3, 1)[i % 3] for i, c in enumerate(s)) % 10)


def gen_doc(ctx, typ):
    first = ch("LMNPRTVWXY") if typ == "DE_ID_CARD" else ch("CFGHJK")
    body = first + "".join(R.choice(ICAO_CHARS) for _ in range(7))
    s = body + icao_check(body)
    return V(typ, s, [s[:3], s[3:6], s[6:]], [["", ""]])


# ---- CH / AT ---------------------------------------------------------------
def gen_ahv(ctx):
    body = "756" + digits(9)
    s = body + ean.calc_check_digit(body)
    toks = [s[:3], s[3:7], s[7:11], s[11:]]
    seps = wch([([".", ".", "."], 78), (["", "", ""], 22)])
    return V("CH_AHV", s, toks, [seps], {"dots"})


AT_W = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]


def gen_svnr(ctx):
    while True:
        y, m, d = rand_date(1950, 2005)
        serial = digits(3, True)
        dd = "%02d%02d%02d" % (d, m, y % 100)
        tmp = serial + "0" + dd
        c = sum(int(a) * w for a, w in zip(tmp, AT_W)) % 11
        if c == 10:
            continue
        s = serial + str(c) + dd
        if at_vnr.is_valid(s):
            break
    seps = wch([([" "], 60), ([""], 40)])
    return V("AT_SVNR", s, [s[:4], s[4:]], [seps])


# ---- UK / US -----------------------------------------------------------------
NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s):
    return (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
            and s[:2] not in NINO_BAD)


def gen_nino(ctx):
    while True:
        s = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ") + digits(6) + ch("ABCD")
        if nino_ok(s) and s[:2] != "QQ":
            break
    style = wch([("a", 45), ("b", 45), ("c", 10)])
    if style == "c":
        return V("UK_NINO", s, [s[:2], s[2:8], s[8]], [[" ", " "]])
    toks = [s[:2], s[2:4], s[4:6], s[6:8], s[8]]
    return V("UK_NINO", s, toks, [uniform_seps(toks, " " if style == "a" else "")])


def gen_nhs(ctx):
    while True:
        d = digits(9, True)
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = d + str(c)
        if gb_nhs.is_valid(s):
            break
    toks = [s[:3], s[3:6], s[6:]]
    seps = wch([([" ", " "], 65), (["", ""], 35)])
    return V("UK_NHS", s, toks, [seps])


def gen_ssn(ctx):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        s = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if us_ssn.is_valid(s):
            break
    toks = [s[:3], s[3:5], s[5:]]
    seps = wch([(["-", "-"], 72), (["", ""], 16), ([" ", " "], 12)])
    return V("US_SSN", s, toks, [seps], {"dashes"})


# ---- EU ------------------------------------------------------------------------
def gen_bsn(ctx):
    while True:
        d = digits(8, True)
        c = sum(int(x) * w for x, w in zip(d, range(9, 1, -1))) % 11
        if c == 10:
            continue
        s = d + str(c)
        if nl_bsn.is_valid(s):
            break
    toks = [s[:4], s[4:6], s[6:]]
    seps = wch([(["", ""], 75), ([".", "."], 25)])
    return V("NL_BSN", s, toks, [seps], {"dots"})


def gen_pesel(ctx):
    while True:
        y, m, d = rand_date(1950, 2008)
        mm = m + (20 if y >= 2000 else 0)
        body = "%02d%02d%02d" % (y % 100, mm, d) + digits(4)
        c = (10 - sum(int(x) * w for x, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3])) % 10) % 10
        s = body + str(c)
        if pl_pesel.is_valid(s):
            break
    return V("PL_PESEL", s, [s[:6], s[6:]], [[""]])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(ctx):
    d = digits(8, True)
    s = d + DNI_L[int(d) % 23]
    assert es_dni.is_valid(s)
    seps = wch([([""], 70), (["-"], 30)])
    return V("ES_DNI", s, [d, s[-1]], [seps], {"dashes"})


def gen_nie(ctx):
    p = ch("XXXYYZ")
    d = digits(7)
    s = p + d + DNI_L[int(str("XYZ".index(p)) + d) % 23]
    assert es_nie.is_valid(s)
    seps = wch([(["", ""], 70), (["-", "-"], 30)])
    return V("ES_NIE", s, [p, d, s[-1]], [seps], {"dashes"})


def gen_nir(ctx):
    while True:
        y, m, _d = rand_date(1950, 2004)
        dept = "%02d" % R.choice([x for x in range(1, 96) if x != 20])
        body = ch("12") + "%02d%02d" % (y % 100, m) + dept + "%03d" % R.randint(1, 990) + "%03d" % R.randint(1, 999)
        key = 97 - int(body) % 97
        s = body + "%02d" % key
        if fr_nir.is_valid(s):
            break
    toks = chunks_by(s, [1, 2, 2, 2, 3, 3, 2])
    seps = wch([(uniform_seps(toks, " "), 60), (uniform_seps(toks, ""), 40)])
    return V("FR_NIR", s, toks, [seps])


BELFIORE = ["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "D969", "L424", "A662", "C351", "L781",
            "B157", "G224", "E506", "H294"]
CF_MONTH = "ABCDEHLMPRST"


def _cf_part(name, is_first):
    name = re.sub(r"[^A-Z]", "", ascii_name(name).upper())
    cons = [c for c in name if c not in "AEIOU"]
    vow = [c for c in name if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def gen_cf(ctx):
    fem = R.random() < 0.5
    f = FK["it"]
    ln = f.last_name()
    fn = f.first_name_female() if fem else f.first_name_male()
    y, m, d = rand_date(1950, 2004)
    body = _cf_part(ln, False) + _cf_part(fn, True) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % (
        d + (40 if fem else 0)) + ch(BELFIORE)
    s = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(s), s
    return V("IT_CODICE_FISCALE", s, [s[:6], s[6:11], s[11:]], [["", ""]])


def gen_benn(ctx):
    while True:
        y, m, d = rand_date(1950, 2006)
        body = "%02d%02d%02d" % (y % 100, m, d) + "%03d" % R.randint(1, 997)
        base = int(("2" if y >= 2000 else "") + body)
        s = body + "%02d" % (97 - base % 97)
        if be_nn.is_valid(s):
            break
    toks = [s[:2], s[2:4], s[4:6], s[6:9], s[9:]]
    style = wch([("dots", 55), ("compact", 35), ("sp", 10)])
    if style == "dots":
        seps = [".", ".", "-", "."]
    elif style == "compact":
        seps = ["", "", "", ""]
    else:
        seps = ["", "", " ", " "]
    return V("BE_NATIONAL_NUMBER", s, toks, [seps], {"dots", "dashes"})


# ---------------------------------------------------------------------------
# Placeholder keys -> generators
# ---------------------------------------------------------------------------
IBAN_DIST = {
    "de": [("DE", 62), ("AT", 14), ("CH", 10), ("NL", 3), ("FR", 2), ("ES", 2), ("IT", 2), ("BE", 2), ("PL", 2),
           ("LU", 1)],
    "en": [("GB", 34), ("IE", 8), ("NL", 10), ("FR", 9), ("ES", 9), ("IT", 8), ("BE", 7), ("PL", 7), ("DE", 8)],
}
PHONE_DIST = {"de": [("DE", 70), ("AT", 15), ("CH", 15)], "en": [("GB", 55), ("US", 45)]}


def make_raw(key, lang, ctx):
    L = "de" if lang == "de" else "en"
    if key == "IBAN":
        v = gen_iban(wch(IBAN_DIST[L]))
        ctx["last_iban"] = v
        return v
    if key.startswith("IBAN_"):
        v = gen_iban(key[5:])
        ctx["last_iban"] = v
        return v
    if key == "BIC":
        return gen_bic(ctx)
    if key == "CARD":
        return gen_card(ctx)
    if key == "CARD_AMEX":
        return gen_card(ctx, "amex")
    if key == "EXP":
        return gen_exp(ctx)
    if key == "CVC":
        return gen_cvc(ctx)
    if key == "PHONE":
        reg = ctx.get("phone_region") or wch(PHONE_DIST[L])
        return gen_phone(ctx, reg)
    if key.startswith("PHONE_"):
        spec = key[6:]
        reg = spec[:2] if spec[:2] in ("DE", "AT", "CH", "UK", "US") else spec
        reg = "GB" if reg == "UK" else reg
        kind = spec[2:] or None
        return gen_phone(ctx, reg, kind)
    if key == "EMAIL":
        return gen_email(ctx, L)
    f = {"STID": gen_stid, "STNR": gen_stnr, "USTID": gen_ustid, "KVNR": gen_kvnr, "RVNR": gen_rvnr,
         "AHV": gen_ahv, "SVNR": gen_svnr, "NINO": gen_nino, "NHS": gen_nhs, "SSN": gen_ssn, "BSN": gen_bsn,
         "PESEL": gen_pesel, "DNI": gen_dni, "NIE": gen_nie, "NIR": gen_nir, "CF": gen_cf, "BENN": gen_benn}.get(key)
    if f:
        return f(ctx)
    if key == "PA":
        return gen_doc(ctx, "DE_ID_CARD")
    if key == "PASS":
        return gen_doc(ctx, "DE_PASSPORT")
    raise KeyError(key)


VALUE_KEYS = {"IBAN", "BIC", "CARD", "CARD_AMEX", "EXP", "CVC", "PHONE", "EMAIL", "STID", "STNR", "USTID", "KVNR",
              "RVNR", "AHV", "SVNR", "NINO", "NHS", "SSN", "BSN", "PESEL", "DNI", "NIE", "NIR", "CF", "BENN", "PA",
              "PASS", "X"}


def is_value_key(k):
    return k in VALUE_KEYS or k.startswith("IBAN_") or k.startswith("PHONE_")


# ---------------------------------------------------------------------------
# Obfuscation
# ---------------------------------------------------------------------------
NBSP, NNBSP, SHY, ZWSP = "\u00a0", "\u202f", "\u00ad", "\u200b"
CYR_UP = {"A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d", "O": "\u041e",
          "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
CYR_LO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443"}
CYR_BACK = {v: k for k, v in list(CYR_UP.items()) + list(CYR_LO.items())}

DIGIT_TYPES = {"CARD", "CVC", "PHONE", "DE_STEUER_ID", "DE_STEUERNUMMER", "CH_AHV", "AT_SVNR", "UK_NHS", "US_SSN",
               "NL_BSN", "PL_PESEL", "FR_NIR", "BE_NATIONAL_NUMBER", "CARD_EXPIRY"}
SPELLABLE = {"PHONE", "CVC", "US_SSN", "DE_STEUER_ID", "NL_BSN", "UK_NHS", "PL_PESEL", "AT_SVNR", "CARD"}
SEP_FORMS = {"dots": ".", "dashes": "-", "slashes": "/", "double_space": "  ", "nbsp": NBSP, "nnbsp": NNBSP}
FORM_W = {"spaced": 9, "dots": 6, "dashes": 6, "slashes": 3, "double_space": 6, "nbsp": 9, "nnbsp": 6,
          "soft_hyphen": 6, "zwsp": 8, "fullwidth": 7, "lookalike": 8, "lowercase": 14, "mixed": 7, "spelled": 16,
          "at_words": 0}
DE_W = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
EN_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def render_plain(v):
    toks, seps = v["tokens"], v["seps"]
    if v["type"] == "EMAIL":
        return toks[0] + "@" + toks[1]
    out = toks[0]
    for s, t in zip(seps, toks[1:]):
        out += s + t
    return out


def otokens(v):
    out = []
    for t in v["tokens"]:
        if t.startswith("(0)"):
            t = t[3:]
        t = t.replace("(", "").replace(")", "")
        out.append(t)
    return out


def fullwidth(s, share=1.0):
    out = []
    for c in s:
        if (c.isascii() and (c.isalnum() or c in "+@./-")) and R.random() < share:
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


def insert_invis(s, char, n=None):
    n = n or R.randint(1, 3)
    pos = sorted(R.sample(range(1, len(s)), min(n, len(s) - 1)))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(char)
        last = p
    out.append(s[last:])
    return "".join(out)


def lookalike_digits(s):
    idx = [i for i, c in enumerate(s) if c in "01"]
    k = min(len(idx), R.randint(1, 3))
    chosen = set(R.sample(idx, k))
    return "".join(("O" if c == "0" else ch(["l", "l", "I"])) if i in chosen else c for i, c in enumerate(s))


def lookalike_letters(s):
    idx = [i for i, c in enumerate(s) if c in CYR_UP or c in CYR_LO]
    k = min(len(idx), R.randint(1, 2))
    chosen = set(R.sample(idx, k))
    return "".join((CYR_UP.get(c) or CYR_LO.get(c)) if i in chosen else c for i, c in enumerate(s))


def randcase(s):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    while True:
        out = "".join(c.swapcase() if (i in letters and R.random() < 0.5) else c for i, c in enumerate(s))
        if out != s and out != s.lower() and out != s.upper():
            return out
        if len(letters) < 2:
            return s.lower()


def spell(v, lang, tokens=None):
    words = DE_W if lang == "de" else EN_W
    toks = tokens or otokens(v)
    uk = v["meta"].get("region") == "GB" and lang != "de"
    groups = []
    for t in toks:
        ws, i = [], 0
        while i < len(t):
            c = t[i]
            if c == "+":
                ws.append("plus")
                i += 1
                continue
            if lang != "de" and i + 1 < len(t) and t[i + 1] == c and R.random() < (0.6 if uk else 0.2):
                w = "oh" if (c == "0" and uk) else words[int(c)]
                ws.append("double " + w)
                i += 2
                continue
            if c == "0" and uk and R.random() < 0.6:
                ws.append("oh")
            elif c == "2" and lang == "de" and R.random() < 0.35:
                ws.append("zwo")
            else:
                ws.append(words[int(c)])
            i += 1
        groups.append(" ".join(ws))
    sep = wch([(" ", 50), (", ", 30), (" - ", 20)])
    return sep.join(groups)


def applicable_forms(v):
    t = v["type"]
    plain = render_plain(v)
    has_letters = any(c.isalpha() for c in v["canon"])
    forms = set()
    if t == "EMAIL":
        return {"at_words", "zwsp", "soft_hyphen", "lookalike", "fullwidth", "spaced", "mixed"}
    if t == "CARD_EXPIRY":
        f = {"spaced", "fullwidth", "zwsp", "mixed"}
        if "0" in plain or "1" in plain:
            f.add("lookalike")
        return f
    if t == "CVC":
        f = {"spaced", "fullwidth", "spelled", "zwsp"}
        if "0" in plain or "1" in plain:
            f.add("lookalike")
        return f
    forms |= {"spaced", "soft_hyphen", "zwsp", "fullwidth", "mixed"}
    if len(otokens(v)) >= 2:
        forms |= set(SEP_FORMS) - v["excl"]
    if has_letters:
        forms.add("lowercase")
        if any(c in CYR_UP for c in v["canon"]):
            forms.add("lookalike")
    elif t in DIGIT_TYPES and any(c in "01" for c in v["canon"]):
        forms.add("lookalike")
    if t in SPELLABLE and not has_letters:
        forms.add("spelled")
    return forms


def at_words(local, dom, lang):
    at = wch([(" at ", 40), (" (at) ", 25), ("[at]", 10), (" [at] ", 15), ("(at)", 10)])
    dot = wch([(" dot ", 55), (" (dot) ", 20), ("[dot]", 10), (" punkt " if lang == "de" else " dot ", 15)])
    dom_w = dot.join(dom.split("."))
    if R.random() < 0.25 and "." in local:
        local = dot.join(local.split("."))
    return local + at + dom_w


def obfuscate(v, form, lang):
    t = v["type"]
    plain = render_plain(v)
    ot = otokens(v)
    if t == "EMAIL":
        local, dom = v["tokens"]
        if form == "at_words":
            return at_words(local, dom, lang)
        if form == "zwsp":
            return insert_invis(plain, ZWSP)
        if form == "soft_hyphen":
            return insert_invis(plain, SHY)
        if form == "lookalike":
            return lookalike_letters(plain) if any(c in CYR_LO for c in plain) else None
        if form == "fullwidth":
            return fullwidth(plain)
        if form == "spaced":
            return " ".join(plain)
        if form == "mixed":
            return at_words(randcase(local), randcase(dom) if R.random() < 0.3 else dom, lang)
    if t == "CARD_EXPIRY":  # keep the month/year separator in every form
        if form == "spaced":
            return " ".join(plain.replace(" ", ""))
        if form == "mixed":
            base = fullwidth(plain, 0.5) if R.random() < 0.5 or not any(c in "01" for c in plain) else lookalike_digits(plain)
            return insert_invis(base, ch([ZWSP, SHY])) if R.random() < 0.6 else " ".join(base.replace(" ", ""))
    if form == "spaced":
        return " ".join("".join(ot).replace(" ", ""))
    if form in SEP_FORMS:
        return SEP_FORMS[form].join(ot)
    if form == "soft_hyphen":
        return insert_invis(plain, SHY)
    if form == "zwsp":
        return insert_invis(plain, ZWSP)
    if form == "fullwidth":
        return fullwidth(plain)
    if form == "lookalike":
        if any(c.isalpha() for c in v["canon"]):
            return lookalike_letters(plain)
        return lookalike_digits(plain)
    if form == "lowercase":
        return plain.lower()
    if form == "spelled":
        return spell(v, lang)
    if form == "mixed":
        has_letters = any(c.isalpha() for c in v["canon"])
        opts = ["fw"]
        if has_letters:
            opts += ["case", "case", "cyr"]
        elif any(c in "01" for c in v["canon"]):
            opts += ["ol", "ol"]
        if t in SPELLABLE and not has_letters and len(ot) >= 2:
            opts += ["halfspell"]
        a = ch(opts)
        if a == "halfspell":
            k = R.randint(1, len(ot) - 1)
            head = "".join(ot[:k])
            return head + " " + spell(v, lang, ot[k:])
        if a == "fw":
            toks = [fullwidth(x, 0.5) for x in ot]
        elif a == "case":
            toks = [randcase(x) if any(c.isalpha() for c in x) else x for x in ot]
            if all(x == y for x, y in zip(toks, ot)):
                toks = [x.lower() for x in ot]
        elif a == "cyr":
            toks = [lookalike_letters(x) if any(c in CYR_UP for c in x) else x for x in ot]
        else:
            toks = [lookalike_digits(x) if any(c in "01" for c in x) else x for x in ot]
        b = ch(["sep", "sep", "invis", "spaced"] if len(ot) >= 2 else ["invis", "spaced"])
        if b == "sep":
            seps = [s for s in SEP_FORMS if s not in v["excl"]]
            return SEP_FORMS[ch(seps)].join(toks)
        if b == "invis":
            return insert_invis(" ".join(toks) if R.random() < 0.5 else "".join(toks), ch([ZWSP, SHY]))
        return " ".join("".join(toks))
    raise ValueError(form)


OBF_STATE = {"n": 0, "obf": 0}


def finalize_value(v, lang, force_plain=False):
    v["seps"] = v["plain_seps"][0]
    plain = render_plain(v)
    form = "plain"
    written = plain
    OBF_STATE["n"] += 1
    rate = OBF_STATE["obf"] / max(1, OBF_STATE["n"] - 1)
    p = OBF_P if OBF_STATE["n"] < 40 else (0.26 if rate < OBF_P else 0.07)
    if not force_plain and R.random() < p:
        forms = applicable_forms(v)
        forms = sorted(forms)
        wts = {f: FORM_W.get(f, 5) for f in forms}
        if v["type"] == "EMAIL":
            wts = {f: (30 if f == "at_words" else 6) for f in forms}
        for _ in range(6):
            f = R.choices(list(wts), weights=list(wts.values()), k=1)[0]
            w = obfuscate(v, f, lang)
            if w and w != plain and w.strip() == w:
                form, written = f, w
                break
    v["form"] = form
    v["written"] = written
    OBF_STATE["obf"] += form != "plain"
    return v


# ---------------------------------------------------------------------------
# De-obfuscation (used only by the self-check)
# ---------------------------------------------------------------------------
WORD2D = {w: str(i) for i, w in enumerate(DE_W)}
WORD2D.update({w: str(i) for i, w in enumerate(EN_W)})
WORD2D.update({"zwo": "2", "oh": "0", "fuenf": "5", "plus": "+"})
WORD_RE = re.compile(r"\b(" + "|".join(sorted(WORD2D, key=len, reverse=True)) + r")\b", re.I)


def words_to_digits(s):
    s = WORD_RE.sub(lambda m: WORD2D[m.group(1).lower()], s)
    s = re.sub(r"\b(double|doppel)\s+(\d)", lambda m: m.group(2) * 2, s, flags=re.I)
    s = re.sub(r"\btriple\s+(\d)", lambda m: m.group(1) * 3, s, flags=re.I)
    return s


def base_norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace(SHY, "").replace(ZWSP, "")
    return "".join(CYR_BACK.get(c, c) for c in s)


def deobf(written, typ):
    s = base_norm(written)
    if typ == "EMAIL":
        s = re.sub(r"\s*[\(\[]\s*at\s*[\)\]]\s*|\s+at\s+", "@", s, flags=re.I)
        s = re.sub(r"\s*[\(\[]\s*(dot|punkt)\s*[\)\]]\s*|\s+(dot|punkt)\s+", ".", s, flags=re.I)
        return re.sub(r"\s+", "", s).lower()
    if typ in SPELLABLE:
        s = words_to_digits(s)
    if typ == "CARD_EXPIRY":
        s = re.sub(r"\s+", "", s).upper().replace("O", "0").replace("L", "1").replace("I", "1")
        return s
    s = s.replace("(0)", "")
    s = re.sub(r"[\s.\-/(),]", "", s).upper()
    if typ in DIGIT_TYPES:
        s = s.replace("O", "0").replace("L", "1").replace("I", "1")
    return s


def checksum_ok(typ, s, meta):
    if typ == "IBAN":
        try:
            IBAN(s)
        except Exception:
            return False
        return std_iban.is_valid(s)
    if typ == "BIC":
        try:
            BIC(s)
            return len(s) in (8, 11)
        except Exception:
            return False
    if typ == "CARD":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn.is_valid(s)
    if typ == "CARD_EXPIRY":
        m = re.fullmatch(r"(0?[1-9]|1[0-2])[/\-.](\d{2}|20\d{2})", s)
        return bool(m) and int(m.group(1)) == meta["month"] and int(m.group(2)) % 100 == meta["year"] % 100
    if typ == "CVC":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "PHONE":
        try:
            x = phonenumbers.parse(s, meta["region"])
        except Exception:
            return False
        return phonenumbers.is_valid_number(x)
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) is not None
    if typ == "DE_STEUER_ID":
        return de_idnr.is_valid(s)
    if typ == "DE_STEUERNUMMER":
        return de_stnr.is_valid(s, meta["region"])
    if typ == "DE_USTID":
        return de_vat.is_valid(s)
    if typ == "DE_KVNR":
        return re.fullmatch(r"[A-Z]\d{9}", s) is not None and kvnr_check(s[0], s[1:9]) == s[9]
    if typ == "DE_RVNR":
        return re.fullmatch(r"\d{8}[A-Z]\d{3}", s) is not None and rvnr_check(s[:11]) == s[11]
    if typ in ("DE_ID_CARD", "DE_PASSPORT"):
        return (len(s) == 9 and all(c in ICAO_CHARS for c in s) and icao_check(s[:8]) == s[8]
                and (s[0] in "LMNPRTVWXY" if typ == "DE_ID_CARD" else s[0] in "CFGHJK"))
    if typ == "CH_AHV":
        return ch_ssn.is_valid(s)
    if typ == "AT_SVNR":
        return at_vnr.is_valid(s)
    if typ == "UK_NINO":
        return nino_ok(s)
    if typ == "UK_NHS":
        return gb_nhs.is_valid(s)
    if typ == "US_SSN":
        return us_ssn.is_valid(s)
    if typ == "NL_BSN":
        return nl_bsn.is_valid(s)
    if typ == "PL_PESEL":
        return pl_pesel.is_valid(s)
    if typ == "ES_DNI":
        return es_dni.is_valid(s)
    if typ == "ES_NIE":
        return es_nie.is_valid(s)
    if typ == "FR_NIR":
        return fr_nir.is_valid(s)
    if typ == "IT_CODICE_FISCALE":
        return it_cf.is_valid(s)
    if typ == "BE_NATIONAL_NUMBER":
        return be_nn.is_valid(s)
    raise KeyError(typ)


def canon_cmp(typ, s, canon, meta):
    if typ == "PHONE":
        x = phonenumbers.parse(s, meta["region"])
        return phonenumbers.format_number(x, phonenumbers.PhoneNumberFormat.E164) == canon
    if typ == "CARD_EXPIRY":
        return True  # month/year already compared in checksum_ok
    return s == canon


# ---------------------------------------------------------------------------
# Hard negatives
# ---------------------------------------------------------------------------
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def luhn_invalid(n):
    while True:
        s = digits(n, True)
        if not luhn.is_valid(s):
            return s


def neg_raw(kind, lang):
    de = lang == "de"
    if kind == "ORDER_NO":
        return wch([
            (digits(7, True), 14), ("%s-%s-%s" % (digits(3, True), digits(7), digits(7)), 12),
            ("A-%d-%s" % (R.randint(2022, 2025), digits(6)), 8), ("ORD-%s-%s" % (digits(5), ch(["DE", "UK", "EU"])), 6),
            (digits(9, True), 8), ("WEB%s" % digits(7), 6), ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                                                    for _ in range(6)), 8),
            ("#" + digits(6, True), 10), ("%d%s" % (R.randint(2023, 2025), digits(6)), 6),
        ])
    if kind == "INVOICE_NO":
        return wch([("RE-%d-%s" % (R.randint(2023, 2025), digits(6)), 14), ("R%d/%s" % (R.randint(2023, 2025), digits(5)), 8),
                    ("INV-%s" % digits(7), 12), (digits(10, True), 8), ("RG-%s" % digits(5, True), 6),
                    ("%d-%s" % (R.randint(2023, 2025), digits(6)), 8), ("FA%s" % digits(8), 4)])
    if kind == "PARCEL_NO":
        return wch([("00340434" + digits(12), 14), ("JJD" + digits(15), 6),
                    ("1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(6)) + digits(10), 8),
                    (digits(14, True), 8), (ch(["AB", "RR", "LX", "CX"]) + digits(9) + ch(["GB", "DE", "NL"]), 6),
                    (" ".join(chunk(digits(20, True), 4)), 4), ("H" + digits(19), 4), (digits(12, True), 4)])
    if kind == "CUSTOMER_NO":
        return wch([(digits(8, True), 14), ("KD-%s-%s" % (digits(4), digits(4)), 8), ("K-%s" % digits(6, True), 6),
                    ("CN %s" % digits(8, True), 5), (digits(10, True), 8), ("%s %s" % (digits(3, True), digits(4)), 4),
                    ("C" + digits(7), 5)])
    if kind == "CONTRACT_NO":
        return wch([("V-%d-%s-%s" % (R.randint(2015, 2025), digits(3), digits(3)), 8),
                    ("VN %s %s %s" % (digits(2, True), digits(3), digits(3)), 5), (digits(10, True), 8),
                    ("MV-%d-%s" % (R.randint(2015, 2025), digits(4)), 5), ("POL-%s" % digits(8), 6),
                    ("LV %s-%s" % (digits(7, True), digits(1)), 4), (digits(9, True), 4), ("%s/%s" % (digits(4), digits(6)), 4)])
    if kind == "TICKET_NO":
        return wch([("#" + digits(5, True), 14), ("INC%s" % digits(7), 6), ("%d-%s-%s" % (R.randint(2023, 2025), digits(2), digits(6)), 5),
                    ("TK-%s" % digits(5, True), 6), ("CS-%s" % digits(7, True), 5), (digits(6, True), 6),
                    ("[#%s]" % digits(6, True), 3)])
    if kind == "VOUCHER":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return wch([(ch(["SUMMER", "WINTER", "WELCOME", "FREUNDE", "SAVE", "XMAS", "BLACKFRIDAY", "SPRING", "NEWBIE"]) +
                     str(ch([5, 10, 15, 20, 25, 30])), 14),
                    ("-".join("".join(R.choice(al) for _ in range(4)) for _ in range(3)), 10),
                    ("".join(R.choice(al) for _ in range(10)), 6)])
    if kind == "GIFT_CARD":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        if R.random() < 0.55:
            n = ch([16, 16, 19, 19, 18])
            s = luhn_invalid(n)
            return " ".join(chunk(s, 4)) if R.random() < 0.6 else s
        return "-".join("".join(R.choice(al) for _ in range(4)) for _ in range(4))
    if kind == "CARDLIKE":
        n = ch([16, 16, 16, 17, 18, 19])
        while True:
            s = ch(["4", "5", "3", "6"]) + digits(n - 1)
            if not luhn.is_valid(s):
                break
        return wch([(" ".join(chunk(s, 4)), 50), (s, 35), ("-".join(chunk(s, 4)), 15)])
    if kind == "DATE":
        y, m, d = rand_date(2023, 2026)
        if de:
            return wch([("%02d.%02d.%d" % (d, m, y), 35), ("%d.%d.%d" % (d, m, y), 12), ("%d. %s" % (d, MONTHS_DE[m - 1]), 20),
                        ("%02d.%02d." % (d, m), 15), ("%d-%02d-%02d" % (y, m, d), 8), ("%d. %s %d" % (d, MONTHS_DE[m - 1], y), 10)])
        return wch([("%d %s %d" % (d, MONTHS_EN[m - 1], y), 20), ("%s %s" % (MONTHS_EN[m - 1], ordinal(d)), 18),
                    ("%02d/%02d/%d" % (d, m, y), 18), ("%d/%d/%d" % (m, d, y), 10), ("%d-%02d-%02d" % (y, m, d), 8),
                    ("the %s" % ordinal(d), 8), ("%d %s" % (d, MONTHS_EN[m - 1][:3]), 8)])
    if kind == "TIME":
        h, mi = R.randint(7, 20), ch([0, 0, 15, 30, 45, 10, 20])
        if de:
            return wch([("%d:%02d" % (h, mi), 35), ("%d:%02d Uhr" % (h, mi), 30), ("%d Uhr" % h, 25), ("%02d.%02d Uhr" % (h, mi), 10)])
        h12 = (h - 1) % 12 + 1
        ap = "am" if h < 12 else "pm"
        return wch([("%d%s" % (h12, ap), 30), ("%d:%02d%s" % (h12, mi, ap), 25), ("%d:%02d" % (h, mi), 25),
                    ("%d:%02d %s" % (h12, mi, ap.upper()), 10)])
    if kind == "PRICE":
        eur = R.randint(1, 1500)
        ct = ch([0, 99, 95, 50, 90, 49, 0, 0])
        if de:
            e = "{:,}".format(eur).replace(",", ".")
            return wch([("%s,%02d €" % (e, ct), 30), ("%s,%02d€" % (e, ct), 12), ("€ %s,%02d" % (e, ct), 10), ("%d EUR" % eur, 15),
                        ("%s,- €" % e, 8), ("CHF %d.%02d" % (eur, ct), 6), ("%d Euro" % eur, 10)])
        return wch([("£%d.%02d" % (eur, ct), 30), ("$%s.%02d" % ("{:,}".format(eur), ct), 25), ("€%d.%02d" % (eur, ct), 15),
                    ("%d quid" % eur, 4), ("GBP %d" % eur, 6), ("USD %d.%02d" % (eur, ct), 6)])
    if kind == "POSTCODE":
        if de:
            return wch([(digits(5, True), 70), (str(R.randint(1010, 9999)), 30)])
        a = "ABCDEFGHJKLMNPRSTUWYZ"
        return wch([("%s%s%d %d%s" % (ch(a), ch(a), R.randint(1, 20), R.randint(1, 9), ch(a) + ch(a)), 45),
                    ("%s%d %d%s" % (ch(["M", "B", "L", "G", "E", "N", "S"]), R.randint(1, 30), R.randint(1, 9), ch(a) + ch(a)), 25),
                    (digits(5, True), 30)])
    if kind == "HOUSE_NO":
        n = R.randint(1, 180)
        return wch([(str(n), 50), ("%d%s" % (n, ch("abcd")), 25), ("%d-%d" % (n, n + 2), 8), ("%dB" % n, 7), ("%d/%d" % (n, R.randint(1, 9)), 10)])
    if kind == "QUANTITY_KWH":
        q = R.randint(1200, 48000)
        return ("%d kWh" % q) if R.random() < 0.6 else ("{:,}".format(q).replace(",", "." if de else ",") + " kWh")
    if kind == "QUANTITY":
        if de:
            return wch([("%d Stück" % R.randint(2, 12), 25), ("%dx" % R.randint(2, 6), 18), ("%d Pakete" % R.randint(2, 5), 12),
                        ("%d GB" % ch([5, 10, 20, 50, 100, 500]), 15), ("%d kg" % R.randint(1, 30), 10),
                        ("%d Flaschen" % R.randint(3, 24), 10)])
        return wch([("%d items" % R.randint(2, 12), 25), ("%d x" % R.randint(2, 6), 12), ("%d boxes" % R.randint(2, 8), 12),
                    ("%dGB" % ch([5, 10, 20, 50, 100]), 15), ("%d pairs" % R.randint(2, 5), 10),
                    ("%d units" % R.randint(2, 40), 16)])
    if kind == "VERSION":
        return wch([("v%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 20)), 25),
                    ("iOS %d.%d.%d" % (R.randint(15, 18), R.randint(0, 6), R.randint(1, 3)), 18),
                    ("%d.%d.%d" % (R.randint(1, 12), R.randint(0, 40), R.randint(0, 99)), 20), ("Android %d" % R.randint(11, 15), 14),
                    ("%d.%d.%d-beta" % (R.randint(1, 5), R.randint(0, 9), R.randint(0, 9)), 8),
                    ("build %d.%d.%d" % (R.randint(2023, 2025), R.randint(1, 12), R.randint(1, 30)), 8)])
    if kind == "SAMPLE_IBAN":
        return wch([("DE89 3704 0044 0532 0130 00", 30), ("DE89370400440532013000", 10),
                    ("DE00 1234 5678 9012 3456 78", 18), ("DE00 0000 0000 0000 0000 00", 10),
                    ("GB82 WEST 1234 5698 7654 32", 12), ("DE12 3456 7890 1234 5678 90", 10),
                    ("AT00 0000 0000 0000 0000", 5), ("DEXX XXXX XXXX XXXX XXXX XX", 5)])
    raise KeyError(kind)


def accidentally_valid(s):
    t = re.sub(r"[\s.\-/#\[\]]", "", s)
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return std_iban.is_valid(t)
    if not t.isdigit():
        return False
    n = len(t)
    if 12 <= n <= 19 and luhn.is_valid(t):
        return True
    chk = {9: [nl_bsn], 10: [gb_nhs, at_vnr], 11: [de_idnr, pl_pesel, be_nn], 13: [ch_ssn], 15: [fr_nir]}
    return any(m.is_valid(t) for m in chk.get(n, []))


def gen_neg(kind, lang):
    for _ in range(200):
        s = neg_raw(kind, lang)
        if kind == "SAMPLE_IBAN" or not accidentally_valid(s):
            return s
    raise RuntimeError(kind)


# ---------------------------------------------------------------------------
# Labels for {LX} and context regexes
# ---------------------------------------------------------------------------
KEY2TYPE = {"IBAN": "IBAN", "BIC": "BIC", "CARD": "CARD", "EXP": "CARD_EXPIRY", "CVC": "CVC", "PHONE": "PHONE",
            "EMAIL": "EMAIL", "STID": "DE_STEUER_ID", "STNR": "DE_STEUERNUMMER", "USTID": "DE_USTID", "KVNR": "DE_KVNR",
            "RVNR": "DE_RVNR", "PA": "DE_ID_CARD", "PASS": "DE_PASSPORT", "AHV": "CH_AHV", "SVNR": "AT_SVNR",
            "NINO": "UK_NINO", "NHS": "UK_NHS", "SSN": "US_SSN", "BSN": "NL_BSN", "PESEL": "PL_PESEL", "DNI": "ES_DNI",
            "NIE": "ES_NIE", "NIR": "FR_NIR", "CF": "IT_CODICE_FISCALE", "BENN": "BE_NATIONAL_NUMBER"}

LABELS = {
    "de": {
        "IBAN": ["IBAN", "neue IBAN", "Bankverbindung", "Kontonummer", "IBAN-Nummer"],
        "PHONE": ["Handynummer", "Telefonnummer", "Rufnummer", "Mobilnummer", "Handynr."],
        "EMAIL": ["E-Mail-Adresse", "Mailadresse", "E-Mail", "Email"],
        "CARD": ["Kartennummer", "Kreditkartennummer", "Kreditkarte"],
        "STID": ["Steuer-ID", "Steuer-Identifikationsnummer", "steuerliche Identifikationsnummer", "Steuer-IdNr."],
        "STNR": ["Steuernummer", "St.-Nr."],
        "USTID": ["USt-IdNr.", "USt-ID", "Umsatzsteuer-ID"],
        "KVNR": ["Versichertennummer", "Krankenversichertennummer", "KVNR"],
        "RVNR": ["Rentenversicherungsnummer", "Sozialversicherungsnummer", "SV-Nummer"],
        "PA": ["Ausweisnummer", "Personalausweisnummer", "Perso-Nummer"],
        "PASS": ["Passnummer", "Reisepassnummer"],
        "AHV": ["AHV-Nummer", "AHV-Nr.", "Sozialversicherungsnummer"],
        "SVNR": ["Sozialversicherungsnummer", "SV-Nummer", "Versicherungsnummer"],
        "BIC": ["BIC", "SWIFT-Adresse"],
        "BSN": ["BSN", "Burgerservicenummer"],
        "PESEL": ["PESEL", "PESEL-Nummer"],
        "NIE": ["NIE", "NIE-Nummer"],
    },
    "en": {
        "IBAN": ["IBAN", "new IBAN", "bank details", "account number (IBAN)"],
        "PHONE": ["phone number", "mobile", "mobile number", "number", "cell", "contact number"],
        "EMAIL": ["email", "email address", "e-mail", "mail"],
        "CARD": ["card number", "credit card", "card", "Visa", "debit card number"],
        "NINO": ["NI number", "National Insurance number", "NINO", "NI no"],
        "NHS": ["NHS number", "NHS no", "NHS no."],
        "SSN": ["SSN", "social security number", "social", "SS#"],
        "BSN": ["BSN", "BSN number", "citizen service number"],
        "PESEL": ["PESEL", "PESEL number"],
        "DNI": ["DNI", "DNI number"],
        "NIE": ["NIE", "NIE number"],
        "NIR": ["French social security number", "numéro de sécu", "NIR"],
        "CF": ["codice fiscale", "Italian tax code", "CF"],
        "BENN": ["national number", "Belgian national register number", "rijksregisternummer"],
        "PASS": ["passport number", "passport no."],
        "STID": ["German tax ID", "Steuer-ID", "tax ID"],
        "BIC": ["BIC", "SWIFT code", "BIC/SWIFT"],
    },
}
XTYPE_W = {
    "de": {"IBAN": 14, "PHONE": 13, "EMAIL": 10, "CARD": 5, "STID": 8, "STNR": 6, "USTID": 5, "KVNR": 8, "RVNR": 8,
           "PA": 7, "PASS": 6, "AHV": 6, "SVNR": 6, "BIC": 3, "BSN": 2, "PESEL": 2, "NIE": 2},
    "en": {"IBAN": 9, "PHONE": 12, "EMAIL": 10, "CARD": 5, "NINO": 8, "NHS": 8, "SSN": 8, "BSN": 7, "PESEL": 7,
           "DNI": 7, "NIE": 7, "NIR": 7, "CF": 7, "BENN": 7, "PASS": 3, "STID": 3, "BIC": 2},
}

CTX_RE = {
    "IBAN": r"\biban|\bkonto(nummer|verbindung|nr)?\b|bankverbindung|bank ?details|bankdaten|bank account|account number|\bkto\b|rekening",
    "BIC": r"\bbic\b|\bswift\b",
    "CARD": r"kreditkart|debitkart|bankkart|kartennummer|karten-?nr|\bkarte\b|credit ?card|debit ?card|card ?(number|no|nr)"
            r"|(?<!gift )(?<!e-)(?<!loyalty )\bcard\b|\bvisa\b|master ?card|\bamex\b|american express|maestro|girocard",
    "CARD_EXPIRY": r"gültig|gueltig|ablauf|verfall|läuft .{0,20}ab\b|expir|\bexp\b|valid (thru|until|till|to)|mm/yy",
    "CVC": r"\bcvc\b|\bcvv2?\b|\bcv2\b|\bcid\b|prüfziffer|pruefziffer|prüfnummer|sicherheitscode|security code|rückseite|on the back",
    "PHONE": r"telefon|\btel\b|handy|\bmobil|rufnummer|festnetz|\bphone|\bcell\b|landline|whatsapp|\bsms\b|my number"
             r"|meine nummer|neue nummer|new number|number to reach",
    "EMAIL": r"e-?mail|\bmail\b|mail-?adresse|\binbox\b|postfach",
    "DE_STEUER_ID": r"steuer-?id|steuer-?identifikationsnummer|steueridentifikationsnummer|identifikationsnummer|\bidnr\b|tax id|\btin\b",
    "DE_STEUERNUMMER": r"steuernummer|steuer-nr|\bst\.?-?nr|tax number|finanzamt",
    "DE_USTID": r"ust-?id|ust\.?-?idnr|umsatzsteuer|\bvat\b|\bmwst\b|ust-?nr",
    "DE_KVNR": r"versichertennummer|krankenversicherten|\bkvnr\b|krankenkasse|krankenversicherung|gesundheitskarte|\begk\b"
               r"|versichertenkarte|health insurance",
    "DE_RVNR": r"rentenversicherung|sozialversicherung|\bsv-?nummer|\bsv-?nr|\bsvnr\b|\brvnr\b|versicherungsnummer|\bdrv\b"
               r"|pension insurance|social security|social insurance",
    "DE_ID_CARD": r"personalausweis|\bausweis|\bperso\b|id card|identity card|id-karte|dokumentennummer|document number",
    "DE_PASSPORT": r"reisepass|\bpass(nummer|nr|-nr)?\b|passport|dokumentennummer|document number",
    "CH_AHV": r"\bahv|\bavs\b|sozialversicherung|versichertennummer|social security|social insurance",
    "AT_SVNR": r"sozialversicherung|\bsv-?nummer|\bsv-?nr|\bsvnr\b|versicherungsnummer|e-?card|social security|social insurance",
    "UK_NINO": r"national insurance|\bnino\b|\bni (number|no)|\bni\b|insurance number",
    "UK_NHS": r"\bnhs\b",
    "US_SSN": r"\bssn\b|social security|\bsocial\b(?! media)|\bss#",
    "NL_BSN": r"\bbsn\b|burgerservicenummer|citizen service number|sofi",
    "PL_PESEL": r"\bpesel\b",
    "ES_DNI": r"\bdni\b|documento nacional|\bnif\b",
    "ES_NIE": r"\bnie[- ](number|nummer|nr)|\bnif\b|extranjero",
    "FR_NIR": r"\bnir\b|sécu|\bsecu\b|sécurité sociale|securite sociale|social security|carte vitale|\binsee\b",
    "IT_CODICE_FISCALE": r"codice fiscale|\bcf\b|c\.f\.|tax code|fiscal code",
    "BE_NATIONAL_NUMBER": r"rijksregister|registre national|national (register )?number|numéro national|nationalnummer|\binsz\b|\bniss\b",
}
CTX_C = {k: re.compile(v, re.I) for k, v in CTX_RE.items()}
NIE_CS = re.compile(r"\bNIE\b")


def has_context(typ, masked):
    if CTX_C[typ].search(masked):
        return True
    return typ == "ES_NIE" and NIE_CS.search(masked) is not None


# ---------------------------------------------------------------------------
# Templates.  Placeholders: {KEY} value, {X}/{LX} generic value + its label, {#KIND} hard negative,
# [[word]] figurative health word (NOT_HEALTH), {filler} literal filler.
# Generic templates are prefixed "A|" (any X type), "N|" (number-like X types) or "S:K1,K2|" (subset).
# ---------------------------------------------------------------------------
VT_DE = [
    "meine neue IBAN lautet {IBAN}",
    "Bitte die Miete ab {#DATE} von diesem Konto abbuchen: {IBAN_DE}\nDas alte Konto ist gekündigt.",
    "alt: {IBAN}\nneu: {IBAN}",
    "Bankverbindung hat sich geändert -> {IBAN_DE}",
    "IBAN {IBAN} BIC {BIC}",
    "Erstattung bitte auf {IBAN}, Kontoinhaberin ist meine Frau.",
    "könnt ihr das geld bitte auf {IBAN_DE} zurücküberweisen? danke",
    "IBAN: {IBAN}\nBIC: {BIC}\nInhaber: {name}",
    "Für das SEPA-Lastschriftmandat: {IBAN_DE}",
    "Das Gehalt bitte ab {#DATE} auf mein neues Konto bei der {bank}: {IBAN_DE}",
    "ich hatte mich gestern vertippt, richtig ist {IBAN}, die andere bitte löschen",
    "Die Überweisung über {#PRICE} kam zurück?? Ich hab {IBAN_DE} angegeben, stimmt die nicht?",
    "Die Kaution bitte auf {IBAN_DE} zurück, bin seit {#DATE} ausgezogen.",
    "Kontoverbindung für die Schadenregulierung: {IBAN}",
    "Ab jetzt zahle ich von meinem Konto in Österreich: {IBAN_AT}",
    "Bankverbindung (Schweiz): {IBAN_CH}",
    "Sie erreichen mich am besten unter {PHONE}.",
    "meine Handynummer hat sich geändert, neu ist {PHONE_DEmob}",
    "Bitte um Rückruf unter {PHONE}, ab {#TIME} bin ich zu Hause.",
    "tel. {PHONE}",
    "mobil: {PHONE_DEmob}\nfestnetz: {PHONE_DEfix}",
    "ruft mich doch kurz an, {PHONE}",
    "Die Nummer von meinem Hausmeister ist übrigens {PHONE_DE}, der hat den Schlüssel.",
    "Per WhatsApp gehts am schnellsten: {PHONE_DEmob}",
    "Unter {PHONE} geht nur die Mailbox ran, bitte lieber {PHONE} probieren.",
    "Die Rufnummer, die mitgenommen werden soll: {PHONE_DEmob}",
    "Der Techniker kann sich unter {PHONE} melden, ich bin den ganzen Tag da.",
    "Bitte keine SMS mehr an {PHONE}, das ist nicht mehr meine Nummer!",
    "handy {PHONE_DEmob} oder büro {PHONE_DEfix}",
    "Grüezi, bin tagsüber unter {PHONE_CH} erreichbar.",
    "Ich bin in Wien, am besten {PHONE_ATmob} anrufen.",
    "Bitte schicken Sie die Rechnung an {EMAIL}.",
    "meine alte mail {EMAIL} gibts nicht mehr, bitte ab sofort {EMAIL} nehmen",
    "Kontakt: {EMAIL}",
    "Ich komme nicht mehr an das Postfach {EMAIL}, können Sie die Adresse ändern?",
    "Die Bestätigung ging an {EMAIL}, das ist aber die Adresse von meinem Sohn.",
    "schickt mir den link einfach an {EMAIL}",
    "Die Kündigungsbestätigung bitte per Mail an {EMAIL}, nicht per Post.",
    "Kreditkarte {CARD}, gültig bis {EXP}",
    "Karte: {CARD} Ablauf {EXP} Prüfziffer {CVC}",
    "die Zahlung mit der Karte {CARD} ist zweimal abgebucht worden",
    "Bitte die alte Karte {CARD} sofort sperren!! Geldbeutel ist weg",
    "Kartennummer {CARD}\ngültig bis {EXP}\nCVC {CVC}",
    "hab die neue karte bekommen, nummer ist {CARD}",
    "Die letzte Abbuchung über {#PRICE} lief über {CARD}, die kenne ich nicht.",
    "{CARD} {EXP} {CVC}",
    "Bei euch ist noch die alte Visa hinterlegt. Richtig ist {CARD}, läuft {EXP} ab.",
    "Meine Steuer-ID lautet {STID}.",
    "Steuer-Identifikationsnummer: {STID}\nSteuernummer: {STNR}",
    "Für die Lohnabrechnung: Steuer-ID {STID}, Steuerklasse 1, keine Kinder.",
    "die 11-stellige Nummer oben auf dem Bescheid ist {STID}",
    "Unsere USt-IdNr. ist {USTID}, bitte auf der Rechnung ergänzen.",
    "Rechnung bitte an {company}, USt-ID {USTID}",
    "Steuernummer {STNR} (Finanzamt {city})",
    "Ich bin Kleinunternehmer, Steuernummer {STNR}, eine USt-ID hab ich nicht.",
    "Versichertennummer {KVNR}, Krankenkasse {kasse}",
    "meine Krankenversichertennummer steht auf der Karte: {KVNR}",
    "Rentenversicherungsnummer {RVNR}",
    "SV-Nummer für den neuen Arbeitgeber: {RVNR}",
    "die Nummer auf der Gesundheitskarte ist {KVNR}",
    "Für meine Tochter: {KVNR}, für mich: {KVNR}",
    "Sozialversicherungsnummer laut Brief von der DRV: {RVNR}",
    "Personalausweisnummer {PA}",
    "Ausweisnummer: {PA}, gültig bis {#DATE}",
    "Reisepassnummer {PASS}, der Pass läuft am {#DATE} ab",
    "für die Buchung: Pass {PASS}, ausgestellt in {city}",
    "ich hab einen neuen Perso, die Nummer ist jetzt {PA}",
    "Die Seriennummer oben rechts auf dem Ausweis: {PA}",
    "AHV-Nummer: {AHV}",
    "Meine AHV-Nr. ist {AHV}, wohne im Kanton {canton}.",
    "Sozialversicherungsnummer {SVNR} (steht auf der e-card)",
    "SVNR {SVNR}, das Geburtsdatum steckt eh drin",
    "Grüezi, die Nummer auf meinem Versicherungsausweis ist {AHV}",
    "Meine e-card Nummer ist {SVNR}, bitte beim Antrag ergänzen",
    "Ich habe noch keine Steuer-ID, nur meine niederländische BSN: {BSN}",
    "PESEL von meiner Mutter: {PESEL}",
    "meine NIE aus Spanien ist {NIE}, reicht das?",
    "Meine Mail ist {EMAIL}, Handy {PHONE}.",
    "Neue Kontaktdaten: {PHONE}, {EMAIL}",
    "Die Karte läuft {EXP} ab, die neue kommt erst nächste Woche.",
    "gültig bis {EXP}, Prüfziffer {CVC}",
    "die drei Ziffern hinten drauf: {CVC}",
    "BIC ist {BIC}, falls ihr den braucht",
    "Für die Auslandsüberweisung: IBAN {IBAN_CH}, SWIFT {BIC}",
    "Steuernr. {STNR}, zuständig ist das Finanzamt {city}",
    "Meine AHV-Nummer hat sich nicht geändert, immer noch {AHV}",
    "Bei euch steht die falsche Kreditkarte, richtig ist {CARD}, Ablaufdatum {EXP}",
    "Mastercard {CARD}, {EXP}, {CVC}",
    "Ich wohne in Eupen, meine belgische Nationalregisternummer ist {BENN}",
    "Ich arbeite seit {#DATE} in Linz, meine Versicherungsnummer ist {SVNR}",
    "Für den Mietvertrag in Bologna brauche ich den codice fiscale – meiner ist {CF}",
    "Kontoinhaber {name}\nIBAN {IBAN}\nBIC {BIC}",
    "Die Prüfnummer ist {CVC} und die Karte gilt bis {EXP}",
    "Hab die Karte {CARD} jetzt in der App hinterlegt, aber der Sicherheitscode {CVC} wird abgelehnt?",
]

VG_DE = [
    "N|Hier ist die Nummer: {X}",
    "A|{LX}: {X}",
    "A|anbei meine {LX} {X}",
    "N|Sorry, falsche Nummer geschickt. Richtig ist {X}",
    "A|{X} <- das ist die neue",
    "N|steht so auf dem Brief: {X}",
    "A|hab nachgeschaut: {X}",
    "A|die {LX} von meinem Mann ist {X}, meine schick ich später",
    "A|laut Ihrem Schreiben vom {#DATE} fehlt noch meine {LX}. Die lautet {X}.",
    "A|Ich gebe die {LX} ungern im Chat raus, aber bitte: {X}",
    "A|{X}\nreicht das so?",
    "A|wie gewünscht: {X}",
    "A|Daten wie besprochen:\n{LX} {X}",
    "A|ah und noch was, {LX} ist {X}",
    "A|Kleine Korrektur: nicht {X} sondern {X}",
    "A|Bitte ändern in {X}",
    "A|Im Formular kann ich die {LX} nicht eintragen, es kommt immer ein Fehler. Sie lautet {X}",
    "N|oben rechts steht {X}",
    "A|{LX} aktualisiert -> {X}. Die alte bitte löschen.",
    "A|ist bei euch {X} hinterlegt? das wäre richtig",
    "N|die Nummer aus dem Brief vom {#DATE}: {X}",
    "A|Zur Sicherheit nochmal: {X}",
    "A|Meine {LX} (neu): {X}",
    "N|hier, abgetippt vom Dokument: {X}",
    "A|hier bitte {X}",
    "A|neu: {X}",
]

BOT_DE = [
    "Bot: Wie lautet Ihre IBAN?\n{IBAN}",
    "Chatbot: Bitte geben Sie Ihre Telefonnummer für den Rückruf ein.\n{PHONE}",
    "Assistent: Unter welcher Nummer erreichen wir Sie?\nIch: {PHONE}",
    "Bot: Um fortzufahren, geben Sie bitte die Nummer auf Ihrer Gesundheitskarte ein.\n> {KVNR}",
    "A|Bot: Und wie lautet die neue?\n{X}",
    "Chatbot: Bitte bestätigen Sie Ihre E-Mail-Adresse.\n{EMAIL}",
    "Bot: Danke! Und Ihre Kundennummer?\n{#CUSTOMER_NO}\nBot: Zur Verifizierung benötige ich noch Ihre Steuer-ID.\n{STID}",
    "Virtueller Assistent: Wohin dürfen wir die Bestätigung schicken?\n{EMAIL}",
    "Bot: Welche Karte möchten Sie sperren lassen?\n{CARD}",
    "S:RVNR,SVNR,AHV,KVNR|Bot: Wie lautet Ihre Versicherungsnummer?\n{X}",
    "Bot: Bitte geben Sie die Dokumentennummer Ihres Ausweises ein.\n{PA}",
    "Bot: Wie können wir Sie am besten erreichen?\n{PHONE}",
    "Bot: Alles klar. Was möchten Sie ändern?\nIch: die Bankverbindung\nBot: Bitte geben Sie die neue ein.\nIch: {IBAN}",
    "N|🤖 Bitte geben Sie die Nummer ohne Leerzeichen ein.\n{X}",
]

VT_EN = [
    "my new IBAN is {IBAN}",
    "please refund to {IBAN}, account holder is my wife",
    "old: {IBAN}\nnew: {IBAN}",
    "Bank details changed -> {IBAN}",
    "IBAN {IBAN}, BIC {BIC}",
    "For the deposit return: {IBAN_GB}",
    "Can you send the money back to {IBAN}? The card's been cancelled.",
    "I'm paid into my Dutch account now: {IBAN_NL}",
    "My salary should go to {IBAN} from next month, it's with {bank}.",
    "Direct debit details: {IBAN}\nBIC {BIC}",
    "best number to reach me is {PHONE}",
    "please call me back on {PHONE} after {#TIME}",
    "my mobile changed, it's now {PHONE_UKmob}",
    "you can text me at {PHONE_US}",
    "cell: {PHONE_US}\nwork: {PHONE_US}",
    "My number is {PHONE} - please don't call before 9.",
    "Call my husband on {PHONE} if I don't pick up.",
    "The courier can ring {PHONE} when he's outside.",
    "Landline {PHONE_UKfix}, mobile {PHONE_UKmob}",
    "I want to port my number {PHONE_UKmob} over to you",
    "tried calling from {PHONE_US} but got cut off",
    "WhatsApp is easiest: {PHONE}",
    "Please send the invoice to {EMAIL}",
    "my old email {EMAIL} doesn't work anymore, please use {EMAIL}",
    "email: {EMAIL}",
    "I never got the reset link at {EMAIL}",
    "can you update my contact email to {EMAIL}? thx",
    "the confirmation went to {EMAIL} which is my work address",
    "send the boarding passes to {EMAIL} please",
    "credit card {CARD} exp {EXP}",
    "card: {CARD} expiry {EXP} cvv {CVC}",
    "I've been charged twice on my card {CARD}",
    "please block my card {CARD} asap, my wallet was stolen",
    "Card number {CARD}\nExpiry {EXP}\nSecurity code {CVC}",
    "got the replacement card, the number is {CARD}",
    "The {#PRICE} payment went through on {CARD}, I don't recognise it",
    "{CARD}\n{EXP}\n{CVC}",
    "use the Amex please: {CARD_AMEX}, exp {EXP}, CID {CVC}",
    "my NI number is {NINO}",
    "National Insurance no: {NINO}",
    "NHS number {NHS}, date of birth {#DATE}",
    "Could you check my records? NHS no. {NHS}",
    "For payroll: NI {NINO}, tax code 1257L",
    "my son's NHS number is {NHS}, mine is {NHS}",
    "SSN: {SSN}",
    "my social is {SSN}",
    "For the background check: SSN {SSN}, DOB {#DATE}",
    "I think you have my social security number wrong, it should be {SSN}",
    "my BSN is {BSN}",
    "PESEL: {PESEL}",
    "my DNI is {DNI}",
    "I'm a foreign resident in Spain, my NIE is {NIE}",
    "French social security number: {NIR}",
    "codice fiscale {CF}",
    "Belgian national number: {BENN}",
    "For the rental contract in Milan they need my codice fiscale: {CF}",
    "the form asks for my rijksregisternummer, it's {BENN}",
    "numéro de sécu: {NIR}",
    "Here's my NIE for the invoice: {NIE}",
    "For the Dutch payroll: BSN {BSN}",
    "my German tax ID (Steuer-ID) is {STID}",
    "Passport number {PASS}, expires {#DATE}",
    "the ID card number is {PA}",
    "My German health insurance number is {KVNR}",
    "Here's the VAT ID for the invoice: {USTID}",
    "email {EMAIL} / mobile {PHONE}",
    "My partner's details: {PHONE}, {EMAIL}",
    "Spanish ID for the booking: DNI {DNI}, passport {PASS}",
    "expiry date is {EXP}",
    "the 3 digits on the back are {CVC}",
    "exp {EXP} cvc {CVC}",
    "BIC/SWIFT: {BIC}",
    "card expires {EXP} so please update it before then",
    "for the international transfer you'll need the SWIFT as well: {BIC}",
    "Visa debit {CARD} valid thru {EXP}",
    "Swiss AHV number for the pension form: {AHV}",
    "my Spanish DNI: {DNI}",
    "German tax number (Steuernummer) of my business: {STNR}",
    "it keeps rejecting the CVV {CVC} even though the card {CARD} is brand new",
    "security code is {CVC}, expiry {EXP}",
    "my carte vitale number is {NIR}",
    "I worked in France before, my NIR was {NIR}",
    "the Italian accountant needs my CF: {CF}",
    "I live in Brussels, INSZ/NISS {BENN}",
    "for the Belgian payroll they want my rijksregisternummer: {BENN}",
    "my wife's codice fiscale is {CF} and mine is {CF}",
]

VG_EN = [
    "N|here's the number: {X}",
    "A|{LX}: {X}",
    "A|my {LX} is {X}",
    "N|sorry wrong number, it's {X}",
    "A|{X} <- that's the new one",
    "N|from the letter: {X}",
    "A|here it is {X}",
    "A|my wife's {LX} is {X}, I'll send mine later",
    "A|your letter from {#DATE} says you still need my {LX}. It's {X}.",
    "A|not comfortable sharing my {LX} in chat but ok: {X}",
    "A|{X}\nis that enough?",
    "A|as requested: {X}",
    "A|details as discussed:\n{LX} {X}",
    "A|oh and {LX} is {X}",
    "A|correction: not {X} but {X}",
    "A|please change it to {X}",
    "A|the form won't accept my {LX}, keeps saying invalid. It's {X}",
    "N|top right corner says {X}",
    "A|updated {LX} -> {X}. please delete the old one",
    "A|do you have {X} on file? that's the right one",
    "A|just to double check: {X}",
    "N|copied straight off the document: {X}",
    "A|the new one is {X}",
    "A|it's {X}",
]

BOT_EN = [
    "Bot: What's the best number to reach you on?\n{PHONE}",
    "Assistant: Please enter the long number on the front of your card.\n{CARD}",
    "Bot: Can you confirm your date of birth and NHS number?\nMe: {#DATE}, {NHS}",
    "Virtual assistant: What is your National Insurance number?\n{NINO}",
    "A|Bot: And the last one, please?\n{X}",
    "Bot: Please confirm the email address on your account.\n> {EMAIL}",
    "Bot: Thanks! What's your order number?\n{#ORDER_NO}\nBot: And the card you paid with?\n{CARD}",
    "Chatbot: Where should we send the confirmation?\n{EMAIL}",
    "Bot: To verify your identity, please provide your SSN.\n{SSN}",
    "Bot: What would you like to update?\nMe: bank details\nBot: Please type the new IBAN.\nMe: {IBAN}",
    "Bot: Which number would you like to bring over?\n{PHONE}",
    "S:NHS,KVNR|Assistant: Could you type the number printed on your insurance card?\n{X}",
    "N|🤖 Please enter the number without spaces.\n{X}",
]

VT_MIX = [
    "Hi, meine neue IBAN is {IBAN}, thanks!",
    "Hallo, my phone number: {PHONE}. Danke!",
    "sorry for my bad German – meine Steuer-ID ist {STID}",
    "Bitte use this email: {EMAIL}",
    "Card number ist {CARD}, expiry {EXP}",
    "my BSN ist {BSN}, ich wohne seit {#DATE} in Köln",
    "Kann ich auch auf Englisch schreiben? My NIE is {NIE}",
    "Ich brauche eine invoice mit USt-ID {USTID} please",
    "Hello, ich habe eine neue Handynummer: {PHONE_DEmob}. Thanks",
    "quick update: neue Bankverbindung {IBAN_DE}",
    "Danke for the quick reply! Meine Passnummer ist {PASS}",
    "the Steuernummer from the Finanzamt letter is {STNR}",
    "KVNR for my Krankenkasse: {KVNR}",
    "plz call me back, Handy: {PHONE}",
    "My Rentenversicherungsnummer is {RVNR}, brauchen Sie noch was?",
    "Bitte send the contract to {EMAIL}, ich bin nächste Woche im Urlaub",
    "AHV number: {AHV}, I just moved to Zürich",
    "mein codice fiscale ist {CF}, ich arbeite remote from Italy",
    "Mein PESEL is {PESEL} – ist das the right format?",
    "ok so die neue ist {IBAN}, sorry for the confusion",
    "Karte expired {EXP}, die neue card ist {CARD}",
    "CVC is {CVC}, ist das hier sicher?",
]

NEGS_DE = [
    "Bestellnummer ist {#ORDER_NO}, falls das hilft.",
    "Die Sendungsnummer lautet {#PARCEL_NO}.",
    "Rechnungsnr. {#INVOICE_NO}, Betrag {#PRICE}.",
    "Termin am {#DATE} um {#TIME} wäre gut.",
    "Lieferung bitte an Bahnhofstraße {#HOUSE_NO}, {#POSTCODE} {city}.",
    "Ich hatte {#QUANTITY} bestellt.",
    "App-Version {#VERSION}, falls relevant.",
    "Der Gutschein {#VOUCHER} wurde übrigens nicht angerechnet.",
    "Auf dem Kontoauszug steht als Referenz {#CARDLIKE}.",
    "Vertragsnummer {#CONTRACT_NO}.",
    "Ticketnummer {#TICKET_NO}",
    "Das ganze Thema bereitet mir langsam [[Kopfschmerzen]].",
    "Kundennr. {#CUSTOMER_NO}",
    "(Im Formular stand als Beispiel {#SAMPLE_IBAN}, das hatte ich erst übersehen.)",
    "Hab schon fast [[Bauchschmerzen]], weil die Frist am {#DATE} endet.",
]
NEGS_EN = [
    "Order number is {#ORDER_NO} if that helps.",
    "Tracking number {#PARCEL_NO}.",
    "Invoice {#INVOICE_NO}, amount {#PRICE}.",
    "{#DATE} at {#TIME} would suit me.",
    "Deliver to {#HOUSE_NO} {street_en}, {#POSTCODE}.",
    "I had ordered {#QUANTITY}.",
    "App version {#VERSION} in case it matters.",
    "Also the voucher {#VOUCHER} wasn't applied.",
    "My statement shows {#CARDLIKE} as reference.",
    "Contract no. {#CONTRACT_NO}.",
    "Ticket {#TICKET_NO}",
    "This whole thing is giving me a [[headache]].",
    "Customer ID {#CUSTOMER_NO}",
    "(the form had {#SAMPLE_IBAN} as an example, nearly left it in lol)",
    "I'm [[sick]] and tired of chasing this before the {#DATE} deadline.",
]

CLEAN_DE = [
    "Meine Bestellung {#ORDER_NO} vom {#DATE} ist immer noch nicht da. Sendungsnummer {#PARCEL_NO}.",
    "Rechnung {#INVOICE_NO} über {#PRICE} wurde doppelt abgebucht??",
    "Ich habe {#QUANTITY} bestellt, aber nur {#QUANTITY} bekommen.",
    "Der Gutscheincode {#VOUCHER} funktioniert nicht, angeblich abgelaufen.",
    "Meine Geschenkkarte {#GIFT_CARD} wird an der Kasse nicht akzeptiert.",
    "Wo genau muss ich die IBAN eintragen? Im Formular steht als Beispiel {#SAMPLE_IBAN}, soll ich das überschreiben?",
    "Die App (Version {#VERSION}) stürzt beim Login ab. Das bereitet mir echt [[Kopfschmerzen]].",
    "Referenznummer der Überweisung: {#CARDLIKE}, gebucht am {#DATE}.",
    "Kundennummer {#CUSTOMER_NO}, Vertrag {#CONTRACT_NO}. Ich möchte zum {#DATE} kündigen.",
    "Ticket {#TICKET_NO} ist seit {#DATE} offen und keiner meldet sich.",
    "Neue Lieferadresse: Gartenweg {#HOUSE_NO}, {#POSTCODE} {city}",
    "Kann der Techniker am {#DATE} zwischen {#TIME} und {#TIME} kommen?",
    "Das Update auf {#VERSION} hat nichts gebracht, Fehlercode 0x80070005.",
    "Paket {#PARCEL_NO} liegt laut Tracking seit {#DATE} im Verteilzentrum.",
    "warum kostet der tarif plötzlich {#PRICE} statt {#PRICE}?",
    "Hätte fast einen [[Herzinfarkt]] bekommen, als ich die Rechnung {#INVOICE_NO} gesehen habe: {#PRICE}!",
    "Ich möchte die Bestellung {#ORDER_NO} stornieren, {#QUANTITY} reichen doch.",
    "Die Nebenkostenabrechnung für Hausnummer {#HOUSE_NO} ist falsch, Nachzahlung {#PRICE}?",
    "Flug LH {flightnum} am {#DATE} um {#TIME}, Buchungscode {#ORDER_NO}. Kann ich den Sitzplatz noch ändern?",
    "Auf dem Kontoauszug steht nur {#CARDLIKE} als Verwendungszweck, was ist das?",
    "Lassen sich Gutschein {#VOUCHER} und Geschenkkarte {#GIFT_CARD} kombinieren?",
    "Im Infoblatt steht die Muster-IBAN {#SAMPLE_IBAN}, muss ich da meine eigene eintragen?",
    "Die Kündigung habe ich am {#DATE} per Einschreiben geschickt, Vertragsnummer {#CONTRACT_NO}.",
    "Warteschleife seit {#TIME}, ich krieg gleich einen [[Herzinfarkt]].",
    "Habe die Retoure {#PARCEL_NO} am {#DATE} abgegeben, Erstattung fehlt noch ({#PRICE}).",
    "Kundenkonto {#CUSTOMER_NO}: Login geht seit Version {#VERSION} nicht mehr.",
    "Das ist doch [[krank]], {#PRICE} Versand für {#QUANTITY}?!",
    "Die Postleitzahl {#POSTCODE} wird im Formular nicht akzeptiert.",
    "Gibt es die Jacke noch in Größe L? Artikelnummer {#ORDER_NO}",
    "Zähler wurde am {#DATE} abgelesen, Stand {#QUANTITY_KWH}.",
    "Ich hab euren Brief vom {#DATE} mit dem Aktenzeichen {#CONTRACT_NO} bekommen, verstehe aber nicht, was ich tun soll.",
    "Mein Handyvertrag {#CONTRACT_NO} läuft am {#DATE} aus. Was kostet die Verlängerung? Aktuell zahle ich {#PRICE}.",
    "Die Hotline hat mir Ticket {#TICKET_NO} gegeben, aber im Portal sehe ich nichts.",
    "Hab {#QUANTITY} Gutscheine à {#PRICE} gekauft, Code {#VOUCHER} geht aber nur einmal?",
    "Euer Chatbot verursacht mir [[Migräne]]. Ich will nur wissen, wann {#ORDER_NO} kommt.",
    "Die Kartennummer auf der Geschenkkarte ({#GIFT_CARD}) ist halb abgerubbelt.",
    "Muss ich bei der Überweisung die Kontonummer im Format {#SAMPLE_IBAN} angeben oder reicht die alte?",
    "Seit dem Update auf {#VERSION} kommt beim Bezahlen mit Karte nur noch ein Fehler, Bestellung {#ORDER_NO} hängt.",
    "Die Miete für {#HOUSE_NO}. OG? Nein, Wohnung Nr. {#HOUSE_NO} – Überweisung über {#PRICE} ist am {#DATE} raus.",
    "Wann ist die Filiale in {#POSTCODE} {city} am {#DATE} geöffnet? Ab {#TIME}?",
]

CLEAN_EN = [
    "My order {#ORDER_NO} from {#DATE} still hasn't arrived. Tracking {#PARCEL_NO}.",
    "Invoice {#INVOICE_NO} for {#PRICE} was charged twice??",
    "I ordered {#QUANTITY} but only got {#QUANTITY}.",
    "Voucher code {#VOUCHER} isn't working, says expired.",
    "my gift card {#GIFT_CARD} keeps getting declined at checkout",
    "The form shows {#SAMPLE_IBAN} as an example IBAN – do I overwrite it with mine?",
    "App version {#VERSION} crashes on login. This bug is a real [[headache]].",
    "The bank reference is {#CARDLIKE}, booked on {#DATE}.",
    "Customer no. {#CUSTOMER_NO}, contract {#CONTRACT_NO}. I'd like to cancel from {#DATE}.",
    "Ticket {#TICKET_NO} has been open since {#DATE}, nobody's replied.",
    "New delivery address: {#HOUSE_NO} {street_en}, {city_en} {#POSTCODE}",
    "Can the engineer come on {#DATE} between {#TIME} and {#TIME}?",
    "Updating to {#VERSION} didn't fix anything.",
    "Parcel {#PARCEL_NO} has been stuck at the depot since {#DATE}.",
    "why is my plan suddenly {#PRICE} instead of {#PRICE}?",
    "Nearly had a [[heart attack]] when I saw invoice {#INVOICE_NO}: {#PRICE}!",
    "I want to cancel order {#ORDER_NO}, {#QUANTITY} is plenty.",
    "Flight BA {flightnum} on {#DATE} at {#TIME}, booking ref {#ORDER_NO}. Can I still change my seat?",
    "my statement only says {#CARDLIKE} as the reference, what is that?",
    "The leaflet uses {#SAMPLE_IBAN} as a sample – is that your account or a placeholder?",
    "I sent the cancellation on {#DATE} by recorded delivery, contract number {#CONTRACT_NO}.",
    "been on hold since {#TIME}, honestly I'm [[sick]] of this",
    "Returned parcel {#PARCEL_NO} on {#DATE}, still waiting on the {#PRICE} refund.",
    "Account {#CUSTOMER_NO}: can't log in since version {#VERSION}.",
    "{#PRICE} shipping for {#QUANTITY}? that's a real [[pain]] in the neck",
    "The postcode {#POSTCODE} isn't accepted by your form.",
    "Do you still have the jacket in size M? Item {#ORDER_NO}",
    "Meter reading taken on {#DATE}: {#QUANTITY_KWH}",
    "Got your letter dated {#DATE} with reference {#CONTRACT_NO} but I don't understand what I need to do.",
    "My phone contract {#CONTRACT_NO} ends on {#DATE}, how much to renew? Currently paying {#PRICE}.",
    "The helpline gave me ticket {#TICKET_NO} but I can't see it in the portal.",
    "Bought {#QUANTITY} gift vouchers at {#PRICE} each, but code {#VOUCHER} only works once?",
    "Your chatbot gives me a [[migraine]]. I just want to know when {#ORDER_NO} arrives.",
    "The card number on the gift card ({#GIFT_CARD}) is half scratched off.",
    "Rent for flat {#HOUSE_NO} went up to {#PRICE} from {#DATE} – is that right?",
    "the boiler saga is giving me [[high blood pressure]], engineer was meant to come {#DATE} at {#TIME}",
    "Is the card reader firmware {#VERSION} compatible? Ordered {#QUANTITY} under {#ORDER_NO}.",
    "Which IBAN format do you need? Your FAQ shows {#SAMPLE_IBAN}.",
    "Store {#POSTCODE}: are you open on {#DATE}? From {#TIME}?",
    "the checkout page is [[bleeding]] me dry, {#PRICE} in fees for invoice {#INVOICE_NO}",
]

GREET = {
    "de": ["Hallo,", "Hallo", "Hi,", "hi", "Guten Tag,", "Guten Morgen,", "Sehr geehrte Damen und Herren,", "Moin,",
           "moin moin", "Servus,", "Hallo zusammen,", "Liebes Support-Team,", "Hallo Frau {staff},", "Guten Abend,",
           "Hey,", "Hallo nochmal,", "Grüß Gott,", "Tag,", "Sehr geehrter Herr {staff},", "hallöchen"],
    "en": ["Hi,", "Hello,", "hi", "Hey there,", "Good morning,", "Good afternoon,", "Dear Sir or Madam,", "Hiya,",
           "Hello team,", "Hi {staff},", "Morning!", "Hey,", "Hi again,", "Dear support,", "Evening,", "yo",
           "Hello there"],
}
CLOSE = {
    "de": ["Danke!", "Danke schön", "Vielen Dank im Voraus", "LG", "Liebe Grüße", "Viele Grüße", "Mit freundlichen Grüßen",
           "MfG", "Gruß", "Danke und schönes Wochenende", "Bitte um kurze Bestätigung.", "Merci vielmals", "Beste Grüße",
           "dankeee", "Danke euch"],
    "en": ["Thanks!", "Thank you", "Thanks in advance", "Cheers", "Kind regards", "Best regards", "Many thanks", "thx",
           "ty", "Regards", "Much appreciated.", "Let me know if you need anything else.", "Cheers, speak soon",
           "Thanks a lot"],
}
OPEN = {
    "de": ["ich bin zum {#DATE} umgezogen und habe auch gleich die Bank gewechselt.",
           "es geht um meine Bestellung {#ORDER_NO}.",
           "bezüglich der Rechnung {#INVOICE_NO} vom {#DATE}:",
           "Ihr Kollege an der Hotline meinte, ich soll das hier im Chat schicken.",
           "ich hatte gestern schon wegen Vertrag {#CONTRACT_NO} angerufen.",
           "Kundennummer {#CUSTOMER_NO}",
           "wie telefonisch besprochen hier die fehlenden Angaben.",
           "für den Schadensfall vom {#DATE} brauchen Sie ja noch ein paar Sachen von mir.",
           "ich fange am {#DATE} bei euch an und soll im HR-Portal noch Daten nachreichen, das Formular lädt aber nicht.",
           "ich ziehe zum {#DATE} in die Wohnung in der Goethestraße {#HOUSE_NO} ein.",
           "mein Flug am {#DATE} um {#TIME} wurde gestrichen.",
           "Ticket {#TICKET_NO}: ich hab immer noch keine Antwort.",
           "ich hab die App aktualisiert (Version {#VERSION}) und jetzt sind meine Daten weg.",
           "leider wurden {#PRICE} zu viel abgebucht.",
           "ich möchte meinen Vertrag verlängern.",
           "die Nebenkostenabrechnung {#INVOICE_NO} habe ich erhalten, danke.",
           "ich bin Neukunde und komme mit der Registrierung nicht weiter.",
           "kurze Frage,",
           "sorry, dass ich nochmal störe."],
    "en": ["I moved house on {#DATE} and switched banks at the same time.",
           "This is about order {#ORDER_NO}.",
           "re invoice {#INVOICE_NO} dated {#DATE}:",
           "your colleague on the phone told me to send this via chat.",
           "following up on ticket {#TICKET_NO}.",
           "customer no. {#CUSTOMER_NO}",
           "as discussed on the phone, here are the missing details.",
           "I'm starting on {#DATE} and the onboarding portal keeps timing out.",
           "my flight on {#DATE} at {#TIME} got cancelled and I need a refund.",
           "I was charged {#PRICE} twice this month.",
           "the parcel {#PARCEL_NO} never arrived.",
           "I'm the new tenant at flat {#HOUSE_NO}.",
           "after the update to {#VERSION} I got logged out and have to verify again.",
           "I'm filling in the claim form for the incident on {#DATE}.",
           "I'm setting up a direct debit for policy {#CONTRACT_NO}.",
           "quick one,",
           "sorry to bother you again."],
}

EMOJI = ["🙏", "😊", "😅", "🙄", "😡", "👍", "🤞", "😬", "✌️", "🙂", "😤", "🤷", "😩", "👋"]

FILLERS = {"name", "staff", "city", "city_en", "street_en", "company", "kasse", "bank", "canton", "flightnum"}


def filler(key, lang):
    if key == "name":
        return FK["de" if lang == "de" else "en"].name()
    if key == "staff":
        return FK["de" if lang == "de" else "en"].last_name()
    if key == "city":
        return ch(["Berlin", "Hamburg", "München", "Köln", "Frankfurt", "Leipzig", "Stuttgart", "Dresden", "Bremen",
                   "Nürnberg", "Hannover", "Bonn", "Freiburg", "Kiel", "Wien", "Graz", "Zürich", "Bern"])
    if key == "city_en":
        return ch(["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Edinburgh", "Cardiff", "Brighton"])
    if key == "street_en":
        return ch(["Baker Street", "Church Road", "High Street", "Station Road", "Victoria Avenue", "Mill Lane"])
    if key == "company":
        return FK["de"].company()
    if key == "kasse":
        return ch(["TK", "AOK Bayern", "Barmer", "DAK", "IKK classic", "hkk", "KKH", "BKK firmus", "AOK Nordwest"])
    if key == "bank":
        return ch(["Sparkasse", "Volksbank", "ING", "DKB", "Commerzbank", "N26", "comdirect"]) if lang == "de" else \
            ch(["Barclays", "HSBC", "Monzo", "Lloyds", "Revolut", "Nationwide"])
    if key == "canton":
        return ch(["Zürich", "Bern", "Aargau", "Luzern", "St. Gallen", "Basel-Stadt"])
    if key == "flightnum":
        return str(R.randint(100, 2999))
    raise KeyError(key)


PH_RE = re.compile(r"\{(#?[A-Za-z_]+)\}|\[\[(.+?)\]\]")


def parse_tmpl(t):
    m = re.match(r"^(A|N|S:[A-Z,]+)\|", t)
    if not m:
        return None, t
    return m.group(1), t[m.end():]


def n_slots(t):
    _a, body = parse_tmpl(t)
    return sum(1 for m in PH_RE.finditer(body) if m.group(1) and is_value_key(m.group(1)))


TYPE_COUNT = Counter()


def choose_xtype(lang, allowed):
    L = "de" if lang == "de" else "en"
    pool = dict(XTYPE_W[L])
    if allowed == "N":
        pool.pop("EMAIL", None)
    elif allowed and allowed.startswith("S:"):
        keys = allowed[2:].split(",")
        pool = {k: 1 for k in keys}
    # mild balancing so that rare types get enough support
    w = {k: v / (1.0 + TYPE_COUNT[KEY2TYPE[k]] / 12.0) for k, v in pool.items()}
    return R.choices(list(w), weights=list(w.values()), k=1)[0]


def render(tmpl, lang, ctx):
    """Return list of parts: ('lit', s) | ('val', v) | ('neg', kind, s)."""
    allowed, body = parse_tmpl(tmpl)
    L = "de" if lang == "de" else "en"
    xkey = choose_xtype(lang, allowed) if ("{X}" in body or "{LX}" in body) else None
    parts, pos = [], 0
    for m in PH_RE.finditer(body):
        if m.start() > pos:
            parts.append(("lit", body[pos:m.start()]))
        pos = m.end()
        if m.group(2):
            parts.append(("neg", "NOT_HEALTH", m.group(2)))
            continue
        key = m.group(1)
        if key.startswith("#"):
            parts.append(("neg", key[1:].replace("_KWH", ""), gen_neg(key[1:], L)))
        elif key == "LX":
            parts.append(("lit", ch(LABELS[L][xkey])))
        elif key in FILLERS:
            parts.append(("lit", filler(key, L)))
        else:
            k = xkey if key == "X" else key
            v = make_raw(k, L, ctx)
            finalize_value(v, L)
            TYPE_COUNT[v["type"]] += 1
            parts.append(("val", v))
    if pos < len(body):
        parts.append(("lit", body[pos:]))
    return parts


def lit_parts(s, lang, ctx):
    return render(s, lang, ctx)


# ---------------------------------------------------------------------------
# Casual noise on literal text
# ---------------------------------------------------------------------------
KEYB = {"a": "s", "s": "d", "e": "r", "r": "t", "n": "m", "i": "o", "o": "p", "t": "z", "u": "i", "l": "k", "h": "j",
        "d": "f", "g": "h", "c": "v", "m": "n"}


def typo_word(w):
    i = R.randint(1, len(w) - 2)
    op = ch(["swap", "drop", "dup", "key"])
    if op == "swap":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "drop":
        return w[:i] + w[i + 1:]
    if op == "dup":
        return w[:i] + w[i] + w[i:]
    c = w[i].lower()
    return w[:i] + KEYB.get(c, c) + w[i + 1:]


def add_typos(parts, n):
    cands = []
    for pi, p in enumerate(parts):
        if p[0] == "lit":
            for m in re.finditer(r"[A-Za-zäöüß]{5,}", p[1]):
                cands.append((pi, m.start(), m.end()))
    R.shuffle(cands)
    done = set()
    for pi, a, b in cands[:n]:
        if pi in done:
            continue
        s = parts[pi][1]
        parts[pi] = ("lit", s[:a] + typo_word(s[a:b]) + s[b:])
        done.add(pi)
    return parts


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------

def pick_value_templates(k, pools):
    chosen, rem = [], k
    while rem > 0:
        pool = R.choices(pools, weights=[p[1] for p in pools], k=1)[0][0]
        cands = [t for t in pool if 1 <= n_slots(t) <= rem]
        if not cands:
            continue
        t = ch(cands)
        chosen.append(t)
        rem -= n_slots(t)
    return chosen


def build_message(idx, lang, clean):
    ctx = {}
    parts = []
    seq = []  # list of (lang, template-or-literal)
    if lang == "mixed":
        frame = ch(["de", "en"])
        body_lang = "en" if frame == "de" else "de"
    else:
        frame = body_lang = lang

    def J():
        return wch([(" ", 45), ("\n", 45), ("\n\n", 10)])

    if R.random() < 0.6:
        seq.append((frame, ch(GREET[frame])))
    if clean:
        n = wch([(1, 55), (2, 35), (3, 10)])
        for j in range(n):
            bl = body_lang if (j == 0 or lang != "mixed") else ch(["de", "en"])
            pool = CLEAN_DE if bl == "de" else CLEAN_EN
            if R.random() < 0.25:
                pool = NEGS_DE if bl == "de" else NEGS_EN
            seq.append((bl, ch(pool)))
    else:
        if R.random() < 0.4:
            seq.append((frame, ch(OPEN[frame])))
        k = wch([(1, 42), (2, 37), (3, 21)])
        if lang == "mixed":
            pools = [(VT_MIX, 45), (VT_DE + VG_DE if body_lang == "de" else VT_EN + VG_EN, 55)]
        elif lang == "de":
            pools = [(VT_DE, 52), (VG_DE, 30), (BOT_DE, 18)]
        else:
            pools = [(VT_EN, 52), (VG_EN, 30), (BOT_EN, 18)]
        for t in pick_value_templates(k, pools):
            tl = body_lang
            if t in VT_MIX:
                tl = ch(["de", "en"])
            seq.append((tl, t))
        if R.random() < 0.22:
            seq.append((frame, ch(NEGS_DE if frame == "de" else NEGS_EN)))
    if R.random() < 0.45:
        c = ch(CLOSE[frame])
        if R.random() < 0.35:
            c += "\n" + FK["de" if frame == "de" else "en"].first_name()
        seq.append((frame, c))

    for i, (tl, t) in enumerate(seq):
        if i > 0:
            parts.append(("lit", J()))
        parts.extend(render(t, tl, ctx))

    # noise
    if R.random() < 0.18:
        parts = [("lit", p[1].lower()) if p[0] == "lit" else
                 (("neg", p[1], p[2].lower()) if (p[0] == "neg" and p[1] == "NOT_HEALTH") else p) for p in parts]
    if R.random() < 0.25:
        parts = add_typos(parts, R.randint(1, 2))
    if R.random() < 0.16:
        e = ch(EMOJI)
        if R.random() < 0.7:
            parts.append(("lit", " " + e))
        else:
            parts.insert(0, ("lit", e + " "))

    # assemble
    text, values, negatives = "", [], []
    for p in parts:
        if p[0] == "lit":
            text += p[1]
        elif p[0] == "val":
            v = p[1]
            s = len(text)
            text += v["written"]
            values.append((s, len(text), v))
        else:
            s = len(text)
            text += p[2]
            negatives.append({"kind": p[1], "start": s, "end": len(text), "text": p[2]})
    # strip leading/trailing whitespace safely (only literal whitespace can be there)
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    masked = list(text)
    for s, e, v in values:
        for i in range(s - lead, e - lead):
            masked[i] = "\x00"
    masked = "".join(masked)
    out_vals = []
    for s, e, v in values:
        out_vals.append({"category": CATEGORY[v["type"]], "type": v["type"], "form": v["form"],
                         "context": has_context(v["type"], masked), "start": s - lead, "end": e - lead,
                         "text": v["written"], "_v": v})
    for n in negatives:
        n["start"] -= lead
        n["end"] -= lead
    return {"id": "b4-%05d" % idx, "split": "blind4", "lang": lang, "text": text, "clean": not out_vals,
            "values": out_vals, "negatives": negatives}


# ---------------------------------------------------------------------------
# Self-check
# ---------------------------------------------------------------------------
FORMS = {"plain", "spaced", "dots", "dashes", "slashes", "double_space", "nbsp", "nnbsp", "soft_hyphen", "zwsp",
         "fullwidth", "lookalike", "lowercase", "mixed", "spelled", "at_words"}
NEG_KINDS = {"ORDER_NO", "INVOICE_NO", "PARCEL_NO", "CUSTOMER_NO", "CONTRACT_NO", "TICKET_NO", "VOUCHER", "GIFT_CARD",
             "CARDLIKE", "DATE", "TIME", "PRICE", "POSTCODE", "HOUSE_NO", "QUANTITY", "VERSION", "SAMPLE_IBAN",
             "NOT_HEALTH"}


def self_check(records):
    errors = []
    for r in records:
        t = r["text"]
        spans = []
        for v in r["values"]:
            if t[v["start"]:v["end"]] != v["text"]:
                errors.append((r["id"], "value span mismatch", v["text"]))
            if v["form"] not in FORMS or CATEGORY.get(v["type"]) != v["category"]:
                errors.append((r["id"], "bad form/category", v))
            meta = v["_v"]["meta"]
            s = deobf(v["text"], v["type"])
            if not checksum_ok(v["type"], s, meta):
                errors.append((r["id"], "checksum/format fails", v["type"], repr(v["text"]), s))
            elif not canon_cmp(v["type"], s, v["_v"]["canon"], meta):
                errors.append((r["id"], "deobf != canon", v["type"], repr(v["text"]), s, v["_v"]["canon"]))
            if v["form"] == "plain" and any(c in v["text"] for c in (NBSP, NNBSP, SHY, ZWSP)):
                errors.append((r["id"], "plain with invisible", v["text"]))
            spans.append((v["start"], v["end"]))
        for n in r["negatives"]:
            if t[n["start"]:n["end"]] != n["text"]:
                errors.append((r["id"], "neg span mismatch", n["text"]))
            if n["kind"] not in NEG_KINDS:
                errors.append((r["id"], "bad neg kind", n["kind"]))
            if n["kind"] in ("CARDLIKE",) or (n["kind"] == "GIFT_CARD" and re.sub(r"\D", "", n["text"]) == re.sub(r"[\s-]", "", n["text"])):
                d = re.sub(r"\D", "", n["text"])
                if not (16 <= len(d) <= 19) or luhn.is_valid(d):
                    errors.append((r["id"], "cardlike is Luhn-valid or wrong length", n["text"]))
            if n["kind"] != "SAMPLE_IBAN" and accidentally_valid(n["text"]):
                errors.append((r["id"], "negative accidentally checksum-valid", n["text"]))
            spans.append((n["start"], n["end"]))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                errors.append((r["id"], "overlap", (a, b), (c, d)))
        if r["clean"] != (len(r["values"]) == 0):
            errors.append((r["id"], "clean flag"))
    return errors


def main():
    langs = ["de"] * 315 + ["en"] * 315 + ["mixed"] * 70
    R.shuffle(langs)
    n_clean = int(round(N_MESSAGES * CLEAN_SHARE))
    cleans = [True] * n_clean + [False] * (N_MESSAGES - n_clean)
    R.shuffle(cleans)
    records = [build_message(i + 1, langs[i], cleans[i]) for i in range(N_MESSAGES)]
    errs = self_check(records)
    n_tmpl = len(set(VT_DE + VG_DE + BOT_DE + VT_EN + VG_EN + BOT_EN + VT_MIX + NEGS_DE + NEGS_EN + CLEAN_DE +
                     CLEAN_EN + OPEN["de"] + OPEN["en"]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records:
            out = {"id": r["id"], "split": r["split"], "lang": r["lang"], "text": r["text"], "clean": r["clean"],
                   "values": [{k: v[k] for k in ("category", "type", "form", "context", "start", "end", "text")}
                              for v in r["values"]],
                   "negatives": [{k: n[k] for k in ("kind", "start", "end", "text")} for n in r["negatives"]]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    vals = [v for r in records for v in r["values"]]
    print("messages", len(records), "clean", sum(r["clean"] for r in records),
          "langs", dict(Counter(r["lang"] for r in records)))
    print("values", len(vals), "obfuscated", sum(v["form"] != "plain" for v in vals),
          "context", sum(v["context"] for v in vals), "templates", n_tmpl)
    print("types", dict(sorted(Counter(v["type"] for v in vals).items())))
    print("forms", dict(sorted(Counter(v["form"] for v in vals).items())))
    print("negatives", dict(sorted(Counter(n["kind"] for r in records for n in r["negatives"]).items())))
    if errs:
        print("SELF-CHECK FAILED:", len(errs))
        for e in errs[:40]:
            print(" ", e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
