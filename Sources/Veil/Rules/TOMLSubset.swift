/// A reader for the subset of TOML 1.0 that pattern packs use: `[table]` and `[[array.of.tables]]`
/// headers, dotted keys, basic and literal strings (single- and multi-line), integers, floats,
/// booleans, arrays (over several lines, trailing commas allowed) and comments. Inline tables
/// and dates are not part of the subset and are rejected with the line they appear on.
enum TOMLValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case float(Double)
    case boolean(Bool)
    case array([TOMLValue])
    case table(TOMLTable)
}

/// An ordered TOML table.
struct TOMLTable: Equatable, Sendable {
    private(set) var keys: [String] = []
    private var values: [String: TOMLValue] = [:]

    subscript(key: String) -> TOMLValue? { values[key] }

    mutating func set(_ key: String, _ value: TOMLValue) {
        if values[key] == nil { keys.append(key) }
        values[key] = value
    }
}

/// Why a pack file could not be read as TOML, with the 1-based line.
struct TOMLSyntaxError: Error, Equatable, Sendable {
    let line: Int
    let message: String
}

struct TOMLSubsetParser {
    private let bytes: [UInt8]
    private var position = 0
    private var line = 1

    init(_ text: String) { bytes = Array(text.utf8) }

    static func parse(_ text: String) throws(TOMLSyntaxError) -> TOMLTable {
        var parser = TOMLSubsetParser(text)
        return try parser.parseDocument()
    }

    private mutating func parseDocument() throws(TOMLSyntaxError) -> TOMLTable {
        var root = TOMLTable()
        var currentPath: [String] = []
        var currentIsArrayElement = false
        while true {
            skipWhitespaceCommentsAndNewlines()
            guard let byte = peek() else { break }
            if byte == UInt8(ascii: "[") {
                let isArray = peek(1) == UInt8(ascii: "[")
                position += isArray ? 2 : 1
                skipInlineWhitespace()
                let path = try parseKeyPath()
                skipInlineWhitespace()
                try expect("]")
                if isArray { try expect("]") }
                try expectEndOfLine()
                currentPath = path
                currentIsArrayElement = isArray
                try Self.open(path, asArrayElement: isArray, in: &root, line: line)
            } else {
                let keyPath = try parseKeyPath()
                skipInlineWhitespace()
                try expect("=")
                skipInlineWhitespace()
                let value = try parseValue()
                try expectEndOfLine()
                try Self.assign(value, at: currentPath, arrayElement: currentIsArrayElement,
                                key: keyPath, in: &root, line: line)
            }
        }
        return root
    }

    // MARK: Building the tree

    private static func open(_ path: [String], asArrayElement: Bool, in table: inout TOMLTable, line: Int) throws(TOMLSyntaxError) {
        try modify(path.dropLast(), in: &table, line: line) { (parent: inout TOMLTable) throws(TOMLSyntaxError) in
            let key = path[path.count - 1]
            switch (parent[key], asArrayElement) {
            case (nil, false): parent.set(key, .table(TOMLTable()))
            case (nil, true): parent.set(key, .array([.table(TOMLTable())]))
            case (.array(var elements)?, true):
                elements.append(.table(TOMLTable()))
                parent.set(key, .array(elements))
            case (.table?, false):
                throw TOMLSyntaxError(line: line, message: "table [\(path.joined(separator: "."))] is defined twice")
            default:
                throw TOMLSyntaxError(line: line, message: "\(path.joined(separator: ".")) is already defined as another kind of value")
            }
        }
    }

    private static func assign(_ value: TOMLValue, at tablePath: [String], arrayElement: Bool, key: [String],
                               in root: inout TOMLTable, line: Int) throws(TOMLSyntaxError) {
        let fullPath = tablePath + key
        try modify(fullPath.dropLast(), in: &root, line: line) { (table: inout TOMLTable) throws(TOMLSyntaxError) in
            let last = fullPath[fullPath.count - 1]
            if table[last] != nil {
                throw TOMLSyntaxError(line: line, message: "key \(key.joined(separator: ".")) is defined twice")
            }
            table.set(last, value)
        }
    }

