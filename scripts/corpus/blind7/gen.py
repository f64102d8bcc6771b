#!/usr/bin/env python3
"""Blind test set #7 for the customer-support-chat sensitive-data filter.

WRITTEN BLIND: this generator, its templates, vocabularies, value generators and
hard negatives were written without reading the filter's patterns, sources, tests,
documentation or any earlier corpus, and without running the filter. The filter's
authors can therefore use it to measure the filter on text that was not tuned to
its rules.

Run (from the repository root):
    .build/venv/bin/python scripts/corpus/blind7/gen.py           # (re)write the fixture, print stats
    .build/venv/bin/python scripts/corpus/blind7/gen.py --check   # regenerate in memory, exit 1 if the
                                                                  # fixture differs byte-for-byte
Output: Tests/Fixtures/chat-blind-7.jsonl, exactly 1200 lines, deterministic
(fixed seed SEED, no dependence on hash randomisation or set ordering; depends on the
installed versions of the data packages listed below).

Schema, one JSON object per line (ensure_ascii=False):
  {"id": "b7-00001", "split": "blind7", "lang": "de"|"en", "text": str, "clean": bool,
   "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
   "negatives": [{"kind", "start", "end", "text"}]}
  start/end are Python str (code point) offsets, text[start:end] == span text.
  clean is true iff values is empty. context is true when a word naming the value's kind
  stands near the value (keyword window, see CONTEXT_WORDS). Categories/types:
  PHONE/PHONE, IBAN/IBAN, FINANCIAL/{CARD,CARD_EXPIRY,CVC,BIC}, CONTACT/EMAIL,
  HEALTH/{DIAGNOSIS,SYMPTOM,MEDICATION,TREATMENT,ICD10}, ID/{DE_RVNR, DE_KVNR, AT_SVNR,
  UK_NINO, DE_STEUERNUMMER, CH_AHV, DE_STEUER_ID, US_SSN, ES_NIE, FR_NIR, IT_CODICE_FISCALE,
  DE_ID_CARD, UK_NHS, DE_PASSPORT, NL_BSN, DE_USTID, BE_NATIONAL_NUMBER, ES_DNI, PL_PESEL}.
  For German ICD-10-GM style codes ("F32.1 G") only the code part is labelled.

Validity: every value is valid before obfuscation (IBAN via schwifty incl. national
BBAN check digits and a registered bank; cards Luhn + real issuer prefixes, no public
test numbers; phones phonenumbers.is_valid_number; IDs via python-stdnum validators or
the published algorithm for DE_RVNR, DE_KVNR, UK_NINO, DE_ID_CARD, DE_PASSPORT; ICD-10
codes exist in simple_icd_10_cm). At the end every value is re-validated and each
written span is de-obfuscated and compared with the canonical value.

Data packages used (only as tools, nothing of them is redistributed beyond generated values):
  Faker (MIT), python-stdnum (LGPL-2.1-or-later; used only to generate/validate),
  schwifty (MIT), phonenumbers (Apache-2.0), simple_icd_10_cm (MIT according to its
  package metadata classifier "License :: OSI Approved :: MIT License"; the ICD-10-CM
  code set itself is published by the US CDC/NCHS as a public-domain work).
"""
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from faker import Faker  # noqa: E402

import b7_forms as F  # noqa: E402
import b7_negatives as NG  # noqa: E402
import b7_templates_de as TDE  # noqa: E402
import b7_templates_en as TEN  # noqa: E402
import b7_values as V  # noqa: E402
import b7_vocab as VOC  # noqa: E402
from stdnum import luhn  # noqa: E402

SEED = 20_261_206
N_MESSAGES = 1200
N_CLEAN = 456  # 38 %
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "chat-blind-7.jsonl")
PLAIN_P = {"HEALTH": 0.9, "ICD10": 0.85, "CARD_EXPIRY": 0.93, "CVC": 0.9, "*": 0.8}

