"""Generators for hard negatives: strings that look like sensitive values but
are not (order numbers, dates, sample IBANs, test cards, ...)."""
from __future__ import annotations

import datetime as _dt

from stdnum import isbn as _isbn, ean as _ean, luhn
from stdnum.de import idnr
from stdnum.nl import bsn
from stdnum.gb import nhs
from stdnum.pl import pesel
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.fr import nir

import values as V

D = "0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(rng, n, first_nonzero=True):
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def _u(rng, n):
    return "".join(rng.choice(UP) for _ in range(n))


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def n_date(rng, lang, region):
    d = _dt.date(2024, 1, 1) + _dt.timedelta(days=rng.randint(0, 900))
    if lang == "de":
        m = MONTHS_DE[d.month - 1] if region != "AT" or d.month != 1 else "Jänner"
        return rng.choice([f"{d:%d.%m.%Y}", f"{d.day}.{d.month}.", f"{d.day}. {m}", f"{d:%d.%m.%y}",
                           f"{d.day}. {m} {d.year}"])
    if region == "US":
        return rng.choice([f"{d.month}/{d.day}/{d.year}", f"{MONTHS_EN[d.month-1]} {d.day}", f"{d:%m/%d/%y}"])
    return rng.choice([f"{d:%d/%m/%Y}", f"{d.day} {MONTHS_EN[d.month-1]}", f"{d.day} {MONTHS_EN[d.month-1][:3]} {d.year}",
                       f"{d:%Y-%m-%d}"])


def n_time(rng, lang, region):
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "de":
        return rng.choice([f"{h}:{m:02d} Uhr", f"{h:02d}:{m:02d}", f"{h}.{m:02d} Uhr", f"{h} Uhr"])
    if region == "US" or rng.random() < 0.5:
        return f"{(h - 1) % 12 + 1}:{m:02d} {'am' if h < 12 else 'pm'}" if rng.random() < 0.5 else f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"
    return f"{h:02d}:{m:02d}"


def n_amount(rng, lang, region):
    e = rng.randint(5, 4999)
    c = rng.randint(0, 99)
    if lang == "de":
        cur = "CHF" if region == "CH" else "€"
        big = f"{e:,}".replace(",", ".")
        return rng.choice([f"{big},{c:02d} {cur}", f"{e},{c:02d}€", f"{cur} {big},{c:02d}", f"{e} Euro" if cur == "€" else f"{e} Franken"])
    cur = {"US": "$", "GB": "£", "IE": "€"}.get(region, rng.choice(["£", "€", "$"]))
    return rng.choice([f"{cur}{e:,}.{c:02d}", f"{cur}{e}", f"{e:,}.{c:02d} EUR", f"{cur}{e}.{c:02d}"])


def n_price(rng, lang, region):
    e, c = rng.randint(1, 199), rng.choice([99, 95, 49, 90, 0, 50])
    if lang == "de":
        return rng.choice([f"{e},{c:02d} €", f"{e},{c:02d}€", f"€ {e},{c:02d}"])
    return rng.choice([f"£{e}.{c:02d}", f"${e}.{c:02d}", f"€{e}.{c:02d}"])


def n_order(rng, lang, region):
    return rng.choice([f"{_d(rng,3)}-{_d(rng,7)}-{_d(rng,7)}", f"#{_d(rng,7)}", f"A{_d(rng,8)}",
                       f"BE-{_d(rng,6)}", f"{_u(rng,2)}{_d(rng,6)}", f"ORD-{_d(rng,5)}-{_u(rng,2)}",
                       f"{_d(rng,4)}-{_d(rng,4)}-{_u(rng,1)}"])


def n_invoice(rng, lang, region):
    y = rng.choice([2024, 2025, 2026])
    return rng.choice([f"RE-{y}-{_d(rng,5)}", f"INV-{_d(rng,6)}", f"R{_d(rng,8)}", f"{y}/{_d(rng,4)}",
                       f"RG{y % 100}-{_d(rng,5)}", f"F-{_d(rng,7)}"])


def n_tracking(rng, lang, region):
    return rng.choice([f"JJD{_d(rng,18, False)}", f"1Z{_u(rng,3)}{_d(rng,3)}{_d(rng,10, False)}",
                       f"H{_d(rng,19, False)}", f"{_d(rng,12)}", f"RR{_d(rng,9)}DE", f"LX{_d(rng,9)}DE",
                       f"CX{_d(rng,9)}GB", f"00{_d(rng,18, False)}"])


