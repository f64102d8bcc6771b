#!/usr/bin/env bash
# veil end to end over realistic chat messages (the labelled chat corpus, at least half with
# umlauts, € or emoji, a fifth over several lines; Benchmarks/realistic_messages.py), one job,
# median of 5 runs each: text lines against JSON Lines and WhatsApp webhook payloads of the same
# messages (issue 18 asks JSON Lines for >= 80% of the text rate and payloads for >= 50%), and
# messages with emoji against the same messages with the emoji taken out (<= 1.3x the cost).
# Usage: Benchmarks/payload-throughput.sh [N]   (default 100000 messages)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
swift build -c release --product veil --static-swift-stdlib --scratch-path .build/static-stdlib >/dev/null
veil=.build/static-stdlib/release/veil
python=$(scripts/python-env)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for split in dev test; do
    "$python" scripts/corpus/generate.py --split "$split" --count 8000 > "$work/corpus-$split.jsonl"
done
"$python" Benchmarks/realistic_messages.py "$work/corpus-dev.jsonl" "$work/corpus-test.jsonl" --count "$count" --out "$work"

median_rate() {  # median messages/s of 5 runs of: veil ARGS < FILE
    local file=$1; shift
    local lines
    lines=$(wc -l < "$file")
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s.%N)
        "$veil" "$@" --jobs 1 < "$file" > /dev/null
        end=$(date +%s.%N)
        python3 -c "print($lines / ($end - $start))"
    done | sort -n | sed -n 3p
}

text=$(median_rate "$work/messages.txt")
jsonl=$(median_rate "$work/messages.jsonl" --format jsonl)
whatsapp=$(median_rate "$work/whatsapp.jsonl" --format jsonl --profile whatsapp)
emoji=$(median_rate "$work/emoji.txt")
without=$(median_rate "$work/emoji-removed.txt")
printf '%-44s %12s %8s\n' "veil --jobs 1, $count realistic messages" "messages/s" "ratio"
printf '%-44s %12.0f %8s\n' "text lines" "$text" "1.00"
printf '%-44s %12.0f %8.2f\n' "JSON Lines ({id, channel, text})" "$jsonl" "$(python3 -c "print($jsonl / $text)")"
printf '%-44s %12.0f %8.2f\n' "WhatsApp webhook payloads (--profile)" "$whatsapp" "$(python3 -c "print($whatsapp / $text)")"
printf '%-44s %12.0f %8s\n' "messages with emoji" "$emoji" ""
printf '%-44s %12.0f %8.2f\n' "the same, emoji taken out (cost ratio)" "$without" "$(python3 -c "print($without / $emoji)")"
