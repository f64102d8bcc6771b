#!/usr/bin/env python3
"""Blind test set no. 21 for the customer-chat sensitive-data filter.

WRITTEN BLIND
    This generator, its template files (templates_de.py, templates_en.py) and the term
    list (terms.py) were written without knowledge of the filter.  The only repository
    file read was scripts/corpus/blind20/gen.py, read in full (`wc -l`, then `sed -n` in
    ranges; a few ranges were printed a second time because the tool's output had cut them
    short), copied with `cp` to scripts/corpus/blind21/gen.py and adapted here.  On the
    copy (my own file) `grep -o` listed the existing negative-kind names and the terms.*
    names the code refers to.  Not opened: blind20's templates_de.py / templates_en.py /
    terms.py, anything under patterns/, Sources/, Tests/ (other than writing the output
    file), README, docs, other scripts, other blind sets, git history.  Directory listings
    that showed names only (nothing found that way was opened): `ls scripts/corpus/`,
    `ls scripts/corpus/blind20/`, `ls /work/main/.build/` and `ls .build/venv/bin/python`
    (to find the venv).  Outside the repository /work/.library/env/README.md was read.
    No git command, no `veil`, no swift was run; the filter was not run; the search tools
    were not used.
    /work/main/.build/venv existed and `pip list` showed exactly the versions blind20's
    docstring names (list below), so it was used for everything; no scratch venv was made.
    Ran: gen.py (write, --stats, --check, --check --stats), /tmp/b21_patch1.py,
    /tmp/b21_patch2.py and /tmp/b21_patch3.py (patched the copied gen.py; patch1 inserted
    /tmp/b21_code.py: undo_b21_early / undo_b21_late, obfuscate_b21, neg_gen_b21),
    /tmp/b21_fix1.py ... /tmp/b21_fix6.py and small inline python snippets that edited my
    own template / term / gen files, /tmp/b21_check.py (renders every template slot: health
    alternatives valid, literal negatives clean, every negative kind generable, known
    filler and form names, no literal 5+ digit runs, no stray braces), /tmp/b21_healthscan.py
    (health terms left outside any span), /tmp/b21_sample.py (sample printer) and inline
    snippets that printed samples, slot counts per template and test outputs of the new
    syllable / pair-word / area-code helpers, or read package licences with
    importlib.metadata.  Shell tools: ls, wc, sed (-n to read; -i on my own template and
    gen files), grep, mkdir, cp, cat, head, tail, awk, sort, uniq, tr, time, rm.  Files written: the four files in scripts/corpus/blind21/ and
    Tests/Fixtures/chat-blind-21.jsonl.  Scratch (all deleted): /tmp/b21_kinds.txt,
    /tmp/b21_code.py, /tmp/b21_patch1.py, /tmp/b21_patch2.py, /tmp/b21_patch3.py,
    /tmp/b21_fix1.py ... /tmp/b21_fix6.py, /tmp/b21_check.py, /tmp/b21_healthscan.py,
    /tmp/b21_sample.py, /tmp/b21_stats.txt, /tmp/b21_doc.txt (this docstring),
    /tmp/b21_doc.py, and the __pycache__ folder Python left in scripts/corpus/blind21/.
    The generator code that came with the copy (value generators, validators, the
    blind13-20 negative kinds and filler lists, the blind13-20 obfuscation forms) was kept
    as code.  Everything specific to blind set 21 -- all templates, all health terms and
    hard-negative phrase lists in terms.py, the new forms, the new negative kinds, the
    new fillers, the sub-locale hints -- was written fresh, for scenarios not in blind20's
    SCENARIOS list.

HOW TO RUN
    /work/main/.build/venv/bin/python scripts/corpus/blind21/gen.py            # write file
    /work/main/.build/venv/bin/python scripts/corpus/blind21/gen.py --check    # verify
    /work/main/.build/venv/bin/python scripts/corpus/blind21/gen.py --stats    # counts
    (--check and --stats can be combined.)  Seed 2021; output is deterministic.
    --check regenerates the set in memory, re-validates every value and negative from
    its span text alone (and its form), checks offsets / ordering / overlaps / digit runs /
    context flags / CVC card-code words / glued labels / notes after reversed values /
    area-code words / at least 280 negative kinds and 2,500 negatives, and exits 1 on any
    failure or if Tests/Fixtures/chat-blind-21.jsonl on disk differs byte for byte from
    the regenerated output.

SCENARIOS (templates written for this set; German and English, each with clean variants)
    online pharmacies and local pharmacy delivery (e-prescription tokens stuck "in
    Belieferung", warm insulin parcels, controlled-drug scripts refused, exemption from the
    prescription charge, discreet packaging for the pill, GLP-1 private prescriptions);
    telehealth chatbots and symptom checkers (bot transcripts, triage levels, intake forms,
    unencrypted chatbot exports, fit notes with ICD codes); mobile phone contracts, SIM swaps
    and porting (replacement and eSIMs, SIM-swap fraud, throttling, handset finance, stolen
    phones); car insurance claims after accidents (whiplash and concussion, the other
    driver's details, no-claims step-backs, towing, hire cars, garages); pet insurance (pet
    illnesses and vet bills as hard-negative material, next to the owner's own hospital
    stay); tenancy deposit disputes (check-out reports, deductions, mould and rent
    reduction, moving for accessibility); gyms (freezing and cancelling for injuries and
    pregnancy, rehab-sport classes, double charges, trainers' advice on medication); home
    care services (new clients after falls, invoices, carers gossiping about neighbours,
    Spitex / Heimhilfe); student loans and universities (BAföG / SLC / FAFSA, exam
    adjustments for dyslexia, diabetes, epilepsy); couriers and parcel lockers (cold-chain
    medicine parcels, lockers, customs fees, proxies); bank fraud reports and card blocking
    (impersonation scams, relatives with dementia, ATMs, chargebacks, gambling blocks, fake
    "safe accounts"); crypto exchanges (withdrawals, KYC, wrong networks, tax reports;
    wallet addresses and tx hashes as negatives); tax advisers (medical and IVF costs,
    disability allowance, VAT IDs, pension numbers); funeral homes (causes of death, death
    certificates, obituaries, pacemakers before cremation, probate); mental-health apps
    (activation codes, mood journals with crisis content, subject access requests,
    hashtags); addiction counselling (anonymous first contact, relatives, substitution,
    gambling, funding); rehab after surgery (AHB / Reha-Antrag, dialysis and CPAP during
    the stay); prompts to an LLM and voice-dictation transcripts ("Komma", "Punkt", "full
    stop", "new line") across those scenarios.  Cross-border IDs inside them (BSN, NIE /
    DNI, codice fiscale, NIR, Belgian national number, PESEL, SSN, NHS number, NINO, AHV,
    Austrian SVNR).  Styles: informal chat with typos and emoji, run-on messages, voice
    transcripts, pasted JSON from apps, quoted replies, Swiss and Austrian wording, US and
    UK flavour.

OUTPUT  Tests/Fixtures/chat-blind-21.jsonl, 1,200 lines, json.dumps(ensure_ascii=False):
    {"id": "b21-00001", "split": "blind21", "lang": "de"|"en", "text": str,
     "clean": bool,
     "values":    [{"category", "type", "form", "context", "start", "end", "text"}],
     "negatives": [{"kind", "start", "end", "text"}]}
    start/end are Python code-point offsets (text[start:end] == span text), lists
    sorted by start, negatives never overlap values, clean == (values == []).
    category/type: IBAN/IBAN; FINANCIAL/CARD|CARD_EXPIRY|CVC|BIC; PHONE/PHONE;
    CONTACT/EMAIL; ID/DE_STEUER_ID|DE_STEUERNUMMER|DE_USTID|DE_RVNR|DE_KVNR|
    DE_ID_CARD|DE_PASSPORT|AT_SVNR|CH_AHV|US_SSN|ES_DNI|ES_NIE|FR_NIR|IT_CF|UK_NHS|
    UK_NINO|NL_BSN|BE_NN|PL_PESEL; HEALTH/DIAGNOSIS|SYMPTOM|MEDICATION|TREATMENT|ICD10.
    form: plain or one of the obfuscation forms listed in FORMS.
    context: True iff a context word for that type (CTX) starts within 45 characters
    before the span or within 30 characters after it (unchanged from blind20).
    Text placed by a form outside the span (the label of glued_label, "Vorwahl " before
    area_code_then, the note after reversed) is plain text, neither value nor negative.

VALIDITY RULES (as in blind20, whose rules are kept; blind21 first undoes its own forms:
undo_b21_early -- JSON string escapes \\n \\r \\t \\uXXXX and combining marks (category Mn,
after NFC) -- runs before undo_b20; undo_b21_late -- "…, dann" / "and then" connectors
between digits, dictated separators ("Schrägstrich" / "slash" -> "/", "Strich" / "dash" /
"hyphen" -> "-", "Leerzeichen" / "space" -> " "), typographic dashes -> "-", and two-digit
number words ("zweiundvierzig", "siebzehn", "forty-two", "twelve") -> digits -- runs at the
end of undo_b19.  A reversed value is validated read backwards.  Health forms: typo_head =
edit distance <= 2 to a term with the first difference inside the first four letters of
a word; hashtag_phrase = "#" + CamelCase tag of 3+ words containing a term; syllable_hyphens
= a term once the hyphens are removed, with 2+ added hyphens)
    IBAN: schwifty IBAN().  BIC: schwifty BIC(...).exists.  CARD: Visa / Mastercard / Amex
    / Discover / JCB prefixes, Luhn valid, not a well-known test number.  CARD_EXPIRY:
    month 1-12 + year 2025-2035.  CVC: 3-4 digits with a card-code word nearby.  PHONE:
    phonenumbers.is_valid_number for DE AT CH GB US FR IT ES NL PL, mobile / fixed line,
    no fictional ranges.  EMAIL: local@domain.tld after undoing.  IDs: python-stdnum or
    the own checks (DE_RVNR, DE_KVNR, DE_ID_CARD, DE_PASSPORT, UK_NINO).  HEALTH: a term of
    that type from terms.py (older forms as in blind20).  ICD10: simple_icd_10_cm.
    Negatives must not validate as IBAN, card, phone (dates / times / pet chips excepted)
    or any ID, on the raw and undone span text and on every 5+ digit run.
    Labelling: a person's own (or their child's / relative's / named person's) diagnosis,
    symptom, drug or treatment, pregnancy and disabilities; only the term itself (a
    hashtag_phrase value is the whole hashtag, which cannot be split).  Generic words stay
    unlabelled ("Attest", "krankgeschrieben", "fit note", "Medikamente", "meds").  Pet
    health is not personal health: pet illnesses, vet procedures and vet medicines are
    hard negatives.  Hard negatives are only what a DPO would call not personal sensitive
    data: company-issued references (order, tracking, policy, claim, contract, customer,
    member numbers), product codes, dates, amounts, prices, versions, company hotlines and
    public service / crisis numbers, fictional or invalid look-alikes, company postcodes,
    crypto wallet addresses and tx hashes.  Not used as negatives (ambiguous): IMEI and
    ICCID (personal device identifiers), birth dates, ages, licence plates, VINs, device
    names with owner names, private addresses, IP addresses, one-time codes / TANs /
    backup codes / locker PINs, eSIM activation and porting codes.  Birth dates, ages and
    licence plates still occur, unlabelled (fillers dob_u / age_u / plate_u).

NEW OBFUSCATION FORMS (14, NEW_FORMS_B21; validated like all others)
    reversed           written backwards with a note after it: "53615 215 3400 – von hinten
                       nach vorne lesen", "moc.yks@5891pilihp - it's written backwards"
    pipes              groups separated by "|": "7429 | 32 | 412", "IT39|U084|7394|…"
    glued_label        label glued to the value: "IBAN:AT8632…", "CC:340788475019468",
                       "Email:l.jones@btinternet.com" (label outside the span)
    json_escaped       copied out of a JSON string: "AT61 3807 2765\\r\\n4814 6991",
                       "07734\\r\\n282656", "name\\u0040web.de", "\\u002b44 …"
    combining          combining underline / overline per character: "+4̲9̲ 1̲6̲0̲ 8̲2̲2̲6̲9̲1̲1̲"
    repeated_seps      doubled separators: "PL80//1240//2614//…", "+43 -- 0 -- 650 -- 9335850"
    char_spaced        every character spaced, letters lower case: "i e 7 5 j p m b 8 4 …",
                       "b r y a n j o n e s 7 @ l i v e . c o . u k"
    area_code_then     "Vorwahl ist die 07822 – dann 49956", "area code 702 and then 843 83 57"
    typo_head          health term with a typo in the first four letters: "Ishiasschmerzen",
                       "a srtoke", "jaw pian"
    hashtag_phrase     health term inside a hashtag of 3+ words: "#DarmkrebsUndTrotzdemStark",
                       "#BeatingMyCysticFibrosis"
    syllable_hyphens   health term with a hyphen per syllable: "Leu-kä-mie", "de-men-ti-a"
    pair_words         digits read out in pairs, German and English: "null eins sechs null,
                       siebzig null drei einundachtzig neunundvierzig", "plus forty-four, seven
                       eight two five, sixty-nine forty-one eighty-four", CVC "vier zweiundsiebzig"
    en_dashes          typographic dashes from autocorrect: "GB70—RSAT—3720—…", "0176—2123770"
    spoken_separators  dictated punctuation: "0228 Schrägstrich 25094994", "312 dash 816 dash 2952"
    New negative kinds (51, NEW_KINDS_B21, all occur): blister_count, pharmacy_delivery_slot,
    temp_logger, bot_triage_level, bot_question_counter, consent_version, sim_format,
    data_throttle, handset_installment, contract_end, accident_party_label, repair_estimate,
    towing_distance, sf_downgrade, pet_breed_age, vet_bill_total, deposit_interest,
    handover_defect, keys_returned, class_capacity, gym_fee_item, care_service_module,
    semester_fee, degree_programme, locker_door, delivery_attempt, merchant_location,
    atm_location, block_height, confirmations, gas_fee, trading_pair, tax_deduction_item,
    depreciation_period, funeral_flowers, obituary_format, app_streak, exercise_length,
    backwards_word, pipe_table_row, glued_label_ref, json_snippet, combining_text,
    ascii_divider, spaced_word, dialling_code, hashtag_nonhealth, syllable_word,
    amount_in_words, page_range, dictation_artifact (the last 13 are look-alikes of the
    new forms).

CONTENTS (seed 2021; `--stats` prints the full breakdown)
    1,200 messages: 600 German, 600 English; 360 clean (30.0 %), 840 with values.
    591 hand-written templates (templates_de.py 292 = 153 with values + 139 clean;
    templates_en.py 299 = 157 + 142).
    1,435 values: IBAN 197, FINANCIAL 104 (CARD 64, CARD_EXPIRY 24, CVC 16), PHONE 316,
    CONTACT/EMAIL 102, ID 155 (all 19 ID types), HEALTH 561 (DIAGNOSIS 276, TREATMENT 93,
    MEDICATION 111, SYMPTOM 70, ICD10 11).
    592 values (41.3 %) obfuscated; the 14 new forms cover 492 values (glued_label 97,
    char_spaced 56, en_dashes 51, pipes 43, pair_words 41, area_code_then 34, reversed 33,
    repeated_seps 27, spoken_separators 26, json_escaped 21, combining 20, typo_head 20,
    syllable_hyphens 13, hashtag_phrase 10); 807 values with a context word, 628 without.
    2,657 negatives of 324 kinds.  457 messages carry HEALTH values and 83 more only
    health-like negatives.
    terms.py: 1,517 distinct health terms (DIAGNOSIS 640 incl. injuries and inflected /
    lay forms, SYMPTOM 274, MEDICATION 309, TREATMENT 294; DE + EN, lay phrasings such as
    "Schilddrüse spinnt", "kotze seit gestern", "I've been throwing up", "my thyroid is
    playing up", brand names, addiction and mental-health terms), 72 split / hyphenated
    compound spellings, 102 ICD-10-CM codes (all valid), NO_RANDOM (147 terms only used
    through hand-picked alternatives), and the hard-negative phrase lists.

DATA PACKAGES (in /work/main/.build/venv; versions from pip list, licences read with importlib.metadata)
    Faker 40.54.0 (MIT) - names, streets, cities, companies, e-mail user names
    schwifty 2026.10.1 (MIT) - IBAN generation with registry bank codes, BIC registry
    python-stdnum 2.2 (LGPL) - national ID validation / check digits
    phonenumbers 9.0.43 (Apache-2.0) - phone number validation and formatting
    simple-icd-10-cm 1.5.0 (MIT) - ICD-10-CM code validation
"""
from __future__ import annotations

import html
import itertools
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "chat-blind-21.jsonl")

import phonenumbers  # noqa: E402
from phonenumbers import PhoneNumberType as PNT  # noqa: E402
import simple_icd_10_cm as icd  # noqa: E402
from faker import Faker  # noqa: E402
from schwifty import BIC, IBAN  # noqa: E402
from stdnum import luhn  # noqa: E402
from stdnum.at import vnr as at_vnr  # noqa: E402
from stdnum.be import nn as be_nn  # noqa: E402
from stdnum.ch import ssn as ch_ssn  # noqa: E402
from stdnum.de import idnr as de_idnr, stnr as de_stnr, vat as de_vat  # noqa: E402
from stdnum.es import dni as es_dni, nie as es_nie  # noqa: E402
from stdnum.fr import nir as fr_nir  # noqa: E402
from stdnum.gb import nhs as gb_nhs  # noqa: E402
from stdnum.it import codicefiscale as it_cf  # noqa: E402
from stdnum.nl import bsn as nl_bsn  # noqa: E402
from stdnum.pl import pesel as pl_pesel  # noqa: E402
from stdnum.iso7064 import mod_11_10  # noqa: E402
from stdnum import ean as std_ean  # noqa: E402

import terms  # noqa: E402
import templates_de  # noqa: E402
import templates_en  # noqa: E402

SEED = 2021
N_TOTAL = 1200
N_DE = 600
CLEAN_RATE = 0.30

ZW = "\u200b"
SHY = "\u00ad"
NBSP = "\u00a0"
NNBSP = "\u202f"
# blind17: U+FE0F (emoji variation selector) and U+20E3 (combining keycap) are dropped too, so
# that keycap digits such as "4\ufe0f\u20e3" read as plain digits.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f\u20e3"), None)
KEYCAP = "\ufe0f\u20e3"

# blind19: undoing the new obfuscation forms (applied before NFKC by every validator and by the
# negative check): HTML entities (&#64; &commat; &#43; &nbsp;), percent-encoding (%40 %2B %20),
# Eastern Arabic / Persian digits, spelling-alphabet letters ("D wie Dora", "N for November"),
# "the rest is" connectors of values split across two sentences, and enclosing quotes / code ticks.
ARABIC_DIGITS = {ord(c): str(i) for i, c in enumerate("\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")}
ARABIC_DIGITS.update({ord(c): str(i) for i, c in enumerate("\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9")})
SPELL_DE = {"A": ["Anton", "Aachen"], "B": ["Berta", "Berlin"], "C": ["Cäsar", "Chemnitz"],
            "D": ["Dora", "Düsseldorf"], "E": ["Emil", "Essen"], "F": ["Friedrich", "Frankfurt"],
            "G": ["Gustav", "Goslar"], "H": ["Heinrich", "Hamburg"], "I": ["Ida", "Ingelheim"],
            "J": ["Julius", "Jena"], "K": ["Kaufmann", "Köln"], "L": ["Ludwig", "Leipzig"],
            "M": ["Martha", "München"], "N": ["Nordpol", "Nürnberg"], "O": ["Otto", "Offenbach"],
            "P": ["Paula", "Potsdam"], "Q": ["Quelle"], "R": ["Richard", "Rostock"],
            "S": ["Samuel", "Siegfried", "Salzwedel"], "T": ["Theodor", "Tübingen"],
            "U": ["Ulrich", "Unna"], "V": ["Viktor", "Völklingen"], "W": ["Wilhelm", "Wuppertal"],
            "X": ["Xanthippe"], "Y": ["Ypsilon"], "Z": ["Zacharias", "Zeppelin", "Zwickau"]}
SPELL_EN = {"A": ["Alpha", "Alfa"], "B": ["Bravo"], "C": ["Charlie"], "D": ["Delta"], "E": ["Echo"],
            "F": ["Foxtrot"], "G": ["Golf"], "H": ["Hotel"], "I": ["India"], "J": ["Juliet", "Juliett"],
            "K": ["Kilo"], "L": ["Lima"], "M": ["Mike"], "N": ["November"], "O": ["Oscar"], "P": ["Papa"],
            "Q": ["Quebec"], "R": ["Romeo"], "S": ["Sierra"], "T": ["Tango"], "U": ["Uniform"],
            "V": ["Victor"], "W": ["Whiskey", "Whisky"], "X": ["X-ray", "Xray"], "Y": ["Yankee"], "Z": ["Zulu"]}
SPELL_WORD = {w.casefold(): k for dct in (SPELL_DE, SPELL_EN) for k, ws in dct.items() for w in ws}
SPELL_RE = re.compile(r"(?<![A-Za-z])([A-Za-z])\s+(?:wie|for|as in)\s+([A-Za-zÄÖÜäöüß\-]+)")
REST_CONN = {"de": [", der Rest ist ", ". Der Rest: ", " … der Rest kommt hier: ", ". Rest: ", ", und der Rest: ",
                    ". Die restlichen Ziffern sind ", " – Rest: "],
             "en": [", the rest is ", ". The rest: ", "... rest is ", ". Rest of it: ", ", and the rest: ",
                    ". The remaining digits are ", " - rest: "]}
_REST_WORDS = sorted({c.strip(" ,.…–-").casefold() for v in REST_CONN.values() for c in v}, key=len, reverse=True)
REST_RE = re.compile(r"[\s,.…–\-]*(?:" + "|".join(re.escape(w) for w in _REST_WORDS) + r")\s*", re.IGNORECASE)
QUOTE_CHARS = "`„“”\"'‚‘’«»‹›"


def _spell_sub(m):
    return m.group(1) if SPELL_WORD.get(m.group(2).casefold()) == m.group(1).upper() else m.group(0)


# blind20: undoing the new blind20 forms (applied first by undo_b19, so by every validator and by
# the negative check): Cyrillic / Greek homoglyphs, emoji between groups, code fences, "sorry, sent too
# early" connectors of values split over two lines, self-corrections ("0171 23 sorry 32"), voice-note
# fillers ("äh", "uh"), "> " continuation lines of quoted replies, "+" for spaces in form-encoded URLs
# and WhatsApp / markdown bold markers.
HOMO = {"A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d", "K": "\u041a",
        "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422", "X": "\u0425", "I": "\u0406",
        "a": "\u0430", "c": "\u0441", "e": "\u0435", "o": "\u043e", "p": "\u0440", "x": "\u0445",
        "y": "\u0443", "i": "\u0456"}
HOMO_GREEK = {"A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399", "K": "\u039a",
              "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7",
              "Z": "\u0396", "o": "\u03bf"}
HOMO_REV = {ord(v): k for dct in (HOMO, HOMO_GREEK) for k, v in dct.items()}
SORRY_CONN = {"de": ["\nsorry, zu früh abgeschickt\n", " … sorry, Enter erwischt … ", "\nups, weiter: ",
                     "\n(sry, hier der Rest) ", "\nMist, zu früh gesendet:\n", "\nsorry, Handy spinnt – weiter: "],
              "en": ["\nsorry hit enter too soon\n", " ... sorry, fat fingers ... ", "\noops, continued: ",
                     "\n(sry, rest of it) ", "\nugh sent too early:\n", "\nsorry phone glitched – rest: "]}
_SORRY_WORDS = sorted({c.strip(" \n.…:()–-").casefold() for v in SORRY_CONN.values() for c in v}, key=len, reverse=True)
SORRY_RE = re.compile(r"[\s.…:(–\-]*\(?(?:" + "|".join(re.escape(w) for w in _SORRY_WORDS) + r")\)?[\s.…:)–\-]*",
                      re.IGNORECASE)
CORR_WORDS = {"de": ["sorry", "sry", "äh nein", "Korrektur:", "nee,", "vertippt,"],
              "en": ["sorry", "sry", "I mean", "no wait,", "correction:", "typo,"]}
_CORR_W = sorted({w.strip(" ,:").casefold() for v in CORR_WORDS.values() for w in v}, key=len, reverse=True)
CORR_RE = re.compile(r"\S+[\s,]+(?:" + "|".join(re.escape(w) for w in _CORR_W) + r")[\s,:]+", re.IGNORECASE)
FILLERS_VOICE = {"de": ["äh", "ähm", "öhm", "hm"], "en": ["uh", "um", "erm", "uhm"]}
FILLER_RE = re.compile(r"(?<!\w)(?:ähm|äh|öhm|hm|uhm|uh|um|erm)(?!\w)[,.…]*")  # lower-case only: "HM" stays a prefix


def undo_b20(s):
    s = undo_b21_early(s)  # blind21
    s = s.translate(HOMO_REV)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "So" and ch not in "\ufe0f\u200d")
    s = s.replace("```", " ")
    s = SORRY_RE.sub(" ", s)
    s = CORR_RE.sub("", s)
    s = FILLER_RE.sub(" ", s)
    s = re.sub(r"\n>\s?", " ", s)
    s = re.sub(r"(?<=[A-Za-z0-9])\+(?=[A-Za-z0-9])", " ", s)
    return s.strip().strip("*_").strip()


def undo_b19(s):
    s = undo_b20(s)  # blind20
    s = html.unescape(s)
    if "%" in s:
        s = urllib.parse.unquote(s)
    s = s.translate(ARABIC_DIGITS)
    s = SPELL_RE.sub(_spell_sub, s)
    s = REST_RE.sub(" ", s)
    s = undo_b21_late(s)  # blind21
    return s.strip().strip(QUOTE_CHARS).strip()

FORMS = ["plain", "spaced", "dots", "dashes", "nbsp", "narrow_nbsp", "zero_width",
         "soft_hyphen", "double_space", "slashes", "line_break", "lookalike", "words",
         "mixed", "lowercase", "fullwidth", "parenthesised", "bracketed", "misspelled",
         "nodot",
         # blind17: new forms (validated by --check like all others)
         "underscores", "commas", "partial_words", "braced", "keycap",
         # blind18: new forms (validated by --check like all others)
         "pairs", "middle_dots", "uri", "klammeraffe", "hyphen_words", "split_compound",
         "uppercase",
         # blind19: new forms (validated by --check like all others)
         "split_rest", "fancy_digits", "circled", "semicolons", "code_ticks", "quoted",
         "bilingual_words", "hyphen_linebreak", "html_entity", "percent_encoded", "arabic_indic",
         "spelling_alphabet", "tabs", "ellipsis", "leetspeak", "hashtag",
         # blind20: new forms (validated by --check like all others)
         "split_sorry", "self_corrected", "emoji_between", "interleaved_words", "superscript",
         "url_param", "code_block", "lower_compact", "intl_trunk", "spaced_dashes", "aet", "homoglyph",
         "chat_bold", "thin_space", "voice_fillers", "quoted_wrap", "comma_tld",
         # blind21: new forms (validated by --check like all others)
         "reversed", "pipes", "glued_label", "json_escaped", "combining", "repeated_seps", "char_spaced",
         "area_code_then", "typo_head", "hashtag_phrase", "syllable_hyphens", "pair_words", "en_dashes",
         "spoken_separators"]
NEW_FORMS_B19 = FORMS[FORMS.index("split_rest"):FORMS.index("split_sorry")]
NEW_FORMS_B20 = FORMS[FORMS.index("split_sorry"):FORMS.index("reversed")]
NEW_FORMS_B21 = FORMS[FORMS.index("reversed"):]

CATEGORY = {"IBAN": "IBAN", "CARD": "FINANCIAL", "CARD_EXPIRY": "FINANCIAL", "CVC": "FINANCIAL",
            "BIC": "FINANCIAL", "PHONE": "PHONE", "EMAIL": "CONTACT",
            "DIAGNOSIS": "HEALTH", "SYMPTOM": "HEALTH", "MEDICATION": "HEALTH",
            "TREATMENT": "HEALTH", "ICD10": "HEALTH"}
ID_TYPES = ["DE_STEUER_ID", "DE_STEUERNUMMER", "DE_USTID", "DE_RVNR", "DE_KVNR", "DE_ID_CARD",
            "DE_PASSPORT", "AT_SVNR", "CH_AHV", "US_SSN", "ES_DNI", "ES_NIE", "FR_NIR", "IT_CF",
            "UK_NHS", "UK_NINO", "NL_BSN", "BE_NN", "PL_PESEL"]
for _t in ID_TYPES:
    CATEGORY[_t] = "ID"

# ---------------------------------------------------------------------------
# context words (prefix match at a word start; trailing "$" = whole word only)
CTX_HEALTH = ["arzt", "ärzt", "doktor", "doctor", "dr$", "dr.", "hausarzt", "praxis", "diagnos",
              "befund", "krank", "prescri", "verschrieb", "verordn", "rezept", "medikament",
              "medic", "tablette", "pill", "symptom", "beschwerden", "behandl", "treat", "therap",
              "klinik", "clinic", "hospital", "krankenhaus", "leide", "suffer", "gp$", "nhs$",
              "icd", "operation", "surgery", "surgeon", "op$", "nurse", "pharmac", "apothek",
              "dosis", "dose", "sick", "ill$", "illness", "health", "gesundheit", "sprechstunde",
              "facharzt", "specialist", "consultant", "klinikum", "notaufnahme", "a&e", "=ER"]
CTX = {
    "IBAN": ["iban", "konto", "account", "acct", "bankverbindung", "bank details", "bankdaten",
             "bank account", "sepa", "kontoverbindung", "bankkonto"],
    "BIC": ["bic", "swift"],
    "CARD": ["card", "karte", "kreditkarte", "visa", "mastercard", "master card", "amex",
             "american express", "kartennummer", "credit", "debit", "cc$", "kk$",
             "discover", "jcb"],  # blind19: new brands
    "CARD_EXPIRY": ["gültig", "ablauf", "expir", "exp$", "exp.", "valid", "verfall", "läuft",
                    "mm/jj", "mm/yy", "gueltig"],
    "CVC": ["cvc", "cvv", "prüfziffer", "prüfnummer", "sicherheitscode", "security code",
            "kartenprüfnummer", "card code", "code on the back", "code hinten", "csc"],
    "PHONE": ["tel$", "tel.", "telefon", "phone", "handy", "mobil", "mobile", "cell", "nummer",
              "number", "nr$", "nr.", "no.", "call", "ruf", "anruf", "whatsapp", "festnetz",
              "erreichbar", "reach", "text me", "sms", "fon$", "landline", "natel", "durchwahl",
              "tlf", "ph$", "ph.", "mob$", "mob.", "signal", "telegram"],
    "EMAIL": ["mail", "e-mail", "email", "emailadresse", "adresse", "address", "kontakt",
              "contact", "postfach", "inbox", "schreib", "write to", "cc$"],
    "DE_STEUER_ID": ["steuer-id", "steuerid", "steuer-idnr", "steuerliche identifikationsnummer",
                     "identifikationsnummer", "idnr", "tax id", "tin$", "steuer id",
                     "german tax id"],
    "DE_STEUERNUMMER": ["steuernummer", "st.-nr", "stnr", "steuer-nr", "steuer nr",
                        "tax number", "german tax number", "finanzamt"],
    "DE_USTID": ["ust-id", "ustid", "ust-idnr", "umsatzsteuer", "vat", "uid$", "ust.-id"],
    "DE_RVNR": ["rentenversicherungsnummer", "rv-nummer", "rvnr", "sozialversicherungsnummer",
                "sv-nummer", "versicherungsnummer", "pension insurance", "social security",
                "rentenversicherung"],
    "DE_KVNR": ["krankenversichertennummer", "versichertennummer", "kv-nummer", "kvnr",
                "health insurance number", "versichertenkarte", "gesundheitskarte", "egk",
                "krankenkasse", "insurance number", "kassen"],
    "DE_ID_CARD": ["personalausweis", "ausweis", "perso", "id card", "identity card", "id-karte",
                   "id number", "ausweisnummer"],
    "DE_PASSPORT": ["reisepass", "passnummer", "pass-nr", "pass$", "passport", "pass nr"],
    "AT_SVNR": ["sozialversicherungsnummer", "sv-nummer", "svnr", "sv-nr", "e-card",
                "versicherungsnummer", "social security"],
    "CH_AHV": ["ahv", "avs", "sozialversicherungsnummer", "social security", "ahv-nummer"],
    "US_SSN": ["ssn", "social security", "social sec", "soc sec"],
    "ES_DNI": ["dni", "documento", "id card", "spanish id"],
    "ES_NIE": ["=NIE", "número de identidad", "foreigner", "nie number"],
    "FR_NIR": ["nir", "sécu", "secu", "sécurité sociale", "securite sociale", "social security",
               "numéro de sécu", "carte vitale", "insee"],
    "IT_CF": ["codice fiscale", "cf$", "fiscal code", "tax code", "codice"],
    "UK_NHS": ["nhs", "nhs number", "nhs no"],
    "UK_NINO": ["ni number", "ni no", "nino", "national insurance", "ni$", "insurance number"],
    "NL_BSN": ["bsn", "burgerservicenummer", "citizen service number", "sofinummer"],
    "BE_NN": ["rijksregisternummer", "rijksregister", "national number", "numéro national",
              "registre national", "nn$", "national register"],
    "PL_PESEL": ["pesel"],
    "DIAGNOSIS": CTX_HEALTH, "SYMPTOM": CTX_HEALTH, "MEDICATION": CTX_HEALTH,
    "TREATMENT": CTX_HEALTH,
    "ICD10": CTX_HEALTH + ["code", "schlüssel", "au$", "au-", "krankschreibung", "sick note",
                           "fit note", "diagnosis code", "icd-10", "icd10"],
}
_LETTER = "A-Za-zÄÖÜäöüßéèàç"


def _ctx_regex(words):
    parts = []
    for w in words:
        if w.startswith("="):  # blind15: case-sensitive whole word ("ER", "NIE")
            parts.append("(?-i:" + re.escape(w[1:]) + f")(?![{_LETTER}])")
        elif w.endswith("$"):
            parts.append(re.escape(w[:-1]) + f"(?![{_LETTER}])")
        else:
            parts.append(re.escape(w))
    return re.compile(f"(?<![{_LETTER}])(?:" + "|".join(parts) + ")", re.IGNORECASE)


CTX_RE = {k: _ctx_regex(v) for k, v in CTX.items()}


def has_context(text, typ, start, end):
    rx = CTX_RE[typ]
    for m in rx.finditer(text):
        s = m.start()
        if start - 45 <= s < start or end <= s < end + 30:
            return True
    return False


# ---------------------------------------------------------------------------
# helpers
def digits(rng, n, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(n))
    if first_nonzero and n and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def luhn_complete(prefix, length, rng):
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def letter_pos(c):
    return "%02d" % (ord(c.upper()) - 64)


def digit_sum(n):
    return sum(int(c) for c in str(n))


# ---------------------------------------------------------------------------
# own ID validators
RV_W = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1]


def rvnr_check(area, date6, letter, serial):
    ds = area + date6 + letter_pos(letter) + serial
    return str(sum(digit_sum(int(d) * w) for d, w in zip(ds, RV_W)) % 10)


def valid_rvnr(c):
    m = re.fullmatch(r"(\d{2})(\d{6})([A-Z])(\d{2})(\d)", c)
    if not m:
        return False
    area, date6, letter, serial, chk = m.groups()
    dd, mm = int(date6[:2]), int(date6[2:4])
    if not (1 <= dd <= 31 and 1 <= mm <= 12):
        return False
    return rvnr_check(area, date6, letter, serial) == chk


def kvnr_check(letter, eight):
    ds = letter_pos(letter) + eight
    tot = 0
    for i, d in enumerate(ds):
        tot += digit_sum(int(d) * (1 if i % 2 == 0 else 2))
    return str(tot % 10)


def valid_kvnr(c):
    m = re.fullmatch(r"([A-Z])(\d{8})(\d)", c)
    return bool(m) and kvnr_check(m.group(1), m.group(2)) == m.group(3)


ICAO_ALPHA = "0123456789CFGHJKLMNPRTVWXYZ"


def icao_check(s):
    w = [7, 3, 1]
    tot = 0
    for i, ch in enumerate(s):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        tot += v * w[i % 3]
    return str(tot % 10)


def valid_de_doc(c, first_letters):
    if len(c) != 10 or any(ch not in ICAO_ALPHA for ch in c[:9]) or not c[9].isdigit():
        return False
    if c[0] not in first_letters:
        return False
    return icao_check(c[:9]) == c[9]


IDCARD_FIRST = "LMNPRTVWXY"
PASS_FIRST = "CFGHJK"

NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def valid_nino(c):
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", c)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in NINO_BAD_FIRST and b not in NINO_BAD_SECOND and a + b not in NINO_BAD_PREFIX


def _std(mod):
    def f(c):
        try:
            return bool(mod.is_valid(c))
        except Exception:
            return False
    return f


ID_VALID = {
    "DE_STEUER_ID": _std(de_idnr), "DE_STEUERNUMMER": _std(de_stnr), "DE_USTID": _std(de_vat),
    "AT_SVNR": _std(at_vnr), "CH_AHV": _std(ch_ssn), "US_SSN": _std(us_ssn_mod := __import__(
        "stdnum.us.ssn", fromlist=["ssn"])),
    "ES_DNI": _std(es_dni), "ES_NIE": _std(es_nie), "FR_NIR": _std(fr_nir),
    "IT_CF": _std(it_cf), "UK_NHS": _std(gb_nhs), "NL_BSN": _std(nl_bsn), "BE_NN": _std(be_nn),
    "PL_PESEL": _std(pl_pesel),
    "DE_RVNR": valid_rvnr, "DE_KVNR": valid_kvnr,
    "DE_ID_CARD": lambda c: valid_de_doc(c, IDCARD_FIRST),
    "DE_PASSPORT": lambda c: valid_de_doc(c, PASS_FIRST),
    "UK_NINO": valid_nino,
}

TEST_CARDS = {"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100",
              "378282246310005", "371449635398431", "4012888888881881", "4000056655665556",
              "5200828282828210", "4000000000000002", "4444333322221111", "5454545454545454",
              "4917610000000000", "4988438843884305", "6011111111111117", "3530111333300000",
              "378734493671000", "5425233430109903", "2223003122003222", "4263982640269299",
              "6011000990139424", "3566002020360505", "6011000000000004", "3566111111111113"}


def card_brand_ok(d):
    if len(d) == 16 and d[0] == "4":
        return True
    # blind19: Discover and JCB
    if len(d) == 16 and (d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return True
    if len(d) == 16 and 3528 <= int(d[:4]) <= 3589:
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    return False


def valid_card(c):
    return c.isdigit() and card_brand_ok(c) and luhn.is_valid(c) and c not in TEST_CARDS


def valid_iban(c):
    try:
        IBAN(c.upper())
        return True
    except Exception:
        return False


def valid_bic(c):
    try:
        return bool(BIC(c.upper()).exists)
    except Exception:
        return False


PHONE_REGIONS = ["DE", "AT", "CH", "GB", "US", "FR", "IT", "ES", "NL", "PL"]
PHONE_TYPES = {PNT.MOBILE, PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE}
GB_DRAMA = ["7700900", "1134960", "1144960", "1158270", "1164960", "1174960", "1184960",
            "1214960", "1314960", "1414960", "1514960", "1614960", "2079460", "1914980",
            "2896496", "2920180", "1632960", "3069990", "8081570", "9098790"]
FR_FICTION = ["19900", "26191", "35301", "46571", "53649", "63998"]
DE_DRAMA = ["3023125", "6990009", "4066969", "2214710", "8999998", "15228817"]


def fictional(num):
    nsn = phonenumbers.national_significant_number(num)
    cc = num.country_code
    if cc == 1:
        return nsn[3:6] == "555" and nsn[6:8] == "01"
    if cc == 44:
        return any(nsn.startswith(p) for p in GB_DRAMA)
    if cc == 33:
        return any(nsn.startswith(p) for p in FR_FICTION)
    if cc == 49:
        return any(nsn.startswith(p) for p in DE_DRAMA)
    return False


EXT_RE = re.compile(r"(?i)\s*(?:ext\.?|extension|x|durchwahl|dw\.?|app\.?)\s*\d{1,5}\s*$")


def phone_ok(s):
    s2 = EXT_RE.sub("", s.strip())
    cands = [s2, re.sub(r"[^\d+]", "", s2)]
    for c in cands:
        if not c:
            continue
        for reg in PHONE_REGIONS:
            try:
                n = phonenumbers.parse(c, reg)
            except Exception:
                continue
            if n.country_code == 1 and reg != "US" and not c.startswith("+"):
                pass
            if (phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in PHONE_TYPES
                    and not fictional(n)):
                return True
    return False


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")


def email_norm(s):
    s = unicodedata.normalize("NFKC", undo_b19(s)).translate(INVISIBLE)  # blind19: undo_b19
    s = re.sub(r"(?i)^\s*mailto:", "", s)  # blind18: pasted mailto: links
    s = re.sub(r"(?i)\s*\(?\s*(?:klammeraffe|at-zeichen|at sign)\s*\)?\s*", "@", s)  # blind18
    s = re.sub(r"(?i)\s*[\(\[\{<]\s*(?:at|ät|a)\s*[\)\]\}>]\s*", "@", s)
    s = re.sub(r"(?i)\s*[\(\[\{<]\s*(?:dot|punkt|pkt|point)\s*[\)\]\}>]\s*", ".", s)
    s = re.sub(r"\s*[\(\[\{]\s*\.\s*[\)\]\}]\s*", ".", s)
    s = re.sub(r"(?i)\s+(?:at|ät)\s+", "@", s)
    s = re.sub(r"(?i)\s+(?:dot|punkt|pkt)\s+", ".", s)
    s = re.sub(r"\s+", "", s)
    return re.sub(r"(@[A-Za-z0-9\-.]+),([A-Za-z]{2,})$", r"\1.\2", s)  # blind20: "gmx,de"


def valid_email(s):
    return bool(EMAIL_RE.fullmatch(email_norm(s)))


MONTHS = r"(?:jan|feb|mär|maer|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)[a-zä]*\.?"


def valid_expiry(s):
    s = unicodedata.normalize("NFKC", undo_b19(s)).translate(INVISIBLE)
    s = re.sub(r"\s+", " ", s).strip()
    for cand in (s, lookalike_all(s)):
        c = cand.replace(" ", "")
        m = re.fullmatch(r"(0?[1-9]|1[0-2])[/\-.](\d{2}|\d{4})", c)
        if not m:
            m = re.fullmatch(r"(?:" + MONTHS + r")\s*'?(\d{2}|\d{4})", cand, re.IGNORECASE)
        if m:
            y = int(m.groups()[-1])
            y = y + 2000 if y < 100 else y
            if 2025 <= y <= 2035:
                return True
    return False


def valid_cvc(s):
    s = unicodedata.normalize("NFKC", undo_b19(s)).translate(INVISIBLE)
    s = words_to_digits(s) or s
    s = lookalike_all(s)
    c = re.sub(r"[\s\-./]", "", s)
    return bool(re.fullmatch(r"\d{3,4}", c))


ALL_TERMS = {  # blind17: inflected forms are valid values too (picked only via {{TYPE:a|b}})
    "DIAGNOSIS": terms.DIAGNOSIS_DE + terms.DIAGNOSIS_EN + terms.DIAGNOSIS_DE_INFLECTED
    + terms.DIAGNOSIS_EN_INFLECTED + terms.INJURY_DE + terms.INJURY_EN,  # blind18: injuries
    "SYMPTOM": terms.SYMPTOM_DE + terms.SYMPTOM_EN + terms.SYMPTOM_DE_INFLECTED
    + terms.SYMPTOM_EN_INFLECTED,
    "MEDICATION": terms.MEDICATION_DE + terms.MEDICATION_EN + terms.MEDICATION_DE_INFLECTED
    + terms.MEDICATION_EN_INFLECTED,
    "TREATMENT": terms.TREATMENT_DE + terms.TREATMENT_EN + terms.TREATMENT_DE_INFLECTED
    + terms.TREATMENT_EN_INFLECTED,
}
ICD_CODES = [c for c in terms.ICD10 if icd.is_valid_item(c)]


def health_norm(s):
    s = unicodedata.normalize("NFKC", s).translate(INVISIBLE)
    return re.sub(r"\s+", " ", s).strip().casefold()


def osa(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def valid_health(typ, s, form):
    n = health_norm(s)
    pool = [health_norm(t) for t in ALL_TERMS[typ]]
    if n in pool:
        return True
    if form == "misspelled":
        return any(abs(len(n) - len(t)) <= 2 and osa(n, t) <= 2 for t in pool)
    if form == "split_compound":  # blind18: "Kreuzband-Riss", "Schilddrüsen Unterfunktion"
        squash = re.sub(r"[\s\-]", "", n)
        return any(re.sub(r"[\s\-]", "", t) == squash for t in pool)
    if form == "leetspeak":  # blind19: "d3pr3ssion", "Ep1lepsie"
        return n.translate(LEET_REV) in pool and n.translate(LEET_REV) != n
    if form == "chat_bold":  # blind20: "*Migräne*", "**EpiPen**"
        m = re.fullmatch(r"(\*{1,2}|_)(.+)\1", n)
        return bool(m) and m.group(2).strip() in pool
    if form == "typo_head":  # blind21: a typo inside the first four letters of a word ("Mirgäne", "Nigräne")
        for t in pool:
            if n != t and abs(len(n) - len(t)) <= 2 and osa(n, t) <= 2:
                k = next((i for i, (x, y) in enumerate(zip(n, t)) if x != y), min(len(n), len(t)))
                ws = max(t.rfind(" ", 0, k), t.rfind("-", 0, k)) + 1
                if k - ws < 4:
                    return True
        return False
    if form == "hashtag_phrase":  # blind21: "#LebenMitEndometriose", "#MyLifeWithCrohns" (3+ words)
        raw = unicodedata.normalize("NFKC", s).strip()
        if not raw.startswith("#") or re.search(r"\s", raw) or len(re.findall(r"[A-ZÄÖÜ][a-zäöüß]*|\d+", raw[1:])) < 3:
            return False
        body = re.sub(r"[\s\-']", "", n[1:])
        return any(len(q) >= 3 and q in body and q != body for q in (re.sub(r"[\s\-']", "", t) for t in pool))
    if form == "syllable_hyphens":  # blind21: "Mi-grä-ne", "an-xi-e-ty"
        return any(n.replace("-", "") == t.replace("-", "") and n.count("-") >= t.count("-") + 2 for t in pool)
    if form == "hashtag":  # blind19: "#Endometriose", "#LongCovid"
        if not n.startswith("#"):
            return False
        squash = re.sub(r"[\s\-]", "", n[1:])
        return any(re.sub(r"[\s\-]", "", t) == squash for t in pool)
    return False


LEET = {"e": "3", "i": "1", "o": "0", "a": "4", "s": "$"}
LEET_REV = str.maketrans({"3": "e", "1": "i", "0": "o", "4": "a", "@": "a", "$": "s"})


def valid_icd(s):
    s = unicodedata.normalize("NFKC", undo_b19(s)).translate(INVISIBLE)
    for c in lookalike_variants(re.sub(r"\s+", "", s)):
        c = c.upper()
        if "." not in c and len(c) > 3:
            c = c[:3] + "." + c[3:]
        if re.fullmatch(r"[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", c) and icd.is_valid_item(c):
            return True
    return False


# ---------------------------------------------------------------------------
# number words / look-alikes
W_DE = ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]
W_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD2D = {w: str(i) for i, w in enumerate(W_DE)}
WORD2D.update({w: str(i) for i, w in enumerate(W_EN)})
WORD2D.update({"zwo": "2", "oh": "0", "fuenf": "5", "funf": "5", "nought": "0", "ein": "1"})
MULT = {"doppel": 2, "double": 2, "triple": 3, "dreifach": 3}
LOOK = {"0": ["O", "o"], "1": ["l", "I"], "5": ["S"], "8": ["B"], "2": ["Z"]}
LOOK_REV = {"O": "0", "o": "0", "l": "1", "I": "1", "S": "5", "B": "8", "Z": "2"}


def words_to_digits(s):
    """Return s with number words converted, or None if s has no number words."""
    toks = []
    for t in re.split(r"[\s,;]+", s):
        parts = t.split("-")
        # blind18: "null-eins-sieben" / "four-oh-seven" (number words joined by hyphens)
        if len(parts) > 1 and all(p.lower().strip(".:") in WORD2D or p.lower() in MULT or p.lower() == "plus"
                                  for p in parts if p):
            toks.extend(p for p in parts if p)
        elif t:
            toks.append(t)
    low = [t.lower().strip(".:") for t in toks]
    if not any(t in WORD2D or t in MULT for t in low):
        return None
    out, mult = [], 1
    for t, raw in zip(low, toks):
        if t in MULT:
            mult = MULT[t]
            continue
        if t in WORD2D:
            out.append(WORD2D[t] * mult)
        elif t == "plus":
            out.append("+")
        elif t in ("-", "/", "–"):
            continue
        elif len(raw.strip(".:")) <= 2 and raw.strip(".:").isalnum():
            out.append(raw.strip(".:") * mult)
        elif re.fullmatch(r"[\d+/\-.]+", raw):
            out.append(raw)
        else:
            return None
        mult = 1
    return " ".join(out)


def lookalike_all(s):
    return "".join(LOOK_REV.get(ch, ch) for ch in s)


def lookalike_variants(s, limit=4096):
    pos = [i for i, ch in enumerate(s) if ch in LOOK_REV]
    yield s
    if not pos:
        return
    yield lookalike_all(s)
    n = 0
    for k in range(1, len(pos)):
        for comb in itertools.combinations(pos, k):
            lst = list(s)
            for i in comb:
                lst[i] = LOOK_REV[lst[i]]
            yield "".join(lst)
            n += 1
            if n > limit:
                return


SEP_RE = re.compile(r"[\s\-./()\[\]_,:;'|\u00b7\u2022]+")  # blind18: middle dot, bullet; blind19: ";"


def compact_variants(span):
    s0 = unicodedata.normalize("NFKC", undo_b19(span)).translate(INVISIBLE)  # blind19: undo_b19
    w = words_to_digits(s0)
    # blind19: the raw text is tried too -- a NINO prefix "OH" is not the number word "oh"
    for s in ([w, s0] if w is not None else [s0]):
        for v in lookalike_variants(s):
            yield v, SEP_RE.sub("", v)


def validate_value(typ, span, form):
    if form == "reversed":  # blind21: written backwards (the note after the span says so)
        span = span[::-1]
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        return valid_health(typ, span, form)
    if typ == "ICD10":
        return valid_icd(span)
    if typ == "EMAIL":
        return valid_email(span)
    if typ == "CARD_EXPIRY":
        return valid_expiry(span)
    if typ == "CVC":
        return valid_cvc(span)
    for raw, c in compact_variants(span):
        if typ == "PHONE":
            if phone_ok(raw):
                return True
        elif typ == "IBAN":
            if valid_iban(c):
                return True
        elif typ == "BIC":
            if valid_bic(c):
                return True
        elif typ == "CARD":
            if valid_card(c):
                return True
        elif typ in ID_VALID:
            if ID_VALID[typ](c.upper()):
                return True
    return False


PHONE_EXEMPT_KINDS = {"date", "time", "ip_address", "pet_microchip", "birth_date"}
NEG_EXEMPT_KINDS = {"example_iban", "test_card"}


def negative_problem(kind, span):
    """Return a reason string if the negative validates as a sensitive value (blind19: also
    after undoing the new obfuscations -- entities, %-escapes, Arabic digits, spelling)."""
    if kind in NEG_EXEMPT_KINDS:
        return None
    for sp in dict.fromkeys([span, undo_b19(span)]):
        r = _negative_problem1(kind, sp)
        if r:
            return r
    return None


def _negative_problem1(kind, span):
    s = unicodedata.normalize("NFKC", span).translate(INVISIBLE)
    compact = re.sub(r"[\s\-./]", "", s)
    alnum = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    runs = re.findall(r"\d{5,}", s)
    cands = [s, compact] + runs
    if alnum[:2].isalpha() and alnum[2:4].isdigit() and valid_iban(alnum):
        return "iban"
    for c in [re.sub(r"\D", "", compact) if re.fullmatch(r"[\d\s\-./]+", s) else ""] + runs:
        if c and card_brand_ok(c) and luhn.is_valid(c):
            return "card"
    if kind not in PHONE_EXEMPT_KINDS:
        for c in [s] + runs:
            if phone_ok(c):
                return "phone"
    for typ, f in ID_VALID.items():
        for c in cands:
            if f(c) or f(c.upper()):
                return typ
    return None


# ---------------------------------------------------------------------------
# value generators: each returns (plain_text, groups)
IBAN_W_DE = [("DE", 50), ("AT", 20), ("CH", 15), ("LU", 4), ("NL", 3), ("FR", 2), ("IT", 2),
             ("BE", 2), ("PL", 2)]
IBAN_W_EN = [("GB", 35), ("IE", 14), ("FR", 9), ("NL", 9), ("ES", 8), ("IT", 8), ("BE", 6),
             ("PL", 5), ("DE", 4), ("LU", 2)]


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for k, w in pairs:
        x -= w
        if x <= 0:
            return k
    return pairs[-1][0]


def gen_iban_obj(rng, cc):
    for _ in range(50):
        i = IBAN.random(country_code=cc, random=rng)
        acc = i.account_code
        acc2 = "".join(str(rng.randrange(10)) for _ in acc)
        try:
            j = IBAN.random(country_code=cc, random=rng, account_code=acc2)
        except Exception:
            continue
        if valid_iban(j.compact):
            return j
    raise RuntimeError("iban " + cc)


def gen_iban(rng, cc):
    j = gen_iban_obj(rng, cc)
    c = j.compact
    groups = [c[i:i + 4] for i in range(0, len(c), 4)]
    r = rng.random()
    if r < 0.55:
        plain = " ".join(groups)
    elif r < 0.9:
        plain = c
    else:
        plain = " ".join(groups)  # lower-case variant handled as form
    return plain, groups


def gen_bic(rng, lang):
    for _ in range(100):
        cc = wchoice(rng, IBAN_W_DE if lang == "de" else IBAN_W_EN)
        j = gen_iban_obj(rng, cc)
        b = j.bic
        if b is not None and valid_bic(str(b)):
            b = str(b)
            return b, [b[:4], b[4:6], b[6:8]] + ([b[8:]] if len(b) > 8 else [])
    raise RuntimeError("bic")


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "jcb"])  # blind19
    while True:
        if brand == "discover":
            num = luhn_complete(rng.choice(["6011", "65", "644", "649"]), 16, rng)
        elif brand == "jcb":
            num = luhn_complete(str(rng.randint(3528, 3589)), 16, rng)
        elif brand == "visa":
            num = luhn_complete("4" + rng.choice(["9", "5", "0", "1", "3", "6", "7", "8"]), 16, rng)
        elif brand == "mc":
            num = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2300", "2571",
                                            "2720"]), 16, rng)
        else:
            num = luhn_complete(rng.choice(["34", "37"]), 15, rng)
        if valid_card(num):
            break
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    plain = " ".join(groups) if rng.random() < 0.7 else num
    if rng.random() < 0.1:
        plain = "-".join(groups)
    return plain, groups


MON_DE = ["Jan", "Feb", "März", "Apr", "Mai", "Juni", "Juli", "Aug", "Sep", "Okt", "Nov", "Dez"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def gen_expiry(rng, lang):
    m = rng.randint(1, 12)
    y = rng.randint(2025, 2031)
    r = rng.random()
    if r < 0.55:
        p = "%02d/%02d" % (m, y % 100)
    elif r < 0.75:
        p = "%02d/%d" % (m, y)
    elif r < 0.88:
        p = "%s %02d" % ((MON_DE if lang == "de" else MON_EN)[m - 1], y % 100)
    else:
        p = "%d/%02d" % (m, y % 100)
    return p, re.split(r"[ /]", p)


def gen_cvc(rng):
    c = digits(rng, 3)
    return c, [c]


PHONE_PLAN = {
    ("DE", "m"): (["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173",
                   "174", "175", "176", "177", "178", "179"], [10, 11]),
    ("DE", "f"): (["30", "40", "89", "69", "221", "211", "711", "351", "341", "511", "911", "228",
                   "621", "6221", "761", "251", "421", "231", "201", "371", "4131", "7071",
                   "8031", "9131", "681", "361"], [9, 10, 11]),
    ("AT", "m"): (["664", "660", "676", "699", "650", "681", "688", "677"], [10, 11]),
    ("AT", "f"): (["1", "316", "512", "662", "732", "463", "2742"], [8, 9, 10]),
    ("CH", "m"): (["76", "77", "78", "79"], [9]),
    ("CH", "f"): (["44", "31", "61", "22", "41", "71", "43", "52", "32", "26"], [9]),
    ("GB", "m"): (["7712", "7723", "7734", "7811", "7825", "7903", "7957", "7401", "7480",
                   "7539", "7984", "7449"], [10]),
    ("GB", "f"): (["207", "208", "161", "121", "131", "141", "113", "117", "1223", "1865",
                   "1273", "2920", "2890"], [10]),
    ("US", "m"): (["212", "415", "312", "617", "206", "303", "512", "713", "646", "718", "202",
                   "305", "404", "503", "702", "614"], [10]),
    ("FR", "m"): (["6", "7"], [9]),
    ("FR", "f"): (["1", "2", "3", "4", "5"], [9]),
    ("IT", "m"): (["320", "328", "333", "338", "339", "340", "345", "347", "348", "349", "366",
                   "380", "389", "393"], [10]),
    ("IT", "f"): (["02", "06", "011", "055", "051", "081", "041"], [9, 10]),
    ("ES", "m"): (["6", "71", "72", "73", "74"], [9]),
    ("ES", "f"): (["91", "93", "96", "95", "94", "98"], [9]),
    ("NL", "m"): (["61", "62", "63", "64", "65"], [9]),
    ("NL", "f"): (["20", "10", "30", "70", "40", "50"], [9]),
    ("PL", "m"): (["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"], [9]),
    ("PL", "f"): (["22", "12", "61", "71", "58", "42"], [9]),
}
CC = {"DE": 49, "AT": 43, "CH": 41, "GB": 44, "US": 1, "FR": 33, "IT": 39, "ES": 34, "NL": 31,
      "PL": 48}


def gen_phone_num(rng, region, kind):
    if region == "US":
        kind = "m"
    prefixes, lengths = PHONE_PLAN[(region, kind)]
    for _ in range(2000):
        p = rng.choice(prefixes)
        L = rng.choice(lengths)
        nsn = p + digits(rng, L - len(p))
        if region == "US":
            nsn = p + str(rng.randint(2, 9)) + digits(rng, 6)
            if nsn[3:6] == "555" or nsn[4:6] == "11":
                continue
        try:
            n = phonenumbers.parse("+%d%s" % (CC[region], nsn), None)
        except Exception:
            continue
        if (phonenumbers.is_valid_number(n) and phonenumbers.number_type(n) in PHONE_TYPES
                and not fictional(n)):
            return n
    raise RuntimeError("phone")


def _grp(s, sizes):
    out, i = [], 0
    for z in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out[-1] += s[i:]
    return out


def fmt_phone(rng, n, region):
    nsn = phonenumbers.national_significant_number(n)
    ndc = phonenumbers.length_of_national_destination_code(n) or 3
    area, rest = nsn[:ndc], nsn[ndc:]
    cc = str(n.country_code)
    intl = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)
    e164 = "+" + cc + nsn
    opts = [intl, nat, e164]
    if region in ("DE", "AT"):
        opts += [f"0{area} {rest}", f"0{area}/{rest}", f"0{area}-{rest}", f"+{cc} {area} {rest}",
                 f"+{cc} (0){area} {rest}", f"00{cc} {area} {rest}", f"(0{area}) {rest}",
                 f"0{area} {' '.join(_grp(rest, [3, 2, 2, 2]))}", f"0{area}{rest}",
                 f"0{area} / {rest}", f"0{area} {rest}", f"0{area}/{rest}"]
    elif region == "CH":
        r = " ".join(_grp(rest, [3, 2, 2]))
        opts += [f"0{area} {r}", f"+41 {area} {r}", f"0041 {area} {r}", f"0{area}{rest}",
                 f"0{area} {r}"]
    elif region == "GB":
        opts += [nat, intl, f"+44 (0){nat[1:]}", f"0044 {nat[1:]}", nat.replace(" ", "")]
    elif region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        opts = [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1 {a}-{b}-{c}",
                f"1-{a}-{b}-{c}", f"+1 ({a}) {b}-{c}", f"({a}) {b}-{c}", f"+1 {a} {b} {c}"]
    elif region == "FR":
        g = " ".join(_grp(nsn[1:], [2, 2, 2, 2]))
        opts += [f"0{nsn[0]} {g}", f"+33 {nsn[0]} {g}", ("0" + nsn[0] + " " + g).replace(" ", "."),
                 f"0033 {nsn[0]} {g}"]
    elif region == "IT":
        opts += [f"0039 {nat}", f"+39 {nat}"]
    else:
        opts += [f"00{cc} {nat[1:]}" if nat.startswith("0") else f"00{cc} {nat}"]
    p = rng.choice(opts)
    if rng.random() < 0.07 and phonenumbers.number_type(n) != PNT.MOBILE:
        if region in ("US", "GB"):
            p += rng.choice([" ext. ", " x", " ext "]) + str(rng.randint(10, 499))
        elif region in ("DE", "AT", "CH"):
            p += rng.choice([" Durchwahl ", " DW "]) + str(rng.randint(10, 99))
    return p


def gen_phone(rng, region, kind=None):
    kind = kind or ("m" if rng.random() < 0.62 else "f")
    n = gen_phone_num(rng, region, kind)
    p = fmt_phone(rng, n, region)
    groups = [g for g in re.split(r"[\s\-/.()]+", EXT_RE.sub("", p)) if g]
    if p.startswith("(") and groups:
        pass
    return p, groups


TRANS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "è": "e",
                       "à": "a", "ç": "c", "'": "", " ": "", "ó": "o", "á": "a", "í": "i",
                       "ñ": "n", "ł": "l", "ś": "s", "ż": "z", "ć": "c", "ń": "n", "ê": "e"})
DOMAINS_DE = ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "yahoo.de", "outlook.de",
              "posteo.de", "freenet.de", "icloud.com", "gmx.at", "bluewin.ch", "aon.at",
              "hotmail.de", "mailbox.org"]
DOMAINS_EN = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com",
              "btinternet.com", "yahoo.com", "hotmail.com", "aol.com", "protonmail.com",
              "live.co.uk", "sky.com", "me.com"]


def ascii_name(s):
    s = unicodedata.normalize("NFKC", s.lower()).translate(TRANS)
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch in ".-"))


def gen_email(rng, lang, fk):
    first, last = ascii_name(fk.first_name()), ascii_name(fk.last_name())
    dom = rng.choice(DOMAINS_DE if lang == "de" else DOMAINS_EN)
    r = rng.random()
    if r < 0.3:
        local = f"{first}.{last}"
    elif r < 0.45:
        local = f"{first[0]}.{last}"
    elif r < 0.6:
        local = f"{first}{last}{rng.randint(1, 99)}"
    elif r < 0.7:
        local = f"{first}_{last}"
    elif r < 0.8:
        local = f"{last}.{first}{rng.choice(['', str(rng.randint(60, 99))])}"
    elif r < 0.9:
        local = f"{first}{rng.randint(1970, 2005)}"
    else:
        local = f"{first[:3]}{last[:4]}"
    if rng.random() < 0.15:
        dom = ascii_name(fk.last_name()) + "-" + rng.choice(["gmbh", "bau", "immobilien", "consulting",
                                                             "ltd", "co", "design"]) + \
            rng.choice([".de", ".com", ".at", ".ch", ".co.uk"])
    e = f"{local}@{dom}"
    return e, [local, dom]


# --- IDs
def gen_steuer_id(rng):
    while True:
        rep = rng.randrange(10)
        others = [d for d in range(10) if d != rep]
        rng.shuffle(others)
        ds = [rep, rep] + others[:8]
        rng.shuffle(ds)
        if ds[0] == 0:
            continue
        ten = "".join(map(str, ds))
        num = ten + mod_11_10.calc_check_digit(ten)
        if de_idnr.is_valid(num):
            break
    if rng.random() < 0.6:
        return f"{num[:2]} {num[2:5]} {num[5:8]} {num[8:]}", [num[:2], num[2:5], num[5:8], num[8:]]
    return num, [num[:2], num[2:5], num[5:8], num[8:]]


STNR_FMT = {
    "Baden-Württemberg": ("FFBBBUUUUP", [5, 5]), "Bayern": ("FFFBBBUUUUP", [3, 3, 5]),
    "Berlin": ("FFBBBUUUUP", [2, 3, 5]), "Brandenburg": ("0FFBBBUUUUP", [3, 3, 5]),
    "Bremen": ("FFBBBUUUUP", [2, 3, 5]), "Hamburg": ("FFBBBUUUUP", [2, 3, 5]),
    "Hessen": ("0FFBBBUUUUP", [3, 3, 5]), "Mecklenburg-Vorpommern": ("0FFBBBUUUUP", [3, 3, 5]),
    "Niedersachsen": ("FFBBBUUUUP", [2, 3, 5]), "Nordrhein-Westfalen": ("FFFBBBBUUUP", [3, 4, 4]),
    "Rheinland-Pfalz": ("FFBBBUUUUP", [2, 3, 4, 1]), "Saarland": ("0FFBBBUUUUP", [3, 3, 5]),
    "Sachsen": ("2FFBBBUUUUP", [3, 3, 5]), "Sachsen-Anhalt": ("1FFBBBUUUUP", [3, 3, 5]),
    "Schleswig-Holstein": ("FFBBBUUUUP", [2, 3, 5]), "Thüringen": ("1FFBBBUUUUP", [3, 3, 5]),
}


def gen_stnr(rng):
    region = rng.choice(sorted(STNR_FMT))
    pat, sizes = STNR_FMT[region]
    while True:
        num = "".join(ch if ch.isdigit() else str(rng.randrange(10)) for ch in pat)
        if num[0] == "0" and pat[0] != "0":
            continue
        if de_stnr.is_valid(num, region):
            break
    groups = _grp(num, sizes)
    sep = " " if region in ("Bremen", "Schleswig-Holstein", "Hessen") else "/"
    return sep.join(groups), groups


def gen_ustid(rng):
    while True:
        b = digits(rng, 8, True)
        num = "DE" + b + mod_11_10.calc_check_digit(b)
        if de_vat.is_valid(num):
            break
    if rng.random() < 0.7:
        return num, ["DE", num[2:5], num[5:8], num[8:]]
    return f"DE {num[2:5]} {num[5:8]} {num[8:]}", ["DE", num[2:5], num[5:8], num[8:]]


def rand_date(rng, y0=1950, y1=2004):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def gen_rvnr(rng, fk):
    y, m, d = rand_date(rng)
    area = rng.choice(["02", "03", "04", "08", "09", "10", "11", "12", "13", "14", "15", "16",
                       "17", "18", "19", "20", "21", "23", "24", "25", "26", "28", "29", "38",
                       "39", "40", "42", "43", "44", "45", "46", "47", "48", "49", "50", "51",
                       "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "62", "63",
                       "64", "65", "66", "67", "68", "69", "70", "71", "72", "73", "74", "75",
                       "76", "77", "78", "79", "80", "81", "82", "85", "86", "87", "88", "89"])
    date6 = "%02d%02d%02d" % (d, m, y % 100)
    letter = ascii_name(fk.last_name())[:1].upper()
    if not letter.isalpha():
        letter = "M"
    serial = "%02d" % rng.choice(list(range(0, 50)) + list(range(50, 100)))
    chk = rvnr_check(area, date6, letter, serial)
    num = area + date6 + letter + serial + chk
    assert valid_rvnr(num)
    groups = [area, date6, letter, serial + chk]
    if rng.random() < 0.55:
        return " ".join(groups), groups
    return num, groups


def gen_kvnr(rng):
    letter = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ")
    eight = digits(rng, 8, True)
    num = letter + eight + kvnr_check(letter, eight)
    assert valid_kvnr(num)
    return num, [num[0], num[1:5], num[5:]]


def gen_de_doc(rng, passport):
    first = rng.choice(PASS_FIRST if passport else IDCARD_FIRST)
    body = first + "".join(rng.choice(ICAO_ALPHA) for _ in range(8))
    num = body + icao_check(body)
    return num, [num[:3], num[3:6], num[6:]]


def gen_at_svnr(rng):
    while True:
        y, m, d = rand_date(rng)
        serial = str(rng.randint(100, 999))
        date6 = "%02d%02d%02d" % (d, m, y % 100)
        for chk in range(10):
            num = serial + str(chk) + date6
            if at_vnr.is_valid(num):
                if rng.random() < 0.7:
                    return f"{num[:4]} {num[4:]}", [num[:4], num[4:]]
                return num, [num[:4], num[4:]]


def gen_ahv(rng):
    while True:
        body = "756" + digits(rng, 9)
        num = body + std_ean.calc_check_digit(body)
        if ch_ssn.is_valid(num):
            break
    f = f"{num[:3]}.{num[3:7]}.{num[7:11]}.{num[11:]}"
    return f, [num[:3], num[3:7], num[7:11], num[11:]]


def gen_ssn(rng):
    us = __import__("stdnum.us.ssn", fromlist=["ssn"])
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        num = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if us.is_valid(num):
            break
    g = num.split("-")
    return (num if rng.random() < 0.85 else "".join(g)), g


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def gen_dni(rng):
    n = rng.randint(10000000, 79999999)
    num = "%08d%s" % (n, DNI_L[n % 23])
    assert es_dni.is_valid(num)
    return (num if rng.random() < 0.8 else f"{num[:8]}-{num[8]}"), [num[:2], num[2:5], num[5:8], num[8]]


def gen_nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(1000000, 9999999)
    val = int(str("XYZ".index(p)) + "%07d" % n)
    num = "%s%07d%s" % (p, n, DNI_L[val % 23])
    assert es_nie.is_valid(num), num
    return (num if rng.random() < 0.8 else f"{p}-{num[1:8]}-{num[8]}"), [p, num[1:8], num[8]]


def gen_nir(rng):
    while True:
        sex = rng.choice("12")
        y, m, d = rand_date(rng)
        dept = "%02d" % rng.choice([x for x in range(1, 96) if x != 20])
        body = sex + "%02d%02d" % (y % 100, m) + dept + "%03d" % rng.randint(1, 990) + \
            "%03d" % rng.randint(1, 999)
        key = "%02d" % (97 - int(body) % 97)
        num = body + key
        if fr_nir.is_valid(num):
            break
    g = [num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:]]
    return (" ".join(g) if rng.random() < 0.6 else num), g


BELFIORE = ["H501", "F205", "L219", "G273", "F839", "A662", "D612", "L736", "A944", "G224",
            "E506", "B157", "C351", "L424", "H703"]
MON_CF = "ABCDEHLMPRST"
CONS = "BCDFGHJKLMNPRSTVZ"
VOW = "AEIOU"


def gen_cf(rng):
    while True:
        sur = "".join(rng.choice(CONS) for _ in range(2)) + rng.choice(CONS + VOW)
        nam = "".join(rng.choice(CONS) for _ in range(3))
        y, m, d = rand_date(rng)
        if rng.random() < 0.5:
            d += 40
        body = sur + nam + "%02d" % (y % 100) + MON_CF[m - 1] + "%02d" % d + rng.choice(BELFIORE)
        num = body + it_cf.calc_check_digit(body)
        if it_cf.is_valid(num):
            break
    return num, [num[:3], num[3:6], num[6:11], num[11:15], num[15]]


def gen_nhs(rng):
    while True:
        body = str(rng.randint(4, 6)) + digits(rng, 8)
        tot = sum(int(c) * w for c, w in zip(body, range(10, 1, -1)))
        chk = 11 - tot % 11
        if chk == 10:
            continue
        chk = 0 if chk == 11 else chk
        num = body + str(chk)
        if gb_nhs.is_valid(num):
            break
    g = [num[:3], num[3:6], num[6:]]
    return (" ".join(g) if rng.random() < 0.7 else num), g


def gen_nino(rng):
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        num = a + b + digits(rng, 6) + rng.choice("ABCD")
        if valid_nino(num):
            break
    g = [num[:2], num[2:4], num[4:6], num[6:8], num[8]]
    return (" ".join(g) if rng.random() < 0.6 else num), g


def gen_bsn(rng):
    while True:
        num = digits(rng, 9, True)
        if nl_bsn.is_valid(num):
            break
    g = [num[:4], num[4:6], num[6:]]
    return (num if rng.random() < 0.75 else ".".join(g)), g


def gen_nn(rng):
    while True:
        y, m, d = rand_date(rng, 1950, 2009)
        body = "%02d%02d%02d%03d" % (y % 100, m, d, rng.randint(1, 997))
        base = int(("2" + body) if y >= 2000 else body)
        num = body + "%02d" % (97 - base % 97)
        if be_nn.is_valid(num):
            break
    g = [num[:2], num[2:4], num[4:6], num[6:9], num[9:]]
    return (f"{g[0]}.{g[1]}.{g[2]}-{g[3]}.{g[4]}" if rng.random() < 0.6 else num), g


def gen_pesel(rng):
    W = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    while True:
        y, m, d = rand_date(rng, 1950, 2008)
        mm = m + (20 if y >= 2000 else 0)
        body = "%02d%02d%02d" % (y % 100, mm, d) + digits(rng, 4)
        chk = (10 - sum(int(c) * w for c, w in zip(body, W)) % 10) % 10
        num = body + str(chk)
        if pl_pesel.is_valid(num):
            break
    return num, [num[:6], num[6:]]


# ---------------------------------------------------------------------------
# obfuscation
DIGIT_FORMS = [("lookalike", 2.0), ("mixed", 2.0), ("spaced", 1.4), ("dots", 1.0),  # blind19: 2.0 (was 3.0)
               ("dashes", 1.4), ("nbsp", 1.0), ("narrow_nbsp", 0.7), ("zero_width", 1.0),
               ("soft_hyphen", 0.7), ("double_space", 1.0), ("slashes", 0.8),
               ("line_break", 0.8), ("words", 1.2), ("lowercase", 1.0), ("fullwidth", 0.6),
               ("parenthesised", 0.7), ("bracketed", 0.7),
               # blind17
               ("underscores", 0.5), ("commas", 0.8), ("partial_words", 1.0), ("keycap", 0.5),
               # blind18
               ("pairs", 1.2), ("middle_dots", 0.9), ("uri", 0.8), ("hyphen_words", 0.8),
               # blind19
               ("split_rest", 2.0), ("fancy_digits", 1.0), ("circled", 0.6), ("semicolons", 1.0),
               ("code_ticks", 1.4), ("quoted", 1.3), ("bilingual_words", 1.2), ("hyphen_linebreak", 1.2),
               ("html_entity", 1.0), ("percent_encoded", 1.0), ("arabic_indic", 1.3),
               ("spelling_alphabet", 1.8), ("tabs", 1.0), ("ellipsis", 1.0),
               # blind20
               ("split_sorry", 2.2), ("self_corrected", 2.2), ("emoji_between", 1.8), ("interleaved_words", 1.8),
               ("superscript", 1.2), ("code_block", 1.0), ("lower_compact", 1.8), ("intl_trunk", 2.5),
               ("spaced_dashes", 1.8), ("homoglyph", 2.0), ("chat_bold", 1.4), ("thin_space", 1.2),
               ("voice_fillers", 1.5), ("quoted_wrap", 0.8),
               # blind21
               ("reversed", 1.6), ("pipes", 2.6), ("glued_label", 1.6), ("json_escaped", 2.0), ("combining", 2.0),
               ("repeated_seps", 2.6), ("char_spaced", 2.4), ("area_code_then", 3.6), ("pair_words", 3.0),
               ("en_dashes", 2.6), ("spoken_separators", 2.4)]
EMAIL_FORMS = [("words", 3.0), ("parenthesised", 2.0), ("bracketed", 2.0), ("mixed", 2.5),
               ("spaced", 1.0), ("zero_width", 0.8), ("soft_hyphen", 0.5), ("fullwidth", 0.5),
               ("line_break", 0.6), ("lookalike", 0.0), ("braced", 1.5),
               # blind18
               ("uri", 1.2), ("klammeraffe", 1.6), ("uppercase", 0.8),
               # blind19
               ("code_ticks", 1.3), ("quoted", 1.0), ("html_entity", 1.8), ("percent_encoded", 1.6),
               # blind20
               ("aet", 3.0), ("homoglyph", 1.8), ("chat_bold", 1.2), ("comma_tld", 2.0), ("code_block", 0.6),
               # blind21
               ("reversed", 1.6), ("glued_label", 1.8), ("json_escaped", 3.0), ("combining", 1.8), ("char_spaced", 3.0)]
HEALTH_FORMS = [("misspelled", 4.0), ("lowercase", 2.0), ("zero_width", 0.8),
                ("soft_hyphen", 0.8), ("nbsp", 0.6), ("double_space", 0.6), ("line_break", 0.4),
                # blind18
                ("split_compound", 4.0), ("uppercase", 0.8),
                # blind19
                ("leetspeak", 1.6), ("hashtag", 1.3),
                # blind20
                ("chat_bold", 1.5),
                # blind21
                ("typo_head", 4.0), ("syllable_hyphens", 3.5)]
ICD_FORMS = [("nodot", 4.0), ("lowercase", 1.5), ("spaced", 1.0), ("zero_width", 0.7),
             ("fullwidth", 0.5), ("lookalike", 1.2),
             ("glued_label", 3.0), ("combining", 1.2)]  # blind21
EXP_FORMS = [("spaced", 1.0), ("dots", 1.0), ("dashes", 1.5), ("fullwidth", 0.5),
             ("lookalike", 1.0), ("zero_width", 0.5), ("arabic_indic", 0.6), ("fancy_digits", 0.5),
             ("superscript", 0.8), ("chat_bold", 0.5),  # blind20
             ("glued_label", 2.0), ("spoken_separators", 1.5), ("en_dashes", 1.5), ("combining", 0.6)]  # blind21
CVC_FORMS = [("spaced", 1.5), ("words", 1.5), ("lookalike", 1.0), ("fullwidth", 0.5),
             ("zero_width", 0.5), ("keycap", 0.8), ("hyphen_words", 1.0),  # blind18
             ("bilingual_words", 1.2), ("arabic_indic", 0.8), ("circled", 0.6), ("fancy_digits", 0.5),  # blind19
             ("superscript", 0.8), ("interleaved_words", 1.2), ("voice_fillers", 0.6),  # blind20
             ("pair_words", 2.5), ("glued_label", 2.0), ("combining", 0.8)]  # blind21


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in s)


def insert_chars(rng, s, ch, k):
    pos = sorted(rng.sample(range(1, len(s)), min(k, len(s) - 1)))
    out, last = [], 0
    for p in pos:
        out.append(s[last:p])
        out.append(ch)
        last = p
    out.append(s[last:])
    return "".join(out)


def to_words(rng, s, lang):
    W = W_DE if lang == "de" else W_EN
    toks = []
    i = 0
    s2 = s
    while i < len(s2):
        ch = s2[i]
        if ch.isdigit():
            j = i
            while j < len(s2) and s2[j] == ch:
                j += 1
            run = j - i
            word = W[int(ch)]
            if lang == "en" and ch == "0" and rng.random() < 0.5:
                word = "oh"
            if lang == "de" and ch == "2" and rng.random() < 0.3:
                word = "zwo"
            while run > 0:
                if run >= 2 and rng.random() < 0.6:
                    toks.append(("doppel " if lang == "de" else "double ") + word)
                    run -= 2
                else:
                    toks.append(word)
                    run -= 1
            i = j
            continue
        if ch == "+":
            toks.append("plus")
        elif ch.isalpha():
            toks.append(ch.upper())
        elif ch in " -/" and toks and toks[-1] != ",":
            if rng.random() < 0.35:
                toks[-1] = toks[-1] + ","
        i += 1
    return " ".join(toks)


def lookalike(rng, s):
    pos = [i for i, c in enumerate(s) if c in LOOK]
    if not pos:
        return None
    k = min(len(pos), rng.choice([1, 2, 2, 3]))
    lst = list(s)
    for i in rng.sample(pos, k):
        lst[i] = rng.choice(LOOK[lst[i]])
    return "".join(lst)


def chunk_groups(groups):
    if len(groups) >= 2:
        return groups
    s = groups[0]
    if len(s) <= 4:
        return [s]
    return [s[i:i + 4] for i in range(0, len(s), 4)] if len(s) > 8 else [s[:len(s) // 2],
                                                                          s[len(s) // 2:]]


QUOTES = {"de": [("„", "“"), ("»", "«"), ('"', '"'), ("‚", "‘")],  # blind19
          "en": [("“", "”"), ('"', '"'), ("'", "'"), ("‘", "’")]}
CIRCLED = "\u24ea\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468"
FANCY_BASES = [0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6]  # bold, double-struck, sans, sans bold, mono


def fancy(rng, s):
    if not re.search(r"[0-9]", s):
        return None
    b = rng.choice(FANCY_BASES)
    return "".join(chr(b + int(c)) if "0" <= c <= "9" else c for c in s)


def to_arabic(rng, s):
    if not re.search(r"[0-9]", s):
        return None
    base = 0x0660 if rng.random() < 0.7 else 0x06F0
    return "".join(chr(base + int(c)) if "0" <= c <= "9" else c for c in s)


def obfuscate(rng, typ, plain, groups, form, lang):
    """Return obfuscated string, or None if the form does not apply."""
    if form in NEW_FORMS_B21:  # blind21 (may return a (prefix, shown, suffix) triple)
        return obfuscate_b21(rng, typ, plain, groups, form, lang)
    if form in NEW_FORMS_B20:  # blind20
        return obfuscate_b20(rng, typ, plain, groups, form, lang)
    g = chunk_groups([x for x in groups if x]) if groups else [plain]
    if typ == "EMAIL":
        local, dom = plain.split("@", 1)
        dotw = "punkt" if lang == "de" else "dot"
        if form == "words":
            d2 = dom.replace(".", f" {dotw} ")
            loc = local.replace(".", f" {dotw} ") if rng.random() < 0.3 else local
            return f"{loc} at {d2}"
        if form == "parenthesised":
            return f"{local}(at){dom}" if rng.random() < 0.6 else \
                f"{local} (at) {dom.replace('.', ' (' + dotw + ') ')}"
        if form == "bracketed":
            return f"{local} [at] {dom.replace('.', ' [' + dotw + '] ')}" if rng.random() < 0.7 \
                else f"{local}[at]{dom}"
        if form == "mixed":
            return f"{local} (at) {dom.replace('.', ' ' + dotw + ' ', 1)}" if rng.random() < 0.5 \
                else f"{local} at {dom.replace('.', '[.]', 1)}".replace("[.]", " [.] ")
        if form == "spaced":
            return f"{local} @ {dom.replace('.', ' . ')}"
        if form == "zero_width":
            return plain.replace("@", ZW + "@" + ZW) if rng.random() < 0.5 else \
                insert_chars(rng, plain, ZW, 2)
        if form == "soft_hyphen":
            return insert_chars(rng, plain, SHY, 2)
        if form == "fullwidth":
            return plain.replace("@", "＠").replace(".", "．")
        if form == "line_break":
            return plain.replace("@", "@\n", 1)
        if form == "braced":  # blind17: name{at}domain{dot}de / name <at> domain <dot> de
            if rng.random() < 0.5:
                return f"{local}{{at}}{dom.replace('.', '{' + dotw + '}')}"
            return f"{local} <at> {dom.replace('.', ' <' + dotw + '> ')}"
        if form == "uri":  # blind18: pasted mailto: link
            return f"mailto:{plain}"
        if form == "klammeraffe":  # blind18: the @ spelt as a word
            if lang == "de":
                at = rng.choice(["Klammeraffe", "Klammeraffe", "at-Zeichen", "(Klammeraffe)"])
                d2 = dom if rng.random() < 0.6 else dom.replace(".", " punkt ")
                return f"{local} {at} {d2}"
            d2 = dom if rng.random() < 0.6 else dom.replace(".", " dot ")
            return f"{local} at sign {d2}"
        if form == "uppercase":  # blind18: typed in caps
            return plain.upper()
        # blind19
        if form == "code_ticks":  # pasted as markdown inline code
            return f"`{plain}`"
        if form == "quoted":
            a, b = rng.choice(QUOTES[lang])
            return a + plain + b
        if form == "html_entity":  # copied from HTML source: &#64; / &commat; / &#46;
            at = rng.choice(["&#64;", "&commat;", "&#x40;"])
            d2 = dom.replace(".", "&#46;") if rng.random() < 0.4 else dom
            return local + at + d2
        if form == "percent_encoded":  # copied out of a link: max.mustermann%40gmx.de
            return urllib.parse.quote(plain, safe="")
        return None
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        if form == "misspelled":
            return misspell(rng, plain)
        if form == "lowercase":
            return plain.lower() if plain.lower() != plain else None
        if form == "zero_width":
            return insert_chars(rng, plain, ZW, 1) if len(plain) > 3 else None
        if form == "soft_hyphen":
            ws = [m.start() for m in re.finditer(r"[a-zäöü]{3}[a-zäöü]{3}", plain)]
            if not ws:
                return None
            p = rng.choice(ws) + 3
            return plain[:p] + SHY + plain[p:]
        if form == "nbsp":
            return plain.replace(" ", NBSP) if " " in plain else None
        if form == "double_space":
            return plain.replace(" ", "  ") if " " in plain else None
        if form == "line_break":
            return plain.replace(" ", "\n", 1) if " " in plain else None
        if form == "split_compound":  # blind18: compound split or hyphenated the way people type it
            alts = terms.SPLIT_COMPOUNDS.get(plain)
            return rng.choice(alts) if alts else None
        if form == "uppercase":
            return plain.upper() if plain.upper() != plain else None
        # blind19
        if form == "leetspeak":  # algospeak: "d3pression", "ep1lepsy"
            if re.search(r"\d", plain):
                return None
            pos = [i for i, c in enumerate(plain) if c in LEET]
            if not pos:
                return None
            lst = list(plain)
            for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
                lst[i] = "@" if lst[i] == "a" and rng.random() < 0.35 else LEET[lst[i]]
            return "".join(lst)
        if form == "hashtag":  # "#Endometriose", "#longcovid"
            if len(plain) < 4 or "/" in plain or re.match(r"(?i)(a|an|the|my)\s", plain):
                return None
            parts = [x for x in re.split(r"[\s\-]+", plain) if x]
            body = "".join(x[:1].upper() + x[1:] for x in parts) if rng.random() < 0.6 else "".join(parts).lower()
            return "#" + body
        return None
    if typ == "ICD10":
        if form == "nodot":
            return plain.replace(".", "") if "." in plain else None
        if form == "lowercase":
            return plain.lower()
        if form == "spaced":
            return " ".join(plain)
        if form == "zero_width":
            return insert_chars(rng, plain, ZW, 1)
        if form == "fullwidth":
            return fullwidth(plain)
        if form == "lookalike":
            body = plain[1:]
            lk = lookalike(rng, body)
            return plain[0] + lk if lk else None
        return None
    if typ == "CARD_EXPIRY":
        if form == "spaced":
            return " ".join(plain.replace(" ", "")) if "/" in plain else None
        if form in ("dots", "dashes") and "/" in plain:
            return plain.replace("/", "." if form == "dots" else "-")
        if form == "fullwidth":
            return fullwidth(plain)
        if form == "lookalike":
            return lookalike(rng, plain)
        if form == "zero_width":
            return plain.replace("/", ZW + "/") if "/" in plain else None
        if form == "arabic_indic":  # blind19
            return to_arabic(rng, plain)
        if form == "fancy_digits":  # blind19
            return fancy(rng, plain)
        return None
    # blind19: new digit forms
    if form == "split_rest":  # "0171 234, der Rest ist 56 78" -- one value across two sentences
        if len(g) < 2 or typ in ("BIC", "CVC"):
            return None
        ks = [k for k in range(1, len(g)) if len(re.sub(r"\W", "", "".join(g[:k]))) >= 3
              and len(re.sub(r"\D", "", "".join(g[k:]))) >= 3]  # both parts carry real digits
        if not ks:
            return None
        k = rng.choice(ks)
        return " ".join(g[:k]) + rng.choice(REST_CONN[lang]) + " ".join(g[k:])
    if form == "fancy_digits":  # mathematical bold / double-struck / monospace digits
        return fancy(rng, plain)
    if form == "circled":  # ⓪①②
        if typ not in ("PHONE", "CVC", "US_SSN", "UK_NHS", "NL_BSN", "DE_STEUER_ID", "PL_PESEL"):
            return None
        return "".join(CIRCLED[int(c)] if c.isdigit() else c for c in plain)
    if form == "semicolons":
        return rng.choice([";", "; "]).join(g) if len(g) > 1 else None
    if form == "code_ticks":  # markdown inline code
        return f"`{plain}`"
    if form == "quoted":
        a, b = rng.choice(QUOTES[lang])
        return a + plain + b
    if form == "bilingual_words":  # number words switching between German and English
        if typ not in ("PHONE", "CVC", "US_SSN", "UK_NHS", "NL_BSN", "DE_STEUER_ID", "AT_SVNR", "PL_PESEL"):
            return None
        gg = [x for x in re.split(r"[\s\-/.()]+", EXT_RE.sub("", plain)) if x]
        if not gg or not all(re.fullmatch(r"\+?\d+", x) for x in gg):
            return None
        for _ in range(20):
            langs = []
            out = []
            for x in gg:
                ws = ["plus"] if x.startswith("+") else []
                for c in x.lstrip("+"):
                    L = rng.choice(["de", "en"])
                    langs.append(L)
                    ws.append((W_DE if L == "de" else W_EN)[int(c)])
                out.append(" ".join(ws))
            if len(set(langs)) == 2:
                return rng.choice([", ", " ", " - "]).join(out)
        return None
    if form == "hyphen_linebreak":  # PDF-style hyphenated line wrap inside a group
        if typ in ("CVC", "BIC"):
            return None
        text = " ".join(g) if len(g) > 1 else plain
        pos = [i for i in range(2, len(text) - 1) if text[i - 1].isalnum() and text[i].isalnum()]
        if not pos:
            return None
        i = rng.choice(pos)
        return text[:i] + "-\n" + text[i:]
    if form == "html_entity":  # copied from HTML: &#43;49&nbsp;171 ...
        if typ not in ("PHONE", "IBAN", "CARD"):
            return None
        out = plain
        if out.startswith("+"):
            out = rng.choice(["&#43;", "&plus;", "&#x2B;"]) + out[1:]
        elif " " not in out:
            return None
        if " " in out and (rng.random() < 0.6 or not plain.startswith("+")):
            out = out.replace(" ", "&nbsp;")
        return out
    if form == "percent_encoded":  # copied out of a URL: %2B49%20171 ...
        if typ not in ("PHONE", "IBAN"):
            return None
        out = urllib.parse.quote(plain, safe="")
        return out if out != plain else None
    if form == "arabic_indic":  # Eastern Arabic / Persian digits
        if typ == "BIC":
            return None
        return to_arabic(rng, plain)
    if form == "spelling_alphabet":  # letters dictated with a spelling alphabet
        if typ not in ("IBAN", "DE_KVNR", "UK_NINO", "DE_PASSPORT", "DE_ID_CARD", "ES_NIE", "ES_DNI",
                       "DE_RVNR", "DE_USTID"):
            return None
        letters = [c for c in plain if c.isalpha()]
        if not letters or len(letters) > 6:
            return None
        tab, conn = (SPELL_DE, "wie") if lang == "de" else (SPELL_EN, rng.choice(["for", "for", "as in"]))
        out = []
        for c in plain:
            if c.isalpha():
                out.append(f" {c} {conn} {rng.choice(tab[c.upper()])}{rng.choice([',', '', ''])} ")
            else:
                out.append(c)
        return re.sub(r"\s+", " ", "".join(out)).strip(" ,")
    if form == "tabs":  # pasted from a spreadsheet
        return "\t".join(g) if len(g) > 1 else None
    if form == "ellipsis":
        return rng.choice(["…", "...", " … "]).join(g) if len(g) > 1 else None
    # blind18: new digit forms
    if form == "pairs":  # phone read out in pairs after the area code ("0171 23 45 67 8" -> "0171 234 56 78")
        if typ != "PHONE":
            return None
        base = EXT_RE.sub("", plain).strip()
        intl = base.startswith(("+", "00"))
        first = re.split(r"[\s/\-.]+", base.replace("(", "").replace(")", ""))[0]
        cands = []
        for reg in (["DE"] if intl else PHONE_REGIONS):  # national format: a region whose national
            try:                                         # format has exactly these digits
                n = phonenumbers.parse(base, reg)
            except Exception:
                continue
            nat = re.sub(r"\D", "", phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL))
            if not phonenumbers.is_valid_number(n) or n.country_code == 1:
                continue
            if not intl and nat != re.sub(r"\D", "", base):
                continue
            nsn = phonenumbers.national_significant_number(n)
            ndc = phonenumbers.length_of_national_destination_code(n)
            if ndc <= 0 or len(nsn) - ndc < 4:
                continue
            head = f"+{n.country_code} {nsn[:ndc]}" if intl else ("0" if nat == "0" + nsn else "") + nsn[:ndc]
            cands.append((head.split()[-1] != first, head, nsn[ndc:]))  # prefer the writer's own area code
        if not cands:
            return None
        _, head, sub = min(cands, key=lambda c: c[0])
        chunks = ([sub[:3]] if len(sub) % 2 else []) + [sub[i:i + 2] for i in range(len(sub) % 2 * 3, len(sub), 2)]
        return head + " " + " ".join(chunks)
    if form == "middle_dots":  # groups joined with a middle dot or bullet
        sep = rng.choice(["\u00b7", "\u2022", " \u00b7 ", " \u2022 "])
        if typ == "PHONE":  # keep the writer's own grouping
            base = EXT_RE.sub("", plain).strip()
            if "(" in base or not re.search(r"\d[\s/\-]+\d", base):
                return None
            return re.sub(r"\s*[\s/\-]\s*", sep, base)
        if len(g) < 2:
            return None
        return sep.join(g)
    if form == "uri":  # pasted tel: link
        if typ != "PHONE":
            return None
        try:
            n = phonenumbers.parse(EXT_RE.sub("", plain), "DE" if lang == "de" else "GB")
        except Exception:
            return None
        e164 = phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
        return "tel:" + (e164 if rng.random() < 0.7 else phonenumbers.format_number(
            n, phonenumbers.PhoneNumberFormat.RFC3966)[4:])
    if form == "hyphen_words":  # number words joined by hyphens, groups by spaces
        if typ not in ("PHONE", "CVC", "US_SSN", "UK_NHS", "NL_BSN", "DE_STEUER_ID"):
            return None
        W = W_DE if lang == "de" else W_EN
        gg = [x for x in re.split(r"[\s\-/.()]+", EXT_RE.sub("", plain)) if x]
        if not gg or not all(re.fullmatch(r"\+?\d+", x) for x in gg):
            return None
        out = []
        for x in gg:
            ws = (["plus"] if x.startswith("+") else []) + [W[int(c)] for c in x.lstrip("+")]
            out.append("-".join(ws))
        return " ".join(out)
    # blind17: new digit forms
    if form == "underscores":
        return "_".join(g) if len(g) > 1 else None
    if form == "commas":
        return ", ".join(g) if len(g) > 1 else None
    if form == "keycap":
        if typ not in ("PHONE", "CVC", "UK_NHS", "US_SSN", "NL_BSN"):
            return None
        return "".join(ch + KEYCAP if ch.isdigit() else ch for ch in plain)
    if form == "partial_words":
        if typ not in ("PHONE", "CARD", "CVC", "US_SSN", "UK_NHS", "DE_STEUER_ID", "NL_BSN",
                       "PL_PESEL", "AT_SVNR", "CH_AHV", "FR_NIR", "BE_NN", "DE_STEUERNUMMER"):
            return None
        gg = [x for x in re.split(r"[\s\-/.()]+", plain) if x]
        if len(gg) < 2 or not all(re.fullmatch(r"\+?\d+", x) for x in gg):
            return None
        pick = set(rng.sample(range(len(gg)), rng.randint(1, len(gg) - 1)))
        return " ".join(to_words(rng, x, lang) if i in pick else x for i, x in enumerate(gg))
    # digit-ish values
    if form == "spaced":
        return " ".join(c for c in "".join(g))
    if form == "dots":
        return ".".join(g) if len(g) > 1 else None
    if form == "dashes":
        return "-".join(g) if len(g) > 1 else None
    if form == "slashes":
        return "/".join(g) if len(g) > 1 else None
    if form == "nbsp":
        return NBSP.join(g) if len(g) > 1 else None
    if form == "narrow_nbsp":
        return NNBSP.join(g) if len(g) > 1 else None
    if form == "double_space":
        return "  ".join(g) if len(g) > 1 else None
    if form == "line_break":
        if len(g) < 2:
            return None
        k = rng.randrange(1, len(g))
        return " ".join(g[:k]) + "\n" + " ".join(g[k:])
    if form == "zero_width":
        c = "".join(g)
        return insert_chars(rng, c, ZW, rng.randint(2, 4)) if len(c) > 4 else None
    if form == "soft_hyphen":
        c = "".join(g)
        return insert_chars(rng, c, SHY, rng.randint(1, 3)) if len(c) > 4 else None
    if form == "lookalike":
        base = plain
        if typ == "IBAN":
            lk = lookalike(rng, base[2:])
            return base[:2] + lk if lk else None
        if typ in ("BIC",):
            return None
        return lookalike(rng, base)
    if form == "words":
        if typ in ("BIC",):
            return None
        return to_words(rng, plain, lang)
    if form == "mixed":
        if len(g) < 2:
            return None
        seps = [" ", "-", ".", "/", "  ", " - ", " / "]
        while True:
            chosen = [rng.choice(seps) for _ in range(len(g) - 1)]
            if len(set(chosen)) > 1 or len(g) == 2:
                break
        out = g[0] + "".join(s + x for s, x in zip(chosen, g[1:]))
        if rng.random() < 0.5:
            lk = lookalike(rng, out[2:] if typ == "IBAN" else out)
            if lk:
                out = (out[:2] + lk) if typ == "IBAN" else lk
        return out
    if form == "lowercase":
        return plain.lower() if plain.lower() != plain else None
    if form == "fullwidth":
        return fullwidth(plain)
    if form == "parenthesised":
        if len(g) < 2:
            return f"({plain})"
        return f"({g[0]}) " + " ".join(g[1:])
    if form == "bracketed":
        return "[" + " ".join(g) + "]"
    return None


def misspell(rng, term):
    words = [(m.start(), m.end()) for m in re.finditer(r"[A-Za-zÄÖÜäöüß]{5,}", term)]
    if not words:
        return None
    for _ in range(20):
        a, b = rng.choice(words)
        w = term[a:b]
        op = rng.choice(["swap", "drop", "double", "sub", "ie"])
        if op == "swap":
            i = rng.randrange(1, len(w) - 2)
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "drop":
            i = rng.randrange(1, len(w) - 1)
            w2 = w[:i] + w[i + 1:]
        elif op == "double":
            i = rng.randrange(1, len(w) - 1)
            w2 = w[:i] + w[i] + w[i:]
        elif op == "sub":
            reps = [("ph", "f"), ("th", "t"), ("ck", "k"), ("y", "i"), ("ä", "ae"), ("ü", "ue"),
                    ("ö", "oe"), ("ss", "s"), ("mm", "m"), ("tt", "t"), ("ll", "l"), ("z", "tz"),
                    ("c", "k"), ("ou", "o"), ("ae", "e")]
            reps = [r for r in reps if r[0] in w]
            if not reps:
                continue
            x, y = rng.choice(reps)
            w2 = w.replace(x, y, 1)
        else:
            if "ie" in w:
                w2 = w.replace("ie", "ei", 1)
            elif "ei" in w:
                w2 = w.replace("ei", "ie", 1)
            else:
                continue
        cand = term[:a] + w2 + term[b:]
        if cand != term and cand.lower() != term.lower():
            return cand
    return None


def choose_form(rng, typ, plain, forced=None, rate=0.18):  # blind21: 0.18 (blind18-20: 0.30; more forced forms)
    if forced:
        return forced
    if rng.random() >= rate:
        return "plain"
    if typ == "EMAIL":
        table = EMAIL_FORMS
    elif typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        if plain in terms.SPLIT_COMPOUNDS and rng.random() < 0.5:  # blind18: split where people split
            return "split_compound"
        table = HEALTH_FORMS
    elif typ == "ICD10":
        table = ICD_FORMS
    elif typ == "CARD_EXPIRY":
        table = EXP_FORMS
    elif typ == "CVC":
        table = CVC_FORMS
    else:
        table = DIGIT_FORMS
    return wchoice(rng, table)


# ---------------------------------------------------------------------------
# negatives
def _d(rng, n, nz=True):
    return digits(rng, n, nz)


def _luhn15(rng, prefix):
    return luhn_complete(prefix, 15, rng)


def ean13(rng, prefix):
    body = prefix + digits(rng, 12 - len(prefix))
    return body + std_ean.calc_check_digit(body)


def isbn13(rng):
    body = "978" + rng.choice(["3", "1", "0"]) + digits(rng, 8)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return f"{body[:3]}-{body[3]}-{body[4:7]}-{body[7:12]}-{chk}"


def pzn(rng):
    while True:
        body = digits(rng, 7)
        c = sum(int(x) * (i + 1) for i, x in enumerate(body)) % 11
        if c != 10:
            return body + str(c)


def neg_date(rng, lang):
    y = rng.randint(2023, 2026)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y % 100:02d}", f"{d}.{m}.",
                           f"{d:02d}.{m:02d}.", f"{y}-{m:02d}-{d:02d}", f"{d}.{m}.{y}"])
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d}/{m}/{y % 100:02d}", f"{d}.{m}.{y}"])


def neg_amount(rng, lang):
    a = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 25000)])
    c = rng.randint(0, 99)
    if lang == "de":
        s = f"{a:,}".replace(",", ".") + f",{c:02d}"
        return rng.choice([f"{s} €", f"{s}€", f"€ {s}", f"{s} EUR", f"EUR {s}", f"CHF {a}.{c:02d}",
                           f"{a},- €", f"{s} Euro"])
    s = f"{a:,}.{c:02d}"
    return rng.choice([f"£{s}", f"${s}", f"€{s}", f"{s} EUR", f"£{a}", f"${a}", f"USD {s}"])


def plate(rng):
    r = rng.random()
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if r < 0.55:
        city = rng.choice(["B", "M", "HH", "K", "F", "S", "D", "DO", "E", "HB", "N", "L", "DD",
                           "H", "KA", "MA", "BN", "AC", "GÖ", "FR", "OF", "RE"])
        return f"{city}-{''.join(rng.choice(L) for _ in range(rng.randint(1, 2)))} " \
               f"{rng.randint(1, 9999)}" + rng.choice(["", "", "E", "H"])
    if r < 0.75:
        return "".join(rng.choice(L) for _ in range(2)) + "%02d" % rng.randint(10, 75) + " " + \
            "".join(rng.choice(L) for _ in range(3))
    if r < 0.88:
        return rng.choice(["W", "G", "L", "S", "I"]) + " " + str(rng.randint(100, 9999)) + " " + \
            "".join(rng.choice(L) for _ in range(rng.randint(1, 2)))
    return rng.choice(["ZH", "BE", "LU", "AG", "SG", "BS"]) + " " + str(rng.randint(1000, 999999))


def ipaddr(rng):
    r = rng.random()
    if r < 0.4:
        return f"192.168.{rng.choice([0, 1, 2, 178])}.{rng.randint(1, 254)}"
    if r < 0.55:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return ".".join(str(rng.randint(1, 223)) for _ in range(4))


UPS_AL = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
L26 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _alnum(rng, n, al=UPS_AL):
    return "".join(rng.choice(al) for _ in range(n))


EXAMPLE_IBANS = ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000",
                 "GB82 WEST 1234 5698 7654 32", "GB33BUKB20201555555555",
                 "AT61 1904 3002 3457 3201", "CH93 0076 2011 6238 5295 7",
                 "NL91ABNA0417164300", "FR14 2004 1010 0505 0001 3M02 606",
                 "ES91 2100 0418 4502 0005 1332", "DE02 1203 0000 0000 2020 51",
                 "BE68 5390 0754 7034", "IT60X0542811101000000123456"]
TEST_CARD_SHOW = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444",
                  "4111111111111111", "5105 1051 0510 5100", "3782 822463 10005",
                  "4000 0566 5566 5556", "4012 8888 8888 1881"]
TARIFFS = ["MagentaMobil M", "Vodafone GigaMobil XL", "O2 Mobile Unlimited Max", "Smart 24",
           "GigaZuhause 1000 Kabel", "Ökostrom Plus 24", "EWE Klassik", "congstar Allnet Flat M",
           "EE Essentials 100GB", "Three Unlimited Data", "Vodafone Red Entertainment",
           "Sky Broadband Superfast", "BT Full Fibre 500", "Yallo Swiss Flat", "Salt Swiss Max",
           "A1 Xcite Flex", "Magenta Zuhause L", "1&1 All-Net-Flat L", "Premium Sparkonto",
           "Gym Flex 12", "Comfort Strom 12", "Basic Fit Premium", "Tarif Classic 24"]
FLIGHT_AL = ["LH", "EW", "BA", "FR", "U2", "LX", "OS", "KL", "AF", "DE", "X3", "4U", "VY",
             "IB", "AA", "UA", "DL", "EI", "TK", "W6"]
MODELS = ["SM-S918B", "iPhone 15 Pro", "WH-1000XM5", "Pixel 8a", "KD-55X85L", "SM-A546B",
          "EOS R50", "FRITZ!Box 7590", "Speedport Smart 4", "iPad Air 5", "MX Master 3S",
          "XPS 13 9340", "Galaxy Tab S9", "Thermomix TM6", "V15 Detect", "Series 8 GPS"]


def neg_gen(kind, rng, lang):
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2022, 2026)
    if kind == "order_number":
        return rng.choice([f"#{d(6)}", f"{d(8)}", f"A{d(7)}", f"BE-{d(8)}", f"ORD-{y}-{d(6)}",
                           f"{d(3)}-{d(5)}", f"WEB{d(7)}", f"{d(9)}"])
    if kind == "order_amazon":
        return f"{rng.choice(['302', '303', '304', '305', '028', '171', '111', '114'])}-" \
               f"{d(7, False)}-{d(7, False)}"
    if kind == "tracking_dhl":
        return rng.choice([f"00340434{d(12, False)}", d(12), f"JJD{d(18, False)}",
                           f"0034 0434 {d(4, False)} {d(4, False)} {d(4, False)}",
                           f"JVGL{d(16, False)}"])
    if kind == "tracking_ups":
        return f"1Z{_alnum(rng, 6)}{rng.choice(['03', '02', '01', '66'])}{d(8, False)}"
    if kind == "tracking_hermes":
        return rng.choice([f"H10{d(17, False)}", f"{d(14)}", f"H{d(19, False)}"])
    if kind == "tracking_dpd":
        return rng.choice([f"0{d(13, False)}", f"0{d(3, False)} {d(4, False)} {d(4, False)} "
                           f"{d(3, False)}"])
    if kind == "tracking_gls":
        return rng.choice([d(12), f"ZK{_alnum(rng, 6, L26)}", d(8)])
    if kind == "tracking_usps":
        b = "9400" + d(18, False)
        return " ".join(b[i:i + 4] for i in range(0, len(b), 4))
    if kind == "tracking_royalmail":
        return f"{rng.choice(['RM', 'RF', 'JB', 'LX', 'TT', 'AB'])}{rng.choice(['0', '1', '2'])}{d(8, False)}GB"
    if kind == "invoice_number":
        return rng.choice([f"RE-{y}-{d(5, False)}", f"INV-{d(6)}", f"R{d(8)}", f"{y}/{d(5, False)}",
                           f"RG{d(7)}", f"INV{y}{d(4, False)}", f"F{y}-{d(4, False)}"])
    if kind == "customer_number":
        return rng.choice([f"K{d(7)}", d(8), f"KD-{d(6)}", f"{d(3)} {d(3)} {d(3)}", f"C-{d(7)}",
                           d(9), f"{d(4)}-{d(5)}"])
    if kind == "contract_number":
        return rng.choice([f"V{d(9)}", f"VN-{d(8)}", d(12), f"{d(4)}.{d(4, False)}.{d(2, False)}",
                           f"VTR-{d(7)}", f"{d(3)}/{d(6, False)}"])
    if kind == "meter_reading":
        return rng.choice([f"{d(5)},{d(1, False)} kWh", f"{d(5)} kWh", f"0{d(4)},{d(3, False)} m³",
                           f"{d(5)}.{d(1, False)}", f"{d(5)} units" if lang != "de" else f"{d(5)} kWh"])  # blind18
    if kind == "meter_number":
        return rng.choice([f"1ESY{d(8)}", f"1EMH{d(8)}", f"Z{d(8)}", f"{d(2)}{_alnum(rng, 2, L26)}"
                           f"{d(6)}", f"S{d(2)}{_alnum(rng, 1, L26)}{d(5)}"])
    if kind == "date":
        return neg_date(rng, lang)
    if kind == "time":
        h, mi = rng.randint(7, 21), rng.choice([0, 15, 30, 45, 10, 20, 50])
        if lang == "de":
            return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d} Uhr", f"{h}.{mi:02d}",
                               f"{h} Uhr" if mi == 0 else f"{h}:{mi:02d}", f"{h}:{mi:02d}h"])
        return rng.choice([f"{h}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}",
                           f"{h % 12 or 12}:{mi:02d}pm" if h > 12 else f"{h}:{mi:02d}am",
                           f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}" if mi == 0 else f"{h}:{mi:02d}"])
    if kind == "amount":
        return neg_amount(rng, lang)
    if kind == "percentage":
        return rng.choice([f"{rng.randint(2, 50)} %", f"{rng.randint(1, 9)},{rng.randint(1, 9)}%",
                           f"{rng.randint(1, 99)}%", f"{rng.randint(0, 9)}.{rng.randint(1, 99)}%"])
    if kind == "postcode":
        return rng.choice([f"{rng.randint(1067, 99998):05d}", f"{rng.randint(1010, 9999)}",
                           f"D-{rng.randint(10115, 99998)}", f"A-{rng.randint(1010, 9999)}",
                           f"CH-{rng.randint(1000, 9658)}", f"{rng.randint(10115, 99998)}"])
    if kind == "postcode_uk":
        a = rng.choice(["SW1A", "M1", "B33", "EC1V", "LS2", "G12", "BS8", "CF10", "NW3", "E14",
                        "OX4", "BN1", "EH3", "L18", "CB2"])
        return f"{a} {rng.randint(1, 9)}{_alnum(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"
    if kind == "zip_us":
        z = rng.randint(1001, 99950)
        return rng.choice([f"{z:05d}", f"{z:05d}-{rng.randint(1000, 9999)}"])
    if kind == "house_number":
        return rng.choice([str(rng.randint(1, 180)), f"{rng.randint(1, 99)}a",
                           f"{rng.randint(1, 60)}b", f"{rng.randint(2, 40)}-{rng.randint(41, 60)}"])
    if kind == "flight_number":
        return f"{rng.choice(FLIGHT_AL)}{rng.choice(['', ' '])}{rng.randint(10, 9899)}"
    if kind == "booking_code":
        while True:
            c = _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
            if re.search(r"\d", c) and re.search(r"[A-Z]", c):
                return c
    if kind == "imei":
        tac = rng.choice(["35", "86", "35", "01", "99"]) + d(6, False)
        num = luhn_complete(tac, 15, rng)
        return num if rng.random() < 0.7 else f"{num[:2]}-{num[2:8]}-{num[8:14]}-{num[14]}"
    if kind == "serial_number":
        return rng.choice([_alnum(rng, 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),
                           f"R58N{_alnum(rng, 7)}", f"SN{d(4)}-{_alnum(rng, 4)}-{d(4, False)}",
                           f"C02{_alnum(rng, 9)}", f"{_alnum(rng, 2, L26)}{d(6)}{_alnum(rng, 2, L26)}"])
    if kind == "software_version":
        return rng.choice([f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                           f"Android {rng.randint(11, 15)}", f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}."
                           f"{rng.randint(0, 20)}", f"Version {rng.randint(2, 8)}.{rng.randint(0, 9)}."
                           f"{rng.randint(0, 9)} (Build {rng.randint(100, 9999)})",
                           f"{rng.randint(1, 9)}.{rng.randint(10, 99)}.{rng.randint(100, 999)}",
                           f"FRITZ!OS {rng.randint(7, 8)}.{rng.randint(10, 60)}",
                           f"Windows 11 {rng.choice(['22H2', '23H2', '24H2'])}"])
    if kind == "ip_address":
        return ipaddr(rng)
    if kind == "licence_plate":
        return plate(rng)
    if kind == "ean":
        return ean13(rng, rng.choice(["400", "401", "402", "403", "404", "405", "426", "50",
                                      "76", "90", "871", "54"]))
    if kind == "article_number":
        return rng.choice([f"{d(3)}-{d(3, False)}-{d(2, False)}", f"B0{_alnum(rng, 8)}",
                           f"ART-{d(6)}", f"{d(6)}", f"{d(3)}.{d(3, False)}.{d(2, False)}",
                           f"SKU {_alnum(rng, 3, L26)}-{d(5)}"])
    if kind == "tariff_name":
        return rng.choice(TARIFFS)
    if kind == "room_number":
        return rng.choice([f"{rng.randint(1, 5)}.{rng.randint(1, 40):02d}", str(rng.randint(101, 540)),
                           f"{rng.randint(1, 4)}{rng.choice('ABC')}", f"B{rng.randint(100, 399)}"])
    if kind == "locker_pin":
        return rng.choice([d(6), d(4), f"{d(3)} {d(3, False)}"])
    if kind == "packstation":
        return str(rng.randint(101, 499))
    if kind == "dhl_postnummer":
        return rng.choice([d(8), d(9)])
    if kind == "voucher_code":
        return rng.choice([f"SOMMER{y % 100}-{_alnum(rng, 4)}", f"WELCOME{rng.choice([5, 10, 15, 20])}",
                           f"GUT-{_alnum(rng, 4)}-{_alnum(rng, 4)}", f"{_alnum(rng, 4)}-{_alnum(rng, 4)}"
                           f"-{_alnum(rng, 4)}", f"BLACK{y % 100}{_alnum(rng, 3, L26)}",
                           f"XMAS-{_alnum(rng, 6)}"])
    if kind == "reference_number":
        return rng.choice([f"REF-{_alnum(rng, 2, L26)}-{d(6)}-{_alnum(rng, 1, L26)}",
                           f"{_alnum(rng, 3, L26)}{d(6)}", f"{d(4)}/{y}",
                           f"{y}-{_alnum(rng, 2, L26)}-{d(5, False)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{d(6)}", f"TCK-{d(7)}", f"INC{d(7, False)}", f"{d(6)}",
                           f"CS-{y}-{d(5, False)}", f"#{d(5)}"])
    if kind == "lottery_number":
        nums = sorted(rng.sample(range(1, 50), 6))
        return rng.choice([" ".join(map(str, nums)), ", ".join(map(str, nums)),
                           f"{d(7)}", f"{d(1)} {d(3, False)} {d(3, False)}"])
    if kind == "case_number":
        return rng.choice([f"VG-{y}-{d(6, False)}", f"{y}-{d(7, False)}",
                           f"Fall {d(6)}" if lang == "de" else f"case {d(6)}",  # blind15: language-aware
                           f"CASE-{d(8)}", f"SR{d(8)}"])
    if kind == "policy_number":
        return rng.choice([f"VS-{d(8)}", f"POL{d(9)}", f"{d(3)}-{d(6, False)}-{d(2, False)}",
                           f"KFZ-{d(7)}", f"{_alnum(rng, 2, L26)}{d(8)}"])
    if kind == "claim_number":
        return rng.choice([f"SN-{y}-{d(5, False)}", f"SCH-{d(8)}", f"CLM{d(7)}",
                           f"{y}/{d(6, False)}"])
    if kind == "iccid":
        return luhn_complete("8949" + rng.choice(["22", "11", "02", "07"]), 20, rng)
    if kind == "mac_address":
        return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))
    if kind == "test_card":
        return rng.choice(TEST_CARD_SHOW)
    if kind == "example_iban":
        return rng.choice(EXAMPLE_IBANS)
    if kind == "isbn":
        return isbn13(rng)
    if kind == "service_number":
        return rng.choice(["116 117", "112", "110", "116117", "19222", "115", "116 123", "999",
                           "111", "911", "0800 111 0 111", "08000 511 511"][:10])
    if kind == "year":
        return str(rng.randint(1998, 2026))
    if kind == "quantity":
        return rng.choice([f"{rng.randint(2, 12)} Stück" if lang == "de" else f"{rng.randint(2, 12)} pcs",
                           f"{rng.randint(2, 6)}x", f"{rng.randint(2, 24)} Pakete" if lang == "de"
                           else f"{rng.randint(2, 24)} boxes"])
    if kind == "weight":
        return rng.choice([f"{rng.randint(1, 30)},{rng.randint(1, 9)} kg", f"{rng.randint(1, 31)} kg",
                           f"{rng.randint(100, 950)} g", f"{rng.randint(2, 60)} lbs"])
    if kind == "temperature":
        return rng.choice([f"{rng.randint(-5, 36)} Grad", f"{rng.randint(18, 24)}°C",
                           f"{rng.randint(40, 95)}°F", f"{rng.randint(-5, 36)}°"])
    if kind == "dimension":
        return rng.choice([f"{rng.choice([90, 100, 120, 140, 160, 180])}x200 cm",
                           f"{rng.randint(20, 80)} x {rng.randint(20, 60)} x {rng.randint(10, 50)} cm",
                           f"{rng.randint(24, 75)} Zoll" if lang == "de" else f"{rng.randint(24, 75)} inch"])
    if kind == "speed":
        return rng.choice([f"{rng.choice([50, 100, 250, 500, 1000])} Mbit/s",
                           f"{rng.randint(2, 80)} Mbps", f"{rng.randint(1, 9)} Mbit"])
    if kind == "data_volume":
        return rng.choice([f"{rng.choice([5, 10, 20, 40, 50, 100, 140])} GB",
                           f"{rng.randint(100, 900)} MB", f"{rng.randint(1, 4)} TB"])
    if kind == "model_number":
        return rng.choice(MODELS)
    if kind == "seat_number":
        return f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    if kind == "gate":
        return f"{rng.choice('ABCDEFGHKZ')}{rng.randint(1, 60)}"
    if kind == "train_number":
        return rng.choice([f"ICE {rng.randint(500, 1999)}", f"IC {rng.randint(2000, 2399)}",
                           f"RE {rng.randint(1, 90)}", f"RJX {rng.randint(40, 800)}",
                           f"S{rng.randint(1, 9)}", f"EC {rng.randint(10, 399)}"])
    if kind == "mandate_reference":
        return rng.choice([f"M-{d(8)}", f"MR{d(6)}A", f"MAND-{y}-{d(4, False)}", f"{_alnum(rng, 3, L26)}{d(7)}"])
    if kind == "card_last4":
        return rng.choice([d(4, False), f"**** {d(4, False)}", f"xxxx xxxx xxxx {d(4, False)}",
                           f"**** **** **** {d(4, False)}"])
    if kind == "pzn":
        return pzn(rng)
    if kind == "batch_number":
        return rng.choice([f"{d(1)}{_alnum(rng, 1, L26)}{d(2)}{_alnum(rng, 1, L26)}{d(1)}",
                           f"LOT {d(2)}{_alnum(rng, 1, L26)}{d(3)}", f"Ch.-B. {_alnum(rng, 6)}",
                           f"{_alnum(rng, 2, L26)}{d(4)}"])
    if kind == "vin":
        return f"{rng.choice(['WVW', 'WBA', 'WDD', 'VF1', 'TMB', 'WF0', 'SAL', 'ZFA'])}ZZZ" \
               f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ123456789')}{_alnum(rng, 1, 'ABCDEFGHJKLMNPRSTVWXY')}" \
               f"{_alnum(rng, 1, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{d(6)}"
    if kind == "error_code":
        return rng.choice([f"0x{rng.randint(0x80000000, 0x8007FFFF):08X}", f"E-{d(4)}",
                           f"Error {rng.choice([404, 500, 502, 503, 403])}", f"F{d(3)}",
                           f"ERR_{rng.randint(100, 999)}"])
    if kind == "calendar_week":
        if lang == "de":  # blind15: language-aware
            return rng.choice([f"KW {rng.randint(1, 52)}", f"KW{rng.randint(1, 52)}"])
        return rng.choice([f"week {rng.randint(1, 52)}", f"wk {rng.randint(1, 52)}"])
    if kind == "gps":
        return f"{rng.uniform(46, 55):.4f}, {rng.uniform(5, 15):.4f}"
    if kind == "fictional_phone_us":
        a = rng.choice(["212", "310", "415", "312", "202"])
        return rng.choice([f"({a}) 555-01{d(2, False)}", f"+1 {a} 555 01{d(2, False)}"])
    if kind == "drama_phone_uk":
        return rng.choice([f"+44 7700 900{d(3, False)}", f"+44 20 7946 0{d(3, False)}",
                           f"07700 900 {d(3, False)}", f"+44 113 496 0{d(3, False)}"])
    if kind == "court_file_number":
        return rng.choice([f"{rng.randint(1, 40)} O {rng.randint(10, 999)}/{y % 100}",
                           f"{rng.randint(1, 90)} C {rng.randint(100, 9999)}/{y % 100}"])
    if kind == "odometer":
        return rng.choice([f"{rng.randint(5, 240)}.{rng.randint(0, 999):03d} km",
                           f"{rng.randint(5000, 150000):,} miles"])
    if kind == "queue_number":
        return str(rng.randint(1, 250))
    if kind == "school_class":
        return f"{rng.randint(1, 13)}{rng.choice('abcde')}"
    if kind == "license_key":
        return "-".join(_alnum(rng, 5, "BCDFGHJKMPQRTVWXY2346789") for _ in range(5))
    if kind == "po_box":
        return f"{d(2)} {d(2, False)} {d(2, False)}"
    if kind == "gift_card":
        b = "6" + rng.choice(["03", "28", "36"]) + d(16, False)
        return " ".join(b[i:i + 4] for i in range(0, len(b), 4))
    if kind == "loyalty_card":
        b = rng.choice(["3083", "6340", "9276"]) + d(12, False)
        return " ".join(b[i:i + 4] for i in range(0, 16, 4))
    if kind == "member_number":
        return rng.choice([f"M-{d(6)}", f"{d(7)}", f"MG{d(5)}"])
    if kind == "appointment_id":
        return rng.choice([f"T-{d(5)}", f"APT-{d(6)}", f"{_alnum(rng, 3, L26)}-{d(4)}"])
    if kind == "hotel_booking":
        return rng.choice([f"{d(4)}.{d(3, False)}.{d(3, False)}", f"{d(9)}", f"HB-{d(8)}"])
    if kind == "rental_agreement":
        return rng.choice([f"RA {d(9)}", f"{d(12)}", f"MV-{d(6)}"])
    if kind == "bank_transaction_id":
        return rng.choice([f"TX{_alnum(rng, 12)}", f"{d(4)}-{d(4, False)}-{d(4, False)}",
                           f"pi_{_alnum(rng, 14, 'abcdefghijkmnpqrstuvwxyz0123456789')}"])
    if kind == "parcel_weight":
        return f"{rng.randint(1, 31)} kg"
    if kind == "dosage":
        return rng.choice([f"{rng.choice([100, 200, 400, 500, 600, 800, 1000])} mg",
                           f"{rng.randint(5, 200)} ml", f"{rng.randint(10, 100)} Stück"
                           if lang == "de" else f"{rng.randint(10, 100)} tablets"])
    if kind == "price_per_unit":
        return rng.choice([f"{rng.randint(20, 45)},{rng.randint(10, 99)} ct/kWh",
                           f"{rng.randint(1, 3)},{rng.randint(10, 99)} €/l", f"{rng.randint(15, 40)}p/kWh"])
    if kind == "duration":
        return rng.choice([f"{rng.randint(2, 90)} Minuten" if lang == "de" else f"{rng.randint(2, 90)} minutes",
                           f"{rng.randint(2, 14)} Tage" if lang == "de" else f"{rng.randint(2, 14)} days",
                           f"{rng.randint(1, 12)} Monate" if lang == "de" else f"{rng.randint(1, 12)} months"])
    if kind == "screen_resolution":
        return rng.choice(["1920x1080", "2560 x 1440", "3840x2160", "1366x768"])
    if kind == "wifi_channel":
        return f"Kanal {rng.randint(1, 13)}" if lang == "de" else f"channel {rng.randint(1, 13)}"
    if kind == "stock_count":
        return str(rng.randint(2, 400))
    if kind == "bus_line":
        return rng.choice([f"M{rng.randint(10, 49)}", f"{rng.randint(100, 299)}", f"N{rng.randint(1, 99)}",
                           f"U{rng.randint(1, 9)}"])
    if kind == "age":
        return str(rng.randint(18, 89))
    if kind == "sms_shortcode":
        return str(rng.randint(22000, 89999))
    if kind == "grade":
        return rng.choice(["1,3", "2,7", "3-", "2+", "A*", "B+"])
    return neg_gen_extra(kind, rng, lang)


def nonluhn(s):
    if luhn.is_valid(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def neg_gen_extra(kind, rng, lang):
    """Kinds added for blind set 13 (insurance, travel, HR, utilities, school, vet, ...)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2022, 2026)
    de = lang == "de"
    if kind == "pet_health":
        return rng.choice(terms.PET_HEALTH_DE if de else terms.PET_HEALTH_EN)
    if kind == "figurative_health":
        return rng.choice(terms.FIGURATIVE_DE if de else terms.FIGURATIVE_EN)
    if kind == "pet_microchip":
        c = rng.choice(["276", "276", "040", "756", "826", "250"]) + d(12, False)
        return c if rng.random() < 0.6 else f"{c[:3]} {c[3:5]} {c[5:9]} {c[9:]}"
    if kind == "pet_passport":
        return rng.choice([f"DE-{d(2, False)}-{d(6, False)}", f"AT 01 {d(6, False)}",
                           f"GB{d(2, False)} {d(6, False)}"])
    if kind == "gift_card_nonluhn":
        b = nonluhn("6" + rng.choice(["03", "28", "36", "39"]) + d(16, False))
        return rng.choice([" ".join(b[i:i + 4] for i in range(0, len(b), 4)), b])
    if kind == "placeholder_iban":
        return rng.choice(["DE00 0000 0000 0000 0000 00", "DEXX XXXX XXXX XXXX XXXX XX",
                           "ATxx xxxx xxxx xxxx xxxx", "GB00 XXXX 0000 0000 0000 00",
                           "CH00 0000 0000 0000 0000 0", "DE__ ____ ____ ____ ____ __",
                           "XX00 0000 0000 0000 0000 00", "DEkk bbbb bbbb cccc cccc cc"])
    if kind == "masked_iban":
        return rng.choice([f"DE** **** **** **** **{d(2, False)} {d(2, False)}",
                           f"GB** **** **** **** {d(4, False)}", f"AT** **** **** **** {d(4, False)}",
                           f"…{d(4, False)}", f"DE•• •••• •••• •••• •• {d(2, False)}",
                           f"ending {d(4, False)}" if not de else f"endet auf {d(4, False)}"])
    if kind == "commercial_register":
        return rng.choice([f"HRB {d(5)}", f"HRB {d(6)} B", f"HRA {d(4)}", f"FN {d(6)} {rng.choice('abcdkmpt')}",
                           f"Company No. {d(8, False)}", f"CHE-{d(3)}.{d(3, False)}.{d(3, False)}"])
    if kind == "evb_number":
        while True:
            c = _alnum(rng, 7, "ABCDEFGHJKLMNPRSTUVWXYZ23456789")
            if re.search(r"\d", c) and re.search(r"[A-Z]", c):
                return c
    if kind == "hsn_tsn":
        return f"{d(4, False)}/{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')}"
    if kind == "tyre_spec":
        wk, yy = rng.randint(1, 52), rng.randint(18, 25)
        return rng.choice([f"DOT {wk:02d}{yy:02d}", f"{rng.randint(2, 3)},{rng.randint(0, 9)} bar" if de else
                           f"{rng.randint(30, 42)} psi", f"{rng.randint(3, 8)} mm Profil" if de else
                           f"{rng.randint(2, 8)}mm tread"])
    if kind == "acriss_code":
        return rng.choice(["CDMR", "EDMR", "IDAR", "SWMR", "CFMR", "PDAR", "FVMR", "MBMR", "CDAR",
                           "SFAR", "IWAR"])
    if kind == "e_ticket_number":
        c = rng.choice(["220", "125", "074", "057", "724", "176", "157"]) + d(10, False)
        return rng.choice([c, f"{c[:3]}-{c[3:]}", f"{c[:3]} {c[3:7]} {c[7:]}"])
    if kind == "baggage_tag":
        al = rng.choice(["LH", "BA", "EW", "LX", "OS", "KL", "FR", "U2"])
        return rng.choice([f"{al}{d(6)}", f"{al} {d(6)}", f"FRA{al}{d(5)}", f"0{d(3, False)} {al} {d(6)}"])
    if kind == "frequent_flyer":
        return rng.choice([f"992 00{d(1, False)} {d(3, False)} {d(3, False)} {d(3, False)}",
                           f"BA{d(8)}", f"FB {d(9)}", f"MM{d(6)}"])
    if kind == "personnel_number":
        return rng.choice([f"P-{d(5)}", f"PNR {d(6)}", f"{d(6)}", f"EMP{d(5)}", f"MA-{d(4)}",
                           f"E{d(6)}"])
    if kind == "salary":
        if de:
            return rng.choice([f"{rng.randint(2, 6)}.{rng.randint(0, 9)}{rng.randint(0, 9)}0 € brutto",
                               f"{rng.randint(32, 85)}k brutto", f"{rng.randint(1, 4)}.{rng.randint(100, 999)},00 € netto",
                               f"{rng.randint(38, 95)}.000 € im Jahr"])
        return rng.choice([f"£{rng.randint(22, 95)},{rng.choice(['000', '500'])} p.a.",
                           f"${rng.randint(45, 160)}k", f"£{rng.randint(11, 40)}.{rng.randint(10, 99)}/hr",
                           f"{rng.randint(28, 90)}k a year"])
    if kind == "tax_class":
        if de:
            return rng.choice(["1", "3", "IV", "5", "2", "4 mit Faktor", "III", "V"])
        return rng.choice(["1257L", "BR", "1257L W1", "K475", "0T", "S1257L", "C1257L"])
    if kind == "cost_centre":
        return rng.choice([f"KST {d(4)}", f"Kostenstelle {d(3)}-{d(2, False)}" if de else
                           f"cost centre {d(4)}", f"CC-{d(4)}", f"{d(4)}-{d(2, False)}"])
    if kind == "melo_id":
        return f"DE{d(6, False)}{d(5, False)}{'0' * 8}{d(12, False)}"
    if kind == "zaehlpunkt":
        return f"AT{d(6, False)}{d(5, False)}{'0' * 7}{d(13, False)}"
    if kind == "mpan":
        c = d(13)
        return rng.choice([c, f"{c[:2]} {c[2:6]} {c[6:10]} {c[10:]}"])
    if kind == "mprn":
        return rng.choice([d(8), d(10), d(6)])
    if kind == "student_id":
        return rng.choice([f"S{d(7)}", f"{d(6)}", f"SID-{d(5)}", f"{y}{d(4, False)}"])
    if kind == "debt_collection_ref":
        if lang == "de":  # blind15: language-aware, no English label in German text
            return rng.choice([f"Az. {d(2)}-{d(6, False)}/{y % 100}", f"INK-{d(7)}",
                               f"{d(3)} {d(4, False)} {d(3, False)}"])
        return rng.choice([f"DCA/{y}/{d(6, False)}", f"{_alnum(rng, 2, L26)}{d(7)}",
                           f"{d(3)} {d(4, False)} {d(3, False)}"])
    if kind == "donation_receipt":
        return rng.choice([f"ZB-{y}-{d(5, False)}", f"SQ{d(6)}", f"GA-{d(6)}", f"DON-{y}-{d(4, False)}"])
    if kind == "charity_number":
        return rng.choice([str(rng.randint(200000, 1199999)), f"SC0{d(5, False)}", f"CHY {d(5)}",
                           f"VR {d(4)}"])
    if kind == "locker_number":
        return str(rng.randint(1, 320))
    if kind == "course_code":
        return f"{rng.choice(['YOGA', 'SPIN', 'HIIT', 'PUMP', 'ZUMBA', 'PILATES', 'AQUA'])}-{d(3)}"
    if kind == "porting_code":
        return rng.choice([f"{_alnum(rng, 3, L26)}{d(6)}", f"{d(6)}{_alnum(rng, 3, L26)}"])
    if kind == "apartment_number":
        return rng.choice([str(rng.randint(1, 48)), f"{rng.randint(1, 9)}{rng.choice('ABCD')}",
                           f"{rng.randint(1, 5)}.{rng.randint(1, 4)}", f"Top {rng.randint(1, 30)}"])
    if kind == "clothing_size":
        return rng.choice(["EU 39", "UK 8", "Gr. 42", "XL", "US 10", "size 12", "134/140", "38/40"])
    if kind == "tax_year":
        return rng.choice([f"{y - 1}/{y % 100:02d}", f"{y - 1}-{y % 100:02d}", f"VZ {y - 1}"])
    if kind == "working_hours":
        return rng.choice(["38,5 Std.", "40 Stunden", "37.5 hours", "20 Std/Woche", "32h", "0.8 FTE"])
    if kind == "tollfree_number":
        if de:
            return rng.choice([f"+49 800 {d(3)} {d(4, False)}", f"+49 (0)800 {d(3)} {d(4, False)}",
                               f"+43 800 {d(3)} {d(3, False)}"])
        return rng.choice([f"+44 800 {d(3)} {d(4, False)}", f"1-800-{d(3)}-{d(4, False)}",
                           f"(888) {d(3)}-{d(4, False)}", f"+44 808 {d(3)} {d(4, False)}"])
    if kind == "room_temperature":
        return f"{rng.randint(16, 24)},{rng.randint(0, 9)} °C" if de else f"{rng.randint(60, 75)}°F"
    if kind == "mileage_allowance":
        return rng.choice(["0,30 €/km", "0,38 €/km", "30 Cent pro km"] if de else  # blind16: language-aware
                          ["45p per mile", "67 cents/mile", "25p a mile"])
    if kind == "fuel_level":
        return rng.choice(["1/4", "3/4", "7/8", "1/2", "halbvoll" if de else "half a tank"])
    if kind == "kwh_consumption":
        return rng.choice([f"{rng.randint(1200, 4800)} kWh",
                           f"{rng.randint(1, 4)}.{rng.randint(100, 999)} kWh/Jahr" if lang == "de"  # blind15
                           else f"{rng.randint(1, 4)},{rng.randint(100, 999)} kWh/yr",
                           f"{rng.randint(800, 3900)} kWh p.a."])
    if kind == "birth_date":
        by, bm, bd = rng.randint(1938, 2007), rng.randint(1, 12), rng.randint(1, 28)
        if de:
            return rng.choice([f"{bd:02d}.{bm:02d}.{by}", f"{bd}.{bm}.{by}", f"{bd}. {MONTHS_FULL['de'][bm - 1]} {by}"])
        return rng.choice([f"{bd:02d}/{bm:02d}/{by}", f"{bm}/{bd}/{by}", f"{bd} {MONTHS_FULL['en'][bm - 1][:3]} {by}",
                           f"{by}-{bm:02d}-{bd:02d}"])
    if kind == "floor_area":
        return rng.choice([f"{rng.randint(12, 140)} m²", f"{rng.randint(12, 140)} qm"]) if de else \
            rng.choice([f"{rng.randint(120, 1400)} sq ft", f"{rng.randint(12, 140)} m²"])
    if kind == "receipt_number":
        return rng.choice([f"Bon {d(4)}", f"Beleg-Nr. {d(6)}" if de else f"receipt {d(6)}",
                           f"{d(4)}-{d(3, False)}-{d(4, False)}", f"TSE {d(5)}"])
    return neg_gen_b14(kind, rng, lang)


STATIONS = ["FRA", "MUC", "BER", "HAM", "DUS", "VIE", "ZRH", "LHR", "MAN", "DUB", "AMS", "CDG", "PMI"]
AIRL2 = ["LH", "EW", "BA", "FR", "U2", "LX", "OS", "KL", "AF", "DE", "EI", "VY"]


def neg_gen_b14(kind, rng, lang):
    """Kinds added for blind set 14 (returns, banking apps, airlines, hotels, energy, transit,
    scams, recruiting, tax, notary, repair shops, patient portals, clubs, crowdfunding, ...)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2023, 2026)
    de = lang == "de"
    if kind == "object_health":
        return rng.choice(terms.OBJECT_HEALTH_DE if de else terms.OBJECT_HEALTH_EN)
    if kind == "fiction_health":
        return rng.choice(terms.FICTION_HEALTH_DE if de else terms.FICTION_HEALTH_EN)
    if kind == "plant_health":
        return rng.choice(terms.PLANT_HEALTH_DE if de else terms.PLANT_HEALTH_EN)
    if kind == "bp_reading_demo":
        s, di = rng.randint(105, 145), rng.randint(65, 95)
        return rng.choice([f"{s}/{di}", f"{s}/{di} mmHg", f"{s} zu {di}" if de else f"{s} over {di}"])
    if kind == "heart_rate":
        return rng.choice([f"{rng.randint(55, 130)} bpm", f"{rng.randint(55, 130)} Schläge/min" if de
                           else f"{rng.randint(55, 130)} beats per minute"])
    if kind == "rx_strength":
        return rng.choice(["500 mg", "0,5 mg/ml" if de else "0.5 mg/ml", "20 mg", "1000 IE" if de else
                           "1000 IU", "5 µg", "2,5 mg" if de else "2.5 mg", "100 mg/5 ml", "40 mg",
                           "10 mg/g", "250 mg"])
    if kind == "frame_size":
        return rng.choice([f"{rng.randint(48, 56)}□{rng.randint(15, 21)} {rng.choice([135, 140, 145])}",
                           f"{rng.randint(48, 56)}-{rng.randint(15, 21)}-{rng.choice([135, 140, 145])}"])
    if kind == "lens_spec":
        return rng.choice(["BC 8,6 DIA 14,2" if de else "BC 8.6 DIA 14.2", "BC 8,4" if de else "BC 8.4",
                           "Index 1,6" if de else "index 1.67", "1,5 Kunststoff" if de else "1.5 plastic"])
    if kind == "hotel_confirmation":
        return rng.choice([f"HC{d(7)}", f"{d(4)}.{d(3, False)}.{d(3, False)}", f"BK-{_alnum(rng, 6)}",
                           f"{d(10)}"])
    if kind == "loyalty_points":
        n = rng.randint(300, 48000)
        if de:
            return rng.choice([f"{n:,} Meilen".replace(",", "."), f"{n % 5000} Punkte",
                               f"{n:,} Prämienmeilen".replace(",", ".")])
        return rng.choice([f"{n:,} Avios", f"{n % 5000} points", f"{n:,} miles"])
    if kind == "terminal":
        return rng.choice(["Terminal 1", "Terminal 2", "T2", "Terminal 5", "T1", "Terminal 3"])
    if kind == "pir_reference":
        return f"{rng.choice(STATIONS)}{rng.choice(AIRL2)}{d(5)}"
    if kind == "abo_number":
        return rng.choice([d(7), f"ABO-{d(6)}", f"{d(3)} {d(4, False)}", f"DT-{d(8)}"])
    if kind == "tariff_zone":
        return rng.choice(["Zone AB", "Tarifzone 1-3", "Ring ABC", "Zone 2", "Kernzone 100"] if de else
                          ["zones 1-4", "zone 2", "zones 1-6", "zone A-C", "Zone 1"])
    if kind == "travelcard_number":
        return rng.choice([f"0{d(11, False)}", f"{d(4)} {d(4, False)} {d(4, False)}"])
    if kind == "crypto_amount":
        return rng.choice([f"0,0{rng.randint(10, 99)} BTC" if de else f"0.0{rng.randint(10, 99)} BTC",
                           f"{rng.randint(1, 9)}.{rng.randint(1, 9)} ETH", f"{rng.randint(100, 4999)} USDT"])
    if kind == "phishing_url":
        return rng.choice(["dhl-paket-zustellung.info/track", "sparkasse-sicherheit-login.com",
                           "post-zoll-gebuehr.net", "hmrc-refund-claim.co/uk", "royalmail-redelivery.info",
                           "evri-parcel-fee.com/pay", "paypaI-konto-check.de", "n26-verify-app.com",
                           "amazon-refund-center.org", "ups-customs-charge.net/pay"])
    if kind == "job_reference":
        return rng.choice([f"JR{d(6)}", f"REQ-{d(5)}", f"{y}-{d(4)}", f"Job-ID {d(6)}" if de else f"job ID {d(6)}",
                           f"STL-{d(4)}"])
    if kind == "notice_period":
        return rng.choice(["3 Monate zum Quartalsende", "4 Wochen zum 15.", "6 Wochen zum Quartal",
                           "1 Monat zum Monatsende"] if de else
                          ["one month's notice", "three months' notice", "4 weeks notice", "two weeks notice"])
    if kind == "elster_transfer":
        return "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(2)) + _alnum(rng, 9, "abcdefghjkmnpqrstuvwxyz23456789")
    if kind == "deed_number":
        return rng.choice([f"UR-Nr. {d(3)}/{y}", f"URNr. {d(4)}/{y}", f"{d(4)}/{y % 100} M",
                           f"UVZ-Nr. {d(3)}/{y}"])
    if kind == "land_register":
        return rng.choice([f"Blatt {d(4)}", f"Blatt {d(5)}", f"Grundbuch Blatt {d(4)}"] if de else
                          [f"title number {rng.choice(['MX', 'NGL', 'SY', 'LN', 'BK'])}{d(6)}",
                           f"Folio {d(4)}F"])
    if kind == "plot_number":
        return rng.choice([f"Flurstück {d(3)}/{rng.randint(1, 9)}", f"Flur {rng.randint(1, 12)}, Flurstück {d(3)}",
                           f"Flst. {d(4)}/{rng.randint(2, 30)}"] if de else
                          [f"plot {rng.randint(1, 240)}", f"lot {rng.randint(1, 240)}", f"parcel {d(3)}/{rng.randint(1, 9)}"])
    if kind == "repair_order":
        return rng.choice([f"RMA-{d(6)}", f"REP{d(7)}", f"WO-{y}-{d(4)}", f"Auftrag {d(6)}" if de else
                           f"job {d(6)}"])
    if kind == "battery_health":
        return rng.choice([f"Akkuzustand {rng.randint(68, 99)} %" if de else f"battery health {rng.randint(68, 99)}%",
                           f"{rng.randint(180, 1100)} Ladezyklen" if de else f"{rng.randint(180, 1100)} charge cycles",
                           f"{rng.randint(2500, 5000)} mAh"])
    if kind == "ward":
        return rng.choice([f"Station {rng.randint(1, 9)}{rng.choice('ABC')}", f"Ebene {rng.randint(1, 6)}",
                           f"Haus {rng.choice('ABCDE')}"] if de else
                          [f"Ward {rng.randint(1, 40)}", f"Level {rng.randint(1, 6)}", f"Block {rng.choice('ABCDE')}"])
    if kind == "session_count":
        n = rng.randint(2, 24)
        return rng.choice([f"{n} Sitzungen", f"Termin {rng.randint(1, n)} von {n}", f"{n} Einheiten"] if de else
                          [f"{n} sessions", f"session {rng.randint(1, n)} of {n}", f"{n} appointments"])
    if kind == "exercise_reps":
        return rng.choice([f"3x{rng.randint(8, 20)} Wiederholungen", f"{rng.randint(2, 4)} Sätze à {rng.randint(8, 15)}",
                           f"{rng.randint(5, 20)} Min. täglich"] if de else
                          [f"3 sets of {rng.randint(8, 15)}", f"{rng.randint(8, 20)} reps", f"{rng.randint(5, 20)} minutes a day"])
    if kind == "kita_group":
        return rng.choice(["Igelgruppe", "Gruppe Sonnenblume", "Marienkäfergruppe", "Mäusegruppe",
                           "Krippe Rappelkiste"] if de else
                          ["Butterfly room", "the Acorns class", "Ladybird group", "Rainbow room", "Reception class"])
    if kind == "waitlist_position":
        return rng.choice([f"Platz {rng.randint(2, 60)}", f"Position {rng.randint(2, 60)}", f"Rang {rng.randint(2, 60)}"] if de
                          else [f"position {rng.randint(2, 60)}", f"number {rng.randint(2, 60)} on the list",
                                f"#{rng.randint(2, 60)}"])
    if kind == "jersey_number":
        return rng.choice([f"Rückennummer {rng.randint(1, 99)}", f"Nr. {rng.randint(1, 99)}"] if de else
                          [f"shirt number {rng.randint(1, 99)}", f"no. {rng.randint(1, 99)}"])
    if kind == "match_score":
        return rng.choice([f"{rng.randint(0, 6)}:{rng.randint(0, 6)}", f"{rng.randint(0, 6)}-{rng.randint(0, 6)}",
                           f"{rng.randint(15, 30)}:{rng.randint(15, 30)}"])
    if kind == "league":
        return rng.choice(["Kreisliga B", "U13", "Bezirksliga", "D-Jugend", "U11", "Landesliga"] if de else
                          ["Under-11s", "U14", "Division 2", "the Sunday league", "U9s"])
    if kind == "backer_number":
        return rng.choice([f"Backer #{rng.randint(10, 9999)}", f"Unterstützer Nr. {rng.randint(10, 9999)}" if de else
                           f"backer no. {rng.randint(10, 9999)}", f"#{rng.randint(10, 9999)}"])
    if kind == "pledge_tier":
        return rng.choice(["Early Bird", "Tier 3", "Stufe Gold" if de else "Gold tier", "Super Early Bird",
                           "Dankeschön-Paket L" if de else "Deluxe reward"])
    if kind == "percent_funded":
        p = rng.randint(12, 480)
        return f"{p} % finanziert" if de else f"{p}% funded"
    if kind == "return_code":
        return rng.choice([f"R{_alnum(rng, 8)}", f"RET-{_alnum(rng, 6)}", f"{_alnum(rng, 4)} {_alnum(rng, 4)}",
                           f"QR {_alnum(rng, 10)}"])
    if kind == "seller_id":
        return "A" + _alnum(rng, 13, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if kind == "asin":
        return "B0" + _alnum(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if kind == "app_build":
        return rng.choice([f"Build {rng.randint(1000, 9999)}", f"({rng.randint(20, 25)}.{rng.randint(1, 12)}.{rng.randint(0, 9)})",
                           f"App {rng.randint(3, 9)}.{rng.randint(0, 40)}", f"v{rng.randint(3, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 9)}"])
    if kind == "fraud_case":
        return rng.choice([f"BF-{y}-{d(6, False)}", f"FRD{d(7)}", f"{y}-MB-{d(4, False)}", f"Fall {d(6)}" if de
                           else f"case {d(6)}"])
    if kind == "screen_size":
        return rng.choice(['6,1 Zoll', '6,7"', '13,3 Zoll'] if de else ['6.1"', '6.7 inch', '13.3-inch'])
    if kind == "wrong_checksum_iban":
        cc = rng.choice(["DE", "AT", "CH"] if de else ["GB", "IE", "NL", "FR"])
        j = gen_iban_obj(rng, cc).compact
        bad = j[:2] + "%02d" % ((int(j[2:4]) + rng.randint(1, 9)) % 100) + j[4:]
        return " ".join(bad[i:i + 4] for i in range(0, len(bad), 4))
    if kind == "nonluhn_card_like":
        b = nonluhn(rng.choice(["4", "5"]) + d(15, False))
        return " ".join(b[i:i + 4] for i in range(0, 16, 4))
    if kind == "invalid_ssn_like":
        return rng.choice([f"000-{d(2)}-{d(4)}", f"666-{d(2)}-{d(4)}", f"9{d(2, False)}-{d(2)}-{d(4)}",
                           f"{d(3)}-00-{d(4)}", "078-05-1120", "219-09-9999"])
    if kind == "invalid_nhs_like":
        return rng.choice([f"{d(3)} *** {d(4, False)}", f"*** *** {d(4, False)}", f"{d(3)} {d(3, False)} ****",
                           "000 000 0000", "999 999 9999"])
    if kind == "invalid_phone_like":
        return rng.choice([f"0{rng.choice(['171', '160', '152'])} {d(3)}", f"+49 0{d(3)}", f"07{d(3)} {d(2, False)}",
                           f"+44 {d(3)}", f"0000 {d(4)}"])
    if kind == "invalid_taxid_like":
        return rng.choice([f"{d(2)} *** *** {d(3, False)}", f"{d(2)} {d(3, False)} XXX XXX", "00 000 000 000",
                           "11 111 111 111", f"{d(2)}-{d(3, False)}-XXX-XX"])
    if kind == "contract_term":
        return rng.choice(["24 Monate Laufzeit", "12 Monate Preisgarantie", "monatlich kündbar"] if de else
                          ["12-month fix", "24 month contract", "rolling monthly"])
    if kind == "opening_hours":
        return rng.choice(["Mo–Fr 8–18 Uhr", "Mo-Sa 9-20 Uhr", "werktags 7:30–16 Uhr"] if de else
                          ["9am-5pm Mon-Fri", "Mon–Sat 8–8", "weekdays 8:30-17:30"])
    if kind == "platform":
        return rng.choice([f"Gleis {rng.randint(1, 22)}", f"Bahnsteig {rng.randint(1, 12)}", f"Steig {rng.choice('ABCDE')}"]
                          if de else [f"platform {rng.randint(1, 16)}", f"stand {rng.choice('ABCDEFG')}{rng.randint(1, 9)}"])
    if kind == "delay":
        return rng.choice([f"+{rng.randint(5, 95)} Min", f"{rng.randint(5, 95)} Minuten Verspätung", f"{rng.randint(1, 5)} Std."]
                          if de else [f"{rng.randint(5, 95)} min late", f"delayed {rng.randint(1, 5)}h {rng.randint(1, 59)}m",
                                      f"+{rng.randint(5, 95)} mins"])
    if kind == "interest_rate":
        return rng.choice([f"{rng.randint(1, 9)},{rng.randint(10, 99)} % p.a.", f"Sollzins {rng.randint(2, 12)},{rng.randint(1, 9)} %"]
                          if de else [f"{rng.randint(1, 29)}.{rng.randint(10, 99)}% APR", f"{rng.randint(1, 6)}.{rng.randint(1, 9)}% AER"])
    if kind == "loan_number":
        return rng.choice([f"DL-{d(8)}", f"KR {d(3)} {d(3, False)}", f"LN{d(7)}"])
    if kind == "step_count":
        n = rng.randint(2000, 19000)
        return f"{n:,} Schritte".replace(",", ".") if de else f"{n:,} steps"
    if kind == "calories":
        return f"{rng.randint(300, 2900)} kcal"
    if kind == "nights":
        n = rng.randint(1, 14)
        return f"{n} Nächte" if de else f"{n} nights"
    if kind == "guest_count":
        return rng.choice(["2 Erwachsene, 1 Kind", "2 Erw.", "4 Personen", "1 EZ"] if de else
                          ["2 adults", "2 adults + 2 kids", "party of 4", "1 adult"])
    if kind == "route_number":
        return rng.choice([f"Linie {rng.randint(1, 199)}", f"Bus {rng.randint(1, 199)}", f"Tram {rng.randint(1, 18)}"]
                          if de else [f"route {rng.randint(1, 199)}", f"the {rng.randint(1, 199)} bus", f"line {rng.randint(1, 18)}"])
    if kind == "seat_row":
        return rng.choice([f"Reihe {rng.randint(1, 40)}", f"Platz {rng.randint(11, 128)}", f"Wagen {rng.randint(1, 14)}"]
                          if de else [f"row {rng.randint(1, 40)}", f"coach {rng.choice('ABCDEFGH')}", f"seat {rng.randint(11, 128)}"])
    if kind == "policy_excess":
        return rng.choice(["SB 150 €", "Selbstbeteiligung 300 €"] if de else ["£250 excess", "$500 deductible"])
    return neg_gen_b15(kind, rng, lang)


def neg_gen_b15(kind, rng, lang):
    """Kinds added for blind set 15 (car insurance, rentals, universities, vets, weddings,
    funerals, freight, telecoms, gyms, pharmacies, home care, labs, hearing aids, rehab,
    pensions, debt collection, crypto exchanges, car dealers / leasing, tradespeople)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2023, 2026)
    de = lang == "de"
    if kind == "sf_class":
        return rng.choice([f"SF {rng.randint(1, 35)}", f"SF-Klasse {rng.randint(1, 35)}", "SF ½", "SF 0"] if de else
                          [f"{rng.randint(1, 15)} years NCD", f"{rng.randint(1, 9)} years' no-claims bonus",
                           f"NCB {rng.randint(1, 9)} yrs"])
    if kind == "police_report_ref":
        return rng.choice([f"Tgb.-Nr. {d(4)}/{y % 100}", f"VU-{y}-{d(4, False)}", f"Vorgang {d(3)}/{y % 100}"] if de else
                          [f"crime ref {d(2)}/{d(5, False)}/{y % 100}", f"incident {d(4)} of {rng.randint(1, 28)}/{rng.randint(1, 12)}",
                           f"CAD {d(4)}"])
    if kind == "first_registration":
        return rng.choice([f"EZ {rng.randint(1, 12):02d}/{rng.randint(2012, 2024)}",
                           f"Erstzulassung {rng.randint(1, 12):02d}/{rng.randint(2012, 2024)}"] if de else
                          [f"reg. {rng.randint(2012, 2024)}", f"first registered {rng.randint(1, 12):02d}/{rng.randint(2012, 2024)}",
                           f"{rng.choice(['18', '68', '19', '69', '20', '70', '21', '71', '22', '72', '23', '73'])} plate"])
    if kind == "deposit_months":
        return rng.choice(["3 Nettokaltmieten", "zwei Monatsmieten", "3 Kaltmieten", "2 Monatskaltmieten"] if de else
                          ["five weeks' rent", "six weeks rent", "one month's deposit", "4 weeks' rent"])
    if kind == "billing_period":
        return rng.choice([f"01.01.{y - 1}–31.12.{y - 1}", f"Abrechnungszeitraum {y - 1}", f"1.7.{y - 2} bis 30.6.{y - 1}"] if de else
                          [f"1 Apr {y - 1} – 31 Mar {y}", f"billing period {rng.randint(1, 12)}/{y}", f"Q{rng.randint(1, 4)} {y}"])
    if kind == "tenant_number":
        return rng.choice([f"Mieternr. {d(4)}-{d(3, False)}-{d(2, False)}", f"ME {d(3)}.{d(3, False)}", f"WE {d(2)}/{d(3, False)}"] if de else
                          [f"T{d(6)}", f"{d(3)}-{d(4, False)}", f"TEN/{d(5)}"])
    if kind == "room_count":
        return rng.choice(["3-Zimmer", "2,5 Zi.", "4 Zimmer", "1-Zi-Whg", "2 ZKB"] if de else
                          ["2-bed", "one-bedroom", "3 bed semi", "studio flat", "2 bed 1 bath"])
    if kind == "energy_rating":
        return rng.choice([f"Klasse {rng.choice('ABCDEFG')}, {rng.randint(40, 240)} kWh/(m²·a)", f"Energieklasse {rng.choice('ABCDEFG')}"] if de else
                          [f"EPC rating {rng.choice('ABCDEFG')}", f"EPC {rng.choice('BCDE')} ({rng.randint(40, 90)})"])
    if kind == "housing_permit":
        return rng.choice(["WBS 140", "WBS 160", "WBS 180", "WBS mit besonderem Wohnbedarf"] if de else
                          ["Band B", "Band C", "council band D", "housing band A"])
    if kind == "semester":
        return rng.choice([f"{rng.randint(1, 12)}. Fachsemester", f"WiSe {y - 1}/{y % 100}", f"SoSe {y}", f"{rng.randint(1, 12)}. Semester"] if de else
                          [f"year {rng.randint(1, 4)}", f"{y - 1}/{y % 100} academic year", f"fall {y}", f"term {rng.randint(1, 3)}"])
    if kind == "ects_credits":
        return rng.choice([f"{rng.choice([5, 6, 10, 12, 15, 30, 60, 180])} ECTS", f"{rng.choice([5, 6, 10, 30])} CP",
                           f"{rng.choice([10, 15, 20, 60, 120])} credits"])
    if kind == "module_code":
        return rng.choice([f"{_alnum(rng, 3, L26)}-{rng.choice('BM')}-{d(3)}", f"{_alnum(rng, 2, L26)}{d(4)}",
                           f"{rng.choice(['INF', 'BWL', 'MAT', 'PSY', 'ECON', 'LAW', 'COMP'])} {d(3)}"])
    if kind == "bafoeg_reference":
        return rng.choice([f"Förderungsnr. {d(3)}/{d(4, False)}/{y % 100}", f"Az. BAföG {d(2)}-{d(4, False)}",
                           f"{d(3)} {d(4, False)} {d(2, False)}"] if de else
                          [f"CRN {d(11)}", f"SFE ref {d(11)}", f"FSA ID {d(4)}{_alnum(rng, 2, L26)}"])
    if kind == "applicant_number":
        return rng.choice([f"Bewerbernr. {d(4)}-{d(6, False)}", f"BID {d(7)}", f"uni-assist {d(6)}"] if de else
                          [f"UCAS ID {d(3)}-{d(3, False)}-{d(4, False)}", f"application {d(7)}", f"Common App ID {d(8)}"])
    if kind == "vet_fee_rate":
        return rng.choice(["2-facher GOT-Satz", "3-facher Satz", "GOT Ziffer 3", "1,5-fach"] if de else
                          ["consult fee", "out-of-hours rate", "2x GOT rate", "the standard rate"])
    if kind == "pet_plan":
        return rng.choice(["OP-Schutz Plus", "Krankenvoll Premium", "Tier-OP Basis", "Hunde-Vollschutz Comfort"] if de else
                          ["Lifetime Premier", "Time Limited 12", "Accident Only", "Complete Cover 10k"])
    if kind == "table_number":
        return rng.choice([f"Tisch {rng.randint(1, 24)}", f"Tafel {rng.choice('ABCD')}"] if de else
                          [f"table {rng.randint(1, 24)}", f"top table", f"table {rng.choice(['A', 'B', 'C'])}{rng.randint(1, 9)}"])
    if kind == "price_per_head":
        return rng.choice([f"{rng.randint(39, 149)} € p. P.", f"{rng.randint(39, 149)} € pro Person", f"{rng.randint(39, 149)},50 €/Kopf"] if de else
                          [f"£{rng.randint(39, 149)} per head", f"${rng.randint(49, 199)} pp", f"£{rng.randint(39, 149)} a head"])
    if kind == "venue_capacity":
        return rng.choice([f"bis {rng.randint(40, 250)} Gäste", f"max. {rng.randint(40, 250)} Personen"] if de else
                          [f"up to {rng.randint(40, 250)} guests", f"capacity {rng.randint(40, 250)}"])
    if kind == "grave_plot":
        return rng.choice([f"Feld {rng.randint(1, 30)}, Reihe {rng.randint(1, 20)}, Nr. {rng.randint(1, 60)}",
                           f"Grabstelle {rng.choice('ABCDEFG')} {rng.randint(1, 40)}-{rng.randint(1, 60)}",
                           f"Urnenwand {rng.randint(1, 8)}/{rng.randint(1, 120)}"] if de else
                          [f"plot {rng.choice('ABCDEFG')}{rng.randint(1, 40)}", f"section {rng.randint(1, 30)}, row {rng.randint(1, 20)}",
                           f"niche {rng.randint(1, 200)}"])
    if kind == "civil_register_number":
        return rng.choice([f"Sterbebuch Nr. {d(3)}/{y}", f"Reg.-Nr. S {d(3)}/{y % 100}", f"Eintrag {d(4)}/{y}"] if de else
                          [f"entry no. {d(3)}", f"register {d(3)}/{y}", f"ref {_alnum(rng, 3, L26)} {d(6)}"])
    if kind == "coffin_model":
        return rng.choice(["Eiche natur", "Modell Aurora", "Kiefer weiß lasiert", "Biourne Lotus", "Seeurne Muschel"] if de else
                          ["the Oak Classic", "the Wicker Willow", "the Aurora model", "a bamboo eco coffin", "the Lotus urn"])
    if kind == "awb_number":
        pre = rng.choice(["001", "006", "999"])  # most other AWB prefixes parse as valid phones
        b = d(7, False)
        b += str(int(b) % 7)
        return rng.choice([f"{pre}-{b}", f"AWB {pre}-{b}", f"AWB {pre} {b[:4]} {b[4:]}"])
    if kind == "container_number":
        return f"{rng.choice(['MSCU', 'MAEU', 'HLXU', 'CMAU', 'TGHU', 'OOLU'])}{rng.choice(['', ' '])}{d(6, False)}{rng.choice(['', ' ', '-'])}{d(1, False)}"
    if kind == "sscc":
        return rng.choice([f"(00) 3{d(7, False)}{d(9, False)}{d(1, False)}", f"00 3 {d(7, False)} {d(9, False)} {d(1, False)}"])
    if kind == "hs_code":
        return rng.choice([f"{d(4)} {d(2, False)} {d(2, False)}", f"{d(4)}.{d(2, False)}", f"HS {d(6)}"])
    if kind == "incoterm":
        return rng.choice(["DAP Hamburg", "EXW", "FCA Bremen", "DDP", "CIF Rotterdam", "FOB Shanghai", "CPT"])
    if kind == "pallet_count":
        n = rng.randint(1, 33)
        return rng.choice([f"{n} EUR-Paletten", f"{n} Europaletten", f"{n} Gitterboxen"] if de else
                          [f"{n} pallets", f"{n} euro pallets", f"{n} skids"])
    if kind == "loading_metres":
        return rng.choice([f"{rng.randint(1, 13)},{rng.randint(0, 9)} Lademeter", f"{rng.randint(1, 13)},{rng.randint(0, 9)} ldm"] if de else
                          [f"{rng.randint(1, 13)}.{rng.randint(0, 9)} loading metres", f"{rng.randint(1, 13)}.{rng.randint(0, 9)} LDM"])
    if kind == "cmr_number":
        return rng.choice([f"CMR {d(7)}", f"CMR-Nr. {d(6)}" if de else f"CMR no. {d(6)}"])
    if kind == "eori_number":
        return rng.choice([f"DE{d(7)}", f"GB{d(12)}", f"ATEOS{d(10, False)}", f"DE{d(8)}{d(1, False)}"])
    if kind == "customs_mrn":
        return f"{y % 100}DE{_alnum(rng, 12, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ')}{_alnum(rng, 1, L26)}{d(1, False)}"
    if kind == "cancellation_ref":
        return rng.choice([f"KB-{d(7)}", f"Kündigungs-ID {_alnum(rng, 8)}", f"STR-{y}-{d(5, False)}"] if de else
                          [f"cancellation ref CX{d(7)}", f"CAN-{d(6)}", f"ticket CN{d(8)}"])
    if kind == "stac_code":
        return f"{d(6)}{_alnum(rng, 3, L26)}"
    if kind == "line_id":
        return f"DEU.{rng.choice(['DTAG', 'VFDE', 'TEFD', 'NETC'])}.{_alnum(rng, 8, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
    if kind == "gym_tier":
        return rng.choice(["Premium 24", "Basic Flex", "All Inclusive", "Studio Plus", "M-Tarif", "Young Flex", "Black Card"])
    if kind == "checkin_count":
        return rng.choice([f"{rng.randint(2, 180)} Check-ins", f"{rng.randint(2, 40)}x diesen Monat"] if de else
                          [f"{rng.randint(2, 180)} check-ins", f"{rng.randint(2, 40)} visits this month"])
    if kind == "wristband_id":
        return rng.choice([":".join("%02X" % rng.randint(0, 255) for _ in range(4)), f"{d(3)}", f"{_alnum(rng, 6)}"])
    if kind == "erezept_id":
        return f"160.{d(3, False)}.{d(3, False)}.{d(3, False)}.{d(3, False)}.{d(2, False)}"
    if kind == "pack_size":
        return rng.choice(["N1", "N2", "N3", f"{rng.choice([20, 28, 30, 50, 98, 100])} Stück", f"{rng.choice([20, 28, 30, 50, 98, 100])} St."] if de else
                          [f"{rng.choice([28, 56, 84, 30, 90])} tablets", f"pack of {rng.choice([16, 32])}", f"{rng.choice([28, 56, 84])} caps"])
    if kind == "rx_number":
        return rng.choice([f"Rx #{d(7)}", f"Rx {d(2)}-{d(5, False)}", f"prescription {_alnum(rng, 6)}-{_alnum(rng, 6)}-{_alnum(rng, 6)}"])
    if kind == "care_level_generic":
        return rng.choice([f"Pflegegrad {rng.randint(1, 5)}", f"PG {rng.randint(2, 5)}"] if de else
                          [f"care level {rng.randint(1, 5)}", f"band {rng.randint(1, 4)} care"])
    if kind == "care_route":
        return rng.choice([f"Tour {rng.randint(1, 12)}", f"Route {rng.choice('ABCDEF')}", f"Einsatzplan KW {rng.randint(1, 52)}"] if de else
                          [f"round {rng.randint(1, 12)}", f"run {rng.choice('ABCDEF')}", f"rota week {rng.randint(1, 52)}"])
    if kind == "lab_sample_id":
        return rng.choice([f"{y % 100}-{d(6, False)}", f"{d(10)}", f"{d(8)}", f"{_alnum(rng, 2, L26)}{d(7)}"])
    if kind == "lab_reference_range":
        return rng.choice(["0,4–4,0 mU/l", "70–99 mg/dl", "3,5–5,1 mmol/l", "12–16 g/dl",
                           "< 5,7 %"] if de else ["0.4-4.0 mU/L", "70-99 mg/dL", "3.5-5.1 mmol/L",
                                                  "12-16 g/dL", "< 5.7%"])
    if kind == "lab_order_number":
        return rng.choice([f"{d(9)}", f"LA-{d(7)}", f"{d(3)}/{d(5, False)}"] if de else
                          [f"{d(9)}", f"LA-{d(7)}", f"{d(3)}-{d(5, False)}"])
    if kind == "hearing_aid_model":
        return rng.choice(["Phonak Audéo L90-R", "Oticon Intent 1", "Signia Pure C&G 7IX", "Widex Moment 440",
                           "ReSound Nexia 9", "Starkey Genesis AI 24"])
    if kind == "hearing_battery":
        return rng.choice(["Größe 312", "Typ 13", "Größe 10", "675er", "PR41"] if de else
                          ["size 312", "size 13", "size 10", "675 batteries", "PR48"])
    if kind == "decibel":
        return rng.choice([f"{rng.randint(55, 110)} dB", f"{rng.randint(55, 110)} Dezibel" if de else f"{rng.randint(55, 110)} decibels"])
    if kind == "copay_per_day":
        return rng.choice(["10 € pro Tag", "10 Euro am Tag", "10 €/Tag für max. 28 Tage"] if de else
                          ["£10 a day", "$35 copay", "a $20 co-pay"])
    if kind == "pension_points":
        return rng.choice([f"{rng.randint(8, 55)},{d(4, False)} Entgeltpunkte", f"{rng.randint(8, 55)},{d(2, False)} EP"] if de else
                          [f"{rng.randint(10, 35)} qualifying years", f"{rng.randint(10, 35)} years of NI contributions"])
    if kind == "retirement_age":
        return rng.choice([f"mit {rng.choice([63, 65, 66, 67])}", f"Regelaltersgrenze {rng.choice([66, 67])}", f"ab {rng.choice([63, 65, 67])}"] if de else
                          [f"at {rng.choice([55, 57, 60, 66, 67, 68])}", f"state pension age {rng.choice([66, 67, 68])}"])
    if kind == "dunning_order_number":
        return rng.choice([f"Geschäftsnr. {y % 100}-{d(7, False)}-0-{d(1, False)}", f"MB-Az. {d(1)} B {d(4)}/{y % 100}"] if de else
                          [f"claim no. {_alnum(rng, 1, L26)}{d(2)}{_alnum(rng, 2, L26)}{d(4, False)}", f"CCJ ref {_alnum(rng, 1, L26)}{d(2)}{_alnum(rng, 2, L26)}{d(3, False)}"])
    if kind == "installment_plan":
        return rng.choice([f"{rng.randint(3, 24)} Raten à {rng.randint(20, 250)} €", f"{rng.randint(20, 250)} € monatlich"] if de else
                          [f"{rng.randint(3, 24)} instalments of £{rng.randint(20, 250)}", f"${rng.randint(20, 250)} a month"])
    if kind == "wallet_address":
        hx = "0123456789abcdef"
        b32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
        return rng.choice(["0x" + "".join(rng.choice(hx) for _ in range(40)),
                           "bc1q" + "".join(rng.choice(b32) for _ in range(38)),
                           "T" + _alnum(rng, 33, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789")])
    if kind == "tx_hash":
        return "0x" + "".join(rng.choice("0123456789abcdef") for _ in range(64))
    if kind == "kyc_tier":
        return rng.choice(["Level 2", "Stufe 3 verifiziert", "Intermediate", "Tier 1", "Pro-Verifizierung"] if de else
                          ["Level 2", "Intermediate verified", "Tier 1", "Pro verification", "basic tier"])
    if kind == "exchange_uid":
        return rng.choice([f"UID {d(8)}", f"User-ID {d(9)}", f"Konto-ID {_alnum(rng, 10)}" if de else f"account ID {_alnum(rng, 10)}"])
    if kind == "leasing_rate":
        return rng.choice([f"{rng.randint(149, 699)} € mtl.", f"{rng.randint(149, 699)},00 €/Monat", f"{rng.randint(149, 699)} € im Monat"] if de else
                          [f"£{rng.randint(149, 699)} pcm", f"${rng.randint(199, 799)}/mo", f"£{rng.randint(149, 699)} a month"])
    if kind == "annual_mileage":
        return rng.choice([f"{rng.choice([10, 15, 20, 25, 30])}.000 km/Jahr", f"{rng.choice([10, 15, 20])}tkm p.a."] if de else
                          [f"{rng.choice([8, 10, 12, 15])},000 miles a year", f"{rng.choice([8, 10, 12])}k miles pa"])
    if kind == "engine_spec":
        return rng.choice(["2.0 TDI 150 PS", "1.5 TSI 130 PS", "eTSI 116 PS", "150 kW", "2.0 TDI 110 kW", "e-tron 50",
                           "1.6 hybrid 141 PS"] if de else ["2.0 TDI 150hp", "1.5 EcoBoost", "118 kW", "1.8 hybrid", "320d",
                                                            "e-208 50kWh", "2.5L 4-cyl"])
    if kind == "commission_number":
        return rng.choice([f"{d(6)}", f"{_alnum(rng, 2, L26)}{d(4)}", f"W{d(7)}"])
    if kind == "quote_number":
        return rng.choice([f"AN-{y}-{d(4, False)}", f"{d(5)}", f"KVA {d(4)}/{y % 100}"] if de else
                          [f"Q-{y}-{d(4, False)}", f"#{d(4)}", f"EST-{d(5)}"])
    if kind == "hourly_rate":
        return rng.choice([f"{rng.randint(45, 95)} €/Std.", f"{rng.randint(45, 95)} € die Stunde", f"{rng.randint(45, 95)},50 € netto/h"] if de else
                          [f"£{rng.randint(35, 95)}/hr", f"${rng.randint(45, 150)} an hour", f"£{rng.randint(180, 320)} a day"])
    if kind == "material_quantity":
        return rng.choice([f"{rng.randint(2, 40)} Rollen Raufaser", f"{rng.randint(5, 80)} m NYM-Kabel", f"{rng.randint(2, 30)} Eimer Farbe",
                           f"{rng.randint(5, 60)} m² Fliesen"] if de else
                          [f"{rng.randint(2, 40)} rolls of lining paper", f"{rng.randint(5, 80)}m of cable", f"{rng.randint(2, 30)} tins of paint",
                           f"{rng.randint(5, 60)} sqm of tiles"])
    if kind == "ral_colour":
        return rng.choice(["RAL 7016", "RAL 9010", "RAL 9016", "RAL 6005", "NCS S 0502-Y", "RAL 3000"])
    if kind == "pipe_size":
        return rng.choice(["DN 50", "DN 100", "15 mm Kupfer" if de else "15mm copper", "22mm", "1/2 Zoll" if de else "half-inch"])
    if kind == "vehicle_damage_code":
        return rng.choice(["Schadenposition 3", "Kat. B", "Schadenbild 4 von 7", "Position 12"] if de else
                          ["Cat S", "Cat N", "zone 4", "panel 12"])
    if kind == "wedding_package":
        return rng.choice(["Paket Romantik", "Silber-Paket", "Paket All-in Gold", "Boho Light"] if de else
                          ["the Silver package", "Classic All-Inclusive", "Elopement Lite", "Gold package"])
    if kind == "shipment_weight":
        return rng.choice([f"{rng.randint(80, 24000):,} kg".replace(",", ".") if de else f"{rng.randint(80, 24000):,} kg",
                           f"{rng.randint(1, 24)} t", f"{rng.randint(1, 24)},{rng.randint(1, 9)} t" if de else f"{rng.randint(1, 24)}.{rng.randint(1, 9)} t"])
    if kind == "router_model":
        return rng.choice(["FRITZ!Box 7590", "FRITZ!Box 6660", "Speedport Smart 4", "Vodafone Station", "O2 HomeBox 2",
                           "Sky Hub SR203", "BT Smart Hub 2", "Virgin Hub 5", "EE Smart Hub"])
    if kind == "handset_model":
        return rng.choice(["iPhone 13", "iPhone 15 Pro", "Pixel 8a", "Galaxy S23", "SM-A546B", "Xiaomi 13T",
                           "Fairphone 5", "iPhone SE", "Moto g84"])
    if kind == "app_version":
        return rng.choice([f"Version {rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                           f"v{rng.randint(2, 9)}.{rng.randint(0, 30)}", f"{rng.randint(2, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}",
                           f"Build {rng.randint(1000, 9999)}"])
    if kind == "heat_pump_model":
        return rng.choice(["Vitocal 250-A", "Daikin Altherma 3", "WPL 25 A", "Panasonic Aquarea J", "Samsung EHS Mono",
                           "Vaillant aroTHERM plus", "Mitsubishi Ecodan"])
    if kind == "lot_number":
        return rng.choice([f"Ch.-B. {_alnum(rng, 2, L26)}{d(4)}", f"Charge {d(2)}{_alnum(rng, 1, L26)}{d(3)}"] if de else
                          [f"lot {_alnum(rng, 2, L26)}{d(4)}", f"batch {d(2)}{_alnum(rng, 1, L26)}{d(3)}", f"LOT {d(1)}{_alnum(rng, 1, L26)}{d(1)}{_alnum(rng, 2, L26)}{d(1)}"])
    if kind == "party_size":
        n = rng.choice([25, 30, 40, 45, 60, 80, 120])
        return rng.choice([f"{n} Personen", f"ca. {n} Personen", f"etwa {n} Pers.", f"{n} Pers."] if de else
                          [f"{n} people", f"about {n} guests", f"{n} of us", f"around {n}"])
    if kind == "term_length":
        n = rng.choice([12, 24, 36, 48, 60])
        return f"{n} Monate" if de else f"{n} months"
    if kind == "telco_tariff":
        return rng.choice(["MagentaMobil M", "GigaMobil XL", "O2 Mobile Unlimited Max", "congstar Allnet Flat M",
                           "Magenta Zuhause L", "1&1 All-Net-Flat L", "Yallo Swiss Flat", "A1 Xcite Flex"] if de else
                          ["EE Essentials 100GB", "Three Unlimited Data", "Vodafone Red Entertainment", "BT Full Fibre 500",
                           "Sky Broadband Superfast", "O2 Plus 30GB", "Verizon Unlimited Plus"])
    if kind == "sim_serial_last":
        return rng.choice([f"SIM endet auf {d(4, False)}" if de else f"SIM ending {d(4, False)}", f"Karte …{d(4, False)}" if de else f"card …{d(4, False)}"])
    return neg_gen_b16(kind, rng, lang)


def neg_gen_b16(kind, rng, lang):
    """Kinds added for blind set 16 (rail and air passenger services, hotels and spas, dentists,
    opticians, physio and sport, schools and nurseries, HR / payroll, job centres, tax advisers,
    notaries, utilities, bank fraud desks, marketplaces, food delivery, travel insurance, blood
    donation, psychotherapy, addiction help, nursing homes, midwives, disability offices, sports
    clubs, app support, chatbot logs, e-mail signatures, OCR'd letters)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2023, 2026)
    de = lang == "de"
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if kind == "generic_health_topic":
        return rng.choice(terms.GENERIC_HEALTH_DE if de else terms.GENERIC_HEALTH_EN)
    if kind == "food_allergen_info":
        return rng.choice(terms.FOOD_ALLERGEN_DE if de else terms.FOOD_ALLERGEN_EN)
    if kind == "bahncard_number":
        b = "7081" + d(12, False)
        return rng.choice([" ".join(b[i:i + 4] for i in range(0, 16, 4)), f"{b[:4]} {b[4:10]} {b[10:]}"])
    if kind == "railcard_type":
        return rng.choice(["BahnCard 25", "BahnCard 50", "BahnCard 100", "BahnCard 25 2. Klasse", "Klimaticket",
                           "Halbtax", "GA 1. Klasse", "Deutschlandticket", "Vorteilscard"] if de else
                          ["16-25 Railcard", "Two Together Railcard", "Senior Railcard", "Disabled Persons Railcard",
                           "26-30 Railcard", "an Interrail pass", "a Family & Friends Railcard"])
    if kind == "rail_booking_ref":
        while True:
            c = _alnum(rng, rng.choice([6, 8]), A)
            if re.search(r"\d", c) and re.search(r"[A-Z]", c):
                return c if de else rng.choice([c, f"ToD {c}"])
    if kind == "coach_and_seat":
        return rng.choice([f"Wagen {rng.randint(1, 14)}, Platz {rng.randint(11, 128)}", f"Wg. {rng.randint(1, 14)} Pl. {rng.randint(11, 128)}",
                           f"Wagen {rng.randint(1, 14)} Sitz {rng.randint(11, 128)}"] if de else
                          [f"coach {rng.choice('ABCDEFGHJK')} seat {rng.randint(1, 80)}", f"Coach {rng.choice('ABCDEFGHJK')}, {rng.randint(1, 80)}{rng.choice(['', 'A', 'F'])}",
                           f"car {rng.randint(1, 12)}, seat {rng.randint(1, 80)}"])
    if kind == "assistance_booking":
        return rng.choice([f"MSZ-{d(6)}", f"Mobilitätsservice-Auftrag {d(3)}-{d(3, False)}", f"MSZ {d(3)} {d(3, False)}"] if de else
                          [f"PA{d(7)}", f"Passenger Assist ref {_alnum(rng, 8, A)}", f"PRM-{d(6)}"])
    if kind == "baggage_allowance":
        return rng.choice(["1 x 23 kg", "23 kg Freigepäck", "8 kg Handgepäck", "2 Gepäckstücke à 23 kg", "20 kg"] if de else
                          ["1 x 23kg", "23kg checked bag", "a 10kg cabin bag", "2PC", "15kg hold luggage"])
    if kind == "bag_size":
        return rng.choice([f"{rng.choice([55, 56, 40])} x {rng.choice([35, 40, 45])} x {rng.choice([20, 23, 25])} cm",
                           f"{rng.choice([158, 115, 203])} cm Gurtmaß" if de else f"{rng.choice([158, 115])}cm linear",
                           f"{rng.choice([65, 70, 75, 78])} cm Hartschalenkoffer" if de else f"{rng.choice([24, 28, 30])}-inch hard case"])
    if kind == "compensation_amount":
        return rng.choice(["250 €", "400 €", "600 €", "25 % des Fahrpreises", "50 % des Fahrpreises"] if de else
                          ["€250", "€600", "£520", "25% of the fare", "50% of the ticket price"])
    if kind == "room_category":
        return rng.choice(["Doppelzimmer Superior", "Einzelzimmer Komfort", "Junior Suite", "Familienzimmer mit Balkon",
                           "DZ zur Einzelnutzung", "Landhauszimmer"] if de else
                          ["Deluxe King", "Superior Double", "Junior Suite", "Twin Room (sea view)", "Family Room",
                           "Standard Queen"])
    if kind == "spa_package":
        return rng.choice(["Wellness-Paket Auszeit", "Day-Spa Deluxe", "Saunalandschaft", "Paket Kuschelzeit",
                           "Ladies Day", "Spa-Gutschein 2 Personen"] if de else
                          ["the Twilight Spa package", "a spa day for two", "Afternoon Tea & Spa", "the Relax & Unwind break",
                           "thermal suite access", "a couples' spa voucher"])
    if kind == "cancellation_deadline":
        return rng.choice(["kostenfrei stornierbar bis 18 Uhr am Anreisetag", "Storno bis 48 h vorher kostenlos",
                           "nicht erstattbar", "bis 7 Tage vor Anreise kostenlos"] if de else
                          ["free cancellation until 6pm on arrival day", "non-refundable", "cancel free up to 48 hours before",
                           "refundable until 7 days prior"])
    if kind == "tooth_number":
        return rng.choice([f"Zahn {rng.choice([1, 2, 3, 4])}{rng.randint(1, 8)}", f"die {rng.choice([1, 2, 3, 4])}{rng.randint(1, 8)}",
                           f"Zahn {rng.choice([1, 2, 3, 4])}{rng.randint(1, 8)} und {rng.choice([1, 2, 3, 4])}{rng.randint(1, 8)}"] if de else
                          [f"tooth {rng.choice([1, 2, 3, 4])}{rng.randint(1, 8)}", f"the UR{rng.randint(1, 8)}",
                           f"lower left {rng.randint(4, 8)}", f"tooth no. {rng.randint(1, 32)}"])
    if kind == "hkp_number":
        return rng.choice([f"HKP Nr. {y}-{d(4, False)}", f"Heil- und Kostenplan {d(3)}/{y % 100}", f"Plan-Nr. {d(6)}"] if de else
                          [f"treatment estimate TE-{d(5)}", f"FP17 claim {d(4)}", f"quote Q{d(6)}"])
    if kind == "bonus_booklet":
        return rng.choice(["Bonusheft 5 Jahre", "Bonusheft 10 Jahre lückenlos", "70 % Festzuschuss", "75 % Bonus",
                           "60 % Zuschuss"])
    if kind == "aligner_stage":
        return rng.choice([f"Schiene {rng.randint(2, 40)} von {rng.randint(41, 60)}", f"Aligner {rng.randint(2, 40)}/{rng.randint(41, 60)}",
                           f"Phase {rng.randint(1, 3)}"] if de else
                          [f"aligner {rng.randint(2, 40)} of {rng.randint(41, 60)}", f"tray {rng.randint(2, 40)}", f"stage {rng.randint(1, 3)}"])
    if kind == "lens_subscription":
        return rng.choice(["Monatslinsen 6er-Box", "90er Tageslinsen", "Abo alle 3 Monate", "Kombilösung 360 ml",
                           "2 x 3er Box"] if de else
                          ["a 6-pack of monthlies", "90 dailies", "every 3 months subscription", "360ml solution",
                           "2 x 30 pack"])
    if kind == "frame_model":
        return rng.choice([f"Ray-Ban RB{rng.randint(2100, 7299)}", f"Modell {_alnum(rng, 2, L26)} {d(4)}", f"Oakley OX{rng.randint(3000, 8199)}",
                           f"Lindberg {d(4)}"] if de else
                          [f"Ray-Ban RB{rng.randint(2100, 7299)}", f"model {_alnum(rng, 2, L26)} {d(4)}", f"Oakley OX{rng.randint(3000, 8199)}",
                           f"frame {d(4)}"])
    if kind == "race_bib":
        return rng.choice([f"Startnummer {rng.randint(1, 9999)}", f"Startnr. {rng.randint(1, 9999)}"] if de else
                          [f"bib {rng.randint(1, 9999)}", f"race number {rng.randint(1, 9999)}", f"bib #{rng.randint(1, 9999)}"])
    if kind == "finish_time":
        return rng.choice([f"{rng.randint(2, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}",
                           f"{rng.randint(38, 69)}:{rng.randint(0, 59):02d} min" if de else f"{rng.randint(38, 69)}:{rng.randint(0, 59):02d}",
                           f"{rng.randint(1, 2)}:{rng.randint(0, 59):02d} h"])
    if kind == "pace":
        return rng.choice([f"{rng.randint(4, 7)}:{rng.randint(0, 59):02d} min/km", f"{rng.randint(4, 7)}:{rng.randint(0, 59):02d}/km",
                           f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d}/mile"])
    if kind == "race_distance":
        return rng.choice(["Halbmarathon", "10 km", "21,1 km", "5K", "Marathon", "Sprintdistanz"] if de else
                          ["half marathon", "10K", "5k", "marathon", "13.1 miles", "sprint triathlon"])
    if kind == "school_year":
        return rng.choice([f"Schuljahr {y - 1}/{y % 100}", f"SJ {y - 1}/{y % 100}", f"{rng.randint(1, 4)}. Halbjahr"] if de else
                          [f"Year {rng.randint(1, 13)}", f"the {y - 1}-{y % 100} school year", f"{rng.choice(['autumn', 'spring', 'summer'])} term"])
    if kind == "lunch_account":
        return rng.choice([f"Essens-ID {d(4)}", f"Mensakarte {d(4)}-{d(3, False)}", f"Kundennr. Caterer {d(4)}"] if de else
                          [f"ParentPay ID {_alnum(rng, 2, L26)}{d(4)}", f"lunch account {d(4)}", f"dinner money ref {d(4)}"])
    if kind == "excursion_fee":
        return rng.choice([f"{rng.randint(5, 45)} € Ausflug", f"{rng.randint(5, 45)},50 € für den Zoo", f"{rng.randint(120, 480)} € Klassenfahrt"] if de else
                          [f"£{rng.randint(5, 45)} for the trip", f"£{rng.randint(120, 480)} residential", f"${rng.randint(5, 45)} field trip"])
    if kind == "payroll_period":
        return rng.choice([f"Abrechnung {rng.randint(1, 12):02d}/{y}", f"Entgeltabrechnung {MONTHS_FULL['de'][rng.randint(0, 11)]}",
                           f"Lohnlauf {rng.randint(1, 12):02d}/{y % 100}"] if de else
                          [f"pay period {rng.randint(1, 12)}", f"month {rng.randint(1, 12)} payslip", f"P{rng.randint(1, 12)} {y}/{(y + 1) % 100}"])
    if kind == "vacation_days":
        return rng.choice([f"{rng.randint(24, 32)} Urlaubstage", f"noch {rng.randint(1, 20)} Tage Resturlaub", f"{rng.randint(1, 15)},5 Tage Urlaub"] if de else
                          [f"{rng.randint(20, 30)} days annual leave", f"{rng.randint(1, 15)} days holiday left", f"{rng.randint(1, 15)}.5 days PTO"])
    if kind == "overtime":
        return rng.choice([f"{rng.randint(2, 60)},{rng.choice([0, 5])} Überstunden", f"+{rng.randint(2, 60)} h Gleitzeit", f"{rng.randint(2, 60)} Std. Plus"] if de else
                          [f"{rng.randint(2, 60)}.{rng.choice([0, 5])} hours overtime", f"{rng.randint(2, 60)} hrs TOIL", f"+{rng.randint(2, 60)}h flexi"])
    if kind == "bg_number":
        return rng.choice([f"{d(5)}BG{d(7, False)}", f"{d(5)} BG {d(7, False)}", f"{d(3)}{_alnum(rng, 1, L26)}{d(6, False)}"])
    if kind == "ba_customer_number":
        return rng.choice([f"{d(3)}{_alnum(rng, 1, 'ABCDEFGH')}{d(6, False)}", f"{d(3)}{_alnum(rng, 1, 'ABCDEFGH')} {d(6, False)}"] if de else
                          [f"{_alnum(rng, 2, L26)}{d(6)}", f"{d(3)} {d(3, False)} {d(3, False)}", f"UC{d(8)}"])
    if kind == "benefit_rate":
        return rng.choice(["Regelsatz 563 €", "563 € Regelbedarf", "Bürgergeld 563 €", "Mehrbedarf 17 %", "ALG I 60 %"] if de else
                          ["£393.45 standard allowance", "£90.50 JSA", "the £334.91 UC rate", "$450 a week"])
    if kind == "mandant_number":
        return rng.choice([d(5), f"{d(4)}-{d(3, False)}", f"M{d(5)}"] if de else
                          [f"{_alnum(rng, 3, L26)}{d(3)}", d(5), f"E{d(4)}"])
    if kind == "tax_form":
        return rng.choice(["Anlage N", "Anlage KAP", "Anlage Vorsorgeaufwand", "Anlage V", "Anlage Kind", "Mantelbogen",
                           "Anlage Außergewöhnliche Belastungen", "E1-Formular", "L1"] if de else
                          ["SA100", "SA102", "Form 1040", "P60", "P45", "a W-2", "Schedule C", "SA302"])
    if kind == "probate_ref":
        return rng.choice([f"Nachlassakte {rng.randint(1, 40)} VI {d(3)}/{y % 100}", f"Az. {rng.randint(1, 40)} VI {d(4)}/{y % 100}",
                           f"Erbscheinsverfahren {d(3)}/{y % 100}"] if de else
                          [f"probate ref {d(4)}-{d(4, False)}", f"grant ref PA{d(6)}", f"estate file {_alnum(rng, 3, L26)}/{d(4)}"])
    if kind == "estate_share":
        return rng.choice(["zu je 1/2", "zu 1/3", "ein Viertel", "Pflichtteil", "zu gleichen Teilen", "je 25 %"] if de else
                          ["a third each", "one half share", "50/50", "a quarter", "in equal shares", "the residuary estate"])
    if kind == "abschlag":
        return rng.choice([f"Abschlag {rng.randint(45, 260)} €", f"{rng.randint(45, 260)} € monatlicher Abschlag",
                           f"Abschlag {rng.randint(45, 260)},00 €/Monat"] if de else
                          [f"£{rng.randint(45, 260)} a month direct debit", f"DD of £{rng.randint(45, 260)}", f"${rng.randint(45, 260)} budget billing"])
    if kind == "gas_volume":
        return rng.choice([f"{rng.randint(1, 9)}.{d(3, False)} m³", f"{rng.randint(80, 999)} m³", f"{rng.randint(1, 9)}.{d(3, False)},{d(1, False)} m³"] if de else
                          [f"{rng.randint(80, 999)} m³", f"{rng.randint(100, 999)} units of gas", f"{rng.randint(20, 99)} therms"])
    if kind == "hardship_scheme":
        return rng.choice(["Härtefallfonds", "Stromspar-Check", "Härtefallantrag", "Ratenzahlung §19 StromGVV"] if de else
                          ["the Warm Home Discount", "a hardship fund", "the Priority Services Register", "LIHEAP"])
    if kind == "chargeback_ref":
        return rng.choice([f"CB-{y}-{d(6, False)}", f"RB-{d(3)}-{d(3, False)}", f"R{d(7)}"] if de else
                          [f"CB-{y}-{d(6, False)}", f"DSP{d(7)}", _alnum(rng, 8, A)])
    if kind == "merchant_descriptor":
        return rng.choice(["AMZN Mktp DE*2K4L", "PAYPAL *STEAM", "SQ *COFFEE CO", "SumUp *Bäckerei", "APPLE.COM/BILL",
                           "GOOGLE *YouTube", "ZETTLE_*Markthalle", "UBER *TRIP", "NETFLIX.COM", "AliExpress"])
    if kind == "auth_code":
        return rng.choice([f"Auth-Code {_alnum(rng, 6, A)}", f"Autorisierung {_alnum(rng, 6, A)}"] if de else
                          [f"auth code {_alnum(rng, 6, A)}", f"approval {_alnum(rng, 6, A)}"])
    if kind == "block_hotline":
        return rng.choice(["116 116", "+49 116 116", "Sperr-Notruf 116 116"] if de else
                          ["the number on the back of the card", "159"])
    if kind == "ebay_item_number":
        return f"{rng.choice(['1', '2', '3'])}{d(11, False)}"
    if kind == "paypal_case":
        return rng.choice([f"PP-D-{d(8)}", f"PP-R-{_alnum(rng, 3, L26)}-{d(8)}", f"PP-C-{d(8)}"])
    if kind == "listing_id":
        return rng.choice([f"#{d(9)}", f"{_alnum(rng, 2, L26)}-{d(4)}-{d(3, False)}", f"/s-anzeige/{d(9)}"] if de else
                          [f"#{d(9)}", f"/items/{d(9)}", f"{_alnum(rng, 3, L26)}-{d(4)}"])
    if kind == "delivery_order_id":
        return rng.choice([f"#{_alnum(rng, 3, A)}-{_alnum(rng, 3, A)}", f"#{d(4)}",
                           f"{_alnum(rng, 4, A)}-{d(4)}", f"#{d(3)} {d(3, False)}"])
    if kind == "menu_item":
        return rng.choice([f"Nr. {rng.randint(1, 140)}", f"Menü {rng.randint(1, 40)}", f"die {rng.randint(1, 140)}",
                           "Pad Thai", "Pizza Diavolo", "Falafel-Teller", "Poke Bowl Lachs"] if de else
                          [f"no. {rng.randint(1, 140)}", f"#{rng.randint(1, 140)}", "the chicken katsu", "pad thai", "a large margherita",
                           "the falafel wrap"])
    if kind == "delivery_eta":
        return rng.choice([f"in {rng.randint(15, 40)}–{rng.randint(41, 70)} Min", f"ca. {rng.randint(20, 60)} Minuten", f"um {rng.randint(17, 22)}:{rng.choice(['05', '20', '35', '50'])}"] if de else
                          [f"{rng.randint(15, 40)}-{rng.randint(41, 70)} min", f"about {rng.randint(20, 60)} mins", f"ETA {rng.randint(5, 10)}:{rng.choice(['05', '20', '35', '50'])}pm"])
    if kind == "foreign_amount":
        return rng.choice([f"{rng.randint(2, 95)}.{d(3, False)} THB", f"{rng.randint(1, 9)}.{d(3, False)} TRY", f"{rng.randint(150, 9999)} USD",
                           f"{rng.randint(2, 45)}.{d(3, False)} MXN", f"{rng.randint(150, 9999)} AED"] if de else
                          [f"THB {rng.randint(2, 95)},{d(3, False)}", f"{rng.randint(150, 9999)} euros", f"${rng.randint(1, 40)},{d(3, False)}",
                           f"MXN {rng.randint(2, 45)},{d(3, False)}", f"AED {rng.randint(150, 9999)}"])
    if kind == "assistance_case":
        return rng.choice([f"{_alnum(rng, 2, L26)}-{d(6)}", f"{y}/{d(5, False)}", f"{_alnum(rng, 3, L26)}{d(5)}"])
    if kind == "donor_number":
        return rng.choice([d(7), f"{d(3)} {d(4, False)}", f"SPN-{d(8)}"] if de else
                          [f"{d(3)} {d(4, False)}", f"{_alnum(rng, 1, L26)}{d(7)}", d(8)])
    if kind == "donation_interval":
        return rng.choice(["alle 56 Tage", "frühestens nach 8 Wochen", "4x im Jahr", "alle 12 Wochen", "6x pro Jahr"] if de else
                          ["every 12 weeks", "every 16 weeks", "after 56 days", "4 times a year", "every 8 weeks"])
    if kind == "ptv_form":
        return rng.choice(["PTV 11", "PTV 1", "PTV 2", "PTV 10", "Formular PTV 11"])
    if kind == "tss_code":
        return rng.choice([f"{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"{_alnum(rng, 4, A)} {_alnum(rng, 4, A)} {_alnum(rng, 4, A)}"] if de else
                          [f"{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"UBRN {d(4)} {d(4, False)} {d(4, False)}"])
    if kind == "group_meeting":
        return rng.choice(["dienstags 18:30 Uhr", "jeden Donnerstag um 19 Uhr", "Mo + Mi 17–18:30 Uhr", "1x die Woche, abends"] if de else
                          ["Tuesdays at 6.30pm", "every Thursday 7pm", "Mon & Wed 5-6.30", "once a week in the evening"])
    if kind == "visiting_hours":
        return rng.choice(["Besuchszeit 14–18 Uhr", "täglich 10–20 Uhr", "Besuch bis 19:30", "Sa/So ab 11 Uhr"] if de else
                          ["visiting 2-6pm", "visits 10am to 8pm daily", "visiting until 7.30", "weekends from 11"])
    if kind == "care_home_fee":
        return rng.choice([f"Eigenanteil {rng.randint(1, 3)}.{d(3, False)} € mtl.", f"{rng.randint(1, 3)}.{d(3, False)} € EEE",
                           f"Investitionskosten {rng.randint(300, 700)} €"] if de else
                          [f"£{rng.randint(900, 1900)} a week", f"${rng.randint(5, 12)},{d(3, False)} per month", f"£{rng.randint(120, 260)} a day"])
    if kind == "birth_course":
        return rng.choice(["Geburtsvorbereitungskurs", "Rückbildungskurs", "Babymassage-Kurs", "Stillgruppe", "Paarkurs am Wochenende"] if de else
                          ["antenatal class", "NCT course", "baby massage class", "postnatal yoga", "a breastfeeding group"])
    if kind == "gdb_generic":
        return rng.choice(["GdB 50", "GdB von 30", "ab GdB 50", "Merkzeichen G", "GdB 20"] if de else
                          ["PIP standard rate", "the enhanced rate", "a Blue Badge", "the mobility component"])
    if kind == "club_member_id":
        return rng.choice([d(4), d(5), f"{_alnum(rng, 2, L26)}{d(4)}", f"{d(3)}-{d(3, False)}"] if de else
                          [d(4), d(5), f"{_alnum(rng, 2, L26)}{d(4)}", f"FAN{d(8)}"])
    if kind == "membership_fee":
        return rng.choice([f"{rng.randint(5, 30)} € im Monat", f"Jahresbeitrag {rng.randint(60, 480)} €", f"{rng.randint(20, 120)} € Aufnahmegebühr",
                           f"{rng.randint(5, 30)},50 € mtl."] if de else
                          [f"£{rng.randint(5, 30)} a month", f"annual subs £{rng.randint(60, 480)}", f"${rng.randint(20, 120)} joining fee",
                           f"£{rng.randint(5, 30)}.50 monthly"])
    if kind == "training_slot":
        return rng.choice([f"Di + Do {rng.randint(16, 19)}:00–{rng.randint(19, 21)}:30", f"freitags {rng.randint(15, 19)} Uhr", f"Sa {rng.randint(9, 11)}–{rng.randint(12, 13)} Uhr"] if de else
                          [f"Tue & Thu {rng.randint(4, 7)}-{rng.randint(7, 9)}pm", f"Fridays at {rng.randint(4, 7)}", f"Sat {rng.randint(9, 11)}am"])
    if kind == "court_number":
        return rng.choice([f"Platz {rng.randint(1, 9)}", f"Halle {rng.randint(1, 4)}", f"Bahn {rng.randint(1, 8)}"] if de else
                          [f"court {rng.randint(1, 9)}", f"pitch {rng.randint(1, 6)}", f"lane {rng.randint(1, 8)}"])
    if kind == "crash_id":
        hx = "0123456789abcdef"
        return rng.choice(["-".join("".join(rng.choice(hx) for _ in range(k)) for k in (8, 4, 4, 4, 12)),
                           "".join(rng.choice(hx) for _ in range(16))])
    if kind == "user_handle":
        nm = ascii_name(rng.choice(["lena", "mika", "jules", "tom", "sam", "kira", "ben", "noor", "alex", "finn"]))
        return rng.choice([f"@{nm}_{rng.randint(1, 99)}", f"@{nm}.{rng.choice(['k', 'b', 'x'])}", f"{nm}{rng.randint(1, 999)}"])
    if kind == "app_order_id":
        return _alnum(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if kind == "bot_session_id":
        return rng.choice([f"Session {_alnum(rng, 8, 'abcdef0123456789')}", f"Chat-ID {_alnum(rng, 10, A)}" if de else f"chat ID {_alnum(rng, 10, A)}",
                           f"#{_alnum(rng, 6, A)}"])
    if kind == "registered_court":
        return rng.choice(["Amtsgericht Charlottenburg", "AG München", "Amtsgericht Hamburg", "Registergericht Köln", "Handelsgericht Wien",
                           "Handelsregister Zürich"] if de else
                          ["Registered in England and Wales", "Companies House", "registered in Scotland", "Delaware corporation"])
    if kind == "letter_reference":
        return rng.choice([f"Unser Zeichen: {_alnum(rng, 2, 'abcdefghkmnprst')}-{d(2)}/{rng.randint(1, 9)}", f"Ihr Zeichen {_alnum(rng, 3, L26)}/{d(3)}",
                           f"Gz. {rng.randint(1, 9)}-{d(4)}/{y % 100}"] if de else
                          [f"Our ref: {_alnum(rng, 2, L26)}/{d(4)}", f"Your ref {_alnum(rng, 3, L26)}{d(3)}", f"Ref: {_alnum(rng, 2, L26)}/{d(3)}/{y % 100}"])
    if kind == "page_number":
        n = rng.randint(2, 6)
        return f"Seite {rng.randint(1, n)} von {n}" if de else f"Page {rng.randint(1, n)} of {n}"
    if kind == "spaced_ocr_number":
        s = d(rng.choice([6, 7, 8]))
        return " ".join(s)
    if kind == "bed_count":
        return rng.choice([f"{rng.randint(40, 160)} Plätze", f"Einzelzimmer", f"{rng.randint(2, 5)}-Bett-Zimmer"] if de else
                          [f"{rng.randint(40, 160)} beds", "a single room", f"{rng.randint(2, 4)}-bed room"])
    if kind == "clinic_floor":
        return rng.choice([f"{rng.randint(1, 5)}. OG", f"EG links", f"Zimmer {rng.randint(1, 30)}", f"Raum {rng.randint(100, 450)}"] if de else
                          [f"{rng.choice(['1st', '2nd', '3rd', '4th', '5th'])} floor", "ground floor", f"room {rng.randint(1, 30)}",  # blind18: ordinals
                           f"suite {rng.randint(100, 450)}"])
    if kind == "refund_form":
        return rng.choice(["Fahrgastrechte-Formular", "Erstattungsformular", "Online-Formular", "Antrag auf Entschädigung"] if de else
                          ["the Delay Repay form", "EU261 claim form", "the refund form", "a compensation request"])
    if kind == "pnr_locator":
        while True:
            c = _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ")
            if rng.random() < 0.5:
                c = c[:3] + _alnum(rng, 3, "23456789")
            return c
    if kind == "loyalty_tier":
        return rng.choice(["Frequent Traveller", "Senator", "HON Circle", "Gold", "Platin", "bahn.bonus Comfort", "Genius Level 2"] if de else
                          ["Gold", "Silver", "Executive Club Bronze", "Diamond", "Flying Blue Platinum", "Genius Level 2"])
    if kind == "utility_customer_number":
        return rng.choice([f"{d(3)} {d(3, False)} {d(3, False)}", f"{d(4)}.{d(4, False)}", f"{d(3)}-{d(3, False)}-{d(3, False)}"] if de else
                          [f"{d(3)} {d(3, False)} {d(3, False)}", f"A-{_alnum(rng, 8, A)}", f"{d(4)} {d(4, False)}"])
    if kind == "tax_refund":
        return rng.choice([f"{rng.randint(120, 2999)} € Erstattung", f"Nachzahlung {rng.randint(120, 2999)} €", f"{rng.randint(120, 2999)},{d(2, False)} € zurück"] if de else
                          [f"£{rng.randint(120, 2999)} rebate", f"${rng.randint(120, 4999)} refund", f"£{rng.randint(120, 2999)} to pay"])
    if kind == "notary_fee":
        return rng.choice([f"{rng.randint(150, 3900)} € Notarkosten", f"Gebühr nach GNotKG {rng.randint(150, 3900)} €", f"{rng.randint(150, 3900)},{d(2, False)} € zzgl. USt."] if de else
                          [f"£{rng.randint(150, 3900)} + VAT", f"${rng.randint(150, 3900)} flat fee", f"£{rng.randint(150, 3900)} probate fee"])
    if kind == "delay_minutes":
        return rng.choice([f"{rng.randint(61, 300)} Minuten", f"über {rng.randint(1, 6)} Stunden", f"{rng.randint(1, 6)},{rng.choice([0, 5])} h"] if de else
                          [f"{rng.randint(61, 300)} minutes", f"over {rng.randint(1, 6)} hours", f"{rng.randint(1, 6)}.{rng.choice([0, 5])}h"])
    if kind == "rating_stars":
        return rng.choice([f"{rng.randint(3, 4)},{rng.randint(0, 9)} Sterne", f"{rng.randint(80, 100)} % positive Bewertungen",
                           f"{rng.randint(3, 4)},{rng.randint(0, 9)} von 5"] if de else
                          [f"{rng.randint(3, 4)}.{rng.randint(0, 9)} stars", f"{rng.randint(80, 100)}% positive feedback",
                           f"{rng.randint(3, 4)}.{rng.randint(0, 9)}/5"])
    if kind == "connection":
        return rng.choice([f"Anschluss in {rng.choice(['Mannheim', 'Fulda', 'Hannover', 'Würzburg', 'Köln'])}", f"Umstieg {rng.choice(['Nürnberg', 'Kassel', 'Erfurt'])}",
                           f"über {rng.choice(['Frankfurt', 'München', 'Zürich', 'Wien'])}"] if de else
                          [f"connection at {rng.choice(['Crewe', 'York', 'Reading', 'Birmingham New St'])}", f"change at {rng.choice(['Doncaster', 'Preston', 'Leeds'])}",
                           f"via {rng.choice(['Heathrow', 'Dubai', 'Amsterdam', 'Frankfurt'])}"])
    return neg_gen_b17(kind, rng, lang)


def neg_gen_b17(kind, rng, lang):
    """Kinds added for blind set 17 (pharmacies and e-prescriptions, telemedicine, health
    insurers and billing codes, car insurance, rentals, SIM / eSIM, loans and mortgages,
    crowdfunding, vets, fitness trackers, dating apps, returns, couriers, pensions, student
    finance, immigration offices, police, lawyers, funerals, weddings, car rental, coworking,
    IT helpdesks, gaming, LLM prompts, 2FA / TAN codes, voice notes, spreadsheets)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2023, 2026)
    de = lang == "de"
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    hx = "0123456789abcdef"
    if kind == "product_health":
        return rng.choice(terms.PRODUCT_HEALTH_DE if de else terms.PRODUCT_HEALTH_EN)
    if kind == "health_charity":
        return rng.choice(terms.HEALTH_CHARITY_DE if de else terms.HEALTH_CHARITY_EN)
    if kind in ("period", "period_dative"):  # blind17: illness / processing periods
        n = rng.randint(2, 11)
        if de:
            dat = kind == "period_dative"
            return rng.choice([f"{n} {'Tagen' if dat else 'Tage'}", f"{n} Wochen", f"{n} {'Monaten' if dat else 'Monate'}",
                               "einem Jahr" if dat else "ein Jahr", "zwei Wochen", "drei Monaten" if dat else "drei Monate"])
        return rng.choice([f"{n} days", f"{n} weeks", f"{n} months", "a year", "a fortnight", "three months", "six weeks"])
    if kind == "otp_code":
        c = d(6, False)
        return rng.choice([c, c, f"{c[:3]} {c[3:]}", f"G-{c}", f"{c[:3]}-{c[3:]}"])
    if kind == "tan_code":
        return rng.choice([d(6, False), d(6, False), f"{d(3, False)} {d(3, False)}"])
    if kind == "backup_code":
        al = "abcdefghjkmnpqrstuvwxyz23456789"
        return rng.choice([f"{_alnum(rng, 4, al)}-{_alnum(rng, 4, al)}", f"{_alnum(rng, 4, al)} {_alnum(rng, 4, al)}",
                           _alnum(rng, 10, al)])
    if kind == "code_validity":
        return rng.choice(["gültig für 10 Minuten", "5 Min. gültig", "läuft in 15 Minuten ab"] if de else
                          ["valid for 10 minutes", "expires in 5 min", "valid for 15 mins"])
    if kind == "erezept_access_code":
        return "".join(rng.choice(hx) for _ in range(64))
    if kind == "dosage_schedule":
        return rng.choice(["1-0-1", "1-0-0", "0-0-1", "1-1-1", "1-0-0-1", "½-0-½", "2x täglich", "morgens eine",
                           "bei Bedarf", "alle 8 Stunden", "einmal wöchentlich"] if de else
                          ["twice daily", "once a day", "1 at night", "as needed", "every 8 hours", "BD", "OD",
                           "once weekly", "two puffs twice a day", "1-0-1"])
    if kind == "refill_count":
        return rng.choice([f"noch {rng.randint(1, 3)} Folgerezepte", "Wiederholungsrezept", f"{rng.randint(1, 3)}x wiederholbar",
                           "Mehrfachverordnung 1 von 4"] if de else
                          [f"{rng.randint(1, 5)} refills left", f"{rng.randint(1, 5)} refills remaining", "no refills left",
                           "repeat 2 of 6"])
    if kind == "pharmacy_pickup_code":
        return rng.choice([f"Abholnummer {rng.randint(10, 299)}", f"Abholcode {_alnum(rng, 1, L26)}-{d(3)}", f"Fach {rng.randint(1, 48)}"] if de else
                          [f"collection code {d(4)}", f"pickup #{rng.randint(10, 299)}", f"locker {rng.randint(1, 48)}"])
    if kind == "goae_code":
        return rng.choice([f"GOÄ {rng.choice([1, 3, 5, 6, 7, 8, 250, 410, 420, 1, 34])}", f"GOÄ-Ziffer {rng.randint(1, 800)}",
                           f"Ziffer {rng.randint(1, 800)}", f"EBM {rng.choice(['03000', '03230', '01430', '03220'])}",
                           f"GOÄ {rng.randint(1, 800)} (2,3-fach)"])
    if kind == "cpt_code":
        return rng.choice([f"CPT {rng.choice(['99213', '99214', '80053', '85025', '99203', '97110', '90834'])}",
                           f"CPT code {rng.choice(['99213', '99214', '80053', '85025', '97110', '90837'])}",
                           f"procedure code {rng.choice(['99213', '99395', '97140'])}"])
    if kind == "beihilfe_rate":
        return rng.choice(["Bemessungssatz 50 %", "70 % Beihilfe", "Beihilfesatz 80 %", "50 % Beihilfe", "Bemessungssatz 70%"])
    if kind == "insurance_plan":
        return rng.choice(["Tarif Komfort 300", "ECO 600", "Tarif AM 80", "Zahn-Zusatz ZEF", "Tarif BestMed 4",
                           "Krankenhaustagegeld KT 50", "Wahlleistung Einbettzimmer"] if de else
                          ["Bupa By You Comprehensive", "Vitality Essentials", "PPO Silver 2000", "HMO Gold",
                           "Aetna Choice POS II", "Blue Cross Bronze", "AXA Health Core"])
    if kind == "telemed_consult_id":
        return rng.choice([f"K-{d(5)}", f"Konsultation #{_alnum(rng, 6, A)}", f"Fall-ID {d(6)}"] if de else
                          [f"consultation TC-{d(6)}", f"visit ID {_alnum(rng, 8, A)}", f"#{_alnum(rng, 6, A)}"])
    if kind == "meeting_code":
        l = "abcdefghijkmnopqrstuvwxyz"
        return rng.choice([f"{_alnum(rng, 3, l)}-{_alnum(rng, 4, l)}-{_alnum(rng, 3, l)}", f"Raum {_alnum(rng, 6, A)}" if de
                           else f"room {_alnum(rng, 6, A)}", f"Meeting-ID {d(3)} {d(4, False)} {d(4, False)}" if de else
                           f"meeting ID {d(3)} {d(4, False)} {d(4, False)}"])
    if kind == "file_name":
        return rng.choice([f"IMG_{d(4)}.jpg", f"IMG_{d(4)}.HEIC", f"Scan_{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}.pdf",
                           "Unfallbericht_final.pdf", f"VID_{d(4)}.MOV", "Mietvertrag_unterschrieben.pdf", "Screenshot 2025-03-14 um 09.41.12.png"
                           if de else "Screenshot 2025-03-14 at 09.41.12.png", "Kontoauszug_Maerz.pdf" if de else "statement_march.pdf",
                           f"dashcam_{d(3)}.mp4", "Rechnung (1).pdf" if de else "invoice (1).pdf"])
    if kind == "assessor_ref":
        return rng.choice([f"Gutachten-Nr. G-{y % 100}-{d(4)}", f"SV-Gutachten {d(4)}/{y % 100}", f"Gutachter-Az. {_alnum(rng, 2, L26)}-{d(4)}"] if de else
                          [f"engineer ref ENG/{d(4)}", f"assessor report {_alnum(rng, 2, L26)}{d(4)}", f"survey ref {d(4)}-{_alnum(rng, 2, L26)}"])
    if kind == "road_location":
        return rng.choice([f"A{rng.randint(1, 99)} km {rng.randint(1, 480)},{rng.randint(0, 9)}", f"B{rng.randint(1, 500)} Höhe Abfahrt {rng.randint(1, 40)}",
                           f"A{rng.randint(1, 23)} Richtung Salzburg", f"Kreuzung {rng.choice(['Hauptstraße', 'Ringstraße', 'Bahnhofstraße'])}/{rng.choice(['Lindenweg', 'Gartenstraße', 'Schulstraße'])}"] if de else
                          [f"M{rng.randint(1, 62)} J{rng.randint(1, 30)}", f"A{rng.randint(1, 600)} near junction {rng.randint(1, 30)}",
                           f"I-{rng.choice([5, 10, 15, 80, 95, 405])} exit {rng.randint(1, 200)}", "the roundabout on Station Road"])
    if kind == "rent_amount":
        return rng.choice([f"Kaltmiete {rng.randint(450, 1600)} €", f"Warmmiete {rng.randint(1, 2)}.{d(3, False)} €", f"{rng.randint(450, 1600)} € kalt",
                           f"Nebenkosten {rng.randint(120, 380)} €"] if de else
                          [f"£{rng.randint(650, 2400)} pcm", f"${rng.randint(900, 3800)}/month", f"rent of £{rng.randint(650, 2400)}",
                           f"£{rng.randint(120, 380)} service charge"])
    if kind == "rent_reduction":
        return rng.choice([f"Mietminderung {rng.choice([5, 10, 15, 20, 25])} %", f"{rng.choice([10, 15, 20])} % Minderung", "Minderung um ein Fünftel"] if de else
                          [f"rent reduction of {rng.choice([10, 15, 20, 25])}%", f"a {rng.choice([10, 15, 20])}% rent abatement", "a quarter off the rent"])
    if kind == "key_number":
        return rng.choice([f"Schlüssel-Nr. {rng.randint(1, 240)}", f"Schließanlage {_alnum(rng, 2, L26)} {d(3)}", f"Transponder {rng.randint(1, 99)}"] if de else
                          [f"key no. {rng.randint(1, 240)}", f"fob {rng.randint(1, 99)}", f"key set {_alnum(rng, 1, L26)}{rng.randint(1, 9)}"])
    if kind == "esim_activation_code":
        return f"LPA:1${rng.choice(['smdp.io', 'rsp.truphone.com', 'sm-v4-004-a-gtm.pr.go-esim.com', 'esim.telekom.de'])}$" \
               f"{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}"
    if kind == "masked_phone":
        return rng.choice([f"+49 1** **** **{d(2, False)}", f"0171 ••• ••{d(2, False)}", f"07*** ***{d(3, False)}",
                           f"+44 7*** ***{d(3, False)}", f"(***) ***-{d(4, False)}", f"+41 7* *** ** {d(2, False)}",
                           f"endet auf {d(3, False)}" if de else f"ending in {d(3, False)}"])
    if kind == "property_price":
        return rng.choice([f"Kaufpreis {rng.randint(180, 890)}.000 €", f"{rng.randint(180, 890)}.000 Euro", f"{rng.randint(180, 890)} T€"] if de else
                          [f"£{rng.randint(180, 890)},000", f"${rng.randint(250, 990)},000 purchase price", f"£{rng.randint(180, 890)}k"])
    if kind == "ltv_ratio":
        return rng.choice([f"Beleihungsauslauf {rng.choice([60, 70, 80, 90])} %", f"{rng.choice([60, 80, 90, 100])} % Finanzierung",
                           f"{rng.choice([60, 80, 90, 100])}%-Finanzierung"] if de else
                          [f"{rng.choice([60, 75, 85, 90, 95])}% LTV", f"LTV of {rng.choice([60, 75, 85, 90])}%", f"{rng.choice([5, 10, 15, 25])}% deposit"])
    if kind == "fixed_rate_period":
        return rng.choice([f"{rng.choice([5, 10, 15, 20])} Jahre Zinsbindung", f"Zinsbindung {rng.choice([5, 10, 15])} J.", "variabel"] if de else
                          [f"{rng.choice([2, 3, 5, 10])}-year fix", f"{rng.choice([2, 5])}-year tracker", "a 30-year fixed", "SVR"])
    if kind == "credit_score":
        return rng.choice([f"Schufa-Score {rng.randint(85, 99)},{rng.randint(0, 99):02d} %", f"Basisscore {rng.randint(85, 99)},{rng.randint(0, 9)} %",
                           f"Bonitätsindex {rng.randint(100, 600)}"] if de else
                          [f"Experian score {rng.randint(560, 999)}", f"FICO {rng.randint(580, 840)}", f"credit score of {rng.randint(560, 840)}"])
    if kind == "loan_amount":
        return rng.choice([f"Kreditsumme {rng.randint(3, 60)}.000 €", f"Darlehen über {rng.randint(50, 450)}.000 €", f"{rng.randint(3, 60)}.000 € Ratenkredit"] if de else
                          [f"a £{rng.randint(3, 60)},000 loan", f"${rng.randint(3, 60)},000 personal loan", f"£{rng.randint(50, 450)},000 mortgage"])
    if kind == "repayment_rate":
        return rng.choice([f"{rng.choice([1, 2, 3, 4])} % Tilgung", f"anfängliche Tilgung {rng.choice([1, 2, 3])},{rng.choice([0, 5])} %", "Sondertilgung 5 % p.a."] if de else
                          [f"{rng.choice([20, 25, 30, 35])}-year term", "repayment mortgage", "10% overpayments a year", "interest-only"])
    if kind == "crowdfunding_url":
        slug = rng.choice(["neues-dach-fuer-den-kindergarten", "tierheim-pfote", "fahrrad-werkstatt", "bandprojekt-2025",
                           "community-garden-fund", "our-first-album", "school-trip-fund", "repair-the-skatepark"])
        return rng.choice([f"gofundme.com/f/{slug}", f"betterplace.me/{slug}", f"startnext.com/{slug}", f"kickstarter.com/projects/{slug}",
                           f"justgiving.com/page/{slug}"])
    if kind == "campaign_goal":
        return rng.choice([f"Ziel {rng.randint(2, 40)}.000 €", f"Finanzierungsziel {rng.randint(2, 40)}.000 €", f"{rng.randint(2, 40)}.000 € Ziel"] if de else
                          [f"goal £{rng.randint(2, 40)},000", f"target ${rng.randint(2, 40)},000", f"a £{rng.randint(2, 40)}k target"])
    if kind == "vet_medication":
        return rng.choice(["Metacam", "Apoquel", "Bravecto", "Vetmedin", "Frontline", "Milbemax", "Rimadyl", "Cytopoint",
                           "Seresto-Halsband", "Librela", "Semintra", "Drontal"])
    if kind == "tracker_model":
        return rng.choice(["Fitbit Charge 6", "Garmin Forerunner 265", "Apple Watch Series 9", "Whoop 4.0", "Oura Ring Gen3",
                           "Polar Vantage M2", "Galaxy Watch6", "Garmin Venu 3", "Xiaomi Smart Band 8", "Withings ScanWatch"])
    if kind == "workout_stat":
        return rng.choice([f"{rng.randint(3, 21)},{rng.randint(0, 9)} km in {rng.randint(18, 120)}:{rng.randint(0, 59):02d}",
                           f"{rng.randint(40, 180)} kg Kreuzheben", f"{rng.randint(10, 90)} Min. Spinning", f"{rng.randint(20, 150)} Höhenmeter"] if de else
                          [f"{rng.randint(3, 21)}.{rng.randint(0, 9)} km in {rng.randint(18, 120)}:{rng.randint(0, 59):02d}",
                           f"{rng.randint(40, 180)}kg deadlift PB", f"{rng.randint(10, 90)} min spin class", f"{rng.randint(1, 26)} miles"])
    if kind == "freeze_period":
        return rng.choice([f"Pausierung {rng.randint(1, 6)} Monate", f"{rng.randint(1, 6)} Monate Ruhezeit", "Stilllegung bis Ende Juni"] if de else
                          [f"a {rng.randint(1, 6)}-month freeze", f"freeze for {rng.randint(1, 6)} months", "pause until the end of June"])
    if kind == "dating_profile_id":
        return rng.choice([f"Profil-ID {_alnum(rng, 8, A)}" if de else f"profile ID {_alnum(rng, 8, A)}", f"#{_alnum(rng, 7, A)}",
                           f"ID {_alnum(rng, 3, L26)}-{d(4)}"])
    if kind == "age_range":
        a = rng.randint(18, 45)
        return rng.choice([f"{a}–{a + rng.randint(5, 15)}", f"{a} bis {a + rng.randint(5, 15)}" if de else f"{a} to {a + rng.randint(5, 15)}",
                           f"{a}-{a + rng.randint(5, 15)} Jahre" if de else f"ages {a}-{a + rng.randint(5, 15)}"])
    if kind == "distance":
        return rng.choice([f"{rng.randint(1, 80)} km entfernt", f"{rng.randint(1, 80)} km Umkreis", "weniger als 1 km"] if de else
                          [f"{rng.randint(1, 50)} miles away", f"within {rng.randint(1, 80)} km", "less than a mile away"])
    if kind == "premium_plan":
        return rng.choice(["Tinder Gold", "Tinder Platinum", "Bumble Premium", "Hinge+", "Parship Premium 12 Monate" if de else
                           "Hinge X", "ElitePartner Comfort" if de else "Match Standard", "Lovoo VIP" if de else "OkCupid Basic"])
    if kind == "return_window":
        return rng.choice([f"{rng.choice([14, 30, 100])} Tage Rückgaberecht", f"Rücksendung innerhalb von {rng.choice([14, 30])} Tagen", "14-tägiges Widerrufsrecht"] if de else
                          [f"{rng.choice([14, 28, 30, 60])}-day return window", f"returns within {rng.choice([14, 30])} days", "free 30-day returns"])
    if kind == "delivery_window":
        h = rng.randint(7, 16)
        return rng.choice([f"zwischen {h} und {h + rng.randint(2, 4)} Uhr", f"{h}:00–{h + 2}:00 Uhr", "heute bis 20 Uhr", "im Laufe des Vormittags"] if de else
                          [f"between {h % 12 or 12} and {(h + 2) % 12 or 12}", f"{h}:00-{h + 2}:00", "by 8pm today", "sometime this morning"])
    if kind == "parcel_shop_id":
        return rng.choice([f"PaketShop {d(5)}", f"Filiale {d(3)}", f"Packstation {rng.randint(101, 499)}", f"Paketbox {d(4)}"] if de else
                          [f"ParcelShop {d(5)}", f"InPost locker {_alnum(rng, 3, L26)}{d(3)}", f"Amazon Locker \u201c{rng.choice(['Juniper', 'Maple', 'Pebble', 'Orchid'])}\u201d",
                           f"pickup point {d(4)}"])
    if kind == "pension_pot":
        return rng.choice([f"Kapitalwert {rng.randint(5, 180)}.{d(3, False)} €", f"Rückkaufswert {rng.randint(2, 90)}.{d(3, False)} €", f"{rng.randint(5, 180)}.{d(3, False)} € Guthaben"] if de else
                          [f"£{rng.randint(5, 480)},{d(3, False)} pot", f"a pot of about £{rng.randint(5, 480)}k", f"${rng.randint(5, 480)},{d(3, False)} in my 401k"])
    if kind == "pension_scheme_ref":
        return rng.choice([f"{_alnum(rng, 2, L26)}-{d(6)}", f"{d(3)}/{d(4, False)}", f"{d(3)}.{d(3, False)}.{d(3, False)}"] if de else
                          [f"{d(8)}{_alnum(rng, 2, L26)}", f"{_alnum(rng, 3, L26)}/{d(5)}", f"{_alnum(rng, 2, L26)}{d(6)}"])
    if kind == "pension_amount":
        return rng.choice([f"{rng.randint(800, 2400):,},{d(2, False)} € brutto".replace(",", ".", 1), f"Rente {rng.randint(800, 2400)} € netto",
                           f"Zahlbetrag {rng.randint(800, 2400)},{d(2, False)} €"] if de else
                          [f"£{rng.randint(180, 230)}.{d(2, False)} a week", f"${rng.randint(1100, 3900):,} a month", f"£{rng.randint(800, 2400)} per month"])
    if kind == "student_loan_plan":
        return rng.choice(["KfW-Studienkredit", "Bildungskredit", "Volldarlehen", "Bankdarlehen nach § 18c", "Studienstarthilfe"] if de else
                          ["Plan 2", "Plan 5", "Plan 1", "a Postgraduate Loan", "Stafford loan", "Parent PLUS loan"])
    if kind == "repayment_threshold":
        return rng.choice([f"Freibetrag {rng.randint(1300, 1700)} €", f"{rng.randint(1300, 1700)} € Einkommensgrenze", "Rückzahlung ab 130 € im Monat"] if de else
                          [f"£{rng.choice(['27,295', '25,000', '21,000', '24,990'])} threshold", "9% over the threshold", "$50k threshold"])
    if kind == "visa_type":
        return rng.choice(["Blaue Karte EU", "Niederlassungserlaubnis", "Chancenkarte", "Aufenthaltserlaubnis nach § 18b", "Schengen-Visum",
                           "Visum zur Arbeitsplatzsuche", "Fiktionsbescheinigung", "Aufenthaltsbewilligung B", "Rot-Weiß-Rot-Karte"] if de else
                          ["Skilled Worker visa", "ILR", "H-1B", "F-1", "Graduate visa", "spouse visa", "EU Settled Status", "a Schengen visa",
                           "a green card"])
    if kind == "immigration_case_ref":
        return rng.choice([f"Vorgangsnr. {y}-ABH-{d(4)}", f"Geschäftszeichen {rng.randint(10, 99)}.{rng.randint(1, 9)}-{d(4)}", f"Aktenzeichen ABH {d(4)}/{y % 100}"] if de else
                          [f"GWF{d(9)}", f"UAN {d(4)}-{d(4, False)}-{d(4, False)}-{d(4, False)}", f"IOE{d(10)}", f"EAC{d(10)}"])
    if kind == "bike_frame_number":
        return rng.choice([f"{_alnum(rng, 3, L26)}{d(5)}{_alnum(rng, 1, L26)}", f"WTU{d(6)}{_alnum(rng, 1, L26)}", f"{_alnum(rng, 2, L26)} {d(4)} {_alnum(rng, 2, L26)}"])
    if kind == "lawyer_file_ref":
        return rng.choice([f"Az. {d(3)}/{y % 100} {_alnum(rng, 2, L26)}", f"Unser Az.: {y}-{d(4)}-{_alnum(rng, 2, L26)}", f"Akte {d(4)}/{y % 100}"] if de else
                          [f"our ref {_alnum(rng, 3, L26)}/{d(4)}/{rng.randint(1, 9)}", f"matter no. {d(6)}", f"file {_alnum(rng, 2, L26)}-{d(4)}"])
    if kind == "legal_fee_item":
        return rng.choice(["1,3 Geschäftsgebühr", "Nr. 2300 VV RVG", f"Streitwert {rng.randint(2, 40)}.{d(3, False)} €", "Erstberatung 190 € netto",
                           "Einigungsgebühr 1,5"] if de else
                          [f"£{rng.randint(150, 450)} + VAT per hour", "a fixed fee of £1,200", f"retainer of ${rng.randint(2, 9)},500", "the initial consultation fee"])
    if kind == "paragraph_ref":
        return rng.choice(["§ 573 BGB", "§ 1 KSchG", "Art. 15 DSGVO", "§ 536 BGB", "§ 823 BGB", "§ 312g BGB", "§ 35 SGB I", "§ 18b AufenthG",
                           "§ 7 StVG", "§ 44 SGB X"] if de else
                          ["Section 21", "section 8", "Article 15 GDPR", "s.11 of the Landlord and Tenant Act", "Regulation 261/2004",
                           "Section 75 of the Consumer Credit Act", "the Equality Act 2010"])
    if kind == "death_certificate_count":
        n = rng.randint(2, 8)
        return f"{n} Sterbeurkunden" if de else f"{n} copies of the death certificate"
    if kind == "hymn_number":
        return rng.choice([f"Lied Nr. {rng.randint(1, 700)}", f"EG {rng.randint(1, 700)}", f"GL {rng.randint(1, 900)}"] if de else
                          [f"hymn {rng.randint(1, 700)}", f"Psalm {rng.randint(1, 150)}", f"number {rng.randint(1, 700)} in the hymn book"])
    if kind == "menu_choice":
        return rng.choice(["Menü B (vegetarisch)", "Option 2 – Fisch", "Kindermenü", "das vegane Menü", "Menü A"] if de else
                          ["Option B (vegetarian)", "the fish option", "the kids' menu", "the vegan main", "Menu A"])
    if kind == "rental_deposit":
        return rng.choice([f"Kaution {rng.choice([150, 300, 500, 800, 1000])} €", f"{rng.choice([300, 500, 1000])} € Sicherheitsleistung"] if de else
                          [f"£{rng.choice([150, 250, 500, 1000])} deposit", f"a ${rng.choice([200, 350, 500])} hold", f"security deposit of €{rng.choice([300, 500, 900])}"])
    if kind == "fuel_policy":
        return rng.choice(["voll/voll", "Voll-Voll-Regelung", "Tankregelung voll zurück"] if de else ["full to full", "full-to-full", "pre-purchased fuel"])
    if kind == "desk_number":
        return rng.choice([f"Desk {rng.randint(1, 60)}{rng.choice(['', 'A', 'B'])}", f"Fixdesk {rng.randint(1, 60)}", f"Platz {rng.randint(1, 60)}"] if de else
                          [f"desk {rng.randint(1, 60)}{rng.choice(['', 'A', 'B'])}", f"hot desk {rng.randint(1, 60)}", f"dedicated desk {rng.randint(1, 60)}"])
    if kind == "access_card_id":
        return rng.choice([f"Karte {d(4, False)}", f"Transponder-Nr. {d(4)}", f"Chip {_alnum(rng, 2, L26)}{d(3)}"] if de else
                          [f"fob #{d(4)}", f"access card {d(4, False)}", f"badge {_alnum(rng, 2, L26)}{d(3)}"])
    if kind == "meeting_room":
        return rng.choice(["Raum Lissabon", "Besprechungsraum 3", "Konferenzraum Alpen", "Phonebooth 2", "Raum Elbe"] if de else
                          ["Meeting Room 3", "the Thames room", "Boardroom B", "phone booth 2", "the Fishbowl"])
    if kind == "wifi_ssid":
        return rng.choice(["Cowork-Guest", "HUB_5G", "FRITZ!Box 7530 XY", "Office-Gast", "Vodafone-A3F2", "eduroam"] if de else
                          ["Cowork-Guest", "HUB_5G", "BT-7QXK2A", "SKY1A2B3", "eduroam", "Office_Guest"])
    if kind == "hostname":
        return rng.choice([f"LAPTOP-{_alnum(rng, 7, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}", f"WS-{rng.choice(['FRA', 'MUC', 'BER', 'LON', 'VIE', 'ZRH'])}-{d(4, False)}",
                           f"MBP-{rng.choice(['JMUELLER', 'AKAYA', 'TSMITH', 'LBAUER'])}", f"NB{d(4)}"])
    if kind == "asset_tag":
        return rng.choice([f"IT-{d(6, False)}", f"INV-{d(5)}", f"AT{d(5)}"])
    if kind == "corp_user_id":
        return rng.choice(["mmueller", "a.schmidt", "jdoe2", "kaya.s", "EMEA\\lbauer", "tsmith01", "fhoffmann", "n.ozturk"])
    if kind == "kb_article":
        return rng.choice([f"KB{d(7, False)}", f"KB-{d(4)}", f"Artikel {d(4)}" if de else f"article {d(4)}"])
    if kind == "gamertag":
        return rng.choice(["xXShadowWolfXx", "NoScopeNina", "Kartoffelkoenig_93", "LaggyLarry", "PixelPanda77", "SirQuackalot",
                           "DerBoss1987", "MoonlitMango", "TurboOma", "xX_Sniper_Xx"])
    if kind == "game_voucher_code":
        return rng.choice(["-".join(_alnum(rng, 4, A) for _ in range(3)), "-".join(_alnum(rng, 5, A) for _ in range(3)),
                           _alnum(rng, 12, A)])
    if kind == "ingame_currency":
        return rng.choice([f"{rng.randint(1, 13)}.{rng.choice(['000', '500', '800'])} V-Bucks" if de else f"{rng.randint(1, 13)},{rng.choice(['000', '500', '800'])} V-Bucks",
                           f"{rng.choice([500, 1050, 2800, 5900])} FC Points", f"{rng.choice([400, 800, 1700, 4500])} Robux", f"{rng.choice([100, 980, 1980])} Genesis Crystals"])
    if kind == "player_level":
        return rng.choice([f"Level {rng.randint(2, 500)}", f"Rang Diamant {rng.randint(1, 4)}" if de else f"Diamond {rng.choice(['I', 'II', 'III', 'IV'])}",
                           f"Prestige {rng.randint(1, 10)}", f"Stufe {rng.randint(2, 120)}" if de else f"tier {rng.randint(2, 100)}"])
    if kind == "match_id":
        return rng.choice([f"Match-ID {_alnum(rng, 10, 'abcdef0123456789')}" if de else f"match ID {_alnum(rng, 10, 'abcdef0123456789')}",
                           f"EUW1_{_alnum(rng, 4, 'abcdef')}{d(3)}", f"Lobby {_alnum(rng, 6, A)}"])
    if kind == "server_region":
        return rng.choice(["EU West", "EUW", "EU Central", "NA East", "Europe", "EU-Nord" if de else "UK South"])
    if kind == "ai_model":
        return rng.choice(["GPT-4o", "ChatGPT", "Claude", "Gemini", "Le Chat", "Copilot", "Llama 3", "DeepL Write"])
    if kind == "token_count":
        return rng.choice([f"{rng.choice([4, 8, 16, 32, 128])}k Tokens" if de else f"{rng.choice([4, 8, 16, 32, 128])}k tokens",
                           f"{rng.randint(200, 2000)} Wörter" if de else f"{rng.randint(200, 2000)} words", f"max. {rng.randint(2, 9)}.000 Zeichen" if de
                           else f"{rng.randint(2, 9)},000 characters"])
    if kind == "voice_note_length":
        return rng.choice([f"0:{rng.randint(5, 59):02d}", f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d}", f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d} min"])
    if kind == "spreadsheet_cell":
        return rng.choice([f"Zelle {rng.choice('ABCDEFGH')}{rng.randint(2, 80)}" if de else f"cell {rng.choice('ABCDEFGH')}{rng.randint(2, 80)}",
                           f"Zeile {rng.randint(2, 200)}" if de else f"row {rng.randint(2, 200)}", f"Spalte {rng.choice('ABCDEFGH')}" if de else f"column {rng.choice('ABCDEFGH')}",
                           f"{rng.choice('ABCDEFGH')}{rng.randint(2, 80)}:{rng.choice('HIJK')}{rng.randint(81, 200)}"])
    if kind == "sheet_name":
        return rng.choice(["Tabelle1", "Blatt 2", "Export_final", "Sheet1", "Kunden 2025" if de else "Customers 2025", "Rohdaten" if de else "raw data"])
    if kind == "pcn_number":
        return rng.choice([f"Verwarnungsgeld {rng.choice([20, 35, 55, 70])} €", f"Knöllchen-Az. {d(3)}.{d(6, False)}.{rng.randint(1, 9)}",
                           f"Organmandat {d(2)}/{d(6, False)}"] if de else
                          [f"PCN {_alnum(rng, 2, L26)}{d(8)}", f"penalty charge notice {_alnum(rng, 2, L26)}{d(8)}", f"citation #{d(8)}"])
    if kind == "vignette":
        return rng.choice([f"Vignette {y}", "Pickerl", "10-Tages-Vignette", "digitale Jahresvignette", "Autobahnvignette"] if de else
                          [f"the {y} vignette", "a 10-day vignette", "ULEZ charge", "the Congestion Charge", "E-ZPass"])
    return neg_gen_b18(kind, rng, lang)


def neg_gen_b18(kind, rng, lang):
    """Kinds added for blind set 18 (schools and daycare, airlines and lost luggage, hotels,
    energy suppliers, tax advisers, HR and job applications, bank fraud desks, marketplaces,
    food delivery, public transport fines, clinic appointment bots, care homes, opticians and
    hearing aids, dentists, fertility clinics, sports clubs, churches, libraries, municipal
    offices, water / waste utilities, crypto exchanges, travel insurance abroad, car workshops,
    medical supply stores, home emergency alarms, family benefits offices, driving and music
    schools, removals, cleaning services, holiday camps)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2024, 2026)
    de = lang == "de"
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    ch = rng.choice
    # health-like phrase lists (terms.py)
    if kind == "health_news":
        return ch(terms.HEALTH_NEWS_DE if de else terms.HEALTH_NEWS_EN)
    if kind == "health_job_title":
        return ch(terms.HEALTH_JOB_TITLE_DE if de else terms.HEALTH_JOB_TITLE_EN)
    if kind == "clinic_department":
        return ch(terms.CLINIC_DEPARTMENT_DE if de else terms.CLINIC_DEPARTMENT_EN)
    if kind == "health_course":
        return ch(terms.HEALTH_COURSE_DE if de else terms.HEALTH_COURSE_EN)
    if kind == "medical_device_product":
        return ch(terms.MEDICAL_DEVICE_PRODUCT_DE if de else terms.MEDICAL_DEVICE_PRODUCT_EN)
    # airlines and lost luggage
    if kind == "bag_description":
        return ch(["schwarzer Hartschalenkoffer, 75 cm", "blaue Reisetasche mit gelbem Band", "grauer Samsonite-Trolley",
                   "roter Rimowa-Koffer", "Kinderwagen in Tasche (Bugaboo)", "Golfbag von Callaway", "olivgrüner Rucksack, 60 l"] if de else
                  ["a navy Samsonite hard case", "a black duffel bag with a red ribbon", "a purple 28-inch suitcase",
                   "a silver Rimowa case", "a pushchair in a travel bag", "a Callaway golf bag", "a green 60-litre rucksack"])
    if kind == "interim_expense_limit":
        return ch([f"bis zu {ch([30, 40, 50])} € pro Tag für Notkäufe", f"Notfallkäufe bis {ch([100, 150, 250])} €",
                   "Zahnbürste und Wechselwäsche werden erstattet"] if de else
                  [f"up to £{ch([25, 40, 50])} a day for essentials", f"essential purchases up to ${ch([100, 150, 250])}",
                   "toiletries and a change of clothes"])
    if kind == "flight_route":
        a, b = rng.sample(["FRA", "MUC", "BER", "HAM", "DUS", "VIE", "ZRH", "PMI", "LIS", "AYT", "HRG", "JFK", "LHR",
                           "MAN", "EDI", "DUB", "BCN", "FAO", "ALC", "TFS"], 2)
        return ch([f"{a}–{b}", f"{a} → {b}", f"{a}-{b}", f"{a} nach {b}" if de else f"{a} to {b}"])
    if kind == "boarding_group":
        return ch([f"Boarding-Gruppe {rng.randint(1, 6)}", f"Gruppe {ch('ABCDE')}", "Priority Boarding"] if de else
                  [f"boarding group {rng.randint(1, 6)}", f"Zone {ch('ABCDE')}", "priority boarding"])
    if kind == "cabin_class":
        return ch(["Economy Light", "Economy Classic", "Premium Economy", "Business", "Basic-Tarif"] if de else
                  ["Economy Light", "Basic Economy", "Premium Economy", "Business", "Main Cabin"])
    if kind == "baggage_belt":
        return f"Band {rng.randint(1, 28)}" if de else f"belt {rng.randint(1, 28)}"
    if kind == "travel_voucher":
        return ch([f"Gutschein über {ch([50, 100, 150, 250])} €", f"Reisegutschein {ch([50, 100, 150])} €"] if de else
                  [f"a £{ch([50, 100, 150])} e-voucher", f"a ${ch([100, 200, 300])} travel credit"])
    # hotels
    if kind == "room_rate":
        return ch([f"{rng.randint(79, 289)} € pro Nacht inkl. Frühstück", f"{rng.randint(79, 289)} €/Nacht", f"Rate {rng.randint(79, 289)} € ÜF"] if de else
                  [f"£{rng.randint(79, 289)} per night B&B", f"${rng.randint(99, 399)}/night", f"£{rng.randint(79, 289)} room only"])
    if kind == "checkin_window":
        return ch([f"Check-in ab {ch([14, 15, 16])} Uhr", f"Late Check-out bis {ch([12, 13, 14])} Uhr", "Anreise nach 22 Uhr"] if de else
                  [f"check-in from {ch([2, 3, 4])}pm", f"late checkout until {ch([12, 1, 2])}", "arriving after 10pm"])
    if kind == "parking_fee":
        return ch([f"Tiefgarage {rng.randint(9, 29)} € pro Tag", f"Parkplatz {rng.randint(5, 19)} €/Nacht", "E-Ladestation gegen Gebühr"] if de else
                  [f"parking £{rng.randint(9, 29)} per night", f"valet ${rng.randint(25, 60)}/day", "EV charging at extra cost"])
    # energy suppliers
    if kind == "supplier_bonus":
        return ch([f"Neukundenbonus {ch([50, 75, 100, 120, 150])} €", f"Sofortbonus {ch([25, 50, 75])} €", f"Treuebonus {ch([20, 40])} €"] if de else
                  [f"£{ch([25, 50, 75])} switching credit", f"${ch([50, 100])} sign-up credit", f"a £{ch([20, 40])} loyalty reward"])
    if kind == "feed_in_tariff":
        return ch([f"Einspeisevergütung {rng.randint(6, 12)},{rng.randint(1, 9)} ct/kWh", f"{rng.randint(6, 12)},{rng.randint(1, 9)} Cent Einspeisung"] if de else
                  [f"SEG rate {rng.randint(3, 15)}p/kWh", f"export tariff of {rng.randint(3, 15)}p", f"net metering at {rng.randint(5, 15)} cents"])
    if kind == "heating_oil_volume":
        return ch([f"{rng.randint(1, 6)}.{ch(['000', '500'])} Liter Heizöl", f"{rng.randint(2, 12)} Raummeter Holz", f"{rng.randint(2, 9)} t Pellets"] if de else
                  [f"{ch([500, 900, 1000, 1500])} litres of heating oil", f"{rng.randint(2, 12)} bags of logs", f"{rng.randint(2, 9)} tonnes of pellets"])
    if kind == "switch_date":
        mo = rng.randint(1, 12)
        return ch([f"Lieferbeginn zum 1. {MONTHS_FULL['de'][mo - 1]}", f"Wechsel im {MONTHS_FULL['de'][mo - 1]}",
                   "Belieferung ab nächstem Monat"] if de else
                  [f"supply start 1 {MONTHS_FULL['en'][mo - 1]}", f"switching on 1 {MONTHS_FULL['en'][mo - 1][:3]}", "supply from next month"])
    # tax advisers
    if kind == "tax_deadline":
        return ch(["Abgabefrist 31. Juli", "Fristverlängerung bis Ende April", "Frist bis zum 2. Juni", "Abgabe bis Ende Februar"] if de else
                  ["the 31 January deadline", "the October paper deadline", "April 15", "the extension to October 15"])
    if kind == "commuting_distance":
        return ch([f"Entfernungspauschale für {rng.randint(5, 80)} km", f"einfache Strecke {rng.randint(5, 80)} km", f"{rng.randint(5, 80)} km Arbeitsweg"] if de else
                  [f"a {rng.randint(5, 60)}-mile commute", f"{rng.randint(5, 60)} miles each way", f"{rng.randint(5, 80)} km to the office"])
    if kind == "home_office_flat":
        return ch(["Homeoffice-Pauschale 1.260 €", "6 € pro Homeoffice-Tag", "Arbeitszimmer anteilig 12 %"] if de else
                  ["£6 a week working-from-home relief", "the simplified home office deduction", "10% of the utility bills"])
    if kind == "uk_tax_year":  # English messages: no "VZ" (Veranlagungszeitraum)
        return ch([f"{y - 1}-{y % 100:02d}", f"{y - 1}/{y % 100:02d}", f"the {y - 1}-{y % 100:02d} tax year", f"tax year {y - 1}"])
    if kind == "tax_office":
        return ch(["Finanzamt Köln-Süd", "Finanzamt München Abt. III", "Finanzamt Hamburg-Nord", "Finanzamt Graz-Stadt",
                   "Steueramt der Stadt Zürich", "Finanzamt Leipzig II"] if de else
                  ["HMRC", "the IRS", "Revenue Scotland", "the Revenue (ROS)", "the state tax board"])
    # HR and applications
    if kind == "pay_grade":
        return ch(["E 9b TVöD", "A 13", "TV-L E 11 Stufe 3", "Entgeltgruppe 7", "EG 5", "KR 8", "P 7 TVöD-P"] if de else
                  ["Band 6", "Grade 7", "L4", "AfC Band 5", "GS-9", "Scale point 28", "Band 3"])
    if kind == "probation_period":
        return ch(["6 Monate Probezeit", "Probezeit bis Ende März", "3 Monate Probezeit"] if de else
                  ["a three-month probation", "six months' probation", "probation until March"])
    if kind == "interview_slot":
        return ch([f"{ch(WEEKDAYS['de'])}, {rng.randint(8, 17)}:{ch(['00', '30'])} Uhr per Teams", f"{ch(WEEKDAYS['de'])} um {rng.randint(8, 17)} Uhr vor Ort"] if de else
                  [f"{ch(WEEKDAYS['en'])} at {rng.randint(9, 11)}am on Zoom", f"{ch(WEEKDAYS['en'])} {rng.randint(1, 5)}pm on Teams"])
    if kind == "shift_pattern":
        return ch(["Früh-/Spätschicht im Wechsel", "Dauernachtwache", "4 Tage Woche", "geteilte Dienste", "12-Stunden-Schichten"] if de else
                  ["earlies and lates", "permanent nights", "4 on 4 off", "a 4-day week", "long days"])
    if kind == "hr_document":
        return ch(["Personalfragebogen", "Arbeitsvertrag", "Datenschutzerklärung", "Belehrung nach dem IfSG", "Zwischenzeugnis",
                   "Bescheinigung für den Arbeitgeber"] if de else
                  ["the new starter form", "the starter checklist", "my contract", "the right to work check", "the reference request",
                   "the equality monitoring form"])
    # bank fraud desks
    if kind == "login_location":
        return ch(["Login aus Lagos", "Anmeldung aus Minsk", "Zugriff aus Manila", "Login aus São Paulo", "Anmeldung aus Kiew"] if de else
                  ["a sign-in from Lagos, Nigeria", "a login from Minsk", "access from Manila", "a login from São Paulo", "a sign-in from Jakarta"])
    if kind == "device_name":
        return ch([f"iPhone von {ch(['Anna', 'Jonas', 'Mia', 'Emre'])}", "Galaxy S22 (neu)", "Chrome auf Windows", "unbekanntes Android-Gerät"] if de else
                  [f"{ch(['Sarah', 'Tom', 'Priya', 'Liam'])}'s iPad", "unknown Android device", "Chrome on Windows", "a new iPhone 15"])
    if kind == "card_block_ref":
        return ch([f"Sperr-Nr. {d(6)}", f"Sperrvermerk {_alnum(rng, 2, L26)}-{d(4)}"] if de else
                  [f"block ref BLK{d(6)}", f"stop reference {_alnum(rng, 2, L26)}{d(4)}"])
    if kind == "scam_type":
        return ch(["Enkeltrick", "Phishing-SMS", "Schockanruf", "falscher Bankmitarbeiter", "Fake-Shop", "Liebesbetrug"] if de else
                  ["a 'hi mum' scam", "APP fraud", "smishing", "a fake bank call", "a fake shop", "a romance scam"])
    # marketplaces
    if kind == "asking_price":
        return ch([f"VB {rng.randint(5, 400)} €", f"Festpreis {rng.randint(5, 400)} €", "zu verschenken", f"{rng.randint(5, 400)} € inkl. Versand"] if de else
                  [f"£{rng.randint(5, 400)} ono", f"£{rng.randint(5, 400)} or nearest offer", f"${rng.randint(5, 400)} firm", "free to collect"])
    if kind == "item_condition":
        return ch(["neuwertig", "kaum benutzt", "mit Gebrauchsspuren", "originalverpackt", "defekt, für Bastler"] if de else
                  ["like new", "barely used", "some signs of wear", "boxed", "spares or repairs"])
    if kind == "shipping_label_code":
        return ch([f"Versandcode {_alnum(rng, 8, A)}", f"QR-Code {_alnum(rng, 6, A)}", f"Paketschein {_alnum(rng, 3, L26)}{d(3)}"] if de else
                  [f"label code {_alnum(rng, 8, A)}", f"QR {_alnum(rng, 6, A)}", f"drop-off code {_alnum(rng, 3, L26)}{d(3)}"])
    # food delivery
    if kind == "tip_amount":
        return ch([f"{rng.randint(1, 5)} € Trinkgeld", f"{rng.randint(1, 5)},50 € Trinkgeld"] if de else
                  [f"£{rng.randint(1, 5)} tip", f"a ${rng.randint(2, 9)} tip"])
    if kind == "delivery_fee":
        return ch([f"Liefergebühr {rng.randint(0, 4)},99 €", f"Mindestbestellwert {ch([10, 12, 15, 20])} €", f"Servicegebühr {rng.randint(0, 2)},{rng.randint(10, 99)} €"] if de else
                  [f"£{rng.randint(0, 4)}.49 delivery fee", f"£{ch([10, 12, 15])} minimum order", f"${rng.randint(1, 5)}.99 service fee"])
    # public transport fines
    if kind == "fare_evasion_ref":
        return ch([f"EBE-Nr. {d(7)}", f"Fahrgeldnachforderung Nr. {d(3)}-{d(4, False)}", f"Vorgang FN-{d(6)}"] if de else
                  [f"penalty fare notice PF{d(7)}", f"PFN {d(3)}-{d(4, False)}", f"ref TF{d(6)}"])
    if kind == "penalty_fare":
        return ch(["60 € erhöhtes Beförderungsentgelt", "60 Euro EBE", "7 € Bearbeitungsgebühr", "Ermäßigung auf 7 €"] if de else
                  ["a £100 penalty fare", "a £50 penalty fare", "$75 fine", "reduced to £50 if paid in 21 days"])
    if kind == "stop_name":
        return ch(["Haltestelle Rathaus", "Station Schillerstraße", "Haltestelle Hauptbahnhof Nord", "Bushaltestelle Am Markt", "Station Ostkreuz"] if de else
                  ["the Market Street stop", "Clapham Junction", "Piccadilly Gardens", "the Union Square station", "Stratford bus station"])
    if kind == "inspector_id":
        return ch([f"Prüfer-Nr. {d(4)}", f"Kontrolleur {d(3)}", f"Dienstnummer {d(4)}"] if de else
                  [f"officer no. {d(4)}", f"inspector ID {d(4)}", f"badge {d(3)}"])
    if kind == "ticket_product":
        return ch(["Deutschlandticket", "Jobticket", "Schülerticket", "Einzelfahrschein AB", "Semesterticket", "4-Fahrten-Ticket",
                   "Klimaticket Ö"] if de else
                  ["Oyster pay-as-you-go", "a 7-day travelcard", "a monthly pass", "contactless", "a Zip card", "a day ticket"])
    # clinic appointment bots / waiting lists
    if kind == "bot_menu_option":
        return ch(["Option 2 – Termin vereinbaren", "1 für Neupatienten", "Taste 3", "Menüpunkt „Rezeptbestellung“", "Option 4 – Sonstiges"] if de else
                  ["option 2 – book an appointment", "press 1 for new patients", "option 3", "the 'repeat prescription' button",
                   "option 4 – other"])
    if kind == "waiting_time":
        return ch([f"Wartezeit ca. {rng.randint(2, 12)} Wochen", f"nächster freier Termin in {rng.randint(2, 6)} Monaten", f"{rng.randint(20, 90)} Minuten Wartezeit"] if de else
                  [f"a {rng.randint(2, 12)}-week wait", f"next available slot in {rng.randint(2, 6)} months", f"a {rng.randint(20, 90)}-minute wait"])
    # care homes
    if kind == "wing_name":
        return ch(["Wohnbereich 2", "Haus Birke", "Wohnbereich Sonnenblume", "Bereich 2. Etage West", "Wohnbereich Lindenhof"] if de else
                  ["the Rose wing", "Unit B", "the Oak suite", "the second-floor east wing", "Willow house"])
    if kind == "laundry_number":
        return ch([f"Wäschenummer {d(3)}", f"Wäschezeichen {_alnum(rng, 2, L26)}{d(2)}"] if de else
                  [f"laundry tag {d(3)}", f"name labels {_alnum(rng, 2, L26)}{d(2)}"])
    # opticians
    if kind == "eye_test_voucher":
        return ch(["Sehtest-Gutschein", "Gutschein für einen kostenlosen Sehtest", "Gutschein für die Zweitbrille", "Gutschein für die Bildschirmbrille"] if de else
                  ["a free eye test voucher", "a second pair free offer", "the VDU eye test voucher", "a contact lens trial voucher"])
    # driving / music schools
    if kind == "license_class":
        return ch(["Klasse B", "Klasse BE", "A2", "Klasse AM", "B197", "Klasse C1"] if de else
                  ["a provisional licence", "category B", "a full UK licence", "a learner's permit", "category A2"])
    if kind == "lesson_count":
        return ch([f"{rng.randint(8, 30)} Fahrstunden", f"{rng.randint(3, 12)} Sonderfahrten", f"{rng.randint(2, 6)} Autobahnfahrten"] if de else
                  [f"{rng.randint(8, 30)} driving lessons", f"{rng.randint(2, 6)} motorway lessons", f"a {rng.randint(5, 40)}-hour intensive course"])
    if kind == "lesson_slot":
        return ch([f"{ch(WEEKDAYS['de'])}s um {rng.randint(14, 18)} Uhr, {ch([30, 45, 60])} Min."] if de else
                  [f"{ch(WEEKDAYS['en'])}s at {rng.randint(3, 6)}pm, {ch([30, 45, 60])} mins"])
    if kind == "instrument_rental":
        return ch(["Leihgeige 3/4", f"Mietinstrument Nr. {d(3)}", "Leihcello 1/2", "Mietklavier"] if de else
                  ["a rental violin (3/4 size)", f"hire cello no. {d(3)}", "a loan clarinet", "the rent-to-buy piano"])
    # sports clubs
    if kind == "player_pass_number":
        return ch([f"Spielerpass-Nr. {d(6)}", f"Startpass {d(5)}", f"Lizenz-Nr. {_alnum(rng, 2, L26)}-{d(4)}"] if de else
                  [f"FAN {d(8)}", f"registration no. {d(6)}", f"licence {_alnum(rng, 2, L26)}-{d(4)}"])
    # churches
    if kind == "church_tax_rate":
        return ch(["Kirchensteuer 9 %", "8 % Kirchensteuer", "Kirchgeld 96 €", "Kirchenbeitrag 1,1 %"] if de else
                  ["church tax of 9%", "Gift Aid", "the 8% church tax", "a monthly standing order"])
    if kind == "service_time":
        return ch([f"Gottesdienst um {ch(['9:30', '10:00', '10:30', '11:15'])} Uhr", "Vorabendmesse 18 Uhr", "Andacht um 17 Uhr"] if de else
                  [f"the {ch(['9.30', '10.30', '11.15'])} service", "Evensong at 6pm", "the vigil Mass at 6"])
    if kind == "parish_name":
        return ch(["St. Martin", "Pfarrei Heilig Geist", "Kirchengemeinde Nord", "St. Josef", "Evangelische Lukasgemeinde", "Pfarre Maria Hilf"] if de else
                  ["St Michael's", "the parish of All Saints", "Holy Trinity", "St Joseph's", "Grace Church"])
    # libraries
    if kind == "library_card_number":
        return ch([f"{d(4)} {d(4, False)} {d(3, False)}", f"A{d(8)}", f"{d(2)}-{d(6, False)}"] if de else
                  [f"{d(4)} {d(4, False)} {d(3, False)}", f"L{d(8)}", f"{d(2)}-{d(6, False)}"])
    if kind == "loan_period":
        return ch(["Leihfrist 4 Wochen", "zweimal verlängerbar", "Leihfrist 14 Tage", "Fernleihe 6 Wochen"] if de else
                  ["a 3-week loan", "renewable twice", "a 14-day loan", "interlibrary loan for 6 weeks"])
    if kind == "overdue_fee":
        return ch(["Säumnisgebühr 0,50 € pro Tag", "Mahngebühr 2 €", "1 € pro Medium und Woche"] if de else
                  ["20p a day overdue", "a $1 late fee", "£2.50 overdue charge"])
    if kind == "shelf_mark":
        return ch([f"Signatur {ch(['Med', 'Psy', 'Soz', 'Päd'])} {rng.randint(100, 999)} {ch(['Sch', 'Mül', 'Kra', 'Wei'])}",
                   f"Signatur {rng.randint(610, 619)}.{rng.randint(1, 9)} {ch(['MÜL', 'SCH', 'BEC'])}"] if de else
                  [f"shelfmark {rng.randint(610, 619)}.{rng.randint(10, 99)} {ch(['SMI', 'JON', 'PAT'])}",
                   f"call number RC {rng.randint(100, 999)} .{ch('ABCDEFG')}{rng.randint(1, 9)}"])
    if kind == "ebook_platform":
        return ch(["Onleihe", "Libby", "filmfriend", "Overdrive", "Tigerbooks", "PressReader"] if de else
                  ["Libby", "BorrowBox", "Overdrive", "Hoopla", "PressReader", "Kanopy"])
    # municipal offices, water and waste
    if kind == "dog_tax_tag":
        return ch([f"Hundemarke Nr. {d(3)}", f"Hundesteuermarke {d(4)}"] if de else
                  [f"dog licence tag {d(4)}", f"dog tag no. {d(3)}"])
    if kind == "parking_zone":
        return ch([f"Bewohnerparkzone {ch('ABCDEFGMN')}{rng.randint(1, 30)}", f"Parkzone {rng.randint(1, 12)}", f"Kurzparkzone Bezirk {rng.randint(1, 23)}"] if de else
                  [f"CPZ zone {ch('ABCDEFGK')}", f"permit zone {ch('ABCDE')}{rng.randint(1, 9)}", f"residents' bay {rng.randint(1, 90)}"])
    if kind == "bin_size":
        return ch(["120-Liter-Restmülltonne", "240 l Biotonne", "Gelbe Tonne", "Papiertonne 240 l", "60-l-Tonne"] if de else
                  ["a 240-litre wheelie bin", "the green bin", "the 140L recycling bin", "a food caddy", "the brown garden waste bin"])
    if kind == "collection_day":
        return ch([f"Abfuhr jeden zweiten {ch(WEEKDAYS['de'])}", f"Leerung {ch(WEEKDAYS['de'])}s", "Abholung im 14-tägigen Rhythmus"] if de else
                  [f"bin day is every other {ch(WEEKDAYS['en'])}", f"collections on {ch(WEEKDAYS['en'])}s", "fortnightly collection"])
    if kind == "building_permit_ref":
        return ch([f"Bauantrag {y}/{d(4)}", f"Az. 63-{d(4)}/{y % 100}", f"Baugesuch Nr. {d(3)}/{y}"] if de else
                  [f"planning ref {y % 100}/{d(4)}/HOU", f"application {y % 100}/{d(4)}/FUL", f"permit #{_alnum(rng, 2, L26)}{d(4)}"])
    # crypto exchanges
    if kind == "withdrawal_fee":
        return ch(["0,0005 BTC Auszahlungsgebühr", f"{rng.randint(1, 25)} USDT Gebühr", "1,49 % Spread"] if de else
                  ["a 0.0005 BTC withdrawal fee", f"a {rng.randint(1, 25)} USDT fee", "a 1.49% spread"])
    if kind == "chain_network":
        return ch(["ERC-20", "TRC-20", "BEP-20", "Lightning", "Solana", "Polygon", "Arbitrum One"])
    # travel insurance abroad
    if kind == "coverage_limit":
        return ch(["Deckung bis 1 Mio. €", "unbegrenzte Heilkosten", "Rücktransport inklusive", "Selbstbehalt 100 €"] if de else
                  ["cover up to £10m", "medical expenses up to $500,000", "repatriation included", "a £100 excess"])
    # car workshops
    if kind == "service_interval":
        return ch([f"Inspektion bei {rng.randint(3, 18) * 10}.000 km", "Ölwechsel alle 15.000 km", "große Inspektion", "Longlife-Service"] if de else
                  [f"the {rng.randint(2, 9) * 12},000-mile service", "an interim service", "a full service", "the major service"])
    if kind == "inspection_due":
        return ch([f"HU fällig {rng.randint(1, 12):02d}/{y % 100}", f"TÜV bis {ch(MONTHS_FULL['de'])}", f"Pickerl bis {ch(MONTHS_FULL['de'])}"] if de else
                  [f"MOT due in {ch(MONTHS_FULL['en'])}", f"MOT expires {rng.randint(1, 28)} {ch(MONTHS_FULL['en'])}", "state inspection due"])
    if kind == "oil_spec":
        return ch(["5W-30", "0W-20 Longlife", "VW 504 00", "5W-40 vollsynthetisch" if de else "5W-40 fully synthetic", "0W-30 C2"])
    if kind == "part_description":
        return ch(["Bremsscheiben vorne", "Zahnriemen", "Kupplungssatz", "Turbolader", "Querlenker links", "Wasserpumpe"] if de else
                  ["front brake pads", "the timing belt", "a clutch kit", "the turbo", "the left wishbone", "the water pump"])
    # medical supply stores, alarms (health-like but generic product data)
    if kind == "compression_class":
        return ch(["Kompressionsklasse 2", "KKL 2", "Klasse 1, rundgestrickt", "CCL2 flachgestrickt"] if de else
                  ["class 2 compression", "CCL2", "class 1 circular knit", "flat-knit class 2"])
    if kind == "aid_product_code":
        return ch([f"Hilfsmittelnummer {rng.randint(10, 33)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}.{d(4)}", f"HMV-Nr. {rng.randint(10, 33)}.{rng.randint(10, 99)}.{rng.randint(10, 99)}"] if de else
                  [f"NHS supply code {_alnum(rng, 3, L26)}{d(3)}", f"HCPCS {ch('AEKL')}{d(4)}", f"product code {_alnum(rng, 2, L26)}-{d(4)}"])
    if kind == "shoe_size":
        return ch([f"Schuhgröße {rng.randint(35, 47)}", f"Gr. {rng.randint(35, 47)}", f"Größe {ch(['S', 'M', 'L', 'XL'])}"] if de else
                  [f"size {rng.randint(4, 12)}", f"UK {rng.randint(4, 12)}", f"size {ch(['S', 'M', 'L', 'XL'])}"])
    if kind == "alarm_device":
        return ch(["Hausnotrufgerät Lifeline Vi+", "Funkfinger", "Notrufuhr mit GPS", "Basisstation mit Rauchmelder", "Sturzmelder-Armband"] if de else
                  ["a Lifeline pendant", "the base unit", "a GPS alarm watch", "a fall detector wristband", "the red button unit"])
    if kind == "key_safe_code":
        return d(4, False)
    # family offices, removals, cleaning, camps
    if kind == "kindergeld_number":
        # the full "123FK456789" form always validates as a phone number (six-digit run), so
        # the grouped and shortened forms people copy from letters are used
        return ch([f"FK {d(6, False)}", f"{d(3)} FK {d(3, False)} {d(3, False)}"])
    if kind == "parental_leave":
        return ch(["12 + 2 Partnermonate", "ElterngeldPlus 24 Monate", "Elternzeit bis zum 3. Geburtstag", "14 Monate Basiselterngeld"] if de else
                  ["Shared Parental Leave, 20 weeks", "12 weeks of paid leave", "two weeks' paternity leave", "unpaid parental leave"])
    if kind == "move_volume":
        return ch([f"{rng.randint(15, 60)} m³ Umzugsgut", f"ca. {rng.randint(20, 90)} Kartons", "7,5-Tonner", "3,5-t-Transporter"] if de else
                  [f"about {rng.randint(20, 90)} boxes", "a 3.5-tonne van", "a Luton van", f"{rng.randint(500, 2000)} cubic feet"])
    if kind == "floor_access":
        return ch([f"{rng.randint(2, 6)}. OG ohne Aufzug", "Erdgeschoss, Hinterhof", "Halteverbotszone beantragt", "Dachgeschoss, enges Treppenhaus"] if de else
                  [f"{ch(['second', 'third', 'fourth'])} floor, no lift", "ground floor flat", "parking suspension booked", "top floor, narrow stairs"])
    if kind == "cleaning_interval":
        return ch([f"alle 14 Tage {rng.randint(2, 5)} Stunden", f"wöchentlich {rng.randint(2, 5)} Std.", "Grundreinigung einmalig"] if de else
                  [f"fortnightly, {rng.randint(2, 5)} hours", f"{rng.randint(2, 5)} hours weekly", "a one-off deep clean"])
    if kind == "camp_session":
        return ch([f"Zeltlager Woche {rng.randint(1, 4)}", f"Ferienfreizeit Durchgang {ch('ABC')}", f"Sommercamp Turnus {rng.randint(1, 4)}"] if de else
                  [f"session {ch('ABC')}", f"week {rng.randint(1, 4)} of camp", f"the {ch(['July', 'August'])} residential"])
    # daycare and schools
    if kind == "kita_hours":
        return ch([f"Betreuungsumfang {ch([25, 35, 45])} Wochenstunden", "Ganztag (45 h)", "Halbtagsplatz bis 12:30 Uhr", "verlängerte Öffnungszeit"] if de else
                  ["30 funded hours", "15 free hours", "full days Monday to Wednesday", "mornings only"])
    if kind == "kita_fee":
        return ch([f"Elternbeitrag {rng.randint(90, 420)} € im Monat", f"Essensgeld {rng.randint(2, 5)},{rng.randint(10, 90)} € pro Tag", "beitragsfrei ab 3 Jahren"] if de else
                  [f"£{rng.randint(50, 90)} a day nursery fee", f"${rng.randint(900, 2200)} a month", f"£{rng.randint(2, 3)}.{rng.randint(10, 90)} a day for lunch"])
    if kind == "school_portal":
        return ch(["Elternportal", "WebUntis", "Schoolfox", "IServ", "Sdui", "Kita-Portal"] if de else
                  ["ParentMail", "the Arbor app", "Google Classroom", "ClassDojo", "Tapestry", "ParentSquare"])
    return neg_gen_b19(kind, rng, lang)


def neg_gen_b19(kind, rng, lang):
    """Kinds added for blind set 19 (pharmacies and online pharmacies, gyms, telecom SIM swaps and
    porting, chargebacks and direct-debit disputes, landlords, car rental and car sharing, dental /
    travel / pet insurance claims, dating and support apps, food delivery, parcel lockers,
    streaming and gaming accounts, public authorities, pension funds, universities, vets, sports
    clubs, home care, helplines, pasted chatbot prompts) plus look-alikes of the new obfuscation
    forms (fancy / Arabic-Indic / keycap digits, spelled codes, percent-encoded URLs, code ticks)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    y = rng.randint(2024, 2026)
    de = lang == "de"
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    ch = rng.choice
    # health-like phrase lists (terms.py)
    if kind == "pharmacy_category":
        return ch(terms.PHARMACY_CATEGORY_DE if de else terms.PHARMACY_CATEGORY_EN)
    if kind == "game_health":
        return ch(terms.GAME_HEALTH_DE if de else terms.GAME_HEALTH_EN)
    if kind == "hospital_name":
        return ch(terms.HOSPITAL_NAME_DE if de else terms.HOSPITAL_NAME_EN)
    if kind == "health_app_feature":
        return ch(terms.HEALTH_APP_FEATURE_DE if de else terms.HEALTH_APP_FEATURE_EN)
    if kind == "vet_procedure":
        return ch(terms.VET_PROCEDURE_DE if de else terms.VET_PROCEDURE_EN)
    # pharmacies
    if kind == "pharmacy_order_ref":
        return ch([f"{ch(['SA', 'DM', 'AP'])}-{y}-{d(6)}", f"{_alnum(rng, 2, L26)}{d(7)}", f"#{d(4)}-{d(4, False)}"] if de else
                  [f"PH-{d(7)}", f"{_alnum(rng, 2, L26)}{d(7)}", f"#{d(4)}-{d(4, False)}"])
    if kind == "cold_chain":
        return ch(["Kühlversand 2–8 °C", "Kühlbox mit Gelakkus", "Kühlware – bitte sofort auspacken", "temperaturgeführter Versand"] if de else
                  ["cold-chain delivery (2-8°C)", "an insulated box with ice packs", "fridge item – unpack immediately", "temperature-controlled shipping"])
    if kind == "erezept_status":
        return ch(["Status „in Belieferung“", "Status: eingelöst", "Status „wird geprüft“", "Status: abholbereit"] if de else
                  ["status: ready to collect", "status: dispensed", "status: being checked", "status: out for delivery"])
    if kind == "rx_copay":
        return ch(["gesetzliche Zuzahlung 5,00 €", "Zuzahlung 10 €", "Eigenanteil 5 € pro Packung"] if de else
                  ["the £9.90 prescription charge", "a $10 copay", "the standard prescription charge"])
    # gyms
    if kind == "freeze_fee":
        return ch([f"Ruhezeitgebühr {rng.randint(3, 9)},99 €", f"Pausengebühr {rng.randint(3, 9)} € im Monat", "Stilllegung kostenlos mit Attest"] if de else
                  [f"a £{rng.randint(3, 9)} freeze fee", f"${rng.randint(5, 15)}/month freeze", "free freeze with a doctor's note"])
    if kind == "studio_location":
        return ch([f"Studio {ch(['Köln-Ehrenfeld', 'Berlin-Friedrichshain', 'München-Pasing', 'Wien Favoriten', 'Zürich Oerlikon', 'Hamburg-Barmbek'])}"] if de else
                  [f"the {ch(['Leeds Kirkstall', 'Manchester Piccadilly', 'Bristol Harbourside', 'Brooklyn Heights', 'Camden'])} gym"])
    if kind == "class_booking":
        return ch([f"{ch(['Bodypump', 'Spinning', 'Zumba', 'Yoga Flow', 'HIIT', 'Pilates'])} {ch(['Mo', 'Di', 'Mi', 'Do', 'Fr'])} {rng.randint(17, 20)}:{ch(['00', '15', '30'])}"] if de else
                  [f"{ch(['Bodypump', 'Spin', 'Zumba', 'Yoga Flow', 'HIIT', 'Pilates'])} {ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {rng.randint(5, 8)}.{ch(['00', '15', '30'])}pm"])
    # telecoms
    if kind == "sim_swap_ref":
        return ch([f"SIM-Tausch-Auftrag ST-{d(6)}", f"Kartentausch Nr. {_alnum(rng, 2, L26)}{d(5)}"] if de else
                  [f"SIM swap order SW{d(6)}", f"replacement SIM ref {_alnum(rng, 2, L26)}{d(5)}"])
    if kind == "roaming_zone":
        return ch(["Ländergruppe 1 (EU)", "Roaming-Zone 2", "Weltzone 3", "EU-Roaming", "Zone Welt"] if de else
                  ["Europe Zone", "Roam Further zone", "World Zone 2", "EU roaming", "Zone 3"])
    if kind == "tariff_option":
        return ch(["Datenautomatik", "Roaming-Paket Welt", "Multi-SIM", "Flatrate Ausland EU", "Unlimited-Option"] if de else
                  ["Data Passport", "Roam Further add-on", "a data booster", "unlimited texts add-on", "Inclusive Roaming"])
    if kind == "porting_window":
        return ch(["Portierung am Werktag zwischen 6 und 10 Uhr", "Rufnummernmitnahme zum Vertragsende", "Portierungsfenster 24 h"] if de else
                  ["porting happens between 10am and 4pm", "the switch completes within one working day", "a 24-hour porting window"])
    # chargebacks / direct debits
    if kind == "creditor_id":  # SEPA creditor identifier with real ISO 7064 check digits
        # shown in IBAN-like groups of four, as banking apps print it (an unbroken 11-digit run
        # would always pass python-stdnum's format-only Steuernummer check)
        nat = d(11)
        cid = f"DE{98 - int(nat + '131400') % 97:02d}ZZZ{nat}"
        cid = " ".join(cid[i:i + 4] for i in range(0, len(cid), 4))
        return ch([f"Gläubiger-ID {cid}", f"Gläubiger-Identifikationsnummer {cid}", cid] if de else
                  [f"creditor ID {cid}", f"SUN {d(6)}", f"Service User Number {d(6)}"])
    if kind == "sepa_return_code":
        return ch(["Rückgabegrund MD06", "AC04 (Konto erloschen)", "Rückgabecode AM04", "MS02", "Rückgabegrund MD01"] if de else
                  ["return reason MD06", "AC04 (account closed)", "reason code AM04", "MS02", "ARUDD code 0"])
    if kind == "return_debit_fee":
        return ch([f"Rücklastschriftgebühr {rng.randint(3, 15)},{ch(['00', '50'])} €", f"{rng.randint(3, 15)} € Bankgebühr für die Rücklastschrift"] if de else
                  [f"a £{rng.randint(10, 30)} returned direct debit fee", f"a ${rng.randint(15, 35)} returned payment fee"])
    if kind == "refund_period":
        return ch(["8 Wochen Erstattungsanspruch", "13 Monate bei nicht autorisierter Lastschrift", "Widerspruchsfrist 8 Wochen"] if de else
                  ["the Direct Debit Guarantee", "the 8-week refund right", "120 days to raise a dispute", "the 13-month window"])
    if kind == "dispute_status":
        return ch(["Reklamation in Prüfung", "vorläufige Gutschrift", "Widerspruch abgelehnt", "Chargeback eingeleitet"] if de else
                  ["dispute under review", "provisional credit", "claim declined", "chargeback raised"])
    # landlords
    if kind == "rent_per_sqm":
        return ch([f"{rng.randint(8, 22)},{rng.randint(10, 90)} €/m²", f"Mietspiegel {rng.randint(8, 16)},{rng.randint(10, 90)} € pro qm"] if de else
                  [f"£{rng.randint(15, 60)} per sq ft", f"${rng.randint(2, 6)}.{rng.randint(10, 90)} per square foot"])
    if kind == "apartment_position":
        return ch(["3. OG links", "EG rechts", "DG Mitte", "1. OG, Hinterhaus", "Souterrain", "4. Stock, Tür 12"] if de else
                  ["Flat 3B, second floor", "the ground-floor flat", "the top-floor flat", "basement flat", "Apartment 4C"])
    if kind == "viewing_slot":
        return ch([f"Besichtigung {ch(['Sa', 'Mo', 'Do'])} {rng.randint(10, 18)}:{ch(['00', '30'])} Uhr", "Massenbesichtigung am Samstag"] if de else
                  [f"viewing {ch(['Sat', 'Mon', 'Thu'])} at {rng.randint(10, 12)}am", "an open house on Saturday"])
    if kind == "tenancy_document":
        return ch(["Mietschuldenfreiheitsbescheinigung", "SCHUFA-BonitätsAuskunft", "Gehaltsnachweise der letzten drei Monate",
                   "Selbstauskunft", "Wohnungsgeberbestätigung", "Übergabeprotokoll"] if de else
                  ["a reference from my previous landlord", "a credit check", "proof of income", "the inventory report",
                   "a guarantor form", "the How to Rent guide"])
    if kind == "heating_cost_share":
        return ch([f"Heizkosten {rng.randint(50, 70)} % nach Verbrauch", f"Umlageschlüssel {rng.randint(40, 95)} m²", "Grundsteuer anteilig"] if de else
                  [f"{rng.randint(10, 40)}% of the service charge", "ground rent of £250 a year", "the sinking fund"])
    # car rental / sharing
    if kind == "rental_station":
        return ch(["Station Hamburg Hauptbahnhof", "Flughafen München Terminal 2", "Station Wien Westbahnhof", "Zürich Flughafen P3",
                   "Station Köln Messe/Deutz"] if de else
                  ["the Heathrow Terminal 5 desk", "Manchester Piccadilly station", "the Gatwick North desk", "LAX rental center",
                   "Edinburgh Waverley"])
    if kind == "km_package":
        return ch([f"{ch([300, 500, 1000, 1500])} Freikilometer", "unbegrenzte Kilometer", f"{ch([150, 200, 250])} km pro Tag inklusive"] if de else
                  ["unlimited mileage", f"{ch([100, 150, 200])} free miles a day", f"{ch([500, 1000])} miles included"])
    if kind == "sharing_trip_id":
        return ch([f"Fahrt-ID {_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"Buchung {_alnum(rng, 8, A)}"] if de else
                  [f"trip ID {_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"booking {_alnum(rng, 8, A)}"])
    if kind == "damage_report_photos":
        n = rng.randint(3, 12)
        return f"Schadensprotokoll mit {n} Fotos" if de else f"a damage report with {n} photos"
    if kind == "rental_car_model":
        return ch(["VW Golf oder ähnlich", "Tesla Model 3", "Fiat 500 oder ähnlich", "BMW 1er", "Opel Corsa Automatik", "VW T6 Bus"] if de else
                  ["a Ford Focus or similar", "Tesla Model Y", "a Fiat 500 or similar", "a Kia Niro", "a Vauxhall Corsa automatic", "a Ford Transit"])
    if kind == "rental_excess_option":
        return ch([f"Selbstbeteiligung {ch([750, 950, 1100, 1500])} €", "SB-Reduzierung auf 0 €", "Vollkasko ohne Selbstbeteiligung"] if de else
                  [f"a £{ch([950, 1200, 1500])} excess", "excess reduction to zero", "Super Cover"])
    # insurance claims
    if kind == "reimbursement_rate":
        return ch([f"{ch([70, 80, 90, 100])} % Erstattung", f"{ch([80, 90])} % bis {ch(['1.000', '1.500', '2.000'])} € im Jahr", "Erstattung nach GOZ bis 3,5-fach"] if de else
                  [f"{ch([70, 80, 90, 100])}% reimbursement", f"{ch([80, 90])}% up to £{ch(['1,000', '1,500'])} a year", "100% of the vet fees"])
    if kind == "waiting_period":
        return ch([f"Wartezeit {ch([3, 6, 8])} Monate", f"{ch([3, 6, 8])} Monate Wartezeit", "keine Wartezeit bei Unfall"] if de else
                  [f"a {ch([3, 6, 8])}-month waiting period", f"{ch([14, 30])} days waiting period", "no waiting period for accidents"])
    if kind == "claim_portal_step":
        n = rng.randint(3, 6)
        return f"Schritt {rng.randint(1, n)} von {n} – Belege hochladen" if de else f"step {rng.randint(1, n)} of {n} – upload receipts"
    if kind == "vet_invoice_item":
        return ch([f"GOT-Ziffer {rng.randint(1, 40)}", "Allgemeinuntersuchung", "Injektion s.c.", "Notdienstgebühr 50 €", "Wegegeld"] if de else
                  [f"consult fee £{rng.randint(45, 80)}", "out-of-hours fee", "injection (s.c.)", "the emergency call-out charge", "a home visit fee"])
    if kind == "travel_claim_item":
        return ch(["Stornokosten", "Gepäckverspätung", "Rücktransport", "Reiseabbruch", "Verspätungsschaden"] if de else
                  ["cancellation costs", "delayed baggage", "repatriation", "curtailment", "missed departure"])
    # dating / support apps
    if kind == "match_count":
        return ch([f"{rng.randint(2, 40)} neue Matches", f"{rng.randint(2, 99)} Likes", f"{rng.randint(2, 20)} Super Likes"] if de else
                  [f"{rng.randint(2, 40)} new matches", f"{rng.randint(2, 99)} likes", f"{rng.randint(2, 20)} roses"])
    if kind == "report_reason":
        return ch(["Fake-Profil", "unangemessene Nachrichten", "Spam", "Belästigung", "minderjährig"] if de else
                  ["fake profile", "inappropriate messages", "spam", "harassment", "underage"])
    if kind == "verification_badge":
        return ch(["blauer Haken", "Foto-Verifizierung", "Verifiziert-Badge"] if de else
                  ["the blue tick", "photo verified badge", "ID verified badge"])
    # food delivery
    if kind == "spice_level":
        return ch(["Schärfe 3 von 5", "extra scharf", "mild", "Schärfegrad 2"] if de else
                  ["medium heat", "spice level 2", "extra hot", "mild please"])
    if kind == "order_note":
        return ch(["ohne Zwiebeln", "Soße extra", "bitte klingeln", "ohne Koriander", "Dressing separat"] if de else
                  ["no onions", "sauce on the side", "please ring the bell", "no coriander", "dressing separate"])
    # parcel lockers
    if kind == "locker_size":
        return ch(["Fach Größe M", "großes Fach", "Fachgröße S", "XL-Fach"] if de else
                  ["a medium locker", "size S compartment", "the large locker", "an XL compartment"])
    if kind == "storage_deadline":
        return ch(["Lagerfrist 7 Tage", "9 Tage abholbereit", "Abholung bis Freitag 20 Uhr"] if de else
                  ["held for 7 days", "available to collect for 72 hours", "collect by Friday 8pm"])
    if kind == "locker_location":
        return ch(["Packstation am Bahnhof", "Paketautomat bei Rewe", "DPD-Pickup-Station Lindenstraße", "Paketbox im Hausflur", "my.post.24-Station"] if de else
                  ["the InPost locker at Tesco", "the Amazon locker at the station", "the Evri ParcelShop on High Street", "the locker bank at Co-op"])
    # streaming / gaming
    if kind == "streaming_plan":
        return ch(["Standard-Abo mit Werbung", "Premium (4 Geräte)", "Basis-Abo", "Familien-Abo", "Jahresabo"] if de else
                  ["Standard with ads", "Premium 4K", "the Basic plan", "the family plan", "an annual plan"])
    if kind == "profile_name":
        return ch(["Profil „Kids“", "Profil „Oma“", "Profil „Gast“", "Profil „Papa“"] if de else
                  ["the 'Kids' profile", "the 'Guest' profile", "the 'Mum' profile", "the 'Living room' profile"])
    if kind == "tv_activation_code":
        return ch([f"TV-Code {_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"Aktivierungscode {_alnum(rng, 8, A)}"] if de else
                  [f"TV code {_alnum(rng, 4, A)}-{_alnum(rng, 4, A)}", f"activation code {_alnum(rng, 8, A)}"])
    if kind == "device_limit":
        return ch([f"{ch([2, 4])} Streams gleichzeitig", f"max. {ch([2, 5, 6])} Geräte", "nur ein Bildschirm"] if de else
                  [f"{ch([2, 4])} screens at a time", f"up to {ch([2, 5, 6])} devices", "one screen only"])
    if kind == "playtime":
        return ch([f"{rng.randint(1, 3)}.{d(3, False)} Stunden Spielzeit", f"{rng.randint(20, 900)} h gespielt"] if de else
                  [f"{rng.randint(1, 3)},{d(3, False)} hours played", f"{rng.randint(20, 900)} hrs on record"])
    if kind == "recovery_step":
        return ch(["Schritt 2: Sicherheitsfrage", "Wiederherstellungsformular", "Schritt 3: Kaufbeleg hochladen"] if de else
                  ["step 2: security question", "the account recovery form", "step 3: upload proof of purchase"])
    # public authorities
    if kind == "benefit_form":
        return ch(["Antrag auf Wohngeld (Mietzuschuss)", "Anlage KiZ", "Weiterbewilligungsantrag", "Antrag auf Elterngeld",
                   "Veränderungsmitteilung", "Formular Anmeldung einer Wohnung", "Antrag auf Zulassung"] if de else
                  ["the housing benefit form", "a change of circumstances form", "the renewal form", "form SH1",
                   "the V62 form", "the council tax reduction form"])
    if kind == "office_room":
        return ch([f"Zimmer {rng.randint(1, 4)}.{rng.randint(100, 240)}", f"Raum E.{rng.randint(1, 40):02d}", f"Schalter {rng.randint(1, 12)}",
                   f"Platz {rng.randint(1, 30)}"] if de else
                  [f"counter {rng.randint(1, 12)}", f"room G.{rng.randint(1, 40):02d}", f"desk {rng.randint(1, 20)}", f"booth {rng.randint(1, 9)}"])
    if kind == "office_ticket":
        return ch([f"Wartenummer {ch('ABCDE')}-{rng.randint(1, 299):03d}", f"Aufrufnummer {ch('ABCDE')}{rng.randint(1, 299)}"] if de else
                  [f"ticket {ch('ABCDE')}-{rng.randint(1, 299):03d}", f"queue number {ch('ABCDE')}{rng.randint(1, 299)}"])
    if kind == "benefit_period":
        return ch(["Bewilligungszeitraum 12 Monate", "Weiterbewilligung ab 1. Mai", "Bewilligung bis 31. Oktober", "Leistungszeitraum 6 Monate"] if de else
                  ["an award period of 12 months", "renewal from 1 May", "an assessment period", "a 6-month award"])
    if kind == "official_fee":
        return ch(["Gebühr 37 € für den Personalausweis", "70 € Passgebühr", "Zulassungsgebühr 30,80 €", "Gebühr für das Führungszeugnis 13 €",
                   "Wunschkennzeichen 12,80 €"] if de else
                  ["the £88.50 passport fee", "a $130 passport fee", "the £55 licence fee", "a £25 admin fee"])
    # pension funds
    if kind == "contribution_rate":
        return ch(["Beitragssatz 18,6 %", "Arbeitgeberzuschuss 15 %", f"Entgeltumwandlung {rng.randint(50, 300)} € im Monat"] if de else
                  [f"{ch([3, 4, 5, 8])}% employee contribution", f"a {ch([3, 5, 6])}% employer match", "salary sacrifice"])
    if kind == "pension_statement":
        return ch([f"Renteninformation {y - 1}", "Standmitteilung zum 31.12.", "jährliche Mitteilung", "Rentenauskunft"] if de else
                  ["the annual benefit statement", f"my {y - 1} pension statement", "the state pension forecast", "an annual summary"])
    if kind == "pension_type":
        return ch(["Erwerbsminderungsrente", "Altersrente für langjährig Versicherte", "Witwenrente", "Betriebsrente", "Riester-Rente"] if de else
                  ["ill-health early retirement", "a widow's pension", "a defined benefit pension", "the state pension", "a SIPP"])
    # universities
    if kind == "matriculation_number":
        return ch([f"Matrikelnummer {d(7)}", f"Matr.-Nr. {d(6)}", f"Matrikelnr. {d(7)}", d(7)] if de else
                  [f"student number {d(8)}", f"matriculation no. {d(7)}", f"student ID {d(7)}", d(8)])
    if kind == "exam_registration":
        return ch([f"Prüfungsnummer {d(5)}", f"PNr. {d(4)}", f"Prüfungsanmeldung Nr. {d(4)}"] if de else
                  [f"assessment ID {d(5)}", f"exam code {_alnum(rng, 4, L26)}{d(4)}", f"candidate no. {d(4)}"])
    if kind == "attempt_count":
        return ch(["Zweitversuch", "3. Prüfungsversuch", "Drittversuch", "Wiederholungsprüfung"] if de else
                  ["second attempt", "a resit", "my final attempt", "the resit period"])
    if kind == "exam_period":
        return ch(["Klausurenphase im Februar", "Prüfungszeitraum Sommersemester", "2. Prüfungszeitraum", "Nachschreibtermin im April"] if de else
                  ["the January exam period", "the summer exam diet", "the August resit period", "the May assessment window"])
    if kind == "exam_accommodation":
        return ch(["Schreibzeitverlängerung 25 %", "separater Prüfungsraum", "Pausen ohne Zeitanrechnung", "Laptop statt Handschrift"] if de else
                  ["25% extra time", "a separate room", "rest breaks", "a laptop instead of handwriting"])
    # vets
    if kind == "animal_weight":
        return ch([f"Kater, {rng.randint(3, 7)},{rng.randint(0, 9)} kg", f"Hündin, {rng.randint(6, 40)} kg", f"Kaninchen, {rng.randint(1, 3)},{rng.randint(0, 9)} kg"] if de else
                  [f"a {rng.randint(6, 40)}kg Labrador", f"a {rng.randint(3, 7)}.{rng.randint(0, 9)}kg tabby", f"a {rng.randint(1, 3)}kg rabbit"])
    if kind == "pet_vaccine":
        return ch(["SHPPi+L4", "RCP-Impfung", "Tollwut-Auffrischung", "Zwingerhusten-Impfung", "Leukose-Impfung"] if de else
                  ["the L4 booster", "the kennel cough vaccine", "the rabies jab", "the cat flu booster", "the RHD2 vaccine"])
    # sports clubs
    if kind == "match_minute":
        n = rng.randint(3, 89)
        return f"in der {n}. Minute" if de else f"in the {n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')} minute"
    if kind == "sports_insurance":
        return ch(["ARAG-Sportversicherung", "Sportunfallmeldung", "Unfallmeldung an den Landessportbund", "VBG-Unfallanzeige"] if de else
                  ["the club's sports injury cover", "the league's accident form", "the FA injury report", "the BUCS incident form"])
    # home care
    if kind == "care_benefit_amount":
        return ch(["Entlastungsbetrag 131 €", "Pflegegeld 573 €", "Verhinderungspflege 1.685 €", "Pflegesachleistung 796 €", "Wohngruppenzuschlag 224 €"] if de else
                  ["Attendance Allowance of £108.55", "Carer's Allowance of £81.90", "a direct payment of £400", "the £72.65 lower rate"])
    if kind == "visit_window":
        return ch([f"Einsatz {rng.randint(6, 9)}:30–{rng.randint(7, 10)}:00 Uhr", "Abendtour ab 18 Uhr", "Einsatz um die Mittagszeit", "zweimal täglich 20 Minuten"] if de else
                  [f"the {rng.randint(6, 9)}.30am call", "the teatime call", "a 30-minute call", "two visits a day"])
    if kind == "home_aid":
        return ch(["Pflegebett", "Badewannenlift", "Treppenlift", "Duschhocker", "Toilettensitzerhöhung", "Rollstuhlrampe"] if de else
                  ["a hospital bed", "a bath lift", "a stairlift", "a shower stool", "a raised toilet seat", "a wheelchair ramp"])
    # helplines
    if kind == "helpline_hours":
        return ch(["rund um die Uhr", "Mo–Fr 9–21 Uhr", "täglich 14–20 Uhr", "auch am Wochenende", "anonym und kostenlos"] if de else
                  ["24/7", "open 7pm-11pm", "every day 2-8pm", "weekends too", "free and confidential"])
    if kind == "helpline_name":
        return ch(["TelefonSeelsorge", "Nummer gegen Kummer", "krisenchat", "Die Dargebotene Hand", "Rat auf Draht", "Elterntelefon"] if de else
                  ["Samaritans", "Shout", "the Mind infoline", "Childline", "CALM", "the 988 Lifeline"])
    if kind == "crisis_number":
        return ch(["0800 111 0 111", "0800 111 0 222", "116 123", "116 111", "143", "147", "142"] if de else
                  ["116 123", "0800 1111", "988", "0800 58 58 58", "111"])
    # chatbot prompts
    if kind == "prompt_instruction":
        return ch(["Fass das in 3 Stichpunkten zusammen", "Formuliere das höflicher", "Übersetze ins Englische", "Mach daraus eine Beschwerde-Mail",
                   "Kürze das auf 100 Wörter"] if de else
                  ["Summarize this in 3 bullet points", "Make this sound more polite", "Translate into German", "Turn this into a complaint email",
                   "Shorten this to 100 words"])
    if kind == "output_format":
        return ch(["als Tabelle", "im JSON-Format", "als Stichpunktliste", "in einfacher Sprache"] if de else
                  ["as a table", "in JSON", "as a bullet list", "in plain English"])
    # masked look-alikes
    if kind == "masked_card":
        b = ch(["4", "5", "3"]) + d(5, False)
        return ch([f"{b[:4]} {b[4:]}•• •••• {d(4, False)}", f"{b[:4]} {b[4:]}** **** {d(4, False)}", f"{b}******{d(4, False)}"])
    if kind == "masked_email":
        l1 = ch("abcdefghjklmnprstw")
        return ch([f"{l1}***@{ch(['gmail.com', 'gmx.de', 'web.de', 'outlook.com', 'icloud.com'])}",
                   f"{l1}•••••{ch('aeinrst')}@{ch(['gmail.com', 'gmx.de', 'hotmail.co.uk', 'yahoo.com'])}",
                   f"{l1}{ch('aeiou')}***{ch('nrst')}@***.de" if de else f"{l1}{ch('aeiou')}***{ch('nrst')}@***.com"])
    # look-alikes of the new obfuscation forms
    if kind == "url_query":
        return ch([f"?utm_source=newsletter&utm_medium=email&utm_campaign={ch(['fruehling', 'sale', 'app'])}{y % 100}",
                   f"?ref=app%2Fhome&lang={lang}", f"?q=R%C3%BCcksendung+Etikett" if de else "?q=return%20label",
                   f"/login?redirect=%2Fkonto%2Fbestellungen" if de else "/login?redirect=%2Faccount%2Forders",
                   f"?page={rng.randint(2, 9)}&sort=price%3Aasc"])
    if kind == "emoji_number":
        n = rng.randint(1, 9)
        return ch([f"Schritt {n}\ufe0f\u20e3", f"Tisch {n}\ufe0f\u20e3", f"Platz {n}\ufe0f\u20e3"] if de else
                  [f"step {n}\ufe0f\u20e3", f"table {n}\ufe0f\u20e3", f"option {n}\ufe0f\u20e3"])
    if kind == "fancy_order_number":
        s = d(rng.choice([6, 7]))
        if rng.random() < 0.5:
            return "#" + "".join(chr(0xFF10 + int(c)) for c in s)
        b = ch(FANCY_BASES)
        return "#" + "".join(chr(b + int(c)) for c in s)
    if kind == "arabic_indic_amount":
        a = str(rng.randint(12, 480))
        ar = "".join(chr(0x0660 + int(c)) for c in a)
        return ch([f"{ar} €", f"{ar} Euro"] if de else [f"£{ar}", f"{ar} pounds"])
    if kind == "spelled_code":
        c = _alnum(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ23456789")
        while not (re.search(r"\d", c) and re.search(r"[A-Z]", c)):
            c = _alnum(rng, 6, "ABCDEFGHJKLMNPRSTUVWXYZ23456789")
        tab, conn = (SPELL_DE, "wie") if de else (SPELL_EN, "for")
        return ", ".join(f"{x} {conn} {ch(tab[x])}" if x.isalpha() else x for x in c)
    if kind == "semicolon_list":
        return ch([f"Größen: {'; '.join(str(x) for x in sorted(rng.sample(range(34, 48, 2), 3)))}",
                   f"Termine: {'; '.join(ch(['Mo', 'Di', 'Mi', 'Do', 'Fr']) for _ in range(3))}",
                   f"Artikel {d(3)}; {d(3)}; {d(3)}"] if de else
                  [f"sizes: {'; '.join(str(x) for x in sorted(rng.sample(range(6, 18, 2), 3)))}",
                   f"slots: {'; '.join(ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']) for _ in range(3))}",
                   f"items {d(3)}; {d(3)}; {d(3)}"])
    if kind == "code_snippet":
        return ch(["`ERR_CONNECTION_RESET`", f"`v{rng.randint(2, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}`", "`git pull`", "`Error 403`",
                   "`npm install`", f"`SELECT * FROM orders WHERE id = {d(4)}`", "`/reset-password`", "`null`"])
    return neg_gen_b20(kind, rng, lang)


# ---------------------------------------------------------------------------
# blind20: new obfuscation forms
SUPERSCRIPT = str.maketrans("0123456789+", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u207a")
EMOJI_SEPS = ["\U0001f4de", "\U0001f449", "\U0001f4b3", "\U0001f648", "\u2728", "\U0001f522", "\U0001f447", "\U0001f60a",
              "\U0001f4f1", "\U0001f3e6"]
WORD_DIGIT_TYPES = ("PHONE", "CVC", "US_SSN", "UK_NHS", "NL_BSN", "DE_STEUER_ID", "AT_SVNR", "PL_PESEL", "CARD")
LETTER_TYPES = ("IBAN", "BIC", "UK_NINO", "DE_KVNR", "DE_PASSPORT", "DE_ID_CARD", "IT_CF", "ES_NIE", "ES_DNI",
                "DE_USTID", "DE_RVNR")


def _split_points(g):
    return [k for k in range(1, len(g)) if len(re.sub(r"\W", "", "".join(g[:k]))) >= 3
            and len(re.sub(r"\D", "", "".join(g[k:]))) >= 3]


def _typo_group(rng, x):
    """A mistyped version of group x (two neighbouring digits swapped or one digit doubled)."""
    pos = [i for i in range(len(x) - 1) if x[i].isdigit() and x[i + 1].isdigit() and x[i] != x[i + 1]]
    if pos and rng.random() < 0.6:
        i = rng.choice(pos)
        return x[:i] + x[i + 1] + x[i] + x[i + 2:]
    dpos = [i for i, c in enumerate(x) if c.isdigit()]
    if not dpos:
        return None
    i = rng.choice(dpos)
    return x[:i] + x[i] + x[i:]


def obfuscate_b20(rng, typ, plain, groups, form, lang):
    g = chunk_groups([x for x in groups if x]) if groups else [plain]
    if typ == "EMAIL":
        local, dom = plain.split("@", 1)
        if form == "aet":  # "name(ät)gmx.de", "name [ät] web [punkt] de", "name ät gmx punkt de"
            if lang != "de":  # German keyboards only
                return None
            r = rng.random()
            dotw = "punkt" if lang == "de" else "dot"
            if r < 0.4:
                return f"{local}(ät){dom}"
            if r < 0.75:
                return f"{local} [ät] {dom.replace('.', ' [' + dotw + '] ')}"
            return f"{local} ät {dom.replace('.', ' ' + dotw + ' ')}"
        if form == "homoglyph":  # Cyrillic letters in the local part
            pos = [i for i, c in enumerate(local) if c in HOMO]
            if not pos:
                return None
            lst = list(local)
            for i in rng.sample(pos, min(len(pos), rng.choice([1, 1, 2]))):
                lst[i] = HOMO[lst[i]]
            return "".join(lst) + "@" + dom
        if form == "chat_bold":
            return rng.choice(["*{}*", "**{}**", "_{}_"]).format(plain)
        if form == "comma_tld":  # "…@gmx,de"
            i = plain.rfind(".")
            return plain[:i] + "," + plain[i + 1:] if i > plain.find("@") else None
        if form == "code_block":
            return rng.choice(["```{}```", "```\n{}\n```"]).format(plain)
        if form == "url_param":
            return urllib.parse.quote(plain, safe="")
        return None
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        if form == "chat_bold":
            return rng.choice(["*{}*", "**{}**", "_{}_"]).format(plain)
        return None
    if typ == "ICD10":
        return None
    if typ == "CARD_EXPIRY":
        if form == "superscript":
            return plain.translate(SUPERSCRIPT)
        if form == "chat_bold":
            return f"*{plain}*"
        return None
    if form == "split_sorry":  # value over two lines with an apology in between
        if len(g) < 2 or typ in ("BIC", "CVC"):
            return None
        ks = _split_points(g)
        if not ks:
            return None
        k = rng.choice(ks)
        return " ".join(g[:k]) + rng.choice(SORRY_CONN[lang]) + " ".join(g[k:])
    if form == "self_corrected":  # one group mistyped, then corrected: "0171 2435 sorry 2345 678"
        if len(g) < 2 or typ in ("BIC",):
            return None
        cand = [i for i, x in enumerate(g) if sum(c.isdigit() for c in x) >= 2]
        if not cand:
            return None
        k = rng.choice(cand)
        wrong = _typo_group(rng, g[k])
        if not wrong or wrong == g[k]:
            return None
        word = rng.choice(CORR_WORDS[lang])
        return " ".join(g[:k] + [f"{wrong} {word} {g[k]}"] + g[k + 1:])
    if form == "emoji_between":  # "0171 📞 234 5678"
        if len(g) < 2:
            return None
        e = rng.choice(EMOJI_SEPS)
        sep = rng.choice([f" {e} ", e])
        return sep.join(g)
    if form == "interleaved_words":  # digits and number words (German and English) mixed
        if typ not in WORD_DIGIT_TYPES:
            return None
        gg = [x for x in re.split(r"[\s\-/.()]+", EXT_RE.sub("", plain)) if x]
        if not gg or not all(re.fullmatch(r"\+?\d+", x) for x in gg):
            return None
        for _ in range(20):
            out, kinds_ = [], set()
            for x in gg:
                toks = ["plus"] if x.startswith("+") else []
                for c in x.lstrip("+"):
                    r = rng.random()
                    if r < 0.45:
                        toks.append(c)
                        kinds_.add("d")
                    else:
                        L = lang if rng.random() < 0.8 else ("en" if lang == "de" else "de")
                        toks.append((W_DE if L == "de" else W_EN)[int(c)])
                        kinds_.add("w")
                out.append(" ".join(toks))
            if kinds_ == {"d", "w"}:
                return rng.choice([", ", " ", " - "]).join(out)
        return None
    if form == "superscript":
        if not re.search(r"\d", plain):
            return None
        return plain.translate(SUPERSCRIPT)
    if form == "url_param":  # inside a query string: %2B49%20171..., DE44+5001+...
        if typ in ("IBAN", "CARD"):
            return "+".join(g) if len(g) > 1 else None
        if typ == "PHONE":
            o = urllib.parse.quote(EXT_RE.sub("", plain).strip(), safe="")
            return o if o != plain else None
        return None
    if form == "code_block":
        return rng.choice(["```{}```", "```\n{}\n```"]).format(plain)
    if form == "lower_compact":  # "de44500105175407324931"
        if typ not in LETTER_TYPES:
            return None
        c = "".join(g).lower()
        return c if c != plain.lower() and c != plain else None
    if form == "intl_trunk":  # "0049 (0)171 2345678", "+41 (0)79 ..."
        if typ != "PHONE":
            return None
        base = EXT_RE.sub("", plain).strip()
        for reg in PHONE_REGIONS:
            try:
                n = phonenumbers.parse(base, reg)
            except Exception:
                continue
            if not phonenumbers.is_valid_number(n) or n.country_code not in (49, 43, 41, 44, 31, 33):
                continue
            nsn = phonenumbers.national_significant_number(n)
            ndc = phonenumbers.length_of_national_destination_code(n) or 3
            cc = n.country_code
            return rng.choice([f"00{cc} (0){nsn[:ndc]} {nsn[ndc:]}", f"+{cc} (0) {nsn[:ndc]} {nsn[ndc:]}",
                               f"+{cc}(0){nsn[:ndc]}-{nsn[ndc:]}", f"00{cc}(0){nsn[:ndc]}/{nsn[ndc:]}"])
        return None
    if form == "spaced_dashes":  # "4929 - 1234 - 5678 - 9012"
        return " - ".join(g) if len(g) > 1 else None
    if form == "homoglyph":  # Cyrillic / Greek look-alike letters (IBAN country code, NINO prefix ...)
        if typ not in LETTER_TYPES:
            return None
        tab = HOMO if rng.random() < 0.75 else HOMO_GREEK
        lim = 2 if typ in ("IBAN", "DE_USTID") else len(plain)
        pos = [i for i, c in enumerate(plain[:lim]) if c in tab]
        if not pos:
            return None
        lst = list(plain)
        for i in rng.sample(pos, min(len(pos), rng.choice([1, 2]))):
            lst[i] = tab[lst[i]]
        return "".join(lst)
    if form == "chat_bold":
        return rng.choice(["*{}*", "**{}**", "_{}_"]).format(plain)
    if form == "thin_space":
        return rng.choice(["\u2009", "\u2007"]).join(g) if len(g) > 1 else None
    if form == "voice_fillers":  # number words with "äh" / "uh" inside
        if typ not in WORD_DIGIT_TYPES:
            return None
        w = to_words(rng, plain, lang)
        toks = w.split(" ")
        if len(toks) < 4:
            return None
        for _ in range(rng.choice([1, 2])):
            i = rng.randrange(1, len(toks))
            toks.insert(i, rng.choice(FILLERS_VOICE[lang]) + rng.choice(["", ",", "…"]))
        return " ".join(toks)
    if form == "quoted_wrap":  # reply quote wrapped onto a second "> " line
        if len(g) < 3:
            return None
        k = rng.randrange(1, len(g))
        return " ".join(g[:k]) + "\n> " + " ".join(g[k:])
    return None


# ---------------------------------------------------------------------------
# blind20: new negative kinds
NEW_KINDS_B20 = ["tattoo_size", "tattoo_session", "tattoo_aftercare", "school_health_notice", "spa_treatment",
                 "spa_slot", "crowdfunding_reward", "donation_recurring", "meter_reading_date", "energy_price",
                 "workshop_job", "tyre_storage", "car_part_number", "dress_code", "catering_option",
                 "tariff_comparison", "premium_amount", "collection_fee", "payment_deadline", "salary_expectation",
                 "shipping_option", "translation_volume", "certified_copies", "language_pair", "app_subscription",
                 "club_form", "meal_service", "donation_slot", "blood_drive", "recall_interval", "frame_colour",
                 "hearing_aid_warranty", "form_generic", "payslip_item", "thin_space_amount", "corrected_time",
                 "markdown_label", "code_block_log", "url_with_id", "emoji_reaction", "number_words_quantity",
                 "refund_ref", "placeholder_token", "console_model", "subtitle_setting", "superscript_footnote"]


def neg_gen_b20(kind, rng, lang):
    """Kinds added for blind set 20 (airlines / rail, schools and nurseries, HR and payroll,
    crowdfunding, energy suppliers, car workshops, hotels and spas, weddings, insurance brokers,
    debt collection, job applications, marketplaces, translation agencies, fertility apps, sports
    clubs, care homes, blood donation, tattoo studios, dentists, opticians, hearing aids, physio)
    plus look-alikes of the new blind20 forms (superscript footnotes, thin-space amounts, corrected
    times, markdown labels, code fences, URLs with ids, emoji reactions, number words)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    de = lang == "de"
    ch = rng.choice
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    if kind == "tattoo_size":
        return ch([f"ca. {rng.randint(5, 25)} x {rng.randint(4, 15)} cm am Unterarm", f"Rücken, {rng.randint(20, 40)} cm",
                   f"Fineline, {rng.randint(3, 9)} cm"] if de else
                  [f"about {rng.randint(5, 25)}x{rng.randint(4, 15)}cm on the forearm", f"a {rng.randint(2, 9)}-inch piece on the calf",
                   f"fine line, {rng.randint(3, 9)}cm"])
    if kind == "tattoo_session":
        n = rng.randint(2, 5)
        return f"Sitzung {rng.randint(1, n)} von {n}" if de else f"session {rng.randint(1, n)} of {n}"
    if kind == "tattoo_aftercare":
        return ch(terms.TATTOO_CARE_DE if de else terms.TATTOO_CARE_EN)
    if kind == "school_health_notice":
        return ch(terms.SCHOOL_HEALTH_NOTICE_DE if de else terms.SCHOOL_HEALTH_NOTICE_EN)
    if kind == "spa_treatment":
        return ch(terms.SPA_TREATMENT_DE if de else terms.SPA_TREATMENT_EN)
    if kind == "spa_slot":
        return ch([f"Sauna {rng.randint(14, 17)}–{rng.randint(18, 21)} Uhr", f"Pool ab {rng.randint(7, 10)} Uhr", "Ruheraum ganztägig"] if de else
                  [f"sauna {rng.randint(2, 5)}-{rng.randint(6, 9)}pm", f"pool from {rng.randint(7, 10)}am", "the relaxation room all day"])
    if kind == "crowdfunding_reward":
        return ch(["Dankeschön-Paket mit Tasse", "signierte Postkarte", "Namensnennung auf der Website", "Early-Bird-Exemplar"] if de else
                  ["the mug reward", "a signed postcard", "a name on the thank-you wall", "an early bird copy"])
    if kind == "donation_recurring":
        return ch([f"{ch([5, 10, 15, 20, 25])} € monatlich", f"{ch([60, 120, 240])} € jährlich", f"vierteljährlich {ch([15, 30, 45])} €"] if de else
                  [f"£{ch([5, 10, 15, 20])} a month", f"${ch([10, 25, 50])} monthly", f"£{ch([60, 120])} a year"])
    if kind == "meter_reading_date":
        return ch(["Ablesung zum 31.12.", "Zwischenablesung", "Selbstablesung per App", "Ablesung beim Auszug"] if de else
                  ["reading for the end of the quarter", "an interim reading", "a self-reading in the app", "a move-out reading"])
    if kind == "energy_price":
        return ch([f"Grundpreis {rng.randint(8, 19)},{rng.randint(10, 99)} €/Monat", f"Arbeitspreis {rng.randint(24, 42)},{rng.randint(10, 99)} ct/kWh"] if de else
                  [f"{rng.randint(40, 65)}.{rng.randint(10, 99)}p a day", f"{rng.randint(22, 30)}.{rng.randint(10, 99)}p/kWh unit rate"])
    if kind == "workshop_job":
        return ch([f"WA-{d(4)}", f"Auftrag {d(4)}-{d(2, False)}", f"Werkstattauftrag {_alnum(rng, 2, L26)}{d(4)}"] if de else
                  [f"WO-{d(4)}", f"job card {d(4)}", f"jobsheet {_alnum(rng, 2, L26)}{d(4)}"])
    if kind == "tyre_storage":
        return ch([f"Einlagerung E-{d(3)}", f"Reifenhotel Platz {_alnum(rng, 1, 'ABCDEF')}-{rng.randint(1, 99)}", f"Lagerplatz {rng.randint(1, 400)}"] if de else
                  [f"storage tag S-{d(3)}", f"rack {_alnum(rng, 1, 'ABCDEF')}-{rng.randint(1, 99)}", f"bay {rng.randint(1, 400)}"])
    if kind == "car_part_number":
        return ch([f"{d(1)}{_alnum(rng, 1, 'QKGHM')}{d(1, False)} {d(3, False)} {d(3, False)} {_alnum(rng, 1, 'ABCDF')}",
                   f"{_alnum(rng, 2, L26)}-{d(4)}", f"A {d(3)} {d(3, False)} {d(2, False)} {d(2, False)}"])
    if kind == "dress_code":
        return ch(["Black Tie", "sommerlich-elegant", "Cocktail", "Boho", "Tracht erwünscht"] if de else
                  ["black tie", "smart casual", "cocktail attire", "garden party chic", "lounge suits"])
    if kind == "catering_option":
        return ch(["Flying Buffet", "3-Gänge-Menü", "Grillbuffet", "Food-Truck", "Kaffee und Kuchen"] if de else
                  ["a hog roast", "a three-course meal", "a grazing table", "a food truck", "afternoon tea"])
    if kind == "tariff_comparison":
        return ch(["Tarif Basis vs. Komfort", "Kompakt gegen Premium", "Tarif A und Tarif B", "Smart vs. Best"] if de else
                  ["Essential vs Comprehensive", "Bronze against Silver", "plan A and plan B", "Lite vs Plus"])
    if kind == "premium_amount":
        return ch([f"Beitrag {rng.randint(9, 89)},{rng.randint(10, 99)} € mtl.", f"{rng.randint(120, 990)} € im Jahr"] if de else
                  [f"£{rng.randint(9, 89)}.{rng.randint(10, 99)} a month", f"${rng.randint(120, 990)} a year"])
    if kind == "collection_fee":
        return ch([f"Inkassogebühr {rng.randint(30, 120)},{rng.randint(10, 99)} €", f"Mahngebühr {rng.randint(3, 15)} €", f"Verzugszinsen {rng.randint(5, 40)},{rng.randint(10, 99)} €"] if de else
                  [f"a £{rng.randint(30, 120)} collection fee", f"£{rng.randint(10, 70)} admin charge", f"${rng.randint(25, 99)} late fee"])
    if kind == "payment_deadline":
        return ch(["Zahlungsfrist 14 Tage", "zahlbar binnen 7 Tagen", "bis Monatsende"] if de else
                  ["payment within 14 days", "due in 7 days", "by the end of the month"])
    if kind == "salary_expectation":
        return ch([f"{rng.randint(38, 95)}k brutto", f"{rng.randint(38, 95)}.000 € p.a."] if de else
                  [f"£{rng.randint(28, 75)}k", f"${rng.randint(55, 140)}k base"])
    if kind == "shipping_option":
        return ch([f"Hermes S-Paket {rng.randint(3, 6)},{rng.randint(10, 99)} €", "DHL Päckchen", "versicherter Versand", "Abholung"] if de else
                  [f"Evri small parcel £{rng.randint(2, 4)}.{rng.randint(10, 99)}", "Royal Mail 2nd class", "tracked 48", "collection only"])
    if kind == "translation_volume":
        return ch([f"{rng.randint(1, 9)}.{d(3, False)} Wörter", f"{rng.randint(2, 40)} Normseiten", f"{rng.randint(2, 12)} Seiten"] if de else
                  [f"{rng.randint(1, 9)},{d(3, False)} words", f"{rng.randint(2, 40)} pages", f"{rng.randint(2, 12)} standard pages"])
    if kind == "certified_copies":
        n = rng.randint(2, 4)
        return f"{n} beglaubigte Ausfertigungen" if de else f"{n} certified copies"
    if kind == "language_pair":
        return ch(["DE → EN", "Spanisch-Deutsch", "Polnisch > Deutsch", "EN–DE", "Italienisch ins Deutsche"] if de else
                  ["EN > DE", "Spanish to English", "Polish–English", "DE–EN", "French into English"])
    if kind == "app_subscription":
        return ch(["Premium Jahresabo", "Plus Monatsabo", "Familienabo", "Testphase 7 Tage"] if de else
                  ["Premium annual", "Plus monthly", "the family plan", "a 7-day trial"])
    if kind == "club_form":
        return ch(["Formular Sporttauglichkeit", "Aufnahmeantrag Seite 2", "Einverständnis Erziehungsberechtigte", "Passantrag beim Verband"] if de else
                  ["the fitness-to-play form", "page 2 of the membership form", "the parental consent form", "the league registration form"])
    if kind == "meal_service":
        return ch([f"Menü {rng.randint(1, 6)} täglich", "Mittagstisch Montag bis Freitag", "Tiefkühlmenüs wöchentlich", "Wochenkarte vegetarisch"] if de else
                  [f"menu {rng.randint(1, 6)} daily", "lunches Monday to Friday", "weekly frozen meals", "the vegetarian weekly menu"])
    if kind == "donation_slot":
        return ch([f"{rng.randint(15, 19)}:{ch(['00', '20', '40'])} Uhr", f"Termin {ch(['Mo', 'Di', 'Do'])} {rng.randint(15, 19)}:{ch(['00', '30'])}"] if de else
                  [f"{rng.randint(3, 7)}.{ch(['00', '20', '40'])}pm", f"slot {ch(['Mon', 'Tue', 'Thu'])} {rng.randint(3, 7)}.{ch(['00', '30'])}"])
    if kind == "blood_drive":
        return ch(["Blutspendemobil am Rathausplatz", "Gemeindehaus St. Paul", "Turnhalle der Realschule", "Blutspendezentrum am Hbf"] if de else
                  ["the mobile session at the town hall", "St Paul's church hall", "the leisure centre", "the donor centre on King Street"])
    if kind == "recall_interval":
        return ch(["Recall alle 6 Monate", "Kontrolle halbjährlich", "PZR einmal im Jahr"] if de else
                  ["a 6-month recall", "check-ups twice a year", "a hygienist visit once a year"])
    if kind == "frame_colour":
        return ch(["Havanna matt", "Schwarz glänzend", "Titan gold", "Kristall transparent", "Schildpatt"] if de else
                  ["matte havana", "gloss black", "gold titanium", "clear crystal", "tortoiseshell"])
    if kind == "hearing_aid_warranty":
        return ch(["4 Jahre Garantie", "Garantie bis Ende nächsten Jahres", "Verlustversicherung inklusive"] if de else
                  ["a 4-year warranty", "warranty until next year", "loss and damage cover included"])
    if kind == "form_generic":
        return ch(["Heilmittelverordnung Muster 13", "Formular PTV 11", "Muster 1", "Verordnungsvordruck"] if de else
                  ["the referral form", "form FP10", "the self-referral form", "the intake questionnaire"])
    if kind == "payslip_item":
        return ch(["Lohnart 1000 Grundgehalt", "Zuschlag Nacht 25 %", "VWL 40 €", "Fahrtkostenzuschuss", "Einmalzahlung"] if de else
                  ["basic pay", "night premium 25%", "pension salary sacrifice", "a travel allowance", "a one-off bonus"])
    if kind == "thin_space_amount":
        a = rng.randint(1, 9)
        return ch([f"{a}\u2009{d(3, False)},00 €", f"{a}\u202f{d(3, False)} €"] if de else [f"£{a}\u2009{d(3, False)}", f"${a}\u202f{d(3, False)}.00"])
    if kind == "corrected_time":
        h = rng.randint(9, 17)
        return ch([f"um {h} sorry {h + 1} Uhr", f"{h}:30 äh nein {h + 1}:30"] if de else [f"at {h % 12 or 12} sorry {(h + 1) % 12 or 12}pm", f"{h}:30 I mean {h + 1}:30"])
    if kind == "markdown_label":
        return ch(["**Wichtig:**", "*Update:*", "__Info__", "**Hinweis**"] if de else ["**Important:**", "*Update:*", "__Note__", "**FYI**"])
    if kind == "code_block_log":
        return ch([f"```Error {ch([500, 502, 503, 404])}```", "```TimeoutException```", f"```HTTP {ch([401, 403, 429])}```"])
    if kind == "url_with_id":
        return ch([f"https://shop.example.de/p/{d(4)}?ref=app", f"https://example.com/orders/{d(4)}-{d(3, False)}",
                   f"https://www.example.co.uk/item/{_alnum(rng, 6, A)}"])
    if kind == "emoji_reaction":
        return ch(["👍 x3", "❤️❤️", "🙏🙏🙏", "👌", "😂😂"])
    if kind == "number_words_quantity":
        return ch(["zwei, drei", "vier oder fünf", "ein paar", "zwei bis drei"] if de else ["two or three", "four or five", "a couple", "three to four"])
    if kind == "refund_ref":
        return ch([f"Erstattung RF-{d(6)}", f"Gutschrift {_alnum(rng, 2, L26)}{d(5)}"] if de else [f"refund RF-{d(6)}", f"credit note {_alnum(rng, 2, L26)}{d(5)}"])
    if kind == "placeholder_token":
        return ch(["[VORNAME]", "{{kunde.name}}", "<Kundennummer>", "%NAME%"] if de else ["[FIRST_NAME]", "{{customer.name}}", "<account number>", "%NAME%"])
    if kind == "console_model":
        return ch(["PS5 Slim", "Switch OLED", "Xbox Series S", "Steam Deck", "PS4 Pro"])
    if kind == "subtitle_setting":
        return ch(["Deutsch [CC]", "Untertitel aus", "Englisch (UT)"] if de else ["English [CC]", "subtitles off", "German (subs)"])
    if kind == "superscript_footnote":
        return ch(["¹ inkl. MwSt.", "² zzgl. Versand"] if de else ["¹ incl. VAT", "² plus postage"])
    return neg_gen_b21(kind, rng, lang)  # blind21


# ---------------------------------------------------------------------------
# blind21: new obfuscation forms
REVERSED_TYPES = ("PHONE", "IBAN", "CARD", "EMAIL", "DE_STEUER_ID", "US_SSN", "UK_NHS", "NL_BSN")
REV_NOTE = {"de": [" (rückwärts)", " ← rückwärts lesen", " (andersrum gelesen 🙃)", " – von hinten nach vorne lesen"],
            "en": [" (backwards)", " ← read it backwards", " (reversed, don't ask 🙃)", " - it's written backwards"]}
REV_NOTE_RE = re.compile(r"rückwärts|andersrum|von hinten|backwards|reversed", re.IGNORECASE)
GLUE_LABELS = {
    "IBAN": (["IBAN:", "IBAN:", "Konto:"], ["IBAN:", "IBAN:", "acct:"]),
    "BIC": (["BIC:"], ["BIC:", "SWIFT:"]),
    "CARD": (["Karte:", "KK-Nr.:", "Kartennr.:"], ["Card:", "CC:", "card#"]),
    "CARD_EXPIRY": (["gültig bis:", "Ablauf:"], ["exp:", "Exp.", "expiry:"]),
    "CVC": (["CVC:", "Prüfziffer:"], ["CVV:", "CVC:", "sec.code:"]),
    "PHONE": (["Tel.:", "Tel:", "Mobil:", "Handy:"], ["Tel:", "Mob:", "Phone:", "Cell:"]),
    "EMAIL": (["Mail:", "E-Mail:", "email:"], ["Email:", "e-mail:", "mail:"]),
    "ICD10": (["ICD:", "ICD-10:", "Diagnoseschlüssel:"], ["ICD:", "ICD-10:", "dx code:"]),
    "DE_STEUER_ID": (["Steuer-ID:", "IdNr:"], ["Steuer-ID:", "German TIN:"]),
    "DE_STEUERNUMMER": (["StNr:", "St.-Nr.:"], ["StNr:"]),
    "DE_USTID": (["USt-IdNr.:"], ["VAT:"]),
    "DE_RVNR": (["RV-Nr.:", "SV-Nr.:"], ["RV-Nr.:"]),
    "DE_KVNR": (["KVNR:", "Vers.-Nr.:"], ["KVNR:"]),
    "DE_ID_CARD": (["Ausweis-Nr.:"], ["ID:"]),
    "DE_PASSPORT": (["Pass-Nr.:"], ["passport:"]),
    "AT_SVNR": (["SVNR:"], ["SVNR:"]),
    "CH_AHV": (["AHV:"], ["AHV:"]),
    "US_SSN": (["SSN:"], ["SSN:", "SSN#"]),
    "ES_DNI": (["DNI:"], ["DNI:"]), "ES_NIE": (["NIE:"], ["NIE:"]), "FR_NIR": (["NIR:"], ["NIR:"]),
    "IT_CF": (["CF:"], ["CF:"]), "UK_NHS": (["NHS:"], ["NHS:", "NHS#"]), "UK_NINO": (["NINO:"], ["NINO:", "NI:"]),
    "NL_BSN": (["BSN:"], ["BSN:"]), "BE_NN": (["NN:"], ["NN:"]), "PL_PESEL": (["PESEL:"], ["PESEL:"]),
}
JSON_NL = ["\\n", "\\n", "\\r\\n"]
COMBINING = ["\u0332", "\u0332", "\u0305", "\u0333"]  # underline, overline, double underline
REPEAT_SEPS = ["--", "---", "..", "//", "__", " -- ", " // ", "- -"]
EN_DASHES = ["\u2013", " \u2013 ", "\u2014", "\u2011", "\u2212", " \u2212 "]
AREA_PRE = {"de": ["Vorwahl ", "Vorwahl ist die ", "die Vorwahl "], "en": ["area code ", "dialling code ", "the area code is "]}
AREA_CONN = {"de": [", dann ", " und dann ", ", danach die ", " – dann "], "en": [", then ", " and then ", ", followed by ", " - then "]}
AREA_RE = re.compile(r"(?<=\d)[\s,\u2013\-]*(?:und dann die|und dann|danach die|dann die|dann|danach|and then|followed by|then)"
                     r"[\s:]*(?=[\d+])", re.IGNORECASE)
TRUNK0 = {49, 43, 41, 44, 33, 31}
SPOKEN_SEP = {"de": {"/": [" Schrägstrich "], "-": [" Strich ", " Bindestrich "], " ": [" Leerzeichen "]},
              "en": {"/": [" slash "], "-": [" dash ", " hyphen "], " ": [" space "]}}
SPOKEN_MAP = {"schrägstrich": "/", "bindestrich": "-", "strich": "-", "leerzeichen": " ", "slash": "/", "dash": "-",
              "hyphen": "-", "space": " "}
SPOKEN_RE = re.compile(r"(?<=[0-9A-Za-z])\s+(schrägstrich|bindestrich|strich|leerzeichen|slash|dash|hyphen|space)\s+(?=[0-9A-Za-z+])",
                       re.IGNORECASE)
SPOKEN_TYPES = ("PHONE", "CARD", "DE_STEUERNUMMER", "US_SSN", "AT_SVNR", "CARD_EXPIRY", "UK_NHS")
PAIR_TYPES = ("PHONE", "CVC", "US_SSN", "UK_NHS", "DE_STEUER_ID", "NL_BSN", "AT_SVNR", "PL_PESEL")
DASH_TR = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})

# number words for two-digit groups ("zweiundvierzig", "forty-two", "siebzehn", "twelve")
DE_U = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
DE_TENS = {"zwanzig": 2, "dreißig": 3, "dreissig": 3, "vierzig": 4, "fünfzig": 5, "sechzig": 6, "siebzig": 7, "achtzig": 8,
           "neunzig": 9}
DE_TEEN = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
           "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
EN_U = {w: i for i, w in enumerate(W_EN) if i}
EN_TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
EN_TEEN = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19}
TT_ALL = dict(DE_TEEN, **EN_TEEN, **{k: v * 10 for k, v in DE_TENS.items()}, **{k: v * 10 for k, v in EN_TENS.items()})
_WB, _WE = r"(?<![A-Za-zÄÖÜäöüß])", r"(?![A-Za-zÄÖÜäöüß])"
DE_COMP_RE = re.compile(_WB + "(" + "|".join(sorted(DE_U, key=len, reverse=True)) + ")und(" + "|".join(DE_TENS) + ")" + _WE,
                        re.IGNORECASE)
EN_COMP_RE = re.compile(_WB + "(" + "|".join(EN_TENS) + r")[\s\-]+(" + "|".join(EN_U) + ")" + _WE, re.IGNORECASE)
TT_RE = re.compile(_WB + "(" + "|".join(sorted(TT_ALL, key=len, reverse=True)) + ")" + _WE, re.IGNORECASE)


def pair_words_to_digits(s):
    s = DE_COMP_RE.sub(lambda m: str(DE_TENS[m.group(2).lower()] * 10 + DE_U[m.group(1).lower()]), s)
    s = EN_COMP_RE.sub(lambda m: str(EN_TENS[m.group(1).lower()] * 10 + EN_U[m.group(2).lower()]), s)
    return TT_RE.sub(lambda m: str(TT_ALL[m.group(1).lower()]), s)


def undo_b21_early(s):
    """blind21: JSON string escapes (\\n, \\r, \\t, \\uXXXX) and combining marks (underline / overline)."""
    if "\\" in s:
        s = re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), s)
        s = re.sub(r"\\[nrt]", " ", s).replace('\\"', '"').replace("\\/", "/")
    s = unicodedata.normalize("NFC", s)
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


def undo_b21_late(s):
    """blind21: "Vorwahl 0171, dann 234…" connectors, dictated separators ("Schrägstrich", "dash"),
    typographic dashes and two-digit number words ("zweiundvierzig", "forty-two")."""
    s = AREA_RE.sub(" ", s)
    s = SPOKEN_RE.sub(lambda m: " " + SPOKEN_MAP[m.group(1).lower()] + " ", s)
    s = s.translate(DASH_TR)
    return pair_words_to_digits(s)


DE_TEENS_W = ["zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"]
DE_TENS_W = ["", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"]
EN_TEENS_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def two_digit_word(n, lang):
    if lang == "de":
        if n < 20:
            return DE_TEENS_W[n - 10]
        t, u = divmod(n, 10)
        return DE_TENS_W[t] if u == 0 else ("ein" if u == 1 else W_DE[u]) + "und" + DE_TENS_W[t]
    if n < 20:
        return EN_TEENS_W[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS_W[t] if u == 0 else EN_TENS_W[t] + "-" + W_EN[u]


def speak_pairs(rng, x, lang, single=False):
    W = W_DE if lang == "de" else W_EN
    zero = "null" if lang == "de" else rng.choice(["oh", "zero"])
    if single:
        return [zero if c == "0" else W[int(c)] for c in x]
    out, i = [], 0
    if len(x) % 2:
        out.append(zero if x[0] == "0" else W[int(x[0])])
        i = 1
    while i < len(x):
        p = x[i:i + 2]
        out += [zero, W[int(p[1])]] if p[0] == "0" else [two_digit_word(int(p), lang)]
        i += 2
    return out


KEY_NEIGH = {"a": "sq", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj", "i": "uo",
             "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o", "r": "et", "s": "ad", "t": "rz",
             "u": "zi", "v": "cb", "w": "qe", "z": "tu", "ä": "ö", "ö": "ä", "ü": "ö", "y": "tu"}


def typo_head(rng, term):
    """One typo inside the first four letters of the first word with at least five letters."""
    m = re.search(r"[A-Za-zÄÖÜäöüß]{4,}", term)
    if not m:
        return None
    a, w = m.start(), m.group()
    for _ in range(30):
        op = rng.choice(["swap", "sub", "sub", "drop", "double"])
        if op == "swap":
            i = rng.randint(1, min(2, len(w) - 2))
            w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif op == "sub":
            i = rng.randint(0, 3)
            nb = KEY_NEIGH.get(w[i].lower())
            if not nb:
                continue
            r = rng.choice(nb)
            w2 = w[:i] + (r.upper() if w[i].isupper() else r) + w[i + 1:]
        elif op == "drop":
            i = rng.randint(1, 3)
            w2 = w[:i] + w[i + 1:]
        else:
            i = rng.randint(1, 3)
            w2 = w[:i] + w[i] + w[i:]
        if w2.lower() != w.lower():
            return term[:a] + w2 + term[a + len(w):]
    return None


HASH_PHRASES = {"de": ["#LebenMit{}", "#MeinLebenMit{}", "#{}NervtMich", "#{}UndTrotzdemStark", "#{}IstKeinWitz",
                       "#KampfGegen{}"],
                "en": ["#LivingWith{}", "#MyLifeWith{}", "#{}WarriorLife", "#{}IsNoJoke", "#{}DoesntDefineMe",
                       "#BeatingMy{}"]}


def hashtag_phrase(rng, typ, term, lang):
    if typ not in ("DIAGNOSIS", "SYMPTOM") or "/" in term or re.match(r"(?i)(a|an|the|my)\s", term) or len(term) < 3:
        return None
    parts = [x for x in re.split(r"[\s\-]+", term) if x]
    body = "".join(x[:1].upper() + x[1:] for x in parts)
    body = body.replace("'", "")
    return rng.choice(HASH_PHRASES[lang]).format(body)


VOWELS = set("aeiouäöüyAEIOUÄÖÜY")
ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "cl", "cr"}
DIGRAPHS = {"ei", "ie", "au", "eu", "äu", "ai", "ee", "oo", "aa", "ou", "ea", "oa", "ue"}


def syllabify(word):
    nuc = []  # (start, end) of vowel groups
    i = 0
    while i < len(word):
        if word[i] in VOWELS:
            j = i + 1
            if j < len(word) and word[i:j + 1].lower() in DIGRAPHS:
                j += 1
            nuc.append((i, j))
            i = j
        else:
            i += 1
    if len(nuc) < 2:
        return [word]
    cuts = []
    for (s1, e1), (s2, e2) in zip(nuc, nuc[1:]):
        cl = word[e1:s2].lower()
        if not cl:
            cut = s2
        elif len(cl) == 1:
            cut = e1
        elif "sch" in cl:
            k = cl.index("sch")
            cut = e1 + k if k > 0 else (e1 + 3 if len(cl) > 3 and cl[3] not in "mlnwr" else e1)
        elif len(cl) >= 2 and cl[-2:] in ONSETS:
            cut = s2 - 2
        elif cl[-2:] in ("ch", "ck", "ph", "th", "sh"):
            cut = s2 - 2
        else:
            cut = s2 - 1
        if cut > (cuts[-1] if cuts else 0):
            cuts.append(cut)
    out, last = [], 0
    for c in cuts:
        out.append(word[last:c])
        last = c
    out.append(word[last:])
    return [x for x in out if x]


def syllable_hyphens(term):
    toks = re.split(r"(\s+|-)", term)
    out = []
    for t in toks:
        if re.fullmatch(r"[A-Za-zÄÖÜäöüß]{4,}", t):
            out.append("-".join(syllabify(t)))
        else:
            out.append(t)
    res = "".join(out)
    return res if res.count("-") >= term.count("-") + 2 else None


def phone_region_parse(base):
    """The number as the writer meant it: for a national number only a region whose national format
    has exactly the writer's digits ("(415) 555-0123" is American, not German)."""
    intl = base.startswith(("+", "00"))
    digs = re.sub(r"\D", "", base)
    for reg in PHONE_REGIONS:
        try:
            n = phonenumbers.parse(base, reg)
        except Exception:
            continue
        if not phonenumbers.is_valid_number(n):
            continue
        nat = re.sub(r"\D", "", phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL))
        if intl or nat == digs:
            return n
    return None


def phone_parts(base):
    """["+49", "171", "2345678"] or ["0171", "2345678"] (area code, then the rest)."""
    for n in filter(None, [phone_region_parse(base)]):
        nsn = phonenumbers.national_significant_number(n)
        ndc = phonenumbers.length_of_national_destination_code(n)
        if ndc <= 0 or len(nsn) - ndc < 4:
            return None
        cc = n.country_code
        if base.startswith(("+", "00")):
            return ["+" + str(cc), nsn[:ndc], nsn[ndc:]]
        return [("0" if cc in TRUNK0 else "") + nsn[:ndc], nsn[ndc:]]
    return None


def glue_label(rng, typ, lang):
    labs = GLUE_LABELS.get(typ)
    return rng.choice(labs[0 if lang == "de" else 1]) if labs else None


def obfuscate_b21(rng, typ, plain, groups, form, lang):
    """Return the shown text, a (prefix, shown, suffix) triple (prefix / suffix stay outside the span),
    or None if the form does not apply."""
    g = chunk_groups([x for x in groups if x]) if groups else [plain]
    if typ in ("DIAGNOSIS", "SYMPTOM", "MEDICATION", "TREATMENT"):
        if form == "typo_head":
            return typo_head(rng, plain)
        if form == "hashtag_phrase":
            return hashtag_phrase(rng, typ, plain, lang)
        if form == "syllable_hyphens":
            return syllable_hyphens(plain)
        return None
    if form == "glued_label":  # "IBAN:DE44…", "Tel.:+49171…" – no space between label and value
        lab = glue_label(rng, typ, lang)
        return (lab, plain, "") if lab else None
    if form == "combining":  # underline / overline marks from a "fancy text" generator or a PDF
        mark = rng.choice(COMBINING)
        return "".join(c + mark if c.isalnum() else c for c in plain)
    if form == "reversed":  # written backwards, with a note after it
        if typ not in REVERSED_TYPES:
            return None
        return ("", plain[::-1], rng.choice(REV_NOTE[lang]))
    if typ == "EMAIL":
        if form == "json_escaped":  # copied out of a JSON payload: name\u0040gmx.de
            return plain.replace("@", "\\u0040")
        if form == "char_spaced":  # every character separated by a space
            return " ".join(plain)
        return None
    if typ == "ICD10":
        return None
    if typ == "CARD_EXPIRY":
        if "/" not in plain:
            return None
        if form == "spoken_separators":
            return plain.replace("/", rng.choice(SPOKEN_SEP[lang]["/"]))
        if form == "en_dashes":
            return plain.replace("/", rng.choice(["\u2013", "\u2014", "\u2011"]))
        return None
    if typ == "CVC":
        if form == "pair_words":
            return " ".join(speak_pairs(rng, plain, lang))
        return None
    if form == "pipes":  # groups separated by "|"
        return rng.choice([" | ", "|", " | "]).join(g) if len(g) > 1 else None
    if form == "json_escaped":  # a JSON string with an escaped line break (and \u002b for "+")
        if len(g) < 2:
            return None
        k = rng.randrange(1, len(g))
        head = g[:k]
        if head[0].startswith("+") and rng.random() < 0.6:
            head = ["\\u002b" + head[0][1:]] + head[1:]
        return " ".join(head) + rng.choice(JSON_NL) + " ".join(g[k:])
    if form == "repeated_seps":  # "0171--234--5678", "DE44..5001..0517"
        if len(g) < 2:
            return None
        sep = rng.choice(REPEAT_SEPS)
        return sep.join(g)
    if form == "char_spaced":  # "d e 4 4 5 0 0 1 …" letters lower case, every character spaced
        if typ not in LETTER_TYPES:
            return None
        c = re.sub(r"[\s\-./]", "", "".join(g)).lower()
        return " ".join(c)
    if form == "area_code_then":  # "Vorwahl 0171, dann 2345678" / "area code 020, then 7946 1234"
        if typ != "PHONE":
            return None
        base = EXT_RE.sub("", plain).strip()
        for n in filter(None, [phone_region_parse(base)]):
            nsn = phonenumbers.national_significant_number(n)
            ndc = phonenumbers.length_of_national_destination_code(n)
            if ndc <= 0 or len(nsn) - ndc < 4:
                continue
            cc = n.country_code
            area, rest = nsn[:ndc], nsn[ndc:]
            intl = base.startswith(("+", "00"))
            head = f"+{cc} {area}" if intl else ("0" + area if cc in TRUNK0 else area)
            rest_f = rng.choice([rest, " ".join(_grp(rest, [3, 4])), " ".join(_grp(rest, [3, 2, 2, 2]))])
            return (rng.choice(AREA_PRE[lang]), head + rng.choice(AREA_CONN[lang]) + rest_f, "")
        return None
    if form == "pair_words":  # digits read out in pairs: "null eins sieben eins, dreiundzwanzig fünfundvierzig …"
        if typ not in PAIR_TYPES:
            return None
        gg = [x for x in re.split(r"[\s\-/.()]+", EXT_RE.sub("", plain)) if x]
        if not gg or not all(re.fullmatch(r"\+?\d+", x) for x in gg):
            return None
        if typ == "PHONE":
            gg = phone_parts(EXT_RE.sub("", plain).strip())
            if not gg:
                return None
        out = []
        for i, x in enumerate(gg):
            if x.startswith("+"):
                cc = x[1:]
                words = ["plus"] + (speak_pairs(rng, cc, lang) if len(cc) == 2 else speak_pairs(rng, cc, lang, single=True))
            else:
                words = speak_pairs(rng, x, lang, single=(typ == "PHONE" and i == len(gg) - 2))
            out.append(" ".join(words))
        return ", ".join(out)
    if form == "en_dashes":  # typographic dashes from autocorrect: "0171–2345678", "123 − 45 − 6789"
        if len(g) < 2:
            return None
        return rng.choice(EN_DASHES).join(g)
    if form == "spoken_separators":  # dictated punctuation: "0171 Schrägstrich 2345678", "123 dash 45 dash 6789"
        if typ not in SPOKEN_TYPES or len(g) < 2:
            return None
        key = "/" if "/" in plain else ("-" if "-" in plain else rng.choice(["/", "-", " "]))
        return rng.choice(SPOKEN_SEP[lang][key]).join(g)
    return None


# ---------------------------------------------------------------------------
# blind21: new negative kinds
NEW_KINDS_B21 = ["blister_count", "pharmacy_delivery_slot", "temp_logger", "bot_triage_level", "bot_question_counter",
                 "consent_version", "sim_format", "data_throttle", "handset_installment", "contract_end",
                 "accident_party_label", "repair_estimate", "towing_distance", "sf_downgrade", "pet_breed_age",
                 "vet_bill_total", "deposit_interest", "handover_defect", "keys_returned", "class_capacity",
                 "gym_fee_item", "care_service_module", "semester_fee", "degree_programme", "locker_door",
                 "delivery_attempt", "merchant_location", "atm_location", "block_height", "confirmations", "gas_fee",
                 "trading_pair", "tax_deduction_item", "depreciation_period", "funeral_flowers", "obituary_format",
                 "app_streak", "exercise_length", "backwards_word", "pipe_table_row", "glued_label_ref", "json_snippet",
                 "combining_text", "ascii_divider", "spaced_word", "dialling_code", "hashtag_nonhealth", "syllable_word",
                 "amount_in_words", "page_range", "dictation_artifact"]


def neg_gen_b21(kind, rng, lang):
    """Kinds added for blind set 21 (online pharmacies and e-prescriptions, telehealth chatbots, mobile
    contracts and SIM swaps, car insurance claims, pet insurance, tenancy deposits, gyms, home care,
    student loans and universities, couriers and parcel lockers, bank fraud desks, crypto exchanges, tax
    advisers, funeral homes, mental-health apps, addiction services, rehab) plus look-alikes of the new
    blind21 forms (pipe tables, glued labels, JSON snippets, combining marks, spaced words, dialling codes,
    hashtags, syllable hyphens, number words, page ranges, dictated punctuation)."""
    d = lambda n, nz=True: _d(rng, n, nz)  # noqa: E731
    de = lang == "de"
    ch = rng.choice
    # online pharmacies / e-prescriptions
    if kind == "blister_count":
        return ch([f"{ch([2, 3, 5])} Blister à {ch([7, 10, 14])} Stück", f"{ch([1, 2])} Blisterstreifen", "eine angebrochene Packung"] if de else
                  [f"{ch([2, 3, 4])} blister strips of {ch([7, 14])}", "one strip left", "a half-used box"])
    if kind == "pharmacy_delivery_slot":
        return ch([f"heute {rng.randint(14, 18)}–{rng.randint(19, 21)} Uhr per Botendienst", "am nächsten Werktag", "Same-Day bis 20 Uhr"] if de else
                  [f"same day {rng.randint(2, 5)}-{rng.randint(6, 9)}pm", "next working day", "tomorrow morning by courier"])
    if kind == "temp_logger":
        return ch([f"Temperaturlogger {rng.randint(2, 7)},{rng.randint(0, 9)} °C", f"Kühlkette {rng.randint(9, 19)} °C"] if de else
                  [f"temp logger showed {rng.randint(2, 7)}.{rng.randint(0, 9)}°C", f"logger reading {rng.randint(9, 19)}°C"])
    # telehealth chatbots
    if kind == "bot_triage_level":
        return ch(["Dringlichkeit: mittel", "Ersteinschätzung: grün", "Priorität 3", "Einstufung „nicht dringend“"] if de else
                  ["urgency: medium", "triage level: green", "priority 3", "'non-urgent'"])
    if kind == "bot_question_counter":
        n = rng.randint(8, 20)
        return f"Frage {rng.randint(1, n)} von {n}" if de else f"question {rng.randint(1, n)} of {n}"
    if kind == "consent_version":
        return ch([f"Einwilligung v{rng.randint(1, 4)}.{rng.randint(0, 9)}", f"Datenschutzhinweise Stand {rng.randint(1, 12):02d}/2025",
                   "AGB Version 7"] if de else
                  [f"consent form v{rng.randint(1, 4)}.{rng.randint(0, 9)}", f"the privacy notice (updated {ch(MONTHS_FULL['en'])} 2025)", "terms v7"])
    # mobile contracts / SIM
    if kind == "sim_format":
        return ch(["eSIM", "Triple-SIM", "Nano-SIM", "Multi-SIM", "Ersatz-SIM"] if de else
                  ["eSIM", "triple-cut SIM", "nano SIM", "data-only SIM", "replacement SIM"])
    if kind == "data_throttle":
        return ch([f"gedrosselt auf {ch([32, 64, 128])} kbit/s", f"nur noch {ch([64, 128])} kbit/s"] if de else
                  [f"throttled to {ch([128, 256])} kbps", f"capped at {ch([1, 3])} Mbps"])
    if kind == "handset_installment":
        return ch([f"Geräterate {rng.randint(5, 45)},99 €", f"Ratenzahlung {rng.randint(5, 45)} € im Monat"] if de else
                  [f"£{rng.randint(5, 45)}.99 a month for the handset", f"${rng.randint(5, 45)}/mo device payment"])
    if kind == "contract_end":
        return ch([f"Vertragsende {rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.", "Mindestlaufzeit endet im Herbst", f"Vertragsende im {ch(MONTHS_FULL['de'])}"] if de else
                  [f"contract ends {rng.randint(1, 28)} {ch(MONTHS_FULL['en'])[:3]}", "minimum term ends in the autumn", f"ends in {ch(MONTHS_FULL['en'])}"])
    # car insurance claims
    if kind == "accident_party_label":
        return ch(["Fahrzeug A", "Fahrzeug B", "Beteiligter 2", "Unfallgegner"] if de else ["vehicle A", "vehicle B", "driver 2", "the third party"])
    if kind == "repair_estimate":
        return ch([f"Reparaturkosten laut KVA {rng.randint(1, 9)}.{d(3, False)} €", f"Gutachten: {rng.randint(1, 9)}.{d(3, False)} € netto"] if de else
                  [f"repair estimate £{rng.randint(1, 9)},{d(3, False)}", f"the garage quoted ${rng.randint(1, 9)},{d(3, False)}"])
    if kind == "towing_distance":
        return ch([f"{rng.randint(3, 60)} km Abschleppen", f"Abschleppen über {rng.randint(3, 60)} km"] if de else
                  [f"{rng.randint(3, 40)} miles of towing", f"a {rng.randint(3, 40)}-mile tow"])
    if kind == "sf_downgrade":
        a = rng.randint(8, 25)
        return ch([f"Rückstufung von SF {a} auf SF {a - rng.randint(3, 5)}", "SF-Rückstufung"] if de else
                  [f"NCD dropping from {rng.randint(5, 9)} to {rng.randint(1, 4)} years", "losing my no-claims"])
    # pet insurance
    if kind == "pet_breed_age":
        return ch([f"Labrador-Mix, {rng.randint(1, 14)} Jahre", f"Europäisch Kurzhaar, {rng.randint(1, 18)} J.", f"Dackel, {rng.randint(1, 14)} Jahre",
                   f"Maine Coon, {rng.randint(1, 14)} Jahre alt"] if de else
                  [f"{rng.randint(1, 14)}-year-old cockapoo", f"{rng.randint(1, 18)}-year-old tabby", f"springer spaniel, {rng.randint(1, 14)}",
                   f"{rng.randint(1, 14)}yo French bulldog"])
    if kind == "vet_bill_total":
        return ch([f"{rng.randint(80, 2900)},{d(2, False)} €", f"{rng.randint(80, 2900)} Euro"] if de else [f"£{rng.randint(80, 2900)}", f"${rng.randint(80, 2900)}.{d(2, False)}"])
    # tenancy deposits
    if kind == "deposit_interest":
        return ch(["Kautionszinsen", f"{rng.randint(1, 40)},{d(2, False)} € Zinsen", "Zinsen vom Kautionssparbuch"] if de else
                  ["the interest", f"£{rng.randint(1, 40)}.{d(2, False)} interest", "interest from the protected account"])
    if kind == "handover_defect":
        return ch(["Bohrlöcher im Bad", "Kratzer im Parkett", "Flecken auf dem Teppich", "vergilbte Wände", "Brandflecken auf der Arbeitsplatte"] if de else
                  ["holes in the bathroom tiles", "scratches on the floorboards", "stains on the carpet", "scuffed walls", "burn marks on the worktop"])
    if kind == "keys_returned":
        return ch([f"{rng.randint(2, 4)} Wohnungsschlüssel und 1 Briefkastenschlüssel", f"{rng.randint(2, 4)} Schlüssel plus {rng.randint(1, 2)} Transponder"] if de else
                  [f"{rng.randint(2, 4)} front door keys and a fob", f"{rng.randint(2, 4)} sets of keys"])
    # gyms
    if kind == "class_capacity":
        n = ch([12, 15, 20, 25, 30])
        return ch([f"voll ({n}/{n})", f"ausgebucht, Warteliste Platz {rng.randint(1, 9)}"] if de else [f"full ({n}/{n})", f"fully booked, waitlist spot {rng.randint(1, 9)}"])
    if kind == "gym_fee_item":
        return ch([f"Servicepauschale {rng.randint(9, 39)},90 €", f"Startpaket {rng.randint(19, 59)} €", f"Getränke-Flat {rng.randint(3, 9)},90 €"] if de else
                  [f"£{rng.randint(9, 39)} joining fee", f"${rng.randint(29, 59)} annual fee", f"£{rng.randint(3, 9)} towel service"])
    # home care (household services, not care needs)
    if kind == "care_service_module":
        return ch(["Leistungskomplex Einkaufen", "Reinigung der Wohnung", "Wegepauschale", "Wäsche waschen", "Begleitung zum Einkauf"] if de else
                  ["the shopping call", "a cleaning visit", "the travel charge", "laundry", "companionship visits"])
    # universities / student loans
    if kind == "semester_fee":
        return ch([f"{rng.randint(250, 390)},{ch(['00', '50'])} € Semesterbeitrag", f"Studiengebühr {rng.randint(700, 1500)} €"] if de else
                  ["£9,535 tuition", f"${rng.randint(10, 45)},{d(3, False)} tuition"])
    if kind == "degree_programme":
        return ch(["B.Sc. Informatik", "M.A. Soziologie", "Lehramt Gymnasium", "B.A. BWL", "Jura Staatsexamen", "M.Sc. Data Science"] if de else
                  ["BSc Computer Science", "MA History", "PGCE", "BA Economics", "LLB Law", "MSc Data Science"])
    # couriers / parcel lockers
    if kind == "locker_door":
        return ch([f"Fach {rng.randint(1, 99)}", f"Klappe {rng.randint(1, 99)}"] if de else [f"door {rng.randint(1, 99)}", f"compartment {rng.randint(1, 99)}"])
    if kind == "delivery_attempt":
        return ch([f"{rng.randint(1, 3)}. Zustellversuch", "Zustellversuch gestern", "Zustellversuch am Montag"] if de else
                  [f"attempt no. {rng.randint(1, 3)}", "failed attempt yesterday", "attempted delivery on Monday"])
    # bank fraud desks
    if kind == "merchant_location":
        return ch(["LONDON GB", "AMSTERDAM NL", "VILNIUS LT", "DUBLIN IE", "SAN FRANCISCO US", "LUXEMBOURG LU"])
    if kind == "atm_location":
        return ch(["am Hauptbahnhof Ost", "in der Filiale Marktplatz", "im Einkaufszentrum"] if de else ["the station", "Tesco Extra", "the shopping centre"])
    # crypto exchanges
    if kind == "block_height":
        return f"Block {rng.randint(800, 899)}.{d(3, False)}" if de else f"block {rng.randint(800, 899)},{d(3, False)}"
    if kind == "confirmations":
        n = ch([6, 12, 20, 30])
        return f"{rng.randint(0, n - 1)}/{n} Bestätigungen" if de else f"{rng.randint(0, n - 1)}/{n} confirmations"
    if kind == "gas_fee":
        return ch([f"Gas {rng.randint(1, 9)},{d(2, False)} Gwei", f"Netzwerkgebühr 0,00{rng.randint(1, 9)} ETH"] if de else
                  [f"gas {rng.randint(1, 9)}.{d(2, False)} gwei", f"network fee 0.00{rng.randint(1, 9)} ETH"])
    if kind == "trading_pair":
        return ch(["BTC/EUR", "ETH/EUR", "SOL/USDT", "BTC/USDC", "XRP/EUR", "ETH/BTC"])
    # tax advisers
    if kind == "tax_deduction_item":
        return ch(["Handwerkerleistungen nach § 35a", "Arbeitsmittel", "haushaltsnahe Dienstleistungen", "Spenden und Mitgliedsbeiträge"] if de else
                  ["allowable expenses", "the trading allowance", "Gift Aid donations", "the mileage claim"])
    if kind == "depreciation_period":
        return ch([f"AfA über {ch([3, 5, 8, 13])} Jahre", "GWG-Sofortabschreibung", "lineare AfA"] if de else
                  [f"depreciation over {ch([3, 5, 8])} years", "the annual investment allowance", "straight-line depreciation"])
    # funeral homes
    if kind == "funeral_flowers":
        return ch(["Sargschmuck aus weißen Lilien", "Trauerkranz mit Schleife", "Urnenschmuck in Rosé", "ein Gesteck aus Rosen"] if de else
                  ["a white lily casket spray", "a wreath with a ribbon", "a sheaf of roses", "a floral tribute spelling MUM"])
    if kind == "obituary_format":
        return ch([f"{ch([2, 3])}-spaltig, {rng.randint(60, 140)} mm", "als Online-Gedenkseite", "in der Samstagsausgabe"] if de else
                  [f"{ch([2, 3])}-column, {rng.randint(6, 14)} cm", "online tribute page", "in Saturday's edition"])
    # mental-health apps (meditation / streak data, no health details)
    if kind == "app_streak":
        return ch([f"{rng.randint(2, 180)}-Tage-Serie", f"Serie von {rng.randint(2, 60)} Tagen", f"Level {rng.randint(2, 30)}"] if de else
                  [f"{rng.randint(2, 180)}-day streak", f"streak of {rng.randint(2, 60)} days", f"level {rng.randint(2, 30)}"])
    if kind == "exercise_length":
        return ch([f"eine {ch([3, 5, 10, 15, 20])}-Minuten-Meditation", f"Übung {rng.randint(1, 12)} ({ch([5, 10])} Min.)", f"Modul {rng.randint(1, 8)} von 8"] if de else
                  [f"a {ch([3, 5, 10, 15, 20])}-minute meditation", f"exercise {rng.randint(1, 12)} ({ch([5, 10])} min)", f"module {rng.randint(1, 8)} of 8"])
    # look-alikes of the new forms
    if kind == "backwards_word":
        return ch(["ollaH", "eknaD", "gatnoM", "reppiZ"] if de else ["olleh", "sknaht", "yadnoM", "reppiz"])
    if kind == "pipe_table_row":
        return ch(["| Größe | Farbe | Menge |", f"M | blau | {rng.randint(1, 5)} Stk", "Artikel | Preis | Status",
                   f"{rng.randint(1, 9)} | offen | {ch(['Mo', 'Di', 'Mi'])}"] if de else
                  ["| size | colour | qty |", f"M | navy | {rng.randint(1, 5)} pcs", "item | price | status",
                   f"{rng.randint(1, 9)} | open | {ch(['Mon', 'Tue', 'Wed'])}"])
    if kind == "glued_label_ref":
        return ch([f"Auftrag:WO-{d(4)}", f"Ref:{_alnum(rng, 2, L26)}-{d(4)}", f"Tarif:{ch(['S', 'M', 'L', 'XL'])}",
                   f"Status:{ch(['offen', 'versendet', 'storniert'])}"] if de else
                  [f"Order:WO-{d(4)}", f"Ref:{_alnum(rng, 2, L26)}-{d(4)}", f"Plan:{ch(['S', 'M', 'L', 'XL'])}",
                   f"Status:{ch(['open', 'shipped', 'cancelled'])}"])
    if kind == "json_snippet":
        return ch(['{"status": "versendet",\\n"eta": "2-3 Tage"}', '{"error": "timeout",\\n"retry": true}', '{"plan": "M", "addon": null}'] if de else
                  ['{"status": "shipped",\\n"eta": "2-3 days"}', '{"error": "timeout",\\n"retry": true}', '{"plan": "M", "addon": null}'])
    if kind == "combining_text":
        w = ch(["NEU", "wichtig", "heute", "SALE"] if de else ["NEW", "important", "today", "SALE"])
        mark = ch(["\u0332", "\u0336"])
        return "".join(c + mark for c in w)
    if kind == "ascii_divider":
        return ch(["-----", "=====", "*****", "~~~~~", "_____"])
    if kind == "spaced_word":
        w = ch(["dringend", "bitte", "danke", "sofort"] if de else ["urgent", "please", "thanks", "asap"])
        return " ".join(w.upper() if rng.random() < 0.5 else w)
    if kind == "dialling_code":
        return ch(["Vorwahl 030", "Vorwahl 089", "+49", "0043", "Landesvorwahl +41", "Vorwahl 0221"] if de else
                  ["area code 020", "the 0161 code", "+44", "001", "country code +1", "area code 212"])
    if kind == "hashtag_nonhealth":
        return ch(["#WochenendeEndlichDa", "#MontagIstDoof", "#GymLifeNeverStops", "#UmzugsChaosTagDrei", "#KaffeeZuerstDannReden"] if de else
                  ["#MondayMotivationMode", "#NewGymWhoDis", "#MovingDayChaos", "#NeverTrustTheCourier", "#FridayFeelingAgain"])
    if kind == "syllable_word":
        return ch(["Ka-ta-stro-phe", "un-glaub-lich", "ab-so-lut", "Frech-heit"] if de else ["ri-dic-u-lous", "un-be-liev-a-ble", "ab-so-lute-ly", "ter-ri-ble"])
    if kind == "amount_in_words":
        return ch(["fünfundzwanzig Euro", "dreißig Euro", "zweiundvierzig Euro fuffzig", "hundert Euro"] if de else
                  ["twenty-five quid", "forty pounds", "ninety-nine dollars", "a hundred bucks"])
    if kind == "page_range":
        a = rng.randint(2, 40)
        return ch([f"S. {a}–{a + rng.randint(1, 6)}", f"Seiten {a}–{a + rng.randint(1, 6)}"] if de else
                  [f"pp. {a}–{a + rng.randint(1, 6)}", f"pages {a}–{a + rng.randint(1, 6)}"])
    if kind == "dictation_artifact":
        return ch(["Punkt", "neue Zeile", "Komma", "Ausrufezeichen", "Fragezeichen", "Absatz"] if de else
                  ["full stop", "new line", "comma", "question mark", "exclamation mark", "period"])
    raise KeyError(kind)




def neg_amount_sub(rng, sub):
    """Amount in the currency of the message's locale (blind13: de_CH -> CHF, en_US -> $ ...)."""
    a = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 25000)])
    c = rng.randint(0, 99)
    if sub == "de_CH":
        return rng.choice([f"CHF {a}.{c:02d}", f"Fr. {a}.–", f"{a}.{c:02d} Franken", f"CHF {a}.-",
                           f"{a} Stutz"])
    if sub in ("de_DE", "de_AT"):
        s = f"{a:,}".replace(",", ".") + f",{c:02d}"
        return rng.choice([f"{s} €", f"{s}€", f"€ {s}", f"{s} EUR", f"EUR {s}", f"{a},- €",
                           f"{s} Euro", f"{a} Euro", f"{a}€"])
    s = f"{a:,}.{c:02d}"
    if sub == "en_US":
        return rng.choice([f"${s}", f"${a}", f"USD {s}", f"{a} bucks", f"${a}.00"])
    return rng.choice([f"£{s}", f"£{a}", f"{a} quid", f"GBP {s}", f"£{a}.00", f"€{s}"])


def make_negative_amount(rng, sub):
    for _ in range(3000):
        s = neg_amount_sub(rng, sub)
        if negative_problem("amount", s) is None:
            return s
    raise RuntimeError("negative amount")


NO_LOCAL_CURRENCY = {"foreign_amount", "crypto_amount", "compensation_amount", "amount"}


def localise_currency(s, sub):
    """blind16: money in other negatives follows the message's locale too (CHF for Swiss
    messages, $ for US and £ for UK messages)."""
    if sub == "de_CH" and "€" in s:
        s = re.sub(r"(\d)\s*€", r"\1 CHF", s).replace("€", "CHF")
    elif sub == "en_US":
        s = s.replace("£", "$")
    elif sub == "en_GB":
        s = s.replace("$", "£")
    return s


def make_negative_local(kind, rng, lang, sub):
    for _ in range(3000):
        s = neg_gen(kind, rng, lang)
        if kind not in NO_LOCAL_CURRENCY:
            s = localise_currency(s, sub)
        if negative_problem(kind, s) is None:
            return s
    raise RuntimeError("negative " + kind)


def make_negative(kind, rng, lang):
    for _ in range(3000):
        s = neg_gen(kind, rng, lang)
        if negative_problem(kind, s) is None:
            return s
    raise RuntimeError("negative " + kind)


# ---------------------------------------------------------------------------
# value slots
ID_LABELS = {
    "DE_STEUER_ID": (["Steuer-ID", "Steuer-IdNr.", "steuerliche Identifikationsnummer", "Steuer ID",
                      "Steuerid"], ["German tax ID", "Steuer-ID", "tax ID (Steuer-ID)"]),
    "DE_STEUERNUMMER": (["Steuernummer", "St.-Nr.", "StNr"], ["Steuernummer", "German tax number"]),
    "DE_USTID": (["USt-IdNr.", "Umsatzsteuer-ID", "UStID"], ["VAT ID", "VAT number", "VAT no."]),
    "DE_RVNR": (["Rentenversicherungsnummer", "RV-Nummer", "Sozialversicherungsnummer", "SV-Nummer"],
                ["German social security number", "pension insurance number (RV-Nummer)"]),
    "DE_KVNR": (["Krankenversichertennummer", "Versichertennummer", "KV-Nummer"],
                ["health insurance number", "Versichertennummer"]),
    "DE_ID_CARD": (["Personalausweisnummer", "Ausweisnummer", "Perso-Nr.", "Ausweis-Nr."],
                   ["ID card number", "German ID card no."]),
    "DE_PASSPORT": (["Reisepassnummer", "Passnummer", "Pass-Nr."], ["passport number", "passport no."]),
    "AT_SVNR": (["Sozialversicherungsnummer", "SV-Nummer", "SVNR", "e-card Nummer"],
                ["Austrian social security number", "SVNR"]),
    "CH_AHV": (["AHV-Nummer", "AHV-Nr.", "AHV"], ["AHV number", "Swiss social security number"]),
    "US_SSN": (["Social Security Number", "SSN"], ["SSN", "social security number", "Social Security #"]),
    "ES_DNI": (["DNI"], ["DNI", "DNI number"]),
    "ES_NIE": (["NIE"], ["NIE", "NIE number"]),
    "FR_NIR": (["französische Sozialversicherungsnummer", "NIR"], ["numéro de sécu", "NIR",
                                                                   "French social security number"]),
    "IT_CF": (["Codice Fiscale"], ["codice fiscale", "Italian tax code (codice fiscale)"]),
    "UK_NHS": (["NHS-Nummer"], ["NHS number", "NHS no."]),
    "UK_NINO": (["National Insurance Number"], ["NI number", "National Insurance number", "NINO"]),
    "NL_BSN": (["BSN"], ["BSN", "burgerservicenummer"]),
    "BE_NN": (["Rijksregisternummer"], ["rijksregisternummer", "national number"]),
    "PL_PESEL": (["PESEL"], ["PESEL", "PESEL number"]),
}
IDL_DE = [("DE_STEUER_ID", 14), ("DE_STEUERNUMMER", 10), ("DE_USTID", 7), ("DE_RVNR", 12),
          ("DE_KVNR", 12), ("DE_ID_CARD", 9), ("DE_PASSPORT", 7), ("AT_SVNR", 9), ("CH_AHV", 9),
          ("PL_PESEL", 3), ("IT_CF", 2), ("ES_NIE", 2)]
IDL_EN = [("US_SSN", 12), ("UK_NHS", 11), ("UK_NINO", 12), ("ES_DNI", 6), ("ES_NIE", 6),
          ("FR_NIR", 7), ("IT_CF", 7), ("NL_BSN", 7), ("BE_NN", 6), ("PL_PESEL", 7),
          ("DE_STEUER_ID", 3), ("DE_PASSPORT", 2), ("CH_AHV", 2), ("DE_RVNR", 2)]

SIMPLE_ID_SLOTS = {"steuer_id": "DE_STEUER_ID", "steuernummer": "DE_STEUERNUMMER",
                   "ustid": "DE_USTID", "rvnr": "DE_RVNR", "kvnr": "DE_KVNR",
                   "ausweis": "DE_ID_CARD", "reisepass": "DE_PASSPORT", "at_svnr": "AT_SVNR",
                   "ahv": "CH_AHV", "ssn": "US_SSN", "dni": "ES_DNI", "nie": "ES_NIE",
                   "nir": "FR_NIR", "cf": "IT_CF", "nhs": "UK_NHS", "nino": "UK_NINO",
                   "bsn": "NL_BSN", "nn": "BE_NN", "pesel": "PL_PESEL"}


class Ctx:
    def __init__(self, rng, lang, fakers):
        self.rng, self.lang, self.fk = rng, lang, fakers
        self.sub = "de_DE"

    def faker(self):
        return self.fk[self.sub]


def gen_id(rng, typ, fk):
    return {
        "DE_STEUER_ID": lambda: gen_steuer_id(rng), "DE_STEUERNUMMER": lambda: gen_stnr(rng),
        "DE_USTID": lambda: gen_ustid(rng), "DE_RVNR": lambda: gen_rvnr(rng, fk),
        "DE_KVNR": lambda: gen_kvnr(rng), "DE_ID_CARD": lambda: gen_de_doc(rng, False),
        "DE_PASSPORT": lambda: gen_de_doc(rng, True), "AT_SVNR": lambda: gen_at_svnr(rng),
        "CH_AHV": lambda: gen_ahv(rng), "US_SSN": lambda: gen_ssn(rng),
        "ES_DNI": lambda: gen_dni(rng), "ES_NIE": lambda: gen_nie(rng),
        "FR_NIR": lambda: gen_nir(rng), "IT_CF": lambda: gen_cf(rng), "UK_NHS": lambda: gen_nhs(rng),
        "UK_NINO": lambda: gen_nino(rng), "NL_BSN": lambda: gen_bsn(rng), "BE_NN": lambda: gen_nn(rng),
        "PL_PESEL": lambda: gen_pesel(rng),
    }[typ]()


def health_pick(rng, typ, lang):
    src = {"DIAGNOSIS": (terms.DIAGNOSIS_DE, terms.DIAGNOSIS_EN),
           "SYMPTOM": (terms.SYMPTOM_DE, terms.SYMPTOM_EN),
           "MEDICATION": (terms.MEDICATION_DE, terms.MEDICATION_EN),
           "TREATMENT": (terms.TREATMENT_DE, terms.TREATMENT_EN)}[typ]
    lst = src[0] if lang == "de" else src[1]
    lst = [t for t in lst if t not in terms.NO_RANDOM]  # blind20
    return rng.choice(lst)


HEALTH_SLOTS = {"diag": "DIAGNOSIS", "symptom": "SYMPTOM", "med": "MEDICATION",
                "treat": "TREATMENT", "injury": "DIAGNOSIS"}
PHONE_W_DE = [("DE", 66), ("AT", 17), ("CH", 15), ("GB", 1), ("FR", 1)]
PHONE_W_EN = [("GB", 40), ("US", 34), ("FR", 5), ("IT", 5), ("ES", 5), ("NL", 6), ("PL", 5)]
PHONE_W_SUB = {"de_CH": [("CH", 82), ("DE", 12), ("AT", 6)], "de_AT": [("AT", 82), ("DE", 13), ("CH", 5)],
               "en_US": [("US", 86), ("GB", 4), ("FR", 2), ("IT", 2), ("ES", 2), ("NL", 2), ("PL", 2)],
               "en_GB": [("GB", 66), ("US", 8), ("FR", 5), ("IT", 5), ("ES", 5), ("NL", 6), ("PL", 5)]}
IBAN_W_SUB = {"de_CH": [("CH", 85), ("DE", 10), ("LU", 5)], "de_AT": [("AT", 85), ("DE", 15)]}


def value_slot(ctx, slot):
    """Return (typ, plain, groups) or None if slot is not a value slot."""
    rng, lang = ctx.rng, ctx.lang
    if slot == "iban" or slot.startswith("iban_"):
        cc = slot[5:].upper() if slot.startswith("iban_") else \
            wchoice(rng, IBAN_W_SUB.get(ctx.sub) or (IBAN_W_DE if lang == "de" else IBAN_W_EN))
        p, g = gen_iban(rng, cc)
        return "IBAN", p, g
    if slot == "bic":
        p, g = gen_bic(rng, lang)
        return "BIC", p, g
    if slot in ("card", "card_visa", "card_mc", "card_amex", "card_discover", "card_jcb"):
        p, g = gen_card(rng, {"card": None, "card_visa": "visa", "card_mc": "mc",
                              "card_amex": "amex", "card_discover": "discover", "card_jcb": "jcb"}[slot])
        return "CARD", p, g
    if slot == "exp":
        p, g = gen_expiry(rng, lang)
        return "CARD_EXPIRY", p, g
    if slot == "cvc":
        p, g = gen_cvc(rng)
        return "CVC", p, g
    if slot in ("phone", "mobile", "landline") or slot.startswith("phone_"):
        region = slot[6:].upper() if slot.startswith("phone_") else \
            wchoice(rng, PHONE_W_SUB.get(ctx.sub) or (PHONE_W_DE if lang == "de" else PHONE_W_EN))
        kind = {"mobile": "m", "landline": "f"}.get(slot)
        p, g = gen_phone(rng, region, kind)
        return "PHONE", p, g
    if slot == "email":
        p, g = gen_email(rng, lang, ctx.faker())
        return "EMAIL", p, g
    if slot in SIMPLE_ID_SLOTS:
        typ = SIMPLE_ID_SLOTS[slot]
        p, g = gen_id(rng, typ, ctx.faker())
        return typ, p, g
    if slot == "injury":
        return "DIAGNOSIS", rng.choice(terms.INJURY_DE if lang == "de" else terms.INJURY_EN), None
    if slot in HEALTH_SLOTS:
        typ = HEALTH_SLOTS[slot]
        return typ, health_pick(rng, typ, lang), None
    if slot in ("diag_en", "symptom_en", "med_en", "treat_en", "diag_de", "symptom_de", "med_de",
                "treat_de"):
        typ = HEALTH_SLOTS[slot[:-3]]
        return typ, health_pick(rng, typ, slot[-2:]), None
    if slot == "icd":
        return "ICD10", rng.choice(ICD_CODES), None
    return None


FILLERS = {"name", "first", "last", "city", "street", "company", "firstname_f", "weekday",
           "month", "shop", "bank", "insurer", "telco", "airline", "doctor", "landlord", "agent",
           "idl", "idname", "pet", "employer"}
WEEKDAYS = {"de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
            "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]}
MONTHS_FULL = {"de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                      "September", "Oktober", "November", "Dezember"],
               "en": ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]}
SHOPS = {"de": ["Zalando", "Otto", "MediaMarkt", "Lidl Online", "Tchibo", "Galaxus", "About You",
                "Thalia", "dm", "Douglas", "Bonprix", "Cyberport", "Notebooksbilliger", "Digitec"],
         "en": ["Amazon", "ASOS", "Argos", "Currys", "John Lewis", "eBay", "Etsy", "Boots",
                "Very", "Best Buy", "Walmart", "Target", "Zalando", "Next"]}
BANKS = {"de": ["Sparkasse", "Volksbank", "ING", "DKB", "Commerzbank", "N26", "Raiffeisen",
                "Erste Bank", "PostFinance", "UBS", "comdirect", "Postbank"],
         "en": ["Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Revolut", "Santander",
                "Chase", "Bank of America", "AIB", "Starling", "Nationwide"]}
INSURERS = {"de": ["HUK-Coburg", "Allianz", "AOK", "TK", "Barmer", "DAK", "ERGO", "Generali",
                   "CSS", "Helsana", "ÖGK", "Wiener Städtische"],
            "en": ["Aviva", "Direct Line", "AXA", "Bupa", "Admiral", "Vitality", "Aetna",
                   "Geico", "Zurich", "Allianz"]}
TELCOS = {"de": ["Telekom", "Vodafone", "O2", "1&1", "congstar", "Swisscom", "Sunrise", "A1",
                 "Magenta", "Drei", "Salt"],
          "en": ["EE", "Vodafone", "O2", "Three", "BT", "Sky", "Virgin Media", "Verizon",
                 "AT&T", "T-Mobile"]}
AIRLINES = ["Lufthansa", "Eurowings", "Ryanair", "easyJet", "Swiss", "Austrian", "Condor",
            "British Airways", "KLM", "Air France", "Wizz Air", "Aer Lingus"]


def filler(ctx, slot):
    rng, lang, fk = ctx.rng, ctx.lang, ctx.faker()
    if slot == "name":
        return f"{fk.first_name()} {fk.last_name()}"
    if slot == "first":
        return fk.first_name()
    if slot == "firstname_f":
        return fk.first_name_female()
    if slot == "last":
        return fk.last_name()
    if slot == "city":
        return fk.city()
    if slot == "street":
        return fk.street_name()
    if slot == "company":
        return re.sub(r"\d", "", fk.company()).strip()
    if slot == "weekday":
        return rng.choice(WEEKDAYS[lang])
    if slot == "month":
        return rng.choice(MONTHS_FULL[lang])
    if slot == "shop":
        return rng.choice(SHOPS[lang])
    if slot == "bank":
        return rng.choice(BANKS[lang])
    if slot == "insurer":
        return rng.choice(INSURERS[lang])
    if slot == "telco":
        return rng.choice(TELCOS[lang])
    if slot == "airline":
        return rng.choice(AIRLINES)
    if slot == "doctor":
        return ("Dr. " if rng.random() < 0.7 else "Frau Dr. " if lang == "de" else "Dr ") + fk.last_name()
    if slot == "landlord":
        return fk.last_name()
    if slot == "agent":
        return fk.first_name()
    if slot == "pet":
        return rng.choice(PETS)
    if slot in EXTRA_FILL:
        return rng.choice(EXTRA_FILL[slot][lang])
    if slot == "employer":
        return re.sub(r"\d", "", fk.company()).strip()
    # blind21: licence plates, birth dates and ages are personal data, so they stay in the text
    # unlabelled (neither value nor hard negative)
    if slot == "plate_u":
        p = plate(rng)
        while re.search(r"\d{5,}", p):  # no unlabelled 5+ digit runs (Swiss plates)
            p = plate(rng)
        return p
    if slot == "dob_u":
        return neg_gen_extra("birth_date", rng, lang)
    if slot == "age_u":
        return str(rng.randint(58, 94))
    raise KeyError(slot)


PETS = ["Bruno", "Frieda", "Keks", "Paula", "Jacky", "Lotte", "Mogli", "Sammy", "Pepper",
        "Biscuit", "Maple", "Rufus", "Ziggy", "Hazel", "Emmi", "Odin", "Tilda", "Gizmo"]
EXTRA_FILL = {
    "carins": {"de": ["HUK24", "Allianz Direct", "DEVK", "VHV", "CosmosDirekt", "Verti", "R+V", "Mobiliar",
                      "Uniqa", "Zurich"],
               "en": ["Admiral", "Direct Line", "LV=", "Churchill", "Hastings Direct", "Geico", "Progressive",
                      "State Farm", "Esure", "Aviva"]},
    "propmgmt": {"de": ["Hausverwaltung Krüger", "Vonovia", "LEG", "Wohnbau Nord", "Hausverwaltung Petersen & Co",
                        "Wohnungsgenossenschaft Eintracht", "Verwaltung Albrecht"],
                 "en": ["Foxtons", "Hamptons Lettings", "Greystar", "Grainger", "OpenRent",
                        "Countrywide Lettings", "FirstPort"]},
    "uni": {"de": ["TU München", "Uni Köln", "HU Berlin", "Uni Wien", "ETH Zürich", "Hochschule Bremen",
                   "FernUni Hagen", "Uni Leipzig", "TH Köln"],
            "en": ["UCL", "the University of Leeds", "King's College", "Edinburgh Uni", "NYU",
                   "the Open University", "Trinity College", "Manchester Met"]},
    "studfin": {"de": ["BAföG-Amt Köln", "Studierendenwerk Berlin", "Amt für Ausbildungsförderung Hamburg",
                       "Studienbeihilfenbehörde"],
                "en": ["Student Finance England", "SFE", "SAAS", "NYU Financial Aid", "Student Finance Wales"]},
    "vet": {"de": ["Tierarztpraxis am Park", "Tierklinik Hofheim", "Kleintierpraxis Sonnenweg", "Tierarzt Brandl",
                   "Tierklinik am Stadtpark"],
            "en": ["Pawprint Vets", "Medivet", "Vets4Pets", "Banfield", "Riverside Animal Hospital", "VCA"]},
    "petins": {"de": ["Petplan", "Agila", "Uelzener", "Barmenia", "Figo", "Helvetia Tier"],
               "en": ["Petplan", "ManyPets", "Trupanion", "Lemonade", "Animal Friends", "Healthy Paws"]},
    "venue": {"de": ["Gut Lindenhof", "Schloss Rheinblick", "die Scheune am See", "Landgasthof Adler", "Villa Sommerfeld"],
              "en": ["Oakwood Barn", "the Old Rectory", "Hillside Manor", "the boathouse", "Willow Farm"]},
    "planner": {"de": ["Traumtag Events", "Hochzeitsplanerin Jana", "Feierwerk Eventplanung", "Ja-Wort Agentur"],
                "en": ["Bliss Events", "Kate Events", "Forever & Co", "Ever After Planning"]},
    "funeral": {"de": ["Bestattungshaus Lindner", "Pietät Sommer", "Bestattungen Ahorn", "Bestattungsinstitut Frey"],
                "en": ["Co-op Funeralcare", "Dignity", "Lodge Brothers", "Millers Funeral Home", "Rowe & Sons"]},
    "courier": {"de": ["DHL Freight", "Schenker", "Dachser", "Kühne+Nagel", "GO! Express", "trans-o-flex", "Hellmann",
                       "Spedition Brandt"],
                "en": ["DHL Express", "FedEx", "TNT", "Parcelforce", "DPD", "UPS Freight", "Evri", "XPO"]},
    "gym": {"de": ["McFit", "FitX", "clever fit", "Urban Sports Club", "John Reed", "Fitness First", "Kieser Training"],
            "en": ["PureGym", "The Gym Group", "Planet Fitness", "David Lloyd", "Anytime Fitness", "Virgin Active",
                   "Equinox"]},
    "pharmacy": {"de": ["DocMorris", "Shop Apotheke", "Sanicare", "mycare", "Aponeo", "medpex"],
                 "en": ["Pharmacy2U", "Boots", "Lloyds Online", "CVS", "Walgreens", "Chemist4U"]},
    "careservice": {"de": ["Pflegedienst Sonnenschein", "Diakoniestation Nord", "Caritas-Sozialstation",
                           "Ambulanter Dienst Herzog", "Pflegeteam Mitte"],
                    "en": ["Home Instead", "Caremark", "Bluebird Care", "Visiting Angels", "Helping Hands"]},
    "lab": {"de": ["Synlab", "Amedes", "Limbach", "Bioscientia", "Labor am Ring"],
            "en": ["Quest", "Labcorp", "Medichecks", "Thriva", "Randox"]},
    "hearing": {"de": ["Amplifon", "Kind Hörgeräte", "Geers", "Neuroth", "audibene", "Hörakustik Maier"],
                "en": ["Specsavers", "Boots Hearingcare", "Amplifon", "Hidden Hearing", "Costco"]},
    "rehab": {"de": ["MEDIAN Klinik", "Klinik am Kurpark", "Rehazentrum Bad Kissingen", "die Klinik in Bad Füssing",
                     "Rehaklinik Seehof"],
              "en": ["the rehab centre", "Stoke Mandeville", "Spaulding", "the rehab unit", "Headley Court"]},
    "fertility": {"de": ["Kinderwunschzentrum", "KiWu-Praxis am Dom", "Novum", "Kinderwunschklinik Nord"],
                  "en": ["Lister Fertility", "CREATE Fertility", "CCRM", "Oxford Fertility", "Bourn Hall"]},
    "pension": {"de": ["Deutsche Rentenversicherung", "VBL", "Pensionskasse Chemie", "Versorgungswerk Nordrhein",
                       "ZVK Bayern", "PVA"],
                "en": ["Nest", "Aviva", "Scottish Widows", "Vanguard", "Fidelity", "Royal London", "USS"]},
    "collector": {"de": ["EOS", "Creditreform", "Intrum", "Riverty", "Coeo", "Pair Finance", "Inkasso Becker"],
                  "en": ["Lowell", "Cabot", "Intrum", "PRA Group", "Arrow Global", "Moorcroft"]},
    "exchange": {"de": ["Bitpanda", "Bison", "Coinbase", "Kraken", "Binance", "Bitvavo"],
                 "en": ["Coinbase", "Kraken", "Binance", "Crypto.com", "Gemini", "Bitstamp"]},
    "dealer": {"de": ["Autohaus Wagner", "VW Zentrum Nord", "Mercedes-Niederlassung Ost", "Autohaus Schmitt",
                      "Skoda Autohaus Lenz"],
               "en": ["Sytner", "Arnold Clark", "Evans Halshaw", "CarMax", "Lookers"]},
    "leasing": {"de": ["VW Leasing", "ALD", "Sixt Leasing", "BMW Bank", "Santander Leasing", "Ayvens"],
                "en": ["Lex Autolease", "Zenith", "Alphabet", "ALD", "Ally", "Ayvens"]},
    "trade": {"de": ["Elektro Huber", "Malerbetrieb Kaya", "Sanitär Böhm", "Dachdecker Ritter", "Fliesen Novak",
                     "Schreinerei Falk"],
              "en": ["Pipe Pros", "Sparks Electrical", "Dave's Building", "Topline Roofing", "Tile Tech", "Fixit Handyman"]},
}
# blind16: fillers for the new scenarios
EXTRA_FILL.update({
    "rail": {"de": ["Deutsche Bahn", "DB", "ÖBB", "SBB", "FlixTrain", "die Bahn", "Westbahn", "Metronom"],
             "en": ["Avanti West Coast", "LNER", "GWR", "Amtrak", "Eurostar", "Northern", "ScotRail", "CrossCountry"]},
    "hotel": {"de": ["Hotel Seeblick", "Waldhotel Sonnenhof", "Parkhotel Adler", "Wellnesshotel Bergkristall",
                     "Hotel zur Post", "Das Kranzbach", "Landhotel Eichenhof"],
              "en": ["the Premier Inn", "Hilton Garden Inn", "the Grand Harbour Hotel", "Lakeside Spa Hotel",
                     "the Marriott", "Bluebell Lodge", "Holiday Inn Express"]},
    "dentist": {"de": ["Zahnarztpraxis Dr. Sommer", "Zahnzentrum am Markt", "Praxis Dr. Yilmaz", "KFO-Praxis Lindner",
                       "Zahnärzte am Schloss", "die Kieferorthopädin"],
                "en": ["Bupa Dental", "Smile Studio", "Riverside Dental", "mydentist", "the orthodontist",
                       "Dr Patel's surgery"]},
    "optician": {"de": ["Fielmann", "Apollo", "Optik Hahn", "Pro Optik", "Mister Spex", "Lensbest"],
                 "en": ["Specsavers", "Vision Express", "Boots Opticians", "LensCrafters", "Vision Direct", "1-800 Contacts"]},
    "physio": {"de": ["Vitalzentrum Süd", "Praxis Bewegungsraum", "Praxis Krause", "Bewegungszentrum Mitte", "MTT Zentrum"],
               "en": ["Motion Clinic", "Pure Sports Medicine", "Six Degrees Clinic", "Back in Motion", "the sports injury clinic"]},
    "school": {"de": ["Grundschule am Lindenweg", "Kita Sonnenschein", "Gymnasium Nord", "Kita Pusteblume",
                      "Gesamtschule Mitte", "Hort Regenbogen", "Volksschule Hietzing"],
               "en": ["St Mary's Primary", "Oakfield Academy", "Little Acorns Nursery", "Westside Elementary",
                      "Riverside High", "Bright Horizons"]},
    "hr": {"de": ["Personalabteilung", "HR-Team", "Lohnbüro", "Personalbüro", "Entgeltabrechnung"],
           "en": ["HR", "the payroll team", "People Ops", "the HR helpdesk", "Payroll"]},
    "jobcentre": {"de": ["Jobcenter Köln", "Agentur für Arbeit", "Jobcenter Neukölln", "AMS Wien", "RAV Zürich",
                         "Jobcenter Region Hannover"],
                  "en": ["Jobcentre Plus", "DWP", "the Jobcentre", "Universal Credit", "the unemployment office",
                         "EDD"]},
    "taxadvisor": {"de": ["Steuerkanzlei Brandt", "Lohnsteuerhilfeverein", "Kanzlei Özdemir & Partner", "VLH",
                          "Steuerberatung Hoffmann"],
                   "en": ["H&R Block", "TaxAssist", "our accountant", "Jackson Hewitt", "Clarke & Co Accountants"]},
    "notary": {"de": ["Notariat am Dom", "Notar Dr. Kessler", "Notarin Weber", "Kanzlei Bauer", "Nachlassgericht"],
               "en": ["Thompson Solicitors", "the probate registry", "Hughes & Co", "the notary public", "Co-op Legal"]},
    "utility": {"de": ["Stadtwerke München", "E.ON", "Vattenfall", "EnBW", "Wien Energie", "EKZ", "Stadtwerke Bochum",
                       "Yello", "Tibber"],
                "en": ["British Gas", "Octopus Energy", "EDF", "OVO", "Con Edison", "E.ON Next", "Scottish Power",
                       "PG&E"]},
    "marketplace": {"de": ["Kleinanzeigen", "Vinted", "willhaben", "Ricardo", "eBay", "Rebuy", "Momox"],
                    "en": ["eBay", "Vinted", "Facebook Marketplace", "Etsy", "Depop", "Gumtree", "Back Market"]},
    "fooddelivery": {"de": ["Lieferando", "Wolt", "Uber Eats", "foodora", "Flink"],
                     "en": ["Deliveroo", "Just Eat", "Uber Eats", "DoorDash", "Grubhub"]},
    "travelins": {"de": ["HanseMerkur", "ERGO Reiseversicherung", "Allianz Travel", "Europ Assistance", "ADAC Auslandskranken"],
                  "en": ["Staysure", "Allianz Travel", "World Nomads", "Post Office Travel Insurance", "Battleface"]},
    "blood": {"de": ["DRK-Blutspendedienst", "Haema", "Blutspende SRK", "Rotes Kreuz", "Uniklinik-Blutbank"],
              "en": ["NHS Blood and Transplant", "the Red Cross", "Give Blood", "Vitalant", "the blood bank"]},
    "psychpractice": {"de": ["Praxis Wendt", "Praxis am Ring", "Frau Kühn", "die Ambulanz", "Praxisgemeinschaft Seelenruh"],
                      "en": ["Talking Therapies", "Dr Okafor", "Mind Matters", "the IAPT service", "BetterHelp"]},
    "counselling": {"de": ["Suchtberatung Caritas", "Condrobs", "Blaues Kreuz", "Fachstelle Sucht", "Diakonie-Suchtberatung"],
                    "en": ["Turning Point", "We Are With You", "the recovery hub", "SMART Recovery", "Change Grow Live"]},
    "carehome": {"de": ["Seniorenresidenz Am Park", "Pflegeheim St. Anna", "Haus Abendrot", "Seniorenzentrum Lindenhof", "AWO-Heim"],
                 "en": ["Oakfield Care Home", "Sunrise Senior Living", "Brookdale", "Hillcrest Nursing Home", "Meadowview"]},
    "benefits": {"de": ["Versorgungsamt", "Amt für Soziales", "Sozialministeriumservice", "Landratsamt", "Integrationsamt"],
                 "en": ["the DWP", "the PIP team", "Social Security", "the council", "Access to Work"]},
    "club": {"de": ["TSV Neuhausen", "SV Blau-Weiß", "FC Eintracht", "Turnverein Jahn", "TC Rot-Weiß", "SC Union"],
             "en": ["Riverside FC", "St Albans Harriers", "the tennis club", "Oakwood Rugby Club", "Parkside Swim Club"]},
    "app": {"de": ["die App", "DB Navigator", "Payback", "Too Good To Go", "die Banking-App", "MyFitnessPal"],
            "en": ["the app", "Strava", "Duolingo", "the Trainline app", "the banking app", "Headspace"]},
    "midwife": {"de": ["Hebamme Sabine", "Hebammenpraxis Storchennest", "Geburtshaus Nord", "meine Hebamme"],
                "en": ["the midwife team", "my community midwife", "the birth centre", "Jess (midwife)"]},
})
# blind17: fillers for the new scenarios
EXTRA_FILL.update({
    "localpharm": {"de": ["Löwen-Apotheke", "Apotheke am Markt", "Rats-Apotheke", "Stern-Apotheke", "Bahnhof-Apotheke",
                          "Amavita Apotheke", "Apotheke zum Hirschen", "Linden-Apotheke"],
                   "en": ["Boots", "Superdrug Pharmacy", "the Co-op pharmacy", "Lloyds Pharmacy", "Well Pharmacy",
                          "Rite Aid", "the pharmacy on High Street"]},
    "telemed": {"de": ["TeleClinic", "Kry", "ZAVA", "Doctolib", "Fernarzt", "die Online-Sprechstunde", "Medgate",
                       "eedoctors"],
                "en": ["Livi", "Push Doctor", "Teladoc", "Doctor on Demand", "the NHS App", "Zava", "MDLIVE",
                       "Babylon"]},
    "healthins": {"de": ["TK", "AOK Bayern", "Barmer", "DAK-Gesundheit", "IKK classic", "Debeka", "DKV",
                         "Allianz Private Krankenversicherung", "CSS", "Helsana", "ÖGK", "SVS", "BVAEB",
                         "Signal Iduna", "die Krankenkasse"],
                  "en": ["Bupa", "AXA Health", "Vitality", "Aviva Health", "WPA", "Aetna", "Cigna",
                         "UnitedHealthcare", "Blue Cross Blue Shield", "Kaiser Permanente"]},
    "beihilfe": {"de": ["die Beihilfestelle", "das LBV", "die Bezügestelle", "das Landesamt für Finanzen",
                        "die Beihilfe"],
                 "en": ["the benefits office", "the employer scheme", "the claims team"]},
    "lender": {"de": ["Interhyp", "Dr. Klein", "die Sparkasse", "die Volksbank", "ING", "Baufi24", "Santander Consumer Bank",
                      "auxmoney", "smava", "die Raiffeisenbank", "Hypothekarbank Lenzburg"],
               "en": ["Nationwide", "Halifax", "Santander", "Barclays", "NatWest", "Skipton", "Zopa",
                      "Rocket Mortgage", "Wells Fargo Home Mortgage", "the building society"]},
    "crowdfund": {"de": ["GoFundMe", "betterplace", "Startnext", "Kickstarter", "Leetchi", "die PayPal-Spendenaktion"],
                  "en": ["GoFundMe", "JustGiving", "Kickstarter", "Indiegogo", "Crowdfunder", "Patreon"]},
    "tracker": {"de": ["Garmin Connect", "Fitbit", "Apple Health", "Strava", "Polar Flow", "Samsung Health", "adidas Running"],
                "en": ["Garmin Connect", "Fitbit", "Apple Health", "Strava", "Polar Flow", "Whoop", "MyFitnessPal"]},
    "dating": {"de": ["Tinder", "Bumble", "Parship", "ElitePartner", "Lovoo", "Hinge", "OkCupid"],
               "en": ["Hinge", "Tinder", "Bumble", "Match", "OkCupid", "Feeld", "Plenty of Fish"]},
    "immig": {"de": ["Ausländerbehörde", "Landesamt für Einwanderung", "Migrationsamt", "MA 35", "Bürgeramt",
                     "die deutsche Botschaft", "das Welcome Center", "das Konsulat"],
              "en": ["the Home Office", "UKVI", "USCIS", "the consulate", "VFS Global", "TLScontact", "the embassy"]},
    "police": {"de": ["Polizei", "Online-Wache", "Polizeiinspektion Mitte", "Kripo", "Polizeirevier Süd",
                      "Polizeiinspektion"],
               "en": ["101", "the police", "Action Fraud", "the Met", "the local station", "the non-emergency line"]},
    "lawfirm": {"de": ["Kanzlei Berger & Partner", "RA Dr. Vogel", "Rechtsanwältin Yıldız", "Kanzlei Lorenz", "Mieterverein",
                       "ARAG-Rechtsschutz", "Kanzlei Aydın"],
                "en": ["Slater and Gordon", "Irwin Mitchell", "our solicitor", "Morgan & Morgan", "Citizens Advice",
                       "Shelter", "the law centre"]},
    "carrental": {"de": ["Sixt", "Europcar", "Avis", "Hertz", "Enterprise", "Buchbinder", "SHARE NOW", "Miles"],
                  "en": ["Hertz", "Enterprise", "Avis", "Europcar", "Budget", "Zipcar", "Turo"]},
    "cowork": {"de": ["WeWork", "Mindspace", "Betahaus", "Spaces", "Design Offices", "St. Oberholz", "Impact Hub"],
               "en": ["WeWork", "Regus", "Spaces", "Huckletree", "Second Home", "Industrious", "the Impact Hub"]},
    "itdesk": {"de": ["IT-Service-Desk", "Helpdesk", "First-Level-Support", "die IT", "IT-Hotline"],
               "en": ["the service desk", "IT support", "the helpdesk", "Tech Bar", "IT"]},
    "gaming": {"de": ["Steam", "PlayStation Network", "Xbox", "Nintendo eShop", "Epic Games", "Battle.net", "EA app", "Riot"],
               "en": ["Steam", "PlayStation Network", "Xbox", "Nintendo eShop", "Epic Games", "Battle.net", "EA app",
                      "Riot"]},
    "llm": {"de": ["ChatGPT", "Claude", "Le Chat", "Gemini", "Copilot"],
            "en": ["ChatGPT", "Claude", "Gemini", "Copilot", "the assistant"]},
    "rehabsite": {"de": ["Klinik Seehof", "MEDIAN Klinik Berggießhübel", "Klinik am Kurpark", "Fachklinik Bad Bentheim",
                         "Kliniken Schmieder", "Klinik Bavaria Kreischa"],
                  "en": ["Stoke Mandeville", "Spaulding", "Headley Court", "the Wolfson unit", "Royal Buckinghamshire Hospital"]},
    "parcel": {"de": ["DHL", "Hermes", "DPD", "GLS", "UPS", "Post.at", "die Post", "Amazon Logistics"],
               "en": ["Royal Mail", "Evri", "DPD", "Yodel", "UPS", "FedEx", "USPS", "Amazon Logistics"]},
})
# blind18: fillers for the new scenarios
EXTRA_FILL.update({
    "kita": {"de": ["Kita Zwergenland", "Kita Regenbogenfisch", "Kinderhaus Lummerland", "Kita St. Ursula", "Waldkindergarten Eichhörnchen",
                    "Kindergarten Sonnenkäfer", "Krippe Kleine Strolche"],
             "en": ["Little Sprouts Nursery", "Tiny Steps Daycare", "Bumblebees Pre-school", "Sunflower Montessori", "Kiddie Academy",
                    "Acorn Day Nursery"]},
    "school18": {"de": ["Grundschule Am Mühlbach", "Gymnasium am Schloßpark", "Realschule Nord", "Gesamtschule Süd", "Volksschule Kagran",
                        "Primarschule Hirschengraben", "Stadtteilschule Altona"],
                 "en": ["St Anne's Primary", "Hollybrook Academy", "Lincoln Middle School", "Meadowbank High", "Parkview Elementary",
                        "Ashgrove Primary"]},
    "airline18": {"de": ["Lufthansa", "Eurowings", "Condor", "Ryanair", "easyJet", "Swiss", "Austrian", "TUIfly", "Wizz Air"],
                  "en": ["British Airways", "easyJet", "Ryanair", "Jet2", "Aer Lingus", "Virgin Atlantic", "United", "Delta", "KLM"]},
    "airport": {"de": ["Frankfurt", "München", "BER", "Hamburg", "Düsseldorf", "Wien-Schwechat", "Zürich", "Palma", "Antalya"],
                "en": ["Heathrow", "Gatwick", "Manchester", "Stansted", "Dublin", "JFK", "Newark", "Alicante", "Faro"]},
    "hotel18": {"de": ["Hotel Alpenrose", "Seehotel Möwe", "Stadthotel Krone", "Hotel am Dom", "Berggasthof Enzian", "Hotel Lindenhof Garni",
                       "Ostseehotel Dünenblick"],
                "en": ["the Harbour View Hotel", "Castle Lodge", "the Kings Arms", "Rosewood Inn", "the Seaview B&B", "Travelodge Central",
                       "the Willow Court Hotel"]},
    "energy": {"de": ["Stadtwerke Heidelberg", "Vattenfall", "EnBW", "E.ON", "Octopus Energy", "naturstrom", "Wien Energie", "ewz",
                      "Stadtwerke Münster", "Grünwelt"],
               "en": ["Octopus Energy", "British Gas", "EDF", "OVO", "E.ON Next", "So Energy", "Con Edison", "Duke Energy", "SSE Airtricity"]},
    "taxfirm": {"de": ["Steuerbüro Albers", "Kanzlei Demir Steuerberatung", "Lohnsteuerhilfe Bayern", "Steuerberaterin Frau Kaiser",
                       "Treuhand Keller AG", "Steuerkanzlei Nowak"],
                "en": ["Brightside Accountants", "Taxwise", "our bookkeeper", "Patel & Hughes Chartered Accountants", "TurboTax support",
                       "the tax clinic"]},
    "fraudbank": {"de": ["Sparkasse", "Volksbank", "Commerzbank", "N26", "DKB", "ING", "Postbank", "Raiffeisenbank", "Bank Austria",
                         "Zürcher Kantonalbank"],
                  "en": ["Barclays", "NatWest", "Lloyds", "HSBC", "Monzo", "Starling", "Santander", "Chase", "Capital One",
                         "Bank of Ireland"]},
    "market18": {"de": ["Kleinanzeigen", "Vinted", "willhaben", "Ricardo", "Tutti", "Markt.de", "eBay"],
                 "en": ["Vinted", "eBay", "Facebook Marketplace", "Gumtree", "Depop", "Craigslist", "Preloved"]},
    "delivery18": {"de": ["Lieferando", "Wolt", "Uber Eats", "foodora", "Just Eat"],
                   "en": ["Deliveroo", "Just Eat", "Uber Eats", "DoorDash", "Grubhub"]},
    "transit": {"de": ["BVG", "MVG", "HVV", "Wiener Linien", "VBZ", "KVB", "RMV", "ÜSTRA"],
                "en": ["TfL", "Northern", "First Bus", "Stagecoach", "the MTA", "Metrolink", "Translink", "Lothian Buses"]},
    "clinicbot": {"de": ["Praxis Dr. Bergmann", "Hausarztpraxis am Ring", "MVZ Nordstadt", "Praxis Hoffmann & Kollegen",
                         "Gemeinschaftspraxis Lindenallee", "Kinderarztpraxis Sonnenschein"],
                  "en": ["Riverside Surgery", "the Elms Medical Centre", "Parkside Health Centre", "Dr Okoye's practice",
                         "Oak Tree Family Practice", "Valley Pediatrics"]},
    "carehome18": {"de": ["Seniorenheim Rosengarten", "Haus am Stadtwald", "Pflegezentrum Eichenhain", "Altenheim St. Elisabeth",
                          "Seniorenstift Abendsonne"],
                   "en": ["Maple Lodge Care Home", "Ashcroft House", "Rivermead Nursing Home", "Sunnyfields", "The Laurels"]},
    "optic18": {"de": ["Fielmann", "Apollo-Optik", "Optik Wenzel", "Brillen Rottler", "Augenoptik Sommer", "Mister Spex"],
                "en": ["Specsavers", "Vision Express", "Boots Opticians", "Leightons", "Warby Parker", "Optical Express"]},
    "hearing18": {"de": ["KIND Hörgeräte", "Amplifon", "Hörgeräte Seifert", "Neuroth", "Geers", "Hörakustik Brandt"],
                  "en": ["Specsavers Audiology", "Amplifon", "Hidden Hearing", "Boots Hearingcare", "Miracle-Ear", "Costco Hearing"]},
    "dental18": {"de": ["Zahnarztpraxis Dr. Kowalski", "Zahnklinik am Park", "Praxis Dr. Nguyen", "Zahngesundheit Mitte",
                        "Kieferorthopädie Dr. Brandl"],
                 "en": ["Bright Smile Dental", "the Crescent Dental Practice", "Dr Shah's dental surgery", "Castle Dental", "Aspen Dental"]},
    "kiwu": {"de": ["Kinderwunschzentrum Mitte", "KiWu-Praxis Dr. Lehmann", "Fertility Center Hamburg", "IVF-Zentrum am See",
                    "Kinderwunschklinik Süd"],
             "en": ["the fertility clinic", "London Women's Clinic", "CARE Fertility", "Shady Grove Fertility", "the IVF unit"]},
    "sportclub": {"de": ["TuS Grün-Weiß", "SV Rot-Gold", "FC Viktoria", "Schwimmverein Delphin", "Tischtennisclub Topspin",
                         "Ruderverein Hansa", "Handballclub Nord"],
                  "en": ["Harbourside FC", "Kingsway Harriers", "Northside Swim Club", "Eastfield Tennis Club", "the rowing club",
                         "Westend Netball"]},
    "church": {"de": ["Pfarrbüro", "Gemeindebüro", "Pfarramt", "Kirchengemeinde", "Kirchenbüro", "Dekanat"],
               "en": ["the parish office", "the church office", "the vicar", "Father Michael", "the parish secretary"]},
    "library": {"de": ["Stadtbibliothek", "Stadtbücherei", "Zentralbibliothek", "Gemeindebücherei", "Unibibliothek", "Büchereien Wien"],
                "en": ["the library", "the central library", "the public library", "the county library service", "the uni library"]},
    "cityoffice": {"de": ["Bürgeramt", "Bürgerbüro", "Einwohnermeldeamt", "Standesamt", "Ordnungsamt", "Magistrat", "Gemeindeverwaltung",
                          "Landratsamt"],
                   "en": ["the council", "the town hall", "the registry office", "council tax", "the city clerk", "the county office"]},
    "waterco": {"de": ["Stadtwerke", "Wasserversorger", "Abfallwirtschaftsbetrieb", "die Müllabfuhr", "Zweckverband Wasser", "AWB"],
                "en": ["Thames Water", "the water company", "Severn Trent", "the waste team", "Anglian Water", "the sanitation department"]},
    "crypto18": {"de": ["Bitpanda", "Coinbase", "Kraken", "Binance", "Bitvavo", "Bison", "Bitstamp"],
                 "en": ["Coinbase", "Kraken", "Binance", "Crypto.com", "Gemini", "Bitstamp", "Uphold"]},
    "travelins18": {"de": ["HanseMerkur", "ERGO Reiseversicherung", "Allianz Travel", "ADAC Auslandskrankenschutz", "Würzburger",
                           "Europäische Reiseversicherung", "Generali Reiseschutz"],
                    "en": ["Staysure", "Allianz Travel", "World Nomads", "Admiral Travel", "Aviva Travel", "Battleface", "InsureMyTrip"]},
    "hospital_abroad": {"de": ["Hospital Quirónsalud in Palma", "Klinik in Antalya", "Spital in Bozen", "Krankenhaus in Hurghada",
                               "Clínica in Lissabon", "Privatklinik auf Kreta"],
                        "en": ["a hospital in Malaga", "the clinic in Bali", "Hospital in Faro", "a private clinic in Dubai",
                               "the hospital in Cancún", "a clinic in Crete"]},
    "garage": {"de": ["Autohaus Berger", "Kfz-Werkstatt Öztürk", "ATU", "Pit-Stop", "Meisterwerkstatt Lange", "Bosch Car Service Wirth",
                      "Garage Huber"],
               "en": ["Kwik Fit", "Halfords Autocentre", "Smith's Garage", "Jiffy Lube", "Pep Boys", "the dealership", "Mr Clutch"]},
    "sanitaets": {"de": ["Sanitätshaus Aktuell", "Sanitätshaus Müller", "Orthopädietechnik Reiter", "Reha-Team Nord",
                         "Sanitätshaus Sanimed"],
                  "en": ["the mobility shop", "Careco", "Complete Care Shop", "the orthotics department", "Medequip"]},
    "alarmservice": {"de": ["Hausnotruf der Johanniter", "Malteser Hausnotruf", "DRK-Hausnotruf", "ASB-Hausnotruf", "Hausnotruf Vitakt"],
                     "en": ["Lifeline24", "Careline", "Taking Care", "Medical Guardian", "Life Alert"]},
    "familyoffice": {"de": ["Familienkasse", "Elterngeldstelle", "Jugendamt", "Kindergeldstelle", "Landesamt für Familie"],
                     "en": ["HMRC Child Benefit", "the Child Benefit Office", "Tax-Free Childcare", "Universal Credit",
                            "the family support team"]},
    "drivingschool": {"de": ["Fahrschule Schneider", "Fahrschule Go!", "Fahrschule Easy Drive", "Fahrschule Aydın", "Fahrschule Alpin"],
                      "en": ["RED Driving School", "the AA Driving School", "BSM", "Pass 1st Time", "Top Gear Driving School"]},
    "musicschool": {"de": ["Musikschule Tonleiter", "städtische Musikschule", "Musikschule Allegro", "Klavierschule Fischer"],
                    "en": ["Rockschool Academy", "the music service", "Allegro Music School", "Harmony Music Lessons"]},
    "mover": {"de": ["Umzüge Krause", "Möbelspedition Hansen", "Umzugsfirma Blitz", "Zügelfirma Meier", "Umzüge Yilmaz"],
              "en": ["Bishop's Move", "Two Men and a Truck", "AnyVan", "Pickfords", "Swift Removals"]},
    "cleaner": {"de": ["Helpling", "Putzperle", "Reinigungsservice Glanz", "Book a Tiger", "Haushaltshilfe Kraus"],
                "en": ["Helpling", "Molly Maid", "Hassle", "Merry Maids", "Sparkle Cleaning"]},
    "camp": {"de": ["Ferienlager Waldsee", "Sommercamp Abenteuerland", "Jugendfreizeit Nordsee", "Zeltlager am Bodensee"],
             "en": ["Camp Pinewood", "PGL Liddington", "Camp Beaumont", "Lakeside Summer Camp"]},
})
# blind19: fillers for the new scenarios
EXTRA_FILL.update({
    "pharm19": {"de": ["Shop Apotheke", "DocMorris", "Apotheke am Rathaus", "Easy-Apotheke", "Mauritius-Apotheke", "Aponeo",
                       "Sonnen-Apotheke", "Apotheke im Hauptbahnhof", "Adler-Apotheke", "Zur Rose"],
                "en": ["Boots", "Pharmacy2U", "Well Pharmacy", "Superdrug Online Doctor", "Chemist Click", "the Asda pharmacy",
                       "Lloyds Online Doctor", "Rowlands Pharmacy"]},
    "gym19": {"de": ["FitX", "McFit", "clever fit", "EASYFITNESS", "Fitnessstudio Kraftwerk", "Injoy", "Kieser Training",
                     "Holmes Place", "Fitinn", "Update Fitness"],
              "en": ["PureGym", "The Gym Group", "Anytime Fitness", "Nuffield Health", "Snap Fitness", "David Lloyd",
                     "Everlast Gyms", "Bannatyne"]},
    "telco19": {"de": ["Telekom", "Vodafone", "O2", "1&1", "congstar", "fraenk", "Swisscom", "Sunrise", "Magenta", "A1",
                       "Drei", "Aldi Talk", "Salt", "Yallo"],
                "en": ["EE", "Vodafone", "O2", "Three", "giffgaff", "Lebara", "Tesco Mobile", "Sky Mobile", "iD Mobile",
                       "Voxi"]},
    "bank19": {"de": ["Sparkasse", "Volksbank", "DKB", "ING", "Consorsbank", "N26", "Commerzbank", "Raiffeisenbank",
                      "Erste Bank", "PostFinance", "HypoVereinsbank", "Targobank", "BAWAG", "UBS"],
               "en": ["Barclays", "Halifax", "Nationwide", "Monzo", "Revolut", "first direct", "TSB", "Chase",
                      "Metro Bank", "Santander", "NatWest"]},
    "merchant19": {"de": ["Temu", "Shein", "Zalando", "Otto", "DAZN", "Sky", "Lieferando", "ein Onlineshop", "Wish", "Klarna"],
                   "en": ["Temu", "Shein", "Amazon", "Ticketmaster", "Sky", "Deliveroo", "an online shop", "Wish", "Klarna"]},
    "landlord19": {"de": ["Hausverwaltung Brenner", "Vonovia", "Deutsche Wohnen", "Wohnungsgenossenschaft Freie Scholle",
                          "Hausverwaltung Kessler & Söhne", "Immobilien Walther", "Frau Dombrowski (Vermieterin)", "Herr Albers (Vermieter)"],
                   "en": ["Foxtons", "Savills Lettings", "OpenRent", "Grainger", "Dexters", "Hamptons", "my landlord Mr Hughes",
                          "the letting agent"]},
    "carrent19": {"de": ["Sixt", "Europcar", "Avis", "Hertz", "SHARE NOW", "MILES", "Cambio", "stadtmobil", "Flinkster", "Getaround",
                         "Mobility"],
                  "en": ["Enterprise", "Hertz", "Avis", "Europcar", "Zipcar", "Getaround", "Turo", "Co Wheels", "Budget"]},
    "insur19": {"de": ["Barmenia", "ottonova", "DFV", "ERGO", "Allianz", "HanseMerkur", "Petprotect", "Agila", "Uelzener",
                       "Generali", "Helvetia", "Würzburger"],
                "en": ["Bupa Dental", "Denplan", "Simplyhealth", "Petplan", "ManyPets", "Trupanion", "Staysure", "World Nomads",
                       "Aviva", "Cigna"]},
    "dating19": {"de": ["Tinder", "Bumble", "Parship", "OkCupid", "Hinge", "Lovoo", "Once", "Her"],
                 "en": ["Hinge", "Tinder", "Bumble", "Feeld", "Grindr", "Her", "Match", "Plenty of Fish"]},
    "supportapp19": {"de": ["HelloBetter", "Selfapy", "MindDoc", "deprexis", "Instahelp", "7Mind", "moodgym"],
                     "en": ["Headspace", "Calm", "BetterHelp", "Talkspace", "Wysa", "Sanvello", "Kooth"]},
    "delivery19": {"de": ["Lieferando", "Wolt", "Uber Eats", "foodora", "Domino's", "Smood", "Just Eat"],
                   "en": ["Deliveroo", "Just Eat", "Uber Eats", "DoorDash", "Grubhub", "Domino's"]},
    "locker19": {"de": ["DHL Packstation", "Hermes PaketShop", "DPD Pickup", "GLS ParcelShop", "Post.at Abholstation", "Amazon Locker",
                        "myPost 24"],
                 "en": ["InPost", "Amazon Locker", "Evri", "DPD Pickup", "Royal Mail", "UPS Access Point"]},
    "stream19": {"de": ["Netflix", "Disney+", "DAZN", "Sky", "WOW", "Spotify", "Steam", "PlayStation Network", "Nintendo", "RTL+",
                        "Joyn", "Battle.net"],
                 "en": ["Netflix", "Disney+", "Spotify", "Sky", "NOW", "Steam", "Xbox", "PlayStation Network", "Crunchyroll",
                        "Battle.net"]},
    "authority19": {"de": ["Bürgeramt", "Kfz-Zulassungsstelle", "Elterngeldstelle", "Wohngeldstelle", "Jobcenter", "Sozialamt",
                           "Familienkasse", "Meldeamt", "Magistratisches Bezirksamt", "Einwohnerkontrolle", "Straßenverkehrsamt"],
                    "en": ["the council", "the DVLA", "HMRC", "the Jobcentre", "the passport office", "the DWP", "the housing office",
                           "the registry office"]},
    "pensionfund19": {"de": ["Deutsche Rentenversicherung", "VBL", "Versorgungswerk der Ärztekammer", "Pensionskasse", "BVV",
                             "AHV-Ausgleichskasse", "PVA", "Allianz Pensionsfonds"],
                      "en": ["Nest", "Aviva", "Legal & General", "the Pension Service", "Royal London", "Scottish Widows",
                             "the LGPS", "Fidelity"]},
    "uni19": {"de": ["Uni Hamburg", "LMU München", "TU Dresden", "Uni Graz", "Universität Basel", "Hochschule Darmstadt",
                     "RWTH Aachen", "Uni Münster"],
              "en": ["the University of Bristol", "UCL", "Glasgow Uni", "the University of Manchester", "Cardiff University",
                     "Durham", "the University of Leeds"]},
    "studentoffice19": {"de": ["Prüfungsamt", "Studierendensekretariat", "Prüfungsausschuss", "Studienbüro", "Beratungsstelle für Studierende mit Behinderung"],
                        "en": ["the exams office", "Student Services", "the disability service", "the registry", "the extenuating circumstances panel"]},
    "vet19": {"de": ["Tierarztpraxis Dr. Hollmann", "Tierklinik Lüneburg", "Kleintierpraxis am Anger", "Tierärztliche Klinik Wasserburg",
                     "Tierarzt Dr. Okafor", "Tierklinik Posthausen"],
              "en": ["Vets4Pets", "the PDSA", "Medivet", "Companion Care", "Cross Street Vets", "Abbey House Vets"]},
    "club19": {"de": ["SV Germania", "TSV Eintracht Nord", "Turnerschaft Eiche", "VfL Blau-Gelb", "HSG Süd", "Hockeyclub Rot-Weiß",
                      "Ski-Club Alpenrose", "Ruderclub Favorite"],
               "en": ["Riverside Rovers", "Kingsmead Cricket Club", "the Eagles netball team", "Hillside Harriers", "the rugby club",
                      "Westfield Swimming Club"]},
    "carecompany19": {"de": ["Pflegedienst Lebensfreude", "Caritas-Sozialstation Süd", "Diakonie-Pflegedienst", "Ambulanter Pflegedienst Sonnenblume",
                             "Volkshilfe", "Spitex Zürich", "Pflegeteam Herzenssache"],
                      "en": ["Home Instead", "Bluebird Care", "Right at Home", "Helping Hands", "the reablement team", "Comfort Keepers"]},
    "carefund19": {"de": ["Pflegekasse", "AOK-Pflegekasse", "TK-Pflegekasse", "Barmer Pflegekasse", "Medizinischer Dienst"],
                   "en": ["adult social care", "social services", "the care assessment team", "the local authority"]},
    "helpline19": {"de": ["TelefonSeelsorge", "krisenchat", "Nummer gegen Kummer", "Die Dargebotene Hand", "Rat auf Draht", "Hilfetelefon"],
                   "en": ["Samaritans", "Shout", "Mind", "Childline", "CALM", "Lifeline"]},
    "llm19": {"de": ["ChatGPT", "Claude", "Gemini", "Copilot", "der Bot", "Le Chat"],
              "en": ["ChatGPT", "Claude", "Gemini", "Copilot", "the bot", "Perplexity"]},
    "pet19": {"de": ["Balu", "Frieda", "Krümel", "Nala", "Oskar", "Lucky", "Mila", "Tiger", "Sina", "Ronja"],
              "en": ["Bella", "Milo", "Poppy", "Teddy", "Luna", "Alfie", "Daisy", "Murphy", "Ruby", "Bear"]},
    "healthins19": {"de": ["TK", "AOK Nordost", "Barmer", "DAK", "IKK classic", "KKH", "hkk", "BKK firmus", "ÖGK", "SVS",
                           "CSS", "Sanitas", "Helsana"],
                    "en": ["Bupa", "AXA Health", "Vitality", "Aviva", "WPA", "Cigna", "Aetna", "Kaiser"]},
    "abroadclinic19": {"de": ["einem Krankenhaus auf Mallorca", "einer Klinik in Hurghada", "einem Spital in Meran",
                              "einer Privatklinik in Antalya", "einem Krankenhaus in Bangkok", "einer Klinik auf Teneriffa"],
                       "en": ["a hospital in Tenerife", "a clinic in Phuket", "a private hospital in Dubai", "a hospital in Marbella",
                              "a clinic in Corfu", "a hospital in Orlando"]},
    "authcity19": {"de": ["Berlin-Mitte", "Köln-Kalk", "München", "Graz", "Winterthur", "Leipzig", "Bremen-Nord", "Wien-Ottakring"],
                   "en": ["Camden", "Leeds", "Bristol", "Cardiff", "Glasgow", "Brighton", "Sheffield"]},
})
# blind21: fillers for the new scenarios
EXTRA_FILL.update({
    "apo21": {"de": ["Shop Apotheke", "DocMorris", "mycare", "Apotheke am Westpark", "Linden-Apotheke", "medpex", "Aponeo",
                     "Apotheke im Bahnhof Altona", "Zur Rose"],
              "en": ["Pharmacy2U", "Boots Online Pharmacy", "Chemist4U", "Oxford Online Pharmacy", "Medino", "CVS Pharmacy",
                     "Walgreens", "Well Pharmacy"]},
    "healthins21": {"de": ["TK", "AOK Plus", "Barmer", "DAK-Gesundheit", "IKK classic", "KKH", "hkk", "Debeka", "ÖGK", "CSS",
                           "Helsana", "BKK Mobil Oil"],
                    "en": ["Bupa", "AXA Health", "Vitality", "Aviva", "Cigna", "Aetna", "Kaiser Permanente", "Blue Cross"]},
    "bank21": {"de": ["Sparkasse", "Volksbank", "ING", "DKB", "N26", "Commerzbank", "Postbank", "Raiffeisenbank", "Erste Bank",
                      "UBS", "comdirect", "C24"],
               "en": ["Barclays", "HSBC", "Lloyds", "NatWest", "Monzo", "Revolut", "Starling", "Chase", "Santander",
                      "Nationwide", "Wells Fargo"]},
    "telco21": {"de": ["Telekom", "Vodafone", "o2", "1&1", "congstar", "freenet", "Aldi Talk", "Swisscom", "Salt", "Magenta",
                       "Drei", "A1"],
                "en": ["EE", "Vodafone", "O2", "Three", "giffgaff", "Tesco Mobile", "Verizon", "T-Mobile", "AT&T", "Lebara"]},
    "landlord21": {"de": ["Hausverwaltung Sommer & Partner", "Vonovia", "Heimstaden", "Frau Adler", "Herr Kowalczyk",
                          "Wohnungsbaugenossenschaft Nord", "Immobilien Roth"],
                   "en": ["Foxtons", "Savills", "Mr Patel", "Countrywide Lettings", "OpenRent", "the letting agency",
                          "Greystar"]},
    "gym21": {"de": ["FitX", "McFit", "clever fit", "Fitness First", "EasyFit", "John Reed", "Injoy", "Kieser", "Holmes Place"],
              "en": ["PureGym", "The Gym Group", "Anytime Fitness", "David Lloyd", "Planet Fitness", "Virgin Active",
                     "Nuffield Health", "Equinox"]},
    "homecare21": {"de": ["Pflegedienst Lichtblick", "Sozialstation Mitte", "Diakonie ambulant", "Caritas-Pflegedienst",
                          "Johanniter ambulante Pflege", "Pflegeteam am Park", "Spitex Bern", "Volkshilfe Wien"],
                   "en": ["Home Instead", "Bluebird Care", "Helping Hands", "Right at Home", "Caremark", "Visiting Angels",
                          "Comfort Keepers"]},
    "mhapp21": {"de": ["HelloBetter", "Selfapy", "MindDoc", "Mindable", "Novego", "7Mind", "Headspace", "Instahelp"],
                "en": ["Headspace", "Calm", "BetterHelp", "Talkspace", "Wysa", "Sanvello", "Kooth", "Woebot"]},
    "addict21": {"de": ["der Caritas-Beratungsstelle", "der Diakonie Mitte", "dem Blauen Kreuz", "dem Kreuzbund", "Condrobs",
                        "der Beratungsstelle am Ring"],
                 "en": ["We Are With You", "Turning Point", "CGL", "SMART Recovery", "the drug and alcohol service",
                        "my key worker"]},
    "rehab21": {"de": ["die Klinik Bad Wildungen", "die Klinik am See", "das MEDIAN Zentrum Bad Tennstedt", "die Klinik Sonnenhof",
                       "die Fachklinik Hirtenstein"],
                "en": ["Castle Craig", "the Priory", "Royal Buckinghamshire Hospital", "the Wolfson unit", "Headley Court"]},
    "carins21": {"de": ["HUK-Coburg", "Allianz", "DEVK", "CosmosDirekt", "Generali", "AXA", "Mobiliar", "Uniqa", "VHV"],
                 "en": ["Admiral", "Aviva", "Direct Line", "Churchill", "LV=", "Geico", "Progressive", "State Farm",
                        "Hastings Direct"]},
    "taxadv21": {"de": ["Steuerkanzlei Winter", "Steuerbüro Aksoy", "Kanzlei Becker & Roth", "Frau Lindqvist", "Treuhand Muster AG"],
                 "en": ["TaxAssist", "H&R Block", "Crowe", "Ahmed & Co", "Jackson Hewitt"]},
    "courier21": {"de": ["DHL", "Hermes", "DPD", "GLS", "UPS", "Amazon", "die Post", "GO!"],
                  "en": ["Royal Mail", "Evri", "DPD", "Yodel", "UPS", "FedEx", "USPS", "InPost"]},
    "uni21": {"de": ["Uni Bonn", "LMU", "TU Berlin", "Uni Wien", "Uni Zürich", "FH Münster", "Uni Göttingen"],
              "en": ["UCL", "the University of Sheffield", "King's", "Glasgow Uni", "NYU", "the OU", "Bristol Uni"]},
    "gp21": {"de": ["Praxis Dr. Wendler", "Hausarztpraxis am Markt", "MVZ Süd"],
             "en": ["Riverside Surgery", "the Old Mill Practice", "Hillview Medical Centre", "Dr Osei's surgery"]},
    "garage21": {"de": ["Autohaus Brenner", "Kfz-Meisterbetrieb Yıldız", "ATU", "Karosserie Wolf", "Bosch Car Service Engel"],
                 "en": ["Kwik Fit", "Halfords Autocentre", "the bodyshop", "Smith & Sons Garage", "the dealership"]},
})
FILLERS |= set(EXTRA_FILL) | {"plate_u", "dob_u", "age_u"}  # blind21: unlabelled personal data


# {slot} / {slot:form}  value, filler or generated negative
# [[kind:text]]         literal negative of that kind
# {{TYPE:a|b|c}}        blind15: health value picked from hand-written alternatives (blind19: also
#                       {{ICD10:F32.1|F33.1}}, so that a code matches the diagnosis next to it)
#                       (each must be a terms.py term of TYPE; validated like any value)
SLOT_RE = re.compile(r"\{\{(DIAGNOSIS|SYMPTOM|MEDICATION|TREATMENT|ICD10):(.*?)\}\}|"  # blind19: ICD10 too
                     r"\{(\w+)(?::(\w+))?\}|\[\[(\w+):(.*?)\]\]", re.S)


def has_value_slot(template):
    for m in SLOT_RE.finditer(template):
        if m.group(1) or (m.group(3) and is_value_slot(m.group(3))):
            return True
    return False


NEG_KINDS_FROM_SLOTS = set()


def is_value_slot(name):
    return (name in ("iban", "bic", "card", "card_visa", "card_mc", "card_amex", "card_discover", "card_jcb", "exp", "cvc",
                     "phone", "mobile", "landline", "email", "icd", "idl")
            or name.startswith("iban_") or name.startswith("phone_") or name in SIMPLE_ID_SLOTS
            or name in HEALTH_SLOTS or re.fullmatch(r"(diag|symptom|med|treat)_(de|en)", name) is not None)


def render(ctx, template):
    rng = ctx.rng
    text = ""
    values, negatives = [], []
    pos = 0
    for m in SLOT_RE.finditer(template):
        text += template[pos:m.start()]
        pos = m.end()
        if m.group(5):
            kind, s = m.group(5), m.group(6)
            negatives.append({"kind": kind, "start": len(text), "end": len(text) + len(s), "text": s})
            text += s
            continue
        slot, forced = m.group(3), m.group(4)
        if m.group(1):
            alts = m.group(2).split("|")
            vs = (m.group(1), rng.choice(alts), None)
        elif slot == "idl":
            typ = wchoice(rng, IDL_DE if ctx.lang == "de" else IDL_EN)
            label = rng.choice(ID_LABELS[typ][0 if ctx.lang == "de" else 1])
            text += label + rng.choice([": ", " ", " ist " if ctx.lang == "de" else " is ", ": "])
            p, g = gen_id(rng, typ, ctx.faker())
            vs = (typ, p, g)
        else:
            vs = value_slot(ctx, slot)
        if vs is None:
            if slot in FILLERS:
                text += filler(ctx, slot)
                continue
            if slot == "amount":
                s = make_negative_amount(rng, ctx.sub)
            else:
                s = make_negative_local(slot, rng, ctx.lang, ctx.sub)
            negatives.append({"kind": slot, "start": len(text), "end": len(text) + len(s), "text": s})
            text += s
            continue
        typ, plain, groups = vs
        form = "plain"
        shown = plain
        pre = post = ""
        for _ in range(6):
            f = choose_form(rng, typ, plain, forced)
            if f == "plain":
                if typ == "ICD10" and "." not in plain:
                    f = "plain"
                break
            o = obfuscate(rng, typ, plain, groups, f, ctx.lang)
            p1 = p2 = ""
            if isinstance(o, tuple):  # blind21: text before / after the value, outside the span
                p1, o, p2 = o
            if o is not None and (o != plain or f == "glued_label") and validate_value(typ, o, f):
                form, shown, pre, post = f, o, p1, p2
                break
            if forced:
                forced = None
        assert validate_value(typ, shown, form), (typ, shown, form)
        if form == "glued_label" and text.rstrip().endswith((":", "=", "#")):  # blind21: glue to the template's label
            text, pre = text.rstrip(), ""
        text += pre
        values.append({"category": CATEGORY[typ], "type": typ, "form": form, "context": None,
                       "start": len(text), "end": len(text) + len(shown), "text": shown})
        text += shown + post
    text += template[pos:]
    for v in values:
        v["context"] = has_context(text, v["type"], v["start"], v["end"])
    return text, values, negatives


# blind18: hints rewritten for the new templates (template text, before rendering)
# blind20: hints rewritten for the blind20 templates (template text, before rendering)
# blind21: hints rewritten for the blind21 templates
SUBLOCALE_HINTS = {"de_CH": ["Grüezi", "Natel", "Twint", "Spitex", "{ahv", "{phone_ch", "{iban_ch}", "Merci"],
                   "de_AT": ["Servus", "Grüß Gott", "Jänner", "Polizze", "Heimhilfe", "{at_svnr", "{phone_at", "{iban_at}",
                             "Studienbeihilfe", "brauchts"]}
EN_US_RE = re.compile(r"\$|USD|\bcell\b|SSN|\{ssn|\{phone_us|\bmom\b|\bUS\b|Medicaid|FAFSA|\b1099\b|Zelle|"
                      r"Schedule A|Planet Fitness|\bcheck\b|\bcolor\b|\bcenter\b")


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for loc in ["de_DE", "de_AT", "de_CH", "en_GB", "en_US"]:
        f = Faker(loc)
        f.seed_instance(seed)
        fakers[loc] = f
    pools = {}
    for lang, tl in (("de", templates_de.TEMPLATES), ("en", templates_en.TEMPLATES)):
        clean = [t for t in tl if not has_value_slot(t)]
        dirty = [t for t in tl if t not in clean]
        pools[(lang, True)] = clean
        pools[(lang, False)] = dirty
    n_clean = round(N_TOTAL * CLEAN_RATE)
    n_de_clean = round(N_DE * CLEAN_RATE)
    plan = ([("de", True)] * n_de_clean + [("de", False)] * (N_DE - n_de_clean) +
            [("en", True)] * (n_clean - n_de_clean) +
            [("en", False)] * (N_TOTAL - N_DE - (n_clean - n_de_clean)))
    rng.shuffle(plan)
    iters = {}

    def next_template(key):
        q = iters.get(key)
        if not q:
            q = list(pools[key])
            rng.shuffle(q)
            iters[key] = q
        return q.pop()

    records = []
    for idx, key in enumerate(plan, 1):
        lang, clean = key
        for attempt in range(20):
            t = next_template(key)
            ctx = Ctx(rng, lang, fakers)
            if lang == "de":
                ctx.sub = "de_DE"
                for sub, hints in SUBLOCALE_HINTS.items():
                    if any(h in t for h in hints):
                        ctx.sub = sub
            else:
                ctx.sub = "en_US" if EN_US_RE.search(t) else "en_GB"
            text, values, negatives = render(ctx, t)
            if bool(values) != (not clean):
                continue
            break
        rec = {"id": "b21-%05d" % idx, "split": "blind21", "lang": lang, "text": text,
               "clean": not values,
               "values": sorted(values, key=lambda v: v["start"]),
               "negatives": sorted(negatives, key=lambda v: v["start"])}
        records.append(rec)
    return records


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


# ---------------------------------------------------------------------------
def check_records(records):
    errs = []
    kinds = set()
    if len(records) != N_TOTAL:
        errs.append(f"count {len(records)}")
    for i, r in enumerate(records, 1):
        rid = r["id"]
        if rid != "b21-%05d" % i or r["split"] != "blind21" or r["lang"] not in ("de", "en"):
            errs.append(f"{rid}: header")
        t = r["text"]
        if r["clean"] != (r["values"] == []):
            errs.append(f"{rid}: clean flag")
        spans = []
        last = -1
        for v in r["values"]:
            if t[v["start"]:v["end"]] != v["text"] or v["start"] >= v["end"]:
                errs.append(f"{rid}: value offsets {v}")
            if v["start"] < last:
                errs.append(f"{rid}: values not sorted")
            last = v["start"]
            if CATEGORY.get(v["type"]) != v["category"]:
                errs.append(f"{rid}: category {v}")
            if v["form"] not in FORMS:
                errs.append(f"{rid}: form {v}")
            if not validate_value(v["type"], v["text"], v["form"]):
                errs.append(f"{rid}: invalid value {v['type']} {v['text']!r} ({v['form']})")
            if has_context(t, v["type"], v["start"], v["end"]) != v["context"]:
                errs.append(f"{rid}: context flag {v}")
            if v["type"] == "CVC" and not v["context"]:
                errs.append(f"{rid}: CVC without card-code word")
            # blind21: the text around the new forms
            if v["form"] == "glued_label" and (v["start"] == 0 or t[v["start"] - 1].isspace()):
                errs.append(f"{rid}: glued_label value not glued {v}")
            if v["form"] == "reversed" and not REV_NOTE_RE.search(t[v["end"]:v["end"] + 40]):
                errs.append(f"{rid}: reversed value without a note {v}")
            if v["form"] == "area_code_then" and not re.search(r"(?i)vorwahl|area code|dialling code",
                                                                t[max(0, v["start"] - 25):v["start"]]):
                errs.append(f"{rid}: area_code_then without the area-code word {v}")
            spans.append((v["start"], v["end"]))
        last = -1
        for n in r["negatives"]:
            kinds.add(n["kind"])
            if t[n["start"]:n["end"]] != n["text"] or n["start"] >= n["end"]:
                errs.append(f"{rid}: negative offsets {n}")
            if n["start"] < last:
                errs.append(f"{rid}: negatives not sorted")
            last = n["start"]
            for a, b in spans:
                if n["start"] < b and a < n["end"]:
                    errs.append(f"{rid}: negative overlaps value {n}")
            prob = negative_problem(n["kind"], n["text"])
            if prob:
                errs.append(f"{rid}: negative {n['kind']} {n['text']!r} validates as {prob}")
        allsp = spans + [(n["start"], n["end"]) for n in r["negatives"]]
        for m in re.finditer(r"\d{5,}", t):
            if not any(a <= m.start() and m.end() <= b for a, b in allsp):
                errs.append(f"{rid}: unlabelled digit run {m.group()!r}")
    if sum(len(r["negatives"]) for r in records) < 2500:  # blind21: 2,500 (was 1,500)
        errs.append("fewer than 2,500 negatives")
    if len(kinds) < 280:  # blind21: 280 (was 250)
        errs.append(f"only {len(kinds)} negative kinds (need 280)")
    return errs


HEALTH_LIKE_KINDS = {"pet_breed_age", "vet_bill_total", "temp_logger", "blister_count", "bot_triage_level",  # blind21
                     "exercise_length", "app_streak",
                     "school_health_notice", "tattoo_aftercare", "spa_treatment", "club_form", "meal_service",  # blind20
                     "hearing_aid_warranty", "recall_interval", "form_generic", "blood_drive", "donation_slot",
                     "pharmacy_category", "game_health", "hospital_name", "health_app_feature",  # blind19
                     "vet_procedure", "pet_vaccine", "home_aid", "helpline_name", "crisis_number", "rx_copay",
                     "care_benefit_amount", "exam_accommodation", "cold_chain",
                     "health_news", "health_job_title", "clinic_department", "health_course",  # blind18
                     "medical_device_product", "compression_class", "aid_product_code", "alarm_device",
                     "product_health", "health_charity", "vet_medication", "dosage_schedule", "goae_code",
                     "cpt_code", "pet_health", "figurative_health", "object_health", "fiction_health", "plant_health",
                     "generic_health_topic", "food_allergen_info", "health_business_name", "rx_strength",
                     "lab_reference_range", "heart_rate", "step_count", "calories", "decibel",
                     "care_level_generic", "dosage", "bp_reading_demo", "gdb_generic"}


def stats(records):
    cat, typ, form, kinds = Counter(), Counter(), Counter(), Counter()
    lang = Counter(r["lang"] for r in records)
    clean = sum(r["clean"] for r in records)
    ctx = Counter()
    for r in records:
        for v in r["values"]:
            cat[v["category"]] += 1
            typ[v["type"]] += 1
            form[v["form"]] += 1
            ctx[v["context"]] += 1
        for n in r["negatives"]:
            kinds[n["kind"]] += 1
    nv = sum(cat.values())
    print(f"messages {len(records)}  de {lang['de']}  en {lang['en']}  clean {clean} "
          f"({clean / len(records):.1%})")
    print(f"values {nv}  obfuscated {nv - form['plain']} ({(nv - form['plain']) / max(nv, 1):.1%})"
          f"  context true {ctx[True]} false {ctx[False]}")
    print("per category:", dict(sorted(cat.items())))
    print("per type:", dict(sorted(typ.items())))
    print("per form:", dict(sorted(form.items(), key=lambda x: -x[1])))
    print("blind21 new forms:", {f: form[f] for f in NEW_FORMS_B21},  # blind21
          f"({sum(form[f] for f in NEW_FORMS_B21)} values)")
    print("blind20 forms:", {f: form[f] for f in NEW_FORMS_B20}, f"({sum(form[f] for f in NEW_FORMS_B20)} values)")
    print("blind21 new negative kinds present:", sum(1 for k in NEW_KINDS_B21 if kinds[k]), "of", len(NEW_KINDS_B21))
    print(f"negatives {sum(kinds.values())}  kinds {len(kinds)}")
    for lang, tl in (("de", templates_de.TEMPLATES), ("en", templates_en.TEMPLATES)):
        n_clean = sum(1 for t in tl if not has_value_slot(t))
        print(f"templates {lang}: {len(tl)} distinct {len(set(tl))} (clean {n_clean}, "
              f"with values {len(tl) - n_clean})")
    print("per kind:", dict(sorted(kinds.items(), key=lambda x: (-x[1], x[0]))))
    # blind16: how many messages carry health values / only health-like hard negatives
    h_val = sum(1 for r in records if any(v["category"] == "HEALTH" for v in r["values"]))
    h_neg = sum(1 for r in records if not any(v["category"] == "HEALTH" for v in r["values"])
                and any(n["kind"] in HEALTH_LIKE_KINDS for n in r["negatives"]))
    print(f"health messages: {h_val} with HEALTH values, {h_neg} more with only health-like negatives")


def main(argv):
    records = build()
    out = dumps(records)
    if "--check" in argv:
        errs = check_records(records)
        if not os.path.exists(OUT):
            errs.append("output file missing")
        else:
            with open(OUT, "rb") as fh:
                if fh.read() != out.encode("utf-8"):
                    errs.append("file on disk differs from regenerated output")
        if "--stats" in argv:
            stats(records)
        for e in errs[:60]:
            print("FAIL", e)
        if errs:
            print(f"{len(errs)} failures")
            return 1
        print("check OK")
        return 0
    if "--stats" in argv:
        stats(records)
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(out)
    print(f"wrote {len(records)} records to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
