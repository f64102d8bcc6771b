"""Value generators and validators for the blind-7 corpus (written blind).

Every generator returns a dict {"canon": compact canonical value, "display": plain
written form, "groups": list of groups used by separator obfuscations, ...}.
`validate(type, canon)` re-checks a canonical value with an independent validator.
"""
import string

import phonenumbers
from schwifty import IBAN, BIC
from stdnum import luhn, isbn, iso11649
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr, stnr as de_stnr, vat as de_vat
from stdnum.es import dni as es_dni, nie as es_nie
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.us import ssn as us_ssn
import simple_icd_10_cm as icd

DIG = string.digits


def rdig(r, n, first_nonzero=False):
    s = "".join(r.choice(DIG) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = r.choice("123456789") + s[1:]
    return s


def chunks(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ----------------------------------------------------------------- IBAN / BIC
IBAN_COUNTRIES_DE = ["DE"] * 10 + ["AT"] * 3 + ["CH"] * 3 + ["NL", "FR", "ES", "IT", "BE", "LU"]
IBAN_COUNTRIES_EN = ["GB"] * 6 + ["IE"] * 2 + ["DE"] * 3 + ["NL", "FR", "ES", "IT", "BE", "AT", "CH", "PL"]
NUMERIC_ACCOUNT_LEN = {"CH": 12, "FR": 11, "IT": 12, "LU": 13}
SAMPLE_IBANS = ["DE89370400440532013000", "GB82WEST12345698765432"]


def gen_iban(r, lang):
    cc = r.choice(IBAN_COUNTRIES_DE if lang == "de" else IBAN_COUNTRIES_EN)
    for _ in range(200):
        kw = {}
        if cc in NUMERIC_ACCOUNT_LEN:
            kw["account_code"] = rdig(r, NUMERIC_ACCOUNT_LEN[cc])
        try:
            ib = IBAN.random(cc, random=r, **kw)
        except Exception:
            continue
        if str(ib.compact) in SAMPLE_IBANS:
            continue
        if ib.validate(validate_bban=True) and ib.bank is not None:
            c = ib.compact
            bic = ib.bic
            return {"canon": c, "display": ib.formatted if r.random() < 0.75 else c,
                    "groups": chunks(c, 4), "bic": str(bic) if bic else None}
    raise RuntimeError("iban")


def valid_iban(c):
    try:
        ib = IBAN(c, validate_bban=True)
        return ib.bank is not None and c not in SAMPLE_IBANS
    except Exception:
        return False


def gen_bic(r, lang):
    while True:
        v = gen_iban(r, lang)
        if v["bic"]:
            b = v["bic"]
            if r.random() < 0.3 and len(b) == 8:
                b = b + "XXX"
            return {"canon": b, "display": b, "groups": [b[:4], b[4:6], b[6:8]] + ([b[8:]] if len(b) > 8 else [])}


def valid_bic(c):
    try:
        BIC(c)
        return True
    except Exception:
        return False


# ----------------------------------------------------------------- cards
CARD_PREFIXES = [("visa", ["4"], 16)] * 5 + [
    ("mc", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], 16)] * 4 + [
    ("amex", ["34", "37"], 15)] * 2 + [
    ("discover", ["6011", "65"], 16), ("jcb", ["3528", "3540", "3589"], 16),
    ("diners", ["36", "38"], 14), ("maestro", ["6759", "5018"], 16)]
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "378282246310005",
              "4012888888881881", "5105105105105100", "4000056655665556", "6011111111111117"}


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 14:
        return [c[:4], c[4:10], c[10:]]
    return chunks(c, 4)


def gen_card(r, lang):
    brand, prefixes, n = r.choice(CARD_PREFIXES)
    while True:
        p = r.choice(prefixes)
        body = p + rdig(r, n - len(p) - 1)
        c = body + luhn.calc_check_digit(body)
        if c not in TEST_CARDS and len(set(c)) > 4:
            break
    g = card_groups(c)
    disp = " ".join(g) if r.random() < 0.7 else c
    return {"canon": c, "display": disp, "groups": g, "brand": brand}


def valid_card(c):
    return c.isdigit() and 13 <= len(c) <= 19 and luhn.is_valid(c) and c[0] in "23456" and c not in TEST_CARDS


