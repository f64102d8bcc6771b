import Testing
@testable import Veil

/// One way of hiding a value, in a German or English message. `value` is the exact original
/// text the finding must cover.
struct Obfuscation: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let value: String
    let type: String
    var testDescription: String { name }
}

@Suite("Evasion: obfuscated values are found with exact ranges")
struct EvasionTests {
    static let cases: [Obfuscation] = [
        .init(name: "spaced characters", text: "IBAN: D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0 danke",
              value: "D E 8 9 3 7 0 4 0 0 4 4 0 5 3 2 0 1 3 0 0 0", type: "IBAN"),
        .init(name: "spaced-out e-mail address", text: "the confirmation went to d e r r i c k . g a r n e r @ l i v e . c o m which is",
              value: "d e r r i c k . g a r n e r @ l i v e . c o m", type: "EMAIL"),
        .init(name: "spaced-out address with an underscore", text: "mail: j o h n _ d o e @ w e b . d e bitte",
              value: "j o h n _ d o e @ w e b . d e", type: "EMAIL"),
        .init(name: "spaced-out value after an arrow", text: "IBAN→G B 4 1 T E A C 7 7 3 8 0 7 3 4 6 5 8 1 3 7",
              value: "G B 4 1 T E A C 7 7 3 8 0 7 3 4 6 5 8 1 3 7", type: "IBAN"),
        .init(name: "spaced-out number with an area code in parentheses", text: "new number → ( 2 0 1 ) 5 5 6 - 1 6 7 8 thanks",
              value: "( 2 0 1 ) 5 5 6 - 1 6 7 8", type: "PHONE"),
        .init(name: "spaced-out code with its dot", text: "AU mit code S 8 2 . 4 4 1 N, is that enough for HR?",
              value: "S 8 2 . 4 4 1 N", type: "DIAGNOSIS"),
        .init(name: "a short word spaced out", text: "Ich: M R T vom Knie, Überweisung hab ich", value: "M R T", type: "TREATMENT"),
        .init(name: "a spaced-out word with a hyphen", text: "Nach der K n i e - O P brauch ich Hilfe", value: "K n i e - O P", type: "TREATMENT"),
        .init(name: "a short code spaced out", text: "auf dem AU steht M 9 9 . 9, was heißt das", value: "M 9 9 . 9", type: "DIAGNOSIS"),
        .init(name: "'dot' in the local part of an address", text: "the link went to simon dot harding[at]gmail dot com yesterday",
              value: "simon dot harding[at]gmail dot com", type: "EMAIL"),
        .init(name: "dashes between groups", text: "Handy 0151-234-567-89 bitte", value: "0151-234-567-89", type: "PHONE"),
        .init(name: "dots between groups", text: "card 4111.1111.1111.1111 thanks", value: "4111.1111.1111.1111", type: "CARD"),
        .init(name: "mixed separators after two unlike ones", text: "Belgisches Register: 85-03.12-457 - 19, bitte eintragen",
              value: "85-03.12-457 - 19", type: "BE_NATIONAL_NUMBER"),
        .init(name: "mixed separators after a one-digit group", text: "NIR 2 85.02.75-123 - 456 72 merci",
              value: "2 85.02.75-123 - 456 72", type: "FR_NIR"),
        .init(name: "a spaced dash after an insurance number's letter", text: "Versichertennummer A - 123456780",
              value: "A - 123456780", type: "DE_KVNR"),
        .init(name: "a spaced-out address whose name joins into a drug's", text: "my e-mail is now a m y s a v a g e @ e x a m p l e . o r g thanks",
              value: "a m y s a v a g e @ e x a m p l e . o r g", type: "EMAIL"),
        .init(name: "bullets between groups", text: "Neue Bankverbindung: DE89•3704•0044•0532•0130•00. Danke",
              value: "DE89•3704•0044•0532•0130•00", type: "IBAN"),
        .init(name: "middle dots with spaces between groups", text: "Tel 0151 · 2345 · 6789 bitte", value: "0151 · 2345 · 6789", type: "PHONE"),
        .init(name: "a pasted mailto: link", text: "Kontakt: mailto:anna.berg@example.de danke", value: "mailto:anna.berg@example.de", type: "EMAIL"),
        .init(name: "a pasted tel: link", text: "ring me: tel:+447734180301", value: "tel:+447734180301", type: "PHONE"),
        .init(name: "'Klammeraffe' for the @", text: "meine Mail: anna.berg Klammeraffe example.de", value: "anna.berg Klammeraffe example.de", type: "EMAIL"),
        .init(name: "a German compound written as two words", text: "Er hat Herz Insuffizienz und lebt allein.",
              value: "Herz Insuffizienz", type: "DIAGNOSIS"),
        .init(name: "underscores between groups", text: "IBAN DE89_3704_0044_0532_0130_00 bitte", value: "DE89_3704_0044_0532_0130_00", type: "IBAN"),
        .init(name: "angle brackets for at and dot", text: "mail erika <at> gmx <dot> de please", value: "erika <at> gmx <dot> de", type: "EMAIL"),
        .init(name: "number words among written digits", text: "SSN 476 oh eight 9118 sorry", value: "476 oh eight 9118", type: "US_SSN"),
        .init(name: "a misspelt health word", text: "hab Bluthochdruk seit Jahren", value: "Bluthochdruk", type: "DIAGNOSIS"),
        .init(name: "a misspelt stem, the typo among its first letters", text: "I'm on prendisolone since Monday", value: "prendisolone", type: "MEDICATION"),
        .init(name: "split across a line break", text: "IBAN DE89 3704\n0044 0532 0130 00 ok", value: "DE89 3704\n0044 0532 0130 00", type: "IBAN"),
        // ICU's coarse changes joined the line break (read as a space) to the full-width value after it.
        .init(name: "full-width value after a line break", text: "Payee: Arnold Ltd\nＡＴ０８３８３１１９２０１９９８７７０５\nRef 60648196",
              value: "ＡＴ０８３８３１１９２０１９９８７７０５", type: "IBAN"),
        .init(name: "Cyrillic look-alikes after a line break", text: "SWIFT-Code:\nВСОEESММ19O\ndanke",
              value: "ВСОEESММ19O", type: "BIC"),
        .init(name: "Cyrillic and Greek look-alike letters", text: "IBAN DЕ89 З7О4 0044 0532 0130 00", value: "DЕ89 З7О4 0044 0532 0130 00", type: "IBAN"),
        .init(name: "Greek omicron for o", text: "mail erika@exαmple.de", value: "erika@exαmple.de", type: "EMAIL"),
        .init(name: "mathematical digits", text: "Tel 𝟎𝟏𝟓𝟏 𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", value: "𝟎𝟏𝟓𝟏 𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗", type: "PHONE"),
        .init(name: "circled digits", text: "Tel ⓪①⑤① ②③④⑤⑥⑦⑧⑨!", value: "⓪①⑤① ②③④⑤⑥⑦⑧⑨", type: "PHONE"),
        .init(name: "parenthesised digits", text: "Karte ⑷⑴⑴⑴ ⑴⑴⑴⑴ ⑴⑴⑴⑴ ⑴⑴⑴⑴ ok", value: "⑷⑴⑴⑴ ⑴⑴⑴⑴ ⑴⑴⑴⑴ ⑴⑴⑴⑴", type: "CARD"),
        .init(name: "superscript digits", text: "Tel ⁰¹⁵¹ ²³⁴⁵⁶⁷⁸⁹", value: "⁰¹⁵¹ ²³⁴⁵⁶⁷⁸⁹", type: "PHONE"),
        .init(name: "full-width letters and digits", text: "ＩＢＡＮ ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", value: "ＤＥ８９ ３７０４ ００４４ ０５３２ ０１３０ ００", type: "IBAN"),
        .init(name: "Arabic-Indic digits", text: "Tel ٠١٥١ ٢٣٤٥٦٧٨٩", value: "٠١٥١ ٢٣٤٥٦٧٨٩", type: "PHONE"),
        .init(name: "O for 0", text: "IBAN DE89 37O4 OO44 O532 O13O OO", value: "DE89 37O4 OO44 O532 O13O OO", type: "IBAN"),
        .init(name: "O for 0 after a country code", text: "Konto DЕ712o73OOo69843764748 bitte", value: "DЕ712o73OOo69843764748", type: "IBAN"),
        .init(name: "O for 0 after an insurance number's letter", text: "Krankenkasse: Н3584119O9, hope", value: "Н3584119O9", type: "DE_KVNR"),
        .init(name: "l and I for 1", text: "Karte 4lll 1111 IIII 1111", value: "4lll 1111 IIII 1111", type: "CARD"),
        .init(name: "o for 0 where the value's other letters are letters", text: "Konto LU80 061F VFMI 4oXC EGMH bitte",
              value: "LU80 061F VFMI 4oXC EGMH", type: "IBAN"),
        .init(name: "o for 0 beside a B that is a letter", text: "NIR 2o4012B571o3514 please", value: "2o4012B571o3514", type: "FR_NIR"),
        .init(name: "S for 5 and B for 8 after a digit", text: "NHS no: 5I7 5S2 O253, thanks", value: "5I7 5S2 O253", type: "UK_NHS"),
        .init(name: "German digits spelled out", text: "ruf an: null eins fünf eins zwei drei vier fünf sechs sieben acht",
              value: "null eins fünf eins zwei drei vier fünf sechs sieben acht", type: "PHONE"),
        .init(name: "English digits spelled out", text: "call zero one five one two three four five six seven eight nine",
              value: "zero one five one two three four five six seven eight nine", type: "PHONE"),
        .init(name: "plus and digits spelled out", text: "Tel plus vier neun eins fünf eins zwei drei vier fünf sechs sieben acht neun",
              value: "plus vier neun eins fünf eins zwei drei vier fünf sechs sieben acht neun", type: "PHONE"),
        .init(name: "spaced characters with dashes between groups", text: "Karte 4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1",
              value: "4 1 1 1 - 1 1 1 1 - 1 1 1 1 - 1 1 1 1", type: "CARD"),
        .init(name: "English oh for zero and double for a digit said twice", text: "My number is oh one three one seven four zero five two double eight - please",
              value: "oh one three one seven four zero five two double eight", type: "PHONE"),
        .init(name: "digits and words mixed", text: "Nummer 0151 zwei drei vier fünf sechs sieben acht", value: "0151 zwei drei vier fünf sechs sieben acht", type: "PHONE"),
        .init(name: "zero-width characters", text: "IBAN DE89\u{200B}3704\u{200C}0044\u{200D}0532\u{2060}0130\u{FEFF}00", value: "DE89\u{200B}3704\u{200C}0044\u{200D}0532\u{2060}0130\u{FEFF}00", type: "IBAN"),
        .init(name: "bidi controls", text: "Tel 0151\u{202E}2345\u{202C}67\u{2066}89\u{2069} ok", value: "0151\u{202E}2345\u{202C}67\u{2066}89", type: "PHONE"),
        .init(name: "variation selectors", text: "Tel 0\u{FE0F}151 2\u{FE0E}345 6789", value: "0\u{FE0F}151 2\u{FE0E}345 6789", type: "PHONE"),
        .init(name: "combining marks stacked on digits", text: "Karte 4\u{0301}\u{0308}111 1111 1\u{0303}111 1111", value: "4\u{0301}\u{0308}111 1111 1\u{0303}111 1111", type: "CARD"),
        .init(name: "soft hyphens", text: "IBAN DE89\u{00AD}3704\u{00AD}0044\u{00AD}0532\u{00AD}0130\u{00AD}00", value: "DE89\u{00AD}3704\u{00AD}0044\u{00AD}0532\u{00AD}0130\u{00AD}00", type: "IBAN"),
        .init(name: "odd spaces", text: "Tel 0151\u{00A0}2345\u{2009}6789", value: "0151\u{00A0}2345\u{2009}6789", type: "PHONE"),
        .init(name: "a code of letters and digits in groups, dashes", text: "Ausweis: PL5-CH9-R51 - ok", value: "PL5-CH9-R51", type: "DE_ID_CARD"),
        .init(name: "a code of letters and digits in groups, dots", text: "the ID card number is NT2.HF9.6L8", value: "NT2.HF9.6L8", type: "DE_ID_CARD"),
        .init(name: "a code in groups, double spaces", text: "DNI 612  411  88P ok", value: "612  411  88P", type: "ES_DNI"),
        .init(name: "a code in groups, NBSP, letters first", text: "Personalausweisnummer: VMZ\u{00A0}G6G\u{00A0}27J8", value: "VMZ\u{00A0}G6G\u{00A0}27J8", type: "DE_ID_CARD"),
        .init(name: "a code in groups, NBSP", text: "NIE X00\u{00A0}731\u{00A0}92Y \u{2014} I moved", value: "X00\u{00A0}731\u{00A0}92Y", type: "ES_NIE"),
        .init(name: "number words joined by hyphens after plus", text: "Please call next time: plus-one two-one-two two-four-five two-three-zero-five",
              value: "plus-one two-one-two two-four-five two-three-zero-five", type: "PHONE"),
        .init(name: "an e-mail address percent-encoded, as a link has it", text: "Rechnung bitte an anna.berg%40web.de schicken",
              value: "anna.berg%40web.de", type: "EMAIL"),
        .init(name: "an e-mail address with HTML entities", text: "Fotos an anna.berg&#64;gmx&#46;de, danke", value: "anna.berg&#64;gmx&#46;de", type: "EMAIL"),
        .init(name: "an e-mail address with a named HTML entity", text: "sent from j.smith&commat;hotmail.com. Order 11", value: "j.smith&commat;hotmail.com", type: "EMAIL"),
        .init(name: "percent-encoded spaces between groups", text: "Natel 079%20753%2041%2032 bitte", value: "079%20753%2041%2032", type: "PHONE"),
        .init(name: "a German spelling alphabet", text: "Versichertennummer B wie Berta, 540765086 bitte", value: "B wie Berta, 540765086", type: "DE_KVNR"),
        .init(name: "the NATO spelling alphabet", text: "NI J as in Juliet, X as in X-ray 679450 A as in Alpha. Thanks",
              value: "J as in Juliet, X as in X-ray 679450 A as in Alpha", type: "UK_NINO"),
        .init(name: "semicolons between groups", text: "Karte 4111;1111;1111;1111, Ablauf folgt", value: "4111;1111;1111;1111", type: "CARD"),
        .init(name: "semicolons and spaces between groups", text: "Steuer-ID 65; 197; 480; 381 bitte", value: "65; 197; 480; 381", type: "DE_STEUER_ID"),
        .init(name: "a value split with words that say the rest follows", text: "Karte 4111 … der Rest kommt hier: 1111 1111 1111. Danke",
              value: "4111 … der Rest kommt hier: 1111 1111 1111", type: "CARD"),
        .init(name: "a value split after a full stop", text: "The number is 0121. Rest of it: 768 9411. Thanks", value: "0121. Rest of it: 768 9411", type: "PHONE"),
        .init(name: "groups joined by ellipses", text: "bitte auf DE89 … 3704 … 0044 … 0532 … 0130 … 00 überweisen",
              value: "DE89 … 3704 … 0044 … 0532 … 0130 … 00", type: "IBAN"),
        .init(name: "a prefix letter in brackets", text: "Versichertennummer meiner Frau (A) 9757 28043, danke",
              value: "(A) 9757 28043", type: "DE_KVNR"),
        .init(name: "a calling code in brackets", text: "My number is (+49) 151 2345 6789, thanks", value: "(+49) 151 2345 6789", type: "PHONE"),
        .init(name: "a country code in brackets", text: "Rechnung mit USt-ID (DE) 535 880 172 an die Firma", value: "(DE) 535 880 172", type: "DE_USTID"),
        .init(name: "a birth date in brackets", text: "neuer Kollege aus Polen, PESEL (791104) 52692, Start Montag", value: "(791104) 52692", type: "PL_PESEL"),
        .init(name: "a country code and check digits in brackets", text: "bitte auf (DE89) 3704 0044 0532 0130 00 zurück",
              value: "(DE89) 3704 0044 0532 0130 00", type: "IBAN"),
        .init(name: "a code in groups, narrow NBSP, a group of five letters", text: "codice fiscale VNDRN\u{202F}A55P6\u{202F}5D612B for",
              value: "VNDRN\u{202F}A55P6\u{202F}5D612B", type: "IT_CODICE_FISCALE"),
        // blind20: pictographs between groups, slips, corrections and wrapped quotes
        .init(name: "emoji between groups", text: "Meine Karte: 4142📱6481📱9257📱5188 😅 gültig", value: "4142📱6481📱9257📱5188", type: "CARD"),
        .init(name: "emoji between groups and a bank code", text: "Direct debit NL33 🏦 KABA 🏦 9510 🏦 2479 🏦 20 thanks",
              value: "NL33 🏦 KABA 🏦 9510 🏦 2479 🏦 20", type: "IBAN"),
        .init(name: "a value sent in two messages", text: "Konto DE29\nups, weiter: 2073 0076 3837 3573 68. Danke",
              value: "DE29\nups, weiter: 2073 0076 3837 3573 68", type: "IBAN"),
        .init(name: "a value sent too early, a bank code after the slip", text: "Please pay to IE80\nugh sent too early:\nREVO 5668 6200 8314 26",
              value: "IE80\nugh sent too early:\nREVO 5668 6200 8314 26", type: "IBAN"),
        .init(name: "the rest after a slip in brackets", text: "Bank: GB75 CIBC\n(sry, rest of it) 9332 7689 9145 11\nEmergency contact",
              value: "GB75 CIBC\n(sry, rest of it) 9332 7689 9145 11", type: "IBAN"),
        .init(name: "a group corrected", text: "My number +44 7401 143114 I mean 413114 – WhatsApp is fine too",
              value: "+44 7401 143114 I mean 413114", type: "PHONE"),
        .init(name: "a group corrected in German", text: "ruft mich an, 0178 4316 äh nein 3416 3892, danke",
              value: "0178 4316 äh nein 3416 3892", type: "PHONE"),
        .init(name: "a quoted reply that wraps a value", text: "neues Konto: DE09\n> 2650 0000 1050 8101 25\nDanke, Edda",
              value: "DE09\n> 2650 0000 1050 8101 25", type: "IBAN"),
        .init(name: "a query value whose + are spaces", text: "Payment link: https://pay.example.com/sepa?iban=PL60+8913+0005+3349+1606+9526+8580&amount=£352",
              value: "PL60+8913+0005+3349+1606+9526+8580", type: "IBAN"),
        .init(name: "a percent-encoded slash", text: "https://portal.example.de/rueckruf?tel=01525%2F0059978&ref=REF-CA-389672-Q",
              value: "01525%2F0059978", type: "PHONE"),
        .init(name: "dictation fillers between number words", text: "Rückfragen: null eins fünf sieben fünf neun neun null drei null vier hm fünf, danke",
              value: "null eins fünf sieben fünf neun neun null drei null vier hm fünf", type: "PHONE"),
        .init(name: "single digits among number words, dashes between", text: "Rückruf 0 eins 5 two 3 - neun 9 1 0 8 null fünf bitte",
              value: "0 eins 5 two 3 - neun 9 1 0 8 null fünf", type: "PHONE"),
        .init(name: "a card code of written and spoken digits", text: "Sicherheitscode sieben vier 2, danke",
              value: "sieben vier 2", type: "CVC"),
        // blind21: dictated separators, the area code first, repeated separators, semicolons
        .init(name: "a separator dictated", text: "neue Nummer Doppelpunkt 0228 Schrägstrich 25094994 Punkt danke",
              value: "0228 Schrägstrich 25094994", type: "PHONE"),
        .init(name: "dashes dictated", text: "my phone number has changed colon 312 dash 816 dash 2952 full stop", value: "312 dash 816 dash 2952", type: "PHONE"),
        .init(name: "the area code, then the number", text: "Nummer die Vorwahl +49 171, danach die 998 07186. Vertragsende",
              value: "+49 171, danach die 998 07186", type: "PHONE"),
        .init(name: "separators of four characters", text: "Kontaktnummer +43 -- 0 -- 650 -- 9335850, Vertrag", value: "+43 -- 0 -- 650 -- 9335850", type: "PHONE"),
        .init(name: "semicolons, a bank code of letters", text: "I'll pay from GB86; DLCO; 4500; 6369; 7787; 68.", value: "GB86; DLCO; 4500; 6369; 7787; 68", type: "IBAN"),
        .init(name: "bars between groups", text: "Tel 0171 | 234 | 5678 ok", value: "0171 | 234 | 5678", type: "PHONE"),
        .init(name: "the area code, and then the number", text: "questions to dialling code 06650 and then 69813", value: "06650 and then 69813", type: "PHONE"),
        .init(name: "the area code, followed by the number", text: "Tel area code +44 121, followed by 719 7478", value: "+44 121, followed by 719 7478", type: "PHONE"),
        .init(name: "a JSON string's line break pasted as text", text: #"{"iban":"AT61 3807 2765\r\n4814 6991","status":"failed"}"#,
              value: #"AT61 3807 2765\r\n4814 6991"#, type: "IBAN"),
        .init(name: "a JSON string's escaped @ pasted as text", text: #"send it to kimberleylynch41\u0040gmail.com (your portal"#,
              value: #"kimberleylynch41\u0040gmail.com"#, type: "EMAIL"),
        .init(name: "numbers dictated in pairs", text: "Craving Nummer null eins sechs null, siebzig null drei einundachtzig neunundvierzig",
              value: "null eins sechs null, siebzig null drei einundachtzig neunundvierzig", type: "PHONE"),
        .init(name: "tens and units dictated", text: "ring me back plus forty-four, seven eight two five, sixty-nine forty-one eighty-four",
              value: "plus forty-four, seven eight two five, sixty-nine forty-one eighty-four", type: "PHONE"),
    ]

    @Test(arguments: cases)
    func found(_ obfuscation: Obfuscation) throws {
        let result = try MessageScanner().scan(obfuscation.text)
        let finding = try #require(result.findings.first { $0.type == obfuscation.type }, "nothing of type \(obfuscation.type) in \(result.redacted(obfuscation.text))")
        #expect(String(obfuscation.text[finding.range(in: obfuscation.text)]) == obfuscation.value)
        let start = obfuscation.text.range(of: obfuscation.value)!
        #expect(result.redacted(obfuscation.text) == obfuscation.text.replacingCharacters(in: start, with: "[\(obfuscation.type)]"))
    }

    @Test("readings that must not invent values", arguments: [
        "one or two things, lol 2024, i think",
        "Ich habe eins, zwei Fragen zu Tarif O2",
        "Liechtenstein und Israel: LI und IL",
        "Привет, заказ пришёл, спасибо",
        "a b c",
        "App v14.4.86.6233 logs me out",
        "oh no, double check it: one or two",
        "Punkte (1) 250 ml und (2) 12 Stück",
        "Rabatt 50% auf alles & mehr; 20%ab heute, R&D-Abteilung",
        "I give it an A for Ambition, 10 points",
        "Wait... 5 minutes... ok, I paid 50, the rest is history",
        "Tisch 4 😊 danke für alles, 12 🎉 Gäste kommen",
        "Order 12345, sorry, please enter the number 9 from the letter",
        "Bestellung 4711 sorry, Rechnung 0815 kommt noch",
        "I have 2 kids, one 5 and one 7, and a dog",
        "| Name | DOB | Phone |\n| Antony Davis | 03/09/2001 | x |",
        "Bestellung 4711 dann 0815 und dann 12",
        "I have twenty minutes and ten euros, one or two",
        #"the log is in C:\temp\new 12, see \n"#,
        "Tisch für zwanzig Personen um achtzehn Uhr, dreißig Euro pro Kopf",
    ])
    func noInventedValues(_ text: String) throws {
        #expect(try MessageScanner().scan(text).findings.isEmpty)
    }
}

private extension String {
    func replacingCharacters(in range: Range<String.Index>, with replacement: String) -> String {
        String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
    }
}
