"""blind10 -- BLIND labelled test set of customer-support chat messages.

WRITTEN BLIND
    This generator and all of its templates were written without looking at the
    sensitive-data filter under test.  Rules followed while writing it: under
    /work/main only scripts/corpus/blind10/ and Tests/Fixtures/chat-blind-10.jsonl
    were read or written (no patterns, Sources, Tests, docs, README, other
    scripts, corpora or blind sets; no git of any kind; /work/shared not read);
    the `veil` binary (or anything built from /work/main) was never run; no
    network; only the Python at /work/main/.build/venv/bin/python and the
    packages installed there.  Every message template is a hand-written
    sentence with slots (templates_de.py, templates_en.py, templates_clean.py);
    only slot values are filled in by code.

HOW TO RUN
    /work/main/.build/venv/bin/python scripts/corpus/blind10/gen.py
        writes Tests/Fixtures/chat-blind-10.jsonl and prints statistics.
    /work/main/.build/venv/bin/python scripts/corpus/blind10/gen.py --check
        regenerates in memory, re-validates every value and negative and exits 1
        if the fixture on disk differs byte for byte (or any check fails).

SCHEMA (one JSON object per line, json.dumps(obj, ensure_ascii=False))
    {"id": "b10-00001", "split": "blind10", "lang": "de"|"en", "text": str,
     "clean": bool,
     "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
     "negatives": [{"kind", "start", "end", "text"}]}
    category: IBAN | FINANCIAL (CARD, CARD_EXPIRY, CVC, BIC) | PHONE | CONTACT (EMAIL)
              | ID (DE_STEUER_ID, DE_STEUERNUMMER, DE_USTID, DE_RVNR, DE_KVNR,
              DE_ID_CARD, DE_PASSPORT, AT_SVNR, CH_AHV, US_SSN, ES_DNI, ES_NIE,
              FR_NIR, IT_CODICE_FISCALE, UK_NHS, UK_NINO, NL_BSN,
              BE_NATIONAL_NUMBER, PL_PESEL)
              | HEALTH (DIAGNOSIS, SYMPTOM, MEDICATION, TREATMENT, ICD10)
    form: "plain" or the obfuscation applied (spaced, dots, dashes, nbsp,
          narrow_nbsp, zero_width, soft_hyphen, double_space, slashes,
          line_break, lookalike, words, mixed, lowercase, fullwidth,
          parenthesised, bracketed, misspelled, nodot).
    context: a word naming the value's kind (lists in CONTEXT below) occurs
          within 45 characters before or 30 characters after the span, with the
          other value spans of the message masked out.
    start/end are Python code-point offsets; text[start:end] == span text.
    values and negatives are sorted by start; negatives never overlap values;
    clean is true iff values is empty.  Health spans are only labelled when the
    health information is about the writer or a person whose data they share;
    non-personal health words are negatives (kinds health_word_*).

HOW VALIDITY IS ENSURED (done on generation AND again in --check, from the
span text alone)
    IBAN: schwifty IBAN.random with real bank codes from schwifty's registry
          (DE AT CH GB FR NL ES IT BE PL LU IE), validate(validate_bban=True);
          documentation sample IBANs are never values (only example_iban negatives).
    BIC: taken from schwifty's bank registry, BIC(...).exists.
    CARD: Visa/Mastercard/Amex prefixes + Luhn; well-known test numbers excluded
          (only test_card negatives).  CARD_EXPIRY month 01-12; CVC 3/4 digits and
          only next to a word naming the card code.
    PHONE: phonenumbers.is_valid_number for DE AT CH GB US FR IT ES NL PL;
          fictional ranges (US 555, Ofcom drama, ARCEP fiction, German film) excluded.
    EMAIL: regular-expression syntax check.
    IDs: python-stdnum (de.idnr, de.stnr, de.vat, at.vnr, ch.ssn, us.ssn, es.dni,
          es.nie, fr.nir, it.codicefiscale, gb.nhs, nl.bsn, be.nn, pl.pesel);
          DE_RVNR, DE_KVNR, DE_ID_CARD/DE_PASSPORT (ICAO 9303 7-3-1) and UK_NINO
          by their published rules in values.py.
    ICD10: simple_icd_10_cm.is_valid_item (dot re-inserted for "nodot").
    Health terms: must be in the hand-made lexicon health_terms.py (typos are
          mapped back through a hand-written typo table).
    Every obfuscated span is de-obfuscated by obfuscate.canonical() and must give
    back the canonical generated value.  Every negative is checked by
    negatives.neg_ok() not to validate as IBAN, Luhn card number, phone number in
    any of the regions above, or any national ID (except the deliberate
    example_iban / test_card negatives).

DATA PACKAGES USED (licence as found in site-packages/*.dist-info/METADATA)
    Faker 40.54.0              -- License: MIT License
    schwifty 2026.10.1         -- License-Expression: MIT
    python-stdnum 2.2          -- License: LGPL (LGPLv2+)
    phonenumbers 9.0.43        -- License-Expression: Apache-2.0
    simple_icd_10_cm 1.5.0     -- Classifier: MIT License

Determinism: fixed SEED; each message uses random.Random(f"{SEED}-{i}-{attempt}")
and every Faker instance is re-seeded per message with seed_instance().
"""
from __future__ import annotations

