/// A JSONPath selector, in the small subset payload profiles need:
///
/// | syntax | selects |
/// |---|---|
/// | `$` | the whole document (every path starts with it) |
/// | `.name`, `['name']`, `["name"]` | the member `name` of an object |
/// | `.*`, `[*]` | every member of an object, every element of an array |
/// | `[2]` | the element at index 2 of an array (from 0) |
/// | `..name`, `..*` | the member `name` (every member, every element) at any depth below |
///
/// Only strings are selected: a path that ends at a number, an object or an array selects
/// nothing there (`$.messages[*].content` takes a message's content when it is a string, and
/// `$.messages[*].content[*].text` the text parts when it is a list); `..*` selects every
/// string below (`$.contacts..*`: names, phone numbers, e-mail and postal addresses alike).
/// Member names compare after JSON escapes are decoded, so `"t\u0065xt"` is `text`. Filters,
/// slices and negative indices are not part of the subset and are rejected.
public struct JSONPath: Sendable, Equatable, CustomStringConvertible {
    enum Step: Sendable, Equatable {
        /// A member of this name.
        case member([UInt8])
        /// Every member or element.
        case any
        /// The element at this index.
        case index(Int)
        /// The step, at any depth below.
        indirect case descendant(Step)
    }

    let steps: [Step]
    public let description: String

    /// The path to the member `name` of the top-level object (`$['name']`, whatever its characters).
    public init(member name: String) {
        steps = [.member(Array(name.utf8))]
        var quoted: [UInt8] = []
        JSONWriter.appendString(name, to: &quoted)
        description = "$[" + String(decoding: quoted, as: UTF8.self) + "]"
    }

    /// Parses `text`; throws `JSONPathError` naming what is wrong and where.
    public init(_ text: String) throws(JSONPathError) {
        let characters = Array(text.utf8)
        guard characters.first == UInt8(ascii: "$") else { throw JSONPathError(path: text, offset: 0, problem: "a path starts with $") }
        var steps: [Step] = []
        var index = 1
        func fail(_ problem: String, at offset: Int) -> JSONPathError { JSONPathError(path: text, offset: offset, problem: problem) }
        while index < characters.count {
            var descendant = false
            let step: Step
            switch characters[index] {
            case UInt8(ascii: "."):
                index += 1
                if index < characters.count && characters[index] == UInt8(ascii: ".") {
                    descendant = true
                    index += 1
                }
                if index < characters.count && characters[index] == UInt8(ascii: "[") {
                    guard descendant else { throw fail("'.' is followed by a name or *", at: index) }
                    step = try Self.bracket(characters, at: &index, fail: fail)
                } else {
                    let start = index
                    while index < characters.count && characters[index] != UInt8(ascii: ".") && characters[index] != UInt8(ascii: "[") {
                        index += 1
                    }
                    let name = Array(characters[start..<index])
                    guard !name.isEmpty else { throw fail("a name or * is missing", at: index) }
                    step = name == [UInt8(ascii: "*")] ? .any : .member(name)
                }
            case UInt8(ascii: "["):
                step = try Self.bracket(characters, at: &index, fail: fail)
            default:
                throw fail("expected '.' or '['", at: index)
            }
            steps.append(descendant ? .descendant(step) : step)
        }
        self.steps = steps
        self.description = text
    }

    /// `[*]`, `[3]`, `['name']` or `["name"]`, from the `[` at `index` to past the `]`.
    private static func bracket(_ characters: [UInt8], at index: inout Int,
                                fail: (String, _ at: Int) -> JSONPathError) throws(JSONPathError) -> Step {
        index += 1
        guard index < characters.count else { throw fail("']' is missing", index) }
        let step: Step
        let first = characters[index]
        if first == UInt8(ascii: "*") {
            index += 1
            step = .any
        } else if first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
            index += 1
            let start = index
            while index < characters.count && characters[index] != first { index += 1 }
            guard index < characters.count else { throw fail("the quoted name is not closed", index) }
            step = .member(Array(characters[start..<index]))
            index += 1
        } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
            var value = 0
            while index < characters.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(characters[index]) {
                value = value * 10 + Int(characters[index] - UInt8(ascii: "0"))
                guard value < 1 << 32 else { throw fail("the index is too large", index) }
                index += 1
            }
            step = .index(value)
        } else {
            throw fail("a bracket holds *, an index or a quoted name (filters and slices are not supported)", index)
        }
        guard index < characters.count && characters[index] == UInt8(ascii: "]") else { throw fail("']' is missing", index) }
        index += 1
        return step
    }
}

