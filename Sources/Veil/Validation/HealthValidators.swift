/// Checks that an ICD-10 code exists, against the ICD-10-CM code set (`ICD10CMTable`).
///
/// A code is valid when ICD-10-CM lists it (`E11.9`, `O24.419`, `S15.129A`), or when it has
/// the form of an ICD-10-GM code of a category that exists: GM extends the WHO codes with its
/// own fifth digits (`E11.90`, `I10.90`) and, like WHO, splits some categories otherwise than CM
/// (`J45.0`), so a subcode of one or two digits counts when the category exists. The U chapter
/// (`U07.1`, `U50.20`), which GM uses for its own purposes, counts as a whole.
/// GM's markers after a code (`G`, `V`, `Z`, `A` for certainty, `L`, `R`, `B` for the side,
/// `+`, `*`, `!` for cross-references) are allowed. The table's BfArM counterpart is not at
/// hand here; see patterns/HEALTH-SOURCES.md.
enum ICD10Codes {
    /// The table's bytes and where each category's line starts, made on first use.
    private static let table: (bytes: [UInt8], lines: [(category: UInt32, subcodes: Range<Int>)]) = {
        let bytes = Array(ICD10CMTable.categories.utf8)
        var lines: [(UInt32, Range<Int>)] = []
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let category = key(bytes[start], bytes[start + 1], bytes[start + 2])
            lines.append((category, min(start + 4, end)..<end))
            start = end + 1
        }
        return (bytes, lines)
    }()

    private static func key(_ letter: UInt8, _ first: UInt8, _ second: UInt8) -> UInt32 {
        UInt32(letter) << 16 | UInt32(first) << 8 | UInt32(second)
    }

    /// Whether `code` (letters in either case, with or without its dot) is a code of ICD-10-CM
    /// or has the form of an ICD-10-GM code of an existing category.
    static func isValid(_ code: Span<UInt8>) -> Bool {
        // A dot, or a German decimal comma, after the category (`F32,1`); a space after the letter (`F 32.1`).
        var characters: [UInt8] = []
        for index in code.indices where code[index] != UInt8(ascii: ".") && code[index] != UInt8(ascii: ",") && code[index] != UInt8(ascii: " ") {
            characters.append(ASCII.isLowercaseLetter(code[index]) ? code[index] - 0x20 : code[index])
        }
        return existsWithMarker(characters) || existsWithMarker(digitsForLookalikes(characters))
    }

    /// Whether `characters` is a code, or one with a GM marker after it.
    private static func existsWithMarker(_ characters: [UInt8]) -> Bool {
        if exists(characters) { return true }
        guard let last = characters.last, "GVZALRB+*!".utf8.contains(last) else { return false }
        return exists(Array(characters.dropLast()))
    }

    /// `O` read as `0` and `I`, `L` as `1` where a code has its digits (`S63.O42`).
    private static func digitsForLookalikes(_ characters: [UInt8]) -> [UInt8] {
        var characters = characters
        for index in characters.indices.dropFirst() {
            if let digit = ASCII.lookAlikeDigit(characters[index]) { characters[index] = digit }
        }
        return characters
    }

    private static func exists(_ characters: [UInt8]) -> Bool {
        guard characters.count >= 3, characters[0] &- 0x41 < 26,
              ASCII.isDigit(characters[1]), ASCII.isDigit(characters[2]) || characters[2] &- 0x41 < 26 else { return false }
        let subcode = characters[3...]
        guard subcode.count <= 4, subcode.allSatisfy({ ASCII.isDigit($0) || $0 &- 0x41 < 26 }) else { return false }
        let isGMForm = (1...2).contains(subcode.count) && subcode.allSatisfy(ASCII.isDigit)
        if characters[0] == UInt8(ascii: "U") { return subcode.isEmpty || isGMForm }
        let wanted = key(characters[0], characters[1], characters[2])
        let (bytes, lines) = table
        var low = 0, high = lines.count
        while low < high {
            let middle = (low + high) / 2
            if lines[middle].category < wanted { low = middle + 1 } else { high = middle }
        }
        guard low < lines.count, lines[low].category == wanted else { return false }
        let listed = bytes[lines[low].subcodes].split(separator: UInt8(ascii: " "))
        return subcode.isEmpty || isGMForm || listed.contains { $0.elementsEqual(subcode) }
    }
}

extension Validator {
    /// An ICD-10 code that exists (see `ICD10Codes`). Weak: many three-character codes exist.
    static let icd10 = Validator(name: "icd10", isStrong: false) { (bytes: Span<UInt8>) in
        .from(ICD10Codes.isValid(bytes))
    }
}
