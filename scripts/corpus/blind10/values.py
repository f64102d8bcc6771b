"""Value generators and validators for the blind10 corpus (written blind).

Every generator takes a ``random.Random`` instance and returns
``(canonical, surface)`` where ``surface`` is the plain way a person would
type the value and ``canonical`` is the compact form that validators accept.
"""
from __future__ import annotations

import re
import string

import phonenumbers
import simple_icd_10_cm as icd
from schwifty import BIC, IBAN, registry
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
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.us import ssn as us_ssn

DIGITS = string.digits
UPPER = string.ascii_uppercase


def rdigits(rng, n, first=DIGITS):
    return rng.choice(first) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


# ---------------------------------------------------------------- IBAN / BIC
IBAN_COUNTRIES = ["DE", "AT", "CH", "GB", "FR", "NL", "ES", "IT", "BE", "PL", "LU", "IE"]
_ACCOUNT_LEN = {"CH": 12, "FR": 11, "IT": 12, "LU": 13, "GB": 8, "IE": 8, "NL": 10,
                "DE": 10, "AT": 11, "ES": 10, "BE": 7, "PL": 16}
# published documentation / textbook sample IBANs: never values
SAMPLE_IBANS = {"DE89370400440532013000", "GB82WEST12345698765432", "GB29NWBK60161331926819",
                "AT611904300234573201", "CH9300762011623852957", "FR1420041010050500013M02606",
                "NL91ABNA0417164300", "ES9121000418450200051332", "BE68539007547034",
                "IT60X0542811101000000123456", "PL61109010140000071219812874",
                "LU280019400644750000", "IE29AIBK93115212345678", "DE02120300000000202051"}
_BANKS = {}


def _banks(cc):
    if cc not in _BANKS:
        _BANKS[cc] = [b for b in registry.get_banks_by_country(cc) if b.bank_code]
    return _BANKS[cc]


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(IBAN_COUNTRIES)
    for _ in range(200):
        acct = rdigits(rng, _ACCOUNT_LEN[cc], "123456789")
        try:
            if cc == "DE":
                # DE: bank codes with a national checksum method are handled by schwifty
                ib = IBAN.random(country_code=cc, random=rng)
            else:
                ib = IBAN.random(country_code=cc, random=rng, account_code=acct)
        except Exception:
            continue
        s = str(ib.compact)
        if s in SAMPLE_IBANS or not re.fullmatch(r"[A-Z]{2}\d\d[A-Z0-9]+", s):
            continue
        if not valid_iban(s):
            continue
        return s, ib.formatted
    raise RuntimeError("iban")


def valid_iban(s):
    try:
        ib = IBAN(s)
        ib.validate(validate_bban=True)
    except Exception:
        return False
    return ib.country_code in IBAN_COUNTRIES and str(ib.compact) not in SAMPLE_IBANS


def iban_bic(s):
    try:
        b = IBAN(s).bic
        return str(b) if b else None
    except Exception:
        return None


_ALL_BICS = None


def gen_bic(rng, cc=None):
    global _ALL_BICS
    if _ALL_BICS is None:
        _ALL_BICS = {}
        for c in IBAN_COUNTRIES:
            _ALL_BICS[c] = sorted({b.bic for b in _banks(c) if b.bic and len(b.bic) in (8, 11)})
    cc = cc or rng.choice(IBAN_COUNTRIES)
    for _ in range(100):
        b = rng.choice(_ALL_BICS[cc] or _ALL_BICS["DE"])
        if valid_bic(b):
            return b, b
    raise RuntimeError("bic")


def valid_bic(s):
    try:
        b = BIC(s)
        return bool(b.exists)
    except Exception:
        return False


# ---------------------------------------------------------------- cards
TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "4012888888881881", "4000056655665556",
              "5200828282828210", "4000000000000002", "4012000033330026", "6011111111111117",
              "3782822463100005"}


