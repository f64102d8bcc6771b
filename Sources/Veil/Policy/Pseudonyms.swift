import Crypto
import Foundation

/// The secret behind pseudonyms and reversible tokens. Read from a file or an environment
/// variable, never from the command line (where `ps` and shell histories would show it).
public struct VeilKey: Sendable {
    /// The fewest bytes a key may have: 256 bits.
    public static let minimumBytes = 32
    fileprivate let material: SymmetricKey

    /// A key of the given bytes; throws `KeyError.tooShort` below `minimumBytes`.
    public init(bytes: [UInt8]) throws(KeyError) {
        guard bytes.count >= Self.minimumBytes else { throw .tooShort(bytes.count) }
        material = SymmetricKey(data: bytes)
    }

    /// The key is the file's bytes, one trailing newline left off (`head -c 32 /dev/urandom`
    /// and `openssl rand -hex 32` both make one).
    public init(contentsOfFile path: String) throws(KeyError) {
        guard let data = try? Data(contentsOf: URL(filePath: path)), data.count <= 1 << 16 else { throw .unreadable(path) }
        var bytes = Array(data)
        if bytes.last == 0x0A { bytes.removeLast() }
        if bytes.last == 0x0D { bytes.removeLast() }
        try self.init(bytes: bytes)
    }

    /// The key is the variable's value, as UTF-8 bytes; nil when it is not set.
    public init?(environment name: String) throws(KeyError) {
        guard let value = ProcessInfo.processInfo.environment[name] else { return nil }
        try self.init(bytes: Array(value.utf8))
    }

    /// A key for one purpose and scope, derived with HKDF-SHA-256: keys for different purposes or
    /// scopes are unrelated, however many tokens an attacker sees.
    fileprivate func derived(for purpose: String) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: material, info: Array("veil v1 \(purpose)".utf8), outputByteCount: 32)
    }
}

/// Why a key could not be had.
public enum KeyError: Error, Equatable, Sendable, CustomStringConvertible {
    case tooShort(Int)
    case unreadable(String)

    public var description: String {
        switch self {
        case .tooShort(let count): "the key has \(count) bytes; it needs at least \(VeilKey.minimumBytes)"
        case .unreadable(let path): "cannot read the key file \(path) (or it is over 64 KB)"
        }
    }
}

/// Keyed pseudonyms: HMAC-SHA-256 over a value's canonical form, written `[IBAN:7f3a9c2e]`.
/// The same value gives the same token however it was typed, within one key and scope; a
/// different key or scope gives an unrelated token. Not reversible: see `TokenSealer`.
public struct Pseudonymizer: @unchecked Sendable, Equatable {
    private let master: VeilKey
    private let key: SymmetricKey
    /// HMAC-SHA-256 keyed once: each token copies it (its hashers are copy-on-write values)
    /// instead of hashing the key again.
    /// `@unchecked Sendable`: only ever copied, never changed in place.
    private let keyed: HMAC<SHA256>
    /// What the pseudonyms are valid for: `global`, a tenant, `day` (the UTC date each
    /// message is seen on) or `conversation` (each message's conversation, `--conversation`);
    /// the last two are resolved per message (`resolved(conversation:)`).
    public let scope: String

    /// The scopes resolved per message.
    public static let perMessageScopes: Set<String> = ["day", "conversation"]

    public init(key: VeilKey, scope: String = "global") {
        self.master = key
        self.key = key.derived(for: "pseudonym \(scope)")
        self.keyed = HMAC<SHA256>(key: self.key)
        self.scope = scope
    }

    /// Whether the scope depends on the message (`day`, `conversation`).
    public var isPerMessage: Bool { Self.perMessageScopes.contains(scope) }

    /// The pseudonymizer of one message: for scope `day` that of `day:YYYY-MM-DD` (today, UTC),
    /// for `conversation` that of `conversation:KEY` (no key: `conversation:` alone, one scope
    /// for every message without one); itself for any other scope.
    public func resolved(conversation: String?) -> Pseudonymizer {
        switch scope {
        case "day": Pseudonymizer(key: master, scope: "day:" + Self.today())
        case "conversation": Pseudonymizer(key: master, scope: "conversation:" + (conversation ?? ""))
        default: self
        }
    }

    private static func today() -> String {
        Date().formatted(.iso8601.year().month().day())
    }

    /// The token of a value of type `type` whose canonical form is `canonical`: eight hex digits
    /// (32 bits) of the HMAC; the type is part of what is authenticated.
    public func token(type: String, canonical: String) -> String {
        var canonical = canonical
        var token: [UInt8] = []
        canonical.withUTF8 { appendToken(type: type, canonical: $0, to: &token) }
        return String(decoding: token, as: UTF8.self)
    }

