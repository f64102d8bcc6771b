#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
chat-blind-5 — generator for a BLIND labelled test set (German / English customer chat).

WRITTEN BLIND: this script, its message templates, value formats, obfuscation forms and
hard negatives were written without reading the redaction filter's patterns, sources,
README / ARCHITECTURE / POLICY documents, earlier corpus templates or earlier blind sets,
and without running the filter or any of its scripts. The messages are meant to look
like what real customers type, not like what any particular rule set expects.

Run (deterministic, fixed seed):
    /work/main/.build/venv/bin/python scripts/corpus/blind5/gen.py
writes Tests/Fixtures/chat-blind-5.jsonl (relative to the repository root) and prints
summary statistics.  `--check` additionally re-generates in memory and verifies that the
output is byte-identical.

Values are made valid with python-stdnum, schwifty, phonenumbers and Luhn before any
obfuscation is applied; every value is re-validated at the end of the run.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import phonenumbers
from faker import Faker
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

SEED = 520_250
TOTAL = 1200
SPLIT = "blind5"
ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "Tests" / "Fixtures" / "chat-blind-5.jsonl"

# message mix (non-clean shares follow the brief's 20:12:10:10:6:4:20 ratio; >=35% clean)
BUCKET_COUNTS = {
    "CLEAN": 450,
    "ID": 183,
    "PHONE": 110,
    "IBAN": 91,
    "CARD": 91,
    "EMAIL": 55,
    "BIC": 37,
    "HEALTH": 183,
}
assert sum(BUCKET_COUNTS.values()) == TOTAL

OBF_RATE = 0.145  # per obfuscatable value
OBF_RATE_EMAIL = 0.28

DIG = "0123456789"
UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --------------------------------------------------------------------------------------
# generator state
# --------------------------------------------------------------------------------------
class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        locs = ["de_DE", "de_AT", "de_CH", "en_GB", "en_US", "it_IT", "es_ES", "fr_FR"]
        self.fk = {}
        for i, loc in enumerate(locs):
            f = Faker(loc)
            f.seed_instance(seed + 17 * (i + 1))
            self.fk[loc] = f
        self.form_counts: Counter = Counter()

    # small helpers ---------------------------------------------------------------
    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice(DIG) for _ in range(n))
        if first_nonzero and n:
            s = self.r.choice("123456789") + s[1:]
        return s

    def alnum(self, n: int, alphabet: str = UPP + DIG) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq):
        return self.r.choice(seq)

    def wpick(self, pairs):
        items = [p[0] for p in pairs]
        weights = [p[1] for p in pairs]
        return self.r.choices(items, weights=weights, k=1)[0]


class Val:
    """A sensitive value before obfuscation."""

    def __init__(self, cat, typ, raw, plain, groups, *, region=None, letters=None, excl=(), extra=None):
        self.cat = cat
        self.typ = typ
        self.raw = raw  # canonical compact value (validated)
        self.plain = plain  # natural way of writing it
        self.groups = groups  # chunks for separator-based obfuscations
        self.region = region
        self.excl = set(excl)  # forms that would not be an obfuscation for this type
        self.extra = extra or {}


def chunk(s: str, sizes) -> list[str]:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return out


def chunk_by(s: str, n: int) -> list[str]:
    return [s[i:i + n] for i in range(0, len(s), n)]


# --------------------------------------------------------------------------------------
# validators (used on the raw value; results are checked at the end)
# --------------------------------------------------------------------------------------
def kvnr_check(letter: str, eight: str) -> int:
    num = f"{ord(letter) - 64:02d}" + eight
    total = 0
    for i, ch in enumerate(num):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        total += p // 10 + p % 10
    return total % 10


def kvnr_ok(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[0], s[1:9]) == int(s[9])


RV_W = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)


def rvnr_check(first11: str) -> int:
    # first11: 8 digits + letter + 2 digits
    num = first11[:8] + f"{ord(first11[8]) - 64:02d}" + first11[9:11]
    total = 0
    for w, ch in zip(RV_W, num):
        p = w * int(ch)
        total += sum(int(c) for c in str(p))
    return total % 10


def rvnr_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{8}[A-Z]\d{3}", s):
        return False
    dd, mm = int(s[2:4]), int(s[4:6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return rvnr_check(s[:11]) == int(s[11])


ICAO_W = (7, 3, 1)
ID_ALPHABET = "CFGHJKLMNPRTVWXYZ0123456789"


def icao_check(s: str) -> int:
    t = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        t += v * ICAO_W[i % 3]
    return t % 10


def de_doc_ok(s: str, first: str) -> bool:
    if len(s) not in (9, 10) or s[0] not in first:
        return False
    if any(c not in ID_ALPHABET for c in s[:9]):
        return False
    if len(s) == 10:
        return s[9].isdigit() and icao_check(s[:9]) == int(s[9])
    return True


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIOQUV" or s[:2] in NINO_BAD_PREFIX:
        return False
    return True


EMAIL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._+-]*[a-z0-9])?@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")


def iban_ok(s: str) -> bool:
    try:
        IBAN(s)
        return True
    except Exception:
        return False


def bic_ok(s: str) -> bool:
    try:
        b = BIC(s)
        return bool(b.exists) or (len(s) == 8 and bool(BIC(s + "XXX").exists))
    except Exception:
        return False


def phone_ok(raw: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(raw))
    except Exception:
        return False


VALIDATORS = {
    "IBAN": iban_ok,
    "BIC": bic_ok,
    "CARD": lambda s: s.isdigit() and 12 <= len(s) <= 19 and luhn.is_valid(s),
    "CARD_EXPIRY": lambda s: bool(re.fullmatch(r"(0[1-9]|1[0-2])/(2[5-9]|3[0-2])", s)),
    "CVC": lambda s: bool(re.fullmatch(r"\d{3,4}", s)),
    "PHONE": phone_ok,
    "EMAIL": lambda s: bool(EMAIL_RE.match(s)),
    "DE_STEUER_ID": de_idnr.is_valid,
    "DE_STEUERNUMMER": lambda s: de_stnr.is_valid(s.split("|")[0], s.split("|")[1]),
    "DE_RVNR": rvnr_ok,
    "DE_KVNR": kvnr_ok,
    "DE_ID_CARD": lambda s: de_doc_ok(s, "LMNPRTVWXY"),
    "DE_PASSPORT": lambda s: de_doc_ok(s, "C"),
    "DE_USTID": de_vat.is_valid,
    "AT_SVNR": at_vnr.is_valid,
    "CH_AHV": ch_ssn.is_valid,
    "UK_NINO": nino_ok,
    "UK_NHS": gb_nhs.is_valid,
    "US_SSN": us_ssn.is_valid,
    "ES_DNI": es_dni.is_valid,
    "ES_NIE": es_nie.is_valid,
    "IT_CODICE_FISCALE": it_cf.is_valid,
    "FR_NIR": fr_nir.is_valid,
    "NL_BSN": nl_bsn.is_valid,
    "PL_PESEL": pl_pesel.is_valid,
    "BE_NATIONAL_NUMBER": be_nn.is_valid,
}


def compact_alnum(s: str) -> str:
    return re.sub(r"[^0-9A-Za-z]", "", s)


# --------------------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------------------
IBAN_COUNTRIES_DE = [("DE", 60), ("AT", 14), ("CH", 9), ("NL", 3), ("FR", 3), ("ES", 3), ("IT", 3), ("BE", 2), ("PL", 2), ("LU", 1)]
IBAN_COUNTRIES_EN = [("GB", 26), ("IE", 9), ("DE", 18), ("NL", 6), ("FR", 6), ("ES", 6), ("IT", 5), ("BE", 4), ("PL", 3),
                     ("PT", 3), ("DK", 2), ("SE", 2), ("NO", 2), ("FI", 2), ("AT", 2), ("CH", 2), ("HR", 1), ("HU", 1)]
IBAN_FOREIGN = [("ES", 5), ("FR", 5), ("IT", 5), ("NL", 5), ("BE", 3), ("PL", 3), ("GB", 4), ("IE", 2), ("PT", 2), ("AT", 3),
                ("CH", 3), ("DK", 1), ("SE", 1), ("FI", 1), ("HR", 1), ("LU", 1)]

SAMPLE_IBANS = [
    "DE89 3704 0044 0532 0130 00",
    "DE89370400440532013000",
    "DE00 1234 5678 9012 3456 78",
    "GB82 WEST 1234 5698 7654 32",
    "AT61 1904 3002 3457 3201",
    "CH93 0076 2011 6238 5295 7",
    "NL91 ABNA 0417 1643 00",
    "DE12 3456 7890 1234 5678 90",
    "DEXX XXXX XXXX XXXX XXXX XX",
]


def gen_iban(g: Gen, cc: str) -> Val:
    for _ in range(200):
        try:
            base = IBAN.random(cc, random=g.r)
        except Exception:
            continue
        ib = base
        if cc not in ("DE", "CZ"):
            n = len(base.account_code)
            try:
                ib = IBAN.random(cc, random=g.r, account_code=g.digits(n))
            except Exception:
                ib = base
        s = str(ib)
        if cc == "IT":
            if not s[5:].isdigit():
                continue
        elif cc not in ("GB", "IE", "NL") and not s[4:].isdigit():
            continue
        if not iban_ok(s):
            continue
        groups = chunk_by(s, 4)
        plain = " ".join(groups) if g.r.random() < 0.6 else s
        return Val("IBAN", "IBAN", s, plain, groups, extra={"bic": str(ib.bic) if ib.bic else None, "cc": cc})
    raise RuntimeError("iban " + cc)


def gen_bic(g: Gen, ctx: dict, lang: str) -> Val:
    bic = None
    last = ctx.get("last_iban")
    if last is not None and last.extra.get("bic") and g.r.random() < 0.85:
        bic = last.extra["bic"]
    while not bic:
        cc = g.wpick(IBAN_COUNTRIES_DE if lang == "de" else IBAN_COUNTRIES_EN)
        try:
            bic = IBAN.random(cc, random=g.r).bic
        except Exception:
            bic = None
        bic = str(bic) if bic else None
        if bic and not bic_ok(bic):
            bic = None
    if len(bic) == 11 and bic.endswith("XXX") and g.r.random() < 0.5:
        bic = bic[:8]
    groups = [bic[:4], bic[4:6], bic[6:8]] + ([bic[8:]] if len(bic) == 11 else [])
    return Val("FINANCIAL", "BIC", bic, bic, groups)


CARD_BRANDS = {
    "visa": ([("4", 1)], [16]),
    "mc": ([("51", 1), ("52", 1), ("53", 1), ("54", 1), ("55", 1), ("2221", 1), ("2300", 1), ("2720", 1)], [16]),
    "amex": ([("34", 1), ("37", 2)], [15]),
    "maestro": ([("6759", 2), ("5018", 1), ("5020", 1), ("6761", 1), ("6763", 1), ("5038", 1)], [16, 16, 19]),
    "discover": ([("6011", 3), ("65", 1)], [16]),
    "jcb": ([("3528", 1), ("3589", 1), ("3530", 1)], [16]),
}


def gen_card(g: Gen, lang: str, brand: str | None = None) -> Val:
    if brand is None:
        brand = g.wpick([("visa", 40), ("mc", 30), ("amex", 10), ("maestro", 10 if lang == "de" else 4),
                         ("discover", 2 if lang == "de" else 8), ("jcb", 2)])
    prefixes, lengths = CARD_BRANDS[brand]
    pre = g.wpick(prefixes)
    n = g.pick(lengths)
    body = pre + g.digits(n - 1 - len(pre))
    num = body + luhn.calc_check_digit(body)
    if brand == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = chunk_by(num, 4)
    plain = " ".join(groups) if g.r.random() < 0.62 else num
    return Val("FINANCIAL", "CARD", num, plain, groups, extra={"brand": brand})


def gen_exp(g: Gen) -> Val:
    mm = g.r.randint(1, 12)
    yy = g.r.randint(26, 31)
    raw = f"{mm:02d}/{yy:02d}"
    plain = g.wpick([(raw, 60), (f"{mm:02d}/20{yy}", 20), (f"{mm}/{yy}", 10), (f"{mm:02d}-{yy}", 5), (f"{mm:02d}.{yy}", 5)])
    return Val("FINANCIAL", "CARD_EXPIRY", raw, plain, [plain])


def gen_cvc(g: Gen, ctx: dict) -> Val:
    n = 4 if ctx.get("brand") == "amex" else 3
    raw = g.digits(n)
    return Val("FINANCIAL", "CVC", raw, raw, [raw])


# phones ------------------------------------------------------------------------------
DE_MOB = ["151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"]
DE_FIX = [("30", (7, 8)), ("40", (7, 8)), ("89", (7, 8)), ("221", (6, 7)), ("69", (7, 8)), ("711", (6, 7)),
          ("211", (6, 7)), ("351", (6, 7)), ("341", (6, 7)), ("511", (6, 7)), ("911", (6, 7)), ("421", (6, 7)),
          ("6221", (5, 6)), ("7531", (5, 6)), ("2241", (5, 6)), ("531", (6, 7)), ("228", (6, 7)), ("761", (6, 7))]
AT_MOB = ["650", "660", "664", "676", "677", "680", "681", "688", "699"]
AT_FIX = [("1", (7,)), ("316", (6, 7)), ("512", (6,)), ("662", (6,)), ("732", (6, 7)), ("463", (6,))]
CH_MOB = ["75", "76", "77", "78", "79"]
CH_FIX = ["44", "43", "31", "61", "22", "21", "41", "71", "52", "32"]
GB_FIX3 = ["161", "121", "131", "113", "117", "141", "151", "114", "115", "118"]
US_AREAS = ["212", "646", "718", "415", "510", "312", "773", "617", "206", "305", "713", "512", "303", "404",
            "602", "702", "919", "503", "215", "614", "313", "858"]
CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1"}
MOB_T = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
FIX_T = (phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def _num_ok(region: str, nsn: str, kind: str) -> bool:
    try:
        num = phonenumbers.parse("+" + CC[region] + nsn)
    except Exception:
        return False
    if not phonenumbers.is_valid_number(num):
        return False
    if phonenumbers.region_code_for_number(num) != region:
        return False
    t = phonenumbers.number_type(num)
    if region == "US":
        return True
    return t in (MOB_T if kind == "mob" else FIX_T)


def de_chunks(sub: str) -> list[str]:
    sizes = {5: [3, 2], 6: [2, 2, 2], 7: [3, 2, 2], 8: [2, 2, 2, 2]}.get(len(sub), [len(sub)])
    return chunk(sub, sizes)


def _sub_groups(sub: str) -> list[str]:
    if len(sub) >= 6:
        return [sub[:3], sub[3:]]
    return [sub]


def gen_phone(g: Gen, region: str, kind: str) -> Val:
    r = g.r
    for _ in range(500):
        if region == "DE":
            if kind == "mob":
                area = r.choice(DE_MOB)
                sub = g.digits(r.choice([7, 8]), True)
            else:
                area, lens = r.choice(DE_FIX)
                sub = g.digits(r.choice(lens), True)
        elif region == "AT":
            if kind == "mob":
                area = r.choice(AT_MOB)
                sub = g.digits(r.choice([7, 7, 6, 8]), True)
            else:
                area, lens = r.choice(AT_FIX)
                sub = g.digits(r.choice(lens), True)
        elif region == "CH":
            area = r.choice(CH_MOB if kind == "mob" else CH_FIX)
            sub = g.digits(7, True)
        elif region == "GB":
            if kind == "mob":
                nsn = "7" + r.choice("5789") + g.digits(8)
                area, sub = nsn[:4], nsn[4:]
            else:
                if r.random() < 0.5:
                    area = "20"
                    sub = r.choice("378") + g.digits(7)
                else:
                    area = r.choice(GB_FIX3)
                    sub = g.digits(7, True)
        else:  # US
            area = r.choice(US_AREAS)
            while True:
                ex = r.choice("23456789") + g.digits(2)
                if ex[1:] != "11" and ex != "555":
                    break
            sub = ex + g.digits(4)
        nsn = area + sub
        if _num_ok(region, nsn, kind):
            break
    else:
        raise RuntimeError("phone")
    raw = "+" + CC[region] + nsn
    cc = CC[region]
    sg = _sub_groups(sub)
    nat_groups = ["0" + area] + sg
    int_groups = ["+" + cc, area] + sg
    if region in ("DE", "AT"):
        styles = [
            ("0%s %s" % (area, sub), nat_groups, 16), ("0%s/%s" % (area, sub), nat_groups, 12),
            ("0%s-%s" % (area, sub), nat_groups, 6), ("(0%s) %s" % (area, sub), nat_groups, 4 if kind == "mob" else 8),
            ("0%s%s" % (area, sub), nat_groups, 10), ("0%s %s" % (area, " ".join(de_chunks(sub))), nat_groups, 5),
            ("+%s %s %s" % (cc, area, sub), int_groups, 16), ("+%s%s%s" % (cc, area, sub), int_groups, 8),
            ("00%s %s %s" % (cc, area, sub), ["00" + cc, area] + sg, 6), ("+%s (0)%s %s" % (cc, area, sub), int_groups, 5),
            ("+%s-%s-%s" % (cc, area, sub), int_groups, 2), ("+%s %s %s" % (cc, area, " ".join(sg)), int_groups, 4),
        ]
    elif region == "CH":
        swiss = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
        styles = [
            ("0%s %s" % (area, swiss), ["0" + area, sub[:3], sub[3:5], sub[5:]], 30), ("0%s%s" % (area, sub), nat_groups, 10),
            ("+41 %s %s" % (area, swiss), ["+41", area, sub[:3], sub[3:5], sub[5:]], 25), ("+41%s%s" % (area, sub), int_groups, 8),
            ("0041 %s %s" % (area, swiss), ["0041", area, sub[:3], sub[3:5], sub[5:]], 8), ("0%s/%s" % (area, swiss), ["0" + area, sub[:3], sub[3:5], sub[5:]], 4),
        ]
    elif region == "GB":
        if kind == "mob":
            a, s2 = "0" + area, sub  # 07700 900123
            styles = [
                ("%s %s" % (a, s2), [a, s2[:3], s2[3:]], 30), ("%s%s" % (a, s2), [a, s2[:3], s2[3:]], 15),
                ("+44 %s %s" % (a[1:], s2), ["+44", a[1:], s2], 25), ("+44 (0)%s %s" % (a[1:], s2), ["+44", a[1:], s2], 6),
                ("+44%s%s" % (a[1:], s2), ["+44", a[1:], s2], 8), ("0044 %s %s" % (a[1:], s2), ["0044", a[1:], s2], 4),
                ("%s %s %s" % (a, s2[:3], s2[3:]), [a, s2[:3], s2[3:]], 8),
            ]
        else:
            if area == "20":
                grp = [sub[:4], sub[4:]]
            else:
                grp = [sub[:3], sub[3:]]
            styles = [
                ("0%s %s" % (area, " ".join(grp)), ["0" + area] + grp, 30), ("(0%s) %s" % (area, " ".join(grp)), ["0" + area] + grp, 10),
                ("+44 %s %s" % (area, " ".join(grp)), ["+44", area] + grp, 20), ("+44 (0)%s %s" % (area, " ".join(grp)), ["+44", area] + grp, 6),
                ("0%s%s" % (area, sub), ["0" + area] + grp, 8),
            ]
    else:
        ex, line = sub[:3], sub[3:]
        ug = [area, ex, line]
        styles = [
            ("(%s) %s-%s" % (area, ex, line), ug, 30), ("%s-%s-%s" % (area, ex, line), ug, 22), ("%s.%s.%s" % (area, ex, line), ug, 6),
            ("+1 %s %s %s" % (area, ex, line), ["+1"] + ug, 10), ("+1 (%s) %s-%s" % (area, ex, line), ["+1"] + ug, 8),
            ("1-%s-%s-%s" % (area, ex, line), ["1"] + ug, 5), ("%s%s%s" % (area, ex, line), ug, 8), ("+1%s%s%s" % (area, ex, line), ["+1"] + ug, 4),
        ]
    plain, groups = g.wpick([((s, gr), w) for s, gr, w in styles])
    v = Val("PHONE", "PHONE", raw, plain, groups, region=region)
    return v


def phone_region(g: Gen, lang: str) -> str:
    if lang == "de":
        return g.wpick([("DE", 66), ("AT", 17), ("CH", 17)])
    return g.wpick([("GB", 45), ("US", 35), ("DE", 20)])


# e-mail ------------------------------------------------------------------------------
DOM_DE = [("gmx.de", 14), ("web.de", 14), ("t-online.de", 10), ("gmail.com", 16), ("googlemail.com", 4), ("outlook.de", 5),
          ("hotmail.de", 4), ("yahoo.de", 4), ("posteo.de", 3), ("freenet.de", 3), ("icloud.com", 5), ("mailbox.org", 2),
          ("gmx.at", 3), ("bluewin.ch", 3), ("gmx.ch", 2), ("aon.at", 2), ("arcor.de", 2)]
DOM_EN = [("gmail.com", 25), ("outlook.com", 10), ("hotmail.co.uk", 7), ("yahoo.com", 7), ("icloud.com", 8),
          ("btinternet.com", 4), ("protonmail.com", 3), ("me.com", 2), ("live.co.uk", 3), ("aol.com", 2), ("sky.com", 2),
          ("yahoo.co.uk", 4), ("hotmail.com", 5)]


def translit(s: str) -> str:
    s = s.lower()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s)


def gen_email(g: Gen, lang: str) -> Val:
    fk = g.fk["de_DE" if lang == "de" else g.pick(["en_GB", "en_US"])]
    first, last = translit(fk.first_name()), translit(fk.last_name())
    yy = "%02d" % g.r.randint(60, 99) if g.r.random() < 0.7 else "%02d" % g.r.randint(0, 9)
    local = g.wpick([
        (f"{first}.{last}", 30), (f"{first}{last}", 10), (f"{first[0]}.{last}", 10), (f"{first}.{last}{yy}", 10),
        (f"{last}{first[0]}", 4), (f"{first}_{last}", 5), (f"{first}{yy}", 8), (f"{first}.{last[0]}", 4),
        (f"{last}.{first}", 5), (f"{first}{g.r.randint(1, 999)}", 6), (f"{first[:3]}{last[:4]}", 3), (f"{first}-{last}", 3),
    ])
    if g.r.random() < 0.1:
        dom = f"{last}-{g.pick(['bau', 'elektro', 'design', 'consulting', 'praxis', 'law', 'studio'])}.{'de' if lang == 'de' else g.pick(['co.uk', 'com'])}"
    else:
        dom = g.wpick(DOM_DE if lang == "de" else DOM_EN)
    e = f"{local}@{dom}"
    return Val("CONTACT", "EMAIL", e, e, [local + "@", dom])


# IDs ----------------------------------------------------------------------------------
def gen_steuerid(g: Gen) -> Val:
    while True:
        # first 10 digits: first non-zero, exactly one digit appears twice (or three times, not all adjacent)
        pool = list(DIG)
        g.r.shuffle(pool)
        if g.r.random() < 0.8:
            base = pool[:9]
            dup = g.pick(base)
            ten = base + [dup]
        else:
            base = pool[:8]
            dup = g.pick(base)
            ten = base + [dup, dup]
        g.r.shuffle(ten)
        s = "".join(ten)
        if s[0] == "0" or dup * 3 in s:
            continue
        s = s + mod_11_10.calc_check_digit(s)
        if de_idnr.is_valid(s):
            break
    groups = [s[:2], s[2:5], s[5:8], s[8:]]
    plain = " ".join(groups) if g.r.random() < 0.45 else s
    return Val("ID", "DE_STEUER_ID", s, plain, groups)


STNR_STYLE = {
    # region: (regional format, presentation as list of (size) groups, separator style)
    "Baden-Württemberg": ("FFBBBUUUUP", [5, 5], "/"),
    "Bayern": ("FFFBBBUUUUP", [3, 3, 5], "/"),
    "Berlin": ("FFBBBUUUUP", [2, 3, 5], "/"),
    "Brandenburg": ("0FFBBBUUUUP", [3, 3, 5], "/"),
    "Bremen": ("FFBBBUUUUP", [2, 3, 5], " "),
    "Hamburg": ("FFBBBUUUUP", [2, 3, 5], "/"),
    "Hessen": ("0FFBBBUUUUP", [3, 3, 5], " "),
    "Mecklenburg-Vorpommern": ("0FFBBBUUUUP", [3, 3, 5], "/"),
    "Niedersachsen": ("FFBBBUUUUP", [2, 3, 5], "/"),
    "Nordrhein-Westfalen": ("FFFBBBBUUUP", [3, 4, 4], "/"),
    "Rheinland-Pfalz": ("FFBBBUUUUP", [2, 3, 4, 1], "/"),
    "Saarland": ("0FFBBBUUUUP", [3, 3, 5], "/"),
    "Sachsen": ("2FFBBBUUUUP", [3, 3, 5], "/"),
    "Sachsen-Anhalt": ("1FFBBBUUUUP", [3, 3, 5], "/"),
    "Schleswig-Holstein": ("FFBBBUUUUP", [2, 3, 5], " "),
    "Thüringen": ("1FFBBBUUUUP", [3, 3, 5], "/"),
}


def gen_stnr(g: Gen) -> Val:
    region = g.pick(sorted(STNR_STYLE))
    fmt, sizes, sep = STNR_STYLE[region]
    while True:
        s = ""
        for ch in fmt:
            if ch in "FBUP":
                s += g.r.choice("123456789") if (ch == "F" and not s.strip("0")) else g.r.choice(DIG)
            else:
                s += ch
        if de_stnr.is_valid(s, region):
            break
    groups = chunk(s, sizes)
    plain = sep.join(groups) if g.r.random() < 0.85 else s
    excl = {"slashes"} if sep == "/" else {"double_space"} if sep == " " else set()
    return Val("ID", "DE_STEUERNUMMER", s + "|" + region, plain, groups, excl=excl, extra={"region": region})


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "23",
            "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51",
            "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69",
            "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"]


def rand_date(g: Gen, y0=1950, y1=2004):
    y = g.r.randint(y0, y1)
    m = g.r.randint(1, 12)
    d = g.r.randint(1, 28)
    return d, m, y


def gen_rvnr(g: Gen) -> Val:
    d, m, y = rand_date(g, 1952, 2004)
    letter = translit(g.fk["de_DE"].last_name())[:1].upper() or "M"
    serial = "%02d" % (g.r.randint(0, 49) if g.r.random() < 0.5 else g.r.randint(50, 99))
    first11 = g.pick(RV_AREAS) + "%02d%02d%02d" % (d, m, y % 100) + letter + serial
    s = first11 + str(rvnr_check(first11))
    groups = [s[:2], s[2:8], s[8], s[9:]]
    plain = g.wpick([(s, 45), (" ".join(groups), 40), (f"{s[:2]} {s[2:8]} {s[8:]}", 15)])
    return Val("ID", "DE_RVNR", s, plain, groups)


def gen_kvnr(g: Gen) -> Val:
    letter = g.r.choice(UPP)
    eight = g.digits(8)
    s = letter + eight + str(kvnr_check(letter, eight))
    groups = [s[0], s[1:5], s[5:]]
    plain = s if g.r.random() < 0.9 else f"{s[0]} {s[1:]}"
    return Val("ID", "DE_KVNR", s, plain, groups)


def gen_de_doc(g: Gen, passport: bool) -> Val:
    first = "C" if passport else g.r.choice("LMNPRTVWXY")
    body = first + "".join(g.r.choice(ID_ALPHABET) for _ in range(8))
    full = body + str(icao_check(body))
    s = full if g.r.random() < 0.35 else body
    groups = chunk_by(s, 3) if len(s) == 9 else [s[:3], s[3:6], s[6:9], s[9:]]
    typ = "DE_PASSPORT" if passport else "DE_ID_CARD"
    return Val("ID", typ, s, s, groups)


def gen_ustid(g: Gen) -> Val:
    b = g.digits(8, True)
    s = "DE" + b + mod_11_10.calc_check_digit(b)
    groups = ["DE", s[2:5], s[5:8], s[8:]]
    plain = s if g.r.random() < 0.75 else "DE " + " ".join(groups[1:])
    return Val("ID", "DE_USTID", s, plain, groups)


def gen_svnr(g: Gen) -> Val:
    while True:
        serial = g.digits(3, True)
        d, m, y = rand_date(g, 1950, 2004)
        dt = "%02d%02d%02d" % (d, m, y % 100)
        c = at_vnr.calc_check_digit(serial + "0" + dt)
        if len(c) == 1:
            s = serial + c + dt
            if at_vnr.is_valid(s):
                break
    groups = [s[:4], s[4:]]
    plain = s[:4] + " " + s[4:] if g.r.random() < 0.7 else s
    return Val("ID", "AT_SVNR", s, plain, groups, excl={"double_space"} if " " in plain else set())


def gen_ahv(g: Gen) -> Val:
    b = "756" + g.digits(9)
    s = b + ean.calc_check_digit(b)
    groups = [s[:3], s[3:7], s[7:11], s[11:]]
    plain = ".".join(groups) if g.r.random() < 0.8 else s
    return Val("ID", "CH_AHV", s, plain, groups, excl={"dots"})


def gen_nino(g: Gen) -> Val:
    while True:
        a = g.r.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = g.r.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NINO_BAD_PREFIX:
            break
    s = a + b + g.digits(6) + g.r.choice("ABCD")
    groups = [s[:2], s[2:4], s[4:6], s[6:8], s[8]]
    plain = s if g.r.random() < 0.55 else " ".join(groups)
    return Val("ID", "UK_NINO", s, plain, groups)


def gen_nhs(g: Gen) -> Val:
    while True:
        b = g.r.choice("467") + g.digits(8)
        tot = sum(int(c) * (10 - i) for i, c in enumerate(b))
        c = 11 - tot % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = b + str(c)
        if gb_nhs.is_valid(s):
            break
    groups = [s[:3], s[3:6], s[6:]]
    plain = " ".join(groups) if g.r.random() < 0.65 else s
    return Val("ID", "UK_NHS", s, plain, groups)


def gen_ssn(g: Gen) -> Val:
    while True:
        area = "%03d" % g.r.randint(1, 899)
        if area == "666":
            continue
        s = area + "%02d" % g.r.randint(1, 99) + "%04d" % g.r.randint(1, 9999)
        if us_ssn.is_valid(s):
            break
    groups = [s[:3], s[3:5], s[5:]]
    plain = "-".join(groups) if g.r.random() < 0.8 else s
    return Val("ID", "US_SSN", s, plain, groups, excl={"dashes"})


DNI_LET = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(g: Gen) -> Val:
    n = g.digits(8, True)
    s = n + DNI_LET[int(n) % 23]
    groups = [n[:2], n[2:5], n[5:], s[-1]]
    plain = g.wpick([(s, 70), (n + "-" + s[-1], 20), (f"{n[:2]}.{n[2:5]}.{n[5:]}-{s[-1]}", 10)])
    return Val("ID", "ES_DNI", s, plain, groups)


def gen_nie(g: Gen) -> Val:
    p = g.r.choice("XYZ")
    n = g.digits(7)
    s = p + n + DNI_LET[int("XYZ".index(p).__str__() + n) % 23]
    groups = [p, n, s[-1]]
    plain = s if g.r.random() < 0.75 else f"{p}-{n}-{s[-1]}"
    return Val("ID", "ES_NIE", s, plain, groups, excl={"dashes"})


CF_MONTH = "ABCDEHLMPRST"
CF_PLACES = ["H501", "F205", "L219", "F839", "A944", "D612", "G273", "L736", "A662", "Z112", "C351", "D969"]