ID_LABELS = {
    "DE_RVNR": (["Rentenversicherungsnummer", "RV-Nummer", "Sozialversicherungsnummer", "SV-Nummer"],
                ["German pension insurance number", "German social insurance no.", "Rentenversicherungsnummer"]),
    "DE_KVNR": (["Krankenversichertennummer", "KV-Nummer", "Versichertennummer"],
                ["German health insurance number", "insurance number (KVNR)"]),
    "AT_SVNR": (["SV-Nummer", "Sozialversicherungsnummer", "SVNR", "Versicherungsnummer"],
                ["Austrian social security number", "SVNR"]),
    "UK_NINO": (["National Insurance Number", "NI-Nummer"], ["NI number", "National Insurance number", "NINO"]),
    "DE_STEUERNUMMER": (["Steuernummer", "St.-Nr.", "StNr"], ["tax number", "Steuernummer"]),
    "CH_AHV": (["AHV-Nummer", "AHV-Nr.", "AHV"], ["AHV number", "Swiss social security number"]),
    "DE_STEUER_ID": (["Steuer-ID", "Steueridentifikationsnummer", "steuerliche Identifikationsnummer", "IdNr"],
                     ["German tax ID", "Steuer-ID", "tax ID"]),
    "US_SSN": (["Social Security Number", "SSN"], ["SSN", "social security number", "SS#"]),
    "ES_NIE": (["NIE", "NIE-Nummer"], ["NIE", "NIE number"]),
    "FR_NIR": (["französische Sozialversicherungsnummer", "NIR"], ["French social security number", "NIR"]),
    "IT_CODICE_FISCALE": (["Codice Fiscale", "italienische Steuernummer"], ["codice fiscale", "Italian tax code"]),
    "DE_ID_CARD": (["Ausweisnummer", "Personalausweisnummer", "Perso-Nr."], ["ID card number", "German ID card no."]),
    "UK_NHS": (["NHS-Nummer"], ["NHS number", "NHS no"]),
    "DE_PASSPORT": (["Reisepassnummer", "Passnummer", "Pass-Nr."], ["passport number", "passport no."]),
    "NL_BSN": (["BSN", "Burgerservicenummer"], ["BSN", "citizen service number"]),
    "DE_USTID": (["USt-IdNr.", "Umsatzsteuer-ID", "UStID"], ["VAT ID", "VAT number"]),
    "BE_NATIONAL_NUMBER": (["belgische Nationalnummer", "Rijksregisternummer"],
                           ["Belgian national number", "national register number"]),
    "ES_DNI": (["DNI", "DNI-Nummer"], ["DNI", "DNI number"]),
    "PL_PESEL": (["PESEL", "PESEL-Nummer"], ["PESEL", "PESEL number"]),
}
ID_ORDER = list(ID_LABELS.keys())
ID_POOL = {
    "de": ["DE_RVNR", "DE_KVNR", "AT_SVNR", "DE_STEUERNUMMER", "CH_AHV", "DE_STEUER_ID", "DE_ID_CARD",
           "DE_PASSPORT", "DE_USTID", "ES_NIE", "IT_CODICE_FISCALE", "NL_BSN", "BE_NATIONAL_NUMBER",
           "PL_PESEL", "FR_NIR", "ES_DNI", "UK_NINO", "DE_RVNR", "DE_STEUER_ID"],
    "en": ["UK_NINO", "UK_NHS", "US_SSN", "ES_NIE", "FR_NIR", "IT_CODICE_FISCALE", "NL_BSN",
           "BE_NATIONAL_NUMBER", "ES_DNI", "PL_PESEL", "DE_STEUER_ID", "DE_PASSPORT", "DE_ID_CARD", "CH_AHV",
           "DE_KVNR", "DE_RVNR", "AT_SVNR", "DE_USTID", "DE_STEUERNUMMER", "US_SSN", "UK_NINO"],
}