def gen_expiry(r, lang):
    m = r.randint(1, 12)
    y = r.randint(26, 31)
    style = r.random()
    if style < 0.6:
        d = "%02d/%02d" % (m, y)
    elif style < 0.8:
        d = "%02d/20%02d" % (m, y)
    elif style < 0.9:
        d = "%d/%02d" % (m, y)
    else:
        d = "%02d-%02d" % (m, y)
    return {"canon": d, "display": d, "groups": [d]}


def valid_expiry(c):
    import re
    m = re.fullmatch(r"(\d{1,2})[/-](\d{2}|\d{4})", c)
    return bool(m) and 1 <= int(m.group(1)) <= 12


def gen_cvc(r, lang, amex=False):
    d = rdig(r, 4 if amex else 3)
    return {"canon": d, "display": d, "groups": [d]}


def valid_cvc(c):
    return c.isdigit() and len(c) in (3, 4)


# ----------------------------------------------------------------- phones
PHONE_PLAN = {
    # region: list of (kind, national prefix digits, total national significant length)
    "DE": [("m", p, 11) for p in ["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                                   "174", "175", "176", "177", "178", "179"]] +
          [("m", p, 10) for p in ["160", "170", "171", "175"]] +
          [("f", p, n) for p, n in [("30", 10), ("40", 10), ("89", 10), ("221", 10), ("69", 10), ("711", 10),
                                    ("211", 10), ("341", 10), ("351", 10), ("511", 10), ("911", 10),
                                    ("621", 10), ("228", 9), ("761", 9), ("6221", 10), ("8031", 9)]],
    "AT": [("m", p, 10) for p in ["664", "650", "660", "676", "680", "681", "699", "688"]] +
          [("m", p, 11) for p in ["664", "676", "699"]] +
          [("f", p, n) for p, n in [("1", 8), ("1", 9), ("316", 9), ("512", 9), ("662", 9), ("732", 9),
                                    ("463", 9)]],
    "CH": [("m", p, 9) for p in ["76", "77", "78", "79", "75"]] +
          [("f", p, 9) for p in ["44", "43", "31", "61", "21", "22", "41", "71", "52", "81"]],
    "GB": [("m", p, 10) for p in ["74", "75", "77", "78", "79", "73"]] +
          [("f", p, n) for p, n in [("207", 10), ("208", 10), ("161", 10), ("121", 10), ("131", 10),
                                    ("141", 10), ("113", 10), ("117", 10), ("1223", 10), ("1865", 10)]],
    "US": [("x", p, 10) for p in ["212", "415", "617", "312", "206", "303", "512", "713", "404", "305",
                                   "646", "718", "213", "602", "702", "919", "503", "615"]],
}
INTL_ONLY = ["FR", "IT", "ES", "NL", "BE", "PL", "SE", "DK", "IE", "PT", "LU", "CZ"]


def _rand_number(r, region):
    if region in PHONE_PLAN:
        kind, p, n = r.choice(PHONE_PLAN[region])
        for _ in range(500):
            nsn = p + rdig(r, n - len(p), True)
            if region == "US" and nsn[3:6] == "555":
                continue
            if region == "GB" and (nsn.startswith("7700900") or nsn.startswith("1632960")):
                continue
            num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn)
            if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
                return num
        raise RuntimeError(region)
    t = r.choice([phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE])
    ex = phonenumbers.example_number_for_type(region, t) or phonenumbers.example_number(region)
    nsn0 = phonenumbers.national_significant_number(ex)
    keep = 2 if len(nsn0) > 7 else 1
    for _ in range(1000):
        nsn = nsn0[:keep] + rdig(r, len(nsn0) - keep)
        num = phonenumbers.parse("+" + str(ex.country_code) + nsn)
        if phonenumbers.is_valid_number(num) and phonenumbers.region_code_for_number(num) == region:
            return num
    raise RuntimeError(region)


def gen_phone(r, lang, national=None):
    if lang == "de":
        home = r.choice(["DE"] * 6 + ["AT"] * 2 + ["CH"] * 2)
    else:
        home = r.choice(["GB"] * 5 + ["US"] * 4 + ["DE", "AT", "CH"])
    if national is None:
        national = r.random() < 0.55
    if national:
        region = home
    else:
        region = home if r.random() < 0.65 else r.choice(INTL_ONLY)
    num = _rand_number(r, region)
    E164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    if national:
        nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        digits = "".join(ch for ch in nat if ch.isdigit())
        st = r.random()
        if region == "US":
            a, b, c = digits[:3], digits[3:6], digits[6:]
            if st < 0.45:
                disp, groups = nat, ["(" + a + ")", b + "-" + c]
            elif st < 0.75:
                disp = "%s-%s-%s" % (a, b, c)
            elif st < 0.85:
                disp = "1-%s-%s-%s" % (a, b, c)
                digits = "1" + digits
            else:
                disp = "%s %s %s" % (a, b, c)
            groups = [a, b, c] if not disp.startswith("1-") else ["1", a, b, c]
        else:
            parts = nat.replace("-", " ").split()
            if region in ("DE", "AT") and len(parts) == 2 and st < 0.85:
                head, tail = parts
                if st < 0.3:
                    disp = head + "/" + tail
                elif st < 0.45:
                    disp = head + "-" + tail
                elif st < 0.55:
                    disp = "(" + head + ") " + tail
                elif st < 0.7 and len(tail) >= 6:
                    disp = head + " " + " ".join(chunks(tail, 2 if len(tail) % 2 == 0 else 3))
                else:
                    disp = nat
                tailg = chunks(tail, 4) if len(tail) > 5 else [tail]
                groups = [head] + tailg
            else:
                disp = nat if st < 0.85 else "".join(parts)
                groups = parts if len(parts) > 1 else chunks(digits, 4)
        return {"canon": digits, "display": disp, "groups": groups, "region": region, "e164": E164,
                "national": True}
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    parts = intl.replace("-", " ").split()
    cc = parts[0]
    st = r.random()
    if st < 0.5:
        disp = intl
    elif st < 0.65:
        disp = E164
    elif st < 0.8:
        disp = "00" + cc[1:] + " " + " ".join(parts[1:])
    elif st < 0.9 and region in ("DE", "AT", "CH", "GB"):
        disp = cc + " (0)" + " ".join(parts[1:])
    else:
        disp = cc + " " + "".join(parts[1:])
    groups = [cc] + [p for p in parts[1:]]
    if disp.startswith("00"):
        groups = ["00" + cc[1:]] + parts[1:]
    if "(0)" in disp:
        groups = [cc, "(0)" + parts[1]] + parts[2:]
    if disp == E164 or disp == cc + " " + "".join(parts[1:]):
        rest = "".join(parts[1:])
        groups = [cc] + chunks(rest, 3 if len(rest) < 9 else 4)
    return {"canon": E164, "display": disp, "groups": groups, "region": region, "e164": E164, "national": False}


def valid_phone(v):
    try:
        if v["national"]:
            num = phonenumbers.parse(v["canon"], v["region"])
        else:
            num = phonenumbers.parse(v["canon"])
        return phonenumbers.is_valid_number(num) and phonenumbers.format_number(
            num, phonenumbers.PhoneNumberFormat.E164) == v["e164"]
    except Exception:
        return False


# ----------------------------------------------------------------- e-mail
MAIL_DOMAINS_DE = ["gmx.de", "web.de", "t-online.de", "gmail.com", "outlook.de", "posteo.de", "gmx.net",
                   "yahoo.de", "icloud.com", "mailbox.org", "freenet.de", "gmx.at", "bluewin.ch", "aon.at",
                   "hotmail.de", "online.de", "protonmail.com", "me.com"]
MAIL_DOMAINS_EN = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "icloud.com", "btinternet.com",
                   "yahoo.com", "aol.com", "proton.me", "live.co.uk", "hotmail.com", "sky.com", "comcast.net",
                   "virginmedia.com", "me.com", "fastmail.com"]