def _cf_part(name: str, is_first: bool) -> str:
    name = translit(name).upper()
    cons = [c for c in name if c not in "AEIOU"]
    vows = [c for c in name if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    return ("".join(cons + vows) + "XXX")[:3]


def gen_cf(g: Gen) -> Val:
    fk = g.fk["it_IT"]
    female = g.r.random() < 0.5
    first = fk.first_name_female() if female else fk.first_name_male()
    last = fk.last_name()
    d, m, y = rand_date(g, 1950, 2003)
    day = d + (40 if female else 0)
    b = _cf_part(last, False) + _cf_part(first, True) + "%02d" % (y % 100) + CF_MONTH[m - 1] + "%02d" % day + g.pick(CF_PLACES)
    s = b + it_cf.calc_check_digit(b)
    groups = [s[:3], s[3:6], s[6:11], s[11:]]
    return Val("ID", "IT_CODICE_FISCALE", s, s, groups)


def gen_nir(g: Gen) -> Val:
    while True:
        sex = g.r.choice("12")
        d, m, y = rand_date(g, 1950, 2003)
        dept = "%02d" % g.r.choice([i for i in range(1, 96) if i != 20])
        b = sex + "%02d%02d" % (y % 100, m) + dept + "%03d" % g.r.randint(1, 990) + "%03d" % g.r.randint(1, 999)
        s = b + fr_nir.calc_check_digits(b)
        if fr_nir.is_valid(s):
            break
    groups = [s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]]
    plain = " ".join(groups) if g.r.random() < 0.55 else s
    return Val("ID", "FR_NIR", s, plain, groups)


def gen_bsn(g: Gen) -> Val:
    while True:
        b = g.digits(8, True)
        tot = sum(int(c) * w for c, w in zip(b, range(9, 1, -1)))
        c = tot % 11
        if c == 10:
            continue
        s = b + str(c)
        if nl_bsn.is_valid(s):
            break
    groups = [s[:4], s[4:6], s[6:]]
    plain = s if g.r.random() < 0.75 else ".".join(groups)
    return Val("ID", "NL_BSN", s, plain, groups, excl={"dots"})


def gen_pesel(g: Gen) -> Val:
    d, m, y = rand_date(g, 1950, 2005)
    mm = m + (20 if y >= 2000 else 0)
    b = "%02d%02d%02d" % (y % 100, mm, d) + g.digits(4)
    s = b + pl_pesel.calc_check_digit(b)
    groups = [s[:2], s[2:4], s[4:6], s[6:]]
    return Val("ID", "PL_PESEL", s, s, groups)


def gen_benn(g: Gen) -> Val:
    while True:
        d, m, y = rand_date(g, 1950, 2005)
        b = "%02d%02d%02d" % (y % 100, m, d) + "%03d" % g.r.randint(1, 997)
        base = int(("2" if y >= 2000 else "") + b)
        c = 97 - base % 97
        s = b + "%02d" % c
        if be_nn.is_valid(s):
            break
    groups = [s[:2], s[2:4], s[4:6], s[6:9], s[9:]]
    plain = s if g.r.random() < 0.5 else f"{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}"
    return Val("ID", "BE_NATIONAL_NUMBER", s, plain, groups, excl={"dots", "dashes"})


ID_GEN = {
    "STEUERID": gen_steuerid, "STNR": gen_stnr, "RVNR": gen_rvnr, "KVNR": gen_kvnr,
    "PERSO": lambda g: gen_de_doc(g, False), "PASS": lambda g: gen_de_doc(g, True), "USTID": gen_ustid,
    "SVNR": gen_svnr, "AHV": gen_ahv, "NINO": gen_nino, "NHS": gen_nhs, "SSN": gen_ssn, "DNI": gen_dni,
    "NIE": gen_nie, "CF": gen_cf, "NIR": gen_nir, "BSN": gen_bsn, "PESEL": gen_pesel, "BENN": gen_benn,
}

# --------------------------------------------------------------------------------------
# health vocab  (article/prefix outside the span, expression inside)
# --------------------------------------------------------------------------------------
DX_DE = [("", "Diabetes Typ 2"), ("", "Bluthochdruck"), ("", "Asthma"), ("", "Depressionen"), ("einen ", "Bandscheibenvorfall"),
         ("", "Migräne"), ("eine ", "Schilddrüsenunterfunktion"), ("", "Hashimoto"), ("", "Long Covid"), ("", "Borreliose"),
         ("", "Gürtelrose"), ("", "Neurodermitis"), ("", "Morbus Crohn"), ("", "Colitis ulcerosa"), ("ein ", "Burnout"),
         ("eine ", "Angststörung"), ("", "ADHS"), ("", "Rheuma"), ("", "Arthrose im Knie"), ("eine ", "Lungenentzündung"),
         ("eine ", "Bronchitis"), ("eine ", "Mittelohrentzündung"), ("", "Brustkrebs"), ("", "Multiple Sklerose"), ("", "Epilepsie"),
         ("eine ", "Herzinsuffizienz"), ("", "Vorhofflimmern"), ("", "Schwangerschaftsdiabetes"), ("", "Zöliakie"), ("", "Tinnitus"),
         ("", "Endometriose"), ("", "Fibromyalgie"), ("einen ", "Kreuzbandriss"), ("", "COPD"), ("", "Nierensteine"), ("", "Gicht"),
         ("", "Schuppenflechte"), ("eine ", "Mandelentzündung"), ("eine ", "Blasenentzündung"), ("", "Corona"),
         ("eine ", "Gehirnerschütterung"), ("", "Prostatakrebs"), ("eine ", "Laktoseintoleranz"), ("", "Pfeiffersches Drüsenfieber"),
         ("eine ", "Sehnenscheidenentzündung"), ("", "Diabetes Typ 1"), ("eine ", "Essstörung"), ("", "Grünen Star")]
DX_EN = [("", "type 2 diabetes"), ("", "high blood pressure"), ("", "asthma"), ("", "depression"), ("a ", "slipped disc"), ("", "migraine"),
         ("", "hypothyroidism"), ("", "long covid"), ("", "Lyme disease"), ("", "shingles"), ("", "eczema"), ("", "Crohn's disease"),
         ("an ", "anxiety disorder"), ("", "ADHD"), ("", "rheumatoid arthritis"), ("", "pneumonia"), ("", "bronchitis"),
         ("", "breast cancer"), ("", "MS"), ("", "epilepsy"), ("", "heart failure"), ("", "atrial fibrillation"),
         ("", "gestational diabetes"), ("", "coeliac disease"), ("", "tinnitus"), ("", "endometriosis"), ("", "PCOS"),
         ("", "fibromyalgia"), ("a ", "torn ACL"), ("", "COPD"), ("", "kidney stones"), ("", "gout"), ("", "anaemia"),
         ("", "psoriasis"), ("", "tonsillitis"), ("a ", "UTI"), ("", "covid"), ("", "sleep apnoea"), ("", "glaucoma"),
         ("", "PTSD"), ("", "bipolar disorder"), ("a ", "concussion"), ("", "prostate cancer"), ("", "glandular fever"),
         ("", "type 1 diabetes"), ("an ", "eating disorder")]
SY_DE = ["Fieber", "Husten", "Kopfschmerzen", "Rückenschmerzen", "Schwindel", "Übelkeit", "Durchfall", "Atemnot",
         "Brustschmerzen", "Halsschmerzen", "Schlafstörungen", "Hautausschlag", "Gelenkschmerzen", "Bauchkrämpfe",
         "Erbrechen", "Herzrasen", "Ohrenschmerzen", "Juckreiz", "Sehstörungen", "Panikattacken", "Schüttelfrost",
         "Magenschmerzen", "Taubheitsgefühle in den Fingern", "Wassereinlagerungen", "starke Regelschmerzen",
         "Nasenbluten", "Kreislaufprobleme", "Sodbrennen", "Zahnschmerzen", "geschwollene Knöchel"]
SY_EN = [("a ", "fever"), ("a ", "bad cough"), ("", "headaches"), ("", "back pain"), ("", "dizzy spells"), ("", "nausea"),
         ("", "diarrhoea"), ("", "shortness of breath"), ("", "chest pain"), ("a ", "sore throat"), ("", "insomnia"),
         ("a ", "rash"), ("", "joint pain"), ("", "stomach cramps"), ("", "vomiting"), ("", "heart palpitations"),
         ("", "numb fingers"), ("", "panic attacks"), ("", "chills"), ("", "blurred vision"), ("", "migraines"),
         ("an ", "earache"), ("", "fatigue"), ("", "swollen ankles"), ("", "nosebleeds"), ("", "heartburn"), ("", "toothache"),
         ("a ", "high temperature")]
MED_DE = ["Metformin", "L-Thyroxin", "Ramipril", "Salbutamol", "Sertralin", "Citalopram", "Pantoprazol", "Amoxicillin",
          "Novaminsulfon", "Insulin", "Ozempic", "Metoprolol", "Bisoprolol", "Candesartan", "Xarelto", "Eliquis",
          "Methylphenidat", "Venlafaxin", "Prednisolon", "Tilidin", "Lyrica", "Ritalin", "Mirtazapin", "Amlodipin",
          "Simvastatin", "Diclofenac", "Cortison", "Elvanse", "Escitalopram", "Marcumar", "Euthyrox", "Mounjaro"]
MED_EN = ["Metformin", "Levothyroxine", "Ramipril", "Salbutamol", "Sertraline", "Citalopram", "Omeprazole", "Amoxicillin",
          "Insulin", "Ozempic", "Mounjaro", "Atorvastatin", "Amlodipine", "Lisinopril", "Fluoxetine", "Adderall", "Ventolin",
          "Naproxen", "Propranolol", "Apixaban", "Co-codamol", "Lamotrigine", "Prednisolone", "Mirtazapine", "Warfarin",
          "Codeine", "Wegovy", "Zoloft", "Lexapro", "Concerta", "Diazepam", "Tramadol"]
TX_DE = [("", "Physiotherapie"), ("eine ", "Chemotherapie"), ("eine ", "Psychotherapie"), ("", "Dialyse"), ("eine ", "Reha"),
         ("eine ", "Knie-OP"), ("", "Bestrahlung"), ("", "Krankengymnastik"), ("eine ", "Darmspiegelung"), ("", "Ergotherapie"),
         ("eine ", "Wurzelbehandlung"), ("eine ", "Hüft-OP"), ("einen ", "Kaiserschnitt"), ("", "Akupunktur"),
         ("eine ", "Verhaltenstherapie"), ("ein ", "MRT"), ("eine ", "Magenspiegelung"), ("eine ", "Mandel-OP"),
         ("", "Lymphdrainage"), ("eine ", "künstliche Befruchtung"), ("eine ", "Katarakt-OP"), ("", "Logopädie")]
TX_EN = [("", "physiotherapy"), ("", "chemo"), ("", "counselling"), ("", "dialysis"), ("", "rehab"), ("", "knee surgery"),
         ("", "radiotherapy"), ("", "IVF"), ("a ", "colonoscopy"), ("a ", "root canal"), ("a ", "hip replacement"),
         ("a ", "C-section"), ("", "CBT"), ("an ", "MRI scan"), ("an ", "endoscopy"), ("", "physio"), ("", "speech therapy"),
         ("a ", "tonsillectomy"), ("", "cataract surgery"), ("an ", "ACL reconstruction"), ("a ", "gallbladder removal")]
OP_DE = [("eine ", "Knie-OP"), ("eine ", "Hüft-OP"), ("eine ", "Mandel-OP"), ("eine ", "Bandscheiben-OP"),
         ("eine ", "Blinddarm-OP"), ("eine ", "Gallenblasen-OP"), ("eine ", "Leisten-OP"), ("eine ", "Schulter-OP")]
OP_EN = [("", "knee surgery"), ("a ", "hip replacement"), ("a ", "tonsillectomy"), ("a ", "gallbladder removal"),
         ("an ", "ACL reconstruction"), ("an ", "appendectomy"), ("a ", "hernia repair"), ("", "shoulder surgery")]
ICD = ["J45.9", "F32.1", "E11.9", "M54.5", "I10", "K21.0", "G43.0", "F41.1", "E03.9", "M51.2", "F33.1", "J06.9", "N39.0",
       "K50.9", "L20.9", "F43.2", "M17.1", "R51", "F90.0", "E66.0", "I48.0", "C50.9", "U07.1", "O24.4", "G35", "H93.1",
       "F43.0", "M79.7", "K58.9", "J20.9", "B02.9", "A69.2", "S83.5", "N20.0", "F32.9", "M54.2", "J18.9", "E10.9"]

