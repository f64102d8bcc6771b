"""How a value is written: the forms of the corpus, each a label the scorer reports by.

`plain` is the way people usually type the value (grouped with spaces or compact, and for phone
numbers every national and international layout). The other forms are the separators and
obfuscations seen in chat and named in Veil's README: dots, dashes, slashes, NBSP, narrow NBSP,
double spaces or a mixture between the groups, spaced-out characters, soft hyphens and zero-width
characters inside, full-width characters, look-alike letters, lower case, spelled-out digits and
e-mail addresses written with "at" and "dot".
"""

SEPARATORS = {"dots": ".", "dashes": "-", "slashes": "/", "nbsp": "\u00a0", "nnbsp": "\u202f",
              "double_space": "  "}
ZERO_WIDTH = ["\u200b", "\u200b", "\u200c", "\u2060", "\ufeff"]
CYRILLIC = {"A": "\u0410", "B": "\u0412", "E": "\u0415", "K": "\u041a", "M": "\u041c", "H": "\u041d",
            "O": "\u041e", "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425", "a": "\u0430",
            "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445"}
SPELLED = {"de": "null eins zwei drei vier fünf sechs sieben acht neun".split(),
           "en": "zero one two three four five six seven eight nine".split()}

NUMBER_FORMS = ["dots", "dashes", "slashes", "nbsp", "nnbsp", "double_space", "mixed", "spaced", "soft_hyphen",
                "zwsp", "fullwidth", "lookalike"]
EMAIL_FORMS = ["at_words", "zwsp", "fullwidth"]
HEALTH_FORMS = ["spaced", "soft_hyphen", "zwsp"]
OBFUSCATED_SHARE = 0.30


def grouped(value, rng):
    """The value's groups as typed, or None when the value has no natural grouping."""
    if value.parts:
        return value.parts if len(value.parts) > 1 else None
    if not value.groups:
        return None
    parts, position = [], 0
    for length in value.groups:
        parts.append(value.compact[position:position + length])
        position += length
    return [part for part in parts if part]


def plain(value, rng):
    if value.layouts:
        return rng.choice(value.layouts)
    groups = grouped(value, rng)
    if groups and rng.random() < 0.6:
        return " ".join(groups)
    return value.compact


def applicable(value, lang):
    """The non-plain forms this value can be written in."""
    if value.kind == "email":
        return EMAIL_FORMS
    if value.kind == "text":
        return HEALTH_FORMS
    forms = []
    groups_ok = len(value.parts) > 1 or bool(value.groups)
    for form in NUMBER_FORMS:
        if form in SEPARATORS or form == "mixed":
            if groups_ok:
                forms.append(form)
        elif form == "lookalike":
            if "0" in value.compact or any(c in CYRILLIC for c in value.compact):
                forms.append(form)
        else:
            forms.append(form)
    if value.kind == "code" and any(c.isalpha() for c in value.compact):
        forms.append("lowercase")
    if value.kind == "phone":
        forms.append("spelled")
    return forms


def insert_between(text, marks, rng, count):
    positions = [i for i in range(1, len(text)) if text[i - 1].isalnum() and text[i].isalnum()]
    chosen = sorted(rng.sample(positions, min(count, len(positions))), reverse=True)
    for position in chosen:
        text = text[:position] + rng.choice(marks) + text[position:]
    return text


def spell(text, lang, rng):
    words = []
    for c in text:
        if c.isdigit():
            words.append(SPELLED[lang][int(c)])
        elif c == "+":
            words.append("plus")
    return " ".join(words)


def write(value, form, lang, rng):
    """The text of `value` in `form`."""
    if form == "plain":
        return plain(value, rng)
    if value.kind == "email":
        local, domain = value.compact.split("@", 1)
        if form == "at_words":
            name, _, tld = domain.rpartition(".")
            return rng.choice(["%s [at] %s [dot] %s" % (local, name, tld), "%s(at)%s" % (local, domain),
                               "%s at %s dot %s" % (local, name, tld), "%s (at) %s (dot) %s" % (local, name, tld),
                               "%s@%s[.]%s" % (local, name, tld), "%s [at] %s" % (local, domain)])
    if form in SEPARATORS or form == "mixed":
        groups = grouped(value, rng)
        if form == "mixed":
            text = groups[0]
            for group in groups[1:]:
                text += rng.choice([" ", "-", ".", "/", " - ", "\u00a0"]) + group
            return text
        return SEPARATORS[form].join(groups)
    text = plain(value, rng)
    if form == "spaced":
        letters = [c for c in text if not c.isspace()]
        return " ".join(letters)
    if form == "soft_hyphen":
        return insert_between(text, ["\u00ad"], rng, rng.randint(1, 3))
    if form == "zwsp":
        return insert_between(text, ZERO_WIDTH, rng, rng.randint(1, 4))
    if form == "fullwidth":
        return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)
    if form == "lookalike":
        out = []
        for c in text:
            if c == "0" and rng.random() < 0.6:
                out.append(rng.choice("Oo"))
            elif c in CYRILLIC and rng.random() < 0.7:
                out.append(CYRILLIC[c])
            else:
                out.append(c)
        return "".join(out)
    if form == "lowercase":
        return text.lower()
    if form == "spelled":
        return spell(text, lang, rng)
    raise KeyError(form)


def choose(value, lang, rng, health=False):
    """A form for `value`: plain most of the time, else one of its applicable obfuscations."""
    share = 0.08 if health else OBFUSCATED_SHARE
    if rng.random() >= share:
        return "plain"
    return rng.choice(applicable(value, lang))
