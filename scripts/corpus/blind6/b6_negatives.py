"""Hard-negative generators for the blind-6 corpus (things that must NOT be redacted).

Written blind (no access to the filter's rules).  Numeric negatives are checked
so that they do not accidentally satisfy a value checksum (Luhn for 13-19 digit
strings, Steuer-ID, BSN, NHS, PESEL, AT SVNR, German phone numbers).
"""
from __future__ import annotations

import re

import phonenumbers
from stdnum import luhn, isbn, ean
from stdnum.de import idnr
from stdnum.nl import bsn
from stdnum.gb import nhs
from stdnum.pl import pesel
from stdnum.at import vnr
from stdnum.us import ssn as us_ssn

from b6_values import rdigits, SAMPLE_IBANS, UPPER

MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def digits_look_like_value(s):
    """True if a pure digit string would pass one of the value checksums."""
    d = "".join(c for c in s if c.isdigit())
    if d != s.replace(" ", "").replace("-", "").replace(".", "").replace("/", ""):
        return False
    n = len(d)
    if 13 <= n <= 19 and luhn.is_valid(d):
        return True
    if n == 11 and (idnr.is_valid(d) or pesel.is_valid(d)):
        return True
    if n == 9 and (bsn.is_valid(d) or us_ssn.is_valid(d) and re.fullmatch(r"\d{3}-\d{2}-\d{4}", s.strip())):
        return True
    if n == 10 and (nhs.is_valid(d) or vnr.is_valid(d)):
        return True
    if d.startswith("0") and 9 <= n <= 13:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(d, "DE")):
                return True
        except phonenumbers.NumberParseException:
            pass
    return False


def _safe(rng, fn, tries=200):
    for _ in range(tries):
        s = fn()
        if not digits_look_like_value(s):
            return s
    raise RuntimeError("no safe negative")


def alnum(rng, n):
    return "".join(rng.choice(ALNUM) for _ in range(n))


def neg_DATE(rng, lang, flavor, variant=None):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2024, 2025, 2025, 2025, 2026])
    if variant == "dob":
        y = rng.randint(1948, 2006)
        if lang == "de":
            return rng.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS_DE[m - 1], y)])
        if flavor == "US":
            return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MON_EN[m - 1], d, y)])
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y)])
    if variant == "future":
        y = rng.choice([2026, 2027, 2028, 2029, 2030, 2031])
    if lang == "de":
        return rng.choice([
            "%02d.%02d.%d" % (d, m, y), "%d.%d." % (d, m), "%02d.%02d.%02d" % (d, m, y % 100),
            "%d. %s" % (d, MONTHS_DE[m - 1]), "%d. %s %d" % (d, MONTHS_DE[m - 1], y), "%d-%02d-%02d" % (y, m, d),
            "%02d.%02d." % (d, m),
        ])
    if flavor == "US":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d" % (MONTHS_EN[m - 1], d), "%d/%d" % (m, d),
                           "%s %d, %d" % (MON_EN[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS_EN[m - 1]), "%d %s %d" % (d, MON_EN[m - 1], y),
                       "%s %d %s" % (DAYS_EN[rng.randint(0, 6)], d, MON_EN[m - 1]), "%d-%02d-%02d" % (y, m, d)])


def neg_TIME(rng, lang, flavor):
    h, mi = rng.randint(7, 20), rng.choice([0, 0, 15, 30, 45, 10, 20, 50])
    if lang == "de":
        return rng.choice(["%d:%02d" % (h, mi), "%02d:%02d Uhr" % (h, mi), "%d Uhr" % h, "%d.%02d Uhr" % (h, mi),
                           "%d:%02d" % (h, mi)])
    hh = h % 12 or 12
    return rng.choice(["%d:%02d%s" % (hh, mi, "pm" if h >= 12 else "am"), "%d%s" % (hh, "pm" if h >= 12 else "am"),
                       "%02d:%02d" % (h, mi), "%d:%02d %s" % (hh, mi, "PM" if h >= 12 else "AM")])


def _amount(rng, lo, hi):
    return rng.randint(lo, hi), rng.choice([0, 99, 90, 50, 95, 49, 0, 0])


def neg_PRICE(rng, lang, flavor):
    a, c = _amount(rng, 3, 399)
    if lang == "de":
        if flavor == "CH":
            return rng.choice(["CHF %d.%02d" % (a, c), "%d.%02d CHF" % (a, c), "Fr. %d.%02d" % (a, c)])
        return rng.choice(["%d,%02d €" % (a, c), "%d,%02d€" % (a, c), "€ %d,%02d" % (a, c), "%d,%02d EUR" % (a, c),
                           "%d €" % a, "%d,-" % a, "EUR %d,%02d" % (a, c)])
    if flavor == "US":
        return rng.choice(["$%d.%02d" % (a, c), "$%d" % a, "USD %d.%02d" % (a, c), "%d.%02d dollars" % (a, c)])
    return rng.choice(["£%d.%02d" % (a, c), "£%d" % a, "€%d.%02d" % (a, c), "£%d.%02d" % (a, c)])


