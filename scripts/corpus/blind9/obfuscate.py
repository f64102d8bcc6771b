"""Obfuscation of value spans and the inverse (de-obfuscation) used to prove
that every written span still denotes its canonical value."""
from __future__ import annotations

import re
import unicodedata

from schwifty import registry

import values as V

NBSP, NNBSP, ZWSP, SHY = "\u00a0", "\u202f", "\u200b", "\u00ad"

DE_WORDS = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
EN_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_WORD2DIGIT = {w: str(i) for i, w in enumerate(DE_WORDS)}
_WORD2DIGIT.update({w: str(i) for i, w in enumerate(EN_WORDS)})
_WORD2DIGIT.update({"zwo": "2", "fuenf": "5", "oh": "0", "nought": "0", "ein": "1"})

NUMERIC_IDS = {"DE_STEUER_ID", "DE_STEUERNUMMER", "AT_SVNR", "CH_AHV", "US_SSN", "FR_NIR", "UK_NHS",
               "NL_BSN", "BE_NATIONAL_NUMBER", "PL_PESEL"}
ALNUM_IDS = {"DE_USTID", "ES_DNI", "ES_NIE", "IT_CODICE_FISCALE", "DE_RVNR", "DE_KVNR", "DE_ID_CARD",
             "DE_PASSPORT", "UK_NINO"}

_SEP_FORMS = ["spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen",
              "double_space", "slashes", "line_break", "mixed", "fullwidth", "parenthesised"]
ALLOWED = {
    "IBAN": _SEP_FORMS + ["lookalike", "words", "lowercase"],
    "CARD": _SEP_FORMS + ["lookalike", "words"],
    "PHONE": ["spaced", "dots", "nbsp", "narrow_nbsp", "zero_width", "soft_hyphen", "double_space",
              "line_break", "lookalike", "words", "mixed", "fullwidth"],
    "EMAIL": ["words", "bracketed", "spaced", "mixed"],
    "BIC": ["spaced", "lowercase", "zero_width", "fullwidth"],
    "CVC": ["spaced", "words"],
    "CARD_EXPIRY": ["spaced"],
}
for _t in NUMERIC_IDS:
    ALLOWED[_t] = _SEP_FORMS + ["lookalike", "words"]
for _t in ALNUM_IDS:
    ALLOWED[_t] = _SEP_FORMS + ["lowercase"] + ([] if _t in ("DE_ID_CARD", "DE_PASSPORT") else ["lookalike"])


# ---------------------------------------------------------------- digit masks
def _iban_digit_mask(canon: str) -> list[bool]:
    spec = registry.get_iban_spec(canon[:2])
    mask = [False, False, True, True]
    for cnt, _bang, kind in re.findall(r"(\d+)(!?)([nace])", spec.bban_spec):
        mask += [kind == "n"] * int(cnt)
    return mask


def digit_mask(typ: str, canon: str) -> list[bool]:
    """Positions (in the compact canonical form) that are digits by the
    *structure* of the type, independent of the particular value."""
    n = len(canon)
    if typ == "IBAN":
        return _iban_digit_mask(canon)
    if typ in NUMERIC_IDS or typ in ("CARD", "CVC"):
        return [True] * n
    if typ == "DE_USTID":
        return [False, False] + [True] * 9
    if typ == "ES_DNI":
        return [True] * 8 + [False]
    if typ == "ES_NIE":
        return [False] + [True] * 7 + [False]
    if typ == "IT_CODICE_FISCALE":
        return [i in (6, 7, 9, 10, 12, 13, 14) for i in range(16)]
    if typ == "DE_RVNR":
        return [i != 8 for i in range(12)]
    if typ == "DE_KVNR":
        return [i != 0 for i in range(10)]
    if typ == "UK_NINO":
        return [2 <= i <= 7 for i in range(9)]
    return [False] * n


# ---------------------------------------------------------------- helpers
def _groups(display: str, canon: str, size: int = 4) -> list[str]:
    g = [x for x in re.split(r"[ \-./]+", display) if x]
    if len(g) <= 1:
        src = display if display else canon
        lead = ""
        if src.startswith("+"):
            lead, src = "+", src[1:]
        g = [src[i:i + size] for i in range(0, len(src), size)]
        if lead:
            g[0] = lead + g[0]
    return g


