"""Generate canonical values and render them as written in chat (plain or obfuscated)."""
from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from schwifty import IBAN, BIC, registry
import simple_icd_10_cm as icd

import values as V
from health import HEALTH, typos_for

# ---------------------------------------------------------------- obfuscation primitives
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in
             "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+@.-/()"}
DIG2LOOK = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"]}

FORMS_ALL = ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen",
             "double_space", "slashes", "line_break", "lookalike", "words", "mixed", "fullwidth",
             "parenthesised", "bracketed"]
ALLOWED = {
    "IBAN": FORMS_ALL + ["lowercase"],
    "CARD": FORMS_ALL,
    "PHONE": FORMS_ALL,
    "BIC": ["spaced", "lowercase", "zero_width", "fullwidth", "dots"],
    "EMAIL": ["words", "bracketed", "parenthesised", "spaced", "fullwidth", "zero_width", "mixed"],
    "CARD_EXPIRY": ["spaced"],
    "CVC": ["words", "spaced"],
    "ID_DIGITS": ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen",
                  "double_space", "slashes", "line_break", "lookalike", "words", "mixed", "fullwidth"],
    "ID_ALNUM": ["spaced", "dashes", "nbsp", "zero_width", "soft_hyphen", "double_space", "line_break",
                 "lowercase", "fullwidth", "words", "dots"],
    "ICD10": ["nodot", "lowercase"],
    "HEALTH": ["misspelled", "lowercase"],
}


def chunk(s: str, rng, lo=2, hi=4, keep_first=0):
    out = []
    i = 0
    if keep_first:
        out.append(s[:keep_first])
        i = keep_first
    while i < len(s):
        k = rng.randint(lo, hi)
        out.append(s[i:i + k])
        i += k
    return [g for g in out if g]


def insert_invisible(s: str, ch: str, rng, n=None):
    idx = [i for i in range(1, len(s)) if s[i - 1] != " " and s[i] != " "]
    n = n or rng.randint(2, 4)
    pos = sorted(rng.sample(idx, min(n, len(idx))))
    out = list(s)
    for p in reversed(pos):
        out.insert(p, ch)
    return "".join(out)


def lookalike(s: str, rng, skip_prefix=0, n=None):
    idx = [i for i, c in enumerate(s) if i >= skip_prefix and c in DIG2LOOK]
    if not idx:
        return None
    n = n or rng.randint(1, min(3, len(idx)))
    pos = rng.sample(idx, min(n, len(idx)))
    cs = list(s)
    for p in pos:
        cs[p] = rng.choice(DIG2LOOK[cs[p]])
    return "".join(cs)


def obfuscate(plain: str, compact: str, form: str, lang: str, rng, skip_prefix=0, keep_first=0):
    """Return the obfuscated rendering or None when the form does not apply."""
    groups = chunk(compact, rng, keep_first=keep_first)
    if form == "spaced":
        if len(compact) <= 16 and rng.random() < 0.6:
            return " ".join(compact)
        return " ".join(chunk(compact, rng, 1, 2, keep_first))
    if form == "dots":
        return ".".join(groups)
    if form == "dashes":
        return "-".join(groups)
    if form == "nbsp":
        return plain.replace(" ", "\u00a0") if " " in plain else "\u00a0".join(groups)
    if form == "narrow_nbsp":
        return plain.replace(" ", "\u202f") if " " in plain else "\u202f".join(groups)
    if form == "zero_width":
        return insert_invisible(plain, "\u200b", rng)
    if form == "soft_hyphen":
        return insert_invisible(plain, "\u00ad", rng)
    if form == "double_space":
        return "  ".join(groups)
    if form == "slashes":
        return "/".join(groups)
    if form == "line_break":
        g = groups if " " not in plain else plain.split(" ")
        if len(g) < 2:
            return None
        k = rng.randint(1, len(g) - 1)
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if form == "lookalike":
        return lookalike(plain, rng, skip_prefix)
    if form == "words":
        return V.digits_to_words(compact, lang, rng)
    if form == "mixed":
        la = lookalike(compact, rng, skip_prefix, n=1)
        if la is None:
            return None
        sep = rng.choice(["-", ".", " ", "/"])
        return sep.join(chunk(la, rng, 3, 4, keep_first))
    if form == "lowercase":
        if plain.lower() == plain:
            return None
        return plain.lower()
    if form == "fullwidth":
        return "".join(FULLWIDTH.get(c, c) for c in plain)
    if form in ("parenthesised", "bracketed"):
        g = plain.split(" ") if " " in plain else groups
        if len(g) < 3:
            return None
        k = rng.randint(1, len(g) - 2)
        o, c = ("(", ")") if form == "parenthesised" else ("[", "]")
        g = g[:k] + [o + g[k] + c] + g[k + 1:]
        return " ".join(g)
    raise KeyError(form)