def neg_AMOUNT(rng, lang, flavor):
    a, c = _amount(rng, 12, 4800)
    if lang == "de":
        t = "{:,}".format(a).replace(",", ".")
        if flavor == "CH":
            return "CHF %s.%02d" % ("{:,}".format(a).replace(",", "'"), c)
        return rng.choice(["%s,%02d €" % (t, c), "%s,%02d EUR" % (t, c), "€ %s,%02d" % (t, c), "%s Euro" % t])
    t = "{:,}".format(a)
    sym = "$" if flavor == "US" else rng.choice(["£", "£", "€"])
    return rng.choice(["%s%s.%02d" % (sym, t, c), "%s%s" % (sym, t)])


def neg_ORDER_NO(rng, lang, flavor):
    return _safe(rng, lambda: rng.choice([
        "%s-%s-%s" % (rdigits(rng, 3, True), rdigits(rng, 7), rdigits(rng, 7)),
        "#%s" % rdigits(rng, rng.choice([6, 7, 8]), True),
        "%s" % rdigits(rng, rng.choice([8, 9, 10]), True),
        "A-%d-%s" % (rng.choice([2024, 2025]), rdigits(rng, 6)),
        "ORD-%s" % rdigits(rng, 8, True),
        "WO%s" % rdigits(rng, 9, True),
        "BE-%s" % alnum(rng, 6),
        "%s%s" % (rng.choice(["DE", "AT", "UK", "US"]), rdigits(rng, 10, True)),
    ]))


def neg_INVOICE_NO(rng, lang, flavor):
    return _safe(rng, lambda: rng.choice([
        "RE-%d-%s" % (rng.choice([2024, 2025]), rdigits(rng, 6)),
        "R%d%s" % (rng.choice([2024, 2025]), rdigits(rng, 6)),
        "INV-%s" % rdigits(rng, 5, True),
        "%d/%02d/%s" % (rng.choice([2024, 2025]), rng.randint(1, 12), rdigits(rng, 4)),
        "RG %s" % rdigits(rng, 6, True),
        "%s" % rdigits(rng, 10, True),
        "INV%s-%s" % (rdigits(rng, 4), rdigits(rng, 4)),
    ]))


def ups_check(body):
    # body: 15 chars after "1Z"
    tot_odd = tot_even = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else (ord(c) - 63) % 10
        if i % 2 == 0:
            tot_odd += v
        else:
            tot_even += v
    return str((10 - (tot_odd + 2 * tot_even) % 10) % 10)


def neg_PARCEL_NO(rng, lang, flavor, variant=None):
    v = variant or rng.choice(["dhl12", "dhl20", "ups", "hermes", "dpd", "gls", "royalmail", "usps", "jjd"])
    if v == "dhl12":
        return _safe(rng, lambda: rng.choice(["34", "33", "00", "20", "10"]) + rdigits(rng, 10))
    if v == "dhl20":
        return _safe(rng, lambda: "00340434" + rdigits(rng, 12))
    if v == "jjd":
        return "JJD" + rdigits(rng, 18)
    if v == "ups":
        body = alnum(rng, 6).replace("I", "J").replace("O", "P") + rng.choice(["01", "02", "03", "42"]) + rdigits(rng, 7)
        return "1Z" + body + ups_check(body)
    if v == "hermes":
        return _safe(rng, lambda: rng.choice([rdigits(rng, 14, True), "H" + rdigits(rng, 19)]))
    if v == "dpd":
        return _safe(rng, lambda: "0" + rng.choice(["1", "5"]) + rdigits(rng, 12))
    if v == "gls":
        return _safe(rng, lambda: rdigits(rng, 11, True))
    if v == "royalmail":
        return rng.choice(["AB", "JD", "RN", "LX", "TT"]) + rdigits(rng, 9) + "GB"
    if v == "usps":
        return _safe(rng, lambda: "9400" + rdigits(rng, 18))
    raise KeyError(v)


