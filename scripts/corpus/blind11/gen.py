#!/usr/bin/env python3
"""Blind labelled test set 11 for the chat sensitive-data filter (German + English).

WRITTEN BLIND.  The author of this generator did not look at the filter under test: no
patterns, sources, tests, README, docs, other scripts, other corpora or blind sets of the
repository were read, no git command was run and neither `veil` nor anything built from the
repository was executed.  Only scripts/corpus/blind11/ and Tests/Fixtures/chat-blind-11.jsonl
were written.  All message templates (templates_de.py, templates_en.py) are hand-written
sentences with slots; code only fills slot values.

RUN (from the repository root)
    /work/main/.build/venv/bin/python scripts/corpus/blind11/gen.py          # write the file
    /work/main/.build/venv/bin/python scripts/corpus/blind11/gen.py --check  # regenerate in memory,
        re-validate every value/negative from its span text, exit 1 on any failure or if the
        file on disk differs byte for byte
    add --stats to print counts.

OUTPUT  Tests/Fixtures/chat-blind-11.jsonl, 1,200 lines, json.dumps(obj, ensure_ascii=False):
    {"id": "b11-00001", "split": "blind11", "lang": "de"|"en", "text": str, "clean": bool,
     "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
     "negatives": [{"kind", "start", "end", "text"}]}
  category IBAN | FINANCIAL (CARD, CARD_EXPIRY, CVC, BIC) | PHONE | CONTACT (EMAIL) | ID (...) |
  HEALTH (DIAGNOSIS, SYMPTOM, MEDICATION, TREATMENT, ICD10).  start/end are code-point offsets,
  text[start:end] == span text, lists sorted by start, negatives never overlap values,
  clean == (values == []).
  form: "plain" = the value as people normally write it (IBAN compact or in blocks of four, phone
  numbers in the usual national/international notations incl. "(0)", slash, dash, dots for FR/US,
  brackets around the area code, extensions).  Any other form names the obfuscation applied
  (spaced, dots, dashes, nbsp, narrow_nbsp, zero_width, soft_hyphen, double_space, slashes,
  line_break, lookalike, words, mixed, lowercase, fullwidth, parenthesised [one block in ( )],
  bracketed [one block in [ ] ; for e-mail "[at]"/"(at)" style], misspelled, nodot).
  context: true iff a word of CONTEXT[type] starts within 45 characters before or 30 after the
  span, with the other value spans masked out (regex on lower-cased text; words of <=4 letters
  must be whole words, longer words may be prefixes, e.g. "konto" matches "Kontonummer").
  Health spans are labelled only when they concern the writer or a person whose data the writer
  shares; non-personal health words are negatives of kind health_word_*.

VALIDITY (enforced at generation and again by --check, from the span text only)
  IBAN: schwifty IBAN.random with registry bank codes (DE AT CH GB FR NL ES IT BE PL LU IE),
    IBAN.validate(validate_bban=True); documentation sample IBANs only as example_iban negatives.
  BIC: schwifty bank registry, BIC(...).exists.  CARD: Visa/Mastercard/Amex prefixes + Luhn,
    well-known test numbers only as test_card negatives.  CARD_EXPIRY month 01-12.  CVC only after
    a word naming the card code.  PHONE: phonenumbers.is_valid_number for DE AT CH GB US FR IT ES
    NL PL, mobile/fixed types only, read as written ('+'/'00' international, trunk '0' national,
    or US/ES/PL/IT without trunk prefix); fictional ranges (NANP 555, Ofcom drama ranges, ARCEP
    fiction ranges) excluded.  EMAIL: syntax check after undoing (at)/[dot]/spoken forms.
  IDs: python-stdnum (de.idnr, de.stnr, de.vat, at.vnr, ch.ssn, us.ssn, es.dni, es.nie, fr.nir,
    it.codicefiscale, gb.nhs, nl.bsn, be.nn, pl.pesel); DE_RVNR (area + DDMMYY + letter + serial +
    check digit, weights 2121 2 5 7 1 2 1 2 1 2 1 with cross sums), DE_KVNR (letter as two digits,
    weights 1/2, cross sums, mod 10), DE_ID_CARD / DE_PASSPORT (ICAO 9303 7-3-1 check digit as 10th
    char) and UK_NINO (prefix/suffix rules) implemented in values.py.
  ICD10: simple_icd_10_cm.is_valid_item (dot re-inserted for nodot).  Health terms: hand-made
    lexicon (health.py) plus hand-written typo table.
  De-obfuscation: NFKC, removal of zero-width/soft hyphen, spoken digits back to digits, look-alike
    letters tried back to digits, separators removed.  Negatives must not validate as IBAN, Luhn
    card (Visa/MC/Amex prefix), phone (as above; whole-span dates/times/IPv4 are not read as
    phones) or any national ID above (example_iban / test_card excepted).  Unlabelled text may not
    contain a run of 5+ digits.

CONTENTS (seed 1111)  1,200 messages (660 de / 540 en), 420 clean (35 %), 1,085 values
  (IBAN 200, FINANCIAL 216, PHONE 243, CONTACT 100, ID 173, HEALTH 153), 310 of them obfuscated,
  1,593 negatives of 93 kinds (1,084 of them in clean messages).  Templates: 283 German +
  255 English hand-written (templates_de.py / templates_en.py).  Setting B11_DEV=1 makes the
  generator skip (and report) messages that cannot be generated instead of aborting.

DATA PACKAGES (versions/licences from site-packages/*.dist-info/METADATA)
  Faker 40.54.0 (MIT) - names, cities, companies, Italian codice fiscale
  schwifty 2026.10.1 (MIT) - IBAN/BIC generation, bank registry
  python-stdnum 2.2 (LGPL-2.1-or-later) - national ID check digits/validation
  phonenumbers 9.0.43 (Apache-2.0) - phone validation/formatting
  simple_icd_10_cm 1.5.0 (MIT) - ICD-10-CM validation
  pycountry 26.2.16 (LGPL-2.1-only) - indirect, used by schwifty
"""
from __future__ import annotations