/// A JSONPath that could not be parsed.
public struct JSONPathError: Error, Equatable, Sendable, CustomStringConvertible {
    public let path: String
    /// Byte offset in `path` where the problem was found.
    public let offset: Int
    public let problem: String

    public var description: String { "invalid JSONPath '\(path)' at offset \(offset): \(problem)" }
}

/// Several JSONPaths matched together while a document is read once: the set of positions
/// reached in each path, advanced by every member name or array index passed on the way down.
package struct JSONPathSet: Sendable {
    /// One position: the step to take from it, flattened so that matching reads plain values
    /// (the steps as enums with arrays inside cost a retain and a release per member tried).
    private struct Position {
        enum Kind: UInt8 { case member, any, index, end }
        let kind: Kind
        /// Whether the step may be taken at any depth below (`..`).
        let isDescendant: Bool
        /// A member step's name: where it sits in `names`.
        let name: Range<Int>
        let index: Int
    }

    /// Every path's steps, one after another, each path followed by its end.
    private let positions: [Position]
    private let names: [UInt8]
    /// The ends as a state, to test a state against at once.
    private let endStates: State

    /// The positions reached at one value of the document, as a bit set.
    package struct State: Equatable {
        fileprivate var words: SIMD4<UInt64>
        static let none = State(words: .zero)
        var isEmpty: Bool { words == .zero }
        fileprivate mutating func insert(_ position: Int) { words[position >> 6] |= 1 << (position & 63) }

        /// Calls `body` with each position in the set, in order: only the set bits are visited.
        fileprivate func forEach(_ body: (Int) -> Void) {
            for index in 0..<4 {
                var word = words[index]
                while word != 0 {
                    body(index << 6 | word.trailingZeroBitCount)
                    word &= word &- 1
                }
            }
        }
    }

    /// The most steps, over all paths and their ends, that one set holds (the bits of `State`).
    static let maximumSteps = 256

    /// Where each path starts: the state of the document's root value.
    let start: State

    package init(_ paths: [JSONPath]) throws(JSONPathError) {
        var positions: [Position] = []
        var names: [UInt8] = []
        var start = State.none
        var endStates = State.none
        for path in paths {
            guard positions.count + path.steps.count + 1 <= Self.maximumSteps else {
                throw JSONPathError(path: path.description, offset: 0,
                                    problem: "the paths have more than \(Self.maximumSteps - paths.count) steps in all")
            }
            start.insert(positions.count)
            for step in path.steps {
                var isDescendant = false
                var plain = step
                if case .descendant(let inner) = step {
                    isDescendant = true
                    plain = inner
                }
                switch plain {
                case .member(let name):
                    positions.append(Position(kind: .member, isDescendant: isDescendant, name: names.count..<names.count + name.count, index: 0))
                    names += name
                case .any: positions.append(Position(kind: .any, isDescendant: isDescendant, name: 0..<0, index: 0))
                case .index(let index): positions.append(Position(kind: .index, isDescendant: isDescendant, name: 0..<0, index: index))
                case .descendant: preconditionFailure("a descendant step holds a plain step")
                }
            }
            endStates.insert(positions.count)
            positions.append(Position(kind: .end, isDescendant: false, name: 0..<0, index: 0))
        }
        self.positions = positions
        self.names = names
        self.start = start
        self.endStates = endStates
    }

    /// Whether a string at `state` is selected: a path ends there.
    func selects(_ state: State) -> Bool {
        state.words & endStates.words != .zero
    }

    /// The state of a member named `name` (decoded UTF-8) of an object at `state`.
    func member(_ name: UnsafeBufferPointer<UInt8>, of state: State) -> State {
        names.withUnsafeBufferPointer { names in
            advance(state) { position in
                switch position.kind {
                case .member: position.name.count == name.count && names[position.name].elementsEqual(name)
                case .any: true
                case .index, .end: false
                }
            }
        }
    }

    /// The state of the element at `index` of an array at `state`.
    func element(_ index: Int, of state: State) -> State {
        advance(state) { position in
            switch position.kind {
            case .index: position.index == index
            case .any: true
            case .member, .end: false
            }
        }
    }

    private func advance(_ state: State, matching: (Position) -> Bool) -> State {
        var next = State.none
        guard !state.isEmpty else { return next }
        // Only the positions reached are visited, not every step of every path: the WhatsApp
        // profile has 190 steps and a payload's members reach a handful of them.
        positions.withUnsafeBufferPointer { positions in
            state.forEach { index in
                let position = positions[index]
                if position.isDescendant { next.insert(index) }
                if matching(position) { next.insert(index + 1) }
            }
        }
        return next
    }
}