def neg_CONTRACT_NO(rng, lang, flavor):
    return _safe(rng, lambda: rng.choice([
        "%s" % rdigits(rng, 10, True), "V-%d-%s" % (rng.choice([2019, 2021, 2023, 2024]), rdigits(rng, 5)),
        "POL-%s" % rdigits(rng, 7, True), "VN %s" % rdigits(rng, 9, True), "%s/%s" % (rdigits(rng, 4, True), rdigits(rng, 6)),
        "K%s" % rdigits(rng, 8), "CT-%s-%s" % (alnum(rng, 3), rdigits(rng, 5)),
    ]))


def neg_CUSTOMER_NO(rng, lang, flavor):
    return _safe(rng, lambda: rng.choice([
        rdigits(rng, 8, True), "KD-%s" % rdigits(rng, 6, True), "C%s" % rdigits(rng, 7), "K %s %s %s" % (rdigits(rng, 3, True), rdigits(rng, 3), rdigits(rng, 2)),
        rdigits(rng, 7, True), "CUST-%s" % rdigits(rng, 6), "%s-%s" % (rdigits(rng, 4, True), rdigits(rng, 4)),
    ]))


def neg_TICKET_NO(rng, lang, flavor):
    y, m, d = rng.choice([2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return _safe(rng, lambda: rng.choice([
        "#%s" % rdigits(rng, 5, True), "%d-%s" % (y, rdigits(rng, 6)), "INC%s" % rdigits(rng, 7),
        "CS-%s" % rdigits(rng, 5, True), "%d%02d%02d1%s" % (y, m, d, rdigits(rng, 7)), "TKT-%s" % alnum(rng, 6),
        "%s" % rdigits(rng, 8, True),
    ]))


def neg_VERSION(rng, lang, flavor, variant=None):
    ios = "iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(1, 3))
    android = "Android %d" % rng.randint(11, 15)
    if variant == "ios":
        return ios
    if variant == "os":
        return rng.choice([ios, android])
    if variant == "app":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 12)),
                           "%d.%d.%d" % (rng.randint(2, 18), rng.randint(0, 9), rng.randint(0, 9)),
                           "%d.%d.%d (%d)" % (rng.randint(3, 7), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 9999))])
    if variant == "browser":
        return _safe(rng, lambda: "%d.0.%d.%d" % (rng.randint(118, 131), rng.randint(5000, 6900), rng.randint(10, 220)))
    if variant == "fw":
        return rng.choice(["%d.%02d" % (rng.randint(7, 8), rng.randint(10, 62)), "v%d.%d.%d" % (rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 20))])
    return rng.choice([
        "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 12)),
        "%d.%d.%d" % (rng.randint(2, 18), rng.randint(0, 9), rng.randint(0, 9)),
        "iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(1, 3)),
        "Android %d" % rng.randint(11, 15),
        "%d.%d.%d (%d)" % (rng.randint(3, 7), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 9999)),
        "Version %d.%d" % (rng.randint(1, 12), rng.randint(0, 9)),
    ])


def neg_QUANTITY(rng, lang, flavor, variant=None):
    n = rng.randint(2, 24)
    if variant == "count":
        if lang == "de":
            return rng.choice(["%d Stück" % n, "%dx" % n, "%d Packungen" % n, "%d Kartons" % n, "%d Paar" % rng.randint(2, 5)])
        return rng.choice(["%d pcs" % n, "%dx" % n, "%d boxes" % n, "%d items" % n, "%d units" % n, "%d packs" % n])
    if lang == "de":
        return rng.choice(["%d Stück" % n, "%dx" % n, "%d ml" % rng.choice([100, 250, 500, 750]), "%d Packungen" % n,
                           "%d,%d kg" % (rng.randint(1, 20), rng.randint(1, 9)), "%d Kartons" % n, "%d Paar" % rng.randint(2, 5)])
    return rng.choice(["%d pcs" % n, "%dx" % n, "%d boxes" % n, "%d ml" % rng.choice([100, 250, 500]), "%d items" % n,
                       "%d pairs" % rng.randint(2, 5), "%d lbs" % rng.randint(2, 40)])


def neg_HOUSE_NO(rng, lang, flavor):
    n = rng.randint(1, 180)
    return rng.choice([str(n), str(n), "%d%s" % (n, rng.choice("abc")), "%d-%d" % (n, n + 2)])


