import BenchmarkCorpus

// Usage: veil-corpus [COUNT] [mixed|phones|phones-removed]  -- writes COUNT (default 100000)
// messages, one per line: the 75%-clean mix, or the phone-heavy messages with or without their numbers.
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
let kinds: [String: Corpus.Kind] = ["mixed": .mixed, "phones": .phones, "phones-removed": .phonesRemoved]
guard let kind = kinds[CommandLine.arguments.dropFirst(2).first ?? "mixed"] else {
    fatalError("unknown kind; known: \(kinds.keys.sorted().joined(separator: ", "))")
}
for message in Corpus.messages(kind, count: count) {
    print(message)
}
