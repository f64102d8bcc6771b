/// Classes of ASCII bytes, for every stage that reads bytes. Normalised text is lower case, so
/// most stages ask for the lower-case classes. Each is one subtraction and one comparison.
enum ASCII {
    /// `0`–`9`.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// `a`–`z`.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isLowercaseLetter(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    /// `0`–`9` or `a`–`z`.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isLowercaseAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLowercaseLetter(byte) }

    /// `a`–`z` or `A`–`Z`.
    @inline(__always)  // as the byte tests beside it, whose marks with those of 11 other one-liners saved 1.3% of a mixed line (callgrind)
    static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// `0`–`9`, `a`–`z` or `A`–`Z`.
    @inline(__always)  // one of 15 one-line tests the optimiser left as calls in hot loops without the mark: together 1.3% of a mixed line (callgrind)
    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }

    /// The digit a look-alike letter stands for where a value has its digits: `o` for 0, `i`
    /// and `l` for 1, either case (`37O4`, `S63.O42`); nil for any other byte.
    static func lookAlikeDigit(_ byte: UInt8) -> UInt8? {
        switch byte | 0x20 {
        case UInt8(ascii: "o"): UInt8(ascii: "0")
        case UInt8(ascii: "i"), UInt8(ascii: "l"): UInt8(ascii: "1")
        default: nil
        }
    }

    /// The digit `s`, `b` or `z` stands for where only a digit may stand (an IBAN's `3Z28`,
    /// `144B`), either case; nil for any other byte. Not where a format allows letters.
    static func shapeDigit(_ byte: UInt8) -> UInt8? {
        switch byte | 0x20 {
        case UInt8(ascii: "s"): UInt8(ascii: "5")
        case UInt8(ascii: "b"): UInt8(ascii: "8")
        case UInt8(ascii: "z"): UInt8(ascii: "2")
        default: nil
        }
    }

    /// The digit any look-alike letter stands for where only a digit may stand: `lookAlikeDigit`'s
    /// or `shapeDigit`'s; nil for any other byte.
    static func anyLookAlikeDigit(_ byte: UInt8) -> UInt8? {
        lookAlikeDigit(byte) ?? shapeDigit(byte)
    }
}