import json
import os
import random
import re
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from faker import Faker  # noqa: E402

import values as V  # noqa: E402
import render as R  # noqa: E402
import negs as N  # noqa: E402
from templates_de import TEMPLATES as T_DE  # noqa: E402
from templates_en import TEMPLATES as T_EN  # noqa: E402

SEED = 1111
N_TOTAL = 1200
N_DE = 660
CLEAN_SHARE = 0.35
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "..", "Tests", "Fixtures", "chat-blind-11.jsonl"))

HEALTH_TYPES = {"DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT", "ICD10"}
CATEGORY = {"IBAN": "IBAN", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL", "CVC": "FINANCIAL",
            "BIC": "FINANCIAL", "PHONE": "PHONE", "EMAIL": "CONTACT"}
for _t in V.ID_TYPES:
    CATEGORY[_t] = "ID"
for _t in HEALTH_TYPES:
    CATEGORY[_t] = "HEALTH"

_HEALTH_CTX = ["diagnose", "diagnos", "arzt", "ärztin", "hausarzt", "doctor", "gp", "krank", "sick", "ill",
               "symptom", "medikament", "medication", "medicine", "tabletten", "pills", "tablets", "rezept",
               "prescription", "prescribed", "therapie", "therapy", "behandlung", "treatment", "krankenhaus",
               "hospital", "klinik", "clinic", "krankenkasse", "attest", "au", "krankmeldung", "krankgeschrieben",
               "sick note", "icd", "health", "gesundheit", "facharzt", "specialist", "nhs", "op", "surgery",
               "operation", "befund", "condition", "erkrankung", "erkrankt", "leide", "suffer"]
