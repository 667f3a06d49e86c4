#!/usr/bin/env python3
"""Plain language, measured: the Flesch-Kincaid US school grade of the English messages people
read. Each person-facing Fluent file, read as one text, must be at grade 8 or below, and each
message of a rule pack's help-page summary of its law (`summary_messages`) at grade 9 or
below, so no long sentence about the law hides in an easy page. Prints every figure; exits 1 when a limit is passed.

offenses.ftl is left out: it holds names of offenses (noun phrases, not sentences), for which
the formula, built on sentence length, says nothing useful.
"""
import pathlib
import re
import sys
import tomllib

import textstat

FILES = ["main.ftl", "help.ftl", "account.ftl", "disputes.ftl", "statistics.ftl"]
FILE_LIMIT = 8.0
LAW_SUMMARY_LIMIT = 9.0


def messages(path):
    """Message id -> its English text: variants joined, placeables read as a short word."""
    collected, current = {}, None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            current = None
            continue
        match = re.match(r"^([a-z][a-z0-9-]*) =\s?(.*)$", line)
        if match:
            current = match.group(1)
            collected[current] = [match.group(2)]
        elif current and line.startswith(" "):
            collected[current].append(line.strip())
    texts = {}
    for key, parts in collected.items():
        text = " ".join(parts)
        text = re.sub(r"\{[^{}]*->", " ", text)  # a selector's head
        text = re.sub(r"\*?\[[a-z0-9-]+\]\s*", " ", text)  # a variant's key
        text = re.sub(r"\{\s*\$[a-z_]+\s*\}", "it", text)  # a variable
        text = re.sub(r"[{}]", " ", text)
        texts[key] = " ".join(text.split())
    return texts


def law_summaries(root):
    """The Fluent ids every rule pack's help-page summary is made of."""
    ids = set()
    for pack in (root / "clearance" / "packs").glob("*.toml"):
        ids.update(tomllib.loads(pack.read_text(encoding="utf-8")).get("summary_messages", []))
    return ids


def main():
    root = pathlib.Path(__file__).resolve().parent.parent
    folder = root / "locales" / "en"
    summaries = law_summaries(root)
    failures = []
    for name in FILES:
        texts = messages(folder / name)
        grade = textstat.flesch_kincaid_grade(" ".join(texts.values()))
        print(f"{name:16} grade {grade:5.1f} (limit {FILE_LIMIT})")
        if grade > FILE_LIMIT:
            failures.append(f"{name} reads at grade {grade}")
        for key, text in texts.items():
            if key in summaries:
                grade = textstat.flesch_kincaid_grade(text)
                if grade > LAW_SUMMARY_LIMIT:
                    failures.append(f"{key} reads at grade {grade}: {text}")
    print(f"law summaries    {len(summaries)} messages (limit {LAW_SUMMARY_LIMIT} each)")
    for failure in failures:
        print(f"too hard to read: {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