# words that name the kind of a value; searched in a window around the span
_H = (r"diagnos\w*|arzt|ärztin|hausarzt\w*|doctor|gp|neurolog\w*|krankgeschrieben|signed off|au|attest|befund|"
      r"krankenhaus|hospital|klinik|patient\w*|behandlung|treatment|therap\w*|leide|suffer\w*|"
      r"medikament\w*|medication|meds|rezept|prescri\w*|verschrieben|nehme|taking|take|inject|gespritzt|"
      r"symptom\w*|krank|sick|ill|pflegebedürftig|kasse|gp surgery|fit note|sick note|frauenärztin|doctor's note")
CONTEXT_WORDS = {
    "PHONE": r"tel\.?|telefon\w*|handy\w*|mobil\w*|mobile|cell|phone|festnetz\w*|landline|home|rufnummer|"
             r"ruf\w*|call\w*|rang|anrufen|angerufen|whatsapp|sms|text|natel\w*|nummer|number|erreichbar|reach|"
             r"kontakt|contact",
    "IBAN": r"iban|konto\w*|bankverbindung|bank details|account|lastschrift|direct debit|sepa\w*|"
            r"überweis\w*|refund|rückerstattung|erstattung|gutschrift|transfer|salary|lohn|withdrawal|kaution|deposit",
    "CARD": r"karte\w*|card|kreditkarte\w*|kartennummer|visa|mastercard|amex|credit card",
    "CARD_EXPIRY": r"gültig bis|ablauf\w*|läuft ab|exp|expiry|expires|valid thru",
    "CVC": r"cvc|cvv|prüfziffer|security code|sicherheitscode",
    "BIC": r"bic|swift|swift/bic|swift code",
    "EMAIL": r"e-mail\w*|email|mail\w*|adresse|address|inbox|postfach|newsletter|kontakt|contact",
    "DIAGNOSIS": _H + r"|hat|habe|hab|have|has|had|diagnose",
    "SYMPTOM": _H + r"|seit|since|hab|habe|had|have|feeling|bin|i'm",
    "MEDICATION": _H + r"|tabletten|pills|apotheke|pharmacy|vertrage|tolerate|rely|side effect|nebenwirkung",
    "TREATMENT": _H + r"|termin|appointment|op|surgery",
    "ICD10": r"icd\w*|code|diagnose\w*|diagnosis|au|krankschreibung|sick note|attest|schlüssel",
}


def id_context_words(t):
    words = [w for lst in ID_LABELS[t] for w in lst]
    words += ["ausweis", "pass", "passport", "steuer", "tax", "versicherungsnummer", "sozialversicherungsnummer",
              "id", "nummer", "number", "payroll", "lohnabrechnung", "gehaltsabrechnung"]
    words = sorted(set(w.lower().rstrip(".") for w in words))
    return "|".join(re.escape(w) for w in words)


class Ctx:
    def __init__(self):
        self.r = random.Random(SEED)
        self.fk = {}
        for i, loc in enumerate(["de_DE", "de_AT", "de_CH", "en_GB", "en_US"]):
            f = Faker(loc)
            f.seed_instance(SEED + i)
            self.fk[loc] = f
        self.cycles = {}
        self.form_count = Counter()

    def cyc(self, key, items):
        """Round-robin over a deterministic shuffle of items (reshuffled per round)."""
        st = self.cycles.get(key)
        if not st or not st[1]:
            lst = list(items)
            self.r.shuffle(lst)
            st = [items, lst]
            self.cycles[key] = st
        return st[1].pop()

    def faker(self, lang):
        if lang == "de":
            return self.fk[self.r.choice(["de_DE", "de_DE", "de_DE", "de_AT", "de_CH"])]
        return self.fk[self.r.choice(["en_GB", "en_GB", "en_US"])]

    def pick_form(self, kind):
        if self.r.random() < PLAIN_P.get(kind, PLAIN_P["*"]):
            return "plain"
        if kind == "PHONE" and self.r.random() < 0.3:
            return "spelled"
        if kind == "EMAIL" and self.r.random() < 0.4:
            return "at_words"
        allowed = sorted(set(F.ALLOWED[kind]))
        low = min(self.form_count[f] for f in allowed)
        cands = [f for f in allowed if self.form_count[f] <= low + 2]
        return self.r.choice(cands)


