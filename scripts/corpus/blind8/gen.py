"""Generator for the BLIND labelled test set Tests/Fixtures/chat-blind-8.jsonl.

Written blind
-------------
This generator and its templates were written without reading the filter's
patterns, sources, tests, docs, README or any earlier corpus / blind set, and
without running the filter or any binary built from the repository. All
978 message templates (tpl_de.py, tpl_en.py, tpl_mix.py, tpl_clean.py) were
written by hand for this set: messy WhatsApp/SMS register, voice-message
transcripts, prompts pasted into an AI chatbot, forwarded e-mails and
signatures, forms copied from PDFs, quoted replies, German, English and
code-switching.

How to run
----------
    /work/main/.build/venv/bin/python scripts/corpus/blind8/gen.py           # (re)write the fixture
    /work/main/.build/venv/bin/python scripts/corpus/blind8/gen.py --check   # exit 1 if fixture differs

The output is deterministic (fixed SEED, seeded Faker, seeded schwifty random).
Both modes re-validate every value and check that every written span
de-obfuscates back to its canonical value; the statistics go to stdout.

Schema (one JSON object per line, json.dumps(..., ensure_ascii=False))
------------------------------------------------------------------------
  {"id": "b8-00001", "split": "blind8", "lang": "de"|"en", "text": str, "clean": bool,
   "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
   "negatives": [{"kind", "start", "end", "text"}]}
  * start/end are Python str (code point) offsets, text[start:end] == span text.
  * clean is true iff values is empty (456 of 1200 messages = 38 %).
  * form: "plain" (a usual written form of the value) or the obfuscation used:
    spaced, dots, dashes, nbsp, narrow_nbsp, zero_width, soft_hyphen, double_space,
    slashes, line_break, lookalike (O for 0, l/I for 1), words (digits as number
    words), mixed, lowercase, fullwidth, parenthesised (phone trunk/area code in
    brackets), at_words / bracketed / parenthesised / spaced (e-mail), nodot (ICD
    code without the dot), misspelled (health term with a patient typo; the typo'd
    span is still the value).
  * context: true when a word naming the value's kind (IBAN, Handynummer, card
    number, Steuer-ID, Diagnose, medication ...) stands within 45 characters
    before or 30 after the value (other value spans masked out), else false.
  * Health spans are the minimal term (diagnosis, symptom, medication with dose,
    treatment, ICD-10 code) and only where it is about the writer or someone close.
    For German ICD-10-GM style codes ("F32.1 G") only the code is labelled.
  * negatives: hard negatives (order/invoice/tracking/customer numbers, dates,
    amounts, IBAN-shaped catalogue codes, documentation sample IBANs/test cards,
    figurative / pet / device / news / product / fiction health words, ...).

Validity
--------
IBANs: schwifty (bank from schwifty's registry, national check digits generated
and verified with validate_bban=True). BIC: the bank's BIC from the registry
(BIC.exists). Cards: Luhn with real brand prefixes (Visa 4, Mastercard 51-55 /
2221-2720, Amex 34/37), public test numbers excluded. Phones:
phonenumbers.is_valid_number (DE, AT, CH, GB, US, FR, IT, ES, NL, PL; Ofcom
drama ranges and US 555 excluded). IDs: python-stdnum validators (AT vnr, CH
ssn, DE idnr / stnr / vat, US ssn, ES nie / dni, FR nir, IT codicefiscale, GB
nhs, NL bsn, BE nn, PL pesel); published algorithms where stdnum has none: DE
RVNR (weights 2121 2121 2121 + cross sum, mod 10), DE KVNR (letter as 01-26,
weights 1-2, mod 10), DE Personalausweis / Reisepass (ICAO 9303 7-3-1 check digit,
written as 9-character document number + check digit), UK NINO (prefix rules).
ICD-10 codes: simple_icd_10_cm.is_valid_item.

Data packages used (licences as found in the installed package metadata)
------------------------------------------------------------------------
  * Faker 40.54.0 - "License: MIT License", LICENSE.txt MIT. Used for filler names,
    cities, streets, company names (not labelled).
  * python-stdnum 2.2 - metadata "License: LGPL", classifier "GNU Lesser General
    Public License v2 or later (LGPLv2+)"; COPYING is the LGPL 2.1 text with "version
    2.1 of the License, or (at your option) any later version", i.e.
    LGPL-2.1-or-later. Used only as a tool (validators / check digits); none of its
    code or data is copied into the fixture.
  * schwifty 2026.10.1 - "License-Expression: MIT". IBAN/BIC generation and validation
    from its bundled bank registry.
  * phonenumbers 9.0.43 - "License-Expression: Apache-2.0". Phone validation/formatting.
  * simple_icd_10_cm 1.5.0 - the package is MIT ("Classifier: License :: OSI Approved
    :: MIT License", LICENSE MIT, (c) Stefano Travasci). Its README (in METADATA)
    states the bundled data (icd10cm tabular XML + code list, April 2026 release) was
    taken from the CDC website; the metadata itself states no licence for that data.
    ICD-10-CM is published by CDC/NCHS, a US federal work, and is generally
    regarded as public domain (that is our understanding, not a statement found
    in the package). Used only to check that codes exist.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sys
from pathlib import Path

from faker import Faker

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import health as H  # noqa: E402
import negatives as N  # noqa: E402
import values as V  # noqa: E402
from tpl_clean import CLEAN_DE, CLEAN_EN  # noqa: E402
from tpl_de import DE  # noqa: E402
from tpl_en import EN  # noqa: E402
from tpl_mix import MIX, MIX_CLEAN  # noqa: E402

SEED = 8_2025_0808
N_TOTAL = 1200
N_CLEAN = 456
P_OBF = 0.12
P_TYPO = 0.06
ROOT = HERE.parents[2]
OUT = ROOT / "Tests" / "Fixtures" / "chat-blind-8.jsonl"

HEALTH_SLOTS = {"DIAG": ("DIAGNOSIS", H.DIAG), "SYMPT": ("SYMPTOM", H.SYMPT), "MED": ("MEDICATION", H.MED),
                "TREAT": ("TREATMENT", H.TREAT)}
FILLERS = {"NAME", "FIRST", "LAST", "CITY", "COMPANY", "STREET", "DOB"}
HEALTH_TYPES = {"DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT", "ICD10"}

# ------------------------------------------------------------------ context keywords
KW = {
    "PHONE": [r"\btel\b", r"\btel\.", r"telefon", r"\bhandy", r"mobil", r"phone", r"\bcell\b", r"festnetz",
              r"rufnummer", r"landline", r"\bmob\b", r"durchwahl", r"\bm\.\s", r"^\s*[TM][:.]?\s", r"\bdirect\b",
              r"notfallnummer", r"\bnummer\b", r"\bnumber\b", r"\bnr\b", r"\bnum\b", r"emergency no"],
    "IBAN": [r"iban", r"konto", r"bankverbindung", r"account", r"bank details", r"bankdaten", r"bank acc"],
    "CARD": [r"karte", r"\bcard\b", r"kreditkart", r"\bvisa\b", r"mastercard", r"\bamex\b", r"\bcc\b", r"kartennr",
             r"card no", r"debit", r"credit"],
    "CARD_EXPIRY": [r"gültig", r"ablauf", r"\bexp", r"valid", r"läuft", r"expir"],
    "CVC": [r"\bcvc", r"\bcvv", r"\bccv", r"\bcid\b", r"prüfziffer", r"sicherheitscode", r"security code", r"code on the back",
            r"hinten drauf", r"\bcode\b"],
    "BIC": [r"\bbic\b", r"swift"],
    "EMAIL": [r"e-?mail", r"\bmail", r"\be\.\s", r"^\s*E:\s"],
    "DE_RVNR": [r"rentenversicherung", r"\brv[\s-]?n", r"sozialversicherung", r"\bsv[\s-]?n", r"versicherungsnummer",
                r"pension insurance"],
    "DE_KVNR": [r"krankenversicherten", r"versichertennummer", r"versicherten-?nr", r"versichertennr", r"\bkvnr",
                r"gesundheitskarte", r"krankenkassen nr", r"health insurance number", r"versichertennummer"],
    "AT_SVNR": [r"sozialversicherung", r"\bsv[\s-]?n", r"e-card", r"versicherungsnummer", r"social security"],
    "UK_NINO": [r"national insurance", r"\bni\b", r"\bnino\b"],
    "DE_STEUERNUMMER": [r"steuernummer", r"\bst\.?-?nr", r"steuernr", r"tax number"],
    "CH_AHV": [r"\bahv", r"sozialversicherungsnummer"],
    "DE_STEUER_ID": [r"steuer-?\s?id", r"identifikationsnummer", r"tax id", r"\bid\b"],
    "US_SSN": [r"\bssn\b", r"social security", r"\bsocial\b"],
    "ES_NIE": [r"(?-i:\bNIE\b)", r"^\s*nie\b"],
    "FR_NIR": [r"\bnir\b", r"sécu", r"social security", r"carte vitale"],
    "IT_CODICE_FISCALE": [r"codice fiscale", r"\bcf\b"],
    "DE_ID_CARD": [r"ausweis", r"\bperso\b", r"id card"],
    "UK_NHS": [r"\bnhs\b"],
    "DE_PASSPORT": [r"reisepass", r"passnummer", r"passport", r"\bpass\b"],
    "NL_BSN": [r"\bbsn\b", r"burgerservicenummer"],
    "DE_USTID": [r"\bust\b", r"\bust[.-]", r"ustid", r"umsatzsteuer", r"\bvat\b"],
    "BE_NATIONAL_NUMBER": [r"rijksregisternummer", r"national number"],
    "ES_DNI": [r"\bdni\b"],
    "PL_PESEL": [r"pesel"],
    "DIAGNOSIS": [r"diagnos", r"befund", r"erkrankung", r"krankheit", r"condition", r"\bdx\b", r"medical:",
                  r"erkrankungen"],
    "SYMPTOM": [r"symptom", r"beschwerden", r"presenting complaint"],
    "MEDICATION": [r"medikament", r"medication", r"\bmeds\b", r"tablette", r"\bpills?\b", r"rezept", r"prescri",
                   r"verschrieben", r"\brx\b", r"verordnung"],
    "TREATMENT": [r"therapie", r"therapy", r"behandlung", r"treatment", r"\bplan:", r"verordnung", r"referral",
                  r"überweisung"],
    "ICD10": [r"\bicd", r"diagnos", r"\bdx\b", r"code"],
}
KW_RE = {t: [re.compile(p, re.I | re.M) for p in ps] for t, ps in KW.items()}

VOICE = re.compile(r"sprachnachricht|transkript|voice|voicemail", re.I)
RARE_SLOTS = re.compile(r"\{(%s|BIC|CVC|EXP)[:}]" % "|".join(V.ID_TYPES))
TOKEN = re.compile(r"\{([A-Z0-9_]+)(?::([a-z_]+))?\}|⟨([a-z_]+)⟩|\[\[([A-Za-z0-9_]+):([^\]]+?)\]\]")


class Ctx:
    """Per-message state: filler person, last IBAN/card (for BIC / CVC)."""

    def __init__(self, lang, rng, fakers):
        self.lang = lang
        self.rng = rng
        loc = rng.choice(["de_DE", "de_DE", "de_DE", "de_AT", "de_CH"]) if lang == "de" else rng.choice(["en_GB", "en_GB", "en_US"])
        self.fk = fakers[loc]
        self.loc = loc
        self.first = self.fk.first_name()
        self.last = self.fk.last_name()
        self.company = None
        self.last_iban = None
        self.last_card = None

    def filler(self, name):
        fk, rng = self.fk, self.rng
        if name == "NAME":
            return f"{self.first} {self.last}"
        if name == "FIRST":
            return self.first
        if name == "LAST":
            return self.last
        if name == "CITY":
            return fk.city()
        if name == "STREET":
            return fk.street_name()
        if name == "COMPANY":
            if self.company is None:
                self.company = re.sub(r"\d", "", fk.company()).strip()
            return self.company
        if name == "DOB":
            y, m, d = rng.randint(1950, 2004), rng.randint(1, 12), rng.randint(1, 28)
            if self.lang == "de":
                return f"{d:02d}.{m:02d}.{y}"
            return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {N.MONTHS_EN[m - 1]} {y}"])
        raise KeyError(name)


def default_region(kind, lang, rng):
    r = rng.random()
    if kind == "PHONE":
        if lang == "de":
            return "DE" if r < 0.62 else "AT" if r < 0.77 else "CH" if r < 0.9 else rng.choice(["FR", "IT", "ES", "NL", "PL"])
        return "GB" if r < 0.45 else "US" if r < 0.72 else rng.choice(["DE", "FR", "IT", "ES", "NL", "PL"])
    if lang == "de":
        return "DE" if r < 0.65 else "AT" if r < 0.8 else "CH" if r < 0.9 else rng.choice(["FR", "IT", "ES", "NL", "BE", "PL"])
    return "GB" if r < 0.45 else rng.choice(["DE", "FR", "ES", "IT", "NL", "BE", "PL", "DE"])


def make_value(slot, ctx, tpl):
    rng, lang = ctx.rng, ctx.lang
    if slot.startswith("PHONE"):
        parts = slot.split("_")[1:]
        region = next((p for p in parts if p not in ("MOB", "FIX")), None) or default_region("PHONE", lang, rng)
        kind = "mob" if "MOB" in parts else "fix" if "FIX" in parts else ("mob" if rng.random() < 0.72 else "fix")
        if (region, kind) not in V.PHONE_PREFIX:
            kind = "mob"
        return V.gen_phone(rng, region, kind)
    if slot.startswith("IBAN"):
        parts = slot.split("_")[1:]
        v = V.gen_iban(rng, parts[0] if parts else default_region("IBAN", lang, rng))
        ctx.last_iban = v
        return v
    if slot == "BIC":
        src = ctx.last_iban or V.gen_iban(rng, default_region("IBAN", lang, rng))
        return V.gen_bic(rng, src.extra["bic"])
    if slot.startswith("CARD"):
        brand = {"CARD": None, "CARD_VISA": "visa", "CARD_MC": rng.choice(["mc", "mc2"]), "CARD_AMEX": "amex"}[slot]
        v = V.gen_card(rng, brand)
        ctx.last_card = v
        return v
    if slot == "EXP":
        return V.gen_expiry(rng)
    if slot == "CVC":
        return V.gen_cvc(rng, amex=bool(ctx.last_card and ctx.last_card.extra["brand"] == "amex"))
    if slot == "EMAIL":
        company = ctx.company if ("{COMPANY}" in tpl and rng.random() < 0.6) else None
        if company is None and "{COMPANY}" in tpl and rng.random() < 0.5:
            company = ctx.filler("COMPANY")
        if rng.random() < 0.7 or company:
            return V.gen_email(rng, lang, ctx.first, ctx.last, company)
        other = ctx.fk
        return V.gen_email(rng, lang, other.first_name(), other.last_name())
    if slot == "ICD":
        return V.gen_icd(rng)
    if slot in V.ID_TYPES:
        return V.gen_id(rng, slot)
    raise KeyError(slot)


def health_slot(slot, ctx):
    t, lists = HEALTH_SLOTS[slot]
    term = ctx.rng.choice(lists[ctx.lang])
    prefix = ""
    if "|" in term:
        prefix, term = term.split("|")
    written, form = term, "plain"
    if ctx.rng.random() < P_TYPO:
        cands = [(k, ty) for k, tys in H.TYPOS[t].items() if k in term for ty in tys]
        if cands:
            k, ty = ctx.rng.choice(cands)
            written, form = term.replace(k, ty, 1), "misspelled"
    return t, prefix, written, term, form


def choose_and_render(slot, forced, ctx, tpl):
    rng = ctx.rng
    for _ in range(200):
        v = make_value(slot, ctx, tpl)
        if forced:
            s = V.render(v, forced, ctx.lang, rng)
            if s is not None:
                return v, forced, s
            continue
        if v.type in V.OBF_FORMS and rng.random() < P_OBF:
            forms = [f for f in V.OBF_FORMS[v.type] if f != "words" or VOICE.search(tpl)]
            rng.shuffle(forms)
            for f in forms:
                s = V.render(v, f, ctx.lang, rng)
                if s is not None:
                    return v, f, s
        return v, "plain", V.render(v, "plain", ctx.lang, rng)
    raise RuntimeError(f"cannot render {slot}:{forced}")


def build_message(lang, tpl, rng, fakers):
    ctx = Ctx(lang, rng, fakers)
    text = ""
    values, negs = [], []
    pos = 0
    for m in TOKEN.finditer(tpl):
        text += tpl[pos:m.start()]
        pos = m.end()
        slot, forced, negkind, itype, ibody = m.groups()
        if slot:
            if slot in FILLERS:
                text += ctx.filler(slot)
            elif slot in HEALTH_SLOTS:
                t, prefix, written, canon, form = health_slot(slot, ctx)
                text += prefix
                values.append(dict(type=t, form=form, start=len(text), text=written, canon=canon, region=""))
                text += written
            else:
                v, form, s = choose_and_render(slot, forced, ctx, tpl)
                values.append(dict(type=v.type, form=form, start=len(text), text=s, canon=v.canon, region=v.region))
                text += s
        elif negkind:
            s = N.gen_negative(negkind, lang, rng)
            negs.append(dict(kind=negkind, start=len(text), text=s))
            text += s
        else:
            if itype == "neg":
                kind, s = ibody.split(":", 1)
                negs.append(dict(kind=kind, start=len(text), text=s))
                text += s
            else:
                written, _, canon = ibody.partition("|")
                canon = canon or written
                form = "plain" if canon == written else "misspelled"
                values.append(dict(type=itype, form=form, start=len(text), text=written, canon=canon, region=""))
                text += written
    text += tpl[pos:]
    for d in values + negs:
        d["end"] = d["start"] + len(d["text"])
    # context: keyword near the value, other value spans masked
    masked = list(text)
    for d in values:
        for i in range(d["start"], d["end"]):
            masked[i] = "\x00"
    masked = "".join(masked)
    for d in values:
        window = masked[max(0, d["start"] - 45):d["start"]] + "\n" + masked[d["end"]:d["end"] + 30]
        d["context"] = any(r.search(window) for r in KW_RE[d["type"]])
    return text, values, negs


def take(pool, n, rng):
    seq = []
    while len(seq) < n:
        p = list(pool)
        rng.shuffle(p)
        seq += p
    return seq[:n]


def generate():
    rng = random.Random(SEED)
    fakers = {}
    for i, loc in enumerate(["de_DE", "de_AT", "de_CH", "en_GB", "en_US"]):
        f = Faker(loc)
        f.seed_instance(SEED + i)
        fakers[loc] = f
    value_pool = [("de", t) for t in DE] + [("en", t) for t in EN] + list(MIX)
    clean_pool = [("de", t) for t in CLEAN_DE] + [("en", t) for t in CLEAN_EN] + list(MIX_CLEAN)
    # every value template once; the remaining picks favour templates with the rarer types
    n_value = N_TOTAL - N_CLEAN
    picks = take(value_pool, len(value_pool), rng)
    rare = [lt for lt in value_pool if RARE_SLOTS.search(lt[1])]
    picks += take(rare, n_value - len(picks), rng)
    jobs = [(l, t, False) for l, t in picks] + \
           [(l, t, True) for l, t in take(clean_pool, N_CLEAN, rng)]
    rng.shuffle(jobs)
    rows = []
    seen = set()
    pools = {False: value_pool, True: clean_pool}
    for i, (lang, tpl, is_clean) in enumerate(jobs, 1):
        for attempt in range(40):
            text, values, negs = build_message(lang, tpl, rng, fakers)
            if text not in seen:
                break
            if attempt >= 4:  # template without random parts: take another one from the same pool
                lang, tpl = rng.choice(pools[is_clean])
        else:
            raise RuntimeError("cannot avoid duplicate text")
        seen.add(text)
        if is_clean != (not values):
            raise RuntimeError(f"template clean mismatch: {tpl!r}")
        rows.append({
            "id": f"b8-{i:05d}", "split": "blind8", "lang": lang, "text": text, "clean": not values,
            "values": [{"category": V.CATEGORY[d["type"]], "type": d["type"], "form": d["form"],
                        "context": d["context"], "start": d["start"], "end": d["end"], "text": d["text"],
                        "_canon": d["canon"], "_region": d["region"]} for d in sorted(values, key=lambda d: d["start"])],
            "negatives": [{"kind": d["kind"], "start": d["start"], "end": d["end"], "text": d["text"]}
                          for d in sorted(negs, key=lambda d: d["start"])],
        })
    return rows


def verify(rows):
    """Re-validate every value and check de-obfuscation; raise on any problem."""
    problems = []
    health_terms = {t for lists in (H.DIAG, H.SYMPT, H.MED, H.TREAT) for l in lists.values() for t in l}
    for r in rows:
        text = r["text"]
        if any(c in text for c in "{}⟨⟩") or "[[" in text:
            problems.append((r["id"], "template residue"))
        spans = []
        for v in r["values"]:
            if text[v["start"]:v["end"]] != v["text"] or not v["text"].strip():
                problems.append((r["id"], "offset", v))
            t, canon = v["type"], v["_canon"]
            if t in HEALTH_TYPES and t != "ICD10":
                if (v["form"] == "plain") != (v["text"] == canon):
                    problems.append((r["id"], "health form", v))
                continue
            if not V.validate_value(t, canon):
                problems.append((r["id"], "invalid", v))
            if not V.matches(v["text"], t, canon, v["_region"]):
                problems.append((r["id"], "deobfuscation", v))
            if v["form"] == "plain" and t not in ("PHONE", "EMAIL", "CARD_EXPIRY") and \
                    re.sub(r"[\s./-]", "", v["text"]).upper() != canon.replace(".", "") and t != "ICD10":
                problems.append((r["id"], "plain not compact-equal", v))
            spans.append((v["start"], v["end"]))
        for n in r["negatives"]:
            if text[n["start"]:n["end"]] != n["text"]:
                problems.append((r["id"], "neg offset", n))
            spans.append((n["start"], n["end"]))
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                problems.append((r["id"], "overlap"))
        if r["clean"] != (not r["values"]):
            problems.append((r["id"], "clean flag"))
    _ = health_terms
    if problems:
        for p in problems[:40]:
            print("PROBLEM", p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems")


def serialise(rows):
    out = []
    for r in rows:
        r = dict(r)
        r["values"] = [{k: v for k, v in d.items() if not k.startswith("_")} for d in r["values"]]
        out.append(json.dumps(r, ensure_ascii=False))
    return ("\n".join(out) + "\n").encode("utf-8")


def stats(rows):
    vals = [v for r in rows for v in r["values"]]
    negs = [n for r in rows for n in r["negatives"]]
    c = collections.Counter
    print(f"messages: {len(rows)}  clean: {sum(r['clean'] for r in rows)} "
          f"({100 * sum(r['clean'] for r in rows) / len(rows):.1f}%)  "
          f"lang: {dict(c(r['lang'] for r in rows))}")
    n_tpl = len(DE) + len(EN) + len(MIX) + len(CLEAN_DE) + len(CLEAN_EN) + len(MIX_CLEAN)
    print(f"templates: {n_tpl} (value de {len(DE)}, en {len(EN)}, mixed {len(MIX)}; clean de {len(CLEAN_DE)}, "
          f"en {len(CLEAN_EN)}, mixed {len(MIX_CLEAN)})")
    obf = sum(v["form"] != "plain" for v in vals)
    print(f"values: {len(vals)}  non-plain: {obf} ({100 * obf / len(vals):.1f}%)  "
          f"context true: {sum(v['context'] for v in vals)}")
    print("by category:", dict(sorted(c(v["category"] for v in vals).items())))
    print("by type:", dict(sorted(c(v["type"] for v in vals).items())))
    print("by form:", dict(c(v["form"] for v in vals).most_common()))
    print(f"negatives: {len(negs)} in {len(set(n['kind'] for n in negs))} kinds")
    print("negatives by kind:", dict(c(n["kind"] for n in negs).most_common()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="regenerate in memory, exit 1 if the fixture differs")
    a = ap.parse_args()
    rows = generate()
    verify(rows)
    data = serialise(rows)
    assert data.count(b"\n") == N_TOTAL
    if a.check:
        same = OUT.exists() and OUT.read_bytes() == data
        stats(rows)
        print("check:", "OK, fixture is up to date" if same else "DIFFERS")
        sys.exit(0 if same else 1)
    OUT.write_bytes(data)
    stats(rows)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