def _translit(s):
    for a, b in [("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("é", "e"), ("è", "e"), ("á", "a"), ("ó", "o"), ("ł", "l"), ("ç", "c"), ("í", "i"), ("ñ", "n")]:
        s = s.replace(a, b)
    return "".join(ch for ch in s if ch.isalnum() or ch in "-")


def gen_email(r, lang, fk):
    first, last = fk.first_name(), fk.last_name()
    f, l = _translit(first).lower(), _translit(last).lower().replace("-", "")
    st = r.randint(0, 8)
    local = [f + "." + l, f + l, f[0] + "." + l, f + "_" + l, l + f[:2], f + "." + l + str(r.randint(1, 99)),
             f + str(r.randint(1960, 2005)), f[0] + l + str(r.randint(1, 999)), l + "." + f][st]
    dom = r.choice(MAIL_DOMAINS_DE if lang == "de" else MAIL_DOMAINS_EN)
    e = local + "@" + dom
    disp = e
    if r.random() < 0.15:
        disp = (local[0].upper() + local[1:]) + "@" + dom
    return {"canon": e.lower(), "display": disp, "local": local, "domain": dom, "groups": [disp]}


def valid_email(c):
    import re
    return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", c))


# ----------------------------------------------------------------- IDs
def _rv_check(d12):
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return str(sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(d12, w)) % 10)


def valid_de_rvnr(c):
    if len(c) != 12 or not c[:8].isdigit() or not c[8].isalpha() or not c[9:].isdigit():
        return False
    dd, mm = int(c[2:4]), int(c[4:6])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    d = c[:8] + "%02d" % (ord(c[8].upper()) - 64) + c[9:11]
    return _rv_check(d) == c[11]


def gen_de_rvnr(r, lang, fk):
    area = r.choice(["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19",
                     "20", "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45",
                     "46", "47", "48", "49", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60",
                     "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75",
                     "76", "77", "78", "79", "80", "81", "82", "89"])
    dob = "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(50, 99) if r.random() < .7 else r.randint(0, 5))
    letter = r.choice("ABDEFGHKLMNPRSTW")
    serial = "%02d" % r.choice(list(range(0, 50)) + list(range(50, 100)))
    chk = _rv_check(area + dob + "%02d" % (ord(letter) - 64) + serial)
    c = area + dob + letter + serial + chk
    st = r.random()
    disp = c if st < 0.4 else (f"{area} {dob} {letter} {serial}{chk}" if st < 0.8 else f"{area} {dob} {letter}{serial}{chk}")
    return {"canon": c, "display": disp, "groups": [area, dob, letter, serial + chk]}


def _kv_check(d10):
    s = 0
    for i, a in enumerate(d10):
        p = int(a) * (1 if i % 2 == 0 else 2)
        s += p // 10 + p % 10
    return str(s % 10)


def valid_de_kvnr(c):
    return len(c) == 10 and c[0].isalpha() and c[1:].isdigit() and c[0] not in "ÄÖÜ" and \
        _kv_check("%02d" % (ord(c[0].upper()) - 64) + c[1:9]) == c[9]


def gen_de_kvnr(r, lang, fk):
    L = r.choice(string.ascii_uppercase)
    body = rdig(r, 8, True)
    c = L + body + _kv_check("%02d" % (ord(L) - 64) + body)
    return {"canon": c, "display": c, "groups": [c[:1] + c[1:5], c[5:]]}


def gen_at_svnr(r, lang, fk):
    while True:
        ser = str(r.randint(100, 999))
        dob = "%02d%02d%02d" % (r.randint(1, 28), r.randint(1, 12), r.randint(0, 99))
        for ck in DIG:
            c = ser + ck + dob
            if at_vnr.is_valid(c):
                disp = c[:4] + " " + c[4:] if r.random() < 0.7 else c
                return {"canon": c, "display": disp, "groups": [c[:4], c[4:]]}


NINO_BAD_PREFIX = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"]


def valid_uk_nino(c):
    import re
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c)) and c[:2] not in NINO_BAD_PREFIX


