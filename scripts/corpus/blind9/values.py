"""Value generators and validators for the blind9 chat corpus.

Every generator returns (canonical, display) where `canonical` is the compact
form that is validated and `display` is the conventional way a person writes it.
All randomness comes from the `random.Random` instance passed in.
"""
from __future__ import annotations

import datetime as _dt
import re
import warnings

import phonenumbers
import simple_icd_10_cm as icd
from schwifty import BIC, IBAN, registry
from stdnum import luhn
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

DIGITS = "0123456789"

# --------------------------------------------------------------------------- IBAN
# Banks are taken from schwifty's bank registry, restricted to well-known
# retail banks so the numbers look like what customers actually have.
_BANK_PREFS = {
    "DE": ["sparkasse", "deutsche bank", "commerzbank", "volksbank", "postbank", "ing-diba",
           "deutsche kreditbank", "raiffeisenbank", "comdirect", "gls gemeinschaftsbank", "targobank",
           "hypovereinsbank", "psd bank", "sparda"],
    "AT": ["erste bank", "raiffeisen", "bawag", "volksbank", "sparkasse", "unicredit bank austria",
           "oberbank", "easybank"],
    "CH": ["ubs", "raiffeisen", "kantonalbank", "postfinance", "migros", "valiant"],
    "GB": ["barclays bank", "lloyds bank", "hsbc uk", "natwest", "santander uk", "nationwide",
           "monzo", "starling", "metro bank", "tsb bank"],
    "FR": ["bnp", "societe generale", "crédit agricole", "credit agricole", "crcam", "caisse d'epargne",
           "lcl", "banque postale", "cic", "credit mutuel", "crédit mutuel", "boursorama"],
    "NL": ["ing bank", "rabobank", "abn amro bank", "sns", "triodos", "bunq", "knab", "asn"],
    "ES": ["santander", "bilbao vizcaya", "caixabank", "sabadell", "bankinter", "unicaja", "abanca", "kutxabank"],
    "IT": ["intesa sanpaolo", "unicredit", "banco bpm", "monte dei paschi", "fineco", "bper", "credito cooperativo"],
    "BE": ["bnp paribas fortis", "kbc", "ing belgi", "belfius", "argenta", "axa", "cbc", "crelan"],
    "PL": ["pko", "pekao", "mbank", "ing bank", "santander", "millennium", "alior", "spółdzielczy"],
    "LU": ["spuerkeess", "bgl", "internationale", "raiffeisen", "post", "ing luxembourg"],
    "IE": ["bank of ireland", "allied irish", "aib", "permanent tsb", "ulster", "revolut"],
}
_bank_cache: dict[str, list] = {}

# Sample IBANs published in bank / standards documentation.  They are never
# emitted as values; some are used as negatives of kind "example_iban".
DOC_SAMPLE_IBANS = [
    "DE89370400440532013000", "DE02120300000000202051", "DE75512108001245126199",
    "GB29NWBK60161331926819", "GB82WEST12345698765432", "GB33BUKB20201555555555",
    "FR1420041010050500013M02606", "FR7630006000011234567890189", "NL91ABNA0417164300",
    "ES9121000418450200051332", "IT60X0542811101000000123456", "BE68539007547034",
    "AT611904300234573201", "CH9300762011623852957", "PL61109010140000071219812874",
    "LU280019400644750000", "IE29AIBK93115212345678", "DE44500105175407324931",
]


def _banks(cc: str):
    if cc not in _bank_cache:
        prefs = _BANK_PREFS[cc]
        banks = [b for b in registry.get_banks_by_country(cc)
                 if b.primary and b.bic and any(p in (b.name or "").lower() for p in prefs)]
        banks.sort(key=lambda b: (b.bank_code, b.bic or "", b.name or ""))
        _bank_cache[cc] = banks
    return _bank_cache[cc]


