"""Hard-negative generators for the blind-7 corpus (written blind).

Each generator returns the string that becomes the negative span.
"""
import string

from stdnum import luhn, isbn, iso11649, ean

from b7_values import rdig, chunks, SAMPLE_IBANS

UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def non_luhn(r, n, prefix=""):
    while True:
        s = prefix + rdig(r, n - len(prefix))
        if not luhn.is_valid(s):
            return s


def g_date(r, lang):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2024, 2025, 2026])
    if lang == "de":
        return r.choice(["%02d.%02d.%d" % (d, m, y), "%d.%d." % (d, m), "%02d.%02d.%02d" % (d, m, y % 100),
                         "%d. %s" % (d, MONTHS_DE[m - 1]), "%d-%02d-%02d" % (y, m, d)])
    return r.choice(["%02d/%02d/%d" % (d, m, y), "%d %s" % (d, MONTHS_EN[m - 1]), "%s %d" % (MONTHS_EN[m - 1], d),
                     "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100), "%s %dth" % (MONTHS_EN[m - 1][:3], d)])


def g_time(r, lang):
    h, m = r.randint(7, 21), r.choice([0, 15, 30, 45, 10, 5])
    if lang == "de":
        return r.choice(["%d:%02d" % (h, m), "%d Uhr" % h, "%02d:%02d Uhr" % (h, m), "%d.%02d" % (h, m)])
    return r.choice(["%d:%02d" % (h, m), "%d%s" % ((h - 1) % 12 + 1, "pm" if h >= 12 else "am"),
                     "%d:%02d %s" % ((h - 1) % 12 + 1, m, "PM" if h >= 12 else "AM")])


def g_amount(r, lang):
    v = r.choice([r.randint(5, 99), r.randint(100, 2500)])
    c = r.choice(["00", "99", "50", "95", "%02d" % r.randint(0, 99)])
    if lang == "de":
        big = "{:,}".format(v).replace(",", ".")
        return r.choice(["%s,%s €" % (big, c), "%s,%s EUR" % (big, c), "€ %s,%s" % (big, c), "%s€" % v,
                         "CHF %s.%s" % (v, c), "%s,-" % v])
    return r.choice(["£%d.%s" % (v, c), "$%s.%s" % ("{:,}".format(v), c), "€%d" % v, "%d quid" % v, "£%d" % v,
                     "USD %d.%s" % (v, c)])


def g_price(r, lang):
    v = "%d,%02d" % (r.randint(3, 80), r.choice([99, 95, 49, 0])) if lang == "de" else \
        "%d.%02d" % (r.randint(3, 80), r.choice([99, 95, 49, 0]))
    return (v + r.choice([" €", " EUR", "€"])) if lang == "de" else r.choice(["£", "$", "€"]) + v


def g_order(r, lang):
    return r.choice(["%s-%s-%s" % (rdig(r, 3, True), rdig(r, 7), rdig(r, 7)), "#" + rdig(r, 6, True),
                     "A" + rdig(r, 9), "%s%s" % (r.choice(["BE", "DE", "ORD", "WEB"]), rdig(r, 8)),
                     rdig(r, 10, True), "%s-%s" % (rdig(r, 4), rdig(r, 6))])


def g_invoice(r, lang):
    return r.choice(["RE-%d-%s" % (r.choice([2024, 2025]), rdig(r, 6)), "INV-" + rdig(r, 8), rdig(r, 9, True),
                     "R%s" % rdig(r, 10), "%d/%s" % (r.choice([2024, 2025]), rdig(r, 5))])


def g_parcel(r, lang):
    return r.choice(["00340434" + rdig(r, 12), "1Z" + "".join(r.choice(UP + string.digits) for _ in range(6)) +
                     rdig(r, 10), "JJD000390" + rdig(r, 11), rdig(r, 14, True), "H" + rdig(r, 19),
                     "CH" + rdig(r, 9) + "DE", "LX" + rdig(r, 9) + "DE", rdig(r, 12, True)])


def g_contract(r, lang):
    return r.choice(["V-%d-%s" % (r.choice([2023, 2024, 2025]), rdig(r, 6)), rdig(r, 10, True), "VN " + rdig(r, 8),
                     "%s.%s.%s" % (rdig(r, 3), rdig(r, 3), rdig(r, 3)), "KV" + rdig(r, 9)])


def g_customer(r, lang):
    return r.choice([rdig(r, 8, True), "%s %s %s" % (rdig(r, 2, True), rdig(r, 3), rdig(r, 3)), "K-" + rdig(r, 7),
                     rdig(r, 6, True), "C" + rdig(r, 9)])


def g_ticket(r, lang):
    return r.choice(["#" + rdig(r, 6, True), "INC" + rdig(r, 7), "CS-" + rdig(r, 8), rdig(r, 8, True),
                     "T%s" % rdig(r, 7), "%s-%s" % (r.choice(["SR", "CASE", "REQ"]), rdig(r, 6))])


def g_booking(r, lang):
    return "".join(r.choice(UP + "23456789") for _ in range(6))


def g_flight(r, lang):
    return r.choice(["LH", "BA", "FR", "U2", "EW", "LX", "OS", "KL", "AF", "UA", "DL", "AA", "VY", "DE", "X3"]) + \
        r.choice(["", " "]) + str(r.randint(10, 9899))


def g_sku(r, lang):
    return r.choice([rdig(r, 10, True), "%s-%s" % (rdig(r, 3), rdig(r, 5)), "SKU" + rdig(r, 7),
                     "".join(r.choice(UP) for _ in range(3)) + "-" + rdig(r, 4) + "-" + r.choice(["S", "M", "L", "XL"]),
                     rdig(r, 13, True)])


def g_model(r, lang):
    return r.choice(["SM-G%dB" % r.randint(900, 999), "WH-1000XM%d" % r.randint(3, 5), "A%d" % r.randint(2000, 2999),
                     "KGN%dXLEA" % r.randint(33, 39), "iPhone %d" % r.randint(11, 16), "WM14N%d" % r.randint(100, 299),
                     "FRITZ!Box %d" % r.choice([7530, 7590, 6660, 7490]), "XPS %d %d" % (r.choice([13, 15]), r.randint(9300, 9730)),
                     "Pixel %d Pro" % r.randint(6, 9), "EQ.%d" % r.randint(300, 700)])


def g_serial(r, lang):
    return r.choice(["".join(r.choice(UP + string.digits) for _ in range(12)),
                     "SN" + rdig(r, 10), "%s-%s-%s" % (rdig(r, 4), rdig(r, 4), rdig(r, 4)),
                     "R58N" + "".join(r.choice(UP + string.digits) for _ in range(7))])


def g_version(r, lang):
    return r.choice(["%d.%d.%d" % (r.randint(1, 17), r.randint(0, 20), r.randint(0, 9)),
                     "v%d.%d" % (r.randint(1, 9), r.randint(0, 40)),
                     "%d.%d.%d (%d)" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999)),
                     "Build %d" % r.randint(10000, 99999)])


