"""Obfuscation forms and their inverse (de-obfuscation) for the blind-7 corpus."""
import re
import unicodedata

ZWSP, SHY, NBSP, NNBSP = "\u200b", "\u00ad", "\u00a0", "\u202f"

SEP_FORMS = ["mixed", "nbsp", "nnbsp", "double_space", "linebreak", "dots", "dashes", "slashes"]
NUM_FORMS = SEP_FORMS + ["fullwidth", "lookalike", "zwsp", "soft_hyphen", "spaced"]

ALLOWED = {
    "PHONE": NUM_FORMS + ["spelled", "spelled"],
    "IBAN": NUM_FORMS + ["lowercase"],
    "CARD": NUM_FORMS,
    "CARD_EXPIRY": ["fullwidth"],
    "CVC": ["fullwidth", "spaced"],
    "BIC": ["lowercase", "spaced", "zwsp", "fullwidth"],
    "EMAIL": ["lowercase", "at_words", "at_words", "at_words", "fullwidth", "zwsp", "soft_hyphen", "linebreak"],
    "HEALTH": ["lowercase", "typo", "typo", "soft_hyphen", "zwsp"],
    "ICD10": ["lowercase", "fullwidth", "zwsp", "spaced"],
    "ID": NUM_FORMS + ["lowercase"],
}

WORDS_DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


def interior_positions(s):
    return [i for i in range(1, len(s)) if not s[i - 1].isspace() and not s[i].isspace()]


def insert_invisible(r, s, ch):
    pos = interior_positions(s)
    k = 1 if len(pos) < 6 or r.random() < 0.6 else 2
    picks = sorted(r.sample(pos, k), reverse=True)
    for p in picks:
        s = s[:p] + ch + s[p:]
    return s


