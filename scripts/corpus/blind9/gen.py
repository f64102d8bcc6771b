#!/usr/bin/env python3
"""blind9 -- blind labelled chat-message test set for a sensitive-data filter.

WRITTEN BLIND
    This generator and its templates were written without looking at the filter
    under test.  Rules followed while writing it:
      * nothing under /work/main was read except this folder
        (scripts/corpus/blind9/) and its own output
        (Tests/Fixtures/chat-blind-9.jsonl): no patterns, Sources, Tests, docs,
        README, other scripts, benchmarks, fuzz inputs, existing corpora or
        blind sets, and no git history; /work/shared was not read;
      * the filter (`veil` or any binary built from /work/main) was never run;
      * no network access; only the Python packages installed in
        /work/main/.build/venv were used;
      * every message template (see templates_*.py) and every health term list
        (health_terms.py) was written by hand for this set; templates are not
        generated combinatorially -- only the slot values are filled in.

HOW TO RUN
    /work/main/.build/venv/bin/python scripts/corpus/blind9/gen.py
        writes Tests/Fixtures/chat-blind-9.jsonl and prints statistics
    /work/main/.build/venv/bin/python scripts/corpus/blind9/gen.py --check
        regenerates in memory, re-runs all validations and exits 1 if the
        fixture on disk differs byte for byte (or any validation fails)

    The output is deterministic: a fixed seed drives `random.Random` and every
    Faker instance (re-seeded per message with `seed_instance`).

SCHEMA (one JSON object per line, json.dumps(obj, ensure_ascii=False))
    {"id": "b9-00001", "split": "blind9", "lang": "de"|"en", "text": str,
     "clean": bool,
     "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
     "negatives": [{"kind", "start", "end", "text"}]}
    * category: IBAN, FINANCIAL, PHONE, CONTACT, ID, HEALTH
    * type: IBAN | CARD, CARD_EXPIRY, CVC, BIC | PHONE | EMAIL |
      DE_STEUER_ID, DE_STEUERNUMMER, DE_USTID, DE_RVNR, DE_KVNR, DE_ID_CARD,
      DE_PASSPORT, AT_SVNR, CH_AHV, US_SSN, ES_DNI, ES_NIE, FR_NIR,
      IT_CODICE_FISCALE, UK_NHS, UK_NINO, NL_BSN, BE_NATIONAL_NUMBER, PL_PESEL |
      DIAGNOSIS, SYMPTOM, MEDICATION, TREATMENT, ICD10
    * start/end: Python str (code point) offsets; text[start:end] == span text
    * clean: true iff values is empty
    * form: "plain" or the obfuscation used: spaced, dots, dashes, nbsp,
      narrow_nbsp, zero_width, soft_hyphen, double_space, slashes, line_break,
      lookalike, words, mixed, lowercase, fullwidth, parenthesised, bracketed
      (e-mail "[at]"), misspelled (health typo), nodot (ICD code without dot)
    * context: true when a word naming the value's kind (see CONTEXT_WORDS
      below) stands within 45 characters before or 30 characters after the
      value, with all other value spans of the message masked out
    * values and negatives are each sorted by start; negatives never overlap
      values

HOW VALIDITY IS ENSURED (both modes re-run all of this on every value)
    * IBAN: built with schwifty from real bank codes of schwifty's bank registry
      (DE AT CH GB FR NL ES IT BE PL LU IE), national check digits computed by
      schwifty, validated with IBAN.validate(validate_bban=True); published
      documentation sample IBANs are never values (they appear only as
      negatives of kind "example_iban")
    * BIC: taken from schwifty's registry and validated with schwifty.BIC
    * CARD: Visa / Mastercard / Amex prefixes, Luhn check digit (python-stdnum
      luhn), well-known public test numbers excluded (used as "test_card"
      negatives); CARD_EXPIRY is MM/YY with a valid month; CVC only next to a
      word naming the card code
    * PHONE: phonenumbers.is_valid_number for DE AT CH GB US FR IT ES NL PL;
      Ofcom drama ranges, US 555 numbers and German film ranges are excluded
    * EMAIL: syntactic check of the canonical address
    * IDs: python-stdnum validators (de.idnr, de.stnr, de.vat, at.vnr, ch.ssn,
      us.ssn, es.dni, es.nie, fr.nir, it.codicefiscale, gb.nhs, nl.bsn, be.nn,
      pl.pesel); DE_RVNR, DE_KVNR, DE_ID_CARD/DE_PASSPORT (ICAO 9303 7-3-1) and
      UK_NINO by their published algorithms implemented in values.py
    * ICD10: simple_icd_10_cm.is_valid_item (dot re-inserted for "nodot")
    * every span is de-obfuscated (obfuscate.deobfuscate) and must give back the
      canonical value; health spans must equal their term (case-insensitive) or,
      for "misspelled", be a listed hand-written typo of it
    * negatives are checked not to validate as IBAN, card, phone or any of the
      numeric national IDs (except deliberate example IBANs / test cards /
      IMEI / ICCID / ISBN / EAN lookalikes)

DATA PACKAGES (licences as found in the installed package metadata,
/work/main/.build/venv/lib/python3.11/site-packages/*.dist-info/METADATA)
    * Faker 40.54.0                -- License: MIT License
    * schwifty 2026.10.1           -- License-Expression: MIT
      (its bank registry is compiled from national/central-bank publications)
    * python-stdnum 2.2            -- License: LGPL (LGPLv2+ classifier)
    * phonenumbers 9.0.43          -- License-Expression: Apache-2.0
    * simple_icd_10_cm 1.5.0       -- MIT License (classifier); the ICD-10-CM
      code set it ships is published by the US CDC/NCHS
"""
from __future__ import annotations