def luhn_ok(d):
    if not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def luhn_complete(body):
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    while True:
        if brand == "visa":
            body = "4" + rdigits(rng, 14)
        elif brand == "mc":
            pre = rng.choice(["51", "52", "53", "54", "55", str(rng.randint(2221, 2720))])
            body = pre + rdigits(rng, 15 - len(pre))
        else:
            body = rng.choice(["34", "37"]) + rdigits(rng, 12)
        num = luhn_complete(body)
        if num in TEST_CARDS or len(set(num[1:])) < 4:
            continue
        if len(num) == 15:
            surf = f"{num[:4]} {num[4:10]} {num[10:]}"
        else:
            surf = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        return num, surf


def valid_card(d):
    if not (d.isdigit() and len(d) in (15, 16) and luhn_ok(d)) or d in TEST_CARDS:
        return False
    return d[0] == "4" or d[:2] in ("34", "37", "51", "52", "53", "54", "55") or 2221 <= int(d[:4]) <= 2720


def gen_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    style = rng.choice(["a", "a", "a", "b", "c", "d"])
    if style == "a":
        s = f"{m:02d}/{y}"
    elif style == "b":
        s = f"{m:02d}/20{y}"
    elif style == "c":
        s = f"{m:02d} / {y}"
    else:
        s = f"{m:02d}-{y}"
    return s, s


def valid_expiry(s):
    m = re.fullmatch(r"(\d\d)\s?[/-]\s?(\d\d|20\d\d)", s)
    return bool(m) and 1 <= int(m.group(1)) <= 12


def gen_cvc(rng, n=3):
    return rdigits(rng, n), None


def valid_cvc(s):
    return s.isdigit() and len(s) in (3, 4)


