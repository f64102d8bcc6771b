/// Generates realistic German and English support-chat messages, the same ones on every run:
/// clean messages (questions about orders, opening hours, tariffs) and messages carrying
/// IBANs, cards, phone numbers, e-mail addresses, tax IDs and health data, 50–130 bytes each.
/// Templates are filled with random order numbers, dates, amounts, names and valid IBANs and
/// card numbers, so messages rarely repeat.
public enum Corpus {
    public enum Kind: Sendable {
        /// No sensitive data.
        case clean
        /// No sensitive data, ASCII only.
        case cleanASCII
        /// At least one finding.
        case findings
        /// 75% clean, 25% with findings, shuffled.
        case mixed
        /// About 4 KB per message, a few findings in long text.
        case long
        /// Mostly non-ASCII: emoji, Cyrillic, full-width digits, umlauts.
        case nonASCII
        /// One or two phone numbers each, as German, Austrian, Swiss, British and US customers
        /// write them (national and international), with an order number or a date besides.
        case phones
        /// The same messages with each phone number replaced by words (`die Hotline`): what
        /// the phone rules cost where there are no phone numbers.
        case phonesRemoved
    }

    public static func messages(_ kind: Kind, count: Int, seed: UInt64 = 42) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { index in
            switch kind {
            case .clean: clean(&generator)
            case .cleanASCII: fill(cleanMessages.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.randomElement(using: &generator)!, &generator)
            case .findings: withFindings(&generator)
            case .mixed: index % 4 == 3 ? withFindings(&generator) : clean(&generator)
            case .long: long(&generator)
            case .nonASCII: nonASCII(&generator)
            case .phones: fill(phoneTemplates.randomElement(using: &generator)!, &generator)
            case .phonesRemoved: fill(phoneTemplates.randomElement(using: &generator)!.replacing("{phone}", with: "{nophone}"), &generator)
            }
        }
    }

    static let cleanMessages = [
        "Hallo, wann wird meine Bestellung {order} geliefert? Ich warte schon seit {weekday} darauf.",
        "Guten Tag, können Sie mir sagen, ob die Filiale in {city} am {weekday} geöffnet hat?",
        "Hi, I ordered the {product} last week but haven't received a shipping email yet.",
        "Mein Vertrag läuft Ende {month} aus, welche Tarife können Sie mir anbieten?",
        "Is it possible to change the delivery address for order {order} before it ships?",
        "Danke für die schnelle Antwort, das hat mir sehr geholfen! Schönes Wochenende, {name}.",
        "Die App stürzt beim Login immer ab, ich habe schon neu installiert. Was tun?",
        "Can you tell me how long the warranty is on the {product} I bought in {month}?",
        "Ich möchte mein Abo kündigen, bitte bestätigen Sie mir das per Nachricht. Gruß {name}",
        "The package arrived damaged, the box was open. How do I return the {product}?",
        "Wie hoch sind die Versandkosten nach {country} und wie lange dauert es?",
        "Ticket {ticket}: Rechnung vom {date} über {amount} EUR ist doppelt abgebucht.",
        "hey, is the {product} back in stock? need it before {weekday} lol",
        "Könnt ihr mir den Link zum Zurücksenden nochmal schicken? Bestellung {order}",
    ]

    static let sensitiveTemplates = [
        "Bitte überweisen Sie die Erstattung auf meine IBAN {iban}, danke! {name}",
        "Hier meine Karte: {card}, gültig bis {expiry}. Bitte die Bestellung {order} belasten.",
        "Sie erreichen mich tagsüber unter {mobile} oder abends unter {landline}.",
        "Please call me back on {intlphone}, or write to {email}.",
        "Meine Steuer-ID ist {taxid}, brauchen Sie noch die Steuernummer vom Finanzamt?",
        "Neue Bankverbindung: {iban} bei der Sparkasse {city}, bitte ändern.",
        "Rückruf bitte an {intlphone}, ich bin bis 17 Uhr im Büro erreichbar. Danke!",
        "card is {card}, CVC {cvc}, please charge the {product}.",
        "Meine neue E-Mail-Adresse lautet {email}, bitte aktualisieren.",
        "mein Arzt hat mir {medication} verschrieben, kann ich das über euch bestellen?",
        "Krankschreibung wegen {diagnosis} bis {weekday}, ich melde mich danach. {name}",
        "I was diagnosed with {diagnosis} and take {medication}, does my plan cover it?",
    ]

    static let phoneTemplates = [
        "Sie erreichen mich unter {phone}, ab 18 Uhr auch über WhatsApp. Bestellung {order}",
        "call me back on {phone} please, I'm in the office till 5",
        "Meine neue Handynummer: {phone} – bitte im Kundenkonto ändern, danke!",
        "Tel. {phone} / Fax {phone}, Rechnung vom {date}",
        "new number is {phone}, the old one doesn't work anymore. Ticket {ticket}",
        "Rückruf bitte an {phone}, ich bin bis 17 Uhr im Büro erreichbar.",
    ]

    static let nonASCIIMessages = [
        "Привет! 😀 Моя карта ４１１１ １１１１ １１１１ １１１１, пожалуйста, верните деньги 🙏",
        "Grüße aus Köln 🇩🇪 — die Lieferung für {name} ist noch nicht da 📦😢",
        "Ｍｅｉｎｅ Ｎｕｍｍｅｒ: ０１５１ ２３４５６７８９ 📱 bitte zurückrufen 🙂",
        "Здравствуйте, заказ №{ticket} ещё не пришёл, подскажите сроки доставки? 🚚",
        "Straße, Größe, Übergröße — gibt es die {product} auch in Größe XXL? 🧥✨",
    ]

    static let fillers: [String: [String]] = [
        "name": ["Erika", "Jürgen", "Anna Schmidt", "Mehmet", "Sophie", "John", "Priya", "Łukasz", "Chloé"],
        "city": ["Köln", "Berlin", "Wien", "Zürich", "Graz", "Hamburg", "München", "Basel"],
        "country": ["Österreich", "die Schweiz", "Italien", "Polen", "Frankreich"],
        "weekday": ["Montag", "Dienstag", "Freitag", "Samstag", "Monday", "Friday"],
        "month": ["Mai", "Juni", "Oktober", "March", "November"],
        "product": ["blue jacket", "coffee machine", "Winterjacke", "router", "running shoes", "Kopfhörer", "phone case"],
        "medication": ["Metformin", "Ramipril", "Ibuprofen", "Sertralin", "L-Thyroxin", "Pantoprazol"],
        "diagnosis": ["Bandscheibenvorfall", "Migräne", "type 2 diabetes", "Depressionen", "Asthma", "Gürtelrose"],
        "nophone": ["die Hotline", "my landline", "mein Festnetz", "the office", "meinen Mann", "the front desk"],
    ]

    static func fill(_ template: String, _ generator: inout SplitMix64) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += value(for: String(rest[rest.index(after: open)..<close]), &generator)
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

    static func value(for slot: String, _ generator: inout SplitMix64) -> String {
        func digits(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        }
        switch slot {
        case "order": return "\(Int.random(in: 100_000...9_999_999, using: &generator))"
        case "ticket": return "\(Int.random(in: 1000...99_999, using: &generator))"
        case "date": return "\(Int.random(in: 10...28, using: &generator)).\(Int.random(in: 10...12, using: &generator)).2024"
        case "amount": return "\(Int.random(in: 5...500, using: &generator)),\(Int.random(in: 10...99, using: &generator))"
        case "iban": return grouped(iban(country: ["DE", "AT", "CH"].randomElement(using: &generator)!, digits: &generator))
        case "card": return grouped(luhnNumber(prefix: ["4", "51", "2221", "37"].randomElement(using: &generator)!, digits: &generator))
        case "expiry": return "\(Int.random(in: 10...12, using: &generator))/\(Int.random(in: 26...30, using: &generator))"
        case "cvc": return digits(3)
        case "mobile": return "01\(Int.random(in: 51...79, using: &generator)) \(digits(8))"
        case "landline": return "0\(Int.random(in: 30...89, using: &generator))/\(digits(7))"
        case "phone":
            return [
                value(for: "mobile", &generator), value(for: "landline", &generator),
                "+49 \(Int.random(in: 30...89, using: &generator)) \(digits(7))", "0043 664 \(digits(7))", "+41 44 \(digits(3)) \(digits(2)) \(digits(2))",
                "020 7946 \(digits(4))", "07700 9\(digits(5))", "(\(Int.random(in: 201...989, using: &generator))) \(Int.random(in: 200...999, using: &generator))-\(digits(4))",
                "\(Int.random(in: 201...989, using: &generator))-\(Int.random(in: 200...999, using: &generator))-\(digits(4))",
                "+1 \(Int.random(in: 201...989, using: &generator)) 555 \(digits(4))",
            ].randomElement(using: &generator)!
        case "intlphone": return ["+49 30 \(digits(7))", "+41 44 \(digits(3)) \(digits(2)) \(digits(2))", "+44 20 7946 \(digits(4))"].randomElement(using: &generator)!
        case "email": return "\(["erika", "j.smith", "anna.s", "kontakt"].randomElement(using: &generator)!)\(digits(2))@example.\(["de", "com", "at"].randomElement(using: &generator)!)"
        case "taxid": return ["86095742719", "47036892816", "65929970489"].randomElement(using: &generator)!
        default: return fillers[slot]!.randomElement(using: &generator)!
        }
    }

    /// A valid IBAN of Germany (18-digit BBAN), Austria (16) or Switzerland (17).
    static func iban(country: String, digits generator: inout SplitMix64) -> String {
        let length = ["DE": 18, "AT": 16, "CH": 17][country]!
        let bban = String((0..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
        let numeric = (bban + country + "00").map { character -> String in
            character.isNumber ? String(character) : String(Int(character.asciiValue! - 65 + 10))
        }.joined()
        let remainder = numeric.reduce(0) { ($0 * 10 + Int(String($1))!) % 97 }
        let check = 98 - remainder
        return country + (check < 10 ? "0" : "") + "\(check)" + bban
    }

    /// A 16-digit number (15 for Amex) with the prefix and a valid Luhn check digit.
    static func luhnNumber(prefix: String, digits generator: inout SplitMix64) -> String {
        let length = prefix == "37" ? 15 : 16
        var number = prefix.map { Int(String($0))! }
        while number.count < length - 1 { number.append(Int.random(in: 0...9, using: &generator)) }
        let sum = number.reversed().enumerated().reduce(0) { total, pair in
            let doubled = pair.offset % 2 == 0 ? pair.element * 2 : pair.element
            return total + (doubled > 9 ? doubled - 9 : doubled)
        }
        return (number + [(10 - sum % 10) % 10]).map(String.init).joined()
    }

    static func grouped(_ value: String) -> String {
        stride(from: 0, to: value.count, by: 4).map { offset in
            String(value.dropFirst(offset).prefix(4))
        }.joined(separator: " ")
    }

    static func clean(_ generator: inout SplitMix64) -> String {
        fill(cleanMessages.randomElement(using: &generator)!, &generator)
    }

    static func withFindings(_ generator: inout SplitMix64) -> String {
        fill(sensitiveTemplates.randomElement(using: &generator)!, &generator)
    }

    static func nonASCII(_ generator: inout SplitMix64) -> String {
        fill(nonASCIIMessages.randomElement(using: &generator)!, &generator)
    }

    static func long(_ generator: inout SplitMix64) -> String {
        var text = ""
        while text.utf8.count < 4000 {
            text += (Int.random(in: 0..<10, using: &generator) == 0 ? withFindings(&generator) : clean(&generator)) + " "
        }
        return text
    }
}

/// SplitMix64: a small deterministic generator, so the corpus is identical on every machine.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Corpus {
    /// Messages of about a megabyte built to be slow: long digit runs, spaced characters,
    /// repeated separators, number words, zero-width characters.
    public static func pathological() -> [String] {
        [
            String(repeating: "1", count: 1_000_000),
            String(repeating: "1 ", count: 500_000),
            String(repeating: "0151-/ .", count: 125_000),
            String(repeating: "DE89 ", count: 200_000),
            String(repeating: "null eins zwei ", count: 66_000),
            String(repeating: "a ", count: 500_000),
            String(repeating: "\u{200B}", count: 330_000) + " DE89 3704 0044 0532 0130 00",
            String(repeating: "1o ", count: 330_000),
            String(repeating: "<", count: 1_000_000),
            String(repeating: "@", count: 1_000_000),
            String(repeating: "ab@cd.", count: 166_000),
            String(repeating: "1-", count: 500_000),
            String(repeating: ".l.", count: 330_000),
            // Spaced-out words joined into short words, each tried as a spaced-out phrase.
            String(repeating: "a k u t e s i n u s i t i s , ", count: 33_000),
            // Random two-digit groups: thousands validate as phone numbers and cards.
            randomDigitGroups(count: 333_000),
        ]
    }

    /// `count` groups of two random digits, separated by spaces, the same every run.
    static func randomDigitGroups(count: Int) -> String {
        var generator = SplitMix64(state: 7)
        return (0..<count).map { _ in String(10 + generator.next() % 90) }.joined(separator: " ")
    }
}