def g_postcode(r, lang):
    if lang == "de":
        return r.choice([rdig(r, 5, True), "%d" % r.randint(1010, 9990), "%d" % r.randint(1000, 9658)])
    return r.choice([r.choice(["SW1A 1AA", "M1 1AE", "EC1A 1BB", "B33 8TH", "CR2 6XH", "LS1 4AP", "G2 3BZ",
                               "BS1 5TR", "NW3 2QG", "E14 5AB", "OX1 2JD", "CB2 1TN"]), "%05d" % r.randint(1001, 99950)])


def g_house(r, lang):
    return r.choice([str(r.randint(1, 180)), str(r.randint(1, 60)) + r.choice(["a", "b", "c", "A"]),
                     "%d-%d" % (r.randint(1, 20), r.randint(21, 30)), str(r.randint(1, 9))])


def g_percent(r, lang):
    v = r.choice([str(r.randint(1, 70)), "%d,%d" % (r.randint(0, 9), r.randint(1, 9))])
    if lang == "en":
        v = v.replace(",", ".")
    return v + r.choice([" %", "%", " Prozent" if lang == "de" else " percent"])


def g_qty(r, lang):
    n = r.randint(2, 24)
    return r.choice(["%d Stück" % n, "%dx" % n, "%d Pakete" % n, "%d kg" % n]) if lang == "de" else \
        r.choice(["%d pcs" % n, "%dx" % n, "%d items" % n, "%d boxes" % n, "%d kg" % n])


def g_meter(r, lang):
    return r.choice([rdig(r, 5, True), "%s,%d" % (rdig(r, 5), r.randint(0, 9)), "%06d" % r.randint(100, 99999),
                     "%s.%d" % (rdig(r, 4, True), r.randint(0, 9))])


def g_mileage(r, lang):
    v = r.randint(8000, 240000)
    return ("{:,}".format(v).replace(",", ".") + " km") if lang == "de" else ("{:,}".format(v) + " miles")


def g_error(r, lang):
    return r.choice(["E-%d" % r.randint(100, 9999), "0x%08X" % r.randint(0x80000000, 0x8FFFFFFF),
                     "ERR_%d" % r.randint(100, 999), "Fehler %d" % r.randint(100, 599) if lang == "de" else "error %d" % r.randint(400, 599),
                     "F%02d" % r.randint(1, 99), "code %d" % r.randint(1000, 99999)])


def g_voucher(r, lang):
    return r.choice([" ".join(chunks(non_luhn(r, 16), 4)), non_luhn(r, 16),
                     "-".join("".join(r.choice(UP + "23456789") for _ in range(4)) for _ in range(4)),
                     "SOMMER" + rdig(r, 2), "XMAS-%s-%s" % (rdig(r, 4), "".join(r.choice(UP) for _ in range(4)))])


