"""Load benchmark: the unit page, the document page and the API under concurrent clients, on SQLite and PostgreSQL.

    .venv/bin/python bench/load.py [--backend sqlite|postgres|both] [--clients 50] [--seconds 60] [--think 0]

For each backend it prepares a fresh database (SQLite in a temporary directory; PostgreSQL as the database
``chitieu_load`` on the server ``--postgres-url`` names, dropped and created again), runs ``chitieu setup`` (real
units, catalogue, demo world) and ``bench/load_dataset.py`` (200 targets, 20,000 approved observations), starts
gunicorn on a free loopback port with the production settings (debug off, persistent connections; requests carry
``X-Forwarded-Proto: https`` as behind the TLS proxy), warms it up, then lets ``--clients`` threads, each with its
own keep-alive connection, send requests for ``--seconds``: back to back, or with a random pause of ``--think``
seconds on average between a client's requests (people reading pages rather than a script). It prints requests,
errors (non-2xx or a failed connection), requests per second and the p50/p95/p99 latency overall and per kind of
request, with the machine's load and the CPU time the server and the clients used. It exits with 1 when a request
failed.

The goal (docs/load.md): p95 under 150 ms and no errors. The clients run on the same machine as the server, so
they take part of its CPU (the CPU line says how much).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BENCH = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
GOAL_P95_MS = 150.0
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/chitieu_load"

# The mix of requests: kind and weight (requests_of makes each kind's URLs from the plan).
MIX = (
    ("unit page", 30),
    ("document page", 20),
    ("api targets", 20),
    ("api observations", 20),
    ("api units", 10),
)


def requests_of(plan: dict) -> dict[str, list[str]]:
    """Every URL of each kind the clients may ask for (chosen at random, by weight of kind)."""
    units = plan["unit_ids"]
    return {
        "unit page": [f"/units/{code}/?as_of={day}" for code, day in plan["unit_pages"]],
        "document page": [f"/documents/{pk}/?as_of={day}" for pk, day in plan["documents"]],
        "api targets": [f"/api/v1/targets/?unit={pk}" for pk in units],
        "api observations": [f"/api/v1/observations/?unit={pk}" for pk in units],
        "api units": ["/api/v1/units/?level=province", "/api/v1/units/?level=province&as_of=2025-06-30"],
    }


# --- preparing a database -----------------------------------------------------------------------------------


@dataclass
class Backend:
    name: str
    env: dict[str, str]
    work: Path
    postgres_url: str | None = None


def server_env(work: Path, postgres_url: str | None, settings: str, page_cache: bool) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE=settings,
        CHITIEU_SECRET_KEY=secrets.token_urlsafe(64),
        CHITIEU_ALLOWED_HOSTS="127.0.0.1",
        CHITIEU_DEBUG="0",
        CHITIEU_PUBLISHED_READABLE="1",
        CHITIEU_DATA_DIR=str(work),
        CHITIEU_PAGE_CACHE="1" if page_cache else "0",
    )
    if postgres_url:
        env["DATABASE_URL"] = postgres_url
    return env


def recreate_postgres(url: str) -> None:
    """Drop and create the database ``url`` names, through the server's ``postgres`` database."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def postgres_exists(url: str) -> bool:
    import psycopg

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [parts.path.lstrip("/")])
        return found.fetchone() is not None


def drop_postgres(url: str) -> None:
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(scheme="postgresql", path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        name = sql.Identifier(parts.path.lstrip("/"))
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def run(step: str, command: list[str], env: dict[str, str]) -> None:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{step} failed:\n{done.stdout}\n{done.stderr}")
    last = (done.stdout.strip().splitlines() or [""])[-1]
    print(f"  {step}: {time.perf_counter() - started:.0f} s  {last}")


def prepare(backend: Backend) -> dict:
    """A fresh database with the real units, the demo world and the load dataset; returns the plan."""
    if backend.postgres_url:
        recreate_postgres(backend.postgres_url)
    run("chitieu setup", [str(BIN / "chitieu"), "setup"], backend.env)
    plan_file = backend.work / "plan.json"
    run("load dataset", [sys.executable, str(BENCH / "load_dataset.py"), "--plan", str(plan_file)], backend.env)
    return json.loads(plan_file.read_text())


# --- the server ---------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Language": "vi"}


def get(port: int, path: str, timeout: float = 30) -> int:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers=HEADERS)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@contextmanager
def gunicorn(backend: Backend, workers: int, threads: int) -> Iterator[tuple[int, subprocess.Popen]]:
    """gunicorn serving the backend's database on a free loopback port, until the block ends."""
    port = free_port()
    log = open(backend.work / "gunicorn.log", "w")  # noqa: SIM115 (closed below)
    command = [
        str(BIN / "gunicorn"), "chitieu.server.wsgi:application", "--bind", f"127.0.0.1:{port}",
        "--workers", str(workers), "--threads", str(threads), "--worker-class", "gthread",
        "--keep-alive", "75", "--backlog", "2048", "--error-logfile", "-",
    ]  # fmt: skip
    server = subprocess.Popen(command, env=backend.env, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if get(port, "/api/v1/units/?level=province", timeout=5) == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                log.flush()
                tail = "".join((backend.work / "gunicorn.log").read_text().splitlines(keepends=True)[-20:])
                sys.exit(f"gunicorn did not start; the end of its log:\n{tail}")
            time.sleep(0.3)
        yield port, server
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


# --- CPU accounting -----------------------------------------------------------------------------------------

TICKS = os.sysconf("SC_CLK_TCK")


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) a live process has used."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def server_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    found = children.read_text().split() if children.exists() else []
    return [master, *map(int, found)]