CONTEXT = {
    "IBAN": ["iban", "konto", "kontonummer", "bankverbindung", "bankdaten", "bank details", "bank account",
             "account number", "account", "acct", "girokonto", "sepa", "überweis", "bankkonto", "kto"],
    "CARD": ["card", "karte", "kreditkarte", "kartennummer", "visa", "mastercard", "amex", "credit card",
             "debit card", "kk", "kreditkartennummer", "long number"],
    "CARD_EXPIRY": ["gültig bis", "ablauf", "ablaufdatum", "expiry", "expires", "exp", "valid thru",
                    "valid until", "gültigkeit", "läuft ab", "mm/jj", "mm/yy", "ablaufdat"],
    "CVC": ["cvc", "cvv", "cv2", "prüfnummer", "prüfziffer", "sicherheitscode", "security code",
            "kartenprüfnummer", "card code", "cid"],
    "BIC": ["bic", "swift", "swift-code", "bic/swift"],
    "PHONE": ["telefon", "tel", "handy", "mobil", "mobile", "nummer", "rufnummer", "festnetz", "phone",
              "call", "ruf", "anruf", "whatsapp", "number", "cell", "fax", "erreichbar", "zurückruf",
              "callback", "ring", "text me", "sms", "telefonnummer", "handynummer", "hotline", "tel.",
              "mob", "rückruf", "durchwahl", "landline", "signal", "reach me"],
    "EMAIL": ["e-mail", "email", "mail", "mailadresse", "e-mail-adresse", "adresse", "address", "contact",
              "kontakt", "schreib", "write to", "inbox", "postfach", "gmail"],
    "DE_STEUER_ID": ["steuer-id", "steuerid", "steuer id", "identifikationsnummer", "idnr", "tin", "tax id",
                     "steuerliche", "steuer-identifikationsnummer"],
    "DE_STEUERNUMMER": ["steuernummer", "st.-nr", "stnr", "st-nr", "finanzamt", "tax number"],
    "DE_USTID": ["ust-id", "ustid", "ust-idnr", "umsatzsteuer", "vat", "ust.-id", "ust id"],
    "DE_RVNR": ["rentenversicherung", "sozialversicherungsnummer", "sv-nummer", "versicherungsnummer",
                "rvnr", "rentenversicherungsnummer", "social security", "sozialversicherung", "drv"],
    "DE_KVNR": ["krankenversichertennummer", "versichertennummer", "krankenkasse", "versicherungsnummer",
                "kvnr", "health insurance", "insurance number", "gesundheitskarte", "egk", "kasse", "tk", "aok"],
    "DE_ID_CARD": ["ausweis", "personalausweis", "ausweisnummer", "perso", "id card", "identity card",
                   "id-karte", "ausweisnr"],
    "DE_PASSPORT": ["reisepass", "pass", "passnummer", "passport", "reisepassnummer"],
    "AT_SVNR": ["sozialversicherungsnummer", "sv-nummer", "svnr", "versicherungsnummer", "e-card", "sv-nr",
                "sozialversicherung"],
    "CH_AHV": ["ahv", "ahv-nummer", "ahv-nr", "sozialversicherungsnummer", "avs", "ahv-ausweis"],
    "US_SSN": ["ssn", "social security", "social"],
    "ES_DNI": ["dni", "documento", "nif", "documento nacional"],
    "ES_NIE": ["nie", "número de identidad", "nie-nummer"],
    "FR_NIR": ["nir", "sécurité sociale", "securite sociale", "sécu", "secu", "social security", "insee",
               "carte vitale", "numéro de sécu"],
    "IT_CODICE_FISCALE": ["codice fiscale", "cf", "tax code", "codice", "fiscal code", "steuernummer"],
    "UK_NHS": ["nhs", "nhs number", "nhs no"],
    "UK_NINO": ["national insurance", "ni number", "nino", "ni no", "ni"],
    "NL_BSN": ["bsn", "burgerservicenummer", "sofinummer"],
    "BE_NATIONAL_NUMBER": ["rijksregisternummer", "national number", "numéro national", "nationalnummer",
                           "registre national", "rijksregister", "nationale nummer", "insz"],
    "PL_PESEL": ["pesel"],
    "ICD10": ["icd", "diagnose", "diagnos", "code", "schlüssel", "au", "krankschreibung", "attest",
              "sick note", "befund"],
}
for _t in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
    CONTEXT[_t] = _HEALTH_CTX


def _ctx_re(words):
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        e = re.escape(w)
        if len(re.sub(r"\W", "", w)) <= 4:
            parts.append(r"(?<![a-zäöüß0-9])" + e + r"(?![a-zäöüß])")
        else:
            parts.append(r"(?<![a-zäöüß0-9])" + e)
    return re.compile("|".join(parts))


CTX_RE = {k: _ctx_re(v) for k, v in CONTEXT.items()}


def has_context(text, start, end, typ, other_spans):
    chars = list(text)
    for s, e in other_spans:
        for k in range(s, e):
            chars[k] = "#"
    masked = "".join(chars).lower()
    before = masked[max(0, start - 45):start]
    after = masked[end:end + 30]
    rx = CTX_RE[typ]
    return bool(rx.search(before) or rx.search(after))


