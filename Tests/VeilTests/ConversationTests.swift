import Testing
@testable import Veil

/// Issue 18: a conversation's last message counts for the next, and the memory stays bounded.
@Suite("Conversation memory")
struct ConversationTests {
    static let scanner = try! MessageScanner()

    static func scan(_ message: String, after previous: String) throws -> [String] {
        let bytes = Array(message.utf8)
        let result = try scanner.scanBytes(bytes.span, after: Array(previous.utf8))
        return result.findings.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
    }

    @Test func aCueInTheLastMessageCounts() throws {
        #expect(try Self.scan("536904399", after: "") == [])
        #expect(try Self.scan("536904399", after: "What is your SSN?") == ["536904399"])
    }

    /// A value split across two messages is found in the second, and only its part there is reported.
    @Test func aValueSplitAcrossTwoMessages() throws {
        #expect(try Self.scan("0044 0532 0130 00 danke", after: "meine IBAN: DE89 3704") == ["0044 0532 0130 00"])
        #expect(try Self.scan("0044 0532 0130 00 danke", after: "") == [])
    }

    /// Its first part is given back in the last message's offsets, for a caller that still
    /// holds that message; a value whole in the last message is not.
    @Test func theFirstPartOfASplitValueIsGivenBack() throws {
        func parts(of message: String, after previous: String) throws -> [String] {
            let previous = Array(previous.utf8)
            let continued = try Self.scanner.scanBytes(Array(message.utf8).span, continuing: previous)
            return continued.partsInPrevious.map { String(decoding: previous[$0.utf8Range], as: UTF8.self) }
        }
        #expect(try parts(of: "0044 0532 0130 00 danke", after: "meine IBAN: DE89 3704") == ["DE89 3704"])
        #expect(try parts(of: "danke", after: "IBAN DE89 3704 0044 0532 0130 00") == [])
        #expect(try parts(of: "0044 0532 0130 00", after: "") == [])
    }

    @Test(arguments: [("meine IBAN ist DE89 3704", true), ("ruf an: 0151 ", true), ("Karte 4111-1111\n", true),
                      ("+49 (0)30", true), ("danke!", false), ("Termin um 9", false), ("IBAN:", false), ("", false)])
    func messagesThatMayContinue(message: String, mayContinue: Bool) {
        #expect(MessageScanner.mayContinue(Array(message.utf8).span) == mayContinue)
    }

    /// A part carried back takes in the findings it overlaps; the others stay.
    @Test func partsAreAddedToTheEarlierResult() throws {
        let message = "Karte 4111 1111 und Nummer 0151 2345"
        let result = try Self.scanner.scan(message)
        #expect(result.findings.count == 1)  // the phone number
        let phone = try #require(result.findings.first)
        let card = Finding(category: .financial, type: "CARD", ruleID: "card", utf8Range: 6..<15, confidence: 1, isValidated: true, detail: nil)
        let longerPhone = phone.moved(to: phone.utf8Range.lowerBound + 5..<phone.utf8Range.upperBound)
        let added = result.addingParts([card, longerPhone], scanner: Self.scanner)
        #expect(added.findings.map(\.type) == ["CARD", "PHONE"])
        #expect(added.findings.map(\.utf8Range) == [6..<15, phone.utf8Range])
        #expect(added.redacted(message) == "Karte [CARD] und Nummer [PHONE]")
        #expect(added.risk.score >= result.risk.score)
    }

    @Test func theMemoryKeepsTheTailOfTheLastMessage() throws {
        let memory = ConversationMemory()
        let message = Array((String(repeating: "x", count: 300) + " Steuer-ID?").utf8)
        memory.remember(message.span, of: "chat 1")
        let tail = try #require(memory.tail(of: "chat 1"))
        #expect(tail.count == memory.limits.tailBytes && tail.suffix(11) == Array(" Steuer-ID?".utf8))
        #expect(memory.tail(of: "chat 2") == nil)
    }

    /// A million conversations: the least recently seen are forgotten beyond the limit.
    @Test func theMemoryIsBoundedByCount() {
        var limits = ConversationMemory.Limits()
        limits.maximumConversations = 1_000
        let memory = ConversationMemory(limits: limits)
        let message = Array("Wie lautet Ihre Steuer-ID?".utf8)
        for number in 0..<1_000_000 { memory.remember(message.span, of: "chat \(number)") }
        #expect(memory.count == 1_000)
        #expect(memory.tail(of: "chat 999999") != nil && memory.tail(of: "chat 0") == nil)
    }

    @Test func theMemoryForgetsOldConversations() {
        var limits = ConversationMemory.Limits()
        limits.maximumAge = .zero
        let memory = ConversationMemory(limits: limits)
        memory.remember(Array("Steuer-ID?".utf8).span, of: "chat")
        #expect(memory.tail(of: "chat") == nil)
    }
}