import collections
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from faker import Faker  # noqa: E402

import health_terms as H  # noqa: E402
import negatives as N  # noqa: E402
import obfuscate as O  # noqa: E402
import values as V  # noqa: E402

ROOT = HERE.parents[2]
OUT = ROOT / "Tests" / "Fixtures" / "chat-blind-9.jsonl"
SEED = 90909
N_MESSAGES = 1200
N_CLEAN = 456  # 38 %
P_OBF = 0.012
P_TYPO = 0.08

TEMPLATE_FILES = ["templates_de.py", "templates_en.py", "templates_mixed.py", "templates_de2.py",
                  "templates_en2.py", "templates_de3.py", "templates_en3.py"]

CATEGORY = {"IBAN": "IBAN", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL", "CVC": "FINANCIAL",
            "BIC": "FINANCIAL", "PHONE": "PHONE", "EMAIL": "CONTACT", "DIAGNOSIS": "HEALTH",
            "SYMPTOM": "HEALTH", "MEDICATION": "HEALTH", "TREATMENT": "HEALTH", "ICD10": "HEALTH"}
for _t in V.ID_VALIDATORS:
    CATEGORY[_t] = "ID"

SLOT_TYPE = {"IBAN": "IBAN", "BIC": "BIC", "CARD": "CARD", "EXP": "CARD_EXPIRY", "CVC": "CVC",
             "PHONE": "PHONE", "EMAIL": "EMAIL", "DIAG": "DIAGNOSIS", "SYM": "SYMPTOM",
             "MED": "MEDICATION", "TREAT": "TREATMENT", "ICD": "ICD10"}
for _t in V.ID_VALIDATORS:
    SLOT_TYPE[_t] = _t
INLINE_HEALTH = {"D": "DIAGNOSIS", "S": "SYMPTOM", "M": "MEDICATION", "T": "TREATMENT", "I": "ICD10"}

