"""Hard-negative generators for blind10 and the check that they do not validate.

Each generator returns the span text for one negative of that kind; the
surrounding words come from the hand-written template.
"""
from __future__ import annotations

import re
import string

from schwifty import IBAN

import values as V

D = string.digits
U = string.ascii_uppercase


def dg(rng, n, first=D):
    return V.rdigits(rng, n, first)


def al(rng, n, alphabet=U + D):
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ean_check(body):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return str((10 - s % 10) % 10)


def _pzn(rng):
    while True:
        body = dg(rng, 7, "0123")
        s = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
        if s < 10:
            return body + str(s)


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def _date(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2026])
    if lang == "de":
        return rng.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.", f"{d}. {MONTHS_DE[m - 1]}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    return rng.choice([f"{d} {MONTHS_EN[m - 1]}", f"{MONTHS_EN[m - 1]} {d}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])


def _time(rng, lang):
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 20, 40, 5])
    if lang == "de":
        return rng.choice([f"{h}:{m:02d} Uhr", f"{h}:{m:02d}", f"{h} Uhr", f"{h}.{m:02d} Uhr"])
    hh = h if h <= 12 else h - 12
    return rng.choice([f"{hh}:{m:02d}pm" if h > 12 else f"{hh}:{m:02d}am", f"{h}:{m:02d}", f"{hh}.{m:02d}", f"{hh} o'clock"])


def _amount(rng, lang):
    v = rng.choice([rng.randint(3, 99) + rng.choice([0, 0.5, 0.99, 0.9, 0.49]), rng.randint(100, 2500) + rng.choice([0, 0.99, 0.5])])
    if lang == "de":
        s = f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return rng.choice([f"{s} €", f"{s}€", f"EUR {s}", f"{s} EUR", f"CHF {s}", f"€ {s}"])
    s = f"{v:,.2f}"
    return rng.choice([f"£{s}", f"${s}", f"€{s}", f"{s} GBP", f"USD {s}"])


def _plate(rng, lang):
    city = rng.choice(["M", "B", "HH", "K", "S", "F", "DA", "HD", "KA", "LB", "N", "RO", "OG", "TÜ"])
    return f"{city}-{al(rng, rng.randint(1, 2), 'ABCDEFGHKLMNPRSTUVXYZ')} {dg(rng, rng.randint(2, 4), '123456789')}{rng.choice(['', '', 'E'])}"


def _ups(rng, lang):
    return "1Z" + al(rng, 6) + dg(rng, 2) + dg(rng, 8)


def _isbn(rng, lang):
    body = "978" + rng.choice(["3", "1", "0"]) + dg(rng, 8)
    n = body + _ean_check(body)
    return f"{n[:3]}-{n[3]}-{n[4:7]}-{n[7:12]}-{n[12]}"


def _ean(rng, lang):
    body = rng.choice(["40", "42", "50", "76", "90"]) + dg(rng, 10)
    return body + _ean_check(body)


def _imei(rng, lang):
    return rng.choice(["35", "86", "01"]) + dg(rng, 13)


def _ip(rng, lang):
    return rng.choice([f"192.168.{rng.randint(0, 2)}{rng.choice(['', '78'])}.{rng.randint(2, 254)}",
                       f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                       f"{rng.randint(80, 217)}.{rng.randint(1, 255)}.{rng.randint(1, 255)}.{rng.randint(1, 254)}"])