def n_customer(rng, lang, region):
    return rng.choice([f"KD-{_d(rng,6)}", f"{_d(rng,7)}", f"K{_d(rng,7)}", f"CUST-{_d(rng,5)}",
                       f"{_d(rng,3)} {_d(rng,3)} {_d(rng,2)}", f"C-{_d(rng,4)}-{_u(rng,2)}"])


def n_contract(rng, lang, region):
    return rng.choice([f"VN-{_d(rng,8)}", f"{_d(rng,2)}-{_d(rng,7)}-{_d(rng,1)}", f"V{_d(rng,9)}",
                       f"{_d(rng,4)} {_d(rng,4)} {_d(rng,2)}", f"CT{_d(rng,6)}", f"MV-{_d(rng,5)}/{rng.randint(20,26)}"])


def n_meter(rng, lang, region):
    return rng.choice([f"1ESY{_d(rng,10, False)}", f"1EMH00{_d(rng,8, False)}", f"{_d(rng,8)}",
                       f"7ELS{_d(rng,8, False)}", f"1APA{_d(rng,10, False)}", f"G4-{_d(rng,7)}"])


def n_malo(rng, lang, region):
    while True:
        s = "5" + _d(rng, 10, False)
        if not idnr.is_valid(s):
            return s


def n_iban_shaped(rng, lang, region):
    # reference / catalogue codes with IBAN shape whose checksum does NOT validate
    while True:
        cc = rng.choice(["DE", "AT", "NL", "FR", "GB", "XX", "DE", "EU"])
        body = _d(rng, rng.choice([16, 18, 20]), False)
        s = f"{cc}{_d(rng,2, False)}{body}"
        if V.iban_is_checksum_valid(s):
            continue
        if rng.random() < 0.6:
            return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
        return s


def n_example_iban(rng, lang, region):
    s = rng.choice(V.DOC_SAMPLE_IBANS)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.6 else s


def n_test_card(rng, lang, region):
    s = rng.choice(sorted(V.PUBLIC_TEST_CARDS))
    if len(s) == 16 and rng.random() < 0.6:
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return s


def n_isbn(rng, lang, region):
    body = "978" + rng.choice(["3", "1", "0"]) + _d(rng, 8, False)
    s = body + _ean.calc_check_digit(body)
    assert _isbn.is_valid(s)
    return rng.choice([s, _isbn.format(s), f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"])


def n_ean(rng, lang, region):
    body = rng.choice(["40", "42", "50", "76", "90", "54"]) + _d(rng, 10, False)
    s = body + _ean.calc_check_digit(body)
    assert _ean.is_valid(s)
    return s


def n_flight(rng, lang, region):
    return rng.choice(["LH", "EW", "FR", "U2", "BA", "OS", "LX", "KL", "AF", "DE", "VY", "W6", "EI", "UA"]) + \
        rng.choice(["", " "]) + str(rng.randint(10, 9899))


def n_train(rng, lang, region):
    return rng.choice([f"ICE {rng.randint(100, 1999)}", f"IC {rng.randint(2000, 2399)}", f"RE {rng.randint(1, 99)}",
                       f"RJX {rng.randint(40, 899)}", f"EC {rng.randint(100, 399)}", f"IR {rng.randint(10, 99)}",
                       f"NJ {rng.randint(400, 499)}", f"Eurostar {rng.randint(9001, 9199)}"])


def n_postcode(rng, lang, region):
    if region == "GB":
        return f"{rng.choice(['M','B','LS','SW','N','E','CF','EH','G','BS','OX','CB'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{_u(rng,2)}"
    if region == "US":
        return _d(rng, 5)
    if region in ("AT", "CH", "BE", "LU"):
        return str(rng.randint(1010, 9990))
    if region == "NL":
        return f"{rng.randint(1011, 9999)} {_u(rng,2)}"
    if region == "PL":
        return f"{rng.randint(10, 99)}-{_d(rng,3, False)}"
    return f"{rng.randint(1067, 99998):05d}"


def n_version(rng, lang, region):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
                       f"{rng.randint(1, 19)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}",
                       f"{rng.randint(3, 12)}.{rng.randint(0, 40)}", f"v{rng.randint(2, 6)}.{rng.randint(0, 9)}"])