REGIONS = {
    "DE": ("de_DE", "DE", "de"), "AT": ("de_AT", "AT", "at"), "CH": ("de_CH", "CH", "ch"),
    "GB": ("en_GB", "GB", "en"), "US": ("en_US", "US", "en"), "IE": ("en_IE", "GB", "en"),
    "FR": ("fr_FR", "FR", "fr"), "IT": ("it_IT", "IT", "it"), "ES": ("es_ES", "ES", "es"),
    "NL": ("nl_NL", "NL", "nl"), "PL": ("pl_PL", "PL", "pl"), "BE": ("nl_BE", "NL", "be"),
    "LU": ("fr_FR", "FR", "fr"),
}
IBAN_DEFAULT = {"DE": "DE", "AT": "AT", "CH": "CH", "GB": "GB", "US": "GB", "IE": "IE", "FR": "FR", "IT": "IT",
                "ES": "ES", "NL": "NL", "PL": "PL", "BE": "BE", "LU": "LU"}

_W = r"(?<![A-Za-zÄÖÜäöüß])"
CONTEXT_WORDS = {
    "IBAN": [r"iban", r"konto\w*", r"bankverbindung\w*", r"bankdaten", r"kontoverbindung", r"account number",
             r"bank account", r"bank details", r"acct", r"rekening\w*", r"bankkonto", r"kto"],
    "CARD": [r"karte", r"kreditkart\w*", r"kartennummer", r"debitkarte", r"bankkarte", r"cards?", r"card number",
             r"cardholder", r"visa", r"mastercard", r"amex", r"american express", r"kk-nr", r"kartennr"],
    "CARD_EXPIRY": [r"gültig bis", r"ablauf\w*", r"exp\w*", r"valid (?:thru|until|through)", r"gültigkeit\w*",
                    r"läuft ab", r"verfällt", r"expiry", r"mm/yy", r"ablaufdatum"],
    "CVC": [r"cvc\d?", r"cvv\d?", r"prüfziffer", r"sicherheitscode", r"kartenprüfnummer", r"security code",
            r"card code", r"code auf der rückseite"],
    "BIC": [r"bic", r"swift\w*", r"bic-code", r"swift-code"],
    "PHONE": [r"tel\.?", r"telefon\w*", r"handy\w*", r"mobil\w*", r"rufnummer\w*", r"festnetz\w*", r"natel\w*",
              r"phone\w*", r"mobile", r"cell", r"cellphone", r"telephone", r"landline", r"whatsapp", r"sms",
              r"fax", r"telefoonnummer", r"numer telefonu", r"durchwahl", r"mob\.?", r"handynr\.?", r"rückruf\w*",
              r"callback number", r"call-?back number", r"contact number"],
    "EMAIL": [r"e-?mail\w*", r"mail", r"mails", r"mailadresse", r"inbox", r"e-mail-adresse"],
    "DE_STEUER_ID": [r"steuer-?id\w*", r"steuerid\w*", r"steueridentifikationsnummer", r"identifikationsnummer",
                     r"idnr", r"id-nr", r"(?-i:TIN)", r"tax id", r"steuerliche id\w*"],
    "DE_STEUERNUMMER": [r"steuernummer", r"steuer-nr", r"st\.-?nr\.?", r"stnr", r"tax number"],
    "DE_USTID": [r"ust-?id\w*", r"ustidnr", r"umsatzsteuer\w*", r"vat\w*", r"usti?d?-nr", r"mwst\w*"],
    "AT_SVNR": [r"sv-?nummer", r"sv-nr", r"svnr", r"sozialversicherungs\w*", r"versicherungsnummer", r"e-card",
                r"social security"],
    "CH_AHV": [r"ahv\w*", r"ahv-nr", r"sozialversicherungs\w*", r"versichertennummer", r"avs"],
    "US_SSN": [r"ssn", r"social security\w*"],
    "ES_DNI": [r"dni", r"documento", r"id number", r"ausweis\w*", r"national id", r"nif"],
    "ES_NIE": [r"(?-i:NIE)", r"número de identidad", r"foreigner", r"residence", r"id number", r"ausweis\w*", r"nif"],
    "FR_NIR": [r"(?-i:NIR)", r"sécu\w*", r"secu\w*", r"sécurité sociale", r"social security", r"numéro de sécurité",
               r"insee", r"carte vitale", r"sozialversicherungs\w*", r"versicherungsnummer"],
    "IT_CODICE_FISCALE": [r"codice fiscale", r"(?-i:CF)", r"tax code", r"steuernummer", r"fiscal code", r"c\.f\."],
    "UK_NHS": [r"nhs", r"nhs number", r"nhs no\.?", r"patient number"],
    "UK_NINO": [r"national insurance", r"ni number", r"ni no\.?", r"nino", r"(?-i:NIN)"],
    "NL_BSN": [r"bsn", r"burgerservicenummer", r"sofinummer", r"citizen service number"],
    "BE_NATIONAL_NUMBER": [r"rijksregister\w*", r"national number", r"numéro national", r"nationalregister\w*",
                           r"registre national", r"(?-i:NN)", r"insz"],
    "PL_PESEL": [r"pesel"],
    "DE_RVNR": [r"rentenversicherungs\w*", r"rv-?nummer", r"rv-nr", r"rvnr", r"sozialversicherungs\w*",
                r"sv-nummer", r"sv-nr", r"versicherungsnummer", r"pension insurance", r"social security"],
    "DE_KVNR": [r"krankenversicherten\w*", r"versichertennummer", r"versicherten-nr\.?", r"versichertennr\.?", r"kvnr",
                r"kv-nummer", r"gesundheitskarte", r"egk", r"versicherungsnummer", r"kassenkarte",
                r"insurance number", r"member(?:ship)? number"],
    "DE_ID_CARD": [r"personalausweis\w*", r"ausweis\w*", r"perso", r"persos", r"id card", r"id-karte", r"id number",
                   r"dokumentennummer", r"document number"],
    "DE_PASSPORT": [r"reisepass\w*", r"pass", r"passnummer", r"passport\w*", r"dokumentennummer", r"document number"],
    "DIAGNOSIS": [r"diagnos\w*", r"befund\w*", r"erkrank\w*", r"krankheit\w*", r"condition", r"icd\w*",
                  r"leide", r"leidet", r"leiden", r"suffer\w*", r"diagnosed", r"chronisch\w*", r"chronic", r"disease", r"disorder"],
    "SYMPTOM": [r"symptom\w*", r"beschwerden", r"schmerz\w*", r"pain", r"leide", r"leidet", r"leiden", r"suffer\w*", r"plagt",
                r"aches?"],
    "MEDICATION": [r"medikament\w*", r"tablette\w*", r"rezept\w*", r"verordn\w*", r"verschrieb\w*", r"arznei\w*",
                   r"medication", r"medicine", r"meds", r"prescri\w*", r"tablets?", r"pills?", r"dosis", r"dose",
                   r"dosage", r"repeat"],
    "TREATMENT": [r"therapie\w*", r"behandlung\w*", r"treatment\w*", r"therapy", r"operation", r"(?-i:OP)",
                  r"surgery", r"procedure", r"eingriff", r"kur"],
    "ICD10": [r"icd\w*", r"diagnose\w*", r"diagnosis", r"code", r"schlüssel", r"(?-i:AU)", r"krankschreibung",
              r"sick note", r"fit note", r"arbeitsunfähigkeit\w*"],
}
_CTX_RE = {t: re.compile(_W + "(?:" + "|".join(ws) + r")(?![A-Za-zÄÖÜäöüß])", re.I) for t, ws in CONTEXT_WORDS.items()}