def pick_form(kind: str, rng, forced=None, rate=0.05):
    if forced:
        return forced
    if rng.random() < rate:
        return rng.choice(ALLOWED[kind])
    return "plain"


# ---------------------------------------------------------------- IBAN / BIC / cards
NUMERIC_ACCOUNT = {"CH", "FR", "LU", "IT", "BE", "ES", "PL", "DE", "AT", "NL", "IE", "GB"}


def gen_iban(cc, rng):
    acct_len = {"CH": 12, "FR": 11, "LU": 13, "IT": 12}
    for _ in range(400):
        if cc in acct_len:
            acct = "".join(rng.choice("0123456789") for _ in range(acct_len[cc]))
            if cc != "FR" and rng.random() < 0.6:
                acct = "0" * rng.randint(2, 5) + acct[rng.randint(2, 5):]
                acct = acct[:acct_len[cc]].ljust(acct_len[cc], "0")
            i = IBAN.random(cc, random=rng, account_code=acct)
        else:
            i = IBAN.random(cc, random=rng)
        c = i.compact
        if cc in ("CH", "FR", "LU") and not c[4:].isdigit():
            continue
        if cc == "IT" and not c[5:].isdigit():
            continue
        try:
            i.validate(validate_bban=True)
        except Exception:
            continue
        if c in V.EXAMPLE_IBANS:
            continue
        return i
    raise RuntimeError("iban")


def render_iban(cc, rng, lang, forced=None):
    i = gen_iban(cc, rng)
    c = i.compact
    plain = i.formatted if rng.random() < 0.7 else c
    form = pick_form("IBAN", rng, forced)
    if form == "plain":
        return plain, form, i
    t = obfuscate(plain, c, form, lang, rng, skip_prefix=2, keep_first=4 if rng.random() < .5 else 2)
    return t, form, i


_BICS = {}


def random_bic(cc, rng):
    if cc not in _BICS:
        _BICS[cc] = sorted({b.bic for b in registry.get_banks_by_country(cc) if b.bic})
    for _ in range(50):
        b = rng.choice(_BICS[cc])
        if rng.random() < 0.4 and b.endswith("XXX"):
            b = b[:8]
        try:
            if BIC(b).exists:
                return b
        except Exception:
            pass
    raise RuntimeError("bic")


def render_bic(bic, rng, lang, forced=None):
    form = pick_form("BIC", rng, forced)
    if form == "plain":
        return bic, form
    if form == "spaced":
        return (bic[:4] + " " + bic[4:6] + " " + bic[6:8] + (" " + bic[8:] if len(bic) > 8 else "")), form
    return obfuscate(bic, bic, form, lang, rng), form


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex"])
    while True:
        if brand == "visa":
            p = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        elif brand == "mc":
            if rng.random() < 0.7:
                p = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
            else:
                p = str(rng.randint(2221, 2720)) + "".join(rng.choice("0123456789") for _ in range(11))
        else:
            p = "3" + rng.choice("47") + "".join(rng.choice("0123456789") for _ in range(12))
        d = V.luhn_complete(p)
        if d not in V.TEST_CARDS and len(set(d)) > 3:
            return d


def card_plain(d, rng):
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, 16, 4)]
    r = rng.random()
    if r < 0.6:
        return " ".join(g)
    if r < 0.8:
        return d
    return "-".join(g)


