/// Generates realistic German and English support-chat messages, the same ones on every run:
/// clean messages (questions about orders, opening hours, tariffs) and messages carrying
/// IBANs, cards, phone numbers, e-mail addresses and identity numbers, 70–130 bytes each.
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
    }

    public static func messages(_ kind: Kind, count: Int, seed: UInt64 = 42) -> [String] {
        var generator = SplitMix64(state: seed)
        return (0..<count).map { index in
            switch kind {
            case .clean: clean(&generator)
            case .cleanASCII: cleanMessages.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.randomElement(using: &generator)!
            case .findings: withFindings(&generator)
            case .mixed: index % 4 == 3 ? withFindings(&generator) : clean(&generator)
            case .long: long(&generator)
            case .nonASCII: nonASCII(&generator)
            }
        }
    }

    static let cleanMessages = [
        "Hallo, wann wird meine Bestellung geliefert? Ich warte schon seit Montag darauf.",
        "Guten Tag, können Sie mir sagen, ob die Filiale am Samstag geöffnet hat?",
        "Hi, I ordered the blue jacket last week but haven't received a shipping email yet.",
        "Mein Vertrag läuft Ende des Monats aus, welche Tarife können Sie mir anbieten?",
        "Is it possible to change the delivery address for my order before it ships?",
        "Danke für die schnelle Antwort, das hat mir sehr geholfen! Schönes Wochenende.",
        "Die App stürzt beim Login immer ab, ich habe schon neu installiert. Was tun?",
        "Can you tell me how long the warranty is on the coffee machine I bought in May?",
        "Ich möchte mein Abo kündigen, bitte bestätigen Sie mir das per Nachricht.",
        "The package arrived damaged, the box was open. How do I return it for a refund?",
        "Wie hoch sind die Versandkosten nach Österreich und wie lange dauert es?",
        "Ticket 4521: Rechnung vom 03.11.2024 über 49,99 EUR ist doppelt abgebucht.",
    ]

    static let sensitiveTemplates = [
        "Bitte überweisen Sie die Erstattung auf meine IBAN DE89 3704 0044 0532 0130 00, danke!",
        "Hier meine Karte: 4111 1111 1111 1111, gültig bis 12/27. Bitte die Bestellung belasten.",
        "Sie erreichen mich tagsüber unter 0151 23456789 oder abends unter 030/1234567.",
        "Please call me back on +44 20 7946 0958, or write to john.smith@example.co.uk.",
        "Meine Steuer-ID ist 86095742719, brauchen Sie noch die Steuernummer vom Finanzamt?",
        "Neue Bankverbindung: AT61 1904 3002 3457 3201 bei der Bank Austria, bitte ändern.",
        "Rückruf bitte an +41 44 668 18 00, ich bin bis 17 Uhr im Büro erreichbar. Danke!",
        "My SSN is 078-05-1121? no sorry, card is 5555 5555 5555 4444, CVC 737.",
        "Meine neue E-Mail-Adresse lautet erika.mustermann@example.de, bitte aktualisieren.",
        "Versichertennummer A123456780, die Karte ist abgelaufen, wo bekomme ich eine neue?",
    ]

    static let nonASCIIMessages = [
        "Привет! 😀 Моя карта ４１１１ １１１１ １１１１ １１１１, пожалуйста, верните деньги 🙏",
        "Grüße aus Köln 🇩🇪 — die Lieferung für Jürgen Müller ist noch nicht da 📦😢",
        "Ｍｅｉｎｅ Ｎｕｍｍｅｒ: ０１５１ ２３４５６７８９ 📱 bitte zurückrufen 🙂",
        "Здравствуйте, заказ №4521 ещё не пришёл, подскажите сроки доставки? 🚚",
        "Straße, Größe, Übergröße — gibt es die Jacke auch in Größe XXL? 🧥✨",
    ]

    static func clean(_ generator: inout SplitMix64) -> String {
        cleanMessages.randomElement(using: &generator)!
    }

    static func withFindings(_ generator: inout SplitMix64) -> String {
        sensitiveTemplates.randomElement(using: &generator)!
    }

    static func nonASCII(_ generator: inout SplitMix64) -> String {
        nonASCIIMessages.randomElement(using: &generator)!
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
        ]
    }
}