# ------------------------------------------------------------------ templates
def load_templates():
    out = []
    for fn in TEMPLATE_FILES:
        p = HERE / fn
        if not p.exists():
            continue
        ns: dict = {}
        exec(compile(p.read_text(encoding="utf-8"), str(p), "exec"), ns)
        src = ns["T"]
        lang = region = None
        mix = False
        buf: list[str] = []

        def flush():
            t = "\n".join(buf).strip("\n")
            if t.strip():
                out.append({"lang": lang, "region": region, "mix": mix, "text": t, "file": fn})
            buf.clear()

        for line in src.split("\n"):
            if line.startswith("@@"):
                flush()
                parts = line[2:].split()
                lang, region = parts[0], parts[1]
                mix = len(parts) > 2 and parts[2] == "mix"
            elif line.strip() == "%%":
                flush()
            else:
                buf.append(line)
        flush()
    return out


TOKEN_RE = re.compile(
    r"\{n:(?P<neg>[a-z_]+)\}"
    r"|\{(?P<fill>[a-z]+\d?)\}"
    r"|\{(?P<slot>[A-Z][A-Z_0-9]*)(?:@(?P<cc>[A-Za-z]+))?(?::(?P<form>[a-z_]+))?\}"
    r"|\[\[(?P<ht>[DSMTI])\|(?P<hv>[^\]]+)\]\]"
    r"|<<(?P<nk>[a-z_]+)\|(?P<nv>[^>]+)>>"
)


