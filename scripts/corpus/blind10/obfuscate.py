"""Obfuscation of value surfaces and the inverse (de-obfuscation) for blind10.

obfuscate(...) turns a plain surface into an obfuscated one for a given form;
canonical(type, text) de-obfuscates any span text back to the canonical value,
so validity can be re-checked from the fixture text alone.
"""
from __future__ import annotations

import re
import unicodedata

import health_terms as H
import values as V

ZW = "\u200b"
SHY = "\u00ad"
NBSP = "\u00a0"
NNBSP = "\u202f"

WORDS = {
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
}
WORD2DIGIT = {w: str(i) for lang in WORDS for i, w in enumerate(WORDS[lang])}
WORD2DIGIT.update({"zwo": "2", "oh": "0", "fuenf": "5", "plus": "+"})

NUMERIC_IDS = {"DE_STEUER_ID", "DE_STEUERNUMMER", "AT_SVNR", "CH_AHV", "US_SSN", "FR_NIR", "UK_NHS", "NL_BSN",
               "BE_NATIONAL_NUMBER", "PL_PESEL"}
ALNUM_IDS = {"DE_USTID", "DE_RVNR", "DE_KVNR", "DE_ID_CARD", "DE_PASSPORT", "ES_DNI", "ES_NIE",
             "IT_CODICE_FISCALE", "UK_NINO"}
HEALTH_TERMS = {"DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"}


def forms_for(typ, canon, surface, lang):
    """Obfuscation forms that make sense for this value."""
    if typ == "IBAN":
        f = ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
             "line_break", "lowercase", "fullwidth", "words"]
        if canon[2:].isdigit():
            f.append("lookalike")
        return f
    if typ == "CARD":
        return ["spaced", "dashes", "dots", "nbsp", "zero_width", "double_space", "line_break", "lookalike",
                "words", "fullwidth", "mixed"]
    if typ == "BIC":
        return ["lowercase", "spaced"]
    if typ == "PHONE":
        f = ["spaced", "dots", "dashes", "slashes", "nbsp", "narrow_nbsp", "zero_width", "words", "mixed",
             "lookalike", "fullwidth", "double_space"]
        if surface.startswith("0") and not surface.startswith("00") and canon[:3] in ("+49", "+43", "+41", "+44"):
            f.append("parenthesised")
        return f
    if typ == "EMAIL":
        return ["bracketed", "bracketed", "bracketed", "words", "zero_width", "mixed"]
    if typ in NUMERIC_IDS:
        return ["spaced", "dots", "dashes", "nbsp", "zero_width", "soft_hyphen", "lookalike", "words",
                "fullwidth", "line_break", "double_space"]
    if typ in ALNUM_IDS:
        return ["spaced", "dashes", "nbsp", "zero_width", "lowercase", "fullwidth", "double_space", "soft_hyphen"]
    if typ in HEALTH_TERMS:
        f = ["lowercase"] if surface != surface.lower() else []
        if surface in H.TYPOS:
            f += ["misspelled", "misspelled"]
        return f
    if typ == "ICD10":
        return ["nodot", "nodot", "lowercase"]
    return []


def _groups(typ, surface, canon):
    parts = surface.split()
    if len(parts) > 1:
        return parts
    parts = [p for p in re.split(r"[/.\-]+", surface) if p]
    if len(parts) > 1:
        return parts
    c = surface
    size = 4 if typ in ("IBAN", "CARD") else 3
    return [c[i:i + size] for i in range(0, len(c), size)]


def _insert(s, ch, rng, k):
    idx = sorted(rng.sample(range(1, len(s)), min(k, len(s) - 1)))
    out, last = [], 0
    for i in idx:
        out.append(s[last:i])
        out.append(ch)
        last = i
    out.append(s[last:])
    return "".join(out)


