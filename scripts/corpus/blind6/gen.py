#!/usr/bin/env python3
"""Generator for the BLIND labelled chat corpus ``Tests/Fixtures/chat-blind-6.jsonl``.

WRITTEN BLIND: this generator, its templates (b6_templates.py), vocabulary (b6_vocab.py),
value factories (b6_values.py) and negatives (b6_negatives.py) were written WITHOUT
reading the filter's patterns, sources, tests, docs (README / ARCHITECTURE / POLICY /
markdown), earlier corpora or generators, and WITHOUT running the filter.  The messages
therefore measure how the filter does on realistic support-chat text it was not written
against.

Every value is generated valid *before* any obfuscation (phonenumbers, schwifty with
national BBAN checksums, python-stdnum, Luhn, ICAO 9303 check digits, the published
KVNR / RVNR algorithms, simple_icd_10_cm for ICD-10 codes) and is re-validated at the end:
the canonical value is checked again and the written span is de-obfuscated and compared
with the plain rendering it was derived from.

Run (from the repository root):

    .build/venv/bin/python scripts/corpus/blind6/gen.py          # write + print stats
    .build/venv/bin/python scripts/corpus/blind6/gen.py --check  # regenerate in memory,
                                                                 # verify byte-identical

Output: one JSON object per line,
{"id", "split", "lang", "text", "clean", "values": [{category, type, form, context,
start, end, text}], "negatives": [{kind, start, end, text}]}; offsets are Python str
(code point) offsets.
"""
from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from faker import Faker  # noqa: E402

import b6_values as V  # noqa: E402
import b6_negatives as NG  # noqa: E402
import b6_vocab as VOC  # noqa: E402
import b6_templates as TPL  # noqa: E402

SEED = 20_250_606
N_MESSAGES = 1200
SPLIT = "blind6"
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(REPO, "Tests", "Fixtures", "chat-blind-6.jsonl")
# probability that a value is written in an obfuscated form (overall ~15 %)
P_OBF = {"PHONE": 0.17, "IBAN": 0.17, "CARD": 0.17, "CARD_EXPIRY": 0.10, "CVC": 0.10, "BIC": 0.20, "EMAIL": 0.25,
         "ICD10": 0.13, "DIAGNOSIS": 0.06, "SYMPTOM": 0.06, "MEDICATION": 0.06, "TREATMENT": 0.06}
P_OBF_ID = 0.16

ALLOWED = {
    ("PHONE", "PHONE"), ("IBAN", "IBAN"), ("FINANCIAL", "CARD"), ("FINANCIAL", "CARD_EXPIRY"),
    ("FINANCIAL", "CVC"), ("FINANCIAL", "BIC"), ("CONTACT", "EMAIL"), ("HEALTH", "DIAGNOSIS"),
    ("HEALTH", "SYMPTOM"), ("HEALTH", "MEDICATION"), ("HEALTH", "TREATMENT"), ("HEALTH", "ICD10"),
} | {("ID", t) for t in V.ID_VALIDATORS}

FORMS = ["plain", "lowercase", "dots", "dashes", "slashes", "double_space", "nbsp", "nnbsp", "zwsp",
         "soft_hyphen", "spaced", "linebreak", "lookalike", "fullwidth", "mixed", "at_words", "spelled", "typo"]

HEALTH_TYPES = {"DIAG": "DIAGNOSIS", "SYMP": "SYMPTOM", "MED": "MEDICATION", "TREAT": "TREATMENT", "ICD": "ICD10"}

# group -> share of the 1,200 messages
GROUP_COUNTS = {"clean": 456, "phone": 126, "iban": 74, "card": 89, "bic": 30, "email": 60, "id": 149,
                "health": 216}
assert sum(GROUP_COUNTS.values()) == N_MESSAGES

PHONE_CYCLE = {
    "de": ["DE"] * 10 + ["AT"] * 3 + ["CH"] * 3 + ["FR", "IT", "ES", "NL", "PL"],
    "en": ["GB"] * 8 + ["US"] * 8 + ["DE", "DE", "FR", "IT", "ES", "NL", "PL"],
}
IBAN_CYCLE = {
    "de": ["DE"] * 8 + ["AT"] * 2 + ["CH"] * 2 + ["LU", "NL", "BE", "FR", "IT", "IT", "ES", "PL"],
    "en": ["GB"] * 5 + ["DE", "DE", "FR", "FR", "NL", "IT", "IT", "ES", "ES", "BE", "PL", "LU", "LU", "CH"],
}
CARD_CYCLE = ["visa", "visa", "mc", "visa", "amex", "visa", "mc", "amex", "visa", "visa"]
ID_CYCLE = {
    "de": ["DE_STEUER_ID", "DE_KVNR", "DE_RVNR", "DE_ID_CARD", "DE_PASSPORT", "DE_STEUERNUMMER", "DE_USTID",
           "AT_SVNR", "CH_AHV", "PL_PESEL", "ES_NIE", "IT_CODICE_FISCALE", "FR_NIR", "NL_BSN",
           "BE_NATIONAL_NUMBER", "DE_ID_CARD", "DE_STEUERNUMMER", "CH_AHV", "FR_NIR", "BE_NATIONAL_NUMBER",
           "DE_KVNR", "AT_SVNR", "DE_RVNR"],
    "en": ["US_SSN", "UK_NHS", "UK_NINO", "ES_NIE", "ES_DNI", "FR_NIR", "IT_CODICE_FISCALE",
           "BE_NATIONAL_NUMBER", "NL_BSN", "PL_PESEL", "US_SSN", "FR_NIR", "BE_NATIONAL_NUMBER", "ES_NIE",
           "PL_PESEL", "CH_AHV", "DE_STEUER_ID", "DE_PASSPORT", "DE_KVNR", "US_SSN", "AT_SVNR", "ES_DNI",
           "DE_STEUERNUMMER"],
}
ID_LOCALE = {"IT_CODICE_FISCALE": "it_IT", "ES_NIE": None, "ES_DNI": "es_ES", "FR_NIR": "fr_FR",
             "PL_PESEL": "pl_PL", "NL_BSN": "nl_NL", "BE_NATIONAL_NUMBER": "nl_BE"}