# ---------------------------------------------------------------- phones
PHONE_REGIONS = ["DE", "AT", "CH", "GB", "US", "FR", "IT", "ES", "NL", "PL"]
_NATIONAL = {
    # (prefix choices, total national significant number length choices)
    "DE": [(["151", "152", "157", "160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179", "1511", "1520", "1590"], [10, 11]),
           (["30", "40", "89", "221", "69", "711", "911", "341", "351", "511", "421", "228", "6221", "7071", "8031", "4621"], [10, 11])],
    "AT": [(["664", "676", "650", "660", "699", "680", "681"], [10, 11]), (["1", "316", "512", "662", "732", "463"], [9, 10])],
    "CH": [(["76", "77", "78", "79", "75"], [9]), (["44", "31", "61", "41", "21", "22", "71", "52"], [9])],
    "GB": [(["74", "75", "77", "78", "79"], [10]), (["20", "161", "121", "131", "113", "117", "1865", "1223"], [10])],
    "FR": [(["6", "7"], [9]), (["1", "2", "3", "4", "5"], [9])],
    "IT": [(["320", "328", "333", "339", "345", "347", "348", "349", "366", "388"], [10]), (["02", "06", "011", "055", "051", "081"], [9, 10])],
    "ES": [(["6", "7"], [9]), (["91", "93", "95", "96", "94"], [9])],
    "NL": [(["6"], [9]), (["20", "10", "30", "70", "40", "50"], [9])],
    "PL": [(["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], [9]), (["22", "12", "58", "61", "71"], [9])],
}
US_AREAS = ["212", "305", "415", "617", "312", "206", "512", "303", "404", "718", "646", "213", "702", "919", "503"]
# fictional / drama ranges we never use as values
FICTIONAL = [r"^\+1\d{3}555", r"^\+4930231", r"^\+44(7700900|20794|113496|114496|115496|117496|118496|121496|131496|141496|151496|161496|191498|28960|29201|1632960)",
             r"^\+33(1990|2619|3530|4657|5364|6399)", r"^\+4915228817", r"^\+49699000", r"^\+4940666"]


def _fictional(e164):
    return any(re.match(p, e164) for p in FICTIONAL)


def gen_phone(rng, region=None, mobile=None):
    region = region or rng.choice(PHONE_REGIONS)
    for _ in range(500):
        if region == "US":
            nsn = rng.choice(US_AREAS) + rdigits(rng, 3, "23456789") + rdigits(rng, 4)
            if nsn[3:6] == "555":
                continue
        else:
            kind = 0 if (mobile if mobile is not None else rng.random() < 0.6) else 1
            pres, lens = _NATIONAL[region][kind]
            pre = rng.choice(pres)
            L = rng.choice(lens)
            nsn = pre + rdigits(rng, L - len(pre))
            if region == "IT" and kind == 1:
                pass
        try:
            if region == "IT" and nsn.startswith("0"):
                num = phonenumbers.parse(nsn, "IT")
            else:
                num = phonenumbers.parse("+" + str(phonenumbers.country_code_for_region(region)) + nsn, region)
        except Exception:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != region:
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if _fictional(e164):
            continue
        return e164, phone_surface(rng, num, region)
    raise RuntimeError("phone " + region)


def phone_surface(rng, num, region):
    F = phonenumbers.PhoneNumberFormat
    nat = phonenumbers.format_number(num, F.NATIONAL)
    intl = phonenumbers.format_number(num, F.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, F.E164)
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    opts = [nat, nat, intl, e164]
    if region == "DE":
        ndc_len = phonenumbers.length_of_national_destination_code(num)
        ndc, sub = nsn[:ndc_len], nsn[ndc_len:]
        opts += [f"0{ndc}/{sub}", f"0{ndc}-{sub}", f"0{ndc} {sub}", f"+49 (0){ndc} {sub}",
                 f"0049 {ndc} {sub}", f"0{nsn}", f"+49{nsn}", f"0{ndc} / {sub[:3]} {sub[3:]}"]
    elif region in ("AT", "CH"):
        ndc_len = phonenumbers.length_of_national_destination_code(num)
        ndc, sub = nsn[:ndc_len], nsn[ndc_len:]
        opts += [f"0{ndc} {sub}", f"0{ndc}/{sub}", f"+{cc} {ndc} {sub}", f"00{cc} {ndc} {sub}", f"+{cc} (0){ndc} {sub}"]
    elif region == "US":
        opts += [f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
                 f"+1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    elif region == "GB":
        opts += [f"+44 (0){nat[1:]}", f"0{nsn}", f"+44 {nat[1:]}"]
    elif region == "FR":
        opts += [".".join([nat[i:i + 2] for i in range(0, 14, 3)])]
    elif region == "NL":
        opts += [f"06-{nsn[1:]}" if nsn.startswith("6") else f"0{nsn[:2]}-{nsn[2:]}"]
    elif region == "PL":
        opts += [f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+48 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    s = rng.choice(opts)
    assert phone_e164(s, region) == e164, (s, e164)
    return s


def phone_e164(s, region=None):
    """Return E.164 if ``s`` is a valid number for ``region`` (or any region when None)."""
    regions = [region] if region else PHONE_REGIONS
    for r in regions:
        try:
            n = phonenumbers.parse(s, r)
        except Exception:
            continue
        if phonenumbers.is_valid_number(n) and phonenumbers.region_code_for_number(n) in PHONE_REGIONS:
            e = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
            if not _fictional(e):
                return e
    return None


def phone_valid_any(s):
    """True if s parses as a valid phone number in any of the regions (used for negatives)."""
    for r in PHONE_REGIONS:
        try:
            n = phonenumbers.parse(s, r)
        except Exception:
            continue
        if phonenumbers.is_valid_number(n):
            return True
    return False


# ---------------------------------------------------------------- e-mail
EMAIL_RE = re.compile(r"^[a-z0-9](?:[a-z0-9._+-]{0,40}[a-z0-9])?@(?:[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?\.)+[a-z]{2,10}$")
FREEMAIL = {"de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "gmx.net", "mailbox.org",
                   "icloud.com", "outlook.de", "bluewin.ch", "gmx.at", "aon.at", "hispeed.ch", "yahoo.de"],
            "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
                   "protonmail.com", "live.co.uk", "aol.com", "sky.com", "yahoo.com", "me.com"]}


def _ascii(s):
    rep = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "ó": "o", "í": "i", "ç": "c", "ñ": "n"}
    s = s.lower()
    for a, b in rep.items():
        s = s.replace(a, b)
    return re.sub(r"[^a-z]", "", s)


def gen_email(rng, first, last, lang="de", domain=None):
    f, l = _ascii(first) or "kim", _ascii(last) or "meyer"
    local = rng.choice([f"{f}.{l}", f"{f}{l}", f"{f[0]}.{l}", f"{f}_{l}{rng.randint(1, 99)}", f"{l}.{f}",
                        f"{f}{rng.randint(70, 99)}", f"{f}.{l}{rng.randint(1, 9)}", f"{f[0]}{l}"])
    dom = domain or rng.choice(FREEMAIL[lang])
    s = f"{local}@{dom}"
    assert EMAIL_RE.match(s), s
    return s, s


def valid_email(s):
    return bool(EMAIL_RE.match(s))


# ---------------------------------------------------------------- national IDs
def _complete(body, alphabet, ok):
    for c in alphabet:
        if ok(body + c):
            return body + c
    return None


def gen_de_steuer_id(rng):
    while True:
        d = [rng.choice("123456789")] + [rng.choice(DIGITS) for _ in range(9)]
        n = _complete("".join(d), DIGITS, de_idnr.is_valid)
        if n:
            return n, rng.choice([f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}", n, n, f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}"])


def gen_de_stnr(rng):
    while True:
        st = rng.choice(["by", "by", "be", "nw", "bw", "hh", "he", "sn"])
        if st == "by":
            s = f"{rdigits(rng, 3, '123')}/{rdigits(rng, 3)}/{rdigits(rng, 5)}"
        elif st == "nw":
            s = f"{rdigits(rng, 3, '1234')}/{rdigits(rng, 4)}/{rdigits(rng, 4)}"
        elif st in ("he", "sn"):
            s = f"0{rdigits(rng, 2)}/{rdigits(rng, 3)}/{rdigits(rng, 5)}"
        else:
            s = f"{rdigits(rng, 2, '1234')}/{rdigits(rng, 3)}/{rdigits(rng, 5)}"
        if de_stnr.is_valid(s):
            return de_stnr.compact(s), s


def gen_de_ustid(rng):
    while True:
        n = _complete("DE" + rdigits(rng, 8, "123456789"), DIGITS, de_vat.is_valid)
        if n:
            return n, rng.choice([n, n, f"DE {n[2:5]} {n[5:8]} {n[8:]}", f"DE{n[2:]}"])


def _letter_num(c):
    return f"{ord(c) - 64:02d}"


def rvnr_check(body11):
    """body11 = 2 digits area + 6 digits birth date + letter + 2 digits serial."""
    digits = body11[:8] + _letter_num(body11[8]) + body11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    tot = sum(sum(int(x) for x in str(int(a) * b)) for a, b in zip(digits, w))
    return str(tot % 10)


def valid_de_rvnr(s):
    s = s.upper()
    if not re.fullmatch(r"\d{2}[0-3]\d[01]\d\d\d[A-Z]\d{3}", s):
        return False
    if not (1 <= int(s[2:4]) <= 31 and 1 <= int(s[4:6]) <= 12):
        return False
    if s[:2] not in RV_AREAS:
        return False
    return rvnr_check(s[:11]) == s[11]


RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "23", "24",
            "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51", "52", "53",
            "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69", "70", "71", "72",
            "73", "74", "75", "76", "77", "78", "79", "80", "81", "82", "89"]