def is_valued(t: str) -> bool:
    for m in TOKEN_RE.finditer(t):
        if m.group("slot") or m.group("ht"):
            return True
    return False


# ------------------------------------------------------------------ rendering
class Ctx:
    def __init__(self, rng, fk, region, lang):
        self.rng, self.fk, self.region, self.lang = rng, fk, region, lang
        self.first = fk.first_name()
        self.last = fk.last_name()
        self.card_amex = False
        self.fill_cache: dict[str, str] = {}


def fill(ctx: Ctx, name: str) -> tuple[str, list]:
    """Unlabelled filler; returns text and inner negatives (relative)."""
    fk, rng = ctx.fk, ctx.rng
    if name in ctx.fill_cache and name in ("name", "first", "last", "agent", "fam", "city", "company"):
        return ctx.fill_cache[name], []
    negs = []
    if name == "name":
        t = f"{ctx.first} {ctx.last}"
    elif name == "first":
        t = ctx.first
    elif name == "last":
        t = ctx.last
    elif name in ("fam", "fam2"):
        t = fk.first_name()
    elif name == "agent":
        t = fk.first_name()
    elif name == "company":
        t = fk.company()
    elif name == "city":
        t = fk.city()
    elif name == "street":
        t = f"{fk.street_name()} {rng.randint(1, 140)}" if ctx.region not in ("GB", "US", "IE", "FR") else f"{rng.randint(1, 140)} {fk.street_name()}"
    elif name == "addr":
        pc = N.gen_negative(rng, "postcode", ctx.lang, ctx.region)
        if ctx.region in ("GB", "IE"):
            st = f"{rng.randint(1, 140)} {fk.street_name()}"
            city = fk.city()
            pre = f"{st}, {city} "
            t = pre + pc
            negs.append(("postcode", len(pre), len(pre) + len(pc), pc))
        elif ctx.region == "US":
            st = f"{rng.randint(1, 4000)} {fk.street_name()}"
            pre = f"{st}, {fk.city()}, {fk.state_abbr()} "
            t = pre + pc
            negs.append(("postcode", len(pre), len(pre) + len(pc), pc))
        else:
            st = f"{fk.street_name()} {rng.randint(1, 140)}" if ctx.region != "FR" else f"{rng.randint(1, 140)} {fk.street_name()}"
            pre = f"{st}, "
            t = pre + pc + " " + fk.city()
            negs.append(("postcode", len(pre), len(pre) + len(pc), pc))
    elif name == "dob":
        d = fk.date_of_birth(minimum_age=18, maximum_age=88)
        t = f"{d:%d.%m.%Y}" if ctx.lang == "de" else (f"{d:%m/%d/%Y}" if ctx.region == "US" else f"{d:%d/%m/%Y}")
    elif name == "kid":
        t = fk.first_name()
    else:
        raise KeyError(name)
    ctx.fill_cache[name] = t
    return t, negs


def health_value(ctx: Ctx, typ: str, flag: str | None):
    rng = ctx.rng
    lang = ctx.lang
    if typ == "ICD10":
        code = rng.choice(H.ICD_CODES)
        form = "plain"
        span = code
        if "." in code and (flag == "nodot" or (flag is None and rng.random() < 0.22)):
            span = code.replace(".", "")
            form = "nodot"
        return code, span, form
    form = "plain"
    typos = H.TYPOS[lang][typ]
    if flag != "plain" and rng.random() < P_TYPO and typos:
        canon = rng.choice(sorted(typos))
        span = rng.choice(typos[canon])
        form = "misspelled"
    else:
        canon = rng.choice(H.TERMS[lang][typ])
        span = canon
    if flag == "lc":
        span = span.lower()
    return canon, span, form