def gen_iban(rng, cc: str):
    spec = registry.get_iban_spec(cc)
    for _ in range(200):
        bank = rng.choice(_banks(cc))
        kw = {"bank_code": bank.bank_code}
        if cc in ("FR", "IT", "CH", "LU", "ES", "BE", "GB", "IE", "AT"):
            n = spec.positions["account_code"].length
            kw["account_code"] = "".join(rng.choice(DIGITS) for _ in range(n))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                iban = IBAN.random(cc, random=rng, **kw)
        except Exception:
            continue
        s = str(iban)
        if s in DOC_SAMPLE_IBANS:
            continue
        if valid_iban(s):
            return s, iban.formatted
    raise RuntimeError("no IBAN for " + cc)


def valid_iban(s: str) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            i = IBAN(s)
            i.validate(validate_bban=True)
        return s not in DOC_SAMPLE_IBANS and i.bank is not None
    except Exception:
        return False


def iban_is_checksum_valid(s: str) -> bool:
    try:
        IBAN(s)
        return True
    except Exception:
        return False


def gen_bic(rng, cc: str):
    bank = rng.choice(_banks(cc))
    b = bank.bic
    if rng.random() < 0.5 and len(b) == 11 and b.endswith("XXX"):
        b = b[:8]
    return b, b


def valid_bic(s: str) -> bool:
    try:
        b = BIC(s)
        b.validate()
        return bool(registry.get_banks_by_bic(s) or registry.get_banks_by_bic(s[:8]) or
                    registry.get_banks_by_bic(s[:8] + "XXX"))
    except Exception:
        return False


# --------------------------------------------------------------------------- cards
PUBLIC_TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222",
    "378282246310005", "371449635398431", "378734493671000", "4000000000000002",
    "4000000000003220", "6011111111111117", "3530111333300000",
}
_VISA_BINS = ["4921", "4532", "4716", "4539", "4485", "4917", "4263", "4024", "4556", "4659", "4871"]
_MC_BINS = ["5168", "5232", "5355", "5413", "5425", "5186", "5597", "2221", "2306", "2720", "5452"]
_AMEX_BINS = ["3743", "3782", "3411", "3497", "3767"]