    /// Walks to the table at `path` (into the last element of arrays of tables), creating tables
    /// for dotted keys, and lets `body` change it.
    private static func modify(_ path: ArraySlice<String>, in table: inout TOMLTable, line: Int,
                               _ body: (inout TOMLTable) throws(TOMLSyntaxError) -> Void) throws(TOMLSyntaxError) {
        guard let first = path.first else { return try body(&table) }
        let rest = path.dropFirst()
        switch table[first] {
        case nil:
            var child = TOMLTable()
            try modify(rest, in: &child, line: line, body)
            table.set(first, .table(child))
        case .table(var child)?:
            try modify(rest, in: &child, line: line, body)
            table.set(first, .table(child))
        case .array(var elements)?:
            guard case .table(var child)? = elements.last else {
                throw TOMLSyntaxError(line: line, message: "\(first) is an array of values, not of tables")
            }
            try modify(rest, in: &child, line: line, body)
            elements[elements.count - 1] = .table(child)
            table.set(first, .array(elements))
        default:
            throw TOMLSyntaxError(line: line, message: "\(first) is a value, not a table")
        }
    }

    // MARK: Lexing

    private func peek(_ offset: Int = 0) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private mutating func skipInlineWhitespace() {
        while let byte = peek(), byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { position += 1 }
    }

    private mutating func skipComment() {
        if peek() == UInt8(ascii: "#") {
            while let byte = peek(), byte != UInt8(ascii: "\n") { position += 1 }
        }
    }

    private mutating func skipWhitespaceCommentsAndNewlines() {
        while true {
            skipInlineWhitespace()
            skipComment()
            if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { position += 1 }
            guard peek() == UInt8(ascii: "\n") else { return }
            position += 1
            line += 1
        }
    }

    private mutating func expect(_ character: Unicode.Scalar) throws(TOMLSyntaxError) {
        guard peek() == UInt8(ascii: character) else {
            throw TOMLSyntaxError(line: line, message: "expected '\(character)'")
        }
        position += 1
    }

    private mutating func expectEndOfLine() throws(TOMLSyntaxError) {
        skipInlineWhitespace()
        skipComment()
        if peek() == UInt8(ascii: "\r") { position += 1 }
        guard let byte = peek() else { return }
        guard byte == UInt8(ascii: "\n") else {
            throw TOMLSyntaxError(line: line, message: "unexpected text after a value")
        }
    }

    private mutating func parseKeyPath() throws(TOMLSyntaxError) -> [String] {
        var path: [String] = []
        while true {
            skipInlineWhitespace()
            if peek() == UInt8(ascii: "\"") || peek() == UInt8(ascii: "'") {
                guard case .string(let key) = try parseValue() else { break }
                path.append(key)
            } else {
                let start = position
                while let byte = peek(), Self.isBareKeyByte(byte) { position += 1 }
                guard position > start else { throw TOMLSyntaxError(line: line, message: "expected a key") }
                path.append(String(decoding: bytes[start..<position], as: UTF8.self))
            }
            skipInlineWhitespace()
            guard peek() == UInt8(ascii: ".") else { return path }
            position += 1
        }
        return path
    }