import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from faker import Faker  # noqa: E402

import health_terms as H  # noqa: E402
import negatives as NEG  # noqa: E402
import obfuscate as OB  # noqa: E402
import templates_clean  # noqa: E402
import templates_de  # noqa: E402
import templates_en  # noqa: E402
import values as V  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "chat-blind-10.jsonl")
SEED = 101010
N = 1200
CLEAN_SHARE = 0.38
DE_SHARE = 0.55
OBF_RATE = 0.075

CATEGORY = {"IBAN": "IBAN", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL", "CVC": "FINANCIAL", "BIC": "FINANCIAL",
            "PHONE": "PHONE", "EMAIL": "CONTACT", "DIAGNOSIS": "HEALTH", "SYMPTOM": "HEALTH", "MEDICATION": "HEALTH",
            "TREATMENT": "HEALTH", "ICD10": "HEALTH"}
for _t in V.ID_GENERATORS:
    CATEGORY[_t] = "ID"

SLOT_ALIAS = {"EXP": "CARD_EXPIRY", "CVC4": "CVC", "DIAG": "DIAGNOSIS", "SYMPT": "SYMPTOM", "MED": "MEDICATION",
              "TREAT": "TREATMENT", "ICD": "ICD10"}

_HEALTH_CTX = ["diagnos", "befund", "erkrank", "krank", "symptom", "beschwerde", "leide", "medikament", "tablette",
               "rezept", "therapie", "behandlung", "arzt", "ärzt", "praxis", "klinik", "suffer", "medication",
               "medicine", "tablet", "pill", "prescri", "therapy", "treatment", "doctor", "gp", "clinic", "condition",
               "dosis", "dose", "schmerz", "pain", "allerg", "hausarzt", "kinderarzt", "physio", "mg"]