def gen_card(rng, brand: str | None = None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    for _ in range(100):
        if brand == "visa":
            body = rng.choice(_VISA_BINS) + "".join(rng.choice(DIGITS) for _ in range(11))
        elif brand == "mc":
            body = rng.choice(_MC_BINS) + "".join(rng.choice(DIGITS) for _ in range(11))
        else:
            body = rng.choice(_AMEX_BINS) + "".join(rng.choice(DIGITS) for _ in range(10))
        num = body + luhn.calc_check_digit(body)
        if num in PUBLIC_TEST_CARDS or not valid_card(num):
            continue
        if brand == "amex":
            disp = f"{num[:4]} {num[4:10]} {num[10:]}"
        else:
            disp = " ".join(num[i:i + 4] for i in range(0, 16, 4))
        return num, disp
    raise RuntimeError


def card_brand(num: str) -> str | None:
    if len(num) == 16 and num[0] == "4":
        return "visa"
    if len(num) == 16 and (51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720):
        return "mc"
    if len(num) == 15 and num[:2] in ("34", "37"):
        return "amex"
    return None


def valid_card(num: str) -> bool:
    return num.isdigit() and luhn.is_valid(num) and card_brand(num) is not None and num not in PUBLIC_TEST_CARDS


def gen_expiry(rng):
    m = rng.randint(1, 12)
    y = rng.randint(26, 31)
    style = rng.choice(["mm/yy", "mm/yy", "mm/yyyy", "mm-yy", "mm / yy"])
    canon = f"{m:02d}/{y:02d}"
    if style == "mm/yy":
        disp = canon
    elif style == "mm/yyyy":
        disp = f"{m:02d}/20{y:02d}"
    elif style == "mm-yy":
        disp = f"{m:02d}-{y:02d}"
    else:
        disp = f"{m:02d} / {y:02d}"
    return canon, disp


def valid_expiry(s: str) -> bool:
    m = re.fullmatch(r"(\d{2})/(\d{2})", s)
    return bool(m) and 1 <= int(m.group(1)) <= 12


def gen_cvc(rng, amex=False):
    n = 4 if amex else 3
    v = "".join(rng.choice(DIGITS) for _ in range(n))
    return v, v


def valid_cvc(s: str) -> bool:
    return s.isdigit() and len(s) in (3, 4)


# --------------------------------------------------------------------------- phones
_PHONE_PLANS = {
    "DE": [("15", [1, 2, 5, 7, 9], 8), ("16", [0, 2, 3], 8), ("17", list(range(10)), 8),
           ("30", [""], 8), ("40", [""], 8), ("89", [""], 8), ("221", [""], 7), ("69", [""], 8),
           ("711", [""], 7), ("211", [""], 7), ("351", [""], 7), ("341", [""], 7), ("511", [""], 7),
           ("911", [""], 7), ("6221", [""], 6), ("7071", [""], 6), ("421", [""], 7), ("228", [""], 6)],
    "AT": [("6", [50, 60, 64, 76, 80, 81, 88, 99], 7), ("1", [""], 7), ("316", [""], 6), ("512", [""], 6),
           ("662", [""], 6), ("732", [""], 6)],
    "CH": [("7", [5, 6, 7, 8, 9], 7), ("44", [""], 7), ("31", [""], 7), ("61", [""], 7), ("22", [""], 7),
           ("41", [""], 7), ("71", [""], 7)],
    "GB": [("7", [4, 5, 7, 8, 9], 9), ("20", [7, 8, 3], 7), ("161", [""], 7), ("121", [""], 7), ("113", [""], 7),
           ("131", [""], 7), ("141", [""], 7), ("117", [""], 7), ("1223", [""], 6), ("1865", [""], 6)],
    "US": [("212", [""], 7), ("312", [""], 7), ("415", [""], 7), ("617", [""], 7), ("206", [""], 7),
           ("303", [""], 7), ("512", [""], 7), ("713", [""], 7), ("305", [""], 7), ("202", [""], 7)],
    "FR": [("6", [""], 8), ("7", [""], 8), ("1", [""], 8), ("4", [""], 8), ("5", [""], 8)],
    "IT": [("3", [20, 28, 29, 33, 34, 35, 38, 39, 40, 45, 47, 48, 49, 66, 80, 88, 89, 92], 7), ("06", [""], 8), ("02", [""], 8)],
    "ES": [("6", ["0", "1", "2", "5", "6", "7", "8", "9"], 7), ("91", [""], 7), ("93", [""], 7)],
    "NL": [("6", [""], 8), ("20", [""], 7), ("10", [""], 7), ("30", [""], 7)],
    "PL": [("5", ["01", "12", "30", "78"], 6), ("6", ["01", "64", "95"], 6), ("7", ["21", "82", "93"], 6),
           ("88", [""], 7), ("22", [""], 7), ("12", [""], 7)],
}
_CC = {"DE": 49, "AT": 43, "CH": 41, "GB": 44, "US": 1, "FR": 33, "IT": 39, "ES": 34, "NL": 31, "PL": 48}

# fictional / drama / reserved ranges that are never emitted as values
_FICTION = [
    r"^\+447700900", r"^\+44\d{2,4}4960", r"^\+44207946", r"^\+44289649", r"^\+44292018",
    r"^\+441632960", r"^\+448081570", r"^\+449098790", r"^\+443069990",
    r"^\+1\d{3}55501\d\d$", r"^\+1\d{3}555",
    r"^\+493023125", r"^\+496990009", r"^\+494066969", r"^\+492214710", r"^\+498999998",
    r"^\+4915228817", r"^\+4917139200", r"^\+49176040690",
]


def _is_fiction(e164: str) -> bool:
    return any(re.match(p, e164) for p in _FICTION)


def gen_phone_number(rng, cc: str):
    for _ in range(500):
        pre, subs, n = rng.choice(_PHONE_PLANS[cc])
        sub = rng.choice(subs)
        if cc == "US":
            rest = str(rng.randint(2, 9)) + "".join(rng.choice(DIGITS) for _ in range(n - 1))
        else:
            rest = str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(n - 1))
        nsn = f"{pre}{sub}{rest}"
        try:
            num = phonenumbers.parse(f"+{_CC[cc]}{nsn}")
        except Exception:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.region_code_for_number(num) != cc:
            continue
        e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
        if _is_fiction(e164):
            continue
        return e164, num
    raise RuntimeError("no phone for " + cc)