def _words(s, lang, rng, mixed=False):
    toks = []
    groups = re.split(r"([\s/.\-()]+)", s)
    word_groups = set()
    real = [i for i, g in enumerate(groups) if g and not re.fullmatch(r"[\s/.\-()]+", g)]
    if mixed and len(real) > 1:
        word_groups = set(rng.sample(real, max(1, len(real) // 2)))
    for i, g in enumerate(groups):
        if not g or re.fullmatch(r"[\s/.\-()]+", g):
            continue
        if mixed and i not in word_groups:
            toks.append(g)
            continue
        for ch in g:
            if ch.isdigit():
                toks.append(WORDS[lang][int(ch)])
            elif ch == "+":
                toks.append("plus")
            else:
                toks.append(ch)
    sep = rng.choice([" ", " ", ", "]) if not mixed else " "
    return sep.join(toks)


def _fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def obfuscate(typ, surface, canon, form, rng, lang):
    if form == "plain":
        return surface
    g = _groups(typ, surface, canon)
    if form == "spaced":
        if typ == "PHONE":
            d = re.sub(r"[\s/\-.()]", "", surface)
            head = "+" if d.startswith("+") else ""
            d = d.lstrip("+")
            return head + " ".join(d[i:i + 2] for i in range(0, len(d), 2))
        if typ in ("IBAN", "CARD"):
            c = "".join(g)
            return " ".join(c[i:i + 3] for i in range(0, len(c), 3))
        if typ == "BIC":
            return f"{canon[:4]} {canon[4:6]} {canon[6:8]} {canon[8:]}".strip()
        c = re.sub(r"[\s./\-]", "", surface)
        return " ".join(c)
    if form in ("dots", "dashes", "slashes", "nbsp", "narrow_nbsp", "double_space"):
        sep = {"dots": ".", "dashes": "-", "slashes": "/", "nbsp": NBSP, "narrow_nbsp": NNBSP,
               "double_space": "  "}[form]
        if typ == "PHONE":
            parts = re.split(r"[\s/\-.]+", surface.replace("(0)", " ").replace("(", "").replace(")", ""))
            parts = [p for p in parts if p]
            if len(parts) == 1 and parts[0].startswith("+"):
                import phonenumbers
                parts = phonenumbers.format_number(phonenumbers.parse(canon),
                                                   phonenumbers.PhoneNumberFormat.INTERNATIONAL).split()
            if len(parts) == 1:
                p = parts[0]
                head = 4 if p.startswith("0") else 3
                parts = [p[:head], p[head:head + 3], p[head + 3:]]
                parts = [p for p in parts if p]
            if parts[0].startswith("+") and form == "dots":
                return parts[0] + " " + sep.join(parts[1:])
            return sep.join(parts)
        if len(g) == 1:
            c = g[0]
            g = [c[i:i + 3] for i in range(0, len(c), 3)]
        return sep.join(g)
    if form == "zero_width":
        return _insert(surface, ZW, rng, rng.randint(1, 3))
    if form == "soft_hyphen":
        return _insert(surface, SHY, rng, rng.randint(1, 2))
    if form == "line_break":
        if len(g) > 1:
            k = rng.randint(1, len(g) - 1)
            return " ".join(g[:k]) + "\n" + " ".join(g[k:])
        k = len(surface) // 2
        return surface[:k] + "\n" + surface[k:]
    if form == "lookalike":
        out = []
        start = 2 if typ == "IBAN" else 0
        for i, ch in enumerate(surface):
            if i >= start and ch == "0" and rng.random() < 0.7:
                out.append("O")
            elif i >= start and ch == "1" and rng.random() < 0.7:
                out.append(rng.choice("lI"))
            else:
                out.append(ch)
        s = "".join(out)
        if s == surface:  # make sure something changed
            s = surface.replace("0", "O", 1) if "0" in surface[start:] else surface
        return s
    if form == "words":
        if typ == "EMAIL":
            local, dom = canon.split("@")
            dot = {"de": rng.choice([" punkt ", " dot "]), "en": " dot "}[lang]
            return local.replace(".", dot) + rng.choice([" at ", " ät "] if lang == "de" else [" at "]) + dom.replace(".", dot)
        return _words(surface, lang, rng)
    if form == "mixed":
        if typ == "EMAIL":
            local, dom = canon.split("@")
            return local + rng.choice([" @ ", "@"]) + dom.replace(".", rng.choice([" dot ", " (dot) ", "[.]"]))
        return _words(surface, lang, rng, mixed=True)
    if form == "bracketed":
        local, dom = canon.split("@")
        at = rng.choice(["[at]", "(at)", " [at] ", " (at) ", "{at}", " [ät] "])
        dot = rng.choice([".", ".", "[dot]", " [dot] ", "(dot)", " (punkt) " if lang == "de" else " (dot) "])
        return local + at + dom.replace(".", dot)
    if form == "lowercase":
        return surface.lower()
    if form == "fullwidth":
        return _fullwidth(surface)
    if form == "parenthesised":
        m = re.match(r"0(\d+)[\s/\-]+(.+)$", surface)
        if m:
            return f"(0{m.group(1)}) {m.group(2)}"
        c = re.sub(r"\D", "", surface)
        return f"({c[:4]}) {c[4:]}"
    if form == "misspelled":
        return H.TYPOS[surface]
    if form == "nodot":
        return surface.replace(".", "")
    raise ValueError(form)


def normalize(text):
    t = text.replace(ZW, "").replace(SHY, "")
    t = unicodedata.normalize("NFKC", t)
    return t


def _unwords(t):
    toks = re.split(r"[\s,]+", t.strip())
    if not any(x.lower() in WORD2DIGIT for x in toks):
        return t
    out = []
    for x in toks:
        lx = x.lower()
        out.append(WORD2DIGIT.get(lx, x))
    return "".join(out)


def _unlook(t, start=0):
    return t[:start] + t[start:].replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")


def canonical(typ, text):
    """De-obfuscate span text to the canonical value (or None)."""
    t = normalize(text)
    if typ == "IBAN":
        t = _unwords(t)
        c = re.sub(r"[\s.\-/]", "", t).upper()
        if c[2:].upper().replace("O", "0").replace("I", "1").replace("L", "1").isdigit() and not c[2:].isdigit():
            c = _unlook(re.sub(r"[\s.\-/]", "", t), 2).upper()
        return c
    if typ == "BIC":
        return re.sub(r"\s", "", t).upper()
    if typ in ("CARD", "CVC"):
        t = _unwords(t)
        return re.sub(r"[\s.\-/]", "", _unlook(t))
    if typ == "CARD_EXPIRY":
        return t
    if typ == "PHONE":
        t = _unwords(t) if re.search(r"[a-zäöü]{3}", t, re.I) else t
        # mixed form: join digit groups that follow word digits
        t = _unlook(t) if re.search(r"[OolI]", t) else t
        t = re.sub(r"\s+", " ", t)
        return V.phone_e164(t)
    if typ == "EMAIL":
        t = re.sub(r"\s*[\[\(\{]\s*(?:at|ät|@)\s*[\]\)\}]\s*", "@", t)
        t = re.sub(r"\s*[\[\(\{]\s*(?:dot|punkt|\.)\s*[\]\)\}]\s*", ".", t)
        t = re.sub(r"\s+(?:at|ät|@)\s+", "@", t)
        t = re.sub(r"\s+(?:dot|punkt)\s+", ".", t)
        return t.strip().lower()
    if typ in NUMERIC_IDS:
        t = _unwords(t)
        t = _unlook(t)
        c = re.sub(r"[\s.\-/]", "", t)
        return c
    if typ in ALNUM_IDS:
        return re.sub(r"[\s.\-/]", "", t).upper()
    if typ in HEALTH_TERMS:
        t = H.TYPOS_REV.get(t, t)
        return H.lookup(typ, t)
    if typ == "ICD10":
        c = t.upper()
        if "." not in c and len(c) > 3:
            c = c[:3] + "." + c[3:]
        return c
    raise ValueError(typ)


def valid(typ, text):
    c = canonical(typ, text)
    if c is None:
        return False
    if typ in HEALTH_TERMS:
        return True
    return bool(V.VALIDATORS[typ](c))