def gen_de_rvnr(rng, last="M"):
    area = rng.choice(RV_AREAS)
    dob = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(50, 99):02d}"
    letter = (last[:1].upper() if last[:1].upper() in UPPER else rng.choice(UPPER))
    serial = f"{rng.choice([rng.randint(0, 49), rng.randint(50, 99)]):02d}"
    body = area + dob + letter + serial
    n = body + rvnr_check(body)
    assert valid_de_rvnr(n)
    return n, rng.choice([n, f"{n[:2]} {n[2:8]} {n[8]} {n[9:]}", f"{n[:2]} {n[2:8]} {n[8]} {n[9:11]} {n[11]}"])


def kvnr_check(body9):
    digits = _letter_num(body9[0]) + body9[1:]
    tot = 0
    for i, a in enumerate(digits):
        p = int(a) * (1 if i % 2 == 0 else 2)
        tot += p // 10 + p % 10
    return str(tot % 10)


def valid_de_kvnr(s):
    s = s.upper()
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[:9]) == s[9]


def gen_de_kvnr(rng):
    body = rng.choice(UPPER) + rdigits(rng, 8, "123456789")
    n = body + kvnr_check(body)
    assert valid_de_kvnr(n)
    return n, n


ICAO_ALPHA = "CFGHJKLMNPRTVWXYZ"