    /// Appends the token of a value of type `type` whose canonical form is the bytes `canonical`.
    /// The HMAC's input is put together on the stack and its code read once: building arrays and
    /// strings per token cost 3,400 of its 19,000 instructions (callgrind, mix of 20,000 lines).
    func appendToken(type: String, canonical: UnsafeBufferPointer<UInt8>, to output: inout some RedactedBytes) {
        var type = type
        type.withUTF8 { type in
            var mac = keyed
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: type.count + 1 + canonical.count) { input in
                _ = input.initialize(fromContentsOf: type)
                input[type.count] = 0
                _ = input[(type.count + 1)...].initialize(fromContentsOf: canonical)
                mac.update(data: UnsafeRawBufferPointer(input))
            }
            output.append(UInt8(ascii: "["))
            output.append(contentsOf: type)
            output.append(UInt8(ascii: ":"))
            mac.finalize().withUnsafeBytes { code in
                for byte in code.prefix(4) {
                    output.append(Self.hexDigits[Int(byte >> 4)])
                    output.append(Self.hexDigits[Int(byte & 0xF)])
                }
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public static func == (lhs: Pseudonymizer, rhs: Pseudonymizer) -> Bool {
        lhs.scope == rhs.scope && lhs.key == rhs.key
    }
}

/// Reversible tokens: the value sealed with AES-256-GCM (a random 96-bit nonce; the type is
/// authenticated with it), written `[IBAN:enc:…]` in base64url. `open` gives the value back with
/// the key, and refuses a token that was changed in any way.
public struct TokenSealer: Sendable, Equatable {
    private let key: SymmetricKey

    public init(key: VeilKey) {
        self.key = key.derived(for: "seal")
    }

    /// The token of `value` (its bytes as written) of type `type`.
    public func seal(_ value: Span<UInt8>, type: String) -> String {
        // AES-GCM with a fresh random nonce cannot fail for a 256-bit key and any input size Veil sees.
        let box = try! AES.GCM.seal(value.withUnsafeBufferPointer(Array.init), using: key, authenticating: Array(type.utf8))
        return "[\(type):enc:\(Base64URL.encode(Array(box.combined!)))]"
    }

    /// The value a token's `payload` (what follows `enc:`) seals, if it was sealed with this key
    /// for `type` and not changed since; nil otherwise.
    public func open(payload: Substring, type: String) -> [UInt8]? {
        guard let combined = Base64URL.decode(payload), let box = try? AES.GCM.SealedBox(combined: combined),
              let value = try? AES.GCM.open(box, using: key, authenticating: Array(type.utf8)) else { return nil }
        return Array(value)
    }

    public static func == (lhs: TokenSealer, rhs: TokenSealer) -> Bool { lhs.key == rhs.key }

    /// `text` with every token `[TYPE:enc:…]` replaced by the value it seals; with
    /// `escapingForJSON` a value is written as JSON string content (the text is a JSON line).
    /// Throws `RevealError` naming the first token that this key does not open: one changed,
    /// sealed with another key, or given another type. Nothing of such a text is revealed.
    public func reveal(_ text: String, escapingForJSON: Bool = false) throws(RevealError) -> String {
        var output = ""
        var rest = text[...]
        while let open = rest.range(of: "[") {
            output += rest[..<open.lowerBound]
            let afterBracket = rest[open.upperBound...]
            guard let token = Self.token(at: afterBracket) else {
                output += "["
                rest = afterBracket
                continue
            }
            guard let value = self.open(payload: token.payload, type: String(token.type)) else {
                throw RevealError(token: "[" + String(afterBracket[..<token.end]))
            }
            let revealed = String(decoding: value, as: UTF8.self)
            if escapingForJSON {
                var escaped: [UInt8] = []
                JSONWriter.appendString(revealed, to: &escaped)
                output += String(decoding: escaped.dropFirst().dropLast(), as: UTF8.self)
            } else {
                output += revealed
            }
            rest = afterBracket[token.end...]
        }
        return output + rest
    }

    /// The token after a `[`: `TYPE:enc:PAYLOAD]`, its type (capitals, digits, `_`), its
    /// payload (base64url) and where it ends (past the `]`); nil when `text` does not start with one.
    private static func token(at text: Substring) -> (type: Substring, payload: Substring, end: Substring.Index)? {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex,
              text[..<colon].utf8.allSatisfy({ (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "_") }),
              text[colon...].hasPrefix(":enc:") else { return nil }
        let payloadStart = text.index(colon, offsetBy: 5)
        guard let close = text[payloadStart...].firstIndex(of: "]"), close > payloadStart,
              text[payloadStart..<close].utf8.allSatisfy({ Base64URL.isAlphabetLetter($0) }) else { return nil }
        return (text[..<colon], text[payloadStart..<close], text.index(after: close))
    }
}

/// A token that the key does not open.
public struct RevealError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The token as written (it holds no value in the clear).
    public let token: String
    public var description: String { "the token \(token) does not open with this key: it was changed, or sealed with another key" }
}

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5), so that a token is one word.
enum Base64URL {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            var value = 0
            for byte in chunk { value = value << 8 | Int(byte) }
            value <<= 8 * (3 - chunk.count)
            for position in 0...chunk.count { output.append(alphabet[(value >> (18 - 6 * position)) & 63]) }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    static func isAlphabetLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    static func decode(_ text: Substring) -> [UInt8]? {
        var output: [UInt8] = []
        var value = 0, bits = 0
        for byte in text.utf8 {
            guard let digit = alphabet.firstIndex(of: byte) else { return nil }
            value = value << 6 | digit
            bits += 6
            if bits >= 8 {
                bits -= 8
                output.append(UInt8((value >> bits) & 0xFF))
            }
        }
        // Left-over bits must be zero padding of the last byte (at most 4 of them).
        guard bits < 6, value & ((1 << bits) - 1) == 0 else { return nil }
        return output
    }
}
