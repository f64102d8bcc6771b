"""Round trip of reversible tokens through the veil command: `veil redact --operator encrypt`
over JSON Lines files (each object's "text"), then `veil reveal`, must give back every message
exactly; and every token with one character changed (or its type changed) must be refused.

    python3 scripts/reveal_check.py --veil .build/debug/veil examples/messages.jsonl .build/quality/corpus-dev.jsonl

Prints what it checked; exits 1 on the first difference.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

TOKEN = re.compile(r"\[([A-Z0-9_]+):enc:([A-Za-z0-9_-]+)\]")


def run(veil, arguments, text, key):
    environment = dict(os.environ, VEIL_KEY=key)
    return subprocess.run([veil, *arguments], input=text, capture_output=True, text=True, env=environment)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--veil", required=True)
    parser.add_argument("files", nargs="+")
    options = parser.parse_args()
    key = "reveal-check key: 32 bytes or more, not a real one"
    random.seed(20)
    for path in options.files:
        lines, originals = [], []
        for line in open(path, encoding="utf-8"):
            try:
                record = json.loads(line)
            except ValueError:
                continue  # the examples hold broken lines on purpose; they are not messages
            if isinstance(record, dict) and isinstance(record.get("text"), str):
                lines.append(line if line.endswith("\n") else line + "\n")
                originals.append(record["text"])
        sealed = run(options.veil, ["--format", "jsonl", "--operator", "encrypt"], "".join(lines), key)
        if sealed.returncode not in (0, 1):
            sys.exit(f"{path}: veil redact failed: {sealed.stderr}")
        revealed = run(options.veil, ["reveal", "--format", "jsonl"], sealed.stdout, key)
        if revealed.returncode != 0:
            sys.exit(f"{path}: veil reveal refused its own tokens: {revealed.stderr[:500]}")
        tokens = 0
        for number, (original, sealed_line, revealed_line) in enumerate(zip(originals, sealed.stdout.splitlines(), revealed.stdout.splitlines())):
            record = json.loads(sealed_line)
            if "text" not in record:  # withheld (a scan failure): nothing to reveal
                continue
            tokens += len(TOKEN.findall(record["text"]))
            back = json.loads(revealed_line)["text"]
            if back != original:
                sys.exit(f"{path}:{number + 1}: revealed text differs:\n  original {original!r}\n  revealed {back!r}")
        # Tampering: one character of a token's payload, or its type, changed.
        sealed_lines = [line for line in sealed.stdout.splitlines() if TOKEN.search(line)]
        tampered = []
        for line in random.sample(sealed_lines, min(200, len(sealed_lines))):
            match = random.choice(list(TOKEN.finditer(line)))
            if random.random() < 0.2:
                changed = f"[{'BIC' if match.group(1) != 'BIC' else 'IBAN'}:enc:{match.group(2)}]"
            else:
                payload = list(match.group(2))
                position = random.randrange(len(payload))
                payload[position] = "A" if payload[position] != "A" else "B"
                changed = f"[{match.group(1)}:enc:{''.join(payload)}]"
            tampered.append(line[:match.start()] + changed + line[match.end():] + "\n")
        refused = run(options.veil, ["reveal", "--format", "jsonl"], "".join(tampered), key)
        rejected = refused.stdout.count('"token_rejected"')
        if rejected != len(tampered) or refused.returncode != 1:
            sys.exit(f"{path}: {len(tampered)} tampered tokens, {rejected} refused (exit {refused.returncode})")
        print(f"{path}: {len(originals)} messages, {tokens} tokens revealed exactly; {len(tampered)} tampered tokens all refused")


if __name__ == "__main__":
    main()
