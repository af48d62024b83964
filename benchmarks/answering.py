"""Benchmark of the answering engine beside a plain BM25 answerer, in one process over the same questions.

    python benchmarks/answering.py [--rounds 20]

- Latency: `answer()` and the BM25 answerer (benchmarks/bm25_answerer.py) take turns, a round each,
  over every question of the evaluation sets (tests/eval/*.yaml), --rounds times; p50 and p99 of each
  and their ratio. The base is loaded from the compiled cache, as the bot loads it, and the first round
  runs right after, on cold per-process caches (stems, typo corrections), as a fresh bot would; it is
  also reported on its own beside the later rounds.
- Load time in this process: from the YAML files (what `check` and `/reload` do), and from the
  compiled cache (what the bot does at start-up), in a temporary cache folder.
- `python bot.py ask x`: wall time and peak RSS of fresh processes, once the cache and Python's bytecode cache
  are built (and the wall time without the bytecode cache); and the peak RSS of one that answers a question in
  each language (every analyser loaded).
- Each language: `answer()` p50 and p99 over the Russian, Ukrainian and Korean evaluation sets
  (tests/eval/wild/), beside the English questions', and the ratio to English.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bm25_answerer import Bm25Answerer  # noqa: E402
from knowledge import load_knowledge  # noqa: E402
from knowledge.cache import load_cached  # noqa: E402
from knowledge.evaluation import load_eval_set  # noqa: E402
from knowledge.languages import OTHER_LANGUAGES  # noqa: E402
from knowledge.normalizing import stem  # noqa: E402
from knowledge.patterns import compile_all  # noqa: E402
from settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--processes", type=int, default=5, help="fresh `bot.py ask x` processes to time")
    arguments = parser.parse_args()
    settings = Settings.from_environment()
    questions = [
        item.question for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")) for item in load_eval_set(path)
    ]
    other_questions = {
        code: [item.question for item in load_eval_set(ROOT / "tests" / "eval" / "wild" / f"{code}.yaml")]
        for code in OTHER_LANGUAGES
    }

    yaml_loads = [
        _seconds(lambda: load_knowledge(settings.knowledge_dir, settings.corpus_dir))
        for _ in range(1 + arguments.loads)
    ]
    with tempfile.TemporaryDirectory() as folder:
        cache_dir = Path(folder)
        load_cached(settings.knowledge_dir, settings.corpus_dir, cache_dir)
        cached_loads = [
            _seconds(lambda: load_cached(settings.knowledge_dir, settings.corpus_dir, cache_dir))
            for _ in range(arguments.loads)
        ]
        base = load_cached(settings.knowledge_dir, settings.corpus_dir, cache_dir)
    stem.cache_clear()  # the stems of the words loading read, so that the first round runs cold
    compile_all()  # as `bot.py run` does before it answers anyone
    gc.freeze()  # as bot.py does once the base is loaded
    bm25 = Bm25Answerer(base.articles)

    ours: list[list[float]] = []
    theirs: list[list[float]] = []
    by_language: dict[str, list[float]] = {code: [] for code in OTHER_LANGUAGES}
    for _ in range(arguments.rounds):
        theirs.append(_latencies(bm25.answer, questions))
        ours.append(_latencies(base.answer, questions))
        for code, asked in other_questions.items():
            by_language[code] += _latencies(base.answer, asked)

    print(f"knowledge base: {len(base.claims)} claims, {len(base.faq)} FAQ entries, {len(base.entities)} entities")
    print(f"latency over {len(questions)} questions x {arguments.rounds} rounds, in ms:")
    ours_all, theirs_all = _flat(ours), _flat(theirs)
    for name, rounds, flat in [("answer()", ours, ours_all), ("BM25", theirs, theirs_all)]:
        first, later = sorted(rounds[0]), _flat(rounds[1:])
        print(
            f"  {name:9} p50 {_ms(flat, 0.50)}, p99 {_ms(flat, 0.99)}, max {_ms(flat, 1.0)}; "
            f"first round p50 {_ms(first, 0.50)}, p99 {_ms(first, 0.99)}; "
            f"later rounds p50 {_ms(later, 0.50)}, p99 {_ms(later, 0.99)}"
        )
    print(
        f"  ratio answer() / BM25: p50 {_at(ours_all, 0.50) / _at(theirs_all, 0.50):.2f}x, "
        f"p99 {_at(ours_all, 0.99) / _at(theirs_all, 0.99):.2f}x"
    )
    for code, latencies in by_language.items():
        ordered = sorted(latencies)
        print(
            f"  {code}: answer() p50 {_ms(ordered, 0.50)}, p99 {_ms(ordered, 0.99)} over "
            f"{len(other_questions[code])} questions; ratio to English p50 "
            f"{_at(ordered, 0.50) / _at(ours_all, 0.50):.2f}x, p99 {_at(ordered, 0.99) / _at(ours_all, 0.99):.2f}x"
        )
    print(
        f"load in process: from the YAML first {yaml_loads[0] * 1000:.0f} ms, "
        f"then median {statistics.median(yaml_loads[1:]) * 1000:.0f} ms; from the compiled cache "
        f"median {statistics.median(cached_loads) * 1000:.0f} ms, max {max(cached_loads) * 1000:.0f} ms"
    )
    _ask_x(_WITH_BYTECODE)  # builds the compiled cache and the .pyc files if anything changed since the last run
    runs = [_ask_x(_WITH_BYTECODE) for _ in range(arguments.processes)]
    walls, peaks = [wall for wall, _ in runs], [peak for _, peak in runs]
    print(
        f"`python bot.py ask x` in a fresh process: wall median {statistics.median(walls) * 1000:.0f} ms, "
        f"max {max(walls) * 1000:.0f} ms; peak RSS max {max(peaks):.0f} MiB ({max(peaks) * 1.048576:.0f} MB); "
        f"over {len(runs)} processes"
    )
    with tempfile.TemporaryDirectory() as empty:
        uncompiled = _ask_x({**_WITH_BYTECODE, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": empty})
    print(f"  the same without Python's bytecode cache (every module compiled): {uncompiled[0] * 1000:.0f} ms")
    wall, peak = _ask_each_language()
    print(
        "a fresh process answering in en, ru, uk and ko (every analyser loaded): "
        f"{wall * 1000:.0f} ms, peak RSS {peak:.0f} MiB"
    )


_TIME_ONE_PROCESS = """
import os, subprocess, sys, time
started = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stdin=sys.stdin)
_, status, usage = os.wait4(process.pid, 0)
print(time.perf_counter() - started, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
"""Started from a small Python process rather than from this one: a child's peak RSS counts the memory of the
process it was forked from, and this one holds two bases and bm25s."""


_WITH_BYTECODE = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
"""The environment of the timed processes: Python writes and reads its bytecode cache (`__pycache__`), as it does
on any install unless told not to; some machines set PYTHONDONTWRITEBYTECODE, which recompiles every module."""


def _ask_x(environment: dict[str, str]) -> tuple[float, float]:
    """The wall time of one `python bot.py ask x`, and its peak RSS in MiB."""
    command = [sys.executable, "-c", _TIME_ONE_PROCESS, sys.executable, str(ROOT / "bot.py"), "ask", "x"]
    output = subprocess.run(command, check=True, capture_output=True, text=True, env=environment).stdout
    wall, peak_kib, exit_code = output.split()
    if exit_code != "0":
        raise SystemExit(f"`python bot.py ask x` failed with exit code {exit_code}")
    return float(wall), int(peak_kib) / 1024


def _ask_each_language() -> tuple[float, float]:
    """Wall time and peak RSS of one `python bot.py ask --batch` answering a question in each language."""
    lines = "who is peskov\nКто такой Песков?\nХто такий Пєсков?\n페스코프는 누구야?\n"
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as questions:
        questions.write(lines)
    command = [sys.executable, "-c", _TIME_ONE_PROCESS, sys.executable, str(ROOT / "bot.py"), "ask", "--batch"]
    with open(questions.name, encoding="utf-8") as stdin:
        output = subprocess.run(
            command, check=True, capture_output=True, text=True, stdin=stdin, env=_WITH_BYTECODE
        ).stdout
    Path(questions.name).unlink()
    wall, peak_kib, _ = output.split()
    return float(wall), int(peak_kib) / 1024


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _latencies(answer: Callable[[str], object], questions: list[str]) -> list[float]:
    latencies = []
    for question in questions:
        started = time.perf_counter()
        answer(question)
        latencies.append(time.perf_counter() - started)
    return latencies


def _flat(rounds: list[list[float]]) -> list[float]:
    return sorted(latency for latencies in rounds for latency in latencies)


def _at(ordered: list[float], share: float) -> float:
    """The nearest-rank percentile of sorted latencies."""
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def _ms(ordered: list[float], share: float) -> str:
    return f"{_at(ordered, share) * 1000:.3f}"


if __name__ == "__main__":
    main()
