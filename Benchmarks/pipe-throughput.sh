#!/usr/bin/env bash
# veil end to end through a pipe: messages/s for text and JSON Lines input, on one worker and
# on every core, median of 5 runs each, over N generated messages (default 200000; the
# 75%-clean mix of Benchmarks/Sources/BenchmarkCorpus). Usage: Benchmarks/pipe-throughput.sh [N]
# It measures the deployment build: release, the Swift runtime linked in (--static-swift-stdlib,
# README "Performance"), in its own build folder so that it does not disturb .build/release.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-200000}"
swift build -c release --product veil --static-swift-stdlib --scratch-path .build/static-stdlib >/dev/null
veil=.build/static-stdlib/release/veil
swift build -c release --package-path Benchmarks --product veil-corpus >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
Benchmarks/.build/release/veil-corpus "$count" > "$work/messages.txt"
python3 -c '
import json, sys
for number, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    print(json.dumps({"id": number, "channel": "chat", "text": line.rstrip("\n")}, ensure_ascii=False))
' "$work/messages.txt" > "$work/messages.jsonl"

median_rate() {  # median messages/s of 5 runs of: veil ARGS < FILE
    local file=$1; shift
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s.%N)
        "$veil" "$@" < "$file" > /dev/null
        end=$(date +%s.%N)
        python3 -c "print($count / ($end - $start))"
    done | sort -n | sed -n 3p
}

cores=$(nproc)
printf '%-32s %14s\n' "veil, $count messages" "messages/s"
printf '%-32s %14.0f\n' "text, --jobs 1" "$(median_rate "$work/messages.txt" --jobs 1)"
printf '%-32s %14.0f\n' "text, --jobs $cores" "$(median_rate "$work/messages.txt" --jobs "$cores")"
printf '%-32s %14.0f\n' "jsonl, --jobs 1" "$(median_rate "$work/messages.jsonl" --format jsonl --jobs 1)"
printf '%-32s %14.0f\n' "jsonl, --jobs $cores" "$(median_rate "$work/messages.jsonl" --format jsonl --jobs "$cores")"