# coherent bundles: when a message names a condition together with a code or a drug, they fit together
BUNDLES = [
    {"de": ("", "Diabetes Typ 2"), "en": ("", "type 2 diabetes"), "icd": ["E11.9"], "med_de": ["Metformin", "Ozempic", "Insulin", "Mounjaro"], "med_en": ["Metformin", "Ozempic", "Insulin", "Mounjaro"]},
    {"de": ("", "Diabetes Typ 1"), "en": ("", "type 1 diabetes"), "icd": ["E10.9"], "med_de": ["Insulin", "Lantus"], "med_en": ["Insulin", "NovoRapid"]},
    {"de": ("", "Bluthochdruck"), "en": ("", "high blood pressure"), "icd": ["I10"], "med_de": ["Ramipril", "Candesartan", "Amlodipin", "Bisoprolol"], "med_en": ["Ramipril", "Amlodipine", "Lisinopril"]},
    {"de": ("", "Asthma"), "en": ("", "asthma"), "icd": ["J45.9"], "med_de": ["Salbutamol", "Budesonid", "Cortison"], "med_en": ["Salbutamol", "Ventolin", "Symbicort"]},
    {"de": ("", "Depressionen"), "en": ("", "depression"), "icd": ["F32.1", "F33.1", "F32.9"], "med_de": ["Sertralin", "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin"], "med_en": ["Sertraline", "Fluoxetine", "Zoloft", "Lexapro", "Mirtazapine"]},
    {"de": ("", "Migräne"), "en": ("", "migraine"), "icd": ["G43.0", "G43.9"], "med_de": ["Sumatriptan", "Topiramat"], "med_en": ["Sumatriptan", "Propranolol"]},
    {"de": ("eine ", "Schilddrüsenunterfunktion"), "en": ("", "hypothyroidism"), "icd": ["E03.9"], "med_de": ["L-Thyroxin", "Euthyrox"], "med_en": ["Levothyroxine"]},
    {"de": ("", "Hashimoto"), "en": ("", "Hashimoto's"), "icd": ["E06.3"], "med_de": ["L-Thyroxin", "Euthyrox"], "med_en": ["Levothyroxine"]},
    {"de": ("einen ", "Bandscheibenvorfall"), "en": ("a ", "slipped disc"), "icd": ["M51.2", "M54.5"], "med_de": ["Tilidin", "Diclofenac", "Novaminsulfon", "Pregabalin"], "med_en": ["Naproxen", "Co-codamol", "Tramadol"]},
    {"de": ("eine ", "Angststörung"), "en": ("an ", "anxiety disorder"), "icd": ["F41.1"], "med_de": ["Sertralin", "Pregabalin", "Opipramol"], "med_en": ["Sertraline", "Propranolol", "Diazepam"]},
    {"de": ("", "ADHS"), "en": ("", "ADHD"), "icd": ["F90.0"], "med_de": ["Methylphenidat", "Ritalin", "Elvanse"], "med_en": ["Adderall", "Concerta", "Elvanse"]},
    {"de": ("", "Vorhofflimmern"), "en": ("", "atrial fibrillation"), "icd": ["I48.0"], "med_de": ["Xarelto", "Eliquis", "Marcumar", "Bisoprolol"], "med_en": ["Apixaban", "Warfarin", "Bisoprolol"]},
    {"de": ("", "Morbus Crohn"), "en": ("", "Crohn's disease"), "icd": ["K50.9"], "med_de": ["Prednisolon", "Azathioprin"], "med_en": ["Prednisolone", "Azathioprine"]},
    {"de": ("", "Long Covid"), "en": ("", "long covid"), "icd": ["U09.9"], "med_de": [], "med_en": []},
    {"de": ("", "Corona"), "en": ("", "covid"), "icd": ["U07.1"], "med_de": ["Paxlovid"], "med_en": ["Paxlovid"]},
    {"de": ("", "Neurodermitis"), "en": ("", "eczema"), "icd": ["L20.9"], "med_de": ["Cortison", "Dupixent"], "med_en": ["hydrocortisone cream", "Dupixent"]},
    {"de": ("eine ", "Lungenentzündung"), "en": ("", "pneumonia"), "icd": ["J18.9"], "med_de": ["Amoxicillin", "Clarithromycin"], "med_en": ["Amoxicillin", "Clarithromycin"]},
    {"de": ("eine ", "Bronchitis"), "en": ("", "bronchitis"), "icd": ["J20.9"], "med_de": ["Amoxicillin", "Prospan"], "med_en": ["Amoxicillin", "Doxycycline"]},
    {"de": ("eine ", "Blasenentzündung"), "en": ("a ", "UTI"), "icd": ["N39.0", "N30.0"], "med_de": ["Fosfomycin", "Nitrofurantoin"], "med_en": ["Nitrofurantoin", "Trimethoprim"]},
    {"de": ("", "Gürtelrose"), "en": ("", "shingles"), "icd": ["B02.9"], "med_de": ["Aciclovir"], "med_en": ["Aciclovir"]},
    {"de": ("", "Borreliose"), "en": ("", "Lyme disease"), "icd": ["A69.2"], "med_de": ["Doxycyclin"], "med_en": ["Doxycycline"]},
    {"de": ("", "Arthrose im Knie"), "en": ("", "arthritis in my knee"), "icd": ["M17.1"], "med_de": ["Diclofenac", "Etoricoxib"], "med_en": ["Naproxen", "Etoricoxib"]},
    {"de": ("", "Epilepsie"), "en": ("", "epilepsy"), "icd": ["G40.9"], "med_de": ["Lamotrigin", "Levetiracetam"], "med_en": ["Lamotrigine", "Keppra"]},
    {"de": ("", "Multiple Sklerose"), "en": ("", "MS"), "icd": ["G35"], "med_de": ["Ocrevus", "Tecfidera"], "med_en": ["Ocrevus", "Tecfidera"]},
    {"de": ("", "Tinnitus"), "en": ("", "tinnitus"), "icd": ["H93.1"], "med_de": [], "med_en": []},
    {"de": ("einen ", "Kreuzbandriss"), "en": ("a ", "torn ACL"), "icd": ["S83.5"], "med_de": ["Diclofenac"], "med_en": ["Naproxen"]},
    {"de": ("", "Nierensteine"), "en": ("", "kidney stones"), "icd": ["N20.0"], "med_de": ["Novaminsulfon", "Tamsulosin"], "med_en": ["Tamsulosin", "Diclofenac"]},
    {"de": ("", "Fibromyalgie"), "en": ("", "fibromyalgia"), "icd": ["M79.7"], "med_de": ["Pregabalin", "Amitriptylin"], "med_en": ["Pregabalin", "Amitriptyline"]},
    {"de": ("ein ", "Burnout"), "en": ("", "burnout"), "icd": ["Z73.0", "F43.0"], "med_de": [], "med_en": []},
    {"de": ("einen ", "Reizdarm"), "en": ("", "IBS"), "icd": ["K58.9"], "med_de": ["Buscopan", "Mebeverin"], "med_en": ["Buscopan", "Mebeverine"]},
    {"de": ("", "Brustkrebs"), "en": ("", "breast cancer"), "icd": ["C50.9"], "med_de": ["Tamoxifen", "Letrozol"], "med_en": ["Tamoxifen", "Letrozole"]},
    {"de": ("", "Schwangerschaftsdiabetes"), "en": ("", "gestational diabetes"), "icd": ["O24.4"], "med_de": ["Insulin"], "med_en": ["Insulin"]},
    {"de": ("", "COPD"), "en": ("", "COPD"), "icd": ["J44.9"], "med_de": ["Spiriva", "Salbutamol"], "med_en": ["Spiriva", "Salbutamol"]},
    {"de": ("", "Gicht"), "en": ("", "gout"), "icd": ["M10.9"], "med_de": ["Allopurinol", "Colchicin"], "med_en": ["Allopurinol", "Colchicine"]},
    {"de": ("", "Schuppenflechte"), "en": ("", "psoriasis"), "icd": ["L40.0"], "med_de": ["Methotrexat", "Cortison"], "med_en": ["Methotrexate"]},
]

# health words used generally / figuratively / about animals  -> NOT_HEALTH negatives
NHG_DE = ["Osteopathie", "Akupunktur", "Zahnreinigung", "Brillen", "Homöopathie", "Heilpraktiker", "Vorsorgeuntersuchungen",
          "Massagen", "Hörgeräte", "Kieferorthopädie", "Reiseimpfungen", "Physiotherapie", "Psychotherapie", "Einzelzimmer im Krankenhaus"]
NHG_EN = ["osteopathy", "acupuncture", "dental cleaning", "glasses", "physiotherapy", "counselling", "hearing aids", "IVF",
          "health checks", "travel vaccinations", "chiropractic treatment", "mental health support", "private hospital rooms"]
PET_DE = [("eine ", "Ohrenentzündung"), ("", "Durchfall"), ("", "Flöhe"), ("eine ", "Blasenentzündung"), ("", "Arthrose"),
          ("", "Zahnstein"), ("eine ", "Futtermittelallergie"), ("", "Niereninsuffizienz")]
PET_EN = [("an ", "ear infection"), ("", "diarrhoea"), ("", "fleas"), ("", "kidney disease"), ("", "arthritis"),
          ("a ", "skin allergy"), ("", "worms"), ("a ", "limp")]

# --------------------------------------------------------------------------------------
# context keywords (a word naming the value type near the value)
# --------------------------------------------------------------------------------------
CTX = {
    "EMAIL": r"mail",
    "BIC": r"\bbic\b|swift|bankleitzahl",
    "CARD": r"karte|card|\bvisa\b|master|amex|maestro|kreditkarte|\bkk\b|debit",
    "CARD_EXPIRY": r"gültig|ablauf|\bexp|valid|läuft",
    "CVC": r"cvc|cvv|cv2|prüfziffer|prüfnummer|sicherheitscode|security code|\bcode\b",
    "IBAN": r"iban|konto|account|bankverbindung|bank details|\bacct",
    "PHONE": r"\btel\b|\btel\.|telefon|phone|handy|mobil|\bcell|festnetz|landline|rufnummer|whats ?app|anruf|\bruf|\bcall|\bsms\b|\btext me|\bring\b|\bnummer|\bnumber",
    "DE_STEUER_ID": r"steuer-?id|identifikationsnummer|\bid-?nr|\bidnr|tax id|steuerliche",
    "DE_STEUERNUMMER": r"steuernummer|steuer-?nr|\bst\.?-?nr|tax number",
    "DE_RVNR": r"rentenversicherung|sozialversicherung|sv-?nummer|sv-?nr|rv-?nummer|rvnr|pension",
    "DE_KVNR": r"versicherten|kvnr|krankenversicherung|gesundheitskarte|\begk\b|mitgliedsnummer|insurance number|krankenkasse|kasse",
    "DE_ID_CARD": r"personalausweis|ausweis|perso|id card|id number|identity card",
    "DE_PASSPORT": r"reisepass|\bpass\b|passnummer|passport|\bpass-?nr",
    "DE_USTID": r"ust|umsatzsteuer|\bvat",
    "AT_SVNR": r"sozialversicherung|svnr|sv-nummer|e-card|social security",
    "CH_AHV": r"\bahv|\bavs|sozialversicherung",
    "UK_NINO": r"national insurance|\bnino|\bni\b|\bni no",
    "UK_NHS": r"\bnhs",
    "US_SSN": r"\bssn|social security|\bsocial\b",
    "ES_DNI": r"\bdni",
    "ES_NIE": r"\bnie\b",
    "IT_CODICE_FISCALE": r"codice fiscale|fiscal code|\bcf\b",
    "FR_NIR": r"sécu|securite sociale|sécurité sociale|\bnir\b|social security",
    "NL_BSN": r"\bbsn|burgerservicenummer",
    "PL_PESEL": r"pesel",
    "BE_NATIONAL_NUMBER": r"national number|rijksregister|registre national|numéro national|national register|id number",
    "DIAGNOSIS": r"diagnos|befund|festgestellt|erkrank|krankheit|condition|disease|chronisch|chronic",
    "SYMPTOM": r"symptom|beschwerden",
    "MEDICATION": r"medikament|tablette|medication|medicine|\bmeds?\b|rezept|prescription|arznei|\bpills?\b|dosis|\bdose",
    "TREATMENT": r"behandlung|therapie|treatment|therapy|\bop\b|operation|surgery",
    "ICD10": r"\bicd|diagnose|diagnosis|\bcode\b|schlüssel",
}
CTX_RE = {k: re.compile(v, re.I) for k, v in CTX.items()}

# --------------------------------------------------------------------------------------
# fillers & negatives
# --------------------------------------------------------------------------------------
MONTH_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
BANK_DE = ["Sparkasse", "Volksbank", "Commerzbank", "Deutsche Bank", "ING", "DKB", "N26", "comdirect", "Postbank", "Targobank",
           "Raiffeisenbank", "Erste Bank", "UBS", "PostFinance"]
BANK_EN = ["Barclays", "HSBC", "Lloyds", "Monzo", "Revolut", "Santander", "NatWest", "Wise", "Starling", "Chase"]
KASSE = ["TK", "AOK", "Barmer", "DAK", "IKK classic", "hkk", "KKH", "BKK", "Techniker", "AOK Bayern"]
VOUCHERS = ["SOMMER20", "WELCOME10", "XMAS25", "FREESHIP", "NEUKUNDE15", "SAVE15NOW", "BLACKFRIDAY30", "HERBST10", "SPRING24",
            "DANKE5", "STUDENT10", "APP15", "NEWSLETTER10", "FRUEHLING"]


def ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def accidentally_sensitive(s: str) -> bool:
    d = re.sub(r"\D", "", s)
    if 12 <= len(d) <= 19 and luhn.is_valid(d):
        return True
    if len(d) == 11 and (de_idnr.is_valid(d) or pl_pesel.is_valid(d) or be_nn.is_valid(d)):
        return True
    if len(d) == 9 and nl_bsn.is_valid(d):
        return True
    if len(d) == 10 and (gb_nhs.is_valid(d) or at_vnr.is_valid(d)):
        return True
    if len(d) == 13 and ch_ssn.is_valid(d):
        return True
    if d.startswith("0") and 8 <= len(d) <= 12:
        for reg in ("DE", "AT", "CH", "GB"):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(d, reg)):
                    return True
            except Exception:
                pass
    if len(d) == 10 and d[0] not in "01":
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "US")):
                return True
        except Exception:
            pass
    if len(d) in (9, 10, 11) and d == s.strip():
        # long bare digit strings could also look like phone numbers in GB/DE without trunk
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse("+49" + d)) and len(d) >= 10:
                return True
        except Exception:
            pass
    return False


def neg_value(g: Gen, kind: str, lang: str, ctx: dict | None = None):
    """returns (pre_literal, span_text, kind)"""
    r = g.r
    de = lang == "de"
    for _ in range(200):
        pre = ""
        if kind == "ORDER":
            k = "ORDER_NO"
            t = g.wpick([
                (f"{g.digits(3, True)}-{g.digits(7)}-{g.digits(7)}", 3), (f"A{g.digits(9)}", 2), (g.digits(8, True), 3),
                (f"BST-{g.digits(6)}", 2), (f"WEB-{r.randint(2023, 2025)}-{g.digits(5)}", 2), (f"{g.alnum(2, UPP)}{g.digits(6)}", 2),
                (g.digits(10, True), 2), (f"{r.randint(10, 99)}{g.digits(5)}", 2), (f"ORD-{g.digits(6)}", 2),
            ])
            if r.random() < 0.2:
                pre = "#"
        elif kind == "PNR":
            k = "ORDER_NO"
            t = g.wpick([(g.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), 6), (f"HB-{g.digits(7)}", 1), (f"{g.alnum(3, UPP)}{g.digits(3)}", 2)])
        elif kind == "INVOICE":
            k = "INVOICE_NO"
            t = g.wpick([(f"RE-{r.randint(2023, 2025)}-{g.digits(5)}", 3), (f"R{g.digits(8)}", 2), (f"INV-{g.digits(6)}", 3),
                         (f"{r.randint(2023, 2025)}/{g.digits(4)}", 2), (f"RG{g.digits(7)}", 2), (g.digits(9, True), 1)])
        elif kind == "PARCEL":
            k = "PARCEL_NO"
            t = g.wpick([
                ("00340434" + g.digits(12), 4), ("1Z" + g.alnum(6) + g.digits(10), 3), ("H" + g.digits(19), 1),
                ("0" + g.digits(13), 2), (g.digits(11, True), 1), (g.alnum(2, UPP) + g.digits(9) + "GB", 2),
                (" ".join(chunk_by("9400" + g.digits(18), 4)), 1), ("TBA" + g.digits(12), 2), ("JJD" + g.digits(18), 2),
                ("3S" + g.alnum(11), 1), (g.digits(14, True), 1),
            ])
        elif kind == "CUSTOMER":
            k = "CUSTOMER_NO"
            t = g.wpick([(f"KD-{g.digits(6)}", 2), (g.digits(8, True), 3), (f"K{g.digits(7)}", 2), ("100" + g.digits(6), 1),
                         (f"CUST-{g.digits(5)}", 1), (f"{g.digits(3, True)} {g.digits(3)} {g.digits(3)}", 1), (g.digits(7, True), 2)])
        elif kind == "CONTRACT":
            k = "CONTRACT_NO"
            t = g.wpick([(f"V{g.digits(9)}", 2), (f"VN-{g.digits(4)}-{g.digits(6)}", 2), (f"{g.digits(3, True)}/{g.digits(6)}", 2),
                         (f"SV-{g.digits(8)}", 1), (f"MV-{r.randint(2019, 2025)}-{g.digits(3)}", 2), (g.digits(10, True), 1),
                         (f"{g.alnum(2, UPP)}{g.digits(8)}", 1)])
        elif kind == "TICKET":
            k = "TICKET_NO"
            t = g.wpick([(g.digits(6, True), 3), (f"INC{g.digits(7)}", 2), (f"CS-{g.digits(6)}", 2), (f"T{g.digits(8)}", 1),
                         (g.digits(7, True), 1), (f"SR-{g.digits(5)}", 1)])
            if t[0].isdigit() and r.random() < 0.4:
                pre = "#"
        elif kind == "VOUCHER":
            k = "VOUCHER"
            t = g.pick(VOUCHERS) if r.random() < 0.6 else f"{g.alnum(4)}-{g.alnum(4)}"
        elif kind == "GIFT":
            k = "GIFT_CARD"
            t = g.wpick([("-".join(g.alnum(4) for _ in range(4)), 4), (" ".join(chunk_by(g.digits(19, True), 4)), 2),
                         ("GC" + g.digits(12), 1), (g.alnum(4) + " " + g.alnum(4) + " " + g.alnum(4), 2)])
        elif kind == "CARDLIKE":
            k = "CARDLIKE"
            while True:
                num = g.r.choice("4455623989") + g.digits(15)
                if not luhn.is_valid(num):
                    break
            t = " ".join(chunk_by(num, 4)) if r.random() < 0.7 else num
        elif kind == "DATE":
            k = "DATE"
            d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2026)
            if de:
                t = g.wpick([(f"{d:02d}.{m:02d}.{y}", 4), (f"{d}.{m}.", 3), (f"{d:02d}.{m:02d}.", 3), (f"{d}. {MONTH_DE[m - 1]}", 3),
                             (f"{d}. {MONTH_DE[m - 1]} {y}", 1), (f"{y}-{m:02d}-{d:02d}", 1), (f"{d}.{m}.{y % 100}", 1)])
            else:
                t = g.wpick([(f"{d:02d}/{m:02d}/{y}", 4), (f"{MONTH_EN[m - 1]} {d}", 2), (f"{ordinal(d)} {MONTH_EN[m - 1]}", 2),
                             (f"{y}-{m:02d}-{d:02d}", 1), (f"{m}/{d}", 1), (f"{MONTH_EN[m - 1][:3]} {ordinal(d)}", 2), (f"{d} {MONTH_EN[m - 1]} {y}", 1)])
        elif kind == "TIME":
            k = "TIME"
            last = (ctx or {}).get("last_h")
            h = r.randint(last + 1, min(last + 4, 21)) if last is not None and last < 20 else r.randint(7, 17)
            mi = r.choice([0, 15, 30, 45, 0, 0])
            if ctx is not None:
                ctx["last_h"] = h
            if de:
                t = g.wpick([(f"{h}:{mi:02d}", 3), (f"{h} Uhr", 3), (f"{h}.{mi:02d} Uhr", 1), (f"{h}:{mi:02d} Uhr", 2)])
            else:
                hh = h if h <= 12 else h - 12
                ap = "am" if h < 12 else "pm"
                t = g.wpick([(f"{hh}{ap}", 3), (f"{h}:{mi:02d}", 2), (f"{hh}.{mi:02d}{ap}", 1), (f"{hh}:{mi:02d} {ap}", 2)])
        elif kind == "PRICE":
            k = "PRICE"
            x = r.choice([r.randint(3, 99), r.randint(100, 999), r.randint(1000, 2500)])
            c = r.choice(["00", "99", "50", "95", "%02d" % r.randint(0, 99)])
            if de:
                xs = f"{x:,}".replace(",", ".")
                t = g.wpick([(f"{xs},{c} €", 4), (f"{x} €", 3), (f"€ {xs},{c}", 1), (f"{x} EUR", 2), (f"{x},-", 1),
                             (f"CHF {x}.{c}", 1), (f"{xs},{c} Euro", 1)])
            else:
                t = g.wpick([(f"£{x}.{c}", 4), (f"€{x}", 2), (f"${x}.{c}", 2), (f"{x} euros", 1), (f"£{x:,}", 2), (f"€{x},{c}", 1)])
        elif kind == "QTY":
            k = "QUANTITY"
            n = r.randint(2, 12)
            t = g.pick([f"{n} Stück", f"{n}x", f"{n} Packungen", f"{n} Kartons", f"{n} Paar", f"{n} Flaschen"] if de else
                       [f"{n} pcs", f"{n} boxes", f"{n} items", f"{n}x", f"{n} pairs", f"{n} bottles"])
        elif kind == "KWH":
            k = "QUANTITY"
            t = f"{r.randint(1200, 48000)} kWh"
        elif kind == "PLZ":
            k = "POSTCODE"
            t = g.fk["de_DE"].postcode() if de else (g.fk["en_GB"].postcode() if r.random() < 0.7 else g.fk["en_US"].zipcode())
        elif kind == "PLZ_AT":
            k = "POSTCODE"
            t = "1%02d0" % r.randint(1, 23)
        elif kind == "HNR":
            k = "HOUSE_NO"
            n = r.randint(1, 180)
            t = g.wpick([(str(n), 6), (f"{n}{r.choice('abc')}", 2), (f"{n}-{n + 2}", 1)])
        elif kind == "VERSION":
            k = "VERSION"
            t = g.wpick([(f"{r.randint(1, 12)}.{r.randint(0, 20)}.{r.randint(0, 9)}", 5), (f"{r.randint(2, 17)}.{r.randint(0, 9)}", 3),
                         (f"{r.randint(2023, 2025)}.{r.randint(1, 12)}.{r.randint(0, 5)}", 1)])
        elif kind == "SAMPLEIBAN":
            k = "SAMPLE_IBAN"
            t = g.pick(SAMPLE_IBANS)
        else:
            raise KeyError(kind)
        if k in ("DATE", "TIME", "PRICE", "QUANTITY", "HOUSE_NO", "VERSION", "VOUCHER", "SAMPLE_IBAN", "POSTCODE"):
            return pre, t, k
        if not accidentally_sensitive(t):
            return pre, t, k
    raise RuntimeError("neg " + kind)


