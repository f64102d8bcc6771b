/// The strings of one JSON document that a `JSONPathSet` selects, found in one pass over its
/// bytes. The whole document is checked to be valid JSON (RFC 8259); parts no path can reach
/// are only skipped over, and nothing is decoded but member names on a selected path and the
/// selected strings that hold escapes.
package struct JSONSelection {
    /// One selected string.
    package struct Selected {
        /// Where the string sits in the document, quotes included.
        package let valueRange: Range<Int>
        /// Its content between the quotes, as it is written in the document.
        package let contentRange: Range<Int>
        /// Whether the content holds escapes (then it must be decoded before scanning).
        package let hasEscapes: Bool
        /// The member names and array indices from the document's root down to it.
        let path: [PathComponent]
    }

    /// A step of the way down to a selected string.
    enum PathComponent: Equatable {
        /// A member whose name has no escapes: where the name sits in the document.
        case member(Range<Int>)
        /// A member whose name has escapes, decoded.
        case escapedMember(String)
        case index(Int)
    }

    package private(set) var strings: [Selected] = []
    /// How many values a path selects that are not strings (`{"text": 42}`): nothing to scan,
    /// but a consumer that reads the member may expect text there.
    package private(set) var nonStrings = 0
    /// Where the selected numbers, `true`, `false` and `null` sit, in document order.
    package private(set) var scalars: [Range<Int>] = []
    /// Where the top-level value starts and ends (an object's braces included).
    package private(set) var topLevel: Range<Int> = 0..<0
    /// Whether the top-level value is an object without members.
    package private(set) var topLevelIsEmptyObject = false

    package enum Failure: Error, Equatable {
        /// The bytes are not one JSON value (or nest deeper than `JSONReader.maxDepth`).
        case invalidJSON
    }

    /// Reads `document` (valid UTF-8) whole and collects the strings `paths` select, in document
    /// order; with `recordingPaths`, each with its path (`Selected.pathText`).
    package init(_ document: UnsafeBufferPointer<UInt8>, paths: JSONPathSet, recordingPaths: Bool = true) throws(Failure) {
        var walker = Walker(reader: JSONReader(bytes: document), paths: paths, recordsPaths: recordingPaths)
        if recordingPaths { walker.path.reserveCapacity(16) }
        walker.reader.skipWhitespace()
        let start = walker.reader.position
        if walker.reader.peek() == UInt8(ascii: "{") {
            var probe = walker.reader
            probe.position += 1
            probe.skipWhitespace()
            topLevelIsEmptyObject = probe.peek() == UInt8(ascii: "}")
        }
        guard walker.value(state: paths.start, depth: 0) else { throw .invalidJSON }
        topLevel = start..<walker.reader.position
        walker.reader.skipWhitespace()
        guard walker.reader.position == document.count else { throw .invalidJSON }
        strings = walker.selected
        nonStrings = walker.nonStrings
        scalars = walker.scalars
    }

    private struct Walker {
        var reader: JSONReader
        let paths: JSONPathSet
        let recordsPaths: Bool
        var selected: [Selected] = []
        var nonStrings = 0
        var scalars: [Range<Int>] = []
        /// The way down to the current value, kept only while some path can still select below.
        var path: [PathComponent] = []

        mutating func value(state: JSONPathSet.State, depth: Int) -> Bool {
            // Nothing below can be selected: skip without looking (most of every payload).
            guard !state.isEmpty else { return reader.skipValue(depth: depth) }
            guard depth < JSONReader.maxDepth, let byte = reader.peek() else { return false }
            if byte != UInt8(ascii: "\""), paths.selects(state) { nonStrings += 1 }
            switch byte {
            case UInt8(ascii: "\""):
                let start = reader.position
                guard let string = reader.scanString() else { return false }
                if paths.selects(state) {
                    selected.append(Selected(valueRange: start..<reader.position, contentRange: string.content,
                                             hasEscapes: string.hasEscapes, path: path))
                }
                return true
            case UInt8(ascii: "{"):
                return object(state: state, depth: depth)
            case UInt8(ascii: "["):
                return array(state: state, depth: depth)
            default:
                let start = reader.position
                guard reader.skipValue(depth: depth) else { return false }
                if paths.selects(state) { scalars.append(start..<reader.position) }
                return true
            }
        }

        private mutating func object(state: JSONPathSet.State, depth: Int) -> Bool {
            reader.position += 1
            reader.skipWhitespace()
            if reader.peek() == UInt8(ascii: "}") { reader.position += 1; return true }
            while true {
                reader.skipWhitespace()
                let keyStart = reader.position
                guard let key = reader.scanString() else { return false }
                let memberState: JSONPathSet.State
                let component: PathComponent
                if key.hasEscapes {
                    reader.position = keyStart
                    guard var decoded = reader.readString() else { return false }
                    memberState = decoded.withUTF8 { paths.member($0, of: state) }
                    component = .escapedMember(decoded)
                } else {
                    memberState = paths.member(UnsafeBufferPointer(rebasing: reader.bytes[key.content]), of: state)
                    component = .member(key.content)
                }
                reader.skipWhitespace()
                guard reader.peek() == UInt8(ascii: ":") else { return false }
                reader.position += 1
                reader.skipWhitespace()
                if recordsPaths { path.append(component) }
                guard value(state: memberState, depth: depth + 1) else { return false }
                if recordsPaths { path.removeLast() }
                reader.skipWhitespace()
                if reader.peek() == UInt8(ascii: ",") { reader.position += 1; continue }
                guard reader.peek() == UInt8(ascii: "}") else { return false }
                reader.position += 1
                return true
            }
        }

        private mutating func array(state: JSONPathSet.State, depth: Int) -> Bool {
            reader.position += 1
            reader.skipWhitespace()
            if reader.peek() == UInt8(ascii: "]") { reader.position += 1; return true }
            var index = 0
            while true {
                reader.skipWhitespace()
                if recordsPaths { path.append(.index(index)) }
                guard value(state: paths.element(index, of: state), depth: depth + 1) else { return false }
                if recordsPaths { path.removeLast() }
                index += 1
                reader.skipWhitespace()
                if reader.peek() == UInt8(ascii: ",") { reader.position += 1; continue }
                guard reader.peek() == UInt8(ascii: "]") else { return false }
                reader.position += 1
                return true
            }
        }
    }
}

extension JSONSelection.Selected {
    /// The string's content with its escapes decoded (only call when `hasEscapes`; otherwise
    /// `contentRange` is the content as it stands).
    package func decoded(in document: UnsafeBufferPointer<UInt8>) -> String {
        var reader = JSONReader(bytes: document, position: valueRange.lowerBound)
        // The selection checked the string: it decodes.
        return reader.readString() ?? ""
    }

    /// The path written as JSONPath: `$.entry[0].changes[0].value.messages[0].text.body`, with
    /// names that are not plain identifiers in brackets (`$['a b']`).
    package func pathText(in document: UnsafeBufferPointer<UInt8>) -> String {
        var text = "$"
        for component in path {
            let name: String
            switch component {
            case .index(let index):
                text += "[\(index)]"
                continue
            case .member(let range): name = String(decoding: UnsafeBufferPointer(rebasing: document[range]), as: UTF8.self)
            case .escapedMember(let decoded): name = decoded
            }
            let plain = !name.isEmpty && name.utf8.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
            if plain {
                text += "." + name
            } else {
                var escaped: [UInt8] = []
                JSONWriter.appendString(name, to: &escaped)
                text += "[" + String(decoding: escaped, as: UTF8.self) + "]"
            }
        }
        return text
    }
}
