#!/usr/bin/env python3
"""Generates Veil's labelled chat corpus from a template file, deterministically.

    generate.py --split test --count 8000 > corpus-test.jsonl

Each template file (templates/dev.txt, templates/test.txt; the format is in templates/README.md)
was written by someone who had not read Veil's rules. Its placeholders are filled with values made
by the field's libraries (values.py), each written in a form (forms.py), and the message gets chat
noise: lower case, a greeting, emoji, a typo in a word, two templates in one message.

Every output line is one message:
    {"id", "split", "lang", "text", "clean",
     "values":    [{"start", "end", "category", "type", "form", "context", "text"}],
     "negatives": [{"start", "end", "kind", "text"}]}
`start` and `end` count code points of `text`. `clean` is true when the message holds no
sensitive value. Same split, count and package versions: the same bytes.
"""

import argparse
import json
import os
import random
import re
import sys
import zlib

import forms
import values

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = {"dev": 1406, "test": 2811}

FINANCIAL = {"IBAN": "IBAN", "BIC": "FINANCIAL", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL",
             "CVC": "FINANCIAL"}
HEALTH_TYPES = ["DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"]
PLACEHOLDER = re.compile(r"\{([A-Z0-9_]+)(?::(bare))?\}|\[\[([A-Z_]+):([^\]]+)\]\]")


class TemplateError(Exception):
    pass


def parse_templates(path):
    """(templates, terms): templates as (lang, text, line number); terms[(TYPE, lang)] = [terms]."""
    templates, terms, current = [], {}, None
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if line.startswith("@terms"):
                parts = line.split()
                if len(parts) != 3 or parts[1] not in HEALTH_TYPES or parts[2] not in ("de", "en"):
                    raise TemplateError("%s:%d: expected '@terms TYPE de|en'" % (path, number))
                current = terms.setdefault((parts[1], parts[2]), [])
                continue
            if line.startswith("@"):
                current = None
                continue
            match = re.match(r"^(de|en|mix) \| (.+)$", line)
            if match:
                current = None
                templates.append((match.group(1), match.group(2).replace("\\n", "\n"), number))
                check_template(path, number, match.group(2))
            elif current is not None:
                current.append(line.strip())
            else:
                raise TemplateError("%s:%d: not a template: %r" % (path, number, line))
    return templates, terms


KNOWN = (set(FINANCIAL) | {"PHONE", "EMAIL", "ICD10"} | set(values.IDENTITY) | set(HEALTH_TYPES)
         | set(values.NEGATIVE_KINDS) | set(values.FILLERS))


def check_template(path, number, text):
    for match in PLACEHOLDER.finditer(text):
        name = match.group(1) or match.group(3)
        if match.group(1) and name not in KNOWN:
            raise TemplateError("%s:%d: unknown placeholder {%s}" % (path, number, name))
        if match.group(3) and name not in HEALTH_TYPES + ["ICD10", "NOT_HEALTH"]:
            raise TemplateError("%s:%d: unknown label [[%s:...]]" % (path, number, name))
    stripped = PLACEHOLDER.sub("", text)
    if "{" in stripped or "}" in stripped or "[[" in stripped or "]]" in stripped:
        raise TemplateError("%s:%d: unbalanced placeholder: %r" % (path, number, text))


def is_sensitive(text):
    return any((m.group(1) and m.group(1) not in values.NEGATIVE_KINDS and m.group(1) not in values.FILLERS)
               or (m.group(3) and m.group(3) != "NOT_HEALTH") for m in PLACEHOLDER.finditer(text))


GREETINGS = {"de": ["Hallo, ", "Hi ", "Moin! ", "Guten Tag, ", "hallo ", "Servus, ", "Hey, ", "Grüß Gott, "],
             "en": ["Hi, ", "Hello ", "hey ", "Good morning, ", "hi there, ", "Dear support, "]}
ENDINGS = {"de": [" Danke!", " LG", " Danke im Voraus", " 🙏", " 😊", " VG {FIRSTNAME}", "\nGruß {FIRSTNAME}"],
           "en": [" Thanks!", " thx", " cheers", " 🙏", " 👍", " Best, {FIRSTNAME}", "\nRegards, {FIRSTNAME} {LASTNAME}"]}


def typo(text, rng):
    """One typo (doubled, dropped or swapped letter) in a word of 5+ letters outside placeholders."""
    spans = [m.span() for m in PLACEHOLDER.finditer(text)]
    words = [m for m in re.finditer(r"[A-Za-zÄÖÜäöüß]{5,}", text)
             if not any(start <= m.start() < end for start, end in spans)]
    if not words:
        return text
    word = rng.choice(words)
    position = rng.randrange(word.start() + 1, word.end() - 1)
    edit = rng.choice(["double", "drop", "swap"])
    if edit == "double":
        return text[:position] + text[position] + text[position:]
    if edit == "drop":
        return text[:position] + text[position + 1:]
    return text[:position] + text[position + 1] + text[position] + text[position + 2:]


def lower_outside(text):
    """Lower-cases the template's own words, leaving placeholder names intact."""
    out, last = [], 0
    for match in PLACEHOLDER.finditer(text):
        out.append(text[last:match.start()].lower())
        out.append(match.group(0) if match.group(1) else "[[%s:%s]]" % (match.group(3), match.group(4).lower()))
        last = match.end()
    out.append(text[last:].lower())
    return "".join(out)