def gen_uk_nino(r, lang, fk):
    while True:
        c = r.choice("ABCEGHJKLMNPRSTWXYZ") + r.choice("ABCEGHJKLMNPRSTWXYZ") + rdig(r, 6) + r.choice("ABCD")
        if valid_uk_nino(c):
            g = [c[:2], c[2:4], c[4:6], c[6:8], c[8]]
            disp = " ".join(g) if r.random() < 0.5 else c
            return {"canon": c, "display": disp, "groups": g}


STNR_REGIONS = [("Bayern", "FFF/BBB/UUUUP", "9"), ("Berlin", "FF/BBB/UUUUP", "1"),
                ("Baden-Württemberg", "FF/BBB/UUUUP", "1"), ("Nordrhein-Westfalen", "FFF/BBBB/UUUP", "1"),
                ("Hessen", "0FF BBB UUUUP", "2"), ("Niedersachsen", "FF/BBB/UUUUP", "2"),
                ("Hamburg", "FF/BBB/UUUUP", "4"), ("Sachsen", "2FF/BBB/UUUUP", "1")]


def gen_de_steuernummer(r, lang, fk):
    while True:
        reg, fmt, f0 = r.choice(STNR_REGIONS)
        out = []
        for ch in fmt:
            if ch == "F" and not any(x.isdigit() for x in out if x != "0") and fmt.count("F") == 3 and not out:
                out.append(r.choice("123456789"))
            elif ch in "FBUP":
                out.append(r.choice(DIG) if out else r.choice("123456789"))
            else:
                out.append(ch)
        disp = "".join(out)
        c = "".join(x for x in disp if x.isdigit())
        if de_stnr.is_valid(c, reg):
            return {"canon": c, "display": disp, "groups": disp.replace("/", " ").split(), "region": reg}