    private static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"): true
        default: false
        }
    }

    private mutating func parseValue() throws(TOMLSyntaxError) -> TOMLValue {
        guard let byte = peek() else { throw TOMLSyntaxError(line: line, message: "expected a value") }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return .string(try parseString())
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "{"): throw TOMLSyntaxError(line: line, message: "inline tables are not supported in pattern packs")
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return try parseBoolean()
        default: return try parseNumber()
        }
    }

    private mutating func parseArray() throws(TOMLSyntaxError) -> TOMLValue {
        try expect("[")
        var elements: [TOMLValue] = []
        while true {
            skipWhitespaceCommentsAndNewlines()
            if peek() == UInt8(ascii: "]") { position += 1; return .array(elements) }
            elements.append(try parseValue())
            skipWhitespaceCommentsAndNewlines()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("]")
            return .array(elements)
        }
    }

    private mutating func parseBoolean() throws(TOMLSyntaxError) -> TOMLValue {
        for (word, value) in [("true", true), ("false", false)] where bytes[position...].starts(with: word.utf8) {
            position += word.utf8.count
            return .boolean(value)
        }
        throw TOMLSyntaxError(line: line, message: "expected a value")
    }

    private mutating func parseNumber() throws(TOMLSyntaxError) -> TOMLValue {
        let start = position
        while let byte = peek(), Self.isNumberByte(byte) { position += 1 }
        let text = String(decoding: bytes[start..<position].filter { $0 != UInt8(ascii: "_") }, as: UTF8.self)
        if let integer = Int(text) { return .integer(integer) }
        if let float = Double(text) { return .float(float) }
        throw TOMLSyntaxError(line: line, message: "expected a value, found '\(text)'")
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "e"), UInt8(ascii: "E"): true
        default: false
        }
    }

    private mutating func parseString() throws(TOMLSyntaxError) -> String {
        let quote = bytes[position]
        let isLiteral = quote == UInt8(ascii: "'")
        let isMultiline = peek(1) == quote && peek(2) == quote
        position += isMultiline ? 3 : 1
        if isMultiline {
            // A newline right after the opening delimiter is trimmed.
            if peek() == UInt8(ascii: "\r") && peek(1) == UInt8(ascii: "\n") { position += 2; line += 1 }
            else if peek() == UInt8(ascii: "\n") { position += 1; line += 1 }
        }
        var result: [UInt8] = []
        while true {
            // Bytes that need no attention are taken in one piece.
            var plainEnd = position
            while plainEnd < bytes.count, bytes[plainEnd] != quote, bytes[plainEnd] != UInt8(ascii: "\n"), bytes[plainEnd] != UInt8(ascii: "\\") {
                plainEnd += 1
            }
            // Most strings are one such piece: made straight from it.
            if result.isEmpty && !isMultiline && plainEnd < bytes.count && bytes[plainEnd] == quote {
                let start = position
                position = plainEnd + 1
                return String(decoding: bytes[start..<plainEnd], as: UTF8.self)
            }
            result.append(contentsOf: bytes[position..<plainEnd])
            position = plainEnd
            guard let byte = peek() else { throw TOMLSyntaxError(line: line, message: "unterminated string") }
            if byte == quote {
                if !isMultiline { position += 1; break }
                if peek(1) == quote && peek(2) == quote {
                    // Up to two quotes may directly precede the closing delimiter.
                    var extra = 0
                    while peek(3 + extra) == quote && extra < 2 { extra += 1 }
                    result.append(contentsOf: repeatElement(quote, count: extra))
                    position += 3 + extra
                    break
                }
            }
            if byte == UInt8(ascii: "\n") {
                guard isMultiline else { throw TOMLSyntaxError(line: line, message: "unterminated string") }
                line += 1
            }
            if byte == UInt8(ascii: "\\") && !isLiteral {
                position += 1
                try appendEscape(to: &result, multiline: isMultiline)
                continue
            }
            result.append(byte)
            position += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func appendEscape(to result: inout [UInt8], multiline: Bool) throws(TOMLSyntaxError) {
        guard let byte = peek() else { throw TOMLSyntaxError(line: line, message: "unterminated string") }
        position += 1
        switch byte {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): result.append(byte)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = byte == UInt8(ascii: "u") ? 4 : 8
            guard position + digits <= bytes.count,
                  let code = UInt32(String(decoding: bytes[position..<position + digits], as: UTF8.self), radix: 16),
                  let scalar = Unicode.Scalar(code) else {
                throw TOMLSyntaxError(line: line, message: "invalid unicode escape")
            }
            position += digits
            result.append(contentsOf: String(Character(scalar)).utf8)
        case let whitespace where multiline && (whitespace == UInt8(ascii: "\n") || whitespace == UInt8(ascii: " ")
                                                || whitespace == UInt8(ascii: "\t") || whitespace == UInt8(ascii: "\r")):
            // A line-ending backslash joins lines, dropping the whitespace that follows.
            position -= 1
            while let next = peek(), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t")
                || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") {
                if next == UInt8(ascii: "\n") { line += 1 }
                position += 1
            }
        default:
            throw TOMLSyntaxError(line: line, message: "invalid escape '\\\(Character(Unicode.Scalar(byte)))'")
        }
    }
}
