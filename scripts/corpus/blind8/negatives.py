"""Hard-negative generators for blind8: strings a sensitive-data filter must
leave alone (order/invoice/tracking numbers, dates, amounts, documentation
samples, ...). Purely numeric look-alikes are re-drawn when they happen to pass
the check of a value type (Luhn, IBAN, Steuer-ID, PESEL, NHS, BSN, ...)."""
from __future__ import annotations

import re
import string

import phonenumbers
from schwifty import IBAN
from stdnum import ean as std_ean
from stdnum import isbn as std_isbn
from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel

D = string.digits
U = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(rng, n, first_nonzero=True):
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _a(rng, n, alphabet=U + D):
    return "".join(rng.choice(alphabet) for _ in range(n))


def accidentally_valid(text: str) -> bool:
    """True if the string would pass the check of some value type."""
    compact = re.sub(r"[\s./\-]", "", text)
    if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", compact):
        try:
            IBAN(compact)
            return True
        except Exception:
            pass
    digits = re.sub(r"\D", "", text)
    n = len(digits)
    checks = []
    if 13 <= n <= 19:
        checks.append(luhn.is_valid)
    if n == 9:
        checks.append(nl_bsn.is_valid)
    if n == 10:
        checks += [gb_nhs.is_valid, at_vnr.is_valid]
    if n == 11:
        checks += [de_idnr.is_valid, pl_pesel.is_valid, be_nn.is_valid]
    if n == 13:
        checks.append(ch_ssn.is_valid)
    if n == 15:
        checks.append(fr_nir.is_valid)
    for c in checks:
        try:
            if c(digits):
                return True
        except Exception:
            pass
    if digits.startswith("0") and 9 <= n <= 12:
        for r in ("DE", "AT", "CH", "GB", "FR", "NL"):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(digits, r)):
                    return True
            except Exception:
                pass
    return False


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

EXAMPLE_IBANS = ["DE89 3704 0044 0532 0130 00", "DE89370400440532013000", "GB82 WEST 1234 5698 7654 32",
                 "GB33 BUKB 2020 1555 5555 55", "FR76 3000 6000 0112 3456 7890 189", "AT61 1904 3002 3457 3201",
                 "CH93 0076 2011 6238 5295 7", "NL91 ABNA 0417 1643 00"]
TEST_CARDS = ["4111 1111 1111 1111", "4242 4242 4242 4242", "5555 5555 5555 4444", "5105 1051 0510 5100",
              "3782 822463 10005", "4000 0566 5566 5556", "4012 8888 8888 1881", "4111111111111111"]
EXAMPLE_EMAILS = {"de": ["max.mustermann@example.com", "erika.mustermann@example.de", "name@example.de",
                         "vorname.nachname@example.org"],
                  "en": ["john.doe@example.com", "jane.doe@example.org", "name@example.com", "you@example.com"]}
EXAMPLE_IDS = {"de": ["T22000129", "C01X00T47", "L01X00T47"], "en": ["QQ 12 34 56 C", "QQ123456C", "078-05-1120"]}


def _date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {MONTHS_DE[m - 1]}", f"{d:02d}.{m:02d}.",
                           f"{rng.choice(DAYS_DE)}, {d}. {MONTHS_DE[m - 1]}", f"{y}-{m:02d}-{d:02d}",
                           f"{d:02d}.{m:02d}.{y % 100:02d}"])
    sfx = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {d}{sfx}",
                       f"{rng.choice(DAYS_EN)} {d} {MONTHS_EN[m - 1]}", f"{y}-{m:02d}-{d:02d}",
                       f"{m}/{d}/{y % 100:02d}", f"{d} {MONTHS_EN[m - 1][:3]}"])