FLAVOR_LOCALE = {"DE": "de_DE", "AT": "de_AT", "CH": "de_CH", "GB": "en_GB", "US": "en_US"}

ID_LABELS = {
    "DE_STEUER_ID": {"de": ["Steuer-ID", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer",
                            "Steuer-IdNr.", "IdNr"], "en": ["German tax ID", "Steuer-ID", "German tax ID number"]},
    "DE_KVNR": {"de": ["Versichertennummer", "KVNR", "Krankenversichertennummer", "Versicherten-Nr."],
                "en": ["German health insurance number", "Versichertennummer"]},
    "DE_RVNR": {"de": ["Rentenversicherungsnummer", "RV-Nummer", "Sozialversicherungsnummer", "SV-Nummer"],
                "en": ["German pension insurance number"]},
    "DE_ID_CARD": {"de": ["Personalausweisnummer", "Ausweisnummer", "Perso-Nummer"],
                   "en": ["German ID card number"]},
    "DE_PASSPORT": {"de": ["Reisepassnummer", "Passnummer"], "en": ["passport number", "passport no."]},
    "DE_STEUERNUMMER": {"de": ["Steuernummer", "St.-Nr.", "StNr"], "en": ["German tax number (Steuernummer)"]},
    "DE_USTID": {"de": ["USt-IdNr.", "Umsatzsteuer-ID", "USt-ID"], "en": ["VAT ID", "VAT number"]},
    "AT_SVNR": {"de": ["Sozialversicherungsnummer", "SV-Nr.", "SVNR", "e-card-Nummer"],
                "en": ["Austrian social security number"]},
    "CH_AHV": {"de": ["AHV-Nummer", "AHV-Nr.", "AHV"], "en": ["AHV number", "Swiss AHV number"]},
    "US_SSN": {"en": ["SSN", "social security number", "Social Security number", "SS#"]},
    "UK_NHS": {"en": ["NHS number", "NHS no."]},
    "UK_NINO": {"en": ["National Insurance number", "NI number", "NINO", "NI no."]},
    "ES_NIE": {"de": ["NIE", "spanische NIE"], "en": ["NIE", "NIE number"]},
    "ES_DNI": {"de": ["DNI"], "en": ["DNI", "DNI number"]},
    "FR_NIR": {"de": ["französische Sozialversicherungsnummer"],
               "en": ["French social security number", "numéro de sécurité sociale", "INSEE number"]},
    "IT_CODICE_FISCALE": {"de": ["Codice Fiscale", "italienische Steuernummer"],
                          "en": ["codice fiscale", "Italian tax code"]},
    "BE_NATIONAL_NUMBER": {"de": ["belgische Nationalregisternummer"],
                           "en": ["Belgian national number", "rijksregisternummer"]},
    "NL_BSN": {"de": ["BSN", "niederländische BSN"], "en": ["BSN", "burgerservicenummer"]},
    "PL_PESEL": {"de": ["PESEL", "PESEL-Nummer"], "en": ["PESEL", "PESEL number"]},
}

EMOJI = ["🙏", "😊", "🙂", "😅", "👍", "😩", "🤷‍♀️", "😤", "🙈", "❤️", "😬", "✌️", "🥲", "😡", "🤞", "📦", "💳", "📱"]

GREET = {
    "de": ["Hallo", "Hallo zusammen", "Guten Tag", "Guten Morgen", "Moin", "Hi", "Servus", "Hallo liebes Team",
           "Sehr geehrte Damen und Herren", "Hey", "hallo", "moin moin", "Guten Abend", "Hallöchen", "Grüß Gott"],
    "en": ["Hi", "Hello", "Hey there", "Good morning", "Hi team", "Dear Sir/Madam", "hiya", "Hello support", "hey",
           "Hi all", "Good afternoon", "Morning", "Hi guys"],
}
GREET_CH = ["Grüezi", "Hoi zäme", "Sali"]
SIGN = {
    "de": ["LG", "Liebe Grüße\n{FIRST}", "Viele Grüße, {NAME}", "MfG {LAST}", "Danke!", "Danke euch {EMO}", "vg",
           "Gruß {FIRST}", "Mit freundlichen Grüßen\n{NAME}", "Danke im Voraus", "lg {FIRST}", "Beste Grüße\n{NAME}",
           "Schönen Tag noch!", "Danke und Gruß", "VG {FIRST} {LAST}"],
    "en": ["Thanks", "Cheers, {FIRST}", "Kind regards,\n{NAME}", "thx", "Best, {FIRST}", "Many thanks!", "ta",
           "Regards {NAME}", "Thanks in advance {EMO}", "Sent from my iPhone", "Best regards,\n{NAME}", "cheers",
           "thanks!!", "- {FIRST}"],
}

TOKEN = re.compile(r"\{([^{}]+)\}|\[\[(.+?)\]\]|<<(.+?)>>", re.S)
VALUE_KEYS = {"PHONE", "IBAN", "CARD", "EXP", "CVC", "BIC", "EMAIL", "ID", "DIAG", "SYMP", "MED", "TREAT", "ICD"}
PHONE_REGIONS = set(V.PHONE_PLAN)

SEP = {"dots": ".", "dashes": "-", "double_space": "  ", "nbsp": "\u00a0", "nnbsp": "\u202f"}
GENERIC_FORMS = ["dots", "dashes", "double_space", "nbsp", "nnbsp", "zwsp", "soft_hyphen", "spaced", "linebreak",
                 "lookalike", "fullwidth", "mixed"]