def _fullwidth(s: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def _words(s: str, lang: str, rng) -> str:
    words = DE_WORDS if lang == "de" else EN_WORDS
    toks = []
    chars = [c for c in s if c.isalnum() or c == "+"]
    i = 0
    while i < len(chars):
        c = chars[i]
        if c == "+":
            toks.append("plus")
        elif c.isdigit():
            if lang == "en" and i + 1 < len(chars) and chars[i + 1] == c and rng.random() < 0.6:
                if i + 2 < len(chars) and chars[i + 2] == c:
                    toks.append("triple " + words[int(c)])
                    i += 3
                    continue
                toks.append("double " + words[int(c)])
                i += 2
                continue
            w = words[int(c)]
            if lang == "en" and c == "0" and rng.random() < 0.4:
                w = "oh"
            if lang == "de" and c == "2" and rng.random() < 0.3:
                w = "zwo"
            toks.append(w)
        else:
            toks.append(c.upper())
        i += 1
    out = []
    for k, t in enumerate(toks):
        out.append(t)
        if k < len(toks) - 1:
            out.append(", " if rng.random() < 0.12 else " ")
    return "".join(out)


def obfuscate(form: str, typ: str, canon: str, display: str, lang: str, rng) -> str:
    if form == "plain":
        return display
    if typ == "EMAIL":
        local, dom = canon.split("@")
        dparts = dom.split(".")
        if form == "words":
            at = rng.choice([" at ", " at ", " (at) "]) if lang == "en" else rng.choice([" at ", " ät ", " at "])
            dot = " dot " if lang == "en" else rng.choice([" punkt ", " dot "])
            return local + at + dot.join(dparts)
        if form == "bracketed":
            at, dot = rng.choice([("[at]", "[dot]"), ("(at)", "(dot)"), ("[at]", "."), (" [at] ", " [dot] "),
                                  ("{at}", ".")])
            return local + at + dot.join(dparts)
        if form == "spaced":
            return local + " @ " + " . ".join(dparts) if rng.random() < 0.5 else local + " @ " + dom
        if form == "mixed":
            return local + rng.choice([" (at) ", "[at]", " at "]) + dparts[0] + rng.choice([" dot ", "(dot)", " punkt "]) + ".".join(dparts[1:])
        raise ValueError(form)
    if typ == "PHONE":
        base = display.replace("(0)", "")
        groups = [g for g in re.split(r"[ \-./()]+", base) if g]
        if len(groups) <= 1:
            groups = _groups(base, canon, 3)
    else:
        groups = _groups(display, canon)
    flat = "".join(groups)
    if form == "spaced":
        return " ".join(c for c in flat)
    seps = {"dots": ".", "dashes": "-", "nbsp": NBSP, "narrow_nbsp": NNBSP, "double_space": "  ",
            "slashes": "/", "zero_width": ZWSP}
    if form in seps:
        return seps[form].join(groups)
    if form == "soft_hyphen":
        s = " ".join(groups)
        pos = [i for i in range(1, len(s)) if s[i - 1].isalnum() and s[i].isalnum()]
        for p in sorted(rng.sample(pos, min(len(pos), rng.randint(1, 2))), reverse=True):
            s = s[:p] + SHY + s[p:]
        return s
    if form == "line_break":
        k = rng.randint(1, max(1, len(groups) - 1))
        return " ".join(groups[:k]) + rng.choice(["\n", " \n", "\n"]) + " ".join(groups[k:])
    if form == "mixed":
        opts = [" ", "-", ".", "/", "  ", " - "]
        out = groups[0]
        used = set()
        for g in groups[1:]:
            s = rng.choice(opts)
            used.add(s)
            out += s + g
        if len(used) < 2 and len(groups) > 2:
            out = groups[0] + "." + groups[1] + "-" + " ".join(groups[2:])
        return out
    if form == "fullwidth":
        return _fullwidth(" ".join(groups))
    if form == "parenthesised":
        return "(" + groups[0] + ") " + " ".join(groups[1:])
    if form == "lowercase":
        return display.lower()
    if form == "words":
        src = "".join(groups)
        return _words(src, lang, rng)
    if form == "lookalike":
        if typ == "PHONE":
            s = display
            idx = [i for i, c in enumerate(s) if c in "01"]
            for i in rng.sample(idx, min(len(idx), rng.randint(1, 3))):
                s = s[:i] + ("O" if s[i] == "0" else rng.choice("lI")) + s[i + 1:]
            return s
        mask = digit_mask(typ, canon)
        s = display
        # map compact positions to display positions
        comp_pos = [i for i, c in enumerate(s) if c.isalnum()]
        cand = [comp_pos[k] for k in range(len(comp_pos)) if k < len(mask) and mask[k] and s[comp_pos[k]] in "01"]
        for i in rng.sample(cand, min(len(cand), rng.randint(1, 3))):
            s = s[:i] + ("O" if s[i] == "0" else rng.choice("lI")) + s[i + 1:]
        return s
    raise ValueError(form)


def can_apply(form: str, typ: str, canon: str, display: str) -> bool:
    if form not in ALLOWED.get(typ, []):
        return False
    if form == "lookalike":
        if typ == "PHONE":
            return any(c in "01" for c in display)
        mask = digit_mask(typ, canon)
        return any(m and c in "01" for m, c in zip(mask, canon))
    if form == "lowercase":
        return any(c.isalpha() for c in display)
    return True


# ---------------------------------------------------------------- inverse
def _words_to_chars(s: str) -> str:
    toks = re.findall(r"[A-Za-zäöüÄÖÜß]+|\d|\+", s)
    out = []
    mult = 1
    for t in toks:
        tl = t.lower()
        if tl == "double":
            mult = 2
            continue
        if tl == "triple":
            mult = 3
            continue
        if tl == "plus" or t == "+":
            out.append("+")
        elif tl in _WORD2DIGIT:
            out.append(_WORD2DIGIT[tl] * mult)
        elif t.isdigit():
            out.append(t * mult)
        elif len(t) == 1:
            out.append(t.upper())
        else:
            out.append(t)
        mult = 1
    return "".join(out)


def _norm(span: str) -> str:
    s = unicodedata.normalize("NFKC", span)
    return s.replace(ZWSP, "").replace(SHY, "")


def compact(span: str, typ: str, form: str) -> str:
    s = _norm(span)
    if form == "words":
        s = _words_to_chars(s)
    s = re.sub(r"[\s\-./()]", "", s)
    return s


def deobfuscate(span: str, typ: str, form: str, canon: str, cc: str | None = None) -> str | None:
    """Return the canonical value denoted by `span` (None if it cannot be read)."""
    if typ == "EMAIL":
        s = _norm(span)
        s = re.sub(r"\s*[\[\(\{]\s*(at|ät)\s*[\]\)\}]\s*|\s+(at|ät)\s+", "@", s, flags=re.I)
        s = re.sub(r"\s*[\[\(\{]\s*(dot|punkt)\s*[\]\)\}]\s*|\s+(dot|punkt)\s+", ".", s, flags=re.I)
        s = re.sub(r"\s+", "", s).lower()
        return s
    if typ == "PHONE":
        s = _norm(span)
        if form == "words":
            s = _words_to_chars(s)
        if form == "lookalike":
            s = s.replace("O", "0").replace("l", "1").replace("I", "1")
        return V.phone_canon(s, cc)
    if typ == "CARD_EXPIRY":
        d = re.sub(r"\D", "", _norm(span))
        if len(d) == 6:
            d = d[:2] + d[4:]
        return f"{d[:2]}/{d[2:]}" if len(d) == 4 else None
    s = compact(span, typ, form).upper()
    if form == "lookalike":
        mask = digit_mask(typ, s)
        s = "".join(({"O": "0", "L": "1", "I": "1"}.get(c, c) if k < len(mask) and mask[k] else c)
                    for k, c in enumerate(s))
    return s
