import Testing
@testable import Veil

/// Issue 18: a conversation's last message counts for the next, and the memory stays bounded.
@Suite("Conversation memory")
struct ConversationTests {
    static let scanner = try! Veil.Scanner()

    static func scan(_ message: String, after previous: String) throws -> [String] {
        let bytes = Array(message.utf8)
        let result = try bytes.withUnsafeBufferPointer { (buffer) throws(ScanError) in
            try scanner.scanBytes(buffer, after: Array(previous.utf8))
        }
        return result.findings.map { String(decoding: bytes[$0.utf8Range], as: UTF8.self) }
    }

    @Test func aCueInTheLastMessageCounts() throws {
        #expect(try Self.scan("536-90-4399", after: "") == [])
        #expect(try Self.scan("536-90-4399", after: "What is your SSN?") == ["536-90-4399"])
    }

    /// A value split across two messages is found in the second, and only its part there is reported.
    @Test func aValueSplitAcrossTwoMessages() throws {
        #expect(try Self.scan("0044 0532 0130 00 danke", after: "meine IBAN: DE89 3704") == ["0044 0532 0130 00"])
        #expect(try Self.scan("0044 0532 0130 00 danke", after: "") == [])
    }

    @Test func theMemoryKeepsTheTailOfTheLastMessage() throws {
        let memory = ConversationMemory()
        let message = Array((String(repeating: "x", count: 300) + " Steuer-ID?").utf8)
        message.withUnsafeBufferPointer { memory.remember($0, of: "chat 1") }
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
        message.withUnsafeBufferPointer { bytes in
            for number in 0..<1_000_000 { memory.remember(bytes, of: "chat \(number)") }
        }
        #expect(memory.count == 1_000)
        #expect(memory.tail(of: "chat 999999") != nil && memory.tail(of: "chat 0") == nil)
    }

    @Test func theMemoryForgetsOldConversations() {
        var limits = ConversationMemory.Limits()
        limits.maximumAge = .zero
        let memory = ConversationMemory(limits: limits)
        Array("Steuer-ID?".utf8).withUnsafeBufferPointer { memory.remember($0, of: "chat") }
        #expect(memory.tail(of: "chat") == nil)
    }
}
