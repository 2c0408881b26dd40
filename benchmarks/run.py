"""`make bench`: every benchmark, with its default size. Figures go to stdout."""

import subprocess
import sys

BENCHMARKS = [
    ["benchmarks.import_rate", "100000"],
    ["benchmarks.search_http", "100000", "300"],
    ["benchmarks.letters"],
]


def main() -> None:
    for module, *args in BENCHMARKS:
        subprocess.run([sys.executable, "-m", module, *args], check=True)


if __name__ == "__main__":
    main()