NEG_SLOTS = {"ORDER", "PNR", "INVOICE", "PARCEL", "CUSTOMER", "CONTRACT", "TICKET", "VOUCHER", "GIFT", "CARDLIKE", "DATE",
             "TIME", "PRICE", "QTY", "KWH", "PLZ", "PLZ_AT", "HNR", "VERSION", "SAMPLEIBAN"}


def filler(g: Gen, name: str, lang: str) -> str:
    fk = g.fk["de_DE" if lang == "de" else "en_GB"]
    if name == "first":
        return fk.first_name()
    if name == "last":
        return fk.last_name()
    if name == "name":
        return f"{fk.first_name()} {fk.last_name()}"
    if name == "city":
        return fk.city()
    if name == "street":
        return fk.street_name()
    if name == "bank":
        return g.pick(BANK_DE if lang == "de" else BANK_EN)
    if name == "kasse":
        return g.pick(KASSE)
    if name == "month":
        return g.pick(MONTH_DE if lang == "de" else MONTH_EN)
    if name == "n":
        return str(g.r.randint(2, 9))
    raise KeyError(name)


# --------------------------------------------------------------------------------------
# templates — (bucket, lang, text).  {SLOT} = value / negative / filler slot,
# <<text>> = NOT_HEALTH negative, <<text|KIND>> = other negative, [[text|TYPE]] = health value
# --------------------------------------------------------------------------------------
T = []


def add(bucket, lang, *texts):
    for t in texts:
        T.append((bucket, lang, t))


# ---- IDs (de)
add("ID", "de",
    "Meine Steuer-ID ist {STEUERID}, brauchen Sie sonst noch was?",
    "steuerliche Identifikationsnummer: {STEUERID}\nSteuernummer: {STNR}\nBelege für {month} schick ich heute Abend",
    "hier die steuernummer von meinem kleingewerbe {STNR}, die rechnung {INVOICE} hab ich angehängt",
    "Der Arbeitgeber will meine Rentenversicherungsnummer. Ist das die {RVNR}? Steht so im Brief vom {DATE}",
    "SV-Nummer {RVNR}",
    "Versichertennummer: {KVNR}\nIch brauche eine neue Gesundheitskarte, die alte ist durchgebrochen",
    "Hallo liebe {kasse}, meine Karte ({KVNR}) wird in der Praxis nicht gelesen. Was soll ich tun?",
    "{KVNR} – das ist die Nummer von meiner Tochter, sie ist bei mir familienversichert",
    "Ausweisnummer {PERSO}, gültig bis {DATE}",
    "Beim Video-Ident ist es wieder abgebrochen 🙄 Perso-Nr. ist {PERSO}, soll ichs nochmal probieren?",
    "Reisepassnummer für die Buchung {PNR}: {PASS}",
    "Die Passnummer lautet {PASS}, hab seit {month} einen neuen Pass",
    "Bitte auf der Rechnung {INVOICE} noch unsere USt-IdNr. ergänzen: {USTID}. Danke!",
    "Unsere Umsatzsteuer-ID hat sich nicht geändert, ist weiterhin {USTID}",
    "Meine Sozialversicherungsnummer ist {SVNR}, die e-card hab ich grad nicht dabei",
    "SVNR {SVNR} bitte für die Anmeldung übernehmen, die Wohnung ist in {PLZ_AT} Wien",
    "AHV-Nummer {AHV}, bitte für die Lohnabrechnung ab {month} hinterlegen",
    "grüezi mitenand, d AHV-Nr vo mim Maa isch {AHV}, mini schick ich no",
    "{STEUERID}",
    "ok hier: {KVNR}",
    "Ich schick Ihnen mal alles auf einmal: Steuer-ID {STEUERID}, IBAN {IBAN_DE}",
    "wegen Anlage N: meine IdNr {STEUERID}, die von meinem Mann ist {STEUERID}",
    "Ist {RVNR} die richtige Nummer oder wollt ihr die von der Krankenkasse?",
    "Kundennummer {CUSTOMER}, Versicherten-Nr. {KVNR} – Frage zum Bonusprogramm, wo sehe ich meine Punkte?",
    "für die Wohnungsbewerbung: Personalausweis-Nr. {PERSO}, Schufa reiche ich nach",
    "Die Nummer auf meinem Perso ist {PERSO}, aber das Onlineformular nimmt sie nicht an",
    "Anbei meine Daten für den Mietvertrag {CONTRACT}:\nAusweis {PERSO}\nTel {MOB}",
    "Finanzamt hat geschrieben, StNr {STNR}, Bescheid vom {DATE}. Können Sie da mal drüberschauen?",
    "Meine neue Steuernummer nach dem Umzug: {STNR} (vorher Finanzamt {city})",
    "die krankenkasse will die rv-nummer {RVNR}, hab ich ihnen die schon gegeben?",
    "Sozialversicherungsausweis ist weg, die Nummer war {RVNR} glaub ich",
    "Mitgliedsnummer bei der alten Kasse: {KVNR}. Ich wechsle zum {DATE} zu euch",
    "für die Lohnsteuer nochmal, {STEUERID} ist richtig so, die andere war ein Zahlendreher",
    "{PERSO}\ndas ist die neue, die alte ist abgelaufen",
)
# ---- IDs (en)
add("ID", "en",
    "my national insurance number is {NINO}, sorry forgot to put it on the form",
    "NI no: {NINO}\nmy new employer asked me to update it with you too",
    "NHS number {NHS} – I want to move my repeat prescriptions to your pharmacy",
    "Hi, it's about my son's appointment, his NHS no. is {NHS}",
    "SSN {SSN}, your form wouldn't let me submit it",
    "can you verify me with my social? {SSN}",
    "last time they asked for my ssn, it's {SSN}. pls hurry, closing is on {DATE}",
    "DNI {DNI} – I'm booking for my partner too, hers is {DNI}",
    "my NIE is {NIE}, I've lived in Valencia since 2019 but I bank with you in Germany",
    "codice fiscale: {CF}",
    "For the Italian invoice I have to give you my codice fiscale, it's {CF}. Order {ORDER}",
    "numéro de sécu {NIR}, I moved here from Lyon last year",
    "my French social security number for the travel insurance claim: {NIR}",
    "BSN {BSN} – you need it for the Dutch return you're preparing, right?",
    "my pesel is {PESEL}, can you add it to contract {CONTRACT}?",
    "Belgian national number {BENN}, the letting agency asked for it",
    "passport no. {PASS} – German passport, valid until {DATE}",
    "here's my tax ID (Steuer-ID) for the payroll: {STEUERID}",
    "{NINO}",
    "ok, id card number: {PERSO}",
    "VAT ID for invoice {INVOICE}: {USTID}, company address stays the same",
    "swiss AHV {AHV}, and my wife's is {AHV}",
    "Austrian social security no. {SVNR}, I work in Salzburg now",
    "my KVNR is {KVNR} (TK), I need the EHIC for my trip on {DATE}",
    "Hallo, my Steuernummer is {STNR} but ELSTER says ungültig??",
    "what else do you need? PESEL {PESEL}, address is the same as on file",
    "ssn is {SSN} and the account number from the statement is {CUSTOMER}",
    "The pharmacy asked me for my NHS number over chat, it's {NHS}. hope that's safe",
    "hi it's for my dad, his national insurance is {NINO} and he gets pension credit",
    "Belgian ID number for the lease: {BENN}\nmove-in is on {DATE}",
    "Dutch BSN: {BSN}",
    "here you go {CF} (my wife's fiscal code, she's the account holder)",
    "sorry wrong one, the right number is {SSN}",
)

# ---- phones
add("PHONE", "de",
    "Bitte rufen Sie mich zurück unter {PHONE}",
    "Meine neue Handynummer: {MOB}",
    "Bin am besten zwischen {TIME} und {TIME} erreichbar, Tel. {PHONE}",
    "Könnt ihr die Festnetznummer {FIX} aus meinem Konto löschen und {MOB} eintragen?",
    "Der Techniker soll sich bitte vorher melden: {PHONE}. Auftrag {ORDER}",
    "whatsapp geht auch: {MOB}",
    "{PHONE}",
    "Rückruf bitte an {PHONE}, Ticket {TICKET}",
    "meine nummer hat sich geändert, jetzt {MOB} (die alte kannst du löschen)",
    "Hallo, hier ist {first} aus der {street} {HNR}, die Heizung geht schon wieder nicht. Kann der Hausmeister mich anrufen? {PHONE}",
    "SMS-Code kommt nicht an, die Nummer ist {MOB}",
    "Für die Lieferung {PARCEL}: bitte vorher kurz anrufen {PHONE}, die Klingel geht nicht",
    "Mein Mann ist unter {MOB} erreichbar, ich bin ab {DATE} im Urlaub",
    "Festnetz {FIX}\nHandy {MOB}\negal welche, Hauptsache es meldet sich heute noch jemand",
    "Bitte für Notfälle die Nummer meiner Tochter hinterlegen: {MOB}",
    "bin unterwegs, am besten aufs handy {MOB} oder ab {TIME} {FIX}",
)
add("PHONE", "en",
    "please call me back on {PHONE}",
    "my mobile number changed to {MOB}, can you update account {CUSTOMER}?",
    "you can reach me at {PHONE} after {TIME}",
    "text me at {MOB} when order {ORDER} ships",
    "phone: {PHONE}\nbest time: mornings before work",
    "{PHONE} thats my cell",
    "i'm abroad at the moment, use my german number {PHONE_DE} pls",
    "Landline {FIX} has been dead since the storm, can an engineer come out? ref {TICKET}",
    "the courier can ring {MOB}, I'm working from home on {DATE}",
    "verification codes still go to my old phone, new one is {MOB}",
    "Could the surgery call me instead? {PHONE}. I can't get through on the line",
    "emergency contact is my brother, {PHONE}",
    "ok so my number is {PHONE}",
    "Hallo, I'm staying in Vienna till {DATE}, my Austrian number is {PHONE_AT}",
)

# ---- IBAN
add("IBAN", "de",
    "Meine IBAN lautet {IBAN}",
    "Bitte die Erstattung auf {IBAN} überweisen, Kontoinhaber ist {name}",
    "Neue Bankverbindung ab {DATE}: {IBAN_DE} ({bank})",
    "Kontonummer hat sich geändert!! jetzt {IBAN}",
    "Lastschrift für Vertrag {CONTRACT} bitte ab sofort von {IBAN} abbuchen",
    "{IBAN}",
    "IBAN: {IBAN}\nBIC: {BIC}",
    "Die Kaution ({PRICE}) bitte zurück auf mein Konto {IBAN}, bin ja zum {DATE} ausgezogen",
    "Rechnung {INVOICE} wurde doppelt abgebucht. Bitte {PRICE} zurück an {IBAN_DE}",
    "Im Formular steht als Beispiel {SAMPLEIBAN}, meine ist aber {IBAN_DE} – passt das so?",
    "für die rückzahlung: {IBAN} lautet auf meinen mann",
    "Hab mich vertippt, richtig ist {IBAN}",
)
add("IBAN", "en",
    "my IBAN is {IBAN}, please refund the {PRICE}",
    "bank details for the deposit: {IBAN} / {BIC}",
    "Could you switch the direct debit to this account: {IBAN}",
    "here's the account for the payout\n{IBAN}",
    "IBAN {IBAN_X} (it's my Spanish account, hope that's ok)",
    "refund for order {ORDER} to {IBAN} please",
    "the example on your page {SAMPLEIBAN} confused me. is mine ok? {IBAN}",
    "salary should go to {IBAN} from next month",
    "pay the damages into {IBAN}, reference {INVOICE}",
    "{IBAN}",
)