def g_giftcard(r, lang):
    return r.choice([" ".join(chunks(non_luhn(r, 19, "6"), 4)), non_luhn(r, 16, "60"),
                     " ".join(chunks(non_luhn(r, 16, "4"), 4))])


def g_cardlike(r, lang):
    p = r.choice(["4", "5", "37", "6011", ""])
    s = non_luhn(r, 16, p)
    return r.choice([" ".join(chunks(s, 4)), s, "-".join(chunks(s, 4))])


def g_sample_iban(r, lang):
    s = r.choice(SAMPLE_IBANS)
    return r.choice([" ".join(chunks(s, 4)), s])


def g_hotline(r, lang):
    if lang == "de":
        return r.choice(["0800 %s %s %s" % (rdig(r, 3, True), rdig(r, 2), rdig(r, 2)), "0800-%s" % rdig(r, 7, True),
                         "0180 6 %s" % rdig(r, 6, True), "0800 %s" % rdig(r, 6, True), "0848 %s %s" % (rdig(r, 3), rdig(r, 3)),
                         "0810 %s %s" % (rdig(r, 3), rdig(r, 3)), "+49 800 %s" % rdig(r, 7, True)])
    return r.choice(["0800 %s %s" % (rdig(r, 3, True), rdig(r, 4)), "1-800-%s-%s" % (rdig(r, 3, True), rdig(r, 4)),
                     "0345 %s %s" % (rdig(r, 3), rdig(r, 4)), "0333 %s %s" % (rdig(r, 3), rdig(r, 4)),
                     "(888) %s-%s" % (rdig(r, 3, True), rdig(r, 4)), "0808 %s %s" % (rdig(r, 3), rdig(r, 4))])


def g_isbn(r, lang):
    body = r.choice(["9783", "9780", "9781"]) + rdig(r, 8)
    s = body + ean.calc_check_digit(body)
    assert isbn.is_valid(s)
    return isbn.format(s) if r.random() < 0.7 else s


def _creditor_id(r):
    nat = "0" + rdig(r, 10)
    num = int(nat + "1314" + "00")
    ck = 98 - num % 97
    return "DE%02dZZZ%s" % (ck, nat)


def g_ibanref(r, lang):
    k = r.random()
    if k < 0.4:
        body = "".join(r.choice(string.digits + UP) for _ in range(r.randint(10, 16)))
        num = int("".join(str(int(ch, 36)) for ch in body + "RF00"))
        ref = "RF%02d" % (98 - num % 97) + body
        assert iso11649.is_valid(ref)
        return iso11649.format(ref) if r.random() < 0.6 else ref
    if k < 0.75:
        return _creditor_id(r)
    return r.choice(["DE", "AT"]) + rdig(r, 2) + "ZZZ" + "".join(r.choice(UP + string.digits) for _ in range(8)) \
        if r.random() < 0.3 else "MREF-" + rdig(r, 4) + "-" + rdig(r, 10)


def g_lot(r, lang):
    return r.choice(["%s%s%s" % (rdig(r, 4), r.choice(UP), rdig(r, 2)), "L" + rdig(r, 6),
                     "%s%s" % ("".join(r.choice(UP) for _ in range(2)), rdig(r, 5)), "B" + rdig(r, 5) + "A"])


def g_pin(r, lang):
    return r.choice([str(r.randint(2, 9999)), str(r.randint(100, 999)), "%d" % r.choice([4711, 1234, 815, 42, 7, 112])])


GEN = {
    "DATE": g_date, "TIME": g_time, "AMOUNT": g_amount, "PRICE": g_price, "ORDER_NO": g_order,
    "INVOICE_NO": g_invoice, "PARCEL_NO": g_parcel, "CONTRACT_NO": g_contract, "CUSTOMER_NO": g_customer,
    "TICKET_NO": g_ticket, "BOOKING_CODE": g_booking, "FLIGHT_NO": g_flight, "SKU": g_sku, "MODEL_NO": g_model,
    "SERIAL_NO": g_serial, "VERSION": g_version, "POSTCODE": g_postcode, "HOUSE_NO": g_house, "PERCENT": g_percent,
    "QUANTITY": g_qty, "METER_READING": g_meter, "MILEAGE": g_mileage, "ERROR_CODE": g_error, "VOUCHER": g_voucher,
    "GIFT_CARD": g_giftcard, "CARDLIKE": g_cardlike, "SAMPLE_IBAN": g_sample_iban, "COMPANY_HOTLINE": g_hotline,
    "ISBN": g_isbn, "IBAN_LIKE_REF": g_ibanref, "LOT_NO": g_lot, "PIN_LIKE": g_pin,
}
