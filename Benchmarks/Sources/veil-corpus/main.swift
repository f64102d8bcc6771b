import BenchmarkCorpus

// Usage: veil-corpus [COUNT]  -- writes COUNT (default 100000) messages of the 75%-clean mix, one per line.
let count = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
for message in Corpus.messages(.mixed, count: count) {
    print(message)
}