CONTEXT = {
    "IBAN": ["iban", "konto", "bankverbindung", "bankdaten", "account", "bank details", "bank account", "überweis",
             "bankkonto", "kontoverbindung", "salary", "gehaltskonto"],
    "BIC": ["bic", "swift"],
    "CARD": ["karte", "kreditkarte", "card", "visa", "mastercard", "amex", "kartennummer", "credit"],
    "CARD_EXPIRY": ["gültig", "ablauf", "exp", "expiry", "expires", "valid", "läuft", "mm/yy", "ablaufdatum"],
    "CVC": ["cvc", "cvv", "prüfziffer", "prüfnummer", "sicherheitscode", "security code", "kartenprüf", "code"],
    "PHONE": ["tel", "telefon", "handy", "mobil", "mobile", "phone", "rufnummer", "festnetz", "whatsapp", "anruf",
              "ruf ", "call", "erreichbar", "reach", "text me", "sms", "cell", "landline", "fax", "nummer", "number",
              "ring", "zurückruf", "rückruf"],
    "EMAIL": ["mail", "e-mail", "email", "mailadresse", "inbox", "postfach", "adresse", "address", "schreib", "write"],
    "DE_STEUER_ID": ["steuer-id", "steuerid", "steuer id", "steuerliche", "identifikationsnummer", "idnr", "tin",
                     "tax id", "steuer-identifikationsnummer"],
    "DE_STEUERNUMMER": ["steuernummer", "st.-nr", "stnr", "finanzamt", "tax number", "steuer-nr"],
    "DE_USTID": ["ust-id", "ustid", "ust.-id", "umsatzsteuer", "vat", "ust-idnr"],
    "DE_RVNR": ["rentenversicherung", "sv-nummer", "sozialversicherung", "rv-nummer", "versicherungsnummer",
                "social security", "sv-nr", "svnr", "rvnr"],
    "DE_KVNR": ["krankenversicherten", "versichertennummer", "kvnr", "versichertenkarte", "gesundheitskarte", "egk",
                "krankenkasse", "versicherten-nr", "insurance number"],
    "DE_ID_CARD": ["personalausweis", "ausweis", "perso", "id card", "id-karte", "identity card", "id number"],
    "DE_PASSPORT": ["reisepass", "pass", "passnummer", "passport"],
    "AT_SVNR": ["sozialversicherung", "sv-nummer", "svnr", "e-card", "versicherungsnummer", "sv-nr"],
    "CH_AHV": ["ahv", "avs", "sozialversicherung", "ahv-nummer", "ahv-nr"],
    "US_SSN": ["ssn", "social security", "social"],
    "ES_DNI": ["dni", "documento", "nif", "id number", "ausweis"],
    "ES_NIE": ["nie", "nif", "residence", "aufenthalt"],
    "FR_NIR": ["sécurité sociale", "securite sociale", "nir", "sécu", "secu", "social security", "insee", "carte vitale"],
    "IT_CODICE_FISCALE": ["codice fiscale", "cf", "fiscal code", "tax code", "steuernummer", "codice"],
    "UK_NHS": ["nhs"],
    "UK_NINO": ["national insurance", "ni number", "nino", "ni no", "ni:", "insurance number"],
    "NL_BSN": ["bsn", "burgerservicenummer", "citizen service"],
    "BE_NATIONAL_NUMBER": ["rijksregister", "national number", "numéro national", "registre national", "nationalnummer",
                           "national register"],
    "PL_PESEL": ["pesel"],
    "DIAGNOSIS": _HEALTH_CTX + ["diagnose", "diagnosis", "diagnosed", "disease", "krankheit", "hat ", "has "],
    "SYMPTOM": _HEALTH_CTX + ["symptom", "beschwerden", "complain", "feel", "fühl"],
    "MEDICATION": _HEALTH_CTX + ["nimmt", "nehme", "take", "taking", "einnahme"],
    "TREATMENT": _HEALTH_CTX + ["termin", "appointment", "session", "sitzung", "op ", "surgery", "operation"],
    "ICD10": _HEALTH_CTX + ["icd", "au ", "au:", "au-", "krankschreibung", "sick note", "arbeitsunfähig", "code",
                            "fit note", "diagnose"],
}
_CTX_RE = {t: re.compile("|".join(r"(?<![a-zäöüß])" + re.escape(w) for w in ws)) for t, ws in CONTEXT.items()}

LOC_PHONE = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_GB": "GB", "en_US": "US", "en_IE": "GB"}
LOC_IBAN = {"de_DE": "DE", "de_AT": "AT", "de_CH": "CH", "en_GB": "GB", "en_US": None, "en_IE": "IE"}
LOCALES = ["de_DE", "de_AT", "de_CH", "en_GB", "en_US", "en_IE"]
FAKERS = {loc: Faker(loc) for loc in LOCALES}

TOKEN = re.compile(r"\{([^{}]+)\}|\[\[([a-z_]+):(.+?)\]\]")


class Retry(Exception):
    pass


def _slug(s):
    return re.sub(r"[^a-z]", "", V._ascii(s))[:14] or "firma"