def valid_de_steuernummer(c):
    return de_stnr.is_valid(c)


def gen_ch_ahv(r, lang, fk):
    while True:
        body = "756" + rdig(r, 9)
        for ck in DIG:
            if ch_ssn.is_valid(body + ck):
                c = body + ck
                return {"canon": c, "display": ch_ssn.format(c) if r.random() < 0.85 else c,
                        "groups": [c[:3], c[3:7], c[7:11], c[11:]]}


def gen_de_steuer_id(r, lang, fk):
    while True:
        d = list(DIG)
        r.shuffle(d)
        i, j = r.sample(range(10), 2)
        d[i] = d[j]
        if d[0] == "0":
            continue
        base = "".join(d)
        for ck in DIG:
            if de_idnr.is_valid(base + ck):
                c = base + ck
                disp = c if r.random() < 0.45 else (de_idnr.format(c) if r.random() < 0.5 else " ".join(chunks(c[:9], 3)) + " " + c[9:])
                return {"canon": c, "display": disp, "groups": [c[:2], c[2:5], c[5:8], c[8:]]}


def gen_us_ssn(r, lang, fk):
    while True:
        a = r.randint(1, 899)
        if a == 666:
            continue
        c = "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))
        if us_ssn.is_valid(c):
            return {"canon": c, "display": us_ssn.format(c) if r.random() < 0.85 else c,
                    "groups": [c[:3], c[3:5], c[5:]]}


def gen_es_nie(r, lang, fk):
    body = r.choice("XYZ") + rdig(r, 7)
    c = body + es_nie.calc_check_digit(body)
    disp = c if r.random() < 0.7 else c[0] + "-" + c[1:8] + "-" + c[8]
    return {"canon": c, "display": disp, "groups": [c[0], c[1:8], c[8]]}


def gen_es_dni(r, lang, fk):
    body = rdig(r, 8)
    c = body + es_dni.calc_check_digit(body)
    disp = c if r.random() < 0.75 else body + "-" + c[8]
    return {"canon": c, "display": disp, "groups": [c[:2], c[2:5], c[5:8], c[8]]}


def gen_fr_nir(r, lang, fk):
    while True:
        body = r.choice("12") + "%02d" % r.randint(40, 99) + "%02d" % r.randint(1, 12) + \
            "%02d" % r.choice([75, 69, 13, 33, 59, 67, 31, 44, 92, 93, 94, 6, 34]) + rdig(r, 3) + rdig(r, 3)
        if body[7:10] == "000" or body[10:13] == "000":
            continue
        c = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(c):
            g = [c[0], c[1:3], c[3:5], c[5:7], c[7:10], c[10:13], c[13:]]
            return {"canon": c, "display": " ".join(g) if r.random() < 0.7 else c, "groups": g}


CF_PLACES = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "C351", "E506", "B157", "A662"]
CF_MONTHS = "ABCDEHLMPRST"