def _ts(rng, lang):
    return rng.choice([f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z",
                       f"[{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}]",
                       f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.25, {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"])


def _version(rng, lang):
    return rng.choice([f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}", f"{rng.randint(10, 18)}.{rng.randint(0, 6)}.{rng.randint(1, 3)}",
                       f"Version {rng.randint(3, 8)}.{rng.randint(0, 12)}", f"build {rng.randint(1000, 9999)}"])


def _ref_rf(rng, lang):
    # ISO 11649 creditor reference: RF + 2 check digits + up to 21 alnum
    ref = dg(rng, rng.randint(6, 12))
    num = int("".join(str(int(c, 36)) for c in ref + "RF00"))
    chk = 98 - num % 97
    s = f"RF{chk:02d}{ref}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


GEN = {
    "order_number": lambda r, l: rng_choice(r, [f"{dg(r, 3, '1234')}-{dg(r, 7)}-{dg(r, 7)}", f"#{dg(r, 6, '123456789')}",
                                                 f"A{dg(r, 8)}", f"BE-{dg(r, 6)}", f"{r.choice(['ORD', 'DE', 'WEB'])}{dg(r, 8)}"]),
    "tracking_dhl": lambda r, l: rng_choice(r, ["JJD" + dg(r, 18), "00340434" + dg(r, 12), "CX" + dg(r, 9) + "DE"]),
    "tracking_ups": _ups,
    "tracking_dpd": lambda r, l: "0" + dg(r, 13),
    "tracking_hermes": lambda r, l: "H" + dg(r, 10) + al(r, 2, U) + dg(r, 6),
    "tracking_royalmail": lambda r, l: al(r, 2, U) + dg(r, 9) + "GB",
    "invoice_number": lambda r, l: rng_choice(r, [f"RE-{r.choice([2024, 2025])}-{dg(r, 5)}", f"INV-{dg(r, 6)}", f"R{dg(r, 7)}/25"]),
    "customer_number": lambda r, l: rng_choice(r, [f"K{dg(r, 7)}", f"{dg(r, 7, '123456789')}", f"KD-{dg(r, 6)}", f"C-{dg(r, 5)}-{al(r, 2, U)}"]),
    "contract_number": lambda r, l: rng_choice(r, [f"VT-{dg(r, 5)}-{dg(r, 2)}", f"V{dg(r, 8)}-{dg(r, 2)}", f"MV/{dg(r, 4)}/{r.choice([2023, 2024, 2025])}"]),
    "amount": _amount,
    "date": _date,
    "time": _time,
    "postcode": lambda r, l: rng_choice(r, [dg(r, 5, "123456789")] if l == "de" else [f"{al(r, 2, U)}{r.randint(1, 20)} {r.randint(1, 9)}{al(r, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"]),
    "postcode_ch_at": lambda r, l: dg(r, 4, "123456789"),
    "house_number": lambda r, l: f"{r.randint(1, 180)}{r.choice(['', '', 'a', 'b', ' c'])}",
    "version_number": _version,
    "ip_address": _ip,
    "timestamp": _ts,
    "imei": _imei,
    "serial_number": lambda r, l: rng_choice(r, ["C02" + al(r, 9), "SN" + dg(r, 4) + al(r, 6), al(r, 3, U) + "-" + dg(r, 5) + "-" + al(r, 4)]),
    "meter_reading": lambda r, l: rng_choice(r, [f"{r.randint(1000, 99999)},{r.randint(0, 9)} kWh", f"{r.randint(100, 9999)} m³", f"{r.randint(1000, 99999)}.{r.randint(0, 9)} kWh"]),
    "meter_number": lambda r, l: f"{r.randint(1, 9)}{al(r, 3, U)}{dg(r, 4)}{al(r, 2, U)}{dg(r, 4)}",
    "flight_number": lambda r, l: rng_choice(r, [f"LH {r.randint(100, 2999)}", f"EZY{r.randint(1000, 8999)}", f"BA{r.randint(100, 999)}", f"LX {r.randint(100, 1999)}", f"FR {r.randint(1000, 9999)}", f"OS{r.randint(100, 999)}"]),
    "booking_code": lambda r, l: al(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "isbn": _isbn,
    "ean": _ean,
    "sport_score": lambda r, l: rng_choice(r, [f"{r.randint(0, 5)}:{r.randint(0, 5)}", f"{r.randint(0, 5)}-{r.randint(0, 5)}"]),
    "percentage": lambda r, l: rng_choice(r, [f"{r.randint(2, 80)} %", f"{r.randint(2, 80)}%", f"{r.randint(1, 19)},{r.randint(1, 9)} %" if l == "de" else f"{r.randint(1, 19)}.{r.randint(1, 9)}%"]),
    "pzn": lambda r, l: rng_choice(r, [_pzn(r), "PZN-" + _pzn(r)]),
    "aktenzeichen": lambda r, l: rng_choice(r, [f"{r.randint(1, 40)} C {r.randint(10, 999)}/{r.choice([23, 24, 25])}",
                                                 f"{r.randint(1, 9)} O {r.randint(10, 399)}/{r.choice([24, 25])}",
                                                 f"AZ {dg(r, 3)}-{al(r, 2, U)}-{r.choice([2024, 2025])}"]),
    "licence_plate": _plate,
    "licence_plate_uk": lambda r, l: f"{al(r, 2, 'ABDEFGHKLMNOPRSVWY')}{r.choice(['19', '69', '20', '70', '21', '71', '23', '73'])} {al(r, 3, 'ABCDEFGHJKLMNOPRSTUVWXYZ')}",
    "creditor_reference": _ref_rf,
    "room_number": lambda r, l: rng_choice(r, [str(r.randint(1, 4)) + dg(r, 2), f"{r.randint(1, 4)}.{dg(r, 2)}"]),
    "ticket_number": lambda r, l: rng_choice(r, [f"#{dg(r, 6, '123456789')}", f"TCK-{dg(r, 5)}", f"INC{dg(r, 7)}", f"SR-{dg(r, 4)}-{dg(r, 3)}"]),
    "quantity": lambda r, l: rng_choice(r, [f"{r.randint(2, 12)} Stück", f"{r.randint(2, 6)}x", f"{r.choice([100, 250, 500])} ml"] if l == "de" else [f"{r.randint(2, 12)} pcs", f"x{r.randint(2, 6)}", f"{r.randint(2, 10)} units"]),
    "body_measure_generic": lambda r, l: rng_choice(r, [f"{r.randint(60, 110)} kg", f"{r.randint(38, 47)}"]),
    "law_reference": lambda r, l: rng_choice(r, [f"§ {r.randint(100, 650)} BGB", f"Art. {r.randint(5, 22)} DSGVO", f"§ {r.randint(1, 30)} KSchG", f"Section {r.randint(1, 99)}", f"Art. {r.randint(5, 22)} GDPR"]),
    "year": lambda r, l: str(r.randint(1998, 2026)),
    "voucher_code": lambda r, l: rng_choice(r, [f"{r.choice(['SOMMER', 'WELCOME', 'SPRING', 'BLACKWEEK', 'FIT'])}{r.randint(10, 30)}", f"{al(r, 4)}-{al(r, 4)}-{al(r, 4)}"]),
    "error_code": lambda r, l: rng_choice(r, [f"E-{r.randint(100, 999)}", f"HTTP {r.choice([400, 401, 403, 404, 500, 502, 503])}", f"0x{al(r, 8, '0123456789ABCDEF')}", f"Fehler {r.randint(10, 99)}"]),
    "model_number": lambda r, l: rng_choice(r, [f"SM-{al(r, 1, 'AGSN')}{dg(r, 3)}{al(r, 1, U)}", f"WM{dg(r, 2)}{al(r, 3, U)}{dg(r, 3)}", f"iPhone {r.randint(11, 16)}", f"KG{dg(r, 2)}{al(r, 3, U)}{dg(r, 2)}"]),
    "mac_address": lambda r, l: ":".join(al(r, 2, "0123456789ABCDEF") for _ in range(6)),
    "request_id": lambda r, l: rng_choice(r, ["req_" + al(r, 16, "abcdef0123456789"), "-".join(al(r, n, "abcdef0123456789") for n in (8, 4, 4, 4, 12))]),
    "train_number": lambda r, l: rng_choice(r, [f"ICE {r.randint(100, 1999)}", f"IC {r.randint(2000, 2499)}", f"RE {r.randint(1, 99)}", f"RJX {r.randint(60, 869)}"]),
    "seat_number": lambda r, l: rng_choice(r, [f"{r.randint(11, 118)}", f"{r.randint(1, 38)}{r.choice('ABCDEF')}"]),
    "membership_number": lambda r, l: rng_choice(r, [f"M-{dg(r, 5)}", f"{dg(r, 5, '123456789')}", f"FIT{dg(r, 6)}"]),
    "mileage": lambda r, l: f"{r.randint(10, 250)}.{dg(r, 3)} km" if l == "de" else f"{r.randint(10, 150)},{dg(r, 3)} miles",
    "temperature": lambda r, l: rng_choice(r, [f"{r.randint(18, 24)} °C", f"{r.randint(-5, 35)}°", f"{r.randint(60, 90)}°F"]),
    "coordinates": lambda r, l: f"{r.randint(46, 54)}.{dg(r, 4)}, {r.randint(6, 14)}.{dg(r, 4)}",
    "username": lambda r, l: "@" + r.choice(["lena", "tom", "kiki", "maxi", "jules", "sam", "nina"]) + r.choice(["_", ".", ""]) + r.choice(["92", "x", "_b", "2000", "official"]),
    "url": lambda r, l: rng_choice(r, [f"https://www.{r.choice(['shop-beispiel', 'moebelhaus24', 'fitpoint', 'reisewelt'])}.de/{r.choice(['retoure', 'konto', 'faq', 'termin'])}/{dg(r, 4)}",
                                        f"https://{r.choice(['help', 'support', 'my'])}.{r.choice(['acme-store', 'flatshare', 'gymnation'])}.co.uk/{r.choice(['returns', 'account', 'booking'])}?id={dg(r, 5)}"]),
    "tariff_name": lambda r, l: rng_choice(r, [f"Tarif {r.choice(['S', 'M', 'L', 'XL'])} {r.choice([10, 20, 40, 60])} GB", f"{r.choice(['Basic', 'Plus', 'Premium'])} {r.randint(12, 24)}", f"DSL {r.choice([50, 100, 250])}"]),
    "bank_code_only": lambda r, l: f"{dg(r, 3, '123456789')} {dg(r, 3)} {dg(r, 2)}",
    "sort_code_only": lambda r, l: f"{dg(r, 2)}-{dg(r, 2)}-{dg(r, 2)}",
    "duration": lambda r, l: rng_choice(r, [f"{r.randint(2, 14)} Tage", f"{r.randint(2, 8)} Wochen", f"{r.randint(20, 90)} Minuten"] if l == "de" else [f"{r.randint(2, 14)} days", f"{r.randint(2, 8)} weeks", f"{r.randint(20, 90)} minutes"]),
    "clothing_size": lambda r, l: rng_choice(r, [str(r.choice([36, 38, 40, 42, 44, 46])), r.choice(["S", "M", "L", "XL"]), f"EU {r.randint(36, 46)}", f"UK {r.randint(4, 12)}"]),
    "gate_platform": lambda r, l: rng_choice(r, [f"{r.choice('ABCD')}{r.randint(1, 60)}", str(r.randint(1, 24))]),
    "page_reference": lambda r, l: f"{r.randint(1, 12)}/{r.randint(12, 20)}",
    "parcel_locker": lambda r, l: str(r.randint(100, 299)),
    "file_name": lambda r, l: rng_choice(r, [f"IMG_{dg(r, 4)}.jpg", f"scan_{dg(r, 8)}.pdf", f"Rechnung_{dg(r, 5)}.pdf", f"Screenshot_{dg(r, 8)}-{dg(r, 6)}.png"]),
    "dosage_unit_free": lambda r, l: f"{r.choice([250, 500, 750, 1000])} {r.choice(['ml', 'g'])}",
    "phone_extension_only": lambda r, l: f"-{r.randint(10, 499)}",
    "price_per_unit": lambda r, l: f"{r.randint(0, 2)},{dg(r, 2)} €/kWh" if l == "de" else f"{r.randint(10, 60)}p/kWh",
}


def rng_choice(r, opts):
    return r.choice(opts)


def gen(kind, rng, lang):
    for _ in range(300):
        s = GEN[kind](rng, lang)
        if neg_ok(s, kind):
            return s
    raise RuntimeError(f"cannot make negative {kind}")


_SEP = re.compile(r"[\s./\-:,()\u00a0]")


def neg_ok(text, kind=""):
    """True if ``text`` does NOT validate as IBAN, card, phone or national ID."""
    variants = {text, _SEP.sub("", text)}
    for v in variants:
        if not v:
            continue
        if kind != "example_iban":
            try:
                IBAN(v)
                return False
            except Exception:
                pass
        if kind != "test_card" and v.isdigit() and 12 <= len(v) <= 19 and V.luhn_ok(v):
            return False
        if any(_safe(f, v) for f in V.NEG_ID_CHECKS):
            return False
    if kind not in ("example_iban", "test_card") and any(V.phone_valid_any(v) for v in variants if v):
        return False
    return True


def _safe(f, v):
    try:
        return bool(f(v))
    except Exception:
        return False
