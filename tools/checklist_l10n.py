#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Translate a Lantern checklist one language at a time.

  extract CHECKLIST LANG > STRINGS.json
      Every locale map of the checklist as {"<json pointer>": {"en": ..., "text": ...}}, where
      "text" is the LANG text already in the checklist (empty when missing). A translator fills
      in "text"; a reviewer corrects it.

  merge CHECKLIST LANG STRINGS.json [--status draft|reviewed] [--note TEXT]
      Writes every non-empty "text" into the checklist's locale maps, adds LANG to "languages"
      and records the review status in provenance.translations.LANG. Refuses keys that are not
      locale maps of this checklist and texts that lost or gained a {placeholder} or a newline
      block, so a merge cannot damage the checklist. Lantern validates the result as usual.

  missing CHECKLIST
      Per declared language, how many locale maps lack it (0 everywhere is complete).

Maintainer tool only: Lantern does not need Python to build, test or run.
"""
import json
import re
import sys

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def locale_maps(node, pointer=""):
    """Yields (pointer, map) for every {"en": "..."} object in the checklist."""
    if isinstance(node, dict):
        if isinstance(node.get("en"), str) and all(isinstance(v, str) for v in node.values()):
            yield pointer, node
            return
        for key, value in node.items():
            yield from locale_maps(value, f"{pointer}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from locale_maps(value, f"{pointer}/{index}")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def save(path, checklist):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(checklist, f, ensure_ascii=False, indent=2)
        f.write("\n")


def extract(path, language):
    strings = {pointer: {"en": m["en"], "text": m.get(language, "")}
               for pointer, m in locale_maps(load(path)) if not pointer.startswith("/provenance/translations")}
    json.dump(strings, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def merge(path, language, strings_path, status, note):
    checklist = load(path)
    maps = dict(locale_maps(checklist))
    strings = load(strings_path)
    problems = []
    merged = 0
    for pointer, entry in strings.items():
        text = entry.get("text", "") if isinstance(entry, dict) else entry
        if pointer not in maps:
            problems.append(f"{pointer}: not a text of this checklist")
            continue
        if not isinstance(text, str) or not text.strip():
            continue
        english = maps[pointer]["en"]
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(english)):
            problems.append(f"{pointer}: placeholders differ from the English text")
            continue
        maps[pointer][language] = text.strip()
        merged += 1
    if problems:
        sys.exit("\n".join(problems))
    if language not in checklist["languages"]:
        checklist["languages"].append(language)
    translations = checklist["provenance"].setdefault("translations", {})
    record = {"status": status}
    if note:
        record["note"] = {"en": note}
    translations[language] = record
    save(path, checklist)
    print(f"{path}: {merged} texts in {language} ({len(maps)} in all)")


def missing(path):
    checklist = load(path)
    maps = [m for _, m in locale_maps(checklist)]
    for language in checklist["languages"]:
        print(f"{language}\t{sum(1 for m in maps if language not in m)} of {len(maps)} missing")


def main(argv):
    if len(argv) >= 3 and argv[0] == "extract":
        extract(argv[1], argv[2])
    elif len(argv) >= 4 and argv[0] == "merge":
        status, note = "draft", None
        rest = argv[4:]
        while rest:
            flag, value, rest = rest[0], rest[1], rest[2:]
            if flag == "--status":
                status = value
            elif flag == "--note":
                note = value
        merge(argv[1], argv[2], argv[3], status, note)
    elif len(argv) == 2 and argv[0] == "missing":
        missing(argv[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