HEALTH_SLOTS = {
    "DIAG": ("DIAGNOSIS", {"de": VOC.DIAG_DE, "en": VOC.DIAG_EN}),
    "SYMP": ("SYMPTOM", {"de": VOC.SYMP_DE, "en": VOC.SYMP_EN_N}),
    "SYMPA": ("SYMPTOM", {"de": VOC.SYMP_DE_A, "en": VOC.SYMP_EN_A}),
    "MED": ("MEDICATION", {"de": VOC.MED_DE, "en": VOC.MED_EN}),
    "TREAT": ("TREATMENT", {"de": VOC.TREAT_DE, "en": VOC.TREAT_EN}),
}
VALUE_SLOTS = {"PHONE", "PHONE_I", "PHONE_N", "IBAN", "CARD", "EXP", "CVC", "BIC", "EMAIL", "ICD", "ICDGM", "ID",
               "CARE"} | set(HEALTH_SLOTS)
TOKEN = re.compile(r"\{[^{}]+\}|\[\[[^\]]+\]\]")


def slots_of(t):
    out = []
    for m in TOKEN.finditer(t):
        tok = m.group(0)
        if tok.startswith("[["):
            if tok.startswith("[[V:"):
                out.append("INLINE")
        else:
            name = tok[1:-1]
            if name in VALUE_SLOTS or name.startswith("ID:"):
                out.append(name)
    return out


def make_value(ctx, slot, lang, msg):
    """Return (kind, category, type, value-dict)."""
    r = ctx.r
    fk = ctx.faker(lang)
    if slot in ("PHONE", "PHONE_I", "PHONE_N"):
        nat = None if slot == "PHONE" else (slot == "PHONE_N")
        return "PHONE", "PHONE", "PHONE", V.gen_phone(r, lang, nat)
    if slot == "IBAN":
        return "IBAN", "IBAN", "IBAN", V.gen_iban(r, lang)
    if slot == "CARD":
        v = V.gen_card(r, lang)
        msg["amex"] = v["brand"] == "amex"
        return "CARD", "FINANCIAL", "CARD", v
    if slot == "EXP":
        return "CARD_EXPIRY", "FINANCIAL", "CARD_EXPIRY", V.gen_expiry(r, lang)
    if slot == "CVC":
        return "CVC", "FINANCIAL", "CVC", V.gen_cvc(r, lang, msg.get("amex", False))
    if slot == "BIC":
        return "BIC", "FINANCIAL", "BIC", V.gen_bic(r, lang)
    if slot == "EMAIL":
        return "EMAIL", "CONTACT", "EMAIL", V.gen_email(r, lang, fk)
    if slot in ("ICD", "ICDGM"):
        v = V.gen_icd(r, lang, fk)
        return "ICD10", "HEALTH", "ICD10", v
    if slot == "CARE":
        t = "Pflegegrad %d" % r.randint(1, 5)
        return "HEALTH", "HEALTH", "DIAGNOSIS", {"canon": t, "display": t, "groups": [t]}
    if slot in HEALTH_SLOTS:
        typ, pools = HEALTH_SLOTS[slot]
        term = ctx.cyc(slot + lang, pools[lang])
        return "HEALTH", "HEALTH", typ, {"canon": term, "display": term, "groups": [term]}
    if slot == "ID" or slot.startswith("ID:"):
        t = msg["id_type"] if slot == "ID" else slot[3:]
        return "ID", "ID", t, V.ID_GEN[t](r, lang, fk)
    raise KeyError(slot)


