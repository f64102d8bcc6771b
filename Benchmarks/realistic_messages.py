"""Realistic chat messages for the payload benchmark (Benchmarks/payload-throughput.sh): the
labelled chat corpus (scripts/corpus, both splits), made to hold at least half messages with
umlauts, a euro sign or emoji and a fifth over several lines, written in the shapes veil reads.

    python3 Benchmarks/realistic_messages.py CORPUS.jsonl... --count N --out DIRECTORY

Writes to DIRECTORY:
  messages.txt        one message per line (a message's line breaks become spaces)
  messages.jsonl      {"id": n, "channel": "chat", "text": …}
  whatsapp.jsonl      one WhatsApp Cloud API webhook payload per line, the message in text.body
  emoji.txt           the messages that hold emoji, one per line
  emoji-removed.txt   the same messages with their emoji taken out
and prints the shares it reached.
"""
import argparse
import json
import re

EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]")
SPECIAL = re.compile("[äöüÄÖÜß€]")
ADDITIONS = [" 😊", " 🙏", " Grüße", " danke 👍", " (15 €)", " schöne Grüße aus Köln", " 😂😂", " ✅"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--count", type=int, default=100000)
    parser.add_argument("--out", required=True)
    options = parser.parse_args()
    base = [json.loads(line)["text"] for path in options.corpus for line in open(path, encoding="utf-8")]
    messages = []
    index = 0
    while len(messages) < options.count:
        text = base[index % len(base)]
        # Every fifth message over two lines, joined with the next one as a chat client sends it.
        if len(messages) % 5 == 0 and "\n" not in text:
            text = text + "\n" + base[(index + 1) % len(base)]
        # Every other message without umlauts, € or emoji gets one, as chat is full of them.
        if not SPECIAL.search(text) and not EMOJI.search(text) and len(messages) % 2 == 0:
            text += ADDITIONS[len(messages) % len(ADDITIONS)]
        messages.append(text)
        index += 1
    with open(f"{options.out}/messages.txt", "w", encoding="utf-8") as out:
        for text in messages:
            out.write(text.replace("\n", " ") + "\n")
    with open(f"{options.out}/messages.jsonl", "w", encoding="utf-8") as out:
        for number, text in enumerate(messages):
            out.write(json.dumps({"id": number, "channel": "chat", "text": text}, ensure_ascii=False) + "\n")
    with open(f"{options.out}/whatsapp.jsonl", "w", encoding="utf-8") as out:
        for number, text in enumerate(messages):
            payload = {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"value": {
                "messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                "contacts": [{"profile": {"name": "Kundin"}, "wa_id": "4915112345678"}],
                "messages": [{"from": "4915112345678", "id": f"wamid.{number:012d}", "timestamp": "1749416383",
                              "type": "text", "text": {"body": text}}]}, "field": "messages"}]}]}
            out.write(json.dumps(payload, ensure_ascii=False, separators=(",", ":")) + "\n")
    with_emoji = [text.replace("\n", " ") for text in messages if EMOJI.search(text)]
    with open(f"{options.out}/emoji.txt", "w", encoding="utf-8") as out:
        out.writelines(text + "\n" for text in with_emoji)
    with open(f"{options.out}/emoji-removed.txt", "w", encoding="utf-8") as out:
        out.writelines(EMOJI.sub("", text) + "\n" for text in with_emoji)
    special = sum(1 for text in messages if SPECIAL.search(text) or EMOJI.search(text)) / len(messages)
    multiline = sum(1 for text in messages if "\n" in text) / len(messages)
    print(f"{len(messages)} messages: {special:.0%} with umlauts, € or emoji, {multiline:.0%} over several lines, "
          f"{len(with_emoji)} with emoji")


if __name__ == "__main__":
    main()