def applicable_forms(typ, canon):
    if typ == "PHONE":
        return GENERIC_FORMS + ["slashes", "spelled"]
    if typ == "IBAN":
        return GENERIC_FORMS + ["lowercase"]
    if typ == "CARD":
        return GENERIC_FORMS
    if typ == "CARD_EXPIRY":
        return ["dashes", "dots", "spaced", "fullwidth"]
    if typ == "CVC":
        return ["spaced", "spelled", "fullwidth"]
    if typ == "BIC":
        return ["lowercase", "spaced", "zwsp", "soft_hyphen", "fullwidth", "mixed"]
    if typ == "EMAIL":
        return ["at_words", "zwsp", "soft_hyphen", "fullwidth", "spaced", "linebreak", "mixed"]
    if typ == "ICD10":
        return ["lowercase", "zwsp", "fullwidth", "soft_hyphen"]
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        f = []
        if sum(c.isalpha() for c in canon) >= 4:
            f.append("typo")
        if canon != canon.lower():
            f.append("lowercase")
        if len(f) == 2:
            f.append("mixed")
        return f
    # IDs
    f = list(GENERIC_FORMS)
    if typ == "CH_AHV":
        f.remove("dots")
    if typ == "US_SSN":
        f.remove("dashes")
        f.append("spelled")
    if typ == "NL_BSN":
        f.append("spelled")
    if any(c.isalpha() for c in canon):
        f.append("lowercase")
    if not any(c in V.LOOK for c in canon):
        f.remove("lookalike")
    return f


MIXED = {
    "PHONE": [("dashes", "lookalike"), ("dots", "zwsp"), ("nbsp", "lookalike"), ("spaced", "fullwidth"),
              ("slashes", "soft_hyphen"), ("double_space", "zwsp")],
    "IBAN": [("lowercase", "nbsp"), ("dashes", "lookalike"), ("spaced", "lowercase"), ("nnbsp", "zwsp"),
             ("plain", "lowercase+zwsp")],
    "CARD": [("dashes", "lookalike"), ("nbsp", "zwsp"), ("spaced", "lookalike"), ("dots", "soft_hyphen"),
             ("fullwidth", "zwsp")],
    "BIC": [("lowercase", "spaced"), ("lowercase", "zwsp")],
    "EMAIL": [("at_words", "zwsp"), ("at_words", "soft_hyphen"), ("fullwidth", "zwsp")],
    "ID": [("dashes", "lookalike"), ("spaced", "lowercase"), ("nbsp", "zwsp"), ("dots", "lookalike"),
           ("fullwidth", "soft_hyphen")],
}


def auto_typo(rng, term):
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÄÖÜäöüß]{5,}", term)]
    if not words:
        words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÄÖÜäöüß]{4,}", term)]
    if not words:
        return None
    for _ in range(30):
        a, b = rng.choice(words)
        w = term[a:b]
        op = rng.choice(["swap", "drop", "double", "vowel"])
        i = rng.randint(1, len(w) - 2)
        if op == "swap":
            if w[i] == w[i + 1]:
                continue
            nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop":
            nw = w[:i] + w[i + 1:]
        elif op == "double":
            nw = w[:i] + w[i] + w[i:]
        else:
            vs = [j for j in range(1, len(w)) if w[j] in "aeiou"]
            if not vs:
                continue
            j = rng.choice(vs)
            nw = w[:j] + rng.choice([c for c in "aeiou" if c != w[j]]) + w[j + 1:]
        out = term[:a] + nw + term[b:]
        if out != term and out.lower() != term.lower():
            return out
    return None


class Ctx:
    pass


