import Foundation
import Testing
@testable import VeilCLI

@Suite("Reading input in blocks of whole lines")
struct LineReaderTests {
    /// Every block `LineReader` gives for `input`, as lines (a withheld line as `nil` with its count).
    private func blocks(of input: [UInt8], maxLineBytes: Int, maxBlockBytes: Int = 1 << 18,
                        maxBlockLines: Int = 4096) throws -> [[Line]] {
        let path = FileManager.default.temporaryDirectory.appending(path: "veil-reader-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(input)))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let descriptor = open(path, O_RDONLY)
        defer { close(descriptor) }
        var reader = LineReader(descriptor: descriptor, maxLineBytes: maxLineBytes, maxBlockBytes: maxBlockBytes,
                                maxBlockLines: maxBlockLines)
        var result: [[Line]] = []
        while let block = try reader.nextBlock() {
            switch block {
            case .tooLong(let count): result.append([.withheld(count)])
            case .document: Issue.record("a line reader reads lines")
            case .lines(let bytes):
                #expect(bytes.last == 0x0A)
                result.append(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { .text(Array($0)) })
            }
        }
        return result
    }

    enum Line: Equatable {
        case text([UInt8])
        case withheld(Int)
    }

    @Test func linesComeBackWholeAndInOrderAcrossReads() throws {
        // 3,000 lines of up to 200 bytes span many 64 KB reads; lines cross read boundaries.
        let lines: [[UInt8]] = (0..<3_000).map { index in Array("\(index) ".utf8) + [UInt8](repeating: 0x78, count: index % 200) }
        let input: [UInt8] = lines.flatMap { $0 + [0x0A] }
        let blocks = try blocks(of: input, maxLineBytes: 1_000, maxBlockBytes: 10_000, maxBlockLines: 100)
        #expect(blocks.flatMap { $0 } == lines.map { Line.text($0) })
        #expect(blocks.allSatisfy { $0.count <= 100 })
        #expect(blocks.count > 30)
    }

    @Test func anOverlongLineIsItsOwnBlockBetweenTheOthers() throws {
        let long = [UInt8](repeating: UInt8(ascii: "y"), count: 150_000)
        let input = Array("a\nb\n".utf8) + long + Array("\nc\n\n".utf8) + long
        let blocks = try blocks(of: input, maxLineBytes: 100_000)
        #expect(blocks.flatMap { $0 } == [.text([0x61]), .text([0x62]), .withheld(150_000), .text([0x63]), .text([]), .withheld(150_000)])
        #expect(blocks.filter { $0.contains(.withheld(150_000)) }.allSatisfy { $0.count == 1 })
    }

    @Test func aLastLineWithoutNewlineAndEmptyInput() throws {
        #expect(try blocks(of: Array("a\nb".utf8), maxLineBytes: 10).flatMap { $0 } == [.text([0x61]), .text([0x62])])
        #expect(try blocks(of: [], maxLineBytes: 10).isEmpty)
        #expect(try blocks(of: [0x0A], maxLineBytes: 10).flatMap { $0 } == [.text([])])
    }
}