def gen_it_cf(r, lang, fk):
    cons = "BCDFGHJKLMNPRSTVZ"
    while True:
        s = "".join(r.choice(cons) for _ in range(3)) + "".join(r.choice(cons) for _ in range(2)) + r.choice("AEIO" + cons)
        day = r.randint(1, 28) + (40 if r.random() < 0.5 else 0)
        body = s + "%02d" % r.randint(50, 99) + r.choice(CF_MONTHS) + "%02d" % day + r.choice(CF_PLACES)
        c = body + it_cf.calc_check_digit(body)
        if it_cf.is_valid(c):
            return {"canon": c, "display": c, "groups": [c[:3], c[3:6], c[6:11], c[11:15], c[15]]}


def gen_de_id_card(r, lang, fk):
    alpha = "0123456789CFGHJKLMNPRTVWXYZ"
    body = r.choice("LMNPRTVWXY") + "".join(r.choice(alpha if r.random() < 0.35 else DIG) for _ in range(8))
    c = body + icao_check(body)
    return {"canon": c, "display": c, "groups": [c[:4], c[4:9], c[9]]}


def gen_de_passport(r, lang, fk):
    alpha = "0123456789CFGHJKLMNPRTVWXYZ"
    body = r.choice("CFGHJK") + "".join(r.choice(alpha if r.random() < 0.35 else DIG) for _ in range(8))
    c = body + icao_check(body)
    return {"canon": c, "display": c, "groups": [c[:4], c[4:9], c[9]]}


def icao_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def valid_de_doc(c, first):
    alpha = set("0123456789CFGHJKLMNPRTVWXYZ")
    return len(c) == 10 and c[0] in first and all(ch in alpha for ch in c[:9]) and icao_check(c[:9]) == c[9]


def gen_uk_nhs(r, lang, fk):
    while True:
        body = r.choice("3456789") + rdig(r, 8)
        c = next((body + d for d in DIG if gb_nhs.is_valid(body + d)), None)
        if c:
            g = [c[:3], c[3:6], c[6:]]
            return {"canon": c, "display": " ".join(g) if r.random() < 0.7 else c, "groups": g}


def gen_nl_bsn(r, lang, fk):
    while True:
        body = rdig(r, 8, True)
        ck = nl_bsn.checksum(body + "0")
        # choose last digit so that the 11-proof holds
        for d in DIG:
            if nl_bsn.is_valid(body + d):
                c = body + d
                disp = c if r.random() < 0.7 else c[:4] + "." + c[4:6] + "." + c[6:]
                return {"canon": c, "display": disp, "groups": [c[:3], c[3:6], c[6:]]}


def gen_de_ustid(r, lang, fk):
    while True:
        body = rdig(r, 8, True)
        for d in DIG:
            c = "DE" + body + d
            if de_vat.is_valid(c):
                disp = c if r.random() < 0.8 else "DE " + body + d
                return {"canon": c, "display": disp, "groups": ["DE", c[2:5], c[5:8], c[8:]]}


def gen_be_nn(r, lang, fk):
    while True:
        y = r.randint(40, 99) if r.random() < 0.8 else r.randint(0, 5)
        body = "%02d%02d%02d" % (y, r.randint(1, 12), r.randint(1, 28)) + "%03d" % r.randint(1, 997)
        for k in range(1, 98):
            c = body + "%02d" % k
            if be_nn.is_valid(c):
                g = [c[:2], c[2:4], c[4:6], c[6:9], c[9:]]
                disp = be_nn.format(c) if r.random() < 0.6 else c
                return {"canon": c, "display": disp, "groups": g}


def gen_pl_pesel(r, lang, fk):
    while True:
        y = r.randint(40, 99) if r.random() < 0.75 else r.randint(0, 6)
        m = r.randint(1, 12) + (20 if y < 10 else 0)
        body = "%02d%02d%02d" % (y, m, r.randint(1, 28)) + rdig(r, 4)
        c = body + pl_pesel.calc_check_digit(body)
        if pl_pesel.is_valid(c):
            return {"canon": c, "display": c, "groups": [c[:6], c[6:]]}