def make_value(ctx: Ctx, slot: str, cc: str | None, form_req: str | None):
    rng, region, lang = ctx.rng, ctx.region, ctx.lang
    typ = SLOT_TYPE[slot]
    for _ in range(60):
        typ, canon, disp, country = _gen_raw(ctx, typ, cc)
        if not form_req or form_req == "plain" or O.can_apply(form_req, typ, canon, disp):
            break
    # obfuscation
    form = "plain"
    if form_req and form_req != "plain":
        form = form_req
        assert O.can_apply(form, typ, canon, disp), (slot, form, canon, disp)
    elif form_req is None:
        p = P_OBF if typ not in ("CARD_EXPIRY", "CVC") else 0.04
        if rng.random() < p:
            opts = [f for f in O.ALLOWED.get(typ, []) if O.can_apply(f, typ, canon, disp)]
            if opts:
                form = rng.choice(opts)
    span = O.obfuscate(form, typ, canon, disp, lang, rng)
    return typ, canon, span, form, country


def _gen_raw(ctx: Ctx, typ: str, cc: str | None):
    rng, region = ctx.rng, ctx.region
    country = None
    if typ == "IBAN":
        country = (cc or IBAN_DEFAULT[region]).upper()
        canon, disp = V.gen_iban(rng, country)
    elif typ == "BIC":
        country = (cc or IBAN_DEFAULT[region]).upper()
        canon, disp = V.gen_bic(rng, country)
    elif typ == "CARD":
        brand = {"amex": "amex", "visa": "visa", "mc": "mc"}.get((cc or "").lower())
        canon, disp = V.gen_card(rng, brand)
        ctx.card_amex = V.card_brand(canon) == "amex"
    elif typ == "CARD_EXPIRY":
        canon, disp = V.gen_expiry(rng)
    elif typ == "CVC":
        canon, disp = V.gen_cvc(rng, ctx.card_amex)
    elif typ == "PHONE":
        country = (cc or REGIONS[region][1]).upper()
        canon, disp = V.gen_phone(rng, country)
    elif typ == "EMAIL":
        canon, disp = V.gen_email(rng, ctx.first, ctx.last, (cc or REGIONS[region][2]).lower())
    else:
        canon, disp = V.gen_id(rng, typ, ctx.first, ctx.last)
    return typ, canon, disp, country