def database_pids(url: str | None) -> list[int]:
    """The PostgreSQL backends serving the benchmark's database (their process title names it)."""
    if not url:
        return []
    title = f" {urlsplit(url).path.lstrip('/')} "
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and title in (entry / "cmdline").read_bytes().decode(errors="replace"):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


class DatabaseCpu:
    """CPU seconds the PostgreSQL backends of the benchmark's database use while it runs. Django closes a connection
    older than ``CONN_MAX_AGE`` and opens another, so the backends are looked for again twice a second and each
    one's last reading kept."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)

    def read(self, initial: bool = False) -> None:
        for pid in database_pids(self.url):
            used = process_cpu(pid)
            self.first.setdefault(pid, used if initial else 0.0)  # a backend opened later started from nothing
            self.last[pid] = used

    def sample(self) -> None:
        while not self.stopped.wait(0.5):
            self.read()

    def __enter__(self) -> DatabaseCpu:
        if self.url:
            self.read(initial=True)
            self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.url:
            self.stopped.set()
            self.thread.join()
            self.read()

    @property
    def used(self) -> float:
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot."""
    values = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = values[3] + values[4]
    return sum(values) - idle, sum(values)


# --- the clients --------------------------------------------------------------------------------------------


@dataclass
class Sample:
    kind: str
    ms: float
    ok: bool
    cached: bool = False  # answered from the visitors' page cache (chitieu.server.cache)


@dataclass
class Results:
    samples: list[Sample] = field(default_factory=list)
    failures: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(port: int, urls: dict[str, list[str]], stop: float, seed: int, think: float, results: Results) -> None:
    """Send requests on one keep-alive connection until ``stop``, back to back or (``think`` > 0) with a pause of
    ``think`` seconds on average between them; reconnect after a failure."""
    rng = random.Random(seed)
    kinds, weights = zip(*MIX, strict=True)
    mine: list[Sample] = []
    failures: dict[str, int] = defaultdict(int)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    while time.monotonic() < stop:
        kind = rng.choices(kinds, weights)[0]
        path = rng.choice(urls[kind])
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers=HEADERS)
            response = connection.getresponse()
            response.read()
            ok = 200 <= response.status < 300
            cached = response.getheader("X-Chitieu-Cache") == "hit"
            if not ok:
                failures[f"{kind}: HTTP {response.status}"] += 1
        except (OSError, http.client.HTTPException) as error:
            ok, cached = False, False
            failures[f"{kind}: {type(error).__name__}"] += 1
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine.append(Sample(kind, (time.perf_counter() - started) * 1000, ok, cached))
        if think > 0:
            time.sleep(min(rng.expovariate(1 / think), max(0.0, stop - time.monotonic())))
    connection.close()
    with results.lock:
        results.samples += mine
        for what, count in failures.items():
            results.failures[what] += count


def drive(port: int, urls: dict[str, list[str]], clients: int, seconds: float, think: float = 0) -> Results:
    results = Results()
    stop = time.monotonic() + seconds
    threads = [
        threading.Thread(target=client, args=(port, urls, stop, seed, think, results), daemon=True)
        for seed in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


# --- the report ---------------------------------------------------------------------------------------------


def percentile(ordered: list[float], share: float) -> float:
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def line(label: str, samples: list[Sample], seconds: float) -> str:
    ordered = sorted(s.ms for s in samples)
    errors = sum(not s.ok for s in samples)
    p50, p95, p99 = (percentile(ordered, q) for q in (0.50, 0.95, 0.99))
    return (
        f"  {label:<18} {len(samples):>8} {errors:>7} {len(samples) / seconds:>8.1f} "
        f"{p50:>8.1f} {p95:>8.1f} {p99:>8.1f} {ordered[-1] if ordered else float('nan'):>8.1f}"
    )


@dataclass
class Run:
    backend: str
    results: Results
    seconds: float
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float]
    server_cpu: float
    database_cpu: float
    client_cpu: float
    machine_busy: float

    @property
    def errors(self) -> int:
        return sum(not s.ok for s in self.results.samples)

    @property
    def p95(self) -> float:
        return percentile(sorted(s.ms for s in self.results.samples), 0.95)