def render_card(rng, lang, forced=None, brand=None):
    d = gen_card(rng, brand)
    plain = card_plain(d, rng)
    form = pick_form("CARD", rng, forced)
    if form == "plain":
        return plain, form, d
    if form == "dashes" and "-" in plain:
        plain = " ".join(plain.split("-"))
    return obfuscate(plain, d, form, lang, rng), form, d


def render_expiry(rng, forced=None):
    mo = rng.randint(1, 12)
    yr = rng.randint(25, 31)
    style = rng.random()
    if style < 0.6:
        t = "%02d/%02d" % (mo, yr)
    elif style < 0.8:
        t = "%02d/20%02d" % (mo, yr)
    elif style < 0.9:
        t = "%d/%02d" % (mo, yr)
    else:
        t = "%02d.%02d" % (mo, yr)
    form = pick_form("CARD_EXPIRY", rng, forced, rate=0.1)
    if form == "spaced":
        t = t.replace("/", " / ").replace(".", " . ")
    return t, form


def render_cvc(rng, lang, forced=None, n=3):
    d = "".join(rng.choice("0123456789") for _ in range(n))
    form = pick_form("CVC", rng, forced, rate=0.15)
    if form == "words":
        return V.digits_to_words(d, lang, rng), form
    if form == "spaced":
        return " ".join(d), form
    return d, form


# ---------------------------------------------------------------- phones
D = "0123456789"


def _rd(rng, n):
    return "".join(rng.choice(D) for _ in range(n))


