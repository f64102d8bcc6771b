"""Look-alike (negative) generators and the negative validator for blind set 11.

Every generator returns the text of one negative span.  ``neg_ok`` checks, from the span
text alone, that it does not validate as an IBAN, a Luhn card number (Visa/MC/Amex prefix),
a phone number of one of the ten regions, or any national ID; example_iban / test_card
negatives must instead be a listed documentation value.
"""
from __future__ import annotations

import re
import string

import values as V

D = string.digits
U = string.ascii_uppercase
UD = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def rd(rng, n, first_nonzero=True):
    s = "".join(rng.choice(D) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def ru(rng, n, alpha=UD):
    return "".join(rng.choice(alpha) for _ in range(n))


MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def ean13(rng, prefix):
    b = prefix + rd(rng, 12 - len(prefix), False)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    return b + str((10 - s % 10) % 10)


def imei(rng):
    return V.luhn_complete(rng.choice(["35", "86", "35", "01"]) + rd(rng, 12, False))


def _date(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025, 2025, 2026])


def g_date_de(rng, lang):
    d, m, y = _date(rng)
    return rng.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100),
                       "%d.%d." % (d, m)])


def g_date_iso(rng, lang):
    d, m, y = _date(rng)
    return "%d-%02d-%02d" % (y, m, d)


def g_date_us(rng, lang):
    d, m, y = _date(rng)
    return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%02d" % (m, d, y % 100)])


def g_date_uk(rng, lang):
    d, m, y = _date(rng)
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN[m - 1][:3], y)])


def g_date_long(rng, lang):
    d, m, y = _date(rng)
    if lang == "de":
        return rng.choice(["%d. %s %d" % (d, MONTHS_DE[m - 1], y), "%d. %s" % (d, MONTHS_DE[m - 1])])
    return rng.choice(["%s %d, %d" % (MONTHS_EN[m - 1], d, y), "%d %s %d" % (d, MONTHS_EN[m - 1], y),
                       "%s %dth" % (MONTHS_EN[m - 1], rng.randint(4, 20))])


def g_time(rng, lang):
    h, mi = rng.randint(7, 21), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "de":
        return rng.choice(["%d:%02d" % (h, mi), "%d:%02d Uhr" % (h, mi), "%d.%02d Uhr" % (h, mi), "%d Uhr" % h])
    h12 = h - 12 if h > 12 else h
    return rng.choice(["%d:%02d" % (h, mi), "%d:%02d %s" % (h12, mi, "pm" if h >= 12 else "am"),
                       "%d%s" % (h12, "pm" if h >= 12 else "am")])


def g_datetime(rng, lang):
    return (g_date_de(rng, lang) + ", " + g_time(rng, "de")) if lang == "de" else \
        (g_date_uk(rng, lang) + " " + g_time(rng, "en"))


def g_price(rng, lang):
    a, c = rng.randint(1, 2499), rng.choice([0, 99, 95, 49, 90, 50])
    if lang == "de":
        sa = "{:,}".format(a).replace(",", ".")
        return rng.choice(["%s,%02d €" % (sa, c), "%s,%02d EUR" % (sa, c), "€ %s,%02d" % (sa, c),
                           "%s,- €" % sa, "CHF %s.%02d" % (sa.replace(".", "'"), c)])
    return rng.choice(["£%s.%02d" % ("{:,}".format(a), c), "$%s.%02d" % ("{:,}".format(a), c),
                       "€%s.%02d" % ("{:,}".format(a), c), "%s.%02d GBP" % (a, c)])