class Generator:
    def __init__(self, seed=SEED):
        self.rng = random.Random(seed)
        self.form_counts = Counter()
        self.fakers = {}
        self.used_canon = set()
        self.icd = [c for c in VOC.ICD if V.icd.is_valid_item(c)]
        assert len(self.icd) >= 60, len(self.icd)
        self.cycles = {}
        self.health_bag = {}

    # ------------------------------------------------------------- helpers
    def faker(self, loc):
        if loc not in self.fakers:
            self.fakers[loc] = Faker(loc)
        return self.fakers[loc]

    def cycle(self, key, items):
        st = self.cycles.get(key)
        if st is None or st[1] >= len(st[0]):
            lst = list(items)
            self.rng.shuffle(lst)
            st = [lst, 0]
            self.cycles[key] = st
        v = st[0][st[1]]
        st[1] += 1
        return v

    def health_term(self, lang, key):
        pool = {"DIAG": VOC.DIAG, "SYMP": VOC.SYMP, "MED": VOC.MED, "TREAT": VOC.TREAT}[key][lang]
        return self.cycle(("health", lang, key), pool)

    def choose_form(self, typ, canon, forced=None):
        if forced:
            return forced
        if self.rng.random() >= P_OBF.get(typ, P_OBF_ID):
            return "plain"
        forms = applicable_forms(typ, canon)
        if not forms:
            return "plain"
        # spread obfuscations evenly over all forms (global counts, ties broken at random)
        glob = Counter()
        for (_, f), k in self.form_counts.items():
            glob[f] += k
        m = min(glob[f] for f in forms)
        cands = [f for f in forms if glob[f] == m]
        return self.rng.choice(cands)

    # ------------------------------------------------------------- value creation
    def new_value(self, ctx, key, args):
        rng = self.rng
        lang = ctx.lang
        for _ in range(50):
            if key == "PHONE":
                region = next((a for a in args if a in PHONE_REGIONS), None)
                kind = next((a for a in args if a in ("mobile", "fixed")), None)
                if region is None:
                    if ctx.phone_region and not ctx.phone_used:
                        region = ctx.phone_region
                    else:
                        region = self.default_phone_region(ctx)
                ctx.phone_used = True
                val = V.make_phone(rng, region, kind, intl_only=region not in (ctx.flavor,) and region not in ("DE", "AT", "CH", "GB", "US"))
            elif key == "IBAN":
                country = next((a for a in args if len(a) == 2 and a.isupper()), None)
                if ctx.pending_iban is not None and country is None:
                    val, ctx.pending_iban = ctx.pending_iban, None
                else:
                    if country is None:
                        if ctx.iban_country and not ctx.iban_used:
                            country = ctx.iban_country
                        else:
                            country = self.default_iban_country(ctx)
                    val = V.make_iban(rng, country)
                ctx.iban_used = True
                ctx.last_iban = val
            elif key == "BIC":
                src = ctx.last_iban
                if src is None or src.meta.get("bic_used"):
                    country = ctx.iban_country or self.default_iban_country(ctx)
                    src = V.make_iban(rng, country)
                    ctx.pending_iban = src
                src.meta["bic_used"] = True
                val = V.make_bic(src.meta["bic"])
            elif key == "CARD":
                brand = next((a for a in args if a in ("visa", "mc", "amex")), None) or ctx.card_brand or \
                    self.cycle(("card",), CARD_CYCLE)
                ctx.card_brand = None
                val = V.make_card(rng, brand)
                ctx.last_card = brand
            elif key == "EXP":
                val = V.make_expiry(rng)
            elif key == "CVC":
                val = V.make_cvc(rng, amex=(ctx.last_card == "amex"))
            elif key == "EMAIL":
                if not ctx.email_used:
                    first, last = ctx.first, ctx.last
                else:
                    f = self.faker(FLAVOR_LOCALE[ctx.flavor])
                    first, last = f.first_name(), f.last_name()
                ctx.email_used = True
                val = V.make_email(rng, first, last, ctx.flavor)
            elif key == "ID":
                typ = next((a for a in args if a in V.ID_VALIDATORS), None)
                if typ is None:
                    typ = ctx.id_type or self.cycle(("id", lang), ID_CYCLE[lang])
                    ctx.id_type = typ
                val = V.make_id(rng, typ, ctx.first, ctx.last)
            elif key == "ICD":
                code = None
                if ctx.last_diag and VOC.ICD_FOR.get(ctx.last_diag) and ctx.last_diag not in ctx.coded:
                    code = VOC.ICD_FOR[ctx.last_diag]
                    ctx.coded.append(ctx.last_diag)
                code = code or self.cycle(("icd",), self.icd)
                val = V.Value("HEALTH", "ICD10", code, [(code, None)], {})
            elif key in HEALTH_TYPES:
                if key == "TREAT" and ("ther" in args or "appt" in args):
                    sub = "ther" if "ther" in args else "appt"
                    term = self.cycle(("treat-sub", lang, sub), VOC.TREAT_SUB[(lang, sub)])
                elif key == "DIAG" and "psy" in args:
                    term = self.cycle(("diag-sub", lang, "psy"), VOC.DIAG_SUB[(lang, "psy")])
                elif key == "DIAG" and "icd" in args:
                    pool = [t for t in VOC.DIAG[lang] if t.split("|")[-1] in VOC.ICD_FOR]
                    term = self.cycle(("health-icd", lang), pool)
                else:
                    term = self.health_term(lang, key)
                art = ""
                if "|" in term:
                    art, term = term.split("|", 1)
                if key == "DIAG":
                    ctx.last_diag = term
                val = V.Value("HEALTH", HEALTH_TYPES[key], term, [(term, None)], {"article": art})
                return val
            else:
                raise KeyError(key)
            if val.canonical not in self.used_canon or val.cat == "HEALTH" or val.typ in ("CARD_EXPIRY", "CVC", "BIC"):
                self.used_canon.add(val.canonical)
                return val
        raise RuntimeError("could not make unique " + key)

    def default_phone_region(self, ctx):
        if ctx.lang == "de":
            return self.rng.choice([ctx.flavor] * 6 + ["DE", "AT", "CH", "FR", "IT", "ES", "NL", "PL"])
        return self.rng.choice([ctx.flavor] * 6 + ["GB", "US", "DE", "FR", "IT", "ES", "NL", "PL"])

    def default_iban_country(self, ctx):
        if ctx.flavor in ("DE", "AT", "CH", "GB"):
            return self.rng.choice([ctx.flavor] * 5 + ["DE", "NL", "FR", "IT", "ES", "BE", "LU", "PL"])
        return self.rng.choice(["GB", "DE", "NL", "FR", "IT", "ES", "BE", "LU", "PL", "AT", "CH"])

    # ------------------------------------------------------------- rendering
    def render(self, val, form, lang, ctx):
        """Return (span_text, base_plain_text, ops) or None if the form does not apply."""
        rng = self.rng
        typ = val.typ
        if val.cat == "HEALTH" and typ != "ICD10":
            term = val.canonical
            if form == "plain":
                return term, term, []
            if form == "typo":
                t = VOC.TYPOS.get(term) if rng.random() < 0.7 else None
                t = t or auto_typo(rng, term)
                return (t, term, ["typo"]) if t and t != term else None
            if form == "lowercase":
                return (term.lower(), term, ["lowercase"]) if term.lower() != term else None
            if form == "mixed":
                t = VOC.TYPOS.get(term) or auto_typo(rng, term)
                if not t or t.lower() == t:
                    return None
                return t.lower(), term, ["typo", "lowercase"]
            return None
        plain_text, groups = rng.choice(val.variants)
        if form == "plain":
            return plain_text, plain_text, []
        grouped = [(t, g) for t, g in val.variants if g]
        if not grouped and val.meta.get("groups"):
            grouped = [(val.canonical, val.meta["groups"])]
        if typ == "PHONE":
            nat = [(t, g) for t, g in grouped if not t.startswith("+") and not t.startswith("00")]
            if nat:
                grouped = nat
        if form in SEP:
            if not grouped:
                return None
            base, g = rng.choice(grouped)
            return SEP[form].join(g), base, [form]
        if form == "slashes":
            if typ != "PHONE" or val.meta["region"] not in ("DE", "AT", "CH"):
                return None
            grouped = [(t, g) for t, g in grouped if g[0].startswith("0") and not g[0].startswith("00")]
            if not grouped:
                return None
            base, g = rng.choice(grouped)
            return g[0] + "/" + ("".join(g[1:]) if rng.random() < 0.6 else " ".join(g[1:])), base, [form]
        if form == "linebreak":
            if typ == "EMAIL":
                loc, dom = plain_text.split("@")
                t = loc + "@\n" + dom if rng.random() < 0.6 else loc + "\n@" + dom
                return t, plain_text, [form]
            if not grouped:
                return None
            base, g = rng.choice(grouped)
            return V.join_linebreak(rng, g), base, [form]
        if form == "zwsp":
            return V.insert_chars(rng, plain_text, "\u200b", rng.choice([1, 1, 2])), plain_text, [form]
        if form == "soft_hyphen":
            return V.insert_chars(rng, plain_text, "\u00ad", rng.choice([1, 2])), plain_text, [form]
        if form == "spaced":
            base = plain_text
            if typ == "PHONE":
                cands = [t for t, _ in val.variants if not t.startswith(("+", "00"))]
                base = rng.choice(cands) if cands else plain_text
            core = base if typ == "EMAIL" else re.sub(r"[\s\-./()]", "", base.replace("(0)", ""))
            return " ".join(core), base, [form]
        if form == "lookalike":
            t = V.lookalike(rng, plain_text, skip_prefix=2 if typ == "IBAN" else 0)
            return (t, plain_text, [form]) if t else None
        if form == "fullwidth":
            return V.fullwidth(plain_text), plain_text, [form]
        if form == "lowercase":
            return (plain_text.lower(), plain_text, [form]) if plain_text.lower() != plain_text else None
        if form == "spelled":
            words = V.SPELL[lang]
            out = []
            for grp in re.split(r"[\s\-/().]+", plain_text.replace("(0)", "")):
                if not grp:
                    continue
                ws = []
                for c in grp:
                    if c == "+":
                        ws.append("plus")
                    elif c.isdigit():
                        w = words[int(c)]
                        if lang == "de" and c == "2" and rng.random() < 0.4:
                            w = "zwo"
                        if lang == "en" and c == "0" and rng.random() < 0.4:
                            w = "oh"
                        ws.append(w)
                out.append(" ".join(ws))
            return (", " if rng.random() < 0.5 else " ").join(out), plain_text, [form]
        if form == "at_words":
            if typ != "EMAIL":
                return None
            loc, dom = plain_text.split("@")
            dotw = "punkt" if lang == "de" and rng.random() < 0.6 else "dot"
            style = rng.choice(["spaced", "paren", "bracket", "spaced_all"])
            if style == "spaced":
                t = loc + " at " + dom.replace(".", " %s " % dotw)
            elif style == "paren":
                t = loc + " (at) " + dom
            elif style == "bracket":
                t = loc + "[at]" + dom.replace(".", "[%s]" % dotw)
            else:
                t = loc.replace(".", " %s " % dotw) + " at " + dom.replace(".", " %s " % dotw)
            return t, plain_text, ["at_words"]
        if form == "mixed":
            key = "ID" if val.cat == "ID" else typ
            combos = MIXED.get(key, [])
            rng.shuffle(combos := list(combos))
            for first, second in combos:
                if first == "plain":
                    r = (plain_text, plain_text, [])
                else:
                    r = self.render(val, first, lang, ctx)
                if r is None:
                    continue
                t, base, ops = r
                for op in second.split("+"):
                    if op == "lookalike":
                        t2 = V.lookalike(rng, t, skip_prefix=2 if typ == "IBAN" else 0)
                    elif op == "zwsp":
                        t2 = V.insert_chars(rng, t, "\u200b", 1)
                    elif op == "soft_hyphen":
                        t2 = V.insert_chars(rng, t, "\u00ad", 1)
                    elif op == "fullwidth":
                        t2 = V.fullwidth(t)
                    elif op == "lowercase":
                        t2 = t.lower() if t.lower() != t else None
                    elif op == "nbsp":
                        t2 = t.replace(" ", "\u00a0") if " " in t else None
                    elif op == "spaced":
                        t2 = " ".join(re.sub(r"\s", "", t))
                    else:
                        raise KeyError(op)
                    if t2 is None:
                        break
                    t = t2
                    ops = ops + [op]
                else:
                    if len(ops) >= 2:
                        return t, base, ops
            return None
        raise KeyError(form)

    def emit_value(self, ctx, val, context, forced=None):
        form = self.choose_form(val.typ, val.canonical, forced)
        r = self.render(val, form, ctx.lang, ctx)
        if r is not None and form != "plain" and r[0] == r[1]:
            r = None   # the "obfuscation" reproduced the plain rendering (e.g. US dashes)
        if r is None:
            forms = [f for f in applicable_forms(val.typ, val.canonical) if f != form]
            self.rng.shuffle(forms)
            for f in forms:
                r = self.render(val, f, ctx.lang, ctx)
                if r is not None and r[0] != r[1]:
                    form = f
                    break
            else:
                form = "plain"
                r = self.render(val, "plain", ctx.lang, ctx)
        text, base, ops = r
        self.form_counts[(val.typ, form)] += 1
        return {"kind": "val", "text": text, "cat": val.cat, "typ": val.typ, "form": form, "context": context,
                "canon": val.canonical, "base": base, "ops": ops, "meta": val.meta}

    # ------------------------------------------------------------- templates
    def fill(self, ctx, tpl):
        parts = []
        pos = 0
        for m in TOKEN.finditer(tpl):
            if m.start() > pos:
                parts.append({"kind": "lit", "text": tpl[pos:m.start()]})
            pos = m.end()
            if m.group(1) is not None:
                parts.extend(self.placeholder(ctx, m.group(1)))
            elif m.group(2) is not None:
                head, text = m.group(2).split("|", 1)
                context = head.startswith("+")
                key = head.lstrip("+")
                forced = None
                if "@" in key:
                    key, forced = key.split("@")
                typ = HEALTH_TYPES[key]
                val = V.Value("HEALTH", typ, text, [(text, None)], {"inline": True})
                parts.append(self.emit_value(ctx, val, context, forced))
            else:
                kind, text = m.group(3).split("|", 1)
                parts.append({"kind": "neg", "neg": kind, "text": text})
        if pos < len(tpl):
            parts.append({"kind": "lit", "text": tpl[pos:]})
        return parts

    def placeholder(self, ctx, body):
        rng = self.rng
        forced = None
        if "@" in body:
            body, forced = body.split("@")
        context = body.startswith("+")
        body = body.lstrip("+")
        name, *args = body.split(":")
        if name in VALUE_KEYS:
            val = self.new_value(ctx, name, args)
            out = []
            art = val.meta.get("article", "")
            if art and "a" in args:
                out.append({"kind": "lit", "text": art + " "})
            out.append(self.emit_value(ctx, val, context, forced))
            return out
        if name == "N":
            kind = args[0]
            fn = NG.GEN[kind]
            if kind in ("PARCEL_NO", "DATE", "MODEL_NO", "METER_READING", "VERSION", "QUANTITY"):
                t = fn(rng, ctx.lang, ctx.flavor, args[1] if len(args) > 1 else None)
            else:
                t = fn(rng, ctx.lang, ctx.flavor)
            return [{"kind": "neg", "neg": kind, "text": t}]
        if name == "NAME":
            return [{"kind": "lit", "text": ctx.first + " " + ctx.last}]
        if name == "FIRST":
            return [{"kind": "lit", "text": ctx.first}]
        if name == "LAST":
            return [{"kind": "lit", "text": ctx.last}]
        if name == "FIRST2F":
            return [{"kind": "lit", "text": ctx.first2f}]
        if name == "FIRST2M":
            return [{"kind": "lit", "text": ctx.first2m}]
        if name == "CITY":
            return [{"kind": "lit", "text": ctx.city}]
        if name == "STREET":
            return [{"kind": "lit", "text": ctx.street}]
        if name == "EMO":
            return [{"kind": "lit", "text": rng.choice(EMOJI) if rng.random() < 0.6 else ""}]
        if name == "IDLABEL":
            if ctx.id_type is None:
                ctx.id_type = self.cycle(("id", ctx.lang), ID_CYCLE[ctx.lang])
            labels = ID_LABELS[ctx.id_type].get(ctx.lang) or ID_LABELS[ctx.id_type]["en"]
            return [{"kind": "lit", "text": rng.choice(labels)}]
        raise KeyError(body)

    # ------------------------------------------------------------- message
    def make_ctx(self, lang, group, idx):
        rng = self.rng
        ctx = Ctx()
        ctx.lang, ctx.group = lang, group
        ctx.phone_region = ctx.iban_country = ctx.id_type = ctx.card_brand = None
        ctx.phone_used = ctx.iban_used = ctx.email_used = False
        ctx.pending_iban = ctx.last_iban = None
        ctx.last_card = None
        ctx.last_diag = None
        ctx.coded = []
        if group == "phone":
            ctx.phone_region = self.cycle(("phone", lang), PHONE_CYCLE[lang])
        if group in ("iban", "bic"):
            ctx.iban_country = self.cycle(("iban", lang), IBAN_CYCLE[lang])
        if group == "id":
            ctx.id_type = self.cycle(("id", lang), ID_CYCLE[lang])
        if group == "card":
            ctx.card_brand = self.cycle(("card",), CARD_CYCLE)
        if lang == "de":
            flavor = rng.choice(["DE"] * 7 + ["AT", "AT", "CH", "CH"])
            for hint in (ctx.phone_region, ctx.iban_country):
                if hint in ("DE", "AT", "CH"):
                    flavor = hint
        else:
            flavor = rng.choice(["GB", "US"])
            for hint in (ctx.phone_region, ctx.iban_country):
                if hint in ("GB", "US"):
                    flavor = hint
            if ctx.id_type in ("UK_NHS", "UK_NINO"):
                flavor = "GB"
            if ctx.id_type == "US_SSN":
                flavor = "US"
        ctx.flavor = flavor
        fseed = rng.randrange(1 << 30)
        f = self.faker(FLAVOR_LOCALE[flavor])
        f.seed_instance(fseed)
        ctx.city = f.city()
        ctx.street = f.street_name()
        ctx.first2f = f.first_name_female()
        ctx.first2m = f.first_name_male()
        loc = ID_LOCALE.get(ctx.id_type) or FLAVOR_LOCALE[flavor]
        pf = self.faker(loc)
        pf.seed_instance(fseed + 1)
        ctx.first, ctx.last = pf.first_name(), pf.last_name()
        return ctx

    def build_message(self, idx, lang, group, tpl_id, tpl):
        rng = self.rng
        ctx = self.make_ctx(lang, group, idx)
        raw = tpl.startswith("!")
        body = tpl[1:] if raw else tpl
        parts = self.fill(ctx, body)
        # chat noise on literal text
        if rng.random() < 0.10:
            for p in parts:
                if p["kind"] == "lit":
                    p["text"] = p["text"].lower()
                elif p["kind"] == "val" and p["cat"] == "HEALTH" and p["form"] == "plain" and p["typ"] != "ICD10" \
                        and p["text"].lower() != p["text"]:
                    self.form_counts[(p["typ"], "plain")] -= 1
                    self.form_counts[(p["typ"], "lowercase")] += 1
                    p["text"], p["form"], p["ops"] = p["text"].lower(), "lowercase", ["lowercase"]
        if parts and parts[-1]["kind"] == "lit" and rng.random() < 0.3:
            t = parts[-1]["text"]
            if t.endswith((".", "!")) and not t.endswith(("..", "!!")):
                parts[-1]["text"] = t[:-1]
        parts = [p for p in parts if p["text"]]
        if parts and parts[-1]["kind"] == "lit":
            parts[-1]["text"] = parts[-1]["text"].rstrip()
        if parts and parts[0]["kind"] == "lit":
            parts[0]["text"] = parts[0]["text"].lstrip()
        parts = [p for p in parts if p["text"]]
        starts_with_value = parts and parts[0]["kind"] == "val"
        ends_with_value = parts and parts[-1]["kind"] == "val"
        has_greeting = re.match(r"(?i)(hallo|hi|hey|guten|hello|dear|moin|servus|grüezi)\b", body) is not None
        if not raw and not starts_with_value and not has_greeting and rng.random() < 0.42:
            g = rng.choice(GREET_CH if ctx.flavor == "CH" and rng.random() < 0.6 else GREET[lang])
            sep = rng.choice([", ", ",\n", "!\n", "\n\n", " ", "! ", ",\n\n"])
            if g.endswith("Herren") or g.startswith("Dear"):
                sep = ",\n\n"
            parts.insert(0, {"kind": "lit", "text": g + sep})
        if not raw and not ends_with_value and rng.random() < 0.38:
            s = rng.choice(SIGN[lang])
            sp = self.fill(ctx, s)
            sep = rng.choice(["\n", "\n\n", " ", "\n"])
            if s.startswith("Sent from"):
                sep = "\n\n"
            parts.append({"kind": "lit", "text": sep})
            parts.extend(sp)
        if parts and parts[-1]["kind"] == "lit":
            parts[-1]["text"] = parts[-1]["text"].rstrip()
        parts = [p for p in parts if p["text"]]
        # assemble
        text = ""
        values, negatives = [], []
        for p in parts:
            start = len(text)
            text += p["text"]
            end = len(text)
            if p["kind"] == "val":
                values.append({"category": p["cat"], "type": p["typ"], "form": p["form"], "context": p["context"],
                               "start": start, "end": end, "text": p["text"],
                               "_canon": p["canon"], "_base": p["base"], "_ops": p["ops"], "_meta": p["meta"]})
            elif p["kind"] == "neg":
                negatives.append({"kind": p["neg"], "start": start, "end": end, "text": p["text"]})
        rec = {"id": "b6-%05d" % idx, "split": SPLIT, "lang": lang, "text": text, "clean": not values,
               "values": values, "negatives": negatives, "_tpl": tpl_id, "_group": group, "_flavor": ctx.flavor}
        return rec

    def generate(self):
        rng = self.rng
        templates = TPL.all_templates()
        pools = defaultdict(list)
        for tid, lang, group, text in templates:
            pools[(group, lang)].append((tid, text))
        sched = []
        for group, n in GROUP_COUNTS.items():
            n_de = round(n * 0.55)
            sched += [(group, "de")] * n_de + [(group, "en")] * (n - n_de)
        rng.shuffle(sched)
        recs = []
        for i, (group, lang) in enumerate(sched, 1):
            tid, text = self.cycle(("tpl", group, lang), pools[(group, lang)])
            recs.append(self.build_message(i, lang, group, tid, text))
        return recs