PHONE_PLANS = {
    "DE": [("15%s" % x, (8, 8)) for x in "1279"] + [("16%s" % x, (7, 8)) for x in "023"]
          + [("17%s" % x, (7, 8)) for x in "0123456789"]
          + [(p, (7, 8)) for p in ["30", "40", "69", "89"]]
          + [(p, (6, 7)) for p in ["221", "211", "711", "231", "351", "341", "511", "911", "421", "621",
                                   "228", "201", "761", "251", "361", "371", "441", "531", "681", "721"]]
          + [(p, (5, 6)) for p in ["6221", "7071", "8031", "4321", "2921", "9131", "5121", "6131"]],
    "AT": [(p, (7, 7)) for p in ["664", "650", "660", "676", "699", "680", "681", "688"]]
          + [("1", (6, 7))] + [(p, (5, 6)) for p in ["316", "662", "512", "732", "463"]],
    "CH": [(p, (7, 7)) for p in ["76", "77", "78", "79"]]
          + [(p, (7, 7)) for p in ["44", "43", "31", "61", "21", "22", "41", "71", "52", "32"]],
    "GB": [("7%s" % x, (8, 8)) for x in "456789"] + [("20%s" % x, (7, 7)) for x in "378"]
          + [(p, (7, 7)) for p in ["161", "121", "131", "117", "113", "141", "151", "114", "118", "191"]],
    "US": [(p, (7, 7)) for p in ["212", "415", "312", "617", "202", "305", "512", "206", "303", "646",
                                 "718", "469", "702", "404", "503", "614", "720", "919"]],
    "FR": [(p, (8, 8)) for p in "671"] + [(p, (8, 8)) for p in "2345"],
    "IT": [(p, (7, 7)) for p in ["320", "328", "333", "338", "339", "340", "345", "347", "348", "349",
                                 "366", "380", "388", "391", "393"]] + [("06", (6, 8)), ("02", (7, 8)),
                                                                       ("055", (6, 7)), ("011", (6, 7))],
    "ES": [("6", (8, 8)), ("7", (8, 8)), ("91", (7, 7)), ("93", (7, 7)), ("96", (7, 7)), ("95", (7, 7))],
    "NL": [("6", (8, 8))] + [(p, (7, 7)) for p in ["20", "10", "30", "70", "40", "50"]],
    "PL": [(p, (7, 7)) for p in ["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]]
          + [("22", (7, 7)), ("12", (7, 7)), ("71", (7, 7))],
}
CC = {"DE": "49", "AT": "43", "CH": "41", "GB": "44", "US": "1", "FR": "33", "IT": "39", "ES": "34",
      "NL": "31", "PL": "48"}


def gen_phone(region, rng, kind=None):
    for _ in range(500):
        plans = PHONE_PLANS[region]
        if kind == "mobile":
            plans = plans[:max(1, len(plans) // 2)]
        p, (lo, hi) = rng.choice(plans)
        sub = _rd(rng, rng.randint(lo, hi))
        if region == "US" and (sub[0] in "01" or sub[:3] == "555"):
            continue
        if region in ("GB", "DE", "AT", "CH", "FR", "IT", "NL") and sub[0] in "01" and not p.startswith("15"):
            continue
        nsn = p + sub
        try:
            n = phonenumbers.parse("+" + CC[region] + nsn)
        except Exception:
            continue
        if not phonenumbers.is_valid_number(n) or V.is_fictional(n):
            continue
        if phonenumbers.region_code_for_number(n) != region:
            continue
        if phonenumbers.number_type(n) not in (V.PNT.MOBILE, V.PNT.FIXED_LINE, V.PNT.FIXED_LINE_OR_MOBILE):
            continue
        return n
    raise RuntimeError("phone " + region)


def pairs(s):
    return " ".join(s[i:i + 2] for i in range(0, len(s), 2))


def phone_styles(n, rng):
    reg = phonenumbers.region_code_for_number(n)
    cc = str(n.country_code)
    nat = phonenumbers.format_number(n, PNF.NATIONAL)
    intl = phonenumbers.format_number(n, PNF.INTERNATIONAL)
    e164 = phonenumbers.format_number(n, PNF.E164)
    nsn = phonenumbers.national_significant_number(n)
    ntok = [t for t in re.split(r"[\s\-()]+", nat) if t]
    itok = [t for t in re.split(r"[\s\-()]+", intl) if t]
    area, sub = ntok[0], "".join(ntok[1:])
    iarea, isub = itok[1], "".join(itok[2:])
    st = [intl, e164, nat]
    if reg in ("DE", "AT"):
        st += [area + "/" + sub, area + " / " + sub, area + "-" + sub, "(" + area + ") " + sub,
               "+%s (0)%s %s" % (cc, iarea, isub), "00%s %s %s" % (cc, iarea, isub),
               area + " " + pairs(sub) if len(sub) % 2 == 0 else area + " " + sub[:3] + " " + pairs(sub[3:]),
               "+%s-%s-%s" % (cc, iarea, isub), "+%s %s/%s" % (cc, iarea, isub), area + sub]
    elif reg == "CH":
        st += ["+41 (0)%s %s" % (iarea, " ".join(itok[2:])), "0041 %s" % " ".join(itok[1:]), "0" + nsn,
               ".".join(["0" + iarea] + itok[2:])]
    elif reg == "GB":
        st += ["+44 (0)%s" % " ".join(itok[1:]), "0044 %s" % " ".join(itok[1:]), "0" + nsn,
               "(%s) %s" % (ntok[0], " ".join(ntok[1:]))]
    elif reg == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        st += ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
               "+1 %s-%s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), "+1 (%s) %s-%s" % (a, b, c), a + b + c]
    elif reg == "FR":
        st += [".".join(["0" + nsn[0]] + pairs(nsn[1:]).split()),
               "+33 (0)%s %s" % (nsn[0], pairs(nsn[1:])), "0033 %s %s" % (nsn[0], pairs(nsn[1:])), "0" + nsn]
    elif reg == "IT":
        st += ["0039 " + " ".join(itok[1:]), nsn, "+39 " + nsn]
    elif reg == "ES":
        st += ["%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), "0034 " + nsn, nsn, "+34 %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])]
    elif reg == "NL":
        st += ["0%s-%s" % (nsn[:1], nsn[1:]) if nsn[0] == "6" else "0%s-%s" % (nsn[:2], nsn[2:]),
               "+31 (0)%s" % " ".join(itok[1:]), "0031 " + " ".join(itok[1:])]
    elif reg == "PL":
        st += ["%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]), "0048 " + " ".join(itok[1:]), nsn,
               "+48 %s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])]
    return [s for s in st if s]


def render_phone(region, rng, lang, forced=None, ext=False, kind=None):
    for _ in range(50):
        n = gen_phone(region, rng, kind)
        plain = rng.choice(phone_styles(n, rng))
        if V.phone_parse_valid(plain) is None:
            continue
        form = pick_form("PHONE", rng, forced)
        if form == "plain":
            t = plain
        else:
            comp = re.sub(r"[^\d+]", "", plain)
            keep = 3 if comp.startswith("+") else 0
            t = obfuscate(plain, comp, form, lang, rng, skip_prefix=1 if comp.startswith("+") else 0,
                          keep_first=keep)
            if t is None:
                continue
        if ext and form == "plain":
            e = _rd(rng, rng.randint(2, 3)).lstrip("0") or "12"
            if region in ("DE", "AT") and lang == "de":
                t = t + "-" + e if rng.random() < 0.5 else t + " Durchwahl " + e
            else:
                t = t + rng.choice([" ext. ", " x", " ext "]) + e
        if not V.validate_value("PHONE", t):
            continue
        return t, form, n
    raise RuntimeError("phone render")


# ---------------------------------------------------------------- e-mail
FREEMAIL = {"de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de",
                   "gmx.net", "icloud.com", "yahoo.de", "mailbox.org", "gmx.at", "bluewin.ch", "aon.at"],
            "en": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.com", "icloud.com", "btinternet.com",
                   "proton.me", "aol.com", "live.co.uk", "sky.com", "me.com", "hotmail.com"]}
TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e", "á": "a", "ó": "o",
                       "ç": "c", "ñ": "n", "í": "i", "ú": "u", "ø": "o", "å": "a", "'": "", " ": ""})