# ---------------------------------------------------------------- template filling
TOKEN_RE = re.compile(r"\{([A-Za-z_0-9]+)(?::([^}=]*))?(?:=([a-z_]+))?\}|\[\[(.+?)\|([A-Za-z_:0-9]+)\]\]",
                      re.S)
VALUE_SLOTS = {"IBAN", "BIC", "CARD", "EXP", "CVC", "PHONE", "EMAIL", "ID", "H", "ICD"}
PETS = ["Bello", "Luna", "Minka", "Rocky", "Balu", "Mimi", "Charlie", "Paula", "Felix", "Nala", "Buddy",
        "Maya", "Oscar", "Daisy", "Milo"]


def template_is_clean(t):
    for m in TOKEN_RE.finditer(t):
        if m.group(1) in VALUE_SLOTS:
            return False
        if m.group(5) and m.group(5).startswith("H:"):
            return False
    return True


def pick_iban_cc(lang, rng):
    if lang == "de":
        return rng.choices(["DE", "AT", "CH", "LU", "NL", "FR", "IT", "ES", "PL", "BE"],
                           [62, 12, 10, 2, 3, 3, 2, 2, 2, 2])[0]
    return rng.choices(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE", "PL", "LU", "AT", "CH"],
                       [38, 10, 10, 8, 7, 7, 5, 4, 4, 3, 2, 2])[0]


def pick_phone_cc(lang, rng):
    if lang == "de":
        return rng.choices(["DE", "AT", "CH", "NL", "PL", "FR", "IT", "GB", "ES", "US"],
                           [64, 13, 12, 2, 2, 2, 2, 1, 1, 1])[0]
    return rng.choices(["GB", "US", "DE", "FR", "IT", "ES", "NL", "PL", "AT", "CH"],
                       [40, 30, 6, 5, 4, 4, 4, 3, 2, 2])[0]


class Filler:
    def __init__(self, lang, rng, fakes):
        self.lang, self.rng, self.f = lang, rng, fakes
        self.cache = {}
        self.last_bic = None
        loc = "de_DE" if lang == "de" else rng.choice(["en_GB", "en_GB", "en_US"])
        if lang == "de" and rng.random() < 0.25:
            loc = rng.choice(["de_AT", "de_CH"])
        self.fk = fakes[loc]

    def filler(self, key):
        if key in self.cache:
            return self.cache[key]
        base = key.rstrip("0123456789")
        fk = self.fk
        if base == "first":
            v = fk.first_name()
        elif base == "last":
            v = fk.last_name()
        elif base == "name":
            v = self.filler("first" + key[4:]) + " " + self.filler("last" + key[4:])
        elif base == "city":
            v = fk.city()
        elif base == "company":
            v = fk.company()
        elif base == "street":
            v = fk.street_name()
        elif base == "pet":
            v = self.rng.choice(PETS)
        elif base == "agent":
            v = fk.first_name()
        else:
            raise KeyError(key)
        v = re.sub(r"\d", "", v).strip()
        self.cache[key] = v
        return v

    def value(self, slot, arg, forced):
        rng, lang = self.rng, self.lang
        args = [a for a in (arg or "").split(":") if a]
        if slot == "IBAN":
            cc = args[0] if args else pick_iban_cc(lang, rng)
            t, form, iban = R.render_iban(cc, rng, lang, forced)
            self.last_bic = str(iban.bic) if iban.bic else None
            return t, "IBAN", form
        if slot == "BIC":
            bic = None
            if self.last_bic:
                try:
                    if V.BIC(self.last_bic).exists:
                        bic = self.last_bic
                except Exception:
                    bic = None
            if not bic:
                bic = R.random_bic(args[0] if args else ("DE" if lang == "de" else "GB"), rng)
            t, form = R.render_bic(bic, rng, lang, forced)
            return t, "BIC", form
        if slot == "CARD":
            t, form, _ = R.render_card(rng, lang, forced, args[0] if args else None)
            return t, "CARD", form
        if slot == "EXP":
            t, form = R.render_expiry(rng, forced)
            return t, "CARD_EXPIRY", form
        if slot == "CVC":
            t, form = R.render_cvc(rng, lang, forced, int(args[0]) if args else 3)
            return t, "CVC", form
        if slot == "PHONE":
            cc = next((a for a in args if a.isupper()), None) or pick_phone_cc(lang, rng)
            t, form, _ = R.render_phone(cc, rng, lang, forced, ext="ext" in args,
                                        kind="mobile" if "mobile" in args else None)
            return t, "PHONE", form
        if slot == "EMAIL":
            first = self.filler("first")
            last = self.filler("last")
            comp = self.cache.get("company") if "work" in args else None
            addr = R.make_email(first, last, lang, rng, comp)
            t, form = R.render_email(addr, rng, lang, forced)
            return t, "EMAIL", form
        if slot == "ID":
            t, form, _ = R.render_id(args[0], rng, lang, self.f["it_IT"], forced)
            return t, args[0], form
        if slot == "H":
            t, form = R.render_health(args[0], lang, rng, forced)
            return t, args[0], form
        if slot == "ICD":
            t, form = R.render_icd(rng, forced)
            return t, "ICD10", form
        raise KeyError(slot)