# ---- cards
add("CARD", "de",
    "Kreditkarte {CARD} gültig bis {EXP}, bitte für die Buchung {PNR} nehmen",
    "Meine Karte {CARD} wurde zweimal mit {PRICE} belastet",
    "Kartennummer: {CARD}\nAblauf {EXP}\nPrüfziffer {CVC}",
    "hier die ganze nummer {CARD} {EXP} {CVC}, die letzte buchung ging nicht",
    "Bitte sofort sperren!! Karte {CARD} wurde geklaut",
    "{CARD} {EXP}",
    "Zahlung für Bestellung {ORDER} klappt nicht mit {CARD}, was ist da los?",
    "Ich hab ne neue Visa: {CARD}. Bitte fürs Abo {CONTRACT} hinterlegen",
)
add("CARD", "en",
    "card number {CARD} exp {EXP} cvv {CVC}",
    "my card {CARD} got declined at checkout, order {ORDER}",
    "please charge the remaining {PRICE} to {CARD}",
    "someone used my card {CARD} on {DATE}, that wasn't me!!",
    "{CARD}\n{EXP}\n{CVC}",
    "Amex {CARD_AMEX}, expiry {EXP}, security code {CVC}",
    "I want to pay the deposit for booking {PNR} by card: {CARD} valid thru {EXP}",
    "use {CARD} for the monthly payments from now on",
)

# ---- e-mail
add("EMAIL", "de",
    "Meine E-Mail-Adresse ist {EMAIL}",
    "Bitte schicken Sie die Rechnung an {EMAIL}, nicht mehr an die alte",
    "mail: {EMAIL}",
    "Die Bestätigung kam nie an, hab {EMAIL} angegeben. Bestellung {ORDER}",
    "{EMAIL}",
    "Sie können mir auch schreiben: {EMAIL} oder anrufen {PHONE}",
    "Login geht nicht mehr, Benutzer ist {EMAIL}",
)
add("EMAIL", "en",
    "my email is {EMAIL}",
    "please send the receipt to {EMAIL}",
    "I changed my email to {EMAIL} and now the login doesn't work",
    "email me at {EMAIL} pls, can't take calls at work",
    "contact: {EMAIL} / {PHONE}",
    "{EMAIL} - that's the one I used for order {ORDER}",
    "can you cc my wife on everything? {EMAIL}",
)

# ---- BIC
add("BIC", "de",
    "BIC ist {BIC}",
    "Die BIC hat noch gefehlt: {BIC}",
    "bank: {bank}, bic {BIC}",
    "BIC/SWIFT für die Auslandsüberweisung: {BIC}",
)
add("BIC", "en",
    "swift code {BIC}, the transfer from abroad needs it",
    "for the international transfer: SWIFT/BIC {BIC}, IBAN {IBAN_X}",
    "oh and the bic is {BIC}",
)

# ---- health (de)
add("HEALTH", "de",
    "Ich habe seit {n} Tagen {SY0} und {SY0}, bekomme ich heute noch einen Termin?",
    "Bei mir wurde {DX0} festgestellt, übernimmt die Kasse {TX0}?",
    "Brauche ein neues Rezept für {MED}, die Packung ist fast leer",
    "Haben Sie {MED} vorrätig? Brauche es dringend für meinen Vater",
    "Meine AU wegen {DX0} geht bis {DATE}, Diagnose {ICD}",
    "Auf der AU steht {ICD}, muss ich die bei euch einreichen oder beim Arbeitgeber?",
    "Mein Sohn hat {SY0}, ab wann soll ich mit ihm vorbeikommen?",
    "Diagnose: {DX0} ({ICD}). Die [[Reha|TREATMENT]] wurde abgelehnt, wie lege ich Widerspruch ein?",
    "Ich nehme {MED} und {MED}, darf ich dazu [[Ibuprofen|MEDICATION]] nehmen?",
    "Musste die Reise stornieren wegen {DX0}, Buchung {PNR}. Ein Attest habe ich",
    "Hatte letzte Woche {TX}, seitdem {SY0}. Ist das normal?",
    "Den Termin für {TX0} am {DATE} um {TIME} muss ich absagen, liege flach mit {SY0}",
    "ich bin [[schwanger|DIAGNOSIS]] (12. SSW) und habe ständig {SY0} – was übernehmt ihr da?",
    "Meine Mutter hat {DX} und braucht Hilfe im Alltag, wie beantrage ich einen Pflegegrad für sie?",
    "Krieg ich {MED} auch ohne Rezept? Hab seit gestern {SY0}",
    "Seit ich {MED} nehme hab ich {SY0}. Soll ich das absetzen?",
    "Antrag auf Zuzahlungsbefreiung: ich habe {DX0} und bin chronisch krank. Versichertennr. {KVNR}",
    "Kann leider beim Umzug am {DATE} nicht helfen, liege mit {DX0} im Krankenhaus",
    "Mein Orthopäde hat mir {TX0} verschrieben (6 Termine), zahlt ihr das?",
    "Unser Kind hat {DX}, brauchen wir für die Kita ein Attest?",
    "Auf der Überweisung steht {ICD} und {ICD}, was heißt das?",
    "TSH wieder zu hoch, meine Hausärztin erhöht {MED} auf 100. Kann ich das Rezept heute abholen?",
    "Hallo Praxisteam, ich hab {SY0} und {SY0} seit dem Wochenende, [[Fieber|SYMPTOM]] 38,9. Ist ein Hausbesuch möglich?",
    "Bin wegen {DX0} krankgeschrieben, kann ich den Vertrag {CONTRACT} trotzdem pausieren?",
    "Ich hatte {OP} und falle noch {n} Wochen aus, die Miete kommt etwas später, sorry",
    "kurze Frage: {MED} morgens oder abends? hab {DX0}, seit {month} neu eingestellt",
    "meine Frau hat {DX}, die Diagnose kam letzte Woche. Können wir die Reise {PNR} stornieren?",
    "Hab ICD {ICD} auf der Krankmeldung, zählt das als Arbeitsunfall?",
    "Habt ihr {MED} als Generikum? Nehme das wegen {DX0}",
    "ich bekomme ab {DATE} {TX0}, brauche ich dafür eine Genehmigung von euch?",
    "Wegen {SY0} war ich in der Notaufnahme, Rechnung {INVOICE} kam jetzt an mich, stimmt das so?",
)
# ---- health (en)
add("HEALTH", "en",
    "I've had {SY} for {n} days now, can I get an appointment today?",
    "I was diagnosed with {DX} in {month}, does my policy cover {TX0}?",
    "Can you refill my {MED} prescription? I run out tomorrow",
    "do you have {MED} in stock? my usual pharmacy ran out",
    "sick note says {ICD}, do I send it to HR or to you?",
    "my daughter has {SY} and {SY}, should we come in or wait?",
    "need to cancel flight {PNR}, I've got {DX} – doctor's note attached",
    "I take {MED} every day, is it ok to bring it on the plane to the US?",
    "after my {TX0} last week I still have {SY}, is that normal?",
    "my husband has {DX}, can he still get travel insurance with you?",
    "claim for {TX0} on {DATE}, invoice {INVOICE}, amount {PRICE}",
    "I'm on {MED} for my {DX0}, will the new tariff still cover it?",
    "GP wrote {ICD} on the form, what does that mean?",
    "hi, I'm [[pregnant|DIAGNOSIS]] and have {SY}, am I allowed to take {MED}?",
    "Since starting {MED} I keep getting {SY}. Should I stop?",
    "I'm off work with {DX} so the rent might be a few days late this month, sorry",
    "booking {PNR}: I'll need a wheelchair at the airport, just had {OP}",
    "my GP referred me for {TX}, do you need the referral letter?",
    "Mum was diagnosed with {DX} yesterday and I'm trying to sort her insurance out",
    "is {MED} covered on my plan? the doctor switched me from {MED}",
    "been struggling with {SY} and {SY} since my [[covid jab|TREATMENT]], can I speak to the pharmacist?",
    "hey, can I pick up my {MED} today at {TIME}? prescription should be there",
    "diagnosis code {ICD} – is that covered under the hospital plan?",
    "hallo, ich brauche {MED} for my mum, she has {DX}",
    "my son has {DX} and the doctor wants him to have {TX0}, which plan pays for that?",
    "the hospital coded it as {ICD} ({DX0}), but the claim {INVOICE} got rejected",
)

# ---- clean (de)
add("CLEAN", "de",
    "Wo bleibt meine Bestellung {ORDER}? Die Sendungsnummer {PARCEL} zeigt seit {DATE} nichts Neues",
    "Rechnung {INVOICE} über {PRICE} kam doppelt, bitte prüfen",
    "Ich möchte meinen Vertrag {CONTRACT} fristgerecht zum {DATE} kündigen",
    "Gutscheincode {VOUCHER} funktioniert nicht 😤",
    "Hab zum Geburtstag eine Geschenkkarte bekommen ({GIFT}), wie löse ich die ein?",
    "Kundennummer {CUSTOMER} – die App stürzt seit Version {VERSION} ständig ab, echt <<Kopfschmerzen>> mit euch",
    "Das neue Update ist eine <<Krankheit>>, alles langsamer als vorher",
    "Was deckt <<Pflegegrad 2>> eigentlich allgemein ab?",
    "Übernehmt ihr grundsätzlich {NHG}? Frag nur für die Tarifwahl",
    "Mein Hund hat {PET}, zahlt die Tierkrankenversicherung das? Vertrag {CONTRACT}",
    "Paket {PARCEL} liegt angeblich in der Filiale, war um {TIME} da – nix",
    "Ticket {TICKET}: immer noch kein Internet in {PLZ} {city}",
    "Bitte Lieferadresse ändern auf {street} {HNR}, {PLZ} {city}",
    "Die Nummer {CARDLIKE} auf meiner Kundenkarte – da fehlen die Punkte vom {DATE}",
    "Ich hab {QTY} bestellt, aber nur einen bekommen. Bestellnr. {ORDER}",
    "Mein Flug am {DATE} um {TIME} wurde gestrichen, Buchungscode {PNR}. Was nun?",
    "Heizkostenabrechnung {INVOICE}: {PRICE} Nachzahlung?! Das kann nicht stimmen",
    "In welchem Tarif ist {NHG} mit drin?",
    "Ab welchem Alter zahlt die Kasse die <<Grippeimpfung>>? Nur allgemein gefragt",
    "Was ist eigentlich der Unterschied zwischen <<Krankengeld>> und Lohnfortzahlung?",
    "Die Rücksendung {PARCEL} ist seit {DATE} bei euch. Wo bleibt die Gutschrift über {PRICE}?",
    "Termin zur Wohnungsübergabe am {DATE} um {TIME} passt mir",
    "Ist das Haus in der {street} {HNR} barrierefrei?",
    "Ich krieg gleich nen <<Herzinfarkt>> 😂 {PRICE} Versand für ein T-Shirt??",
    "Das Spiel gestern war <<Fieber>> pur, aber der Stream ist dauernd abgebrochen. Kundennr {CUSTOMER}",
    "Router-Firmware {VERSION} installiert, das WLAN ist trotzdem <<krank>>",
    "Belege für {month} bringe ich bis {DATE} vorbei, ist ein ganzer Ordner voll",
    "Ist die Referenznummer {CARDLIKE} auf dem Überweisungsträger so richtig?",
    "Hat der Gutschein {GIFT} noch Restguthaben? Waren mal {PRICE} drauf",
    "Bitte keine Werbung mehr schicken, Kundennummer {CUSTOMER}",
    "Bestellung {ORDER} vom {DATE}: falsche Größe geliefert, wie tausche ich?",
    "Auf dem Formular steht {SAMPLEIBAN} als Beispiel – muss ich meine IBAN genauso mit Leerzeichen eintragen?",
    "Was zahlt ihr bei <<Pflegegrad 3>> im Monat, so grob?",
    "Hat die Apotheke am {DATE} Notdienst oder muss ich woanders hin?",
    "Was kostet eine <<Zahnzusatzversicherung>> für Kinder ungefähr?",
    "Ist der Gutschein {VOUCHER} mit dem Rabatt kombinierbar? Warenkorb liegt bei {PRICE}",
    "Die Sendung {PARCEL} hängt seit {DATE} im Paketzentrum, ist das normal?",
    "Mein Kater hat {PET}, habt ihr Schonkost-Futter da?",
    "Zählerstand vom {DATE}: {KWH}, Vertrag {CONTRACT}",
    "Ich bin <<krank vor Sorge>>, weil das Paket {PARCEL} mit dem Geschenk nicht ankommt",
    "Kann ich die Rate für {month} auf den {DATE} verschieben? Vertrag {CONTRACT}",
    "Wie lange dauert die Bearbeitung von Antrag {TICKET} ungefähr?",
    "Das Handy (Android {VERSION}) findet das WLAN nicht mehr",
    "Wann öffnet die Filiale in {PLZ} {city} nach dem Umbau wieder?",
    "Hausnummer {HNR}, 3. OG: der Aufzug ist seit {DATE} kaputt",
    "Mein Zug kam {n}0 Minuten zu spät, Ticket {TICKET}. Gibt es eine Entschädigung?",
    "Bitte den Gutscheincode {VOUCHER} nochmal schicken, die Mail zu {ORDER} ist weg",
    "Übernehmt ihr allgemein Kosten für <<Brillen>> oder nur bei Kindern?",
    "Das Meeting eben war der reinste <<Nervenzusammenbruch>> haha, jetzt aber zur Rechnung {INVOICE}",
    "Welche Unterlagen braucht man allgemein für einen Antrag auf <<Mutter-Kind-Kur>>?",
    "Auf der Rückseite der Mitgliedskarte steht {CARDLIKE}, ist das meine Mitgliedsnummer?",
    "Kostet der Umtausch von Artikel {ORDER} was? Hab {QTY} zurückgeschickt",
    "Mein Laptop hat sich einen <<Virus>> eingefangen, ich komm nicht ins Kundenkonto {CUSTOMER}",
    "Vermieter hier bitte melden: Wasserschaden in der {street} {HNR}, Erdgeschoss, seit {TIME} tropft es",
    "Die Lieferung am {DATE} zwischen {TIME} und {TIME} passt, Bestellung {ORDER}",
    "Bekomme ich für {QTY} Mengenrabatt? Angebot {INVOICE}",
    "Bei eurem Kundenservice bekommt man echt <<Magengeschwüre>> 🙄 Ticket {TICKET} ist seit {DATE} offen",
    "hallo, order {ORDER} ist immer noch nicht da, tracking {PARCEL}",
)
# ---- clean (en)
add("CLEAN", "en",
    "where is my order {ORDER}? tracking {PARCEL} hasn't moved since {DATE}",
    "invoice {INVOICE} says {PRICE} but I was quoted less",
    "I'd like to cancel contract {CONTRACT} effective {DATE}",
    "promo code {VOUCHER} says it's expired??",
    "got a gift card for my birthday ({GIFT}), how do I add it to my account?",
    "this update is a total <<headache>>, v{VERSION} keeps crashing",
    "what does <<Pflegegrad 2>> cover in general?",
    "my dog has {PET}, does the pet plan pay for the vet?",
    "parcel {PARCEL} was left at number {HNR}, that's not my house",
    "ticket {TICKET} – still no broadband at {PLZ}, it's been {n} days",
    "please change the delivery address to {HNR} {street}, {city} {PLZ}",
    "is the number {CARDLIKE} on the back of my loyalty card the membership ID?",
    "ordered {QTY} but only got one, order {ORDER}",
    "flight on {DATE} at {TIME} got cancelled, booking ref {PNR}",
    "service fee of {PRICE} on invoice {INVOICE}?? that gave me <<heart palpitations>> lol",
    "do your plans cover {NHG} in general? just comparing providers",
    "how much is a <<flu jab>> at your pharmacy?",
    "my cat has {PET}, do you sell the special diet food?",
    "this queue is giving me a <<migraine>> lol, been waiting since {TIME}",
    "return {PARCEL} arrived on {DATE}, when do I get the {PRICE} back?",
    "customer no {CUSTOMER}, please stop sending paper bills",
    "is voucher {VOUCHER} valid on sale items?",
    "boiler broke again at flat {HNR}, ticket {TICKET}",
    "What's the difference between <<Krankengeld>> and statutory sick pay?",
    "your form shows {SAMPLEIBAN} as an example – do I need the spaces?",
    "can I get one receipt for the {QTY} from order {ORDER}?",
    "firmware {VERSION} is <<sick>>, everything's so much faster 👍",
    "the match last night nearly gave me a <<heart attack>> 😂 anyway, box {CUSTOMER} lost all recordings",
    "opening hours on {DATE}? need to pick up parcel {PARCEL}",
    "when's the deadline for the tax return? I've got {n} receipts for {month}",
    "I'm <<sick of>> waiting, order {ORDER} was due on {DATE}",
    "Does your travel insurance cover <<pre-existing conditions>> in general?",
    "is there a <<vaccination>> requirement for Thailand in {month}?",
    "ref {CARDLIKE} – is this what I put on the bank transfer?",
    "Do you deliver to {PLZ}? checkout keeps rejecting it",
    "meter reading {KWH} on {DATE}, account {CUSTOMER}",
    "I'll be there at {TIME} on {DATE} to view the flat at {HNR} {street}",
    "can I pay invoice {INVOICE} in {n} instalments?",
    "app version {VERSION} won't load my statements on the iPhone",
    "The hotel charged {PRICE} for parking, booking {PNR} said free parking",
    "gift card {GIFT} shows a balance of {PRICE} but checkout says 0",
    "my laptop caught a <<virus>> and now I can't log in, customer {CUSTOMER}",
    "Is Pflegegrad the same as a care level? what does <<Pflegegrad 4>> pay roughly?",
    "the smart meter (firmware {VERSION}) shows {KWH} since {DATE}, seems way too high",
    "can you hold the parcel {PARCEL} until {DATE}? I'm away",
    "is the 16 digit number {CARDLIKE} on my voucher the code I type in?",
    "your chatbot is making me <<lose my mind>>, I just want to change the delivery date to {DATE}",
    "Hi, can I swap {QTY} of item {ORDER} for the bigger size? still sealed",
    "contract {CONTRACT} renews on {DATE} – what's the new price, still {PRICE}?",
    "the website crashed at {TIME} and charged nothing, order {ORDER} shows pending",
    "my hamster has {PET} lol, do you ship the vet-recommended bedding?",
    "Which plan is best for general <<dental>> stuff? no specific problem, just planning",
    "the sample IBAN in your FAQ ({SAMPLEIBAN}) is that a real account?",
    "the new app ({VERSION}) is a <<pain>> to use honestly",
)