def make_email(first, last, lang, rng, company=None):
    f, l = first.lower().translate(TRANS), last.lower().translate(TRANS)
    f = re.sub(r"[^a-z]", "", f) or "kunde"
    l = re.sub(r"[^a-z]", "", l) or "mail"
    r = rng.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.45:
        local = f[0] + "." + l
    elif r < 0.6:
        local = f + l + str(rng.randint(1, 99))
    elif r < 0.7:
        local = f + "_" + l
    elif r < 0.8:
        local = l + "." + f[0] + str(rng.randint(60, 99))
    elif r < 0.9:
        local = f + "-" + l
    else:
        local = f[:3] + l[:4] + str(rng.randint(100, 999))
    if company and rng.random() < 0.7:
        dom = re.sub(r"[^a-z0-9]", "", company.lower().translate(TRANS))[:14] or "firma"
        dom = dom + rng.choice([".de", ".com", ".at", ".ch", ".co.uk", ".eu"])
    else:
        dom = rng.choice(FREEMAIL[lang])
    return local + "@" + dom


def render_email(addr, rng, lang, forced=None):
    form = pick_form("EMAIL", rng, forced)
    local, dom = addr.split("@")
    if form == "plain":
        return addr, form
    if form == "words":
        at = "at" if lang == "en" or rng.random() < 0.6 else "ät"
        dot = " dot " if lang == "en" else " punkt "
        return (local.replace(".", dot) + " " + at + " " + dom.replace(".", dot)), form
    if form == "bracketed":
        return local + rng.choice(["[at]", " [at] "]) + dom.replace(".", rng.choice(["[dot]", "[.]", "."]), 1), form
    if form == "parenthesised":
        return local + rng.choice(["(at)", " (at) "]) + dom.replace(".", rng.choice(["(dot)", "(punkt)", "."]), 1), form
    if form == "spaced":
        return local + " @ " + dom, form
    if form == "mixed":
        return local + " [at] " + dom.replace(".", " punkt " if lang == "de" else " dot "), form
    return obfuscate(addr, addr, form, lang, rng), form


# ---------------------------------------------------------------- national IDs
def _digits(rng, n):
    return _rd(rng, n)