def join_groups(r, groups, form):
    if form == "mixed":
        while len(groups) < 3:
            k = max(range(len(groups)), key=lambda i: len(groups[i]))
            g = groups[k]
            if len(g) < 4:
                break
            groups = groups[:k] + [g[:len(g) // 2], g[len(g) // 2:]] + groups[k + 1:]
        seps = [" ", "-", "/", ".", " - "]
        out = groups[0]
        used = []
        for i, g in enumerate(groups[1:]):
            sep = r.choice(seps)
            if i == len(groups) - 2 and len(set(used)) == 1 and sep == used[0]:
                sep = r.choice([x for x in seps if x != used[0]])
            used.append(sep)
            out += sep + g
        return out
    if form == "linebreak":
        k = r.randint(1, len(groups) - 1)
        return " ".join(groups[:k]) + r.choice(["\n", "\n", " \n"]) + " ".join(groups[k:])
    sep = {"nbsp": NBSP, "nnbsp": NNBSP, "double_space": "  ", "dots": ".", "dashes": "-",
           "slashes": "/"}[form]
    return sep.join(groups)


def ensure_groups(groups, canon):
    if len(groups) >= 2:
        return groups
    n = 4 if len(canon) > 9 else 3
    return [canon[i:i + n] for i in range(0, len(canon), n)]


def lookalike(r, s, skip_prefix=0):
    pos = [i for i, c in enumerate(s) if c in "01" and i >= max(1, skip_prefix)]
    if not pos:
        return None
    k = 1 if len(pos) < 3 or r.random() < 0.6 else 2
    out = list(s)
    for p in r.sample(pos, k):
        out[p] = r.choice(["O", "O", "o"]) if s[p] == "0" else r.choice(["l", "I", "l"])
    return "".join(out)


def spelled_phone(r, v, lang):
    words = WORDS_DE if lang == "de" else WORDS_EN
    groups = v["display"].replace("(0)", " ").replace("(", " ").replace(")", " ").replace("/", " ").replace("-", " ").split()
    mode = r.choice(["all", "first", "last", "alt"])

    def spell(g):
        out = []
        for c in g:
            if c.isdigit():
                w = words[int(c)]
                if lang == "en" and c == "0" and r.random() < 0.6:
                    w = "oh"
                if lang == "de" and c == "2" and r.random() < 0.3:
                    w = "zwo"
                out.append(w)
            elif c == "+":
                out.append("plus")
            else:
                out.append(c)
        return " ".join(out)

    res = []
    for i, g in enumerate(groups):
        if mode == "all" or (mode == "first" and i <= 1) or (mode == "last" and i == len(groups) - 1) or \
                (mode == "alt" and i % 2 == 0):
            res.append(spell(g))
        else:
            res.append(g)
    out = " ".join(res)
    if not any(w in out for w in words + ["oh", "zwo", "plus"]):
        out = spell(groups[0]) + " " + " ".join(groups[1:])
    return out


def at_words(r, v, lang):
    local, dom = v["local"], v["domain"]
    if v["display"][0].isupper():
        local = local[0].upper() + local[1:]
    if lang == "de":
        at = r.choice([" at ", " (at) ", " [at] ", "(at)", " ät ", " [ät] "])
        dot = r.choice([" punkt ", " [punkt] ", " (punkt) ", " dot ", "[.]"])
    else:
        at = r.choice([" at ", " (at) ", " [at] ", "[at]", " AT "])
        dot = r.choice([" dot ", " [dot] ", " (dot) ", "[.]", " DOT "])
    if r.random() < 0.4:
        local = local.replace(".", dot)
    return local + at + dom.replace(".", dot)


def make_typo(r, word, lang):
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i - 1].isalpha()]
    if not letters:
        return None
    for _ in range(20):
        op = r.choice(["drop", "double", "swap", "neighbour", "vowel"])
        i = r.choice(letters)
        c = word[i]
        if op == "drop":
            w = word[:i] + word[i + 1:]
        elif op == "double":
            w = word[:i] + c + word[i:]
        elif op == "swap" and word[i + 1:i + 2].isalpha():
            w = word[:i] + word[i + 1] + c + word[i + 2:]
        elif op == "neighbour":
            kb = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "z" if lang == "de" else "r",
                  "l": "k", "u": "i", "d": "f", "p": "o", "c": "x", "h": "j", "b": "v", "g": "h"}
            if c.lower() not in kb:
                continue
            w = word[:i] + kb[c.lower()] + word[i + 1:]
        else:
            sub = {"ph": "f", "y": "i", "ie": "i", "ä": "e", "th": "t", "ck": "k", "rh": "r", "ea": "ee", "ou": "o",
                   "tz": "z", "ae": "e", "oe": "e"}
            keys = [k for k in sub if k in word[1:]]
            if not keys:
                continue
            k = r.choice(keys)
            j = word.index(k, 1)
            w = word[:j] + sub[k] + word[j + len(k):]
        if w != word and w.lower() != word.lower():
            return w
    return None


def apply_form(r, kind, v, form, lang):
    """kind: value kind key of ALLOWED. v: value dict. Returns written string or None."""
    d = v["display"]
    if form == "plain":
        return d
    if form == "fullwidth":
        return fullwidth(d)
    if form == "zwsp":
        return insert_invisible(r, d, ZWSP)
    if form == "soft_hyphen":
        if kind == "HEALTH" and len(d) < 6:
            return None
        return insert_invisible(r, d, SHY)
    if form == "lowercase":
        if d.lower() == d:
            return None
        return d.lower()
    if form == "typo":
        return make_typo(r, d, lang)
    if form == "spaced":
        return " ".join(c for c in d.replace(" ", ""))
    if form == "lookalike":
        skip = 2 if kind in ("IBAN",) else (1 if d.startswith("+") else 0)
        if kind == "PHONE" and d.startswith("00"):
            skip = 2
        return lookalike(r, d, skip)
    if form == "spelled":
        return spelled_phone(r, v, lang)
    if form == "at_words":
        return at_words(r, v, lang)
    if form == "linebreak" and kind == "EMAIL":
        return v["local"] + "@\n" + v["domain"] if r.random() < .5 else v["local"] + "\n@" + v["domain"]
    if form in SEP_FORMS:
        groups = ensure_groups(v["groups"], v["canon"])
        if form in ("dots", "slashes", "dashes") and kind == "PHONE":
            groups = [g.replace("(0)", "") for g in groups]
            groups = [g for g in groups if g]
            if not v["national"] and groups[0].startswith("+"):
                pass
        return join_groups(r, groups, form)
    return None