def _time(rng, lang):
    h, mi = rng.randint(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
    if lang == "de":
        return rng.choice([f"{h}:{mi:02d}", f"{h} Uhr", f"{h}.{mi:02d} Uhr", f"{h:02d}:{mi:02d} Uhr"])
    h12 = h - 12 if h > 12 else h
    ap = "pm" if h >= 12 else "am"
    return rng.choice([f"{h12}:{mi:02d}{ap}", f"{h12}{ap}", f"{h:02d}:{mi:02d}", f"{h12}.{mi:02d} {ap}"])


def _thousands(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def _amount(rng, lang):
    n = rng.randint(1000, 48000)
    c = rng.randint(0, 99)
    if lang == "de":
        return rng.choice([f"{_thousands(n, '.')},{c:02d} €", f"{_thousands(n, '.')},00 EUR", f"{_thousands(n, '.')} €",
                           f"€ {_thousands(n, '.')},{c:02d}", f"{_thousands(n, '.')},{c:02d}€"])
    return rng.choice([f"£{_thousands(n, ',')}.{c:02d}", f"€{_thousands(n, ',')}.00", f"${_thousands(n, ',')}",
                       f"{_thousands(n, ',')}.{c:02d} GBP", f"£{_thousands(n, ',')}"])


def _price(rng, lang):
    e, c = rng.randint(2, 299), rng.choice([99, 95, 49, 0, 50, 90])
    if lang == "de":
        return rng.choice([f"{e},{c:02d} €", f"{e},{c:02d}€", f"EUR {e},-", f"{e} Euro", f"{e},{c:02d} EUR"])
    return rng.choice([f"£{e}.{c:02d}", f"${e}.{c:02d}", f"€{e}.{c:02d}", f"{e} quid", f"£{e}"])


def _order(rng, lang):
    k = rng.randrange(7)
    if k == 0:
        return f"{_d(rng, 3)}-{_d(rng, 7, False)}-{_d(rng, 7, False)}"
    if k == 1:
        return "#" + _d(rng, rng.choice([6, 7, 8]))
    if k == 2:
        return f"ORD-{rng.choice([2024, 2025])}-{_d(rng, 6, False)}"
    if k == 3:
        return rng.choice(["A", "B", "W", "DE"]) + _d(rng, 9)
    if k in (4, 5):  # 16 digits that fail Luhn
        while True:
            s = _d(rng, 16)
            if not luhn.is_valid(s):
                break
        return " ".join(s[i:i + 4] for i in range(0, 16, 4)) if k == 4 else s
    return _d(rng, 10)


def _tracking(rng, lang):
    k = rng.randrange(6)
    if k == 0:
        return "00340434" + _d(rng, 12, False)
    if k == 1:
        return "JJD" + _d(rng, 18, False)
    if k == 2:
        return "1Z" + _a(rng, 6) + _d(rng, 10, False)
    if k == 3:
        return _a(rng, 2, U) + _d(rng, 9) + rng.choice(["DE", "GB"])
    if k == 4:
        return _d(rng, 14)
    return "H" + _d(rng, 19, False)


def _product_code(rng, lang):
    # IBAN-shaped catalogue code that fails the IBAN check digits
    cc = rng.choice(["DE", "AT", "GB", "NL", "FR"])
    ln = {"DE": 18, "AT": 16, "GB": 18, "NL": 14, "FR": 23}[cc]
    body = _d(rng, ln, False)
    s = cc + _d(rng, 2, False) + body
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if rng.random() < 0.7 else s


def _isbn(rng, lang):
    body = ("9783" if lang == "de" else rng.choice(["9781", "9780"])) + _d(rng, 8, False)
    full = body + std_ean.calc_check_digit(body)
    assert std_isbn.is_valid(full)
    return f"{full[:3]}-{full[3]}-{full[4:8]}-{full[8:12]}-{full[12]}"


def _ean(rng, lang):
    body = (rng.choice(["40", "41", "42", "43"]) if lang == "de" else "50") + _d(rng, 10, False)
    return body + std_ean.calc_check_digit(body)


def gen_negative(kind: str, lang: str, rng) -> str:
    for _ in range(500):
        s = _gen(kind, lang, rng)
        if kind in ("example_iban", "test_card", "example_id"):
            return s
        if not accidentally_valid(s):
            return s
    raise RuntimeError(kind)


def _gen(kind, lang, rng):
    de = lang == "de"
    if kind == "order_number":
        return _order(rng, lang)
    if kind == "invoice_number":
        return rng.choice([f"RE-{rng.choice([2024, 2025])}-{_d(rng, 5, False)}", f"{rng.choice([2024, 2025])}/{_d(rng, 6)}",
                           f"INV-{_d(rng, 6, False)}", f"R{rng.randint(24, 26)}-{_d(rng, 5)}", _d(rng, 8)])
    if kind == "tracking_number":
        return _tracking(rng, lang)
    if kind == "customer_number":
        return rng.choice([_d(rng, 10), _d(rng, 11), _d(rng, 12), f"KD-{_d(rng, 6)}" if de else f"CUS-{_d(rng, 6)}",
                           "K" + _d(rng, 8), _d(rng, 10)])
    if kind == "date":
        return _date(rng, lang)
    if kind == "time":
        return _time(rng, lang)
    if kind == "amount":
        return _amount(rng, lang)
    if kind == "price":
        return _price(rng, lang)
    if kind == "product_code":
        return _product_code(rng, lang)
    if kind == "example_iban":
        return rng.choice(EXAMPLE_IBANS)
    if kind == "test_card":
        return rng.choice(TEST_CARDS)
    if kind == "example_email":
        return rng.choice(EXAMPLE_EMAILS[lang])
    if kind == "example_id":
        return rng.choice(EXAMPLE_IDS[lang])
    if kind == "version_number":
        return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}",
                           f"{rng.randint(1, 6)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{_d(rng, 4)}",
                           f"iOS {rng.randint(15, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}", f"Android {rng.randint(11, 15)}",
                           f"{rng.randint(1, 4)}.{rng.randint(0, 40)}"])
    if kind == "postcode":
        if de:
            return rng.choice([_d(rng, 5), _d(rng, 5), _d(rng, 4)])
        return rng.choice([f"{rng.choice(['M', 'B', 'LS', 'BS', 'EH', 'G', 'SW', 'N', 'E'])}{rng.randint(1, 19)} "
                           f"{rng.randint(1, 9)}{rng.choice(U)}{rng.choice(U)}", _d(rng, 5)])
    if kind == "street_number":
        return rng.choice([str(rng.randint(1, 180)), f"{rng.randint(1, 80)}{rng.choice('abc')}",
                           f"{rng.randint(1, 40)}-{rng.randint(41, 60)}", str(rng.randint(1, 30))])
    if kind == "flight_number":
        return rng.choice(["LH", "EW", "BA", "FR", "U2", "OS", "LX", "DE", "X3", "KL"]) + rng.choice(["", " "]) + str(rng.randint(10, 9899))
    if kind == "voucher_code":
        return rng.choice([f"{rng.choice(['SOMMER', 'WINTER', 'HERBST', 'SPRING', 'WELCOME', 'SALE'])}{rng.randint(10, 30)}",
                           f"{_a(rng, 4)}-{_a(rng, 4)}-{_a(rng, 4)}", f"GS-{_a(rng, 4)}-{_a(rng, 4)}",
                           f"{rng.choice(['XMAS', 'NEU', 'FREE'])}{_a(rng, 5)}"])
    if kind == "ticket_number":
        return rng.choice([f"#{_d(rng, 5)}", f"T-{rng.choice([2024, 2025])}-{_d(rng, 6)}", f"CS-{_d(rng, 6)}",
                           f"INC{_d(rng, 7, False)}"])
    if kind == "contract_number":
        return rng.choice([f"V-{_d(rng, 8)}", f"VN {_d(rng, 4)} {_d(rng, 3, False)} {_d(rng, 3, False)}",
                           f"C-{rng.choice([2023, 2024, 2025])}-{_d(rng, 4, False)}-{_d(rng, 2, False)}", f"{_d(rng, 3)}/{_d(rng, 6)}"])
    if kind == "meter_number":
        return rng.choice([f"1{rng.choice(['ESY', 'EMH', 'ITF', 'APA', 'LGZ'])}{_d(rng, 10, False)}",
                           f"{_d(rng, 8)}", f"Z{_d(rng, 7)}"])
    if kind == "meter_reading":
        n = rng.randint(1200, 68000)
        return f"{_thousands(n, '.')} kWh" if de else f"{_thousands(n, ',')} kWh"
    if kind == "license_plate":
        if de:
            return f"{rng.choice(['M', 'B', 'HH', 'K', 'S', 'F', 'KA', 'HD', 'DO'])}-{_a(rng, rng.choice([1, 2]), U)} {rng.randint(1, 9999)}{rng.choice(['', '', 'E'])}"
        return f"{_a(rng, 2, U)}{_d(rng, 2)} {_a(rng, 3, U)}"
    if kind == "serial_number":
        return rng.choice([_a(rng, 12), f"SN-{_d(rng, 4)}-{_d(rng, 2)}-{_d(rng, 5)}", f"R{_a(rng, 10)}"])
    if kind == "isbn":
        return _isbn(rng, lang)
    if kind == "ean":
        return _ean(rng, lang)
    if kind == "booking_code":
        return _a(rng, 6)
    if kind == "percentage":
        p = rng.choice([10, 15, 20, 25, 30, 40, 50])
        return rng.choice([f"{p} %", f"{p}%", f"{p} Prozent"]) if de else rng.choice([f"{p}%", f"{p} percent"])
    if kind == "measurement":
        return rng.choice([f"{rng.randint(40, 200)} x {rng.randint(30, 220)} cm", f"{rng.randint(1, 9)},{rng.randint(1, 9)} kg" if de
                           else f"{rng.randint(1, 9)}.{rng.randint(1, 9)} kg", f"{rng.randint(60, 240)} cm"])
    if kind == "sku":
        return rng.choice([f"{_d(rng, 3)}-{_d(rng, 4)}-{rng.choice(U)}", f"ART-{_d(rng, 5)}", f"{_d(rng, 4)}-{_d(rng, 2, False)}",
                           f"SKU {_d(rng, 2)}-{_d(rng, 4)}-{rng.choice(['S', 'M', 'L', 'XL'])}"])
    if kind == "transaction_id":
        return rng.choice([f"TXN-{_a(rng, 8, 'abcdef0123456789')}", _a(rng, 16, "abcdef0123456789"),
                           f"{rng.choice(['PAY', 'TX'])}{_a(rng, 10)}"])
    if kind == "seat_number":
        return rng.choice([f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}", f"{rng.randint(10, 120)}"])
    if kind == "train_number":
        return rng.choice(["ICE", "IC", "RE", "RB", "EC", "S"]) + " " + str(rng.randint(1, 2099))
    if kind == "pickup_code":
        return rng.choice([_d(rng, 6), f"{_a(rng, 3)}-{_d(rng, 3)}"])
    if kind == "url":
        return rng.choice(["www.paketdienst-hilfe.de/retoure", "https://service.meinshop24.de/faq",
                           "help.parcelco.co.uk/track", "https://support.shopwave.com/returns",
                           "kundenportal.stadtwerke-nord.de", "www.homedeco-online.de/agb"])
    if kind == "case_reference":
        return rng.choice([f"{rng.randint(1, 9)} O {rng.randint(10, 999)}/{rng.randint(22, 25)}",
                           f"{rng.randint(1, 30)} C {rng.randint(10, 999)}/{rng.randint(22, 25)}"]) if de \
            else f"CR-{rng.choice([2024, 2025])}-{_d(rng, 5, False)}"
    if kind == "company_registration":
        return f"HRB {_d(rng, rng.choice([5, 6]))}{rng.choice(['', ' B'])}" if de else f"Company No. {_d(rng, 8, False)}"
    if kind == "opening_hours":
        return rng.choice(["Mo–Fr 8–18 Uhr", "Mo-Sa 9-20 Uhr", "werktags 7:30–17:00"]) if de \
            else rng.choice(["Mon–Sat 9am–6pm", "Mon-Fri 8-5", "weekdays 9:00–17:30"])
    if kind == "room_number":
        return rng.choice([str(rng.randint(101, 520)), f"{rng.randint(1, 5)}.{rng.randint(1, 30):02d}"])
    if kind == "quantity":
        n = rng.randint(2, 9)
        return rng.choice([f"{n} Stück", f"{n} Pakete", f"{n} Kartons"]) if de else rng.choice([f"{n} boxes", f"{n} items", f"{n} units"])
    if kind == "duration":
        n = rng.randint(2, 9)
        return rng.choice([f"{n} Stunden", f"{n * 10} Minuten"]) if de else rng.choice([f"{n} hours", f"{n * 10} minutes"])
    if kind == "temperature":
        n = rng.randint(28, 38)
        return rng.choice([f"{n} Grad", f"{n}°C", f"{n} °C"]) if de else rng.choice([f"{n}°C", f"{n * 9 // 5 + 32}°F"])
    if kind == "error_code":
        return rng.choice([f"0x{_a(rng, 8, '0123456789ABCDEF')}", f"E-{_d(rng, 4)}", f"Code {rng.choice([403, 500, 502, 503])}",
                           f"ERR_{rng.choice(['PAYMENT', 'AUTH', 'TIMEOUT'])}_{_d(rng, 3)}"])
    if kind == "payment_reference":
        return rng.choice([f"RG-{rng.choice([2024, 2025])}-{_d(rng, 5)}", f"Kd {_d(rng, 5)} Rg {rng.choice([2024, 2025])}/{_d(rng, 4, False)}",
                           f"INV{_d(rng, 6)}", f"REF {_a(rng, 8)}"])
    if kind == "model_number":
        return rng.choice(["WH-1000XM5", "SM-S918B", "KGN39VWEQ", "A2337", "EQ6 S300", "WAN28K40", "HT-A3000", "iPhone 13"])
    if kind == "score":
        return rng.choice(["2:1", "0:3", "1:1", "4:2"]) if de else rng.choice(["2-1", "3-0", "1-1", "4-2"])
    if kind == "year":
        return str(rng.randint(2001, 2023))
    raise KeyError(kind)