ID_GEN = {
    "DE_RVNR": gen_de_rvnr, "DE_KVNR": gen_de_kvnr, "AT_SVNR": gen_at_svnr, "UK_NINO": gen_uk_nino,
    "DE_STEUERNUMMER": gen_de_steuernummer, "CH_AHV": gen_ch_ahv, "DE_STEUER_ID": gen_de_steuer_id,
    "US_SSN": gen_us_ssn, "ES_NIE": gen_es_nie, "FR_NIR": gen_fr_nir, "IT_CODICE_FISCALE": gen_it_cf,
    "DE_ID_CARD": gen_de_id_card, "UK_NHS": gen_uk_nhs, "DE_PASSPORT": gen_de_passport, "NL_BSN": gen_nl_bsn,
    "DE_USTID": gen_de_ustid, "BE_NATIONAL_NUMBER": gen_be_nn, "ES_DNI": gen_es_dni, "PL_PESEL": gen_pl_pesel,
}

ID_VALID = {
    "DE_RVNR": valid_de_rvnr, "DE_KVNR": valid_de_kvnr, "AT_SVNR": at_vnr.is_valid, "UK_NINO": valid_uk_nino,
    "DE_STEUERNUMMER": valid_de_steuernummer, "CH_AHV": ch_ssn.is_valid, "DE_STEUER_ID": de_idnr.is_valid,
    "US_SSN": us_ssn.is_valid, "ES_NIE": es_nie.is_valid, "FR_NIR": fr_nir.is_valid,
    "IT_CODICE_FISCALE": it_cf.is_valid, "DE_ID_CARD": lambda c: valid_de_doc(c, "LMNPRTVWXY"),
    "UK_NHS": gb_nhs.is_valid, "DE_PASSPORT": lambda c: valid_de_doc(c, "CFGHJK"), "NL_BSN": nl_bsn.is_valid,
    "DE_USTID": de_vat.is_valid, "BE_NATIONAL_NUMBER": be_nn.is_valid, "ES_DNI": es_dni.is_valid,
    "PL_PESEL": pl_pesel.is_valid,
}

# ----------------------------------------------------------------- ICD-10
ICD_CODES = ["F32.1", "F32.0", "F32.2", "F33.1", "F41.1", "F41.0", "F43.1", "F43.2", "F90.0", "F84.0",
             "F10.20", "F50.00", "F31.9", "F20.9", "F42.2", "F17.210", "F45.41", "F51.01",
             "E11.9", "E10.9", "E03.9", "E06.3", "E66.9", "E55.9", "E78.5", "E05.00", "E28.2",
             "I10", "I48.91", "I50.9", "I25.10", "I63.9", "I83.90", "I80.3",
             "J45.909", "J44.9", "J30.1", "J18.9", "J06.9", "J20.9", "J02.9", "J32.9",
             "M54.5", "M54.16", "M51.26", "M17.11", "M17.12", "M16.11", "M79.7", "M81.0", "M10.9", "M06.9",
             "M75.101", "M77.11", "M48.06", "M65.4",
             "G43.909", "G43.009", "G40.909", "G35", "G20", "G47.33", "G56.01", "G44.209", "G30.9",
             "K58.9", "K50.90", "K51.90", "K21.9", "K80.20", "K90.0", "K29.70", "K35.80", "K64.9",
             "N39.0", "N20.0", "N80.9", "N18.3", "N95.1", "R51.9", "R42", "R11.0", "R05.9", "R53.83", "R10.9",
             "L40.0", "L20.9", "L70.0", "H93.11", "H81.10", "H25.9", "U07.1", "U09.9", "B02.9", "A69.20",
             "C50.911", "C18.9", "C61", "C43.9", "C91.10", "O24.419", "O21.0", "Z33.1", "S83.511A",
             "S52.501A", "S06.0X0A", "Z51.11", "Z99.2", "Z79.4", "D50.9", "D64.9", "B20", "B18.2"]


def gen_icd(r, lang, fk):
    c = r.choice(ICD_CODES)
    return {"canon": c, "display": c, "groups": [c]}


def valid_icd(c):
    return icd.is_valid_item(c)


def valid_isbn(s):
    return isbn.is_valid(s)


def valid_rf(s):
    return iso11649.is_valid(s)
