#!/usr/bin/env python3
"""Builds resources/data/demo-practices-2015-16.csv: the West Midlands practices of the 2015-16 payments file.

Rows are copied verbatim (same header, same quoting) so the app's payments parser reads the demo
exactly as it reads the published file; only the encoding changes, Windows-1252 to UTF-8.

Usage: scripts/extract-demo-practices.py [source.csv] [output.csv]
"""
import csv
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# Unpacked from tests/data/public-data.tar.xz by CMake (tests/data/SOURCES.md).
SOURCE = ROOT / "build/dev/test-data/nhs-payments-to-general-practice-2015-16.csv"
OUTPUT = ROOT / "resources/data/demo-practices-2015-16.csv"
# The 14 CCGs the West Midlands hub works with.
CCGS = {"04X", "05A", "05C", "05F", "05H", "05J", "05L", "05P", "05R", "05T", "05Y", "06A", "06D", "13P"}
EXPECTED_ROWS = 687


def main():
    source = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE
    output = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else OUTPUT
    # The header's raw 0xA3 makes the file invalid UTF-8.
    text = source.read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    header = next(csv.reader([lines[0]]))
    ccg = header.index("CCGCode")
    kept = [lines[0]]
    for number, line in enumerate(lines[1:], start=2):
        fields = next(csv.reader([line]))
        # Copying whole lines is only safe when no record spans two lines.
        if len(fields) != len(header):
            sys.exit(f"{source}:{number}: {len(fields)} fields, header has {len(header)}")
        if fields[ccg] in CCGS:
            kept.append(line)
    if len(kept) - 1 != EXPECTED_ROWS:
        sys.exit(f"expected {EXPECTED_ROWS} practices, found {len(kept) - 1}")
    output.write_bytes(("\r\n".join(kept) + "\r\n").encode("utf-8"))
    print(f"wrote {len(kept) - 1} practices to {output}")


if __name__ == "__main__":
    main()