def neg_POSTCODE(rng, lang, flavor):
    if flavor == "AT":
        return str(rng.choice([1010, 1030, 1100, 1120, 1210, 4020, 5020, 6020, 8010, 9020, 3100, 2700]))
    if flavor == "CH":
        return str(rng.choice([8001, 8004, 3011, 4051, 1201, 6003, 9000, 8400, 2502, 1003]))
    if flavor == "GB":
        a = rng.choice(["SW1A", "EC1V", "M1", "LS6", "B15", "EH8", "CF10", "BS1", "NW3", "OX4", "G12", "N16"])
        return "%s %d%s%s" % (a, rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))
    if flavor == "US":
        z = "%05d" % rng.choice([10001, 11215, 94110, 60614, 2139, 98103, 33139, 78704, 80205, 30307, 97214])
        return z if rng.random() < 0.8 else _safe(rng, lambda: z + "-" + rdigits(rng, 4))
    return "%05d" % rng.choice([10115, 10437, 20095, 22767, 80331, 81667, 50667, 60311, 70173, 40210, 1067, 4109,
                                 28195, 30159, 90402, 44135, 53111, 69117, 79098, 24103])


def neg_CARDLIKE(rng, lang, flavor):
    while True:
        d = rng.choice(["4", "5", "3", "6"]) + rdigits(rng, 15)
        if not luhn.is_valid(d):
            break
    if rng.random() < 0.6:
        return " ".join(d[i:i + 4] for i in range(0, 16, 4))
    return d


def neg_VOUCHER(rng, lang, flavor):
    return rng.choice([
        rng.choice(["SOMMER", "WINTER", "WELCOME", "SAVE", "HERBST", "BLACKFRIDAY", "SPRING", "NEU"]) + str(rng.choice([5, 10, 15, 20, 25, 30])),
        "XMAS-%d-%s" % (rng.choice([2024, 2025]), alnum(rng, 4)), "FREESHIP", alnum(rng, 8),
        "%s-%s-%s" % (alnum(rng, 4), alnum(rng, 4), alnum(rng, 4)),
    ])


def neg_GIFT_CARD(rng, lang, flavor):
    return rng.choice([
        "%s-%s-%s" % (alnum(rng, 4), alnum(rng, 6), alnum(rng, 4)),
        "%s %s %s %s" % (alnum(rng, 4), alnum(rng, 4), alnum(rng, 4), alnum(rng, 4)),
        _safe(rng, lambda: "6035 %s %s %s %s" % (rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 3))),
        "X%s" % alnum(rng, 15),
    ])


def neg_SAMPLE_IBAN(rng, lang, flavor):
    s = rng.choice(SAMPLE_IBANS)
    if rng.random() < 0.7:
        return " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def neg_SKU(rng, lang, flavor):
    return _safe(rng, lambda: rng.choice([
        "%s-%s" % (rdigits(rng, 4, True), rdigits(rng, 4)), "BX-%d-%s" % (rng.randint(10, 99), rdigits(rng, 4)),
        rdigits(rng, 8, True), "%s%s" % (alnum(rng, 3), rdigits(rng, 5)), "%s.%s.%s" % (rdigits(rng, 3, True), rdigits(rng, 3), rdigits(rng, 2)),
    ]))


def neg_SERIAL_NO(rng, lang, flavor):
    return rng.choice(["C02" + alnum(rng, 9), alnum(rng, 10), "SN" + rdigits(rng, 10), "%s%s" % (rdigits(rng, 2), alnum(rng, 10)),
                       "R58" + alnum(rng, 8)])


MODELS = {
    "phone": ["SM-A546B", "SM-S921B", "Pixel 8a", "iPhone 15 Pro", "XT2343-1", "A2849", "Galaxy S23 FE", "CPH2591"],
    "appliance": ["WAN28K40", "KGN39VIDA", "SMV4HVX33E", "WW90T534DAW", "HD9252/90", "EQ.6 plus s300", "WM14N2G2",
                  "L7FBE84W"],
    "router": ["FRITZ!Box 7590 AX", "Archer AX55", "Speedport Smart 4", "Vodafone Station", "FRITZ!Box 6660"],
}


def neg_MODEL_NO(rng, lang, flavor, variant=None):
    if variant in MODELS:
        return rng.choice(MODELS[variant])
    return rng.choice(["SM-A546B", "SM-S921B", "WH-1000XM5", "KGN39VIDA", "WAN28K40", "A2849", "MQ6X3ZD/A", "HD9252/90",
                       "RX-V685", "TQ-2460", "PS5 CFI-2016", "Pixel 8a", "iPhone 15 Pro", "EQ.6 plus s300", "MX Master 3S",
                       "SMV4HVX33E", "QE55Q70D", "G9 Pro", "XT2343-1", "KS 8300"])


def neg_FLIGHT_NO(rng, lang, flavor):
    al = rng.choice(["LH", "EW", "BA", "FR", "U2", "OS", "LX", "DE", "X3", "UA", "AA", "DL", "KL", "AF"])
    return "%s%s%d" % (al, rng.choice(["", " "]), rng.randint(10, 9899))