def n_os_version(rng, lang, region):
    return rng.choice([f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}", f"Android {rng.randint(11, 15)}",
                       f"iOS {rng.randint(16, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Windows {rng.choice([10, 11])}"])


def n_serial(rng, lang, region):
    return rng.choice([f"SN{_d(rng,10, False)}", f"{_u(rng,3)}{_d(rng,5)}{_u(rng,2)}{_d(rng,2)}",
                       f"C02{_u(rng,2)}{_d(rng,1)}{_u(rng,3)}{_d(rng,1)}{_u(rng,1)}", f"S/N {_d(rng,4)}-{_d(rng,4)}-{_u(rng,2)}"])


def n_booking(rng, lang, region):
    return rng.choice([_u(rng, 6), f"{_u(rng,3)}{_d(rng,3)}", f"BK-{_d(rng,6)}", f"{_u(rng,2)}{_d(rng,2)}{_u(rng,2)}"])


def n_case(rng, lang, region):
    return rng.choice([f"Az. {rng.randint(1, 40)} O {rng.randint(10, 999)}/{rng.randint(22, 26)}",
                       f"CR-{_d(rng,4)}-{_d(rng,2)}", f"Vorgang {_d(rng,8)}", f"#{_d(rng,6)}",
                       f"CASE-{_u(rng,2)}{_d(rng,5)}", f"SR-{_d(rng,7)}"])


def n_policy(rng, lang, region):
    return rng.choice([f"{_d(rng,2)}-{_d(rng,6)}-{_d(rng,1)}", f"KV{_d(rng,8)}", f"POL-{_d(rng,7)}",
                       f"{_u(rng,2)}/{_d(rng,6)}/{rng.randint(22, 26)}", f"LV {_d(rng,3)}.{_d(rng,3)}.{_d(rng,3)}"])


def n_claim(rng, lang, region):
    return rng.choice([f"SN-{rng.randint(2023, 2026)}-{_d(rng,5)}", f"CLM{_d(rng,7)}", f"{_d(rng,3)}/{_d(rng,5)}/K",
                       f"S{_d(rng,9)}"])


def n_ticket(rng, lang, region):
    return rng.choice([f"#{_d(rng,5)}", f"INC{_d(rng,7)}", f"Ticket-{_d(rng,6)}", f"T-{_d(rng,4)}-{_u(rng,3)}",
                       f"REQ-{_d(rng,5)}"])


def n_plate(rng, lang, region):
    if region == "GB":
        return f"{_u(rng,2)}{rng.randint(10, 73)} {_u(rng,3)}"
    if region == "AT":
        return f"W-{rng.randint(1000, 99999)}{_u(rng,1)}"
    if region == "CH":
        return f"ZH {rng.randint(10000, 999999)}"
    return f"{rng.choice(['M','B','HH','K','F','S','DA','HD','N','KA','L','DD'])}-{_u(rng,rng.randint(1,2))} {rng.randint(1, 9999)}"


def n_vin(rng, lang, region):
    return rng.choice(["WVW", "WBA", "WDD", "WAU", "VF1", "ZFA", "TMB", "VSS", "SAL"]) + \
        "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)) + \
        "".join(rng.choice(D) for _ in range(8))


def n_imei(rng, lang, region):
    body = "35" + _d(rng, 12, False)
    return body + luhn.calc_check_digit(body)


def n_iccid(rng, lang, region):
    body = "8949" + _d(rng, 14, False)
    s = body + luhn.calc_check_digit(body)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.5 else s


def n_pzn(rng, lang, region):
    while True:
        b = _d(rng, 7, False)
        c = sum(int(x) * (i + 1) for i, x in enumerate(b)) % 11
        if c < 10:
            return f"PZN {b}{c}" if rng.random() < 0.5 else f"{b}{c}"


def n_batch(rng, lang, region):
    return rng.choice([f"{_d(rng,1)}{_u(rng,1)}{_d(rng,3)}{_u(rng,1)}", f"LOT {_u(rng,2)}{_d(rng,4)}", f"Ch.-B. {_d(rng,6)}"])


def n_percentage(rng, lang, region):
    v = rng.choice([5, 10, 15, 19, 20, 25, 3.5, 7, 2.9, 50])
    return (f"{v} %".replace(".", ",") if lang == "de" else f"{v}%")