def render(tpl, idx: int, fakers):
    region, lang = tpl["region"], tpl["lang"]
    rng = random.Random(SEED * 10007 + idx)
    fk = fakers[REGIONS[region][0]]
    fk.seed_instance(SEED + idx)
    ctx = Ctx(rng, fk, region, lang)
    text = ""
    values, negs = [], []
    pos = 0
    src = tpl["text"]
    for m in TOKEN_RE.finditer(src):
        text += src[pos:m.start()]
        pos = m.end()
        if m.group("neg"):
            kind = m.group("neg")
            t = N.gen_negative(rng, kind, lang, region)
            negs.append({"kind": kind, "start": len(text), "end": len(text) + len(t), "text": t})
            text += t
        elif m.group("fill"):
            t, inner = fill(ctx, m.group("fill"))
            for k, s, e, tt in inner:
                negs.append({"kind": k, "start": len(text) + s, "end": len(text) + e, "text": tt})
            text += t
        elif m.group("slot"):
            slot, cc, form_req = m.group("slot"), m.group("cc"), m.group("form")
            typ = SLOT_TYPE[slot]
            if CATEGORY[typ] == "HEALTH":
                canon, span, form = health_value(ctx, typ, form_req)
                country = None
            else:
                typ, canon, span, form, country = make_value(ctx, slot, cc, form_req)
            values.append({"category": CATEGORY[typ], "type": typ, "form": form, "start": len(text),
                           "end": len(text) + len(span), "text": span, "_canon": canon, "_cc": country})
            text += span
            # German ICD suffix (outside the span)
            if typ == "ICD10" and lang == "de" and rng.random() < 0.35:
                text += rng.choice([" G", "G", " V", " G", " Z"])
        elif m.group("ht"):
            typ = INLINE_HEALTH[m.group("ht")]
            hv = m.group("hv")
            if "~" in hv:
                span, canon = hv.split("~", 1)
                form = "misspelled"
            else:
                span = canon = hv
                form = "plain"
                if typ == "ICD10" and "." not in hv and len(hv) > 3:
                    form = "nodot"
                    canon = hv[:3] + "." + hv[3:]
            values.append({"category": "HEALTH", "type": typ, "form": form, "start": len(text),
                           "end": len(text) + len(span), "text": span, "_canon": canon, "_cc": None})
            text += span
        elif m.group("nk"):
            t = m.group("nv")
            negs.append({"kind": m.group("nk"), "start": len(text), "end": len(text) + len(t), "text": t})
            text += t
    text += src[pos:]
    # context
    for v in values:
        masked = list(text)
        for w in values:
            if w is not v:
                for i in range(w["start"], w["end"]):
                    masked[i] = "#"
        masked = "".join(masked)
        before = masked[max(0, v["start"] - 45):v["start"]]
        after = masked[v["end"]:v["end"] + 30]
        rx = _CTX_RE[v["type"]]
        v["context"] = bool(rx.search(before) or rx.search(after))
    values.sort(key=lambda v: v["start"])
    negs.sort(key=lambda n: n["start"])
    return text, values, negs


# ------------------------------------------------------------------ checks
def check_value(text, v):
    span = text[v["start"]:v["end"]]
    assert span == v["text"], (span, v)
    typ, canon, form = v["type"], v["_canon"], v["form"]
    if CATEGORY[typ] == "HEALTH":
        if typ == "ICD10":
            assert V.valid_icd(canon), canon
            got = span if form == "plain" else span[:3] + "." + span[3:]
            assert got.upper() == canon.upper(), (span, canon)
            return
        if form == "misspelled":
            typos = H.TYPOS["de"][typ].get(canon, []) + H.TYPOS["en"][typ].get(canon, [])
            assert span.lower() != canon.lower(), (span, canon)
            assert span in typos or H.edit_distance(span, canon) <= 3, (span, canon)
        else:
            assert span.casefold() == canon.casefold(), (span, canon)
        return
    validators = {"IBAN": V.valid_iban, "BIC": V.valid_bic, "CARD": V.valid_card, "CARD_EXPIRY": V.valid_expiry,
                  "CVC": V.valid_cvc, "PHONE": V.valid_phone, "EMAIL": V.valid_email}
    validators.update(V.ID_VALIDATORS)
    assert validators[typ](canon), (typ, canon)
    back = O.deobfuscate(span, typ, form, canon, v.get("_cc"))
    assert back == canon, (typ, form, repr(span), back, canon)