def style_literal(ctx, s, style):
    if style.get("lower"):
        s = s.lower()
    if style.get("nopunct"):
        s = re.sub(r"[.,](?=\s|$)", "", s)
    return s


def render(ctx, template, lang, msg, style):
    """Returns text, values, negatives."""
    r = ctx.r
    text = ""
    values, negs = [], []
    pos = 0
    for m in TOKEN.finditer(template):
        text += style_literal(ctx, template[pos:m.start()], style)
        pos = m.end()
        tok = m.group(0)
        if tok.startswith("[["):
            parts = tok[2:-2].split(":", 2)
            if parts[0] == "V":
                typ, word = parts[1], parts[2]
                if style.get("lower"):
                    word = word.lower()
                values.append({"category": "HEALTH", "type": typ, "form": "plain", "start": len(text),
                               "end": len(text) + len(word), "text": word, "_kind": "HEALTH",
                               "_v": {"canon": word, "display": word}})
                text += word
            else:
                kind, word = parts[1], parts[2]
                negs.append({"kind": kind, "start": len(text), "end": len(text) + len(word), "text": word})
                text += word
            continue
        name = tok[1:-1]
        if name in VALUE_SLOTS or name.startswith("ID:"):
            kind, cat, typ, v = make_value(ctx, name, lang, msg)
            form = ctx.pick_form(kind)
            written = None
            tries = 0
            while written is None:
                written = F.apply_form(r, kind, v, form, lang) if form != "plain" else v["display"]
                if written is None or (form != "plain" and written == v["display"]):
                    written = None
                    tries += 1
                    form = "plain" if tries > 3 else r.choice(sorted(set(F.ALLOWED[kind])))
            ctx.form_count[form] += 1
            values.append({"category": cat, "type": typ, "form": form, "start": len(text),
                           "end": len(text) + len(written), "text": written, "_kind": kind, "_v": v})
            text += written
            if name == "ICDGM":
                text += r.choice([" G", " G", " V", " Z", "G", " A"])
        elif name.startswith("N:"):
            kind = name[2:]
            word = NG.GEN[kind](r, lang)
            negs.append({"kind": kind, "start": len(text), "end": len(text) + len(word), "text": word})
            text += word
        elif name == "NH":
            phrase = r.choice(VOC.NOT_HEALTH_DE if lang == "de" else VOC.NOT_HEALTH_EN)
            if style.get("lower"):
                phrase = phrase.lower()
            a, b = phrase.index("["), phrase.index("]")
            word = phrase[a + 1:b]
            before = phrase[:a]
            text += before
            negs.append({"kind": "NOT_HEALTH", "start": len(text), "end": len(text) + len(word), "text": word})
            text += word + phrase[b + 1:]
        elif name == "IDL":
            labs = ID_LABELS[msg["id_type"]][0 if lang == "de" else 1]
            text += r.choice(labs)
        elif name in ("FAM", "Fam"):
            f = r.choice(VOC.FAMILY_DE if lang == "de" else VOC.FAMILY_EN)
            if name == "Fam":
                f = f[0].upper() + f[1:]
            text += f
        elif name == "NAME":
            text += clean_filler(ctx, ctx.faker(lang).name)
        elif name == "FIRST":
            text += clean_filler(ctx, ctx.faker(lang).first_name)
        elif name == "CITY":
            text += clean_filler(ctx, ctx.faker(lang).city)
        elif name == "STREET":
            text += clean_filler(ctx, ctx.faker(lang).street_name)
        else:
            raise KeyError(name)
    text += style_literal(ctx, template[pos:], style)
    return text, values, negs


def shift(items, n):
    for it in items:
        it["start"] += n
        it["end"] += n


GREET_RE = re.compile(r"^(?:Hallo|Hi|hi|Hey|hey|Moin|Servus|Grüezi|Grüß Gott|Dear Sir or Madam|"
                      r"Sehr geehrte Damen und Herren)[,!]?\s+")