def g_amount(rng, lang):
    a = rng.randint(1, 999) * rng.choice([1000, 1000, 100, 1000000 // 1000 * 10])
    if lang == "de":
        return rng.choice(["{:,}".format(a).replace(",", ".") + " €", "{:,}".format(a).replace(",", ".") + " Euro",
                           "{:,}".format(a).replace(",", ".") + ",00 EUR"])
    return rng.choice(["£" + "{:,}".format(a), "$" + "{:,}".format(a), "{:,}".format(a) + " USD"])


def g_ip(rng, lang):
    return rng.choice(["192.168.%d.%d" % (rng.choice([0, 1, 178, 2]), rng.randint(2, 254)),
                       "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                       "%d.%d.%d.%d" % (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])


def g_ipv6(rng, lang):
    h = lambda: "%x" % rng.randint(0x100, 0xffff)
    return "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())


def g_version(rng, lang):
    a, b, c = rng.randint(1, 19), rng.randint(0, 20), rng.randint(0, 9)
    return rng.choice(["v%d.%d.%d" % (a, b, c), "%d.%d.%d" % (a, b, c), "Version %d.%d" % (a, b),
                       "iOS %d.%d.%d" % (rng.randint(15, 18), b % 7, c), "Android %d" % rng.randint(11, 15),
                       "Build %d.%d.%d.%d" % (a, b, rng.randint(1000, 9999), c)])


def g_serial(rng, lang):
    return rng.choice(["C02" + ru(rng, 9), "SN" + ru(rng, 10, U + D), ru(rng, 4, U) + rd(rng, 6) + ru(rng, 2, U),
                       "S/N " + ru(rng, 3, U) + "-" + rd(rng, 5) + "-" + ru(rng, 2, U)])


def g_imei(rng, lang):
    d = imei(rng)
    return rng.choice([d, "%s %s %s %s" % (d[:2], d[2:8], d[8:14], d[14])])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def g_vin(rng, lang):
    p = rng.choice(["WVWZZZ", "WBA", "WDD", "VF1", "ZFA", "TMB", "WAU", "YV1"])
    return p + "".join(rng.choice(VIN_CH) for _ in range(17 - len(p)))



MODELS = ["iPhone 15 Pro", "iPhone 13 mini", "iPhone 16 Pro Max", "Galaxy S24 Ultra", "Galaxy A54", "RTX 4090",
          "RTX 3060 Ti", "PS5", "Xbox Series X", "ThinkPad T14 Gen 3", "MacBook Air M2", "Pixel 8a",
          "iPad Pro 12.9", "Fritz!Box 7590", "Fritz!Box 7530 AX", "Apple Watch Series 9", "AirPods Pro 2",
          "Surface Pro 9", "Kindle Paperwhite 5", "Bosch Serie 6", "Dyson V15", "Miele WWD 320",
          "Sony WH-1000XM5", "Switch OLED", "Ryzen 7 7800X3D", "Galaxy Tab S9", "Redmi Note 13",
          "Golf 8", "ID.3", "Model 3", "Moto G84", "SM-S921B", "A2849", "Core i7-13700K", "Canon EOS R6",
          "Thermomix TM6", "Roborock S8", "Garmin Forerunner 265", "Nintendo 3DS", "Echo Dot 5"]


def g_model(rng, lang):
    return rng.choice(MODELS)


def g_flight(rng, lang):
    return rng.choice(["LH", "EW", "BA", "FR", "U2", "LX", "OS", "KL", "AF", "DE", "4U", "EZY"]) + \
        rng.choice(["", " "]) + str(rng.randint(10, 9899))


def g_train(rng, lang):
    return rng.choice(["ICE", "IC", "RE", "RB", "EC", "RJX", "IR", "S"]) + " " + str(rng.randint(1, 2999))


def g_booking(rng, lang):
    return ru(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")


def g_plz(rng, lang):
    return "%05d" % rng.randint(1067, 99998)


def g_plz_at(rng, lang):
    return str(rng.randint(1010, 9999))


def g_uk_postcode(rng, lang):
    return rng.choice(["M", "B", "LS", "EH", "SW", "NW", "E", "BS", "CF", "G", "L", "NE"]) + str(rng.randint(1, 19)) + \
        " " + str(rng.randint(1, 9)) + ru(rng, 2, "ABDEFGHJLNPQRSTUWXYZ")


def g_us_zip(rng, lang):
    return "%05d" % rng.randint(10001, 99950)


def g_hours(rng, lang):
    a, b = rng.randint(7, 10), rng.randint(16, 20)
    if lang == "de":
        return rng.choice(["Mo–Fr %d–%d Uhr" % (a, b), "Mo-Fr %d:00-%d:00" % (a, b), "%d bis %d Uhr" % (a, b),
                           "Sa %d–14 Uhr" % a])
    return rng.choice(["Mon–Fri %dam–%dpm" % (a, b - 12), "%d:00–%d:00" % (a, b), "9 to 5"])


def g_percent(rng, lang):
    v = rng.choice([19, 7, 10, 15, 20, 25, 30, 50, 2.5, 3.9, 0.5, 12.5, 99.9])
    s = str(v)
    if lang == "de":
        s = s.replace(".", ",")
    return rng.choice([s + " %", s + "%"])


def g_measure(rng, lang):
    if lang == "de":
        return rng.choice(["%d x %d cm" % (rng.choice([90, 140, 160, 180]), 200), "%d,%d kg" % (rng.randint(1, 30), rng.randint(1, 9)),
                           "%d Zoll" % rng.choice([32, 43, 55, 65, 77]), "%d m²" % rng.randint(20, 140),
                           "%d ml" % rng.choice([250, 500, 750]), "%d mm" % rng.randint(3, 900)])
    return rng.choice(["%d x %d cm" % (rng.choice([90, 140, 160]), 200), "%d lbs" % rng.randint(2, 90),
                       "%d inch" % rng.choice([32, 43, 55, 65]), "%d sq ft" % rng.randint(300, 2400),
                       "%d ml" % rng.choice([250, 500]), "%d.%d kg" % (rng.randint(1, 20), rng.randint(1, 9))])


def g_score(rng, lang):
    a, b = rng.randint(0, 5), rng.randint(0, 5)
    return rng.choice(["%d:%d" % (a, b), "%d-%d" % (a, b), "%d:%d" % (rng.randint(70, 120), rng.randint(70, 120))])


def g_lottery(rng, lang):
    nums = sorted(rng.sample(range(1, 50), 6))
    return ", ".join(str(n) for n in nums) if rng.random() < 0.6 else " - ".join(str(n) for n in nums)


def g_coupon(rng, lang):
    return rng.choice(["SOMMER", "WELCOME", "BLACKFRIDAY", "SAVE", "XMAS", "NEU", "FRUEHLING", "VIP", "SPRING"]) + \
        str(rng.choice([5, 10, 15, 20, 25, 30, 50]))


def g_giftcard(rng, lang):
    while True:
        d = rng.choice(["6", "7", "9", "60"]) + rd(rng, 15, False)
        d = d[:16]
        if not V.luhn_ok(d):
            break
    return rng.choice([" ".join(d[i:i + 4] for i in range(0, 16, 4)), d])


def g_az(rng, lang):
    return rng.choice(["%d O %d/%02d" % (rng.randint(1, 40), rng.randint(10, 999), rng.randint(20, 25)),
                       "%d C %d/%02d" % (rng.randint(1, 40), rng.randint(10, 9999), rng.randint(20, 25)),
                       "%s %d/%02d" % (rng.choice(["II-", "IV-", "VII-"]) + rd(rng, 3), rng.randint(1, 999), rng.randint(20, 25))])


def g_vorgang(rng, lang):
    return rng.choice(["VG-", "V", "VN-", ""]) + str(rng.randint(2023, 2025)) + "-" + rd(rng, rng.choice([4, 8]), False)


def g_zaehlernr(rng, lang):
    return rng.choice(["1ESY", "1EMH", "1LOG", "1APX", "1ISK"]) + rd(rng, 7, False) + rng.choice(["", "", "-" + rd(rng, 2, False)])


def g_zaehlerstand(rng, lang):
    v = rng.randint(1000, 99999)
    if lang == "de":
        return rng.choice(["{:,}".format(v).replace(",", ".") + " kWh", "%d,%d kWh" % (v, rng.randint(0, 9)),
                           "%05d m³" % (v % 99999)])
    return rng.choice(["{:,} kWh".format(v), "%d units" % v])


def g_vertrag(rng, lang):
    return rng.choice(["VN ", "V-", "", "KV"]) + rd(rng, 8) + rng.choice(["-0001", "/A", ""])


def g_mandate(rng, lang):
    return rng.choice(["MR-", "M", "MAND-"]) + str(rng.randint(2019, 2025)) + "-" + rd(rng, rng.choice([4, 8]), False)


def g_creditor(rng, lang):
    return "DE" + rd(rng, 2, False) + "ZZZ0" + rd(rng, 10, False)


def g_last4(rng, lang):
    return rd(rng, 4, False)


def g_masked_card(rng, lang):
    return rng.choice(["**** **** **** ", "XXXX XXXX XXXX ", "•••• ", "*"]) + rd(rng, 4, False)


def g_masked_iban(rng, lang):
    return rng.choice(["DE", "AT", "GB"]) + rd(rng, 2, False) + " **** **** **** **" + rd(rng, 2, False) + rng.choice([" 00", " 12", ""])


def g_year(rng, lang):
    return str(rng.randint(1998, 2026))


def g_quantity(rng, lang):
    n = rng.randint(2, 48)
    return ("%d Stück" % n) if lang == "de" else ("%d pcs" % n)


def g_duration(rng, lang):
    n = rng.randint(2, 90)
    return ("%d Minuten" % n) if lang == "de" else ("%d minutes" % n)


def g_temp(rng, lang):
    return ("%d,%d °C" % (rng.randint(9, 18), rng.randint(0, 9))) if lang == "de" else ("%d°F" % rng.randint(48, 65))


def g_error(rng, lang):
    return rng.choice(["0x%08X" % rng.randint(0x80000000, 0x8FFFFFFF), "E-%d" % rng.randint(100, 9999),
                       "F%02d" % rng.randint(1, 99), "Error %d" % rng.randint(100, 999), "ERR_%s" % ru(rng, 6, U)])


def g_http(rng, lang):
    return rng.choice(["404", "500", "502", "503", "403", "HTTP 429", "Error 401"])


def g_article(rng, lang):
    return rng.choice(["%s-%s" % (rd(rng, 4), rd(rng, 4)), rd(rng, 6), "%s.%s.%s" % (rd(rng, 3), rd(rng, 3), rd(rng, 2)),
                       ru(rng, 2, U) + "-" + rd(rng, 5)])


def g_ean(rng, lang):
    return ean13(rng, rng.choice(["400", "401", "402", "403", "405", "409", "426", "50", "54", "80"]))


def g_isbn(rng, lang):
    b = "978" + rng.choice(["3", "1", "0"]) + rd(rng, 8, False)
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(b))
    d = b + str((10 - s % 10) % 10)
    return rng.choice([d, "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12])])


def g_plate(rng, lang):
    if lang == "de":
        return rng.choice(["B", "M", "HH", "K", "F", "S", "D", "HB", "DO", "L", "W", "GL"]) + "-" + ru(rng, 2, U) + \
            " " + str(rng.randint(1, 9999)) + rng.choice(["", "", "E", "H"])
    return ru(rng, 2, U) + rd(rng, 2, False) + " " + ru(rng, 3, U)


def g_member(rng, lang):
    return rng.choice(["M-", "", "MG "]) + rd(rng, 3, False) + "-" + rd(rng, 5, False)


def g_return(rng, lang):
    return rng.choice(["RMA-", "R", "RET-", "RS"]) + rd(rng, 5)


def g_delivery(rng, lang):
    return rng.choice(["LS-", "DN-", "LS "]) + str(rng.randint(2023, 2025)) + "-" + rd(rng, rng.choice([3, 4, 6]), False)


def g_quote(rng, lang):
    return rng.choice(["ANG-", "AN", "Q-", "QUO-"]) + rd(rng, 5)


def g_loyalty(rng, lang):
    d = "308342" + rd(rng, 10, False)
    return " ".join(d[i:i + 4] for i in range(0, 16, 4))


def g_bahncard(rng, lang):
    d = "7081" + rd(rng, 12, False)
    return rng.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])


def g_mac(rng, lang):
    return ":".join("%02X" % rng.randint(0, 255) for _ in range(6))


def g_license(rng, lang):
    return "-".join(ru(rng, 5) for _ in range(5))


def g_mileage(rng, lang):
    v = rng.randint(5000, 240000)
    return ("{:,} km".format(v).replace(",", ".")) if lang == "de" else "{:,} miles".format(v)


def g_speed(rng, lang):
    return "%d Mbit/s" % rng.choice([16, 50, 100, 250, 500, 1000]) if lang == "de" else "%d Mbps" % rng.choice([36, 67, 100, 500, 900])


def g_batch(rng, lang):
    return rng.choice(["Ch.-B. ", "LOT ", "Lot "]) + rd(rng, 4) + ru(rng, 1, U) + rd(rng, 2)


def g_seat(rng, lang):
    return ("Wagen %d, Platz %d" % (rng.randint(1, 14), rng.randint(11, 128))) if lang == "de" else \
        ("Coach %s, seat %d%s" % (rng.choice("ABCDEFGH"), rng.randint(1, 60), rng.choice("ABCD")))


def g_platform(rng, lang):
    return ("Gleis %d" % rng.randint(1, 24)) if lang == "de" else ("platform %d" % rng.randint(1, 19))


def g_week(rng, lang):
    return ("KW %d" % rng.randint(1, 52)) if lang == "de" else ("week %d" % rng.randint(1, 52))


def g_quarter(rng, lang):
    return "Q%d/%d" % (rng.randint(1, 4), rng.randint(2023, 2025))


def g_room(rng, lang):
    return "%d.%03d" % (rng.randint(0, 5), rng.randint(1, 250))


def g_txn(rng, lang):
    return rng.choice(["TXN-" + ru(rng, 5) + "-" + rd(rng, 5), rd(rng, 1) + ru(rng, 16, U + D), "pi_" + ru(rng, 14, U + D).lower()])


def g_policy(rng, lang):
    return rng.choice(["%d-%03d.%03d.%d" % (rng.randint(1, 9), rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 9)),
                       "LV-%03d.%03d.%03d.%03d" % tuple(rng.randint(100, 999) for _ in range(4))])


def g_coords(rng, lang):
    return "%.4f, %.4f" % (rng.uniform(47.3, 54.9), rng.uniform(6.0, 14.9))


def g_hex(rng, lang):
    return "#%06X" % rng.randint(0, 0xFFFFFF)


def g_file(rng, lang):
    d, m, y = _date(rng)
    return rng.choice(["Scan_%d%02d%02d_%02d%02d.pdf" % (y, m, d, rng.randint(7, 20), rng.randint(0, 59)),
                       "IMG_%d.HEIC" % rng.randint(1000, 9999), "Rechnung_%s.pdf" % rd(rng, 6)])


def g_sscc(rng, lang):
    return rng.choice(["3", "0", "1"]) + rd(rng, 17, False)


def g_order(rng, lang):
    return rng.choice(["%s-%s-%s" % (rd(rng, 3), rd(rng, 7), rd(rng, 7)), "#" + rd(rng, 7), "A" + rd(rng, 8),
                       "BE-%d-%s" % (rng.randint(2023, 2025), rd(rng, 6)), rd(rng, 4) + "-" + rd(rng, 4) + "-" + rd(rng, 2),
                       "#" + ru(rng, 2, U) + rd(rng, 6)])


def g_dhl(rng, lang):
    return rng.choice(["00340434" + rd(rng, 12, False), "JJD" + rd(rng, 18, False), rd(rng, 12)])


def g_ups(rng, lang):
    return "1Z" + ru(rng, 6, U + D) + rd(rng, 10, False)


def g_hermes(rng, lang):
    return rng.choice(["H" + rd(rng, 19, False), rd(rng, 14)])


def g_gls(rng, lang):
    return rng.choice([ru(rng, 8, U + D), rd(rng, 11)])


def g_dpd(rng, lang):
    return "0" + rd(rng, 13, False)


def g_post(rng, lang):
    return rng.choice(["RR", "RT", "LX", "CP"]) + rd(rng, 9) + rng.choice(["DE", "GB", "AT"])


def g_invoice(rng, lang):
    return rng.choice(["RE-%d-%s" % (rng.randint(2023, 2025), rd(rng, 5)), "INV-" + rd(rng, 6, False),
                       "%d/%s" % (rng.randint(2023, 2025), rd(rng, 4)), "R" + rd(rng, 8)])


def g_customer(rng, lang):
    return rng.choice(["KD-" + rd(rng, 7), "K" + rd(rng, 8), "CUST-" + rd(rng, 6), rd(rng, 3) + " " + rd(rng, 3, False)])


def g_ticket(rng, lang):
    return rng.choice(["#" + rd(rng, 5), "TCK-%d-%s" % (rng.randint(2023, 2025), rd(rng, 5, False)), "INC" + rd(rng, 7, False),
                       "T-" + rd(rng, 6)])


def g_case(rng, lang):
    return rng.choice(["CS-%s-%s" % (rd(rng, 5), ru(rng, 1, U)), "%d-%s" % (rng.randint(2023, 2025), rd(rng, 4, False)),
                       "SR" + rd(rng, 8)])


def g_bus(rng, lang):
    return str(rng.randint(1, 399))


def g_sort_of_ref(rng, lang):
    return "RG %s / Kd %s" % (rd(rng, 6), rd(rng, 4))


# documentation values used as negatives
def g_example_iban(rng, lang):
    c = rng.choice(V.EXAMPLE_IBANS)
    return rng.choice([c, " ".join(c[i:i + 4] for i in range(0, len(c), 4))])


def g_test_card(rng, lang):
    c = rng.choice(V.TEST_CARDS)
    return rng.choice([c, " ".join(c[i:i + 4] for i in range(0, len(c), 4))])


NEG = {
    "order_no": g_order, "parcel_dhl": g_dhl, "parcel_ups": g_ups, "parcel_hermes": g_hermes,
    "parcel_gls": g_gls, "parcel_dpd": g_dpd, "parcel_post": g_post, "invoice_no": g_invoice,
    "customer_no": g_customer, "ticket_id": g_ticket, "case_id": g_case, "date_de": g_date_de,
    "date_iso": g_date_iso, "date_us": g_date_us, "date_uk": g_date_uk, "date_long": g_date_long,
    "time": g_time, "datetime": g_datetime, "price": g_price, "amount": g_amount, "ip_address": g_ip,
    "ipv6_address": g_ipv6, "version": g_version, "serial_no": g_serial, "imei": g_imei, "vin": g_vin,
    "model_no": g_model, "flight_no": g_flight, "train_no": g_train, "booking_code": g_booking,
    "postal_code": g_plz, "postal_code_at": g_plz_at, "uk_postcode": g_uk_postcode, "us_zip": g_us_zip,
    "opening_hours": g_hours, "percentage": g_percent, "measurement": g_measure, "sports_score": g_score,
    "lottery_numbers": g_lottery, "coupon_code": g_coupon, "gift_card_no": g_giftcard,
    "aktenzeichen": g_az, "vorgangsnummer": g_vorgang, "zaehlernummer": g_zaehlernr,
    "zaehlerstand": g_zaehlerstand, "vertragsnummer": g_vertrag, "mandate_ref": g_mandate,
    "creditor_id": g_creditor, "account_last4": g_last4, "masked_card": g_masked_card,
    "masked_iban": g_masked_iban, "year": g_year, "quantity": g_quantity, "duration": g_duration,
    "temperature": g_temp, "error_code": g_error, "http_status": g_http, "article_no": g_article,
    "ean": g_ean, "isbn": g_isbn, "license_plate": g_plate, "membership_no": g_member,
    "return_no": g_return, "delivery_note_no": g_delivery, "quote_no": g_quote, "loyalty_card_no": g_loyalty,
    "bahncard_no": g_bahncard, "mac_address": g_mac, "license_key": g_license, "mileage": g_mileage,
    "bandwidth": g_speed, "batch_no": g_batch, "seat": g_seat, "platform": g_platform,
    "calendar_week": g_week, "quarter": g_quarter, "room_no": g_room, "transaction_id": g_txn,
    "policy_no": g_policy, "coordinates": g_coords, "hex_colour": g_hex, "file_name": g_file,
    "sscc": g_sscc, "bus_line": g_bus, "payment_reference": g_sort_of_ref,
    "example_iban": g_example_iban, "test_card": g_test_card,
}

# structural shapes that are never read as phone numbers (checked on the whole span)
STRUCT = [
    r"\d{1,2}\.\d{1,2}\.(\d{2}|\d{4})?(, \d{1,2}[:.]\d{2}( Uhr)?)?",
    r"\d{4}-\d{2}-\d{2}", r"\d{1,2}/\d{1,2}/(\d{2}|\d{4})",
    r"(\d{1,3}\.){3}\d{1,3}", r"\d{1,2}[:.]\d{2}( Uhr| ?[ap]m)?",
]


def _struct(s):
    return any(re.fullmatch(p, s.strip()) for p in STRUCT)


def _candidates(s):
    t = V.base_norm(s)
    out = {t, re.sub(r"[\s.\-/:]+", "", t)}
    for m in re.finditer(r"[+\d][\d .\-/()]{4,}\d", t):
        out.add(m.group(0))
    for m in re.finditer(r"\d+", t):
        out.add(m.group(0))
    for tok in re.split(r"[\s,;]+", t):
        if tok:
            out.add(tok)
            out.add(re.sub(r"[.\-/:]", "", tok))
    return [c for c in out if c]


def neg_problems(kind: str, s: str):
    """Return a list of reasons why span s is not an acceptable negative (empty = fine)."""
    probs = []
    if kind == "example_iban":
        if V.compact(s).upper() not in V.EXAMPLE_IBANS:
            probs.append("not an example IBAN")
        return probs
    if kind == "test_card":
        if V.compact(s) not in V.TEST_CARDS:
            probs.append("not a test card")
        return probs
    struct_all = _struct(s)
    for c in _candidates(s):
        cu = c.upper()
        cc = re.sub(r"[\s.\-/:]", "", cu)
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", cc):
            try:
                from schwifty import IBAN
                IBAN(cc).validate(validate_bban=True)
                probs.append("iban " + c)
            except Exception:
                pass
        if cc.isdigit() and 13 <= len(cc) <= 19 and V.is_card(cc):
            probs.append("card " + c)
        if not (struct_all or _struct(c)) and re.search(r"\d", c) and len(re.sub(r"\D", "", c)) >= 5:
            if re.fullmatch(r"[+\d][\d .\-/()]*", c.strip()) and V.phone_parse_valid(c) is not None:
                probs.append("phone " + c)
        for t in V.ID_TYPES:
            if len(cc) >= 8 and V.id_valid_compact(t, cc):
                probs.append("id %s %s" % (t, c))
    return probs