def neg_BOOKING_CODE(rng, lang, flavor):
    return "".join(rng.choice(ALNUM) for _ in range(6))


def neg_METER_READING(rng, lang, flavor, variant=None):
    a = rng.randint(1200, 98000)
    if variant == "kwh":
        return rng.choice(["%s kWh" % "{:,}".format(a).replace(",", "."), "%d,%d kWh" % (a, rng.randint(0, 9)), "%06d" % a])
    if variant == "m3":
        return rng.choice(["%d m³" % rng.randint(100, 9000), "%d,%03d m³" % (rng.randint(100, 9000), rng.randint(0, 999)),
                           "%05d,%d" % (rng.randint(100, 9000), rng.randint(0, 9))])
    return rng.choice(["%s kWh" % "{:,}".format(a).replace(",", "."), "%d,%d kWh" % (a, rng.randint(0, 9)),
                       "%06d" % a, "%d m³" % rng.randint(100, 4000), "%d,%d m³" % (rng.randint(100, 4000), rng.randint(0, 999))])


def neg_MILEAGE(rng, lang, flavor):
    a = rng.randint(4000, 240000)
    if lang == "de":
        return rng.choice(["%s km" % "{:,}".format(a).replace(",", "."), "%d km" % a, "%dtkm" % (a // 1000)])
    return rng.choice(["{:,} miles".format(a // 2), "{:,} km".format(a), "%dk miles" % (a // 2000)])


def neg_PERCENT(rng, lang, flavor):
    p = rng.choice([5, 7, 10, 15, 19, 20, 25, 30, 50, 70])
    if lang == "de":
        return rng.choice(["%d %%" % p, "%d%%" % p, "%d,5 %%" % rng.randint(1, 9)])
    return rng.choice(["%d%%" % p, "%d.5%%" % rng.randint(1, 9), "%d percent" % p])


def neg_OPENING_HOURS(rng, lang, flavor):
    a, b = rng.choice([7, 8, 9, 10]), rng.choice([16, 17, 18, 19, 20])
    if lang == "de":
        return rng.choice(["Mo–Fr %d–%d Uhr" % (a, b), "Mo-Fr %d:00-%d:00" % (a, b), "Mo.–Sa. %d–%d Uhr" % (a, b),
                           "werktags %d bis %d Uhr" % (a, b)])
    return rng.choice(["Mon–Fri %dam–%dpm" % (a, b - 12), "9-5", "%d:00-%d:00 Mon to Sat" % (a, b),
                       "Monday to Friday %d am to %d pm" % (a, b - 12)])


def neg_COMPANY_HOTLINE(rng, lang, flavor):
    if flavor == "US":
        return "1-800-%s-%s" % (rdigits(rng, 3, True), rdigits(rng, 4))
    if flavor == "GB":
        return "0800 %s %s" % (rdigits(rng, 3, True), rdigits(rng, 4))
    return "0800 %s %s" % (rdigits(rng, 3, True), rdigits(rng, 4))


def neg_ERROR_CODE(rng, lang, flavor):
    return rng.choice(["E-%d" % rng.randint(100, 9999), "0x%08X" % rng.randint(0x80000000, 0x8007FFFF), "Fehler %d" % rng.choice([403, 500, 502, 503]) if lang == "de" else "error %d" % rng.choice([403, 500, 502, 503]),
                       "ERR_%s" % rng.choice(["CONNECTION_RESET", "TIMEOUT", "NETWORK_CHANGED", "CERT_DATE_INVALID"]),
                       "F%02d" % rng.randint(1, 60), "E%d" % rng.randint(10, 99)])


def neg_CREDITOR_ID(rng, lang, flavor):
    nat = rdigits(rng, 11)
    num = int("".join(str(int(c, 36)) for c in nat + "DE00"))
    chk = "%02d" % (98 - num % 97)
    return "DE%sZZZ%s" % (chk, nat)


def neg_ISBN(rng, lang, flavor):
    while True:
        body = "978" + rng.choice(["3", "1", "0"]) + rdigits(rng, 8)
        s = body + ean.calc_check_digit(body)
        if isbn.is_valid(s) and not luhn.is_valid(s):
            return "%s-%s-%s-%s-%s" % (s[:3], s[3], s[4:7], s[7:12], s[12])


def neg_ROOM_NO(rng, lang, flavor):
    return rng.choice(["%d" % rng.randint(101, 540), "%d.%02d" % (rng.randint(1, 5), rng.randint(1, 40)), "B%d" % rng.randint(100, 399)])


GEN = {k[4:]: v for k, v in globals().items() if k.startswith("neg_")}