def phone_displays(num, cc):
    """Conventional written forms of one number (all 'plain')."""
    nat = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    intl = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    ccode = str(_CC[cc])
    nsn = phonenumbers.national_significant_number(num)
    out = [nat, nat, intl, intl, e164]
    if cc in ("DE", "AT"):
        parts = nat.split(" ", 1)
        if len(parts) == 2:
            rest = parts[1].replace(" ", "")
            out += [f"{parts[0]}/{rest}", f"{parts[0]} / {rest}", f"{parts[0]}-{rest}", f"({parts[0]}) {rest}",
                    f"{parts[0]}/{' '.join(rest[i:i+2] for i in range(0, len(rest), 2))}"]
        out += [f"+{ccode} (0){intl.split(' ', 1)[1]}", f"00{ccode} {intl.split(' ', 1)[1]}",
                "0" + nsn]
    elif cc == "CH":
        out += [f"+{ccode} (0){intl.split(' ', 1)[1]}", f"00{ccode} {intl.split(' ', 1)[1]}", "0" + nsn]
    elif cc == "GB":
        out += [f"+44 (0){intl.split(' ', 1)[1]}", "0" + nsn, nat.replace(" ", "-", 1)]
    elif cc == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        out += [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"({a}) {b} {c}"]
    elif cc == "FR":
        out += [nat.replace(" ", "."), nat.replace(" ", ""), f"+33 (0){intl.split(' ', 1)[1]}",
                f"0033 {intl.split(' ', 1)[1]}"]
    elif cc == "IT":
        out += [nat.replace(" ", ""), f"0039 {intl.split(' ', 1)[1]}", f"+39 {nsn}"]
    elif cc == "ES":
        out += [nat.replace(" ", ""), f"0034 {intl.split(' ', 1)[1]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    elif cc == "NL":
        out += [nat.replace(" ", "-", 1), "0" + nsn, f"+31 (0){intl.split(' ', 1)[1]}", f"0031 {nsn}"]
    elif cc == "PL":
        out += [nat.replace(" ", "-"), nsn, f"+48 {nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"0048 {nsn}"]
    return out


def gen_phone(rng, cc: str):
    e164, num = gen_phone_number(rng, cc)
    disp = rng.choice(phone_displays(num, cc))
    assert phone_canon(disp, cc) == e164, (disp, e164)
    return e164, disp


def phone_canon(s: str, cc: str) -> str | None:
    s = s.replace("(0)", "")
    plus = s.strip().startswith("+")
    d = re.sub(r"\D", "", s)
    if plus:
        d = "+" + d
    elif d.startswith("00"):
        d = "+" + d[2:]
    try:
        num = phonenumbers.parse(d, cc)
    except Exception:
        return None
    if not phonenumbers.is_valid_number(num):
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def valid_phone(e164: str) -> bool:
    try:
        num = phonenumbers.parse(e164)
    except Exception:
        return False
    return phonenumbers.is_valid_number(num) and not _is_fiction(e164) and \
        phonenumbers.region_code_for_number(num) in _CC


# --------------------------------------------------------------------------- e-mail
_MAIL_DOMAINS = {
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de",
           "mailbox.org", "yahoo.de", "icloud.com", "gmx.net", "arcor.de"],
    "at": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "ch": ["bluewin.ch", "gmx.ch", "sunrise.ch", "hispeed.ch", "gmail.com"],
    "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "icloud.com",
           "protonmail.com", "live.co.uk", "aol.com", "sky.com", "yahoo.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "it": ["libero.it", "virgilio.it", "gmail.com", "tiscali.it"],
    "es": ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
    "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "be": ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
}

_TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "à": "a", "ł": "l",
                        "ó": "o", "ś": "s", "ż": "z", "ź": "z", "ć": "c", "ń": "n", "ą": "a", "ę": "e",
                        "í": "i", "ñ": "n", "ç": "c", "ô": "o", "ë": "e", "ï": "i", "ú": "u", "á": "a",
                        "â": "a", "ê": "e", "î": "i", "û": "u", "ò": "o", "ù": "u", "ì": "i"})