def n_quantity(rng, lang, region):
    if lang == "de":
        return rng.choice(["2 Packungen", "100 Stück", "500 ml", "3 x 20 Stück", "1 kg", "2x 250 g", "1,5 l", "6 Flaschen"])
    return rng.choice(["12 rolls", "a pack of 30", "3 boxes", "250 ml", "2 x 500 g", "six bottles"])


def n_kwh(rng, lang, region):
    v = rng.randint(1000, 99999)
    return f"{v:,}".replace(",", ".") + " kWh" if lang == "de" else f"{v:,} kWh"


def n_mileage(rng, lang, region):
    v = rng.randint(5000, 240000)
    return f"{v:,}".replace(",", ".") + " km" if lang == "de" else (f"{v:,} miles" if region in ("GB", "US") else f"{v:,} km")


def n_url(rng, lang, region):
    return rng.choice(["www.example-shop.de/retoure", "https://kundenportal.stadtwerke-beispiel.de", "bit.ly/3xYz9Qp",
                       "https://www.gov.uk/tax-codes", "portal.krankenkasse-muster.de/login", "https://help.shop.co.uk/returns",
                       "www.elster.de", "app.energie-plus.de/zaehlerstand", "https://booking.travel-example.com/manage"])


def n_handle(rng, lang, region):
    return "@" + rng.choice(["lena_bakes", "mr.fixit", "tom_runs_berlin", "kaffee_klatsch", "the_real_jess", "bikeguy88",
                             "oma_hilde", "sam.writes", "nordlicht_23"])


def n_ip(rng, lang, region):
    return rng.choice([f"192.168.{rng.randint(0, 2)}.{rng.randint(2, 254)}", f"192.168.178.{rng.randint(1, 60)}",
                       f"10.0.{rng.randint(0, 9)}.{rng.randint(2, 254)}"])


def n_voucher(rng, lang, region):
    return rng.choice([f"SOMMER{rng.randint(10, 30)}-{_u(rng,3)}", f"{_u(rng,4)}-{_u(rng,4)}-{_u(rng,4)}", f"WELCOME{rng.randint(5, 20)}",
                       f"GC{_d(rng,10)}"])


def n_seat(rng, lang, region):
    return f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"


def n_room(rng, lang, region):
    if lang == "de":
        return rng.choice([f"Zimmer {rng.randint(101, 450)}", f"Zi. {rng.randint(1, 40)}", f"Raum {rng.randint(1, 4)}.{rng.randint(10, 40)}"])
    return rng.choice([f"room {rng.randint(101, 450)}", f"Room {rng.randint(1, 40)}", f"suite {rng.randint(1, 20)}"])


def n_platform(rng, lang, region):
    if lang == "de":
        return rng.choice([f"Gleis {rng.randint(1, 22)}", f"Gate {rng.choice('ABCDE')}{rng.randint(1, 60)}", f"Terminal {rng.randint(1, 3)}",
                           f"Steig {rng.randint(1, 12)}"])
    return rng.choice([f"Gate {rng.choice('ABCDE')}{rng.randint(1, 60)}", f"platform {rng.randint(1, 14)}", f"Terminal {rng.randint(1, 5)}",
                       f"stand {rng.randint(1, 30)}"])


def n_year(rng, lang, region):
    return str(rng.randint(2019, 2026))


def n_duration(rng, lang, region):
    if lang == "de":
        return rng.choice(["3 Wochen", "zwei Tage", "14 Tage", "6 Monate", "48 Stunden", "eine Woche", "10 Werktage"])
    return rng.choice(["10 days", "two weeks", "3 months", "24 hours", "a fortnight", "5 working days"])


def n_distance(rng, lang, region):
    if lang == "de":
        return rng.choice(["12 km", "3,5 km", "200 m", "40 km", "800 Meter"])
    return rng.choice(["5 miles", "800 metres", "40 km", "12 miles", "200 yards"])


def n_weather_temp(rng, lang, region):
    if lang == "de":
        return rng.choice(["31 Grad", "minus 8 Grad", "-5 °C", "28°C", "35 Grad im Schatten"])
    return rng.choice(["90°F", "28°C", "minus 5", "32 degrees", "-3 °C"])


def n_bank_code(rng, lang, region):
    if region in ("GB", "IE"):
        return f"{_d(rng,2)}-{_d(rng,2, False)}-{_d(rng,2, False)}"
    return f"{rng.randint(100, 899)} {_d(rng,3, False)} {_d(rng,2, False)}"