class Ctx:
    """Per-message state: rng, faker, person."""

    def __init__(self, i, attempt, loc):
        self.rng = random.Random(f"{SEED}-{i}-{attempt}")
        self.loc = loc
        self.lang = loc[:2]
        self.fk = FAKERS[loc]
        self.fk.seed_instance(SEED * 10000 + i * 10 + attempt)
        self.first = self.fk.first_name()
        self.last = self.fk.last_name()
        self.company = self.fk.company()
        self.last_iban = None

    def filler(self, what):
        fk = self.fk
        if what == "name":
            return f"{self.first} {self.last}"
        if what == "first":
            return self.first
        if what == "last":
            return self.last
        if what == "company":
            return self.company
        if what == "city":
            return fk.city()
        if what == "street":
            return fk.street_name()
        if what == "first2":
            return fk.first_name()
        if what == "name2":
            return fk.name()
        if what == "dose":
            return self.rng.choice(H.DOSES if self.lang == "de" else H.DOSES_EN)
        if what == "weekday":
            return self.rng.choice(["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"] if self.lang == "de"
                                   else ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])
        raise KeyError(what)


def make_value(ctx, typ, arg, forced):
    rng = ctx.rng
    surface = None
    if typ == "IBAN":
        cc = arg or LOC_IBAN[ctx.loc]
        canon, surface = V.gen_iban(rng, cc)
        if rng.random() < 0.25:
            surface = canon
        ctx.last_iban = canon
    elif typ == "BIC":
        b = V.iban_bic(ctx.last_iban) if ctx.last_iban else None
        if b and V.valid_bic(b):
            canon = surface = b
        else:
            canon, surface = V.gen_bic(rng, arg or LOC_IBAN[ctx.loc] or "DE")
    elif typ == "CARD":
        canon, surface = V.gen_card(rng, arg)
        if rng.random() < 0.2:
            surface = canon
    elif typ == "CARD_EXPIRY":
        canon, surface = V.gen_expiry(rng)
    elif typ == "CVC":
        canon, _ = V.gen_cvc(rng, 4 if arg == "4" else 3)
        surface = canon
    elif typ == "PHONE":
        region = arg or LOC_PHONE[ctx.loc]
        canon, surface = V.gen_phone(rng, region)
    elif typ == "EMAIL":
        dom = None
        if arg == "work":
            dom = _slug(ctx.company.split()[0]) + rng.choice([".de", ".com", ".ch", ".at"] if ctx.lang == "de" else [".co.uk", ".com", ".io"])
        canon, surface = V.gen_email(rng, ctx.first, ctx.last, ctx.lang, dom)
    elif typ in V.ID_GENERATORS:
        if typ == "DE_RVNR":
            canon, surface = V.gen_de_rvnr(rng, ctx.last)
        else:
            canon, surface = V.ID_GENERATORS[typ](rng)
    elif typ in OB.HEALTH_TERMS:
        pool = H.terms(typ, arg or ctx.lang)
        if forced == "misspelled":
            pool = [t for t in pool if t in H.TYPOS]
        canon = surface = rng.choice(pool)
    elif typ == "ICD10":
        canon = surface = rng.choice(H.ICD)
    else:
        raise KeyError(typ)
    forms = OB.forms_for(typ, canon, surface, ctx.lang)
    if forced:
        form = forced
        if form != "plain" and form not in forms:
            raise Retry(f"form {form} not possible for {typ} {surface!r}")
    elif forms and rng.random() < OBF_RATE:
        form = rng.choice(forms)
    else:
        form = "plain"
    text = OB.obfuscate(typ, surface, canon, form, rng, ctx.lang)
    if form != "plain" and text == surface:
        form = "plain"
    got = OB.canonical(typ, text)
    want = canon if typ != "PHONE" else canon
    if typ in ("BIC", "DE_USTID", "DE_RVNR", "DE_KVNR", "DE_ID_CARD", "DE_PASSPORT", "ES_DNI", "ES_NIE",
               "IT_CODICE_FISCALE", "UK_NINO", "IBAN"):
        want = canon.upper()
    if got != want or not OB.valid(typ, text):
        raise Retry(f"{typ} {form} {text!r} -> {got!r} != {want!r}")
    return text, form