def _slug(s: str) -> str:
    s = s.lower().translate(_TRANS)
    return re.sub(r"[^a-z]", "", s)


def gen_email(rng, first: str, last: str, region: str = "de"):
    f, l = _slug(first) or "kunde", _slug(last) or "mail"
    style = rng.randint(0, 7)
    yr = str(rng.randint(55, 99)) if rng.random() < 0.5 else str(rng.randint(1, 99))
    local = [f"{f}.{l}", f"{f[0]}.{l}", f"{f}{l}{yr}", f"{l}.{f}", f"{f}_{l}", f"{f}.{l}{yr}",
             f"{f[0]}{l}", f"{l}{f[0]}{yr}"][style]
    dom = rng.choice(_MAIL_DOMAINS[region])
    e = f"{local}@{dom}"
    return e, e


_EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")


def valid_email(s: str) -> bool:
    return bool(_EMAIL_RE.match(s)) and ".." not in s


# --------------------------------------------------------------------------- national IDs
def _rand_birth(rng, lo=1940, hi=2005):
    d0 = _dt.date(lo, 1, 1).toordinal()
    d1 = _dt.date(hi, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(d0, d1))


def gen_de_steuer_id(rng):
    while True:
        n = str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(10))
        if de_idnr.is_valid(n) and n not in ("86095742719", "47036892816", "65929970489", "57549285017", "25768131411"):
            style = rng.choice(["plain", "plain", "grp", "grp2"])
            disp = n if style == "plain" else (f"{n[:2]} {n[2:5]} {n[5:8]} {n[8:]}" if style == "grp" else f"{n[:3]} {n[3:6]} {n[6:9]} {n[9:]}")
            return n, disp


_STNR_STYLES = [
    ("Bayern", "FFF/BBB/UUUUP"), ("Baden-Württemberg", "FFBBB/UUUUP"), ("Berlin", "FF/BBB/UUUUP"),
    ("Nordrhein-Westfalen", "FFF/BBBB/UUUP"), ("Hessen", "0FF BBB UUUUP"), ("Niedersachsen", "FF/BBB/UUUUP"),
    ("Hamburg", "FF/BBB/UUUUP"), ("Sachsen", "2FF/BBB/UUUUP"), ("Rheinland-Pfalz", "FF/BBB/UUUUP"),
    ("Schleswig-Holstein", "FF BBB UUUUP"), ("Thüringen", "1FF/BBB/UUUUP"), ("Brandenburg", "0FF/BBB/UUUUP"),
]


def gen_de_steuernummer(rng):
    region, fmt = rng.choice(_STNR_STYLES)
    while True:
        disp = "".join(str(rng.randint(1, 9)) if ch == "F" and i == 0 else
                       (rng.choice(DIGITS) if ch in "FBUP" else ch) for i, ch in enumerate(fmt))
        n = de_stnr.compact(disp)
        if de_stnr.is_valid(n, region) and n not in ("18181508155", "20112312340", "4151081508156"):
            return n, disp


def gen_de_ustid(rng):
    while True:
        body = str(rng.randint(1, 9)) + "".join(rng.choice(DIGITS) for _ in range(7))
        for c in DIGITS:
            n = "DE" + body + c
            if de_vat.is_valid(n) and n not in ("DE136695976",):
                return n, rng.choice([n, n, f"DE {body}{c}", f"DE{body[:3]} {body[3:6]} {body[6:]}{c}"])