# ---- more: rarer ID types, bare replies to a bot, mixed German/English
add("ID", "en",
    "NIE number {NIE} – I need it on the rental contract please",
    "the gestor says you need my NIE ({NIE}) before the account can be opened",
    "Polish PESEL for the insurance form: {PESEL}",
    "my wife's PESEL is {PESEL}, she's on the policy as well",
    "rijksregisternummer {BENN}, sorry the card is in Dutch",
    "For the invoice please use our VAT number {USTID}, not the old one",
    "French NIR {NIR}, my carte vitale still goes to the old address",
    "NHS no {NHS}\nthe date of birth on file is correct",
    "my passport number is {PASS}, it's the German one not the British one",
    "Hi, ich brauche help with my Steuer-ID {STEUERID}, the Finanzamt letter shows a different one",
)
add("ID", "de",
    "Passnummer {PASS} – die Airline hat sie falsch übernommen, Buchung {PNR}",
    "USt-ID: {USTID}\nSteuernummer: {STNR}",
    "Meine Frau ist Spanierin, ihre NIE ist {NIE}. Braucht ihr die fürs Gemeinschaftskonto?",
    "Für die Kita-Anmeldung wollen die die Steuer-ID vom Kind: {STEUERID}",
    "AHV {AHV}",
    "moment... {RVNR}",
    "Meine Tochter studiert in Krakau, PESEL {PESEL}, kann sie trotzdem bei euch mitversichert bleiben?",
)
add("IBAN", "de", "klar: {IBAN}", "Refund bitte an meine IBAN {IBAN}, das alte Konto ist closed")
add("PHONE", "de", "jo {MOB}", "hey, kannst du mich kurz anrufen? {MOB} – bin bis {TIME} im office")
add("PHONE", "en", "yep {PHONE}")
add("EMAIL", "de", "passt, {EMAIL}", "Können Sie mir die Unterlagen per Mail schicken? {EMAIL}, thanks a lot")
add("EMAIL", "en", "yes it's {EMAIL}")
add("CARD", "en", "sure - {CARD}")
add("CARD", "de", "Hi, meine card {CARD} wurde declined obwohl genug drauf ist?? exp {EXP}")
add("BIC", "de", "und die {BIC}")
add("BIC", "en", "{BIC}")
add("HEALTH", "de",
    "{SY0} seit heute morgen, was kann ich da nehmen?",
    "Hab seit Tagen {SY0}, der doctor meint es ist {DX0}. Zahlt ihr {MED}?",
)
add("HEALTH", "en", "{DX0} flare up again, any chance of an emergency appointment?")
add("CLEAN", "en", "hey, mein package {PARCEL} is stuck in the depot since {DATE}")
add("CLEAN", "de", "Update {VERSION} ist echt ein <<pain>>, seitdem geht die Kamera nicht mehr")

# --------------------------------------------------------------------------------------
# chat register
# --------------------------------------------------------------------------------------
PRE = {
    "de": [("Hallo", 8), ("Hallo,", 6), ("Hallo!", 3), ("Hi", 5), ("Hey", 3), ("Guten Tag,", 4), ("Guten Morgen", 3), ("Moin", 4),
           ("Moin moin", 1), ("Servus", 2), ("Grüß Gott", 1), ("Sehr geehrte Damen und Herren,", 3), ("Hallöchen", 1),
           ("Hallo zusammen", 2), ("Hi 👋", 2), ("Tag.", 1), ("Guten Abend,", 1), ("Hallo Frau {last},", 1),
           ("Hallo Herr {last},", 1), ("Entschuldigung,", 1), ("Grüezi", 1), ("hallo?", 1)],
    "en": [("Hi", 8), ("Hi,", 5), ("Hello", 6), ("Hey", 4), ("Hey there", 2), ("Good morning", 3), ("Hiya", 2),
           ("Dear Sir or Madam,", 2), ("hello?", 1), ("Hi team,", 2), ("Evening,", 1), ("Hi there 👋", 2), ("Morning!", 2),
           ("Hello, hope you're well.", 1), ("Hey guys", 1), ("hi again", 1)],
}
SUF = {
    "de": [("Danke!", 8), ("Danke im Voraus", 3), ("LG", 4), ("Liebe Grüße", 3), ("VG {first}", 2), ("Mfg", 2),
           ("MfG\n{first} {last}", 2), ("Gruß", 2), ("🙏", 3), ("😊", 2), ("danke 😅", 2), ("Bitte um kurze Rückmeldung", 2),
           ("thx", 1), ("Schönen Tag noch", 2), ("Gruß aus {city}", 1), ("Vielen Dank!!", 2), ("lg {first}", 2), ("??", 2)],
    "en": [("Thanks!", 8), ("thx", 3), ("Cheers", 3), ("Kind regards,\n{first} {last}", 3), ("Many thanks", 2), ("ty", 2),
           ("🙏", 3), ("asap pls", 1), ("Best, {first}", 2), ("thank you so much", 2), ("cheers {first}", 1), ("Regards", 2),
           ("x", 1), ("😊", 1), ("??", 2)],
}
EMOJI = ["🙏", "😊", "😅", "👍", "🙄", "😤", "🤞", "😩", "🤷‍♀️", "😬", "❤️"]

TOKEN = re.compile(r"\{([A-Za-z0-9_]+)\}|<<(.+?)(?:\|([A-Z_]+))?>>|\[\[(.+?)\|([A-Z0-9_]+)\]\]", re.S)

FW = {c: chr(ord(c) + 0xFEE0) for c in DIG + UPP + "abcdefghijklmnopqrstuvwxyz"}
WORDS = {
    "de": {"0": "null", "1": "eins", "2": "zwei", "3": "drei", "4": "vier", "5": "fünf", "6": "sechs", "7": "sieben",
           "8": "acht", "9": "neun", "+": "plus"},
    "en": {"0": "zero", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
           "8": "eight", "9": "nine", "+": "plus"},
}
SEP_FORMS = {"nbsp": "\u00a0", "nnbsp": "\u202f", "dashes": "-", "double_space": "  ", "dots": ".", "slashes": "/"}
GENERIC_FORMS = ["zwsp", "fullwidth", "spaced", "soft_hyphen", "lookalike", "nbsp", "nnbsp", "dashes", "double_space",
                 "mixed", "slashes", "dots", "lowercase", "linebreak"]


def applicable_forms(v: Val) -> list[str]:
    if v.typ in ("CARD_EXPIRY", "CVC"):
        return []
    if v.typ == "EMAIL":
        return ["at_words", "at_words", "at_words", "zwsp", "soft_hyphen", "spaced", "linebreak"]
    forms = [f for f in GENERIC_FORMS if f not in v.excl]
    if not re.search(r"[A-Z]", v.plain):
        forms = [f for f in forms if f != "lowercase"]
    if not re.search(r"[01]", v.plain):
        forms = [f for f in forms if f != "lookalike"]
    if len(v.groups) < 2:
        forms = [f for f in forms if f not in SEP_FORMS and f not in ("mixed", "linebreak")]
    out = []
    for f in forms:
        if f in SEP_FORMS and SEP_FORMS[f].join(v.groups) == v.plain:
            continue
        if f in SEP_FORMS and SEP_FORMS[f] in v.plain and f in ("dashes", "slashes", "dots"):
            continue
        out.append(f)
    if v.typ == "PHONE":
        out.append("spelled")
    if v.typ == "BIC":
        out = [f for f in out if f not in ("slashes", "dots", "mixed")]
    return out


def insert_invisible(g: Gen, s: str, ch: str) -> str:
    pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
    k = min(len(pos), g.r.choice([1, 1, 2, 3]))
    for p in sorted(g.r.sample(pos, k), reverse=True):
        s = s[:p] + ch + s[p:]
    return s


def obfuscate(g: Gen, v: Val, form: str, lang: str) -> str:
    r = g.r
    if form == "plain":
        return v.plain
    if form in SEP_FORMS:
        return SEP_FORMS[form].join(v.groups)
    if form == "spaced":
        return " ".join(c for c in "".join(v.groups))
    if form == "zwsp":
        return insert_invisible(g, v.plain, "\u200b")
    if form == "soft_hyphen":
        return insert_invisible(g, v.plain, "\u00ad")
    if form == "fullwidth":
        return "".join(FW.get(c, c) for c in v.plain)
    if form == "lookalike":
        s = list(v.plain)
        skip = 4 if (v.typ == "PHONE" and v.plain[:1] in "+0" and not v.plain.startswith("0 ")) else 0
        if v.typ == "PHONE" and v.plain.startswith("0") and not v.plain.startswith("00"):
            skip = 0
        pos = [i for i, c in enumerate(s) if c in "01" and i >= skip and not (v.plain[:2] == "1-" and i == 0)]
        for i in r.sample(pos, min(len(pos), r.choice([1, 2, 2, 3]))):
            s[i] = "O" if s[i] == "0" else r.choice("lI")
        return "".join(s)
    if form == "lowercase":
        return v.plain.lower()
    if form == "mixed":
        seps = [" ", ".", "-", "/", "\u00a0", "  ", "\u202f"]
        n = len(v.groups) - 1
        while True:
            chosen = [r.choice(seps) for _ in range(n)]
            if len(set(chosen)) >= 2 or n == 1:
                break
        s = v.groups[0]
        for sep, grp in zip(chosen, v.groups[1:]):
            s += sep + grp
        if n == 1 or r.random() < 0.4:
            s = insert_invisible(g, s, "\u200b")
        return s
    if form == "linebreak":
        if v.typ == "EMAIL":
            return v.groups[0] + "\n" + v.groups[1]
        k = r.randint(1, len(v.groups) - 1)
        sep = " " if " " in v.plain else ""
        return sep.join(v.groups[:k]) + "\n" + sep.join(v.groups[k:])
    if form == "spelled":
        w = WORDS[lang]
        parts = []
        for grp in v.groups:
            parts.append(" ".join(w[c] for c in grp if c in w))
        return ", ".join(parts)
    if form == "at_words":
        local, dom = v.raw.split("@")
        if lang == "de":
            variant = r.choice(["at_dot_de", "paren", "bracket", "aet", "at_plain"])
        else:
            variant = r.choice(["at_dot", "paren", "bracket", "at_plain", "at_dot"])
        if variant == "at_dot":
            return f"{local} at {dom.replace('.', ' dot ')}"
        if variant == "at_dot_de":
            return f"{local} at {dom.replace('.', ' punkt ')}"
        if variant == "paren":
            return f"{local}(at){dom}"
        if variant == "bracket":
            return f"{local} [at] {dom.replace('.', ' [dot] ')}"
        if variant == "aet":
            return f"{local} ät {dom}"
        return f"{local} at {dom}"
    raise KeyError(form)


# --------------------------------------------------------------------------------------
# rendering
# --------------------------------------------------------------------------------------
def seg_lit(t):
    return {"k": "lit", "t": t}


def make_value_segments(g: Gen, slot: str, lang: str, ctx: dict):
    r = g.r
    v = None
    if slot in ("IBAN", "IBAN_DE", "IBAN_X"):
        if slot == "IBAN_DE":
            cc = "DE"
        elif slot == "IBAN_X":
            cc = g.wpick(IBAN_FOREIGN)
        else:
            cc = g.wpick(IBAN_COUNTRIES_DE if lang == "de" else IBAN_COUNTRIES_EN)
        v = gen_iban(g, cc)
        ctx["last_iban"] = v
    elif slot == "BIC":
        v = gen_bic(g, ctx, lang)
    elif slot in ("CARD", "CARD_AMEX"):
        v = gen_card(g, lang, "amex" if slot == "CARD_AMEX" else None)
        ctx["brand"] = v.extra["brand"]
    elif slot == "EXP":
        v = gen_exp(g)
    elif slot == "CVC":
        v = gen_cvc(g, ctx)
    elif slot in ("PHONE", "MOB", "FIX", "PHONE_DE", "PHONE_AT", "PHONE_GB", "PHONE_US"):
        region = {"PHONE_DE": "DE", "PHONE_AT": "AT", "PHONE_GB": "GB", "PHONE_US": "US"}.get(slot) or phone_region(g, lang)
        kind = "mob" if slot == "MOB" else "fix" if slot == "FIX" else ("mob" if r.random() < 0.7 else "fix")
        v = gen_phone(g, region, kind)
    elif slot == "EMAIL":
        v = gen_email(g, lang)
    elif slot in ID_GEN:
        v = ID_GEN[slot](g)
    if v is not None:
        forms = sorted(set(applicable_forms(v)))
        form = "plain"
        rate = OBF_RATE_EMAIL if v.typ == "EMAIL" else OBF_RATE
        if forms and r.random() < rate:
            # keep the forms roughly balanced across the set
            low = min(g.form_counts[f] for f in forms)
            cands = [f for f in forms if g.form_counts[f] <= low + 1]
            form = r.choice(cands)
            g.form_counts[form] += 1
        text = obfuscate(g, v, form, lang)
        if form != "plain" and text == v.plain:
            form = "plain"
        return [{"k": "val", "t": text, "cat": v.cat, "type": v.typ, "form": form, "v": v}]
    # health
    if slot in ("DX", "DX0", "SY", "SY0", "MED", "TX", "TX0", "ICD", "OP"):
        used = ctx.setdefault("used_health", set())
        bundle = None
        if slot in ("DX", "DX0", "MED", "ICD"):
            if "bundle" not in ctx:
                ctx["bundle"] = None
                if r.random() < 0.8:
                    key = {"MED": "med_" + lang, "ICD": "icd"}.get(slot, lang)
                    ctx["bundle"] = r.choice([b for b in BUNDLES if b[key]])
            bundle = ctx["bundle"]
        pref = None
        if bundle is not None:
            if slot in ("DX", "DX0") and bundle[lang][1] not in used:
                pref = (bundle[lang], "DIAGNOSIS")
            elif slot == "MED":
                left = [m for m in bundle["med_" + lang] if m not in used]
                if left:
                    pref = (("", r.choice(left)), "MEDICATION")
            elif slot == "ICD":
                left = [c for c in bundle["icd"] if c not in used]
                if left:
                    pref = (("", r.choice(left)), "ICD10")
        for _ in range(50):
            if pref is not None:
                (art, noun), typ = pref
            elif slot in ("DX", "DX0"):
                art, noun = r.choice(DX_DE if lang == "de" else DX_EN)
                typ = "DIAGNOSIS"
            elif slot in ("SY", "SY0"):
                if lang == "de":
                    art, noun = "", r.choice(SY_DE)
                else:
                    art, noun = r.choice(SY_EN)
                typ = "SYMPTOM"
            elif slot == "MED":
                art, noun = "", r.choice(MED_DE if lang == "de" else MED_EN)
                typ = "MEDICATION"
            elif slot in ("TX", "TX0"):
                art, noun = r.choice(TX_DE if lang == "de" else TX_EN)
                typ = "TREATMENT"
            elif slot == "OP":
                art, noun = r.choice(OP_DE if lang == "de" else OP_EN)
                typ = "TREATMENT"
            else:
                art, noun = "", r.choice(ICD)
                typ = "ICD10"
            if noun not in used:
                break
        used.add(noun)
        if slot.endswith("0"):
            art = ""
        segs = []
        if art:
            segs.append(seg_lit(art))
        segs.append({"k": "val", "t": noun, "cat": "HEALTH", "type": typ, "form": "plain", "v": None, "health": True})
        if typ == "ICD10" and lang == "de" and r.random() < 0.25:
            segs.append(seg_lit(" " + r.choice(["G", "G", "V"])))
        return segs
    if slot in ("NHG",):
        t = r.choice(NHG_DE if lang == "de" else NHG_EN)
        return [{"k": "neg", "t": t, "kind": "NOT_HEALTH", "fig": True}]
    if slot == "PET":
        art, noun = r.choice(PET_DE if lang == "de" else PET_EN)
        return ([seg_lit(art)] if art else []) + [{"k": "neg", "t": noun, "kind": "NOT_HEALTH", "fig": True}]
    if slot in NEG_SLOTS:
        pre, t, kind = neg_value(g, slot, lang, ctx)
        return ([seg_lit(pre)] if pre else []) + [{"k": "neg", "t": t, "kind": kind}]
    return [seg_lit(filler(g, slot, lang))]


