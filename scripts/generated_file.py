"""The one way the repository's generators write their output: `write_or_check(path, text,
command)` writes `text` to `path`, or with `--check` on the command line only compares and
returns 1 when the committed file differs (scripts/test runs every generator so)."""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent


def write_or_check(path: pathlib.Path, text: str, command: str) -> int:
    if "--check" in sys.argv[1:]:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path.relative_to(ROOT)} is out of date: run {command}", file=sys.stderr)
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    return 0