def icao_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


SAMPLE_DOCS = {"T220001293", "L01X00T471", "C01X00T478", "T22000129", "C01X00T47", "L01X00T47"}


def gen_de_doc(rng, passport=False):
    while True:
        first = rng.choice("CFGHJK") if passport else rng.choice("LMNPRTVWXY")
        body = first + "".join(rng.choice(ICAO_ALPHA + DIGITS * 2) for _ in range(8))
        n = body + icao_check(body)
        if n not in SAMPLE_DOCS and sum(ch.isdigit() for ch in body) >= 4:
            return n, n


def valid_de_doc(s, passport=False):
    s = s.upper()
    if not re.fullmatch(r"[%s0-9]{9}\d" % ICAO_ALPHA, s) or s in SAMPLE_DOCS:
        return False
    if passport and s[0] not in "CFGHJK":
        return False
    if not passport and s[0] not in "LMNPRTVWXY":
        return False
    return icao_check(s[:9]) == s[9]


def gen_at_svnr(rng):
    while True:
        body = rdigits(rng, 3, "123456789")
        dob = f"{rng.randint(1, 28):02d}{rng.randint(1, 12):02d}{rng.randint(40, 99):02d}"
        n = _complete_mid(body, dob, at_vnr.is_valid)
        if n:
            return n, rng.choice([f"{n[:4]} {n[4:]}", n, f"{n[:4]} {n[4:6]}{n[6:8]}{n[8:]}"])


def _complete_mid(pre, post, ok):
    for c in DIGITS:
        if ok(pre + c + post):
            return pre + c + post


def gen_ch_ahv(rng):
    while True:
        n = _complete("756" + rdigits(rng, 9), DIGITS, ch_ssn.is_valid)
        if n:
            return n, f"{n[:3]}.{n[3:7]}.{n[7:11]}.{n[11:]}"


def gen_us_ssn(rng):
    while True:
        a = rng.randint(1, 665)
        s = f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if us_ssn.is_valid(s) and s not in ("078-05-1120", "219-09-9999", "123-45-6789"):
            return s.replace("-", ""), rng.choice([s, s, s.replace("-", " ")])


def gen_es_dni(rng):
    n = _complete(rdigits(rng, 8), UPPER, es_dni.is_valid)
    return n, rng.choice([n, f"{n[:8]}-{n[8]}"])


def gen_es_nie(rng):
    n = _complete(rng.choice("XYZ") + rdigits(rng, 7), UPPER, es_nie.is_valid)
    return n, rng.choice([n, f"{n[0]}-{n[1:8]}-{n[8]}"])


def gen_fr_nir(rng):
    while True:
        body = f"{rng.choice('12')}{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.choice(['75', '69', '13', '33', '59', '67', '31', '44', '92', '93'])}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        n = f"{body}{key:02d}"
        if fr_nir.is_valid(n):
            return n, f"{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}"


_MONTHS_CF = "ABCDEHLMPRST"
_CONS = "BCDFGHLMNPRSTVZ"
_VOW = "AEIOU"


def gen_it_cf(rng):
    while True:
        sur = "".join(rng.choice(p) for p in (_CONS, _VOW, _CONS))
        nam = "".join(rng.choice(p) for p in (_CONS, _CONS, _VOW))
        yy = f"{rng.randint(50, 99):02d}"
        mm = rng.choice(_MONTHS_CF)
        dd = rng.randint(1, 28) + rng.choice([0, 40])
        place = rng.choice(["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736"])
        body = f"{sur}{nam}{yy}{mm}{dd:02d}{place}"
        n = _complete(body, UPPER, it_cf.is_valid)
        if n:
            return n, n