# ----------------------------------------------------------------- verification

def recover(text, typ, ops):
    t = text.replace("\u200b", "").replace("\u00ad", "")
    t = unicodedata.normalize("NFKC", t)
    if "at_words" in ops:
        t = re.sub(r"\s*\[(?:dot|punkt)\]\s*", ".", t)
        t = re.sub(r"\s*\[at\]\s*", "@", t)
        t = re.sub(r"\s*\(at\)\s*", "@", t)
        t = re.sub(r"\s+(?:dot|punkt)\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
    if "spelled" in ops:
        toks = re.findall(r"[a-zäöüß+]+", t.lower())
        t = "".join(V.SPELL_REV[w] for w in toks)
    return strip(t, typ)


def strip(s, typ):
    if typ == "EMAIL":
        return re.sub(r"\s+", "", s)
    if typ == "PHONE":
        s = s.replace("(0)", "")
    return re.sub(r"[\s\-./()]", "", s)


def equiv(a, b, loose):
    if a == b:
        return True
    if not loose or len(a) != len(b):
        return False
    for x, y in zip(a, b):
        if x == y or x.lower() == y.lower() or V.LOOK_REV.get(x) == y:
            continue
        return False
    return True


def base_to_canon(base, typ, meta):
    if typ == "PHONE":
        return V.phone_canonical(base, meta["region"])
    if typ == "CARD_EXPIRY":
        return V.expiry_canonical(base)
    if typ == "EMAIL":
        return base.lower()
    if typ == "ICD10":
        return base
    return strip(base, typ).upper()


def verify(recs):
    errors = []
    for r in recs:
        t = r["text"]
        assert r["clean"] == (not r["values"]), r["id"]
        spans = []
        for v in r["values"]:
            assert (v["category"], v["type"]) in ALLOWED, v
            assert v["form"] in FORMS, v
            assert t[v["start"]:v["end"]] == v["text"], (r["id"], v)
            assert v["text"] and v["text"] == v["text"].strip(), (r["id"], v)
            spans.append((v["start"], v["end"]))
            canon, base, ops = v["_canon"], v["_base"], v["_ops"]
            typ, cat = v["type"], v["category"]
            if typ == "BIC":
                ok_c = V.validate_canonical(cat, typ, canon, v["_meta"]) and (base == canon or base + "XXX" == canon)
            else:
                ok_c = V.validate_canonical(cat, typ, canon, v["_meta"])
            if not ok_c:
                errors.append(("invalid canonical", r["id"], v["text"], canon))
                continue
            if cat == "HEALTH" and typ != "ICD10":
                if not v["_meta"].get("inline"):
                    pool = {"DIAGNOSIS": VOC.DIAG, "SYMPTOM": VOC.SYMP, "MEDICATION": VOC.MED, "TREATMENT": VOC.TREAT}[typ]
                    allterms = [x.split("|")[-1] for x in pool["de"] + pool["en"]]
                    if canon not in allterms:
                        errors.append(("not in vocab", r["id"], canon))
                f = v["form"]
                if f == "plain" and v["text"] != canon:
                    errors.append(("health plain", r["id"], v["text"]))
                if f == "lowercase" and v["text"] != canon.lower():
                    errors.append(("health lower", r["id"], v["text"]))
                if f in ("typo", "mixed"):
                    ratio = difflib.SequenceMatcher(None, v["text"].lower(), canon.lower()).ratio()
                    if v["text"].lower() == canon.lower() or ratio < 0.6:
                        errors.append(("health typo", r["id"], v["text"], canon))
                continue
            if base_to_canon(base, typ, v["_meta"]) != canon and not (typ == "BIC" and base + "XXX" == canon):
                errors.append(("base!=canon", r["id"], base, canon))
                continue
            if v["form"] == "plain":
                if v["text"] != base:
                    errors.append(("plain!=base", r["id"], v["text"], base))
                continue
            if v["text"] == base:
                errors.append(("obfuscated==base", r["id"], v["text"], v["form"]))
            rec = recover(v["text"], typ, ops)
            if not equiv(rec, strip(base, typ), loose=True):
                errors.append(("recover", r["id"], v["form"], repr(v["text"]), rec, strip(base, typ)))
        for n in r["negatives"]:
            assert t[n["start"]:n["end"]] == n["text"], (r["id"], n)
            assert n["text"] == n["text"].strip() and n["text"], (r["id"], n)
            spans.append((n["start"], n["end"]))
            if n["kind"] == "CARDLIKE":
                d = re.sub(r"\D", "", n["text"])
                if len(d) != 16 or V.luhn.is_valid(d):
                    errors.append(("cardlike", r["id"], n["text"]))
            elif n["kind"] == "SAMPLE_IBAN":
                if n["text"].replace(" ", "") not in V.SAMPLE_IBANS:
                    errors.append(("sample iban", r["id"], n["text"]))
            elif n["kind"] != "COMPANY_HOTLINE" and NG.digits_look_like_value(n["text"]):
                errors.append(("negative looks like value", r["id"], n["kind"], n["text"]))
        spans.sort()
        for (a, b), (c, d) in zip(spans, spans[1:]):
            if c < b:
                errors.append(("overlap", r["id"], (a, b), (c, d)))
    return errors


def public(rec):
    return {
        "id": rec["id"], "split": rec["split"], "lang": rec["lang"], "text": rec["text"], "clean": rec["clean"],
        "values": [{k: v[k] for k in ("category", "type", "form", "context", "start", "end", "text")}
                   for v in rec["values"]],
        "negatives": [{k: n[k] for k in ("kind", "start", "end", "text")} for n in rec["negatives"]],
    }


def serialise(recs):
    return "".join(json.dumps(public(r), ensure_ascii=False) + "\n" for r in recs)


def build():
    g = Generator(SEED)
    recs = g.generate()
    errs = verify(recs)
    if errs:
        for e in errs[:40]:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit("%d verification errors" % len(errs))
    return recs, serialise(recs)


def stats(recs):
    n = len(recs)
    vals = [v for r in recs for v in r["values"]]
    negs = [x for r in recs for x in r["negatives"]]
    clean = sum(r["clean"] for r in recs)
    print("messages: %d   clean: %d (%.1f%%)   values: %d   negatives: %d" % (n, clean, 100 * clean / n, len(vals), len(negs)))
    lc = Counter(r["lang"] for r in recs)
    print("languages:", dict(sorted(lc.items())), " en flavors:",
          dict(Counter(r["_flavor"] for r in recs if r["lang"] == "en")), " de flavors:",
          dict(Counter(r["_flavor"] for r in recs if r["lang"] == "de")))
    print("templates used: %d distinct (of %d defined)" % (len({r["_tpl"] for r in recs}), len(TPL.all_templates())))
    nonclean = [r for r in recs if not r["clean"]]

    def has(r, pred):
        return any(pred(v) for v in r["values"])
    share = {
        "phone": has_share(nonclean, lambda v: v["type"] == "PHONE"),
        "iban": has_share(nonclean, lambda v: v["type"] == "IBAN"),
        "card/exp/cvc": has_share(nonclean, lambda v: v["type"] in ("CARD", "CARD_EXPIRY", "CVC")),
        "bic": has_share(nonclean, lambda v: v["type"] == "BIC"),
        "email": has_share(nonclean, lambda v: v["type"] == "EMAIL"),
        "id": has_share(nonclean, lambda v: v["category"] == "ID"),
        "health": has_share(nonclean, lambda v: v["category"] == "HEALTH"),
    }
    print("share of non-clean messages containing: " + ", ".join("%s %.1f%%" % kv for kv in share.items()))
    print("primary group of messages:", dict(Counter(r["_group"] for r in recs)))
    print("\nvalues per type:")
    for (c, t), k in sorted(Counter((v["category"], v["type"]) for v in vals).items()):
        print("  %-10s %-20s %4d" % (c, t, k))
    fc = Counter(v["form"] for v in vals)
    obf = sum(k for f, k in fc.items() if f != "plain")
    print("\nvalues per form (obfuscated %d = %.1f%%):" % (obf, 100 * obf / len(vals)))
    for f in FORMS:
        if fc[f]:
            print("  %-13s %4d" % (f, fc[f]))
    ctxc = Counter(v["context"] for v in vals)
    print("\ncontext: true %d, false %d" % (ctxc[True], ctxc[False]))
    print("\nnegatives per kind:")
    for k, c in sorted(Counter(x["kind"] for x in negs).items(), key=lambda kv: -kv[1]):
        print("  %-16s %4d" % (k, c))
    ph = Counter(V.phonenumbers.region_code_for_number(V.phonenumbers.parse(v["_canon"], None))
                 for v in vals if v["type"] == "PHONE")
    print("\nphone regions:", dict(ph.most_common()))
    print("IBAN countries:", dict(Counter(v["_canon"][:2] for v in vals if v["type"] == "IBAN").most_common()))
    print("card brands:", dict(Counter(v["_meta"]["brand"] for v in vals if v["type"] == "CARD")))
    print("messages with >1 value: %d; with values of >1 category: %d" % (
        sum(len(r["values"]) > 1 for r in recs), sum(len({v["category"] for v in r["values"]}) > 1 for r in recs)))
    print("value at very start: %d, at very end: %d, multi-line messages: %d" % (
        sum(1 for r in recs if r["values"] and r["values"][0]["start"] == 0),
        sum(1 for r in recs if r["values"] and r["values"][-1]["end"] == len(r["text"])),
        sum("\n" in r["text"] for r in recs)))


def has_share(recs, pred):
    return 100.0 * sum(any(pred(v) for v in r["values"]) for r in recs) / max(1, len(recs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="regenerate in memory and verify byte-identical output")
    ap.add_argument("--examples", type=int, default=10, help="random example lines to print")
    a = ap.parse_args()
    recs, data = build()
    if a.check:
        with open(OUT, encoding="utf-8") as fh:
            cur = fh.read()
        if cur != data:
            print("CHECK FAILED: %s differs from regenerated output" % OUT)
            raise SystemExit(1)
        print("CHECK OK: %s is byte-identical (%d lines, sha256 %s)" % (
            OUT, data.count("\n"), hashlib.sha256(data.encode()).hexdigest()[:16]))
        return
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    print("wrote %s (%d lines, sha256 %s)\n" % (OUT, data.count("\n"), hashlib.sha256(data.encode()).hexdigest()[:16]))
    stats(recs)
    if a.examples:
        print("\n%d random example lines:" % a.examples)
        ex = random.Random(7).sample(range(len(recs)), a.examples)
        lines = data.splitlines()
        for i in sorted(ex):
            print(lines[i])


if __name__ == "__main__":
    main()
