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
    /// Every path's steps, one after another, each path followed by a placeholder for its end.
    private let steps: [JSONPath.Step]
    /// For each position in `steps`: whether it is a path's end.
    private let ends: [Bool]

    /// The positions reached at one value of the document, as a bit set.
    package struct State: Equatable {
        fileprivate var words: SIMD4<UInt64>
        static let none = State(words: .zero)
        var isEmpty: Bool { words == .zero }
        fileprivate func contains(_ position: Int) -> Bool { words[position >> 6] & (1 << (position & 63)) != 0 }
        fileprivate mutating func insert(_ position: Int) { words[position >> 6] |= 1 << (position & 63) }
    }

    /// The most steps, over all paths and their ends, that one set holds (the bits of `State`).
    static let maximumSteps = 256

    /// Where each path starts: the state of the document's root value.
    let start: State

    package init(_ paths: [JSONPath]) throws(JSONPathError) {
        var steps: [JSONPath.Step] = []
        var ends: [Bool] = []
        var start = State.none
        for path in paths {
            guard steps.count + path.steps.count + 1 <= Self.maximumSteps else {
                throw JSONPathError(path: path.description, offset: 0,
                                    problem: "the paths have more than \(Self.maximumSteps - paths.count) steps in all")
            }
            start.insert(steps.count)
            steps.append(contentsOf: path.steps)
            ends.append(contentsOf: Array(repeating: false, count: path.steps.count))
            steps.append(.any)  // never advanced from
            ends.append(true)
        }
        self.steps = steps
        self.ends = ends
        self.start = start
    }

    /// Whether a string at `state` is selected: a path ends there.
    func selects(_ state: State) -> Bool {
        for position in steps.indices where ends[position] && state.contains(position) { return true }
        return false
    }

    /// The state of a member named `name` (decoded UTF-8) of an object at `state`.
    func member(_ name: UnsafeBufferPointer<UInt8>, of state: State) -> State {
        advance(state) { step in
            switch step {
            case .member(let wanted): wanted.elementsEqual(name)
            case .any: true
            case .index, .descendant: false
            }
        }
    }

    /// The state of the element at `index` of an array at `state`.
    func element(_ index: Int, of state: State) -> State {
        advance(state) { step in
            switch step {
            case .index(let wanted): wanted == index
            case .any: true
            case .member, .descendant: false
            }
        }
    }

    private func advance(_ state: State, matching: (JSONPath.Step) -> Bool) -> State {
        var next = State.none
        guard !state.isEmpty else { return next }
        for position in steps.indices where !ends[position] && state.contains(position) {
            if case .descendant(let step) = steps[position] {
                next.insert(position)
                if matching(step) { next.insert(position + 1) }
            } else if matching(steps[position]) {
                next.insert(position + 1)
            }
        }
        return next
    }
}