def build(template, ctx):
    loc, tpl = template
    parts, values, negs = [], [], []
    pos = 0
    last = 0
    for m in TOKEN.finditer(tpl):
        lit = tpl[last:m.start()]
        parts.append(lit)
        pos += len(lit)
        last = m.end()
        if m.group(2):
            kind, text = m.group(2), m.group(3)
            if not NEG.neg_ok(text, kind):
                raise ValueError(f"literal negative validates: {text!r}")
            negs.append({"kind": kind, "start": pos, "end": pos + len(text), "text": text})
        else:
            slot = m.group(1)
            if slot.startswith("f:"):
                text = ctx.filler(slot[2:])
            elif slot.startswith("c:"):
                text = ctx.rng.choice(slot[2:].split("|"))
            elif slot.startswith("n:"):
                kind = slot[2:]
                text = NEG.gen(kind, ctx.rng, ctx.lang)
                negs.append({"kind": kind, "start": pos, "end": pos + len(text), "text": text})
            else:
                forced = None
                if "|" in slot:
                    slot, forced = slot.split("|")
                typ, _, arg = slot.partition(":")
                typ = SLOT_ALIAS.get(typ, typ)
                if slot == "CVC4":
                    arg = "4"
                text, form = make_value(ctx, typ, arg or None, forced)
                values.append({"category": CATEGORY[typ], "type": typ, "form": form, "context": None,
                               "start": pos, "end": pos + len(text), "text": text})
        parts.append(text)
        pos += len(text)
    parts.append(tpl[last:])
    text = "".join(parts)
    for v in values:
        v["context"] = has_context(text, v, values)
    return text, values, negs


def has_context(text, v, values):
    masked = list(text)
    for o in values:
        if o is not v:
            for k in range(o["start"], o["end"]):
                masked[k] = " "
    masked = "".join(masked).lower()
    before = masked[max(0, v["start"] - 45):v["start"]]
    after = masked[v["end"]:v["end"] + 30]
    rx = _CTX_RE[v["type"]]
    return bool(rx.search(before) or rx.search(" " + after))


def validate_record(rec):
    """Re-validate one record from its own text. Returns list of problems."""
    errs = []
    t = rec["text"]
    if rec["clean"] != (not rec["values"]):
        errs.append("clean flag")
    prev = -1
    for v in rec["values"]:
        if t[v["start"]:v["end"]] != v["text"]:
            errs.append(f"offset {v}")
        if v["start"] < prev:
            errs.append("values unsorted/overlap")
        prev = v["end"]
        if CATEGORY.get(v["type"]) != v["category"]:
            errs.append(f"category {v}")
        if not OB.valid(v["type"], v["text"]):
            errs.append(f"invalid value {v}")
        if v["type"] == "CVC" and not v["context"]:
            errs.append("CVC without card-code word")
        if v["form"] == "plain" and any(c in v["text"] for c in (OB.ZW, OB.SHY, OB.NBSP, OB.NNBSP)):
            errs.append(f"plain with hidden chars {v}")
        if v["context"] != has_context(t, v, rec["values"]):
            errs.append(f"context {v}")
    prev = -1
    for n in rec["negatives"]:
        if t[n["start"]:n["end"]] != n["text"]:
            errs.append(f"neg offset {n}")
        if n["start"] < prev:
            errs.append("negatives unsorted")
        prev = n["end"]
        if not NEG.neg_ok(n["text"], n["kind"]):
            errs.append(f"negative validates {n}")
        for v in rec["values"]:
            if n["start"] < v["end"] and v["start"] < n["end"]:
                errs.append(f"neg overlaps value {n}")
    return errs