class Generator:
    def __init__(self, split, templates, terms, icd_codes):
        self.split = split
        self.rng = random.Random(SEEDS[split])
        self.fakers = {lang: values.faker_for(lang, SEEDS[split] + index) for index, lang in enumerate(("de", "en"))}
        self.clean = [t for t in templates if not is_sensitive(t[1])]
        self.sensitive = [t for t in templates if is_sensitive(t[1])]
        self.terms = terms
        self.icd_codes = icd_codes

    def message(self, index):
        rng = self.rng
        pool = self.clean if rng.random() < 0.33 else self.sensitive
        lang, text, _ = rng.choice(pool)
        if rng.random() < 0.12:   # two templates in one message, as people send them
            second_lang, second, _ = rng.choice(self.clean + self.sensitive)
            text = text + rng.choice(["\n", " ", "\n\n", " – "]) + second
            lang = lang if second_lang == lang else "mix"
        value_lang = lambda: rng.choice(["de", "en"]) if lang == "mix" else lang
        greeting_lang = value_lang()
        if rng.random() < 0.25:
            text = rng.choice(GREETINGS[greeting_lang]) + text
        if rng.random() < 0.2:
            text = text + rng.choice(ENDINGS[greeting_lang])
        if rng.random() < 0.08:
            text = typo(text, rng)
        if rng.random() < 0.12:
            text = lower_outside(text)
        out, labels, negatives, last = [], [], [], 0
        position = 0
        for match in PLACEHOLDER.finditer(text):
            literal = text[last:match.start()]
            out.append(literal)
            position += len(literal)
            written, label, negative = self.fill(match, value_lang(), rng)
            if label is not None:
                label.update(start=position, end=position + len(written), text=written)
                labels.append(label)
            if negative is not None:
                negative.update(start=position, end=position + len(written), text=written)
                negatives.append(negative)
            out.append(written)
            position += len(written)
            last = match.end()
        out.append(text[last:])
        message = "".join(out)
        return {"id": "%s-%05d" % (self.split, index), "split": self.split, "lang": lang, "text": message,
                "clean": not labels, "values": labels, "negatives": negatives}

    def fill(self, match, lang, rng):
        """(text, value label or None, negative label or None) for one placeholder."""
        name, bare, label_type, label_text = match.groups()
        faker = self.fakers[lang]
        if label_type == "NOT_HEALTH":
            return label_text, None, {"kind": "NOT_HEALTH"}
        if label_type:   # inline health label
            return self.health(label_type, values.Value(label_text, [], [label_text], "text"), lang, rng, True)
        if name in HEALTH_TYPES:
            term = rng.choice(self.terms.get((name, lang)) or self.terms.get((name, "de" if lang == "en" else "en")))
            return self.health(name, values.Value(term, [], [term], "text"), lang, rng, True)
        if name == "ICD10":
            value = values.icd10(rng, self.icd_codes)
            return self.health("ICD10", value, lang, rng, not bare)
        if name in values.NEGATIVE_KINDS:
            return values.negative(name, rng, faker, lang), None, {"kind": name}
        if name in values.FILLERS:
            return values.filler(name, faker), None, None
        category, veil_type, value = self.sensitive_value(name, lang, rng, faker)
        form = forms.choose(value, lang, rng)
        written = forms.write(value, form, lang, rng)
        return written, {"category": category, "type": veil_type, "form": form, "context": not bare}, None

    def health(self, veil_type, value, lang, rng, context):
        form = forms.choose(value, lang, rng, health=True) if value.kind == "text" else forms.choose(value, lang, rng)
        if form not in forms.applicable(value, lang) and form != "plain":
            form = "plain"
        written = forms.write(value, form, lang, rng)
        return written, {"category": "HEALTH", "type": veil_type, "form": form, "context": context}, None

    def sensitive_value(self, name, lang, rng, faker):
        if name == "IBAN":
            return "IBAN", "IBAN", values.iban(rng, lang)
        if name == "BIC":
            return "FINANCIAL", "BIC", values.bic(rng, lang)
        if name == "CARD":
            return "FINANCIAL", "CARD", values.card(rng, faker)
        if name == "CARD_EXPIRY":
            return "FINANCIAL", "CARD_EXPIRY", values.card_expiry(rng)
        if name == "CVC":
            return "FINANCIAL", "CVC", values.cvc(rng)
        if name == "PHONE":
            return "PHONE", "PHONE", values.phone(rng, lang)
        if name == "EMAIL":
            return "CONTACT", "EMAIL", values.email(rng, faker)
        veil_type, make = values.IDENTITY[name]
        return "ID", veil_type, make(rng)


def icd_codes():
    """Billable ICD-10-CM codes (public domain), shortened to GM's 4-character depth for a third."""
    import simple_icd_10_cm as cm
    codes = sorted(code for code in cm.get_all_codes() if cm.is_leaf(code) and "." in code)
    picked = []
    for code in codes[::7]:
        picked.append(code[:5] if zlib.crc32(code.encode()) % 3 == 0 else code)
    return sorted(set(picked))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=sorted(SEEDS), required=True)
    parser.add_argument("--count", type=int, default=8000)
    parser.add_argument("--templates", help="template file (default templates/SPLIT.txt)")
    options = parser.parse_args()
    path = options.templates or os.path.join(HERE, "templates", options.split + ".txt")
    try:
        templates, terms = parse_templates(path)
    except (TemplateError, OSError) as error:
        sys.exit("generate.py: %s" % error)
    generator = Generator(options.split, templates, terms, icd_codes())
    out = sys.stdout
    for index in range(options.count):
        out.write(json.dumps(generator.message(index), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