def n_payment_ref(rng, lang, region):
    return rng.choice([f"RG {rng.randint(2024, 2026)}-{_d(rng,4)}", f"Kassenzeichen {_d(rng,4)}.{_d(rng,4)}.{_d(rng,4)}",
                       f"Ref. {_u(rng,3)}{_d(rng,6)}", f"Mandatsreferenz M{_d(rng,9)}", f"MREF-{_d(rng,6)}"])


def n_creditor_id(rng, lang, region):
    return f"DE{_d(rng,2)}ZZZ0000{_d(rng,7, False)}"


def n_isin(rng, lang, region):
    pre = rng.choice(["DE000", "IE00B", "LU0", "US0"])
    return pre + "".join(rng.choice(D + "ABCDEFGHJK") for _ in range(11 - len(pre))) + _d(rng, 1, False)


def n_hrb(rng, lang, region):
    return f"HRB {rng.randint(1000, 250000)}" + rng.choice(["", " B", ""])


def n_asin(rng, lang, region):
    return "B0" + "".join(rng.choice(UP + D) for _ in range(8))


def n_size(rng, lang, region):
    return rng.choice(["Größe 42", "Gr. M", "size 10", "EU 39", "UK 8", "XL", "Größe 38/40", "W32 L34"])


def n_icd_like(rng, lang, region):
    if lang == "de":
        return rng.choice(["Autobahn A9", "Tram M10", "Regal K21", "Formular E45", "Stellplatz C34", "Linie N20",
                           "Raum B12.1", "Halle F12", "Sitzreihe J45"])
    return rng.choice(["the M25", "bus N20", "aisle K21", "form P45", "bay C34", "the A9", "room B12.1", "gate F12",
                       "tax form P60"])


def n_tariff(rng, lang, region):
    return rng.choice(["Tarif M 24", "Basis 12", "Mobil L 5G", "Strom Flex 2025", "Gas Fix 24", "Unlimited 5G Plus",
                       "Eco Green 36", "KV Comfort 300"])


def n_apartment(rng, lang, region):
    if lang == "de":
        if region == "AT":
            return f"Top {rng.randint(1, 30)}"
        return rng.choice([f"Whg. {rng.randint(1, 40)}", f"WE {_d(rng,2)}", f"Wohnung {rng.randint(1, 18)}"])
    return rng.choice([f"flat {rng.randint(1, 40)}{rng.choice('ABC')}", f"apt {rng.randint(1, 20)}", f"Flat {rng.randint(1, 12)}",
                       f"unit {rng.randint(1, 30)}"])


def n_account_login(rng, lang, region):
    return rng.choice(["kunde4711", "m.berger_84", "jsmith2020", "lisa.k", "user_558201"])


def n_hotline_ext(rng, lang, region):
    return f"Durchwahl -{rng.randint(10, 499)}" if lang == "de" else f"ext. {rng.randint(100, 999)}"


GEN = {k[2:]: v for k, v in globals().items() if k.startswith("n_") and callable(v)}

# kinds that are deliberately Luhn / IBAN-valid lookalikes are exempt from the overlap check
EXEMPT = {"example_iban", "test_card", "imei", "iccid", "isbn", "ean"}


def collides(text: str, kind: str) -> bool:
    """True if a generated negative would itself validate as a sensitive value."""
    if kind in EXEMPT:
        return False
    comp = "".join(c for c in text if c.isalnum()).upper()
    if V.iban_is_checksum_valid(comp):
        return True
    digits = "".join(c for c in text if c.isdigit())
    if digits == comp:
        if V.valid_card(digits):
            return True
        n = len(digits)
        if n == 9 and bsn.is_valid(digits):
            return True
        if n == 10 and nhs.is_valid(digits):
            return True
        if n == 11 and (idnr.is_valid(digits) or pesel.is_valid(digits) or be_nn.is_valid(digits)):
            return True
        if n == 13 and ch_ssn.is_valid(digits):
            return True
        if n == 15 and nir.is_valid(digits):
            return True
    s = text.strip()
    if s.startswith("0") or s.startswith("+"):
        for cc in ("DE", "GB", "FR", "NL", "AT"):
            if V.phone_canon(s, cc):
                return True
    return False


def gen_negative(rng, kind, lang, region):
    for _ in range(100):
        t = GEN[kind](rng, lang, region)
        if not collides(t, kind):
            return t
    raise RuntimeError(kind)