def gen_at_svnr(rng):
    while True:
        b = _rand_birth(rng)
        serial = str(rng.randint(100, 999))
        dd = b.strftime("%d%m%y")
        for c in DIGITS:
            n = serial + c + dd
            if at_vnr.is_valid(n):
                return n, rng.choice([n, f"{serial}{c} {dd}", f"{serial}{c} {dd[:2]}.{dd[2:4]}.{dd[4:]}", f"{serial}{c}/{dd}"])


def gen_ch_ahv(rng):
    while True:
        body = "756" + "".join(rng.choice(DIGITS) for _ in range(9))
        for c in DIGITS:
            n = body + c
            if ch_ssn.is_valid(n) and n != "7569217076985":
                return n, ch_ssn.format(n)


def gen_us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        n = f"{a:03d}{g:02d}{s:04d}"
        if us_ssn.is_valid(n) and n not in ("078051120", "219099999", "123456789"):
            return n, rng.choice([f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]}-{n[3:5]}-{n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}"])


def gen_es_dni(rng):
    body = f"{rng.randint(10000000, 79999999):08d}"
    n = body + es_dni.calc_check_digit(body)
    assert es_dni.is_valid(n)
    return n, rng.choice([n, n, f"{body}-{n[-1]}", f"{body[:2]}.{body[2:5]}.{body[5:]}-{n[-1]}"])


def gen_es_nie(rng):
    p = rng.choice("XYZ")
    body = f"{rng.randint(0, 9999999):07d}"
    n = p + body + es_nie.calc_check_digit(p + body)
    assert es_nie.is_valid(n)
    return n, rng.choice([n, n, f"{p}-{body}-{n[-1]}", f"{p} {body} {n[-1]}"])


def gen_fr_nir(rng):
    while True:
        b = _rand_birth(rng)
        sex = rng.choice("12")
        dept = rng.choice(["75", "69", "13", "33", "59", "31", "67", "44", "06", "34", "92", "93", "94", "38"])
        commune = f"{rng.randint(1, 399):03d}"
        order = f"{rng.randint(1, 999):03d}"
        body = f"{sex}{b:%y}{b:%m}{dept}{commune}{order}"
        n = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(n):
            return n, rng.choice([fr_nir.format(n), n, fr_nir.format(n)])


_CF_COMUNI = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "L736", "E506", "B157", "C351", "H620"]
_MONTHS_CF = "ABCDEHLMPRST"


def _cf_name_part(s: str, is_first: bool) -> str:
    s = re.sub(r"[^A-Z]", "", s.upper().translate(_TRANS).upper())
    cons = [c for c in s if c not in "AEIOU"]
    vows = [c for c in s if c in "AEIOU"]
    if is_first and len(cons) >= 4:
        cons = [cons[0], cons[2], cons[3]]
    r = (cons + vows + ["X", "X", "X"])[:3]
    return "".join(r)


def gen_it_cf(rng, first: str, last: str):
    b = _rand_birth(rng)
    female = rng.random() < 0.5
    day = b.day + (40 if female else 0)
    body = (_cf_name_part(last, False) + _cf_name_part(first, True) + f"{b:%y}" + _MONTHS_CF[b.month - 1] +
            f"{day:02d}" + rng.choice(_CF_COMUNI))
    n = body + it_cf.calc_check_digit(body)
    assert it_cf.is_valid(n), n
    return n, n