def gen_uk_nhs(rng):
    while True:
        n = _complete(rdigits(rng, 9, "3456789"), DIGITS, gb_nhs.is_valid)
        if n:
            return n, rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def valid_uk_nino(s):
    s = re.sub(r"\s", "", s.upper())
    if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
        return False
    return s[:2] not in NINO_BAD_PREFIX and s[:2] != "QQ"


def gen_uk_nino(rng):
    while True:
        a = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        n = a + b + rdigits(rng, 6) + rng.choice("ABCD")
        if valid_uk_nino(n):
            return n, rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]}{n[2:8]}{n[8]}"])


def gen_nl_bsn(rng):
    while True:
        n = _complete(rdigits(rng, 8, "12345678"), DIGITS, nl_bsn.is_valid)
        if n:
            return n, rng.choice([n, f"{n[:4]}.{n[4:6]}.{n[6:]}"])


def gen_be_nn(rng):
    while True:
        yy = rng.randint(50, 99)
        body = f"{yy:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(1, 997):03d}"
        n = body + f"{97 - int(body) % 97:02d}"
        if be_nn.is_valid(n):
            return n, f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}"


def gen_pl_pesel(rng):
    while True:
        body = f"{rng.randint(50, 99):02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}{rng.randint(0, 9999):04d}"
        n = _complete(body, DIGITS, pl_pesel.is_valid)
        if n:
            return n, n


# type -> validator over canonical
VALIDATORS = {
    "IBAN": valid_iban, "BIC": valid_bic, "CARD": valid_card, "CARD_EXPIRY": valid_expiry, "CVC": valid_cvc,
    "PHONE": lambda s: phone_e164(s) is not None, "EMAIL": valid_email,
    "DE_STEUER_ID": de_idnr.is_valid, "DE_STEUERNUMMER": de_stnr.is_valid, "DE_USTID": de_vat.is_valid,
    "DE_RVNR": valid_de_rvnr, "DE_KVNR": valid_de_kvnr, "DE_ID_CARD": lambda s: valid_de_doc(s, False),
    "DE_PASSPORT": lambda s: valid_de_doc(s, True), "AT_SVNR": at_vnr.is_valid, "CH_AHV": ch_ssn.is_valid,
    "US_SSN": lambda s: us_ssn.is_valid(s) and s not in ("078051120", "219099999", "123456789"),
    "ES_DNI": es_dni.is_valid, "ES_NIE": es_nie.is_valid, "FR_NIR": fr_nir.is_valid,
    "IT_CODICE_FISCALE": it_cf.is_valid, "UK_NHS": gb_nhs.is_valid, "UK_NINO": valid_uk_nino,
    "NL_BSN": nl_bsn.is_valid, "BE_NATIONAL_NUMBER": be_nn.is_valid, "PL_PESEL": pl_pesel.is_valid,
    "ICD10": icd.is_valid_item,
}

ID_GENERATORS = {
    "DE_STEUER_ID": gen_de_steuer_id, "DE_STEUERNUMMER": gen_de_stnr, "DE_USTID": gen_de_ustid,
    "DE_RVNR": gen_de_rvnr, "DE_KVNR": gen_de_kvnr, "DE_ID_CARD": lambda r: gen_de_doc(r, False),
    "DE_PASSPORT": lambda r: gen_de_doc(r, True), "AT_SVNR": gen_at_svnr, "CH_AHV": gen_ch_ahv,
    "US_SSN": gen_us_ssn, "ES_DNI": gen_es_dni, "ES_NIE": gen_es_nie, "FR_NIR": gen_fr_nir,
    "IT_CODICE_FISCALE": gen_it_cf, "UK_NHS": gen_uk_nhs, "UK_NINO": gen_uk_nino, "NL_BSN": gen_nl_bsn,
    "BE_NATIONAL_NUMBER": gen_be_nn, "PL_PESEL": gen_pl_pesel,
}

# numeric / alnum national-ID validators used to screen negatives
NEG_ID_CHECKS = [v for k, v in VALIDATORS.items() if k in ID_GENERATORS]