def plan():
    master = random.Random(SEED)
    n_clean = round(N * CLEAN_SHARE)
    n_de = round(N * DE_SHARE)
    c_de = round(n_clean * DE_SHARE)
    c_en = n_clean - c_de
    v_de = n_de - c_de
    v_en = N - n_clean - v_de
    slots = ["cde"] * c_de + ["cen"] * c_en + ["vde"] * v_de + ["ven"] * v_en
    master.shuffle(slots)
    pools = {
        "vde": list(templates_de.TEMPLATES),
        "ven": list(templates_en.TEMPLATES),
        "cde": [t for t in templates_clean.TEMPLATES if t[0].startswith("de")],
        "cen": [t for t in templates_clean.TEMPLATES if t[0].startswith("en")],
    }
    for k, p in pools.items():
        for t in p:
            has_val = any(m.group(1) and not m.group(1)[:2] in ("f:", "c:", "n:") for m in TOKEN.finditer(t[1]))
            if has_val != k.startswith("v"):
                raise SystemExit(f"template in wrong pool {k}: {t[1][:60]}")
    order = {k: [] for k in pools}
    out = []
    for s in slots:
        if not order[s]:
            p = list(pools[s])
            master.shuffle(p)
            order[s] = p
        out.append(order[s].pop())
    return out


def generate():
    recs = []
    for i, tpl in enumerate(plan(), 1):
        for attempt in range(50):
            ctx = Ctx(i, attempt, tpl[0])
            try:
                text, values, negs = build(tpl, ctx)
            except Retry:
                continue
            break
        else:
            raise SystemExit(f"could not build message {i}: {tpl}")
        values.sort(key=lambda v: v["start"])
        negs.sort(key=lambda n: n["start"])
        rec = {"id": f"b10-{i:05d}", "split": "blind10", "lang": ctx.lang, "text": text, "clean": not values,
               "values": [{k: v[k] for k in ("category", "type", "form", "context", "start", "end", "text")} for v in values],
               "negatives": [{k: n[k] for k in ("kind", "start", "end", "text")} for n in negs]}
        errs = validate_record(rec)
        if errs:
            raise SystemExit(f"{rec['id']}: {errs}\n{text}")
        recs.append(rec)
    return recs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def stats(recs):
    c = collections.Counter
    vt, vf, cat, nk, lang, ctxc = c(), c(), c(), c(), c(), c()
    for r in recs:
        lang[r["lang"]] += 1
        for v in r["values"]:
            vt[v["type"]] += 1
            vf[v["form"]] += 1
            cat[v["category"]] += 1
            ctxc[v["context"]] += 1
        for n in r["negatives"]:
            nk[n["kind"]] += 1
    nv = sum(vt.values())
    clean = sum(r["clean"] for r in recs)
    print(f"messages: {len(recs)}  clean: {clean} ({clean / len(recs):.1%})  lang: {dict(lang)}")
    print(f"values: {nv}  obfuscated: {nv - vf['plain']} ({(nv - vf['plain']) / max(nv, 1):.1%})  "
          f"with context: {ctxc[True]} ({ctxc[True] / max(nv, 1):.1%})")
    print("values per category:", dict(cat.most_common()))
    print("values per type:")
    for k, n in vt.most_common():
        print(f"  {k:20s} {n}")
    print("values per form:")
    for k, n in vf.most_common():
        print(f"  {k:20s} {n}")
    print(f"negatives: {sum(nk.values())} spans, {len(nk)} kinds")
    for k, n in nk.most_common():
        print(f"  {k:30s} {n}")


def main():
    check = "--check" in sys.argv[1:]
    recs = generate()
    data = serialise(recs)
    if check:
        bad = 0
        with open(OUT, encoding="utf-8") as fh:
            disk = fh.read()
        for line in disk.splitlines():
            errs = validate_record(json.loads(line))
            if errs:
                bad += 1
                print("INVALID", errs)
        if disk.encode("utf-8") != data.encode("utf-8"):
            print("MISMATCH: fixture on disk differs from regenerated output")
            sys.exit(1)
        if bad:
            sys.exit(1)
        stats(recs)
        print("OK: fixture matches byte for byte and all values/negatives re-validated")
        return
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    stats(recs)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
