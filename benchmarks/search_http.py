"""Latency of one search through HTTP: a real `notaires serve` process, a notary's bearer token.

    .venv/bin/python -m benchmarks.search_http [people] [searches]
"""

import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.synthetic import extract

SEARCH = ("mutation($i: DeceasedSearchInput!) { searchDeceased(input: $i) "
          "{ __typename ... on SearchAnswer { outcome requestId } } }")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _cli(env: dict[str, str], *args: str, stdin: str | None = None) -> None:
    subprocess.run([str(Path(sys.executable).parent / "notaires"), *args], env=env, input=stdin, text=True,
                   check=True, capture_output=True)


def _wait_ready(url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"{url}/healthz", timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)  # polling for start-up in a benchmark, not in a test
    raise RuntimeError("server did not start")


def _queries(text: str, count: int) -> list[dict[str, str]]:
    rows = [line.split(",") for line in text.splitlines()[1:]]
    rng = random.Random(3)
    picked = []
    for row in rng.sample(rows, count):
        picked.append({"lastName": row[2].title(), "firstNames": row[4].split()[0].title(), "birthDate": row[5],
                       "deathDate": "2024-01-05", "deathPlace": "Lyon"})
    return picked


def run(people: int, searches: int) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NOTAIRES_DATABASE_URL": f"sqlite:///{tmp}/bench.db",
               "NOTAIRES_SEARCH_RATE_LIMIT": "1000000/minute", "NOTAIRES_DEV": "1"}
        text = extract(people)
        (Path(tmp) / "b.csv").write_text(text, encoding="utf-8")
        (Path(tmp) / "o.csv").write_text("crpcen,name,email\n69001,Office,o@notaires.example\n", encoding="utf-8")
        _cli(env, "import", "beneficiaries", f"{tmp}/b.csv")
        _cli(env, "import", "offices", f"{tmp}/o.csv")
        _cli(env, "users", "create", "--role", "notary", "--crpcen", "69001", "--email", "b@x.fr",
             "--password-stdin", stdin="Benchmark-Password-2026\n")
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen([str(Path(sys.executable).parent / "notaires"), "serve", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_ready(url)
            with httpx.Client(base_url=url, timeout=30) as client:
                login = client.post("/graphql", json={"query": 'mutation { login(email: "b@x.fr", password: '
                                                      '"Benchmark-Password-2026") { ... on LoginSuccess { token } } }'})
                token = login.json()["data"]["login"]["token"]
                headers = {"authorization": f"Bearer {token}", "x-requested-with": "notaires"}
                timings = []
                for variables in _queries(text, searches):
                    started = time.perf_counter()
                    answer = client.post("/graphql", json={"query": SEARCH, "variables": {"i": variables}},
                                         headers=headers)
                    timings.append((time.perf_counter() - started) * 1000)
                    assert answer.json()["data"]["searchDeceased"]["__typename"] == "SearchAnswer", answer.text
            return timings
        finally:
            server.terminate()
            server.wait(timeout=30)


def main() -> None:
    people = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    searches = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    t = sorted(run(people, searches))
    q = statistics.quantiles(t, n=100)
    print(f"search over HTTP: {searches} sequential searches, {people} beneficiaries, SQLite, one process")
    print(f"  p50 {q[49]:.1f} ms   p95 {q[94]:.1f} ms   p99 {q[98]:.1f} ms   max {t[-1]:.1f} ms")


if __name__ == "__main__":
    main()