def fill(tpl, lang, rng, fakes):
    F = Filler(lang, rng, fakes)
    text = ""
    vals, negs = [], []
    last = 0
    for m in TOKEN_RE.finditer(tpl):
        text += tpl[last:m.start()]
        last = m.end()
        slot, arg, forced, lit, lkind = m.groups()
        if lit is not None:
            if lkind.startswith("H:"):
                t, form = R.render_health(lkind[2:], lang, rng, None, literal=lit)
                vals.append((len(text), len(text) + len(t), t, lkind[2:], form))
            else:
                t = lit
                negs.append((len(text), len(text) + len(t), t, lkind))
            text += t
        elif slot in VALUE_SLOTS:
            t, typ, form = F.value(slot, arg, forced)
            vals.append((len(text), len(text) + len(t), t, typ, form))
            text += t
        elif slot == "N":
            t = N.NEG[arg](rng, lang)
            negs.append((len(text), len(text) + len(t), t, arg))
            text += t
        else:
            text += F.filler(slot)
    text += tpl[last:]
    return text, vals, negs


def problems(text, vals, negs):
    """Validate one message from its text and spans alone; returns list of problems."""
    probs = []
    spans = sorted([(s, e) for s, e, *_ in vals] + [(s, e) for s, e, *_ in negs])
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            probs.append("overlap %d-%d/%d-%d" % (a, b, c, d))
    for s, e, t, typ, form in vals:
        if text[s:e] != t or t != t.strip():
            probs.append("span text " + repr(t))
        if not V.validate_value(typ, t, text, s):
            probs.append("invalid %s %r" % (typ, t))
        if s > 0 and (text[s - 1].isalnum()) or e < len(text) and text[e].isalnum():
            probs.append("glued %s %r" % (typ, t))
    for s, e, t, kind in negs:
        if text[s:e] != t or t != t.strip():
            probs.append("neg span text " + repr(t))
        for p in N.neg_problems(kind, t):
            probs.append("neg %s %r: %s" % (kind, t, p))
    chars = list(text)
    for s, e in spans:
        for k in range(s, e):
            chars[k] = " "
    rest = "".join(chars)
    if re.search(r"\d{5,}", rest) or re.search(r"\d[\d \-./]{6,}\d", rest):
        probs.append("unlabelled digits: " + repr(re.findall(r"\d[\d \-./]{3,}\d", rest)))
    if re.search(r"\w@\w", rest):
        probs.append("unlabelled e-mail")
    return probs


def build_record(i, lang, text, vals, negs):
    vspans = [(s, e) for s, e, *_ in vals]
    values = []
    for s, e, t, typ, form in sorted(vals):
        others = [x for x in vspans if x != (s, e)]
        values.append({"category": CATEGORY[typ], "type": typ if typ not in ("IBAN",) else "IBAN",
                       "form": form, "context": has_context(text, s, e, typ, others),
                       "start": s, "end": e, "text": t})
    negatives = [{"kind": k, "start": s, "end": e, "text": t} for s, e, t, k in sorted(negs)]
    return {"id": "b11-%05d" % (i + 1), "split": "blind11", "lang": lang, "text": text,
            "clean": not values, "values": values, "negatives": negatives}