def build():
    templates = load_templates()
    clean_t = [t for t in templates if not is_valued(t["text"])]
    val_t = [t for t in templates if is_valued(t["text"])]
    rng = random.Random(SEED)
    assert len(clean_t) <= N_CLEAN and len(val_t) <= N_MESSAGES - N_CLEAN, (len(clean_t), len(val_t))
    def extras(pool, k):
        # re-use templates to fill the quota, preferring the under-represented language
        # so that the message set is roughly half German, half English
        out = []
        cnt = collections.Counter(t["lang"] for t in pool)
        for _ in range(k):
            lang = min(("de", "en"), key=lambda l: (cnt[l], l))
            cand = [t for t in pool if t["lang"] == lang]
            t = rng.choice(cand)
            out.append(t)
            cnt[lang] += 1
        return out

    pick = clean_t + extras(clean_t, N_CLEAN - len(clean_t))
    pick2 = val_t + extras(val_t, N_MESSAGES - N_CLEAN - len(val_t))
    order = pick + pick2
    rng.shuffle(order)
    fakers = {}
    for loc, _, _ in REGIONS.values():
        if loc not in fakers:
            fakers[loc] = Faker(loc)
    lines, recs = [], []
    for i, tpl in enumerate(order):
        text, values, negs = render(tpl, i, fakers)
        for v in values:
            check_value(text, v)
        for n in negs:
            assert text[n["start"]:n["end"]] == n["text"]
            for v in values:
                assert n["end"] <= v["start"] or n["start"] >= v["end"], ("overlap", n, v)
        for a, b in zip(values, values[1:]):
            assert a["end"] <= b["start"], ("value overlap", a, b, text)
        obj = {"id": f"b9-{i + 1:05d}", "split": "blind9", "lang": tpl["lang"], "text": text,
               "clean": not values,
               "values": [{"category": v["category"], "type": v["type"], "form": v["form"],
                           "context": v["context"], "start": v["start"], "end": v["end"], "text": v["text"]}
                          for v in values],
               "negatives": [{"kind": n["kind"], "start": n["start"], "end": n["end"], "text": n["text"]}
                             for n in negs]}
        lines.append(json.dumps(obj, ensure_ascii=False))
        recs.append((tpl, obj))
    return templates, recs, ("\n".join(lines) + "\n").encode("utf-8")


def stats(templates, recs):
    c = collections.Counter
    print(f"templates: {len(templates)} hand-written "
          f"({sum(1 for t in templates if not is_valued(t['text']))} clean, "
          f"{sum(1 for t in templates if is_valued(t['text']))} with values); "
          f"by lang {dict(c(t['lang'] for t in templates))}")
    objs = [o for _, o in recs]
    n = len(objs)
    nclean = sum(o["clean"] for o in objs)
    print(f"messages: {n}; clean {nclean} ({100 * nclean / n:.1f}%)")
    print("lang:", dict(c(o["lang"] for o in objs)))
    print("region:", dict(c(t["region"] for t, _ in recs)))
    mix = sum(1 for t, _ in recs if t["mix"] or t["region"] in ("FR", "IT", "ES", "NL", "PL", "BE", "LU"))
    print(f"code-switching / other-EU customers: {mix} ({100 * mix / n:.1f}%)")
    vals = [v for o in objs for v in o["values"]]
    print(f"values: {len(vals)}")
    print("  by category:", dict(sorted(c(v['category'] for v in vals).items())))
    print("  by type:", dict(sorted(c(v['type'] for v in vals).items())))
    print("  by form:", dict(sorted(c(v['form'] for v in vals).items())))
    nonh = [v for v in vals if v["category"] != "HEALTH"]
    obf = sum(1 for v in nonh if v["form"] != "plain")
    print(f"  obfuscated (non-health): {obf}/{len(nonh)} ({100 * obf / max(1, len(nonh)):.1f}%)")
    h = [v for v in vals if v["category"] == "HEALTH" and v["type"] != "ICD10"]
    ms = sum(1 for v in h if v["form"] == "misspelled")
    print(f"  misspelled health terms: {ms}/{len(h)} ({100 * ms / max(1, len(h)):.1f}%)")
    ctx = sum(v["context"] for v in vals)
    print(f"  with context word: {ctx}/{len(vals)} ({100 * ctx / max(1, len(vals)):.1f}%)")
    negs = [x for o in objs for x in o["negatives"]]
    kinds = c(x["kind"] for x in negs)
    print(f"negatives: {len(negs)} in {len(kinds)} kinds; messages with negatives: "
          f"{sum(1 for o in objs if o['negatives'])}")
    print("  by kind:", dict(sorted(kinds.items())))


def main():
    check = "--check" in sys.argv[1:]
    templates, recs, data = build()
    stats(templates, recs)
    if check:
        old = OUT.read_bytes() if OUT.exists() else b""
        if old != data:
            print(f"CHECK FAILED: {OUT} differs from regenerated output")
            sys.exit(1)
        print(f"CHECK OK: {OUT} matches byte for byte; all values re-validated")
    else:
        OUT.parent.mkdir(parents=True, exist_ok=True)
        OUT.write_bytes(data)
        print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