def gen_id(t, rng, fake_it=None):
    for _ in range(2000):
        if t == "DE_STEUER_ID":
            base = list(_digits(rng, 10))
            if base[0] == "0":
                continue
            c = "".join(base)
            for k in "0123456789":
                if V.de_idnr.is_valid(c + k):
                    c = c + k
                    break
            else:
                continue
            if V.de_idnr.is_valid(c):
                return c, rng.choice([c, "%s %s %s %s" % (c[:2], c[2:5], c[5:8], c[8:]), c])
        elif t == "DE_STEUERNUMMER":
            fmt = rng.choice(["FF/BBB/UUUUP", "FFF/BBB/UUUUP", "FFF/BBBB/UUUP", "FFFBB/BBBBP", "0FF BBB UUUUP"])
            s = "".join(_digits(rng, 1) if ch.isalpha() else ch for ch in fmt)
            if s[0] == "0" and fmt[0] != "0":
                continue
            if V.de_stnr.is_valid(s):
                return V.de_stnr.compact(s), s
        elif t == "DE_USTID":
            b = _digits(rng, 8)
            if b[0] == "0":
                continue
            for k in "0123456789":
                if V.de_vat.is_valid("DE" + b + k):
                    c = "DE" + b + k
                    return c, rng.choice([c, c, "DE " + c[2:5] + " " + c[5:8] + " " + c[8:]])
        elif t == "AT_SVNR":
            ser = _digits(rng, 3)
            if ser[0] == "0":
                continue
            dob = "%02d%02d%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(40, 99))
            ck = V.at_vnr.calc_check_digit(ser + "0" + dob)
            c = ser + ck + dob
            if V.at_vnr.is_valid(c):
                return c, rng.choice([c[:4] + " " + c[4:], c, c[:4] + " " + c[4:6] + c[6:8] + c[8:]])
        elif t == "CH_AHV":
            b = "756" + _digits(rng, 9)
            for k in "0123456789":
                if V.ch_ssn.is_valid(b + k):
                    c = b + k
                    return c, "%s.%s.%s.%s" % (c[:3], c[3:7], c[7:11], c[11:])
        elif t == "US_SSN":
            a = rng.randint(1, 899)
            if a == 666:
                continue
            c = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
            if V.id_valid_compact("US_SSN", c):
                return c, rng.choice(["%s-%s-%s" % (c[:3], c[3:5], c[5:])] * 3 + ["%s %s %s" % (c[:3], c[3:5], c[5:])])
        elif t == "ES_DNI":
            b = _digits(rng, 8)
            c = b + V.es_dni.calc_check_digit(b)
            return c, rng.choice([c, c, b + "-" + c[-1]])
        elif t == "ES_NIE":
            p = rng.choice("XYZ")
            b = _digits(rng, 7)
            c = p + b + V.es_nie.calc_check_digit(p + b)
            if V.es_nie.is_valid(c):
                return c, rng.choice([c, c, "%s-%s-%s" % (p, b, c[-1])])
        elif t == "FR_NIR":
            b = rng.choice("12") + "%02d%02d" % (rng.randint(40, 99), rng.randint(1, 12)) + \
                "%02d" % rng.randint(1, 95) + _digits(rng, 6)
            c = b + V.fr_nir.calc_check_digits(b)
            if V.fr_nir.is_valid(c):
                return c, rng.choice([V.fr_nir.format(c), c])
        elif t == "IT_CODICE_FISCALE":
            c = fake_it.ssn().upper()
            if V.it_cf.is_valid(c):
                return c, c
        elif t == "UK_NHS":
            b = _digits(rng, 9)
            if b[0] in "09":
                continue
            for k in "0123456789":
                if V.gb_nhs.is_valid(b + k):
                    c = b + k
                    return c, rng.choice(["%s %s %s" % (c[:3], c[3:6], c[6:]), c, "%s-%s-%s" % (c[:3], c[3:6], c[6:])])
        elif t == "NL_BSN":
            b = _digits(rng, 9)
            if b[0] == "0":
                continue
            if V.nl_bsn.is_valid(b):
                return b, rng.choice([b, b, "%s.%s.%s" % (b[:4], b[4:6], b[6:])])
        elif t == "BE_NATIONAL_NUMBER":
            yy, mm, dd = rng.randint(45, 99), rng.randint(1, 12), rng.randint(1, 28)
            b = "%02d%02d%02d%03d" % (yy, mm, dd, rng.randint(1, 997))
            c = b + "%02d" % (97 - int(b) % 97)
            if V.be_nn.is_valid(c):
                return c, rng.choice(["%s.%s.%s-%s.%s" % (c[:2], c[2:4], c[4:6], c[6:9], c[9:]), c])
        elif t == "PL_PESEL":
            yy, mm, dd = rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)
            b = "%02d%02d%02d%04d" % (yy, mm, dd, rng.randint(0, 9999))
            c = b + V.pl_pesel.calc_check_digit(b)
            if V.pl_pesel.is_valid(c):
                return c, c
        elif t == "DE_RVNR":
            area = rng.choice(V.RV_AREAS)
            dob = "%02d%02d%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(45, 99))
            letter = rng.choice("ABCDEFGHKLMNPRSTWZ")
            ser = "%02d" % rng.randint(0, 99)
            f11 = area + dob + letter + ser
            c = f11 + str(V.rvnr_check(f11))
            return c, rng.choice([c, "%s %s %s %s" % (c[:2], c[2:8], c[8], c[9:]), "%s %s %s %s %s" % (c[:2], c[2:8], c[8], c[9:11], c[11])])
        elif t == "DE_KVNR":
            f9 = rng.choice("ABCDEFGHIJKLMNOPRSTUVWZ") + _digits(rng, 8)
            c = f9 + str(V.kvnr_check(f9))
            return c, c
        elif t in ("DE_ID_CARD", "DE_PASSPORT"):
            first = rng.choice("LMNPRTVWXY" if t == "DE_ID_CARD" else "CFGHJK")
            b = first + "".join(rng.choice(V.ID_ALPHA) for _ in range(8))
            c = b + str(V.icao_check(b))
            return c, c
        elif t == "UK_NINO":
            a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if a + b in V.NINO_BAD_PREFIX:
                continue
            d = _digits(rng, 6)
            c = a + b + d + rng.choice("ABCD")
            return c, rng.choice([c, "%s %s %s %s %s" % (c[:2], c[2:4], c[4:6], c[6:8], c[8])])
    raise RuntimeError(t)


