#!/usr/bin/env python3
"""Generate data/hari-libur-indonesia.json from the PyPI package `holidays`.

Usage:
    pip install holidays
    python3 scripts/gen-holidays.py [--first-year 2019] [--last-year 2030]
                                    [--generated-on YYYY-MM-DD] [--out PATH]

Indonesian national holidays (libur nasional) are python-holidays' PUBLIC category;
cuti bersama (joint leave set by the SKB 3 Menteri) are its GOVERNMENT category.
Each category is queried on its own so every date gets its kind; names are Indonesian
(language "id"). Output is sorted and byte-stable: the same package version and the
same --generated-on give the same file.
"""

import argparse
import datetime
import json
import pathlib
import sys

import holidays

KINDS = (("public", "libur_nasional"), ("government", "cuti_bersama"))
DEFAULT_OUT = pathlib.Path(__file__).resolve().parent.parent / "data" / "hari-libur-indonesia.json"


def category_call(first: int, last: int, category: str) -> str:
    return (
        f'holidays.country_holidays("ID", years=range({first}, {last + 1}), '
        f'categories=("{category}",), language="id")'
    )


def collect(first: int, last: int) -> list:
    years = range(first, last + 1)
    by_date = {}
    for category, kind in KINDS:
        cal = holidays.country_holidays("ID", years=years, categories=(category,), language="id")
        for day, name in cal.items():
            if day in by_date:
                # Never seen in the package so far; fail loudly rather than pick a kind silently.
                sys.exit(f"{day} is in both categories: {by_date[day]['name']!r} and {name!r}")
            by_date[day] = {"date": day.isoformat(), "name": name, "kind": kind}

    # The per-category calls must add up to the documented combined call.
    both = holidays.country_holidays(
        "ID", years=years, categories=tuple(c for c, _ in KINDS), language="id"
    )
    if set(both) != set(by_date):
        sys.exit("per-category dates differ from the combined call")
    return [by_date[d] for d in sorted(by_date)]


def dump(data: dict) -> str:
    """Pretty JSON, but one holiday per line: a regeneration diff then reads per date."""
    head = {k: v for k, v in data.items() if k != "holidays"}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2]
    rows = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in data["holidays"])
    return f'{text},\n  "holidays": [\n{rows}\n  ]\n}}\n'


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--first-year", type=int, default=2019)
    ap.add_argument("--last-year", type=int, default=2030)
    ap.add_argument("--generated-on", default=datetime.date.today().isoformat())
    ap.add_argument("--out", type=pathlib.Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    first, last = args.first_year, args.last_year
    datetime.date.fromisoformat(args.generated_on)  # reject a malformed date early

    entries = collect(first, last)
    calls = [category_call(first, last, c) for c, _ in KINDS]
    data = {
        "source": (
            f"Python package holidays {holidays.__version__} (PyPI), "
            f"country ID, years {first}-{last}, language id; category public = libur_nasional, "
            f"government = cuti_bersama; generated {args.generated_on} by scripts/gen-holidays.py"
        ),
        "package": "holidays",
        "package_version": holidays.__version__,
        "calls": calls,
        "generated_on": args.generated_on,
        "first_year": first,
        "last_year": last,
        "holidays": entries,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(dump(data), encoding="utf-8")

    counts = {kind: sum(e["kind"] == kind for e in entries) for _, kind in KINDS}
    print(f"wrote {args.out}: {len(entries)} dates, {first}-{last}, holidays {holidays.__version__}")
    for kind, n in counts.items():
        print(f"  {kind}: {n}")


if __name__ == "__main__":
    main()
