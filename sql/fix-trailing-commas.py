#!/usr/bin/env python3
"""Removes the comma DuckDB tolerates after the last item of a list (issue 14): a comma that ends a line
whose next line of code starts with from, ), where, group by, order by, window, qualify, having or union.
Other engines refuse it. Idempotent; prints the files it changed.
    usage: sql/fix-trailing-commas.py [file.sql ...]   (default: every model and test under sql/)"""
import pathlib
import re
import sys

CLOSERS = re.compile(r"^\s*(from\b|\)|where\b|group\s+by\b|order\s+by\b|window\b|qualify\b|having\b|union\b)", re.I)


def code_part(line):
    """The line without a trailing -- comment (outside quotes)."""
    quoted = False
    for at, char in enumerate(line):
        if char == "'":
            quoted = not quoted
        elif not quoted and line.startswith("--", at):
            return line[:at]
    return line


def fix(text):
    lines = text.split("\n")
    for number, line in enumerate(lines):
        code = code_part(line)
        if not code.rstrip().endswith(","):
            continue
        following = next((later for later in lines[number + 1:] if later.strip() and not later.strip().startswith("--")), "")
        if CLOSERS.match(following):
            comma = len(code.rstrip()) - 1
            lines[number] = line[:comma].rstrip() + line[comma + 1:]
    return "\n".join(lines)


def main(paths):
    root = pathlib.Path(__file__).resolve().parent
    files = [pathlib.Path(p) for p in paths] or sorted(
        p for p in root.rglob("*.sql") if "migrations" not in p.parts)
    for path in files:
        text = path.read_text(encoding="utf-8")
        fixed = fix(text)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
            print(path)


if __name__ == "__main__":
    main(sys.argv[1:])