def render_id(t, rng, lang, fake_it, forced=None):
    c, plain = gen_id(t, rng, fake_it)
    kind = "ID_DIGITS" if t in V.DIGIT_IDS else "ID_ALNUM"
    form = pick_form(kind, rng, forced)
    if form == "plain":
        return plain, form, c
    skip = 2 if t == "DE_USTID" else (1 if t == "ES_NIE" else 0)
    txt = obfuscate(plain, c, form, lang, rng, skip_prefix=skip)
    if txt is None:
        return plain, "plain", c
    return txt, form, c


# ---------------------------------------------------------------- health
ICD_CODES = ["E11.9", "I10", "J45.909", "F32.9", "G43.909", "M54.50", "K50.90", "F41.1", "E03.9", "M17.11",
             "J06.9", "N39.0", "R51.9", "F33.1", "G40.909", "L40.0", "K21.9", "E66.9", "F90.0", "M51.26",
             "B02.9", "J18.9", "F43.1", "E10.9", "C50.911", "K58.9", "G35", "I48.91", "M79.7", "J30.1",
             "H81.10", "R42", "R11.0", "F32.1", "F43.2", "M54.16", "S83.511A", "K80.20", "E78.5", "F41.0",
             "G47.00", "J20.9", "A08.4", "U07.1", "M25.561", "L20.9", "K29.70", "N20.0", "M10.9", "F50.00"]


def render_icd(rng, forced=None):
    c = rng.choice(ICD_CODES)
    assert icd.is_valid_item(c)
    form = pick_form("ICD10", rng, forced, rate=0.3)
    if form == "nodot":
        if "." not in c:
            return c, "plain"
        return c.replace(".", ""), form
    if form == "lowercase":
        return c.lower(), form
    return c, form


def render_health(htype, lang, rng, forced=None, literal=None):
    canon = literal or rng.choice(HEALTH[lang][htype])
    form = pick_form("HEALTH", rng, forced, rate=0.2)
    if form == "misspelled":
        ts = typos_for(canon)
        if not ts:
            return canon, "plain"
        return rng.choice(ts), form
    if form == "lowercase":
        if canon.lower() == canon:
            return canon, "plain"
        return canon.lower(), form
    return canon, form