def report(run_: Run, args: argparse.Namespace) -> None:
    samples = run_.results.samples
    pace = f", pausing {args.think:g} s on average between requests" if args.think else ", back to back"
    cache = "on" if args.page_cache else "off"
    print(f"\n{run_.backend}: {args.clients} clients for {run_.seconds:.0f} s{pace}, against gunicorn "
          f"({args.workers} workers × {args.threads} threads, gthread), page cache {cache}")  # fmt: skip
    print(f"  {'':<18} {'requests':>8} {'errors':>7} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8}")  # fmt: skip
    print(line("all", samples, run_.seconds))
    for kind, _ in MIX:
        print(line(kind, [s for s in samples if s.kind == kind], run_.seconds))
    for what, count in sorted(run_.results.failures.items()):
        print(f"  failed: {what} × {count}")
    print(f"  answered from the page cache: {sum(s.cached for s in samples) / max(1, len(samples)):.0%}")
    cores, served = os.cpu_count() or 1, max(1, len(samples))
    share = {"the server": run_.server_cpu, "the clients": run_.client_cpu}
    if run_.backend == "postgres":
        share["PostgreSQL"] = run_.database_cpu
    used = ", ".join(f"{who} {cpu / run_.seconds / cores:.0%}" for who, cpu in share.items())
    print(
        f"  machine: {cores} cores; load average {' '.join(f'{x:.2f}' for x in run_.load_before)} before, "
        f"{' '.join(f'{x:.2f}' for x in run_.load_after)} after; CPU busy {run_.machine_busy:.0%}, of which {used}"
    )
    per_request = ", ".join(f"{who} {cpu / served * 1000:.1f} ms" for who, cpu in share.items())
    print(f"  CPU time per request: {per_request}")
    verdict = "met" if run_.p95 < GOAL_P95_MS and not run_.errors else "MISSED"
    print(f"  goal (p95 < {GOAL_P95_MS:.0f} ms, no errors): {verdict}")


def measure(backend: Backend, plan: dict, args: argparse.Namespace) -> Run:
    urls = requests_of(plan)
    with gunicorn(backend, args.workers, args.threads) as (port, server):
        drive(port, urls, args.clients, args.warmup)  # every worker and thread opens its connection, loads code
        pids = server_pids(server.pid)
        cpu_before = sum(process_cpu(p) for p in pids)
        client_before = time.process_time()
        busy_before, total_before = machine_ticks()
        load_before = os.getloadavg()
        started = time.monotonic()
        with DatabaseCpu(backend.postgres_url) as database:
            results = drive(port, urls, args.clients, args.seconds, args.think)
        seconds = time.monotonic() - started
        busy_after, total_after = machine_ticks()
        return Run(
            backend=backend.name,
            results=results,
            seconds=seconds,
            load_before=load_before,
            load_after=os.getloadavg(),
            server_cpu=sum(process_cpu(p) for p in pids) - cpu_before,
            database_cpu=database.used,
            client_cpu=time.process_time() - client_before,
            machine_busy=(busy_after - busy_before) / max(1, total_after - total_before),
        )


def run_backend(name: str, root: Path, args: argparse.Namespace) -> Run:
    """Prepare (or reuse) the backend's database, measure it and print the report."""
    work = root / name
    work.mkdir(parents=True, exist_ok=True)
    url = args.postgres_url if name == "postgres" else None
    backend = Backend(name, server_env(work, url, args.settings, args.page_cache), work, url)
    plan_file = work / "plan.json"
    where = f"{work}" + (f" and {url}" if url else "")
    if args.reuse and plan_file.exists() and (not url or postgres_exists(url)):
        print(f"{name}: reusing the database prepared in {where}")
        plan = json.loads(plan_file.read_text())
    else:
        print(f"{name}: preparing the database in {where}")
        plan = prepare(backend)
    measured = measure(backend, plan, args)
    report(measured, args)
    return measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--warmup", type=float, default=30,
        help="seconds of load before measuring (each gunicorn worker fills its own page cache: about 30 s)",
    )
    parser.add_argument(
        "--think", type=float, default=0, help="mean pause of each client between requests, in seconds (default none)"
    )
    parser.add_argument("--workers", type=int, default=3, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--postgres-url", default=DEFAULT_POSTGRES, help="the database to (re)create and use")
    parser.add_argument("--settings", default="chitieu.server.production", help="DJANGO_SETTINGS_MODULE")
    parser.add_argument(
        "--page-cache", action=argparse.BooleanOptionalAction, default=True,
        help="the visitors' page cache (CHITIEU_PAGE_CACHE); --no-page-cache renders every answer",
    )  # fmt: skip
    parser.add_argument("--work-dir", type=Path, help="keep the databases, plan and logs here (default: temporary)")
    parser.add_argument("--reuse", action="store_true", help="use the database prepared in --work-dir before")
    args = parser.parse_args()
    if args.reuse and not args.work_dir:
        parser.error("--reuse needs --work-dir")

    names = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC: python bench/load.py {' '.join(sys.argv[1:])}")
    root = args.work_dir or Path(tempfile.mkdtemp(prefix="chitieu-load-"))
    runs = []
    try:
        for name in names:
            runs.append(run_backend(name, root, args))
    finally:
        if not args.work_dir:  # a temporary run leaves nothing behind
            shutil.rmtree(root, ignore_errors=True)
            if "postgres" in names:
                drop_postgres(args.postgres_url)
    sys.exit(1 if any(r.errors for r in runs) else 0)


if __name__ == "__main__":
    main()