def plan():
    rng = random.Random(SEED)
    out = []
    for lang, temps, n in (("de", T_DE, N_DE), ("en", T_EN, N_TOTAL - N_DE)):
        clean = [t for t in temps if template_is_clean(t)]
        dirty = [t for t in temps if not template_is_clean(t)]
        n_clean = round(n * CLEAN_SHARE)
        for pool, k in ((clean, n_clean), (dirty, n - n_clean)):
            seq = []
            while len(seq) < k:
                p = pool[:]
                rng.shuffle(p)
                seq.extend(p)
            out.extend((lang, t) for t in seq[:k])
    rng.shuffle(out)
    return out


def generate():
    fakes = {loc: Faker(loc) for loc in ("de_DE", "de_AT", "de_CH", "en_GB", "en_US", "it_IT")}
    recs = []
    for i, (lang, tpl) in enumerate(plan()):
        errs = []
        for attempt in range(300):
            rng = random.Random(f"{SEED}-{i}-{attempt}")
            for f in fakes.values():
                f.seed_instance(f"{SEED}-{i}-{attempt}")
            try:
                text, vals, negs = fill(tpl, lang, rng, fakes)
            except RuntimeError as ex:
                errs.append(str(ex))
                continue
            p = problems(text, vals, negs)
            if not p:
                recs.append(build_record(i, lang, text, vals, negs))
                break
            errs.append(p)
        else:
            if os.environ.get("B11_DEV"):
                print("FAIL", i, repr(tpl), errs[-3:], file=sys.stderr)
                continue
            raise SystemExit("message %d could not be generated from template %r\n%s" % (i, tpl, errs[-5:]))
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def check_records(recs):
    bad = 0
    for r in recs:
        text = r["text"]
        vals = [(v["start"], v["end"], v["text"], v["type"], v["form"]) for v in r["values"]]
        negs = [(n["start"], n["end"], n["text"], n["kind"]) for n in r["negatives"]]
        p = problems(text, vals, negs)
        vs = [(v["start"], v["end"]) for v in r["values"]]
        for v in r["values"]:
            others = [x for x in vs if x != (v["start"], v["end"])]
            if v["context"] != has_context(text, v["start"], v["end"], v["type"], others):
                p.append("context flag " + v["text"])
            if v["category"] != CATEGORY[v["type"]]:
                p.append("category")
        if r["clean"] != (not r["values"]):
            p.append("clean flag")
        if [x["start"] for x in r["values"]] != sorted(x["start"] for x in r["values"]):
            p.append("values unsorted")
        if [x["start"] for x in r["negatives"]] != sorted(x["start"] for x in r["negatives"]):
            p.append("negatives unsorted")
        if p:
            bad += 1
            print(r["id"], p, file=sys.stderr)
    return bad


def stats(recs):
    c = Counter()
    forms = Counter()
    negk = Counter()
    for r in recs:
        c["messages"] += 1
        c["lang_" + r["lang"]] += 1
        c["clean"] += r["clean"]
        for v in r["values"]:
            c["values"] += 1
            forms[(v["category"], v["type"], v["form"])] += 1
            c["context_true"] += v["context"]
        for n in r["negatives"]:
            negk[n["kind"]] += 1
    print(dict(c))
    bytype = Counter()
    byform = Counter()
    for (cat, typ, form), k in forms.items():
        bytype[(cat, typ)] += k
        byform[form] += k
    print("by type:", sorted(bytype.items()))
    print("by form:", sorted(byform.items(), key=lambda x: -x[1]))
    print("negatives:", sum(negk.values()), "kinds:", len(negk))
    print(sorted(negk.items(), key=lambda x: -x[1]))
    print("templates: de", len(T_DE), "en", len(T_EN), "distinct", len(set(T_DE) | set(T_EN)))


def main():
    recs = generate()
    data = dump(recs)
    if "--check" in sys.argv:
        bad = check_records([json.loads(l) for l in data.splitlines()])
        same = os.path.exists(OUT) and open(OUT, encoding="utf-8", newline="").read() == data
        if not same:
            print("file on disk differs from regenerated output", file=sys.stderr)
        if "--stats" in sys.argv:
            stats(recs)
        if bad or not same:
            print("CHECK FAILED (%d bad records)" % bad, file=sys.stderr)
            sys.exit(1)
        print("check ok: %d records" % len(recs))
        return
    bad = check_records(recs)
    if bad:
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    print("wrote %d records to %s" % (len(recs), OUT))
    if "--stats" in sys.argv:
        stats(recs)


if __name__ == "__main__":
    main()