def build_message(ctx, idx, lang, clean):
    r = ctx.r
    T = TDE if lang == "de" else TEN
    msg = {"id_type": ctx.cyc("idtype" + lang, ID_POOL[lang])}
    style = {"lower": r.random() < 0.22, "nopunct": r.random() < 0.25}
    if clean:
        t = ctx.cyc("clean" + lang, T.CLEAN)
        parts = [t]
        if r.random() < 0.25:
            parts.append(ctx.cyc("clean" + lang, [x for x in T.CLEAN if not x.startswith(("Fwd:", ">"))]))
    else:
        # every template once per round, plus every third single-value template a second time,
        # so that about 20 % of non-clean messages carry 2-3 values
        singles = [x for x in T.VALUE if len(slots_of(x)) == 1]
        t = ctx.cyc("value" + lang, T.VALUE + singles[::3])
        parts = [t]
        n = len(slots_of(t))
        if n == 1 and r.random() < 0.02:
            parts.append(ctx.cyc("single" + lang, [x for x in singles if not x.startswith(("Fwd:", ">"))]))
        elif n == 1 and r.random() < 0.2:
            parts.append(ctx.cyc("clean" + lang, [x for x in T.CLEAN if not x.startswith(("Fwd:", ">"))]))
    text, values, negs = "", [], []
    tids = []
    for i, p in enumerate(parts):
        tids.append(p)
        if i > 0:
            p = GREET_RE.sub("", p)
            p = p[0].upper() + p[1:] if r.random() < 0.5 else p
        t_text, t_vals, t_negs = render(ctx, p, lang, msg, style)
        if i > 0:
            sep = r.choice([". ", "\n", " ", "\n\n", " – ", "! ", ", "])
            if text.endswith((".", "!", "?", "\n")):
                sep = r.choice([" ", "\n"])
            text += sep
        shift(t_vals, len(text))
        shift(t_negs, len(text))
        text += t_text
        values += t_vals
        negs += t_negs
    # opener / closer
    fwd = parts[0].startswith(("Fwd:", ">")) or GREET_RE.match(parts[0])
    if not fwd and r.random() < 0.55:
        g = r.choice(VOC.GREET_DE if lang == "de" else VOC.GREET_EN)
        if style["lower"]:
            g = g.lower()
        sep = r.choice([" ", ", ", "\n", "! ", " 👋 ", ",\n"]) if not g.endswith(",") else r.choice(["\n", " ", "\n\n"])
        pre = g + sep
        shift(values, len(pre))
        shift(negs, len(pre))
        text = pre + text
    if r.random() < 0.15:
        text += r.choice(["", " ", " "]) + r.choice(VOC.EMOJI)
    if r.random() < 0.12:
        text += r.choice(["!!", "??", "!!!", "?!", " ...", "..."])
    if r.random() < 0.45:
        c = r.choice(VOC.CLOSE_DE if lang == "de" else VOC.CLOSE_EN)
        text += r.choice(["\n", " ", "\n\n", ". "]) + c
        if r.random() < 0.35:
            text += r.choice(["\n", " ", ", "]) + clean_filler(ctx, ctx.faker(lang).first_name)
    return text, values, negs, tids


def context_of(text, val, all_spans):
    s, e = val["start"], val["end"]
    masked = list(text)
    for a, b in all_spans:
        for i in range(a, b):
            masked[i] = " "
    masked = "".join(masked).lower()
    window = masked[max(0, s - 60):s] + " | " + masked[e:e + 35]
    typ = val["type"]
    if val["category"] == "ID":
        pat = id_context_words(typ)
    elif val["category"] in ("PHONE", "IBAN"):
        pat = CONTEXT_WORDS[val["category"]]
    else:
        pat = CONTEXT_WORDS[typ]
    return re.search(r"(?<!\w)(?:%s)(?!\w)" % pat, window) is not None