def gen_uk_nhs(rng):
    while True:
        body = str(rng.randint(4, 6)) + "".join(rng.choice(DIGITS) for _ in range(8))
        for c in DIGITS:
            n = body + c
            if gb_nhs.is_valid(n) and n not in ("9434765919", "9434765870", "4010232137"):
                return n, rng.choice([gb_nhs.format(n), gb_nhs.format(n), n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def gen_nl_bsn(rng):
    while True:
        n = str(rng.randint(1, 6)) + "".join(rng.choice(DIGITS) for _ in range(8))
        if nl_bsn.is_valid(n) and n not in ("111222333", "123456782"):
            return n, rng.choice([n, n, nl_bsn.format(n)])


def gen_be_nn(rng):
    while True:
        b = _rand_birth(rng, 1945, 1999)
        body = f"{b:%y%m%d}{rng.randint(1, 997):03d}"
        chk = 97 - int(body) % 97
        n = body + f"{chk:02d}"
        if be_nn.is_valid(n):
            return n, rng.choice([be_nn.format(n), n, f"{n[:6]}-{n[6:9]}-{n[9:]}"])


def gen_pl_pesel(rng):
    b = _rand_birth(rng, 1945, 2005)
    m = b.month + (20 if b.year >= 2000 else 0)
    body = f"{b:%y}{m:02d}{b.day:02d}{rng.randint(0, 9999):04d}"
    n = body + pl_pesel.calc_check_digit(body)
    assert pl_pesel.is_valid(n)
    return n, n


# --- published algorithms without a stdnum module -----------------------------
def _cross(n: int) -> int:
    return sum(int(c) for c in str(n))


def rvnr_check(first11: str) -> str:
    """first11 = 2 area + 6 date + letter + 2 serial."""
    digits = first11[:8] + f"{ord(first11[8].upper()) - 64:02d}" + first11[9:11]
    w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]
    return str(sum(_cross(int(d) * k) for d, k in zip(digits, w)) % 10)


def valid_rvnr(s: str) -> bool:
    if not re.fullmatch(r"\d{2}[0-3]\d[01]\d\d{2}[A-Z]\d{3}", s):
        return False
    try:
        _dt.date(1900 + int(s[6:8]), int(s[4:6]), int(s[2:4]))
    except ValueError:
        return False
    return rvnr_check(s[:11]) == s[11]


_RV_AREAS = ["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20",
             "21", "23", "24", "25", "26", "28", "29", "38", "39", "40", "42", "43", "44", "45", "46", "49",
             "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63", "64", "65", "66"]


def gen_de_rvnr(rng, last: str):
    b = _rand_birth(rng, 1945, 1999)
    letter = (_slug(last)[:1] or "m").upper()
    serial = f"{rng.randint(0, 99):02d}"
    f11 = rng.choice(_RV_AREAS) + b.strftime("%d%m%y") + letter + serial
    n = f11 + rvnr_check(f11)
    assert valid_rvnr(n)
    return n, rng.choice([n, n, f"{n[:2]} {n[2:8]} {n[8]} {n[9:]}", f"{n[:2]} {n[2:8]} {n[8:11]} {n[11]}"])


def kvnr_check(first9: str) -> str:
    digits = f"{ord(first9[0].upper()) - 64:02d}" + first9[1:9]
    tot = 0
    for i, d in enumerate(digits):
        tot += _cross(int(d) * (1 if i % 2 == 0 else 2))
    return str(tot % 10)


def valid_kvnr(s: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\d{9}", s)) and kvnr_check(s[:9]) == s[9]


def gen_de_kvnr(rng):
    f9 = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(rng.choice(DIGITS) for _ in range(8))
    n = f9 + kvnr_check(f9)
    assert valid_kvnr(n)
    return n, rng.choice([n, n, n, f"{n[0]} {n[1:5]} {n[5:]}"])


_DOC_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"
DOC_SPECIMENS = {"T220001293", "L01X00T471", "C01X00T478", "T22000129", "L01X00T47", "C01X00T47"}


def icao_check(s: str) -> str:
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def valid_doc(s: str, passport: bool) -> bool:
    if len(s) != 10 or any(c not in _DOC_ALPHA for c in s[:9]) or s in DOC_SPECIMENS or s[:9] in DOC_SPECIMENS:
        return False
    if passport and s[0] != "C":
        return False
    if not passport and s[0] not in "LMNPRTVWXYZ":
        return False
    return icao_check(s[:9]) == s[9]


def gen_de_doc(rng, passport: bool):
    while True:
        first = "C" if passport else rng.choice("LMNPRTVWXY")
        body = first + "".join(rng.choice(_DOC_ALPHA) for _ in range(8))
        n = body + icao_check(body)
        if valid_doc(n, passport):
            return n, n


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def valid_nino(s: str) -> bool:
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    a, b = s[0], s[1]
    if a in "DFIQUV" or b in "DFIOQUV" or s[:2] in _NINO_BAD_PREFIX:
        return False
    return s not in ("QQ123456C", "AB123456C")


def gen_uk_nino(rng):
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        n = p + "".join(rng.choice(DIGITS) for _ in range(6)) + rng.choice("ABCD")
        if valid_nino(n) and n[2:8] != "123456":
            return n, rng.choice([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", f"{n[:2]} {n[2:8]} {n[8]}"])


ID_VALIDATORS = {
    "DE_STEUER_ID": lambda s: de_idnr.is_valid(s),
    "DE_STEUERNUMMER": lambda s: de_stnr.is_valid(s),
    "DE_USTID": lambda s: de_vat.is_valid(s) and s.startswith("DE"),
    "AT_SVNR": lambda s: at_vnr.is_valid(s),
    "CH_AHV": lambda s: ch_ssn.is_valid(s),
    "US_SSN": lambda s: us_ssn.is_valid(s),
    "ES_DNI": lambda s: es_dni.is_valid(s),
    "ES_NIE": lambda s: es_nie.is_valid(s),
    "FR_NIR": lambda s: fr_nir.is_valid(s),
    "IT_CODICE_FISCALE": lambda s: it_cf.is_valid(s),
    "UK_NHS": lambda s: gb_nhs.is_valid(s),
    "NL_BSN": lambda s: nl_bsn.is_valid(s),
    "BE_NATIONAL_NUMBER": lambda s: be_nn.is_valid(s),
    "PL_PESEL": lambda s: pl_pesel.is_valid(s),
    "DE_RVNR": valid_rvnr,
    "DE_KVNR": valid_kvnr,
    "DE_ID_CARD": lambda s: valid_doc(s, False),
    "DE_PASSPORT": lambda s: valid_doc(s, True),
    "UK_NINO": valid_nino,
}


def gen_id(rng, typ: str, first: str, last: str):
    if typ == "DE_STEUER_ID":
        return gen_de_steuer_id(rng)
    if typ == "DE_STEUERNUMMER":
        return gen_de_steuernummer(rng)
    if typ == "DE_USTID":
        return gen_de_ustid(rng)
    if typ == "AT_SVNR":
        return gen_at_svnr(rng)
    if typ == "CH_AHV":
        return gen_ch_ahv(rng)
    if typ == "US_SSN":
        return gen_us_ssn(rng)
    if typ == "ES_DNI":
        return gen_es_dni(rng)
    if typ == "ES_NIE":
        return gen_es_nie(rng)
    if typ == "FR_NIR":
        return gen_fr_nir(rng)
    if typ == "IT_CODICE_FISCALE":
        return gen_it_cf(rng, first, last)
    if typ == "UK_NHS":
        return gen_uk_nhs(rng)
    if typ == "NL_BSN":
        return gen_nl_bsn(rng)
    if typ == "BE_NATIONAL_NUMBER":
        return gen_be_nn(rng)
    if typ == "PL_PESEL":
        return gen_pl_pesel(rng)
    if typ == "DE_RVNR":
        return gen_de_rvnr(rng, last)
    if typ == "DE_KVNR":
        return gen_de_kvnr(rng)
    if typ == "DE_ID_CARD":
        return gen_de_doc(rng, False)
    if typ == "DE_PASSPORT":
        return gen_de_doc(rng, True)
    if typ == "UK_NINO":
        return gen_uk_nino(rng)
    raise KeyError(typ)


def valid_icd(code: str) -> bool:
    c = code if "." in code or len(code) <= 3 else code[:3] + "." + code[3:]
    return icd.is_valid_item(c)