def parse_template(tpl: str):
    out, pos = [], 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            out.append(("lit", tpl[pos:m.start()]))
        if m.group(1):
            out.append(("slot", m.group(1)))
        elif m.group(2) is not None:
            out.append(("neg", m.group(2), m.group(3) or "NOT_HEALTH"))
        else:
            out.append(("hval", m.group(4), m.group(5)))
        pos = m.end()
    if pos < len(tpl):
        out.append(("lit", tpl[pos:]))
    return out


def typo(g: Gen, s: str) -> str:
    words = [m for m in re.finditer(r"[A-Za-zÄÖÜäöüß]{5,}", s)]
    if not words:
        return s
    m = g.r.choice(words)
    w = m.group(0)
    i = g.r.randint(1, len(w) - 2)
    op = g.r.choice(["swap", "drop", "double"])
    if op == "swap":
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif op == "drop":
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return s[:m.start()] + w2 + s[m.end():]


def render(g: Gen, bucket: str, lang: str, body: str):
    r = g.r
    bare = len(TOKEN.sub("", body).strip(" :\n")) < 12
    full = body
    p_pre, p_suf = (0.12, 0.1) if bare else (0.45, 0.4)
    if re.match(r"(hi|hey|hallo|hello|grüezi|moin|servus)\b", body, re.I):
        p_pre = 0.0
    if r.random() < p_pre:
        pre = g.wpick(PRE[lang])
        sep = r.choice([" ", "\n", "\n", " ", "\n\n"])
        if sep == " ":
            if pre[-1].isalnum() and r.random() < 0.6:
                pre += ","
            if re.match(r"[A-ZÄÖÜ][a-zäöüß]", full) and r.random() < 0.6:
                full = full[0].lower() + full[1:]
        full = pre + sep + full
    if r.random() < p_suf:
        full = full + r.choice([" ", "\n", "\n", "\n\n"]) + g.wpick(SUF[lang])
    elif r.random() < 0.1:
        full = full + " " + r.choice(EMOJI)

    ctx = {}
    segs = []
    for item in parse_template(full):
        if item[0] == "lit":
            segs.append(seg_lit(item[1]))
        elif item[0] == "neg":
            segs.append({"k": "neg", "t": item[1], "kind": item[2], "fig": item[2] == "NOT_HEALTH"})
        elif item[0] == "hval":
            segs.append({"k": "val", "t": item[1], "cat": "HEALTH", "type": item[2], "form": "plain", "v": None, "health": True})
        else:
            segs.extend(make_value_segments(g, item[1], lang, ctx))

    # chat register: lowercase literals (and free-text health/figurative words), one typo sometimes
    if r.random() < 0.16:
        for s in segs:
            if s["k"] == "lit" or (s["k"] == "neg" and s.get("fig")):
                s["t"] = s["t"].lower()
            elif s["k"] == "val" and s.get("health"):
                low = s["t"].lower()
                if low != s["t"] and (s["type"] != "ICD10" or r.random() < 0.5):
                    s["t"] = low
                    s["form"] = "lowercase"
    elif r.random() < 0.04:
        for s in segs:
            if s["k"] == "val" and s.get("health") and s["type"] == "ICD10":
                s["t"] = s["t"].lower()
                s["form"] = "lowercase"
    if r.random() < 0.17:
        lits = [s for s in segs if s["k"] == "lit" and re.search(r"[A-Za-zÄÖÜäöüß]{5,}", s["t"])]
        if lits:
            s = r.choice(lits)
            s["t"] = typo(g, s["t"])

    text, values, negatives = "", [], []
    for s in segs:
        start = len(text)
        text += s["t"]
        end = len(text)
        if s["k"] == "val":
            values.append({"category": s["cat"], "type": s["type"], "form": s["form"], "start": start, "end": end,
                           "text": s["t"], "_v": s.get("v")})
        elif s["k"] == "neg":
            negatives.append({"kind": s["kind"], "start": start, "end": end, "text": s["t"]})
    # context: a word naming the value type near the value (outside the value itself)
    for v in values:
        before = text[max(0, v["start"] - 45):v["start"]]
        after = text[v["end"]:v["end"] + 25]
        v["context"] = bool(CTX_RE[v["type"]].search(before) or CTX_RE[v["type"]].search(after))
    return text, values, negatives


# --------------------------------------------------------------------------------------
# main generation
# --------------------------------------------------------------------------------------
def generate(seed: int = SEED):
    g = Gen(seed)
    by_bucket: dict[str, list[int]] = {}
    for i, (b, _, _) in enumerate(T):
        by_bucket.setdefault(b, []).append(i)
    plan = []
    for b in sorted(BUCKET_COUNTS):
        plan += [b] * BUCKET_COUNTS[b]
    g.r.shuffle(plan)
    queues: dict[str, list[int]] = {b: [] for b in by_bucket}
    records, meta = [], []
    for n, b in enumerate(plan, 1):
        if not queues[b]:
            q = list(by_bucket[b])
            g.r.shuffle(q)
            queues[b] = q
        ti = queues[b].pop()
        bucket, lang, body = T[ti]
        for _attempt in range(20):
            text, values, negatives = render(g, bucket, lang, body)
            if bucket == "CLEAN" or values:
                break
        vals_out = []
        for v in values:
            vals_out.append({k: v[k] for k in ("category", "type", "form", "context", "start", "end", "text")})
        rec = {
            "id": f"b5-{n:05d}",
            "split": SPLIT,
            "lang": lang,
            "text": text,
            "clean": not vals_out,
            "values": vals_out,
            "negatives": negatives,
        }
        records.append(rec)
        meta.append({"template": ti, "bucket": bucket, "vals": values})
    return records, meta


# --------------------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------------------
ALLOWED = {
    ("CONTACT", "EMAIL"), ("FINANCIAL", "BIC"), ("FINANCIAL", "CARD"), ("FINANCIAL", "CARD_EXPIRY"), ("FINANCIAL", "CVC"),
    ("IBAN", "IBAN"), ("PHONE", "PHONE"),
    *[("ID", t) for t in ("AT_SVNR", "BE_NATIONAL_NUMBER", "CH_AHV", "DE_ID_CARD", "DE_KVNR", "DE_PASSPORT", "DE_RVNR",
                          "DE_STEUERNUMMER", "DE_STEUER_ID", "DE_USTID", "ES_DNI", "ES_NIE", "FR_NIR", "IT_CODICE_FISCALE",
                          "NL_BSN", "PL_PESEL", "UK_NHS", "UK_NINO", "US_SSN")],
    *[("HEALTH", t) for t in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT", "ICD10")],
}
FORMS = {"plain", "zwsp", "fullwidth", "spaced", "soft_hyphen", "lookalike", "nbsp", "nnbsp", "dashes", "double_space", "mixed",
         "slashes", "dots", "lowercase", "at_words", "spelled", "linebreak"}
NEG_KINDS = {"NOT_HEALTH", "DATE", "PRICE", "ORDER_NO", "QUANTITY", "TIME", "INVOICE_NO", "CONTRACT_NO", "VERSION", "CUSTOMER_NO",
             "VOUCHER", "CARDLIKE", "POSTCODE", "HOUSE_NO", "GIFT_CARD", "TICKET_NO", "SAMPLE_IBAN", "PARCEL_NO"}
STRIP = re.compile(r"[\s\u00a0\u202f\u200b\u00ad.\-/()]")


def norm(s: str) -> str:
    return STRIP.sub("", unicodedata.normalize("NFKC", s))


def plain_consistent(v: Val) -> bool:
    """the natural rendering (before obfuscation) still denotes the validated raw value"""
    p = v.plain
    if v.typ == "PHONE":
        try:
            num = phonenumbers.parse(p, v.region)
        except Exception:
            return False
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == v.raw and phonenumbers.is_valid_number(num)
    if v.typ == "DE_STEUERNUMMER":
        return compact_alnum(p) == v.raw.split("|")[0]
    if v.typ == "CARD_EXPIRY":
        mm, yy = re.split(r"[/.\-]", p)
        return f"{int(mm):02d}/{yy[-2:]}" == v.raw
    return compact_alnum(p) == compact_alnum(v.raw) or p == v.raw


def groups_consistent(v: Val) -> bool:
    """the chunks used for separator-based obfuscation still denote the validated raw value"""
    j = "".join(v.groups)
    if v.typ == "PHONE":
        try:
            num = phonenumbers.parse(j, v.region)
        except Exception:
            return False
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == v.raw
    if v.typ == "DE_STEUERNUMMER":
        return j == v.raw.split("|")[0]
    if v.typ in ("CARD_EXPIRY", "CVC"):
        return True
    return j == v.raw


def validate(records, meta) -> list[str]:
    errs = []
    ids = set()
    for rec, m in zip(records, meta):
        t = rec["text"]
        if rec["id"] in ids:
            errs.append(f"dup id {rec['id']}")
        ids.add(rec["id"])
        if rec["lang"] not in ("de", "en"):
            errs.append(f"{rec['id']} lang")
        if rec["clean"] != (len(rec["values"]) == 0):
            errs.append(f"{rec['id']} clean flag")
        spans = []
        for v in rec["values"]:
            if t[v["start"]:v["end"]] != v["text"]:
                errs.append(f"{rec['id']} value span mismatch")
            if (v["category"], v["type"]) not in ALLOWED:
                errs.append(f"{rec['id']} bad type {v['category']}/{v['type']}")
            if v["form"] not in FORMS:
                errs.append(f"{rec['id']} bad form {v['form']}")
            if not isinstance(v["context"], bool):
                errs.append(f"{rec['id']} context")
            spans.append((v["start"], v["end"]))
        for n in rec["negatives"]:
            if t[n["start"]:n["end"]] != n["text"]:
                errs.append(f"{rec['id']} negative span mismatch")
            if n["kind"] not in NEG_KINDS:
                errs.append(f"{rec['id']} bad neg kind {n['kind']}")
            spans.append((n["start"], n["end"]))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                errs.append(f"{rec['id']} overlapping spans")
        for a, b in spans:
            if not (0 <= a < b <= len(t)):
                errs.append(f"{rec['id']} span bounds")
        # value validity before obfuscation, and obfuscation preserves the value
        for v in m["vals"]:
            val = v["_v"]
            if val is None:
                continue
            if not VALIDATORS[val.typ](val.raw):
                errs.append(f"{rec['id']} invalid {val.typ} {val.raw}")
            if not plain_consistent(val):
                errs.append(f"{rec['id']} plain inconsistent {val.typ} {val.plain!r} {val.raw}")
            f = v["form"]
            if f in ("spelled", "at_words"):
                continue
            if not groups_consistent(val):
                errs.append(f"{rec['id']} groups inconsistent {val.typ} {val.groups} {val.raw}")
            base = val.plain if f in ("plain", "zwsp", "soft_hyphen", "fullwidth", "lookalike", "lowercase") else "".join(val.groups)
            a, b = norm(v["text"]), norm(base)
            if f == "lowercase":
                ok = a == b.lower()
            elif f == "lookalike":
                ok = len(a) == len(b) and all(x == y or (y == "0" and x == "O") or (y == "1" and x in "lI") for x, y in zip(a, b))
                ok = ok and a != b
            else:
                ok = a == b
            if not ok:
                errs.append(f"{rec['id']} obfuscation changed value {f} {v['text']!r} vs {val.plain!r}")
    # negatives must not accidentally be valid sensitive values (generated digit negatives only)
    for rec in records:
        for n in rec["negatives"]:
            if n["kind"] in ("ORDER_NO", "INVOICE_NO", "PARCEL_NO", "CUSTOMER_NO", "CONTRACT_NO", "TICKET_NO", "CARDLIKE", "GIFT_CARD"):
                if accidentally_sensitive(n["text"]):
                    errs.append(f"{rec['id']} negative looks sensitive {n['text']}")
            if n["kind"] == "CARDLIKE" and luhn.is_valid(re.sub(r"\D", "", n["text"])):
                errs.append(f"{rec['id']} cardlike passes luhn")
    return errs


def dump(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def report(records, meta):
    n = len(records)
    clean = sum(r["clean"] for r in records)
    print(f"messages: {n}   clean: {clean} ({100 * clean / n:.1f}%)   lang: {dict(Counter(r['lang'] for r in records))}")
    used = sorted(set(m["template"] for m in meta))
    print(f"templates defined: {len(T)}   distinct templates used: {len(used)}   "
          f"by bucket: {dict(Counter(T[i][0] for i in used))}")
    print(f"messages by bucket: {dict(Counter(m['bucket'] for m in meta))}")
    vals = [v for r in records for v in r["values"]]
    print(f"values: {len(vals)}   obfuscated (form != plain): {sum(v['form'] != 'plain' for v in vals)}"
          f" ({100 * sum(v['form'] != 'plain' for v in vals) / len(vals):.1f}%)   with context: {sum(v['context'] for v in vals)}")
    print("by category:", dict(sorted(Counter(v["category"] for v in vals).items())))
    print("by category/type:")
    for k, c in sorted(Counter((v["category"], v["type"]) for v in vals).items()):
        print(f"   {k[0]}/{k[1]}: {c}")
    print("by form:", dict(sorted(Counter(v["form"] for v in vals).items(), key=lambda x: -x[1])))
    print("negatives by kind:", dict(sorted(Counter(nn["kind"] for r in records for nn in r["negatives"]).items(), key=lambda x: -x[1])))
    print("messages with >1 value:", sum(len(r["values"]) > 1 for r in records))


def main():
    records, meta = generate(SEED)
    errs = validate(records, meta)
    if errs:
        print("\n".join(errs[:50]))
        print(f"{len(errs)} validation errors", file=sys.stderr)
        sys.exit(1)
    data = dump(records)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT}  sha256={hashlib.sha256(data.encode()).hexdigest()[:16]}")
    report(records, meta)
    if "--check" in sys.argv:
        again = dump(generate(SEED)[0])
        print("deterministic re-run identical:", again == data)
        if again != data:
            sys.exit(2)


if __name__ == "__main__":
    main()