# --------------------------------------------------------------- inverse
WORD2DIG = {w: str(i) for i, w in enumerate(WORDS_DE)}
WORD2DIG.update({w: str(i) for i, w in enumerate(WORDS_EN)})
WORD2DIG.update({"oh": "0", "zwo": "2", "plus": "+"})


def strip_invis(s):
    return s.replace(ZWSP, "").replace(SHY, "")


def deob(kind, written, canon, lang):
    s = unicodedata.normalize("NFKC", strip_invis(written))
    if kind == "EMAIL":
        s = re.sub(r"\s*[\(\[]\s*(?:at|ät)\s*[\)\]]\s*|\s+(?:at|ät)\s+", "@", s, flags=re.I)
        s = re.sub(r"\s*[\(\[]\s*(?:dot|punkt|\.)\s*[\)\]]\s*|\s+(?:dot|punkt)\s+", ".", s, flags=re.I)
        return re.sub(r"\s+", "", s).lower()
    if kind == "HEALTH":
        return s
    if kind == "PHONE":
        toks = re.split(r"(\s+)", s)
        toks = [WORD2DIG.get(t.lower(), t) for t in toks]
        s = "".join(toks)
        s = s.replace("(0)", "") if s.strip().startswith(("+", "00")) else s
        s = s.replace("O", "0").replace("o", "0").replace("l", "1").replace("I", "1")
        out = "".join(c for c in s if c.isdigit() or c == "+")
        if out.startswith("00"):
            out = "+" + out[2:]
        return out
    s = re.sub(r"[\s\-./]", "", s) if kind not in ("CARD_EXPIRY",) else s
    if kind in ("ID", "IBAN", "CARD", "ICD10", "BIC", "CVC"):
        if kind == "ICD10":
            s = s.upper()
            c2 = canon.replace(".", "")
        else:
            c2 = canon
        out = []
        for i, ch in enumerate(s):
            if i < len(c2) and c2[i].isdigit() and ch in "OolI":
                ch = "0" if ch in "Oo" else "1"
            out.append(ch)
        s = "".join(out).upper()
        if kind == "ICD10":
            return s
    return s


def deob_matches(kind, written, v, form, lang):
    canon = v["canon"]
    got = deob(kind, written, canon, lang)
    if kind == "PHONE":
        return got == (v["e164"] if not v["national"] else canon)
    if kind == "EMAIL":
        return got == canon
    if kind == "ICD10":
        return got == canon.replace(".", "")
    if kind == "HEALTH":
        if form == "lowercase":
            return got == canon.lower()
        if form == "typo":
            return got != canon and damerau1(got.lower(), canon.lower())
        return got == canon
    if kind == "CARD_EXPIRY":
        return got == canon
    return got == canon.upper() if kind != "ID" else got == canon.upper()


def damerau1(a, b):
    if a == b:
        return False
    if abs(len(a) - len(b)) > 1:
        # allow a digraph substitution typo ("ph" -> "f")
        return False if abs(len(a) - len(b)) > 2 else _subst2(a, b)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        return _subst2(a, b)
    if len(a) < len(b):
        a, b = b, a
    return any(a[:i] + a[i + 1:] == b for i in range(len(a))) or _subst2(a, b)


def _subst2(a, b):
    # one small substring substitution (up to 2 chars replaced by up to 2 chars)
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return len(a) - i - j <= 2 and len(b) - i - j <= 2