def generate():
    ctx = Ctx()
    r = ctx.r
    plan = [("de", i < N_CLEAN // 2) for i in range(N_MESSAGES // 2)] + \
           [("en", i < N_CLEAN // 2) for i in range(N_MESSAGES // 2)]
    r.shuffle(plan)
    lines, records, used_templates = [], [], set()
    for i, (lang, clean) in enumerate(plan):
        text, values, negs, tids = build_message(ctx, i, lang, clean)
        used_templates.update(tids)
        spans = [(v["start"], v["end"]) for v in values] + [(n["start"], n["end"]) for n in negs]
        out_vals = []
        for v in sorted(values, key=lambda x: x["start"]):
            out_vals.append({"category": v["category"], "type": v["type"], "form": v["form"],
                             "context": context_of(text, v, spans), "start": v["start"], "end": v["end"],
                             "text": v["text"], "_kind": v["_kind"], "_v": v["_v"]})
        rec = {"id": "b7-%05d" % (i + 1), "split": "blind7", "lang": lang, "text": text,
               "clean": not out_vals,
               "values": out_vals,
               "negatives": sorted(negs, key=lambda x: x["start"])}
        records.append(rec)
    verify(records)
    for rec in records:
        pub = dict(rec)
        pub["values"] = [{k: v[k] for k in ("category", "type", "form", "context", "start", "end", "text")}
                         for v in rec["values"]]
        pub["negatives"] = [{k: n[k] for k in ("kind", "start", "end", "text")} for n in rec["negatives"]]
        lines.append(json.dumps(pub, ensure_ascii=False))
    data = ("\n".join(lines) + "\n").encode("utf-8")
    return data, records, used_templates


HEALTH_TERMS_ALL = sorted(set(VOC.DIAG_DE + VOC.SYMP_DE + VOC.MED_DE + VOC.TREAT_DE + VOC.DIAG_EN + VOC.SYMP_EN_N +
                              VOC.MED_EN + VOC.TREAT_EN + VOC.SYMP_DE_A + VOC.SYMP_EN_A), key=lambda x: (-len(x), x))


HEALTH_RE = re.compile(r"(?<![\w-])(?:%s)(?![\w])" % "|".join(re.escape(t) for t in HEALTH_TERMS_ALL if len(t) >= 3),
                       re.I)


def clean_filler(ctx, fn):
    for _ in range(50):
        s = fn()
        if not HEALTH_RE.search(s):
            return s
    raise RuntimeError("filler")


def verify(records):
    problems = []
    for rec in records:
        text = rec["text"]
        spans = []
        assert rec["clean"] == (not rec["values"])
        for v in rec["values"]:
            assert text[v["start"]:v["end"]] == v["text"], (rec["id"], v)
            spans.append((v["start"], v["end"]))
            kind, val = v["_kind"], v["_v"]
            if not F.deob_matches(kind, v["text"], val, v["form"], rec["lang"]):
                problems.append((rec["id"], "deob", v["form"], v["text"], val["canon"]))
            ok = True
            c = val["canon"]
            if kind == "PHONE":
                ok = V.valid_phone(val)
            elif kind == "IBAN":
                ok = V.valid_iban(c)
            elif kind == "CARD":
                ok = V.valid_card(c)
            elif kind == "CARD_EXPIRY":
                ok = V.valid_expiry(c)
            elif kind == "CVC":
                ok = V.valid_cvc(c)
            elif kind == "BIC":
                ok = V.valid_bic(c)
            elif kind == "EMAIL":
                ok = V.valid_email(c)
            elif kind == "ICD10":
                ok = V.valid_icd(c)
            elif kind == "ID":
                ok = V.ID_VALID[v["type"]](c)
            if not ok:
                problems.append((rec["id"], "invalid", v["type"], c))
            if v["text"] != v["text"].strip() or not v["text"]:
                problems.append((rec["id"], "whitespace", v["text"]))
        for n in rec["negatives"]:
            assert text[n["start"]:n["end"]] == n["text"], (rec["id"], n)
            for a, b in spans:
                if n["start"] < b and a < n["end"]:
                    problems.append((rec["id"], "overlap", n))
            d = re.sub(r"\D", "", n["text"])
            if n["kind"] in ("CARDLIKE", "GIFT_CARD") or (n["kind"] == "VOUCHER" and len(d) >= 12):
                if luhn.is_valid(d):
                    problems.append((rec["id"], "luhn-negative", n))
        all_spans = sorted(spans + [(n["start"], n["end"]) for n in rec["negatives"]])
        for (a1, b1), (a2, b2) in zip(all_spans, all_spans[1:]):
            if a2 < b1:
                problems.append((rec["id"], "span-overlap", (a1, b1), (a2, b2)))
        # unlabelled health vocabulary outside any span
        masked = list(text)
        for a, b in all_spans:
            for i in range(a, b):
                masked[i] = "\0"
        masked = "".join(masked)
        m = HEALTH_RE.search(masked)
        if m:
            problems.append((rec["id"], "unlabelled-health", m.group(0), text))
    if problems:
        for p in problems[:60]:
            print("PROBLEM", p, file=sys.stderr)
        raise SystemExit("verification failed: %d problems" % len(problems))


def stats(records, used_templates):
    cat, form, neg, lang = Counter(), Counter(), Counter(), Counter()
    ctxc = Counter()
    health_terms = set()
    multi = 0
    nonclean = 0
    for rec in records:
        lang[rec["lang"]] += 1
        if rec["values"]:
            nonclean += 1
            if len(rec["values"]) >= 2:
                multi += 1
        for v in rec["values"]:
            cat[v["category"] + "/" + v["type"]] += 1
            form[v["form"]] += 1
            ctxc[v["context"]] += 1
            if v["category"] == "HEALTH" and v["type"] != "ICD10":
                health_terms.add(v["_v"]["canon"].lower())
        for n in rec["negatives"]:
            neg[n["kind"]] += 1
    nvals = sum(cat.values())
    print("messages: %d  (clean %d, non-clean %d; lang %s)" % (len(records), len(records) - nonclean, nonclean,
                                                               dict(sorted(lang.items()))))
    print("non-clean with >=2 values: %d (%.1f%%)" % (multi, 100.0 * multi / max(1, nonclean)))
    print("values: %d  context true %d / false %d" % (nvals, ctxc[True], ctxc[False]))
    print("\nper category/type:")
    for k, c in sorted(cat.items()):
        print("  %-28s %4d" % (k, c))
    print("\nper form:")
    for k, c in sorted(form.items(), key=lambda x: -x[1]):
        print("  %-14s %4d (%.1f%%)" % (k, c, 100.0 * c / nvals))
    print("\nper negative kind (%d total):" % sum(neg.values()))
    for k, c in sorted(neg.items()):
        print("  %-16s %4d" % (k, c))
    print("\ndistinct templates used: %d (defined: %d)" % (
        len(used_templates), len(set(TDE.VALUE + TDE.CLEAN + TEN.VALUE + TEN.CLEAN))))
    print("distinct health terms: %d" % len(health_terms))


def main():
    data, records, used = generate()
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, "rb") as f:
                cur = f.read()
        except FileNotFoundError:
            print("check FAILED: %s missing" % OUT)
            sys.exit(1)
        if cur != data:
            print("check FAILED: %s differs from the generator output" % OUT)
            sys.exit(1)
        print("check OK: %s is byte-identical (%d lines)" % (OUT, data.count(b"\n")))
        return
    with open(OUT, "wb") as f:
        f.write(data)
    stats(records, used)
    print("\nwrote %s (%d lines)" % (OUT, data.count(b"\n")))


if __name__ == "__main__":
    main()
