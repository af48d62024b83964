"""Benchmark of the answering engine: load time, answer() latency and peak memory.

    python benchmarks/answering.py [--rounds 20]

Latency is measured per call over every question of the evaluation sets (tests/eval/*.yaml),
repeated --rounds times; the first round runs cold (empty typo cache), as a fresh bot would.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import load_knowledge  # noqa: E402
from knowledge.evaluation import load_eval_set  # noqa: E402
from settings import Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--loads", type=int, default=5)
    arguments = parser.parse_args()
    settings = Settings.from_environment()

    started = time.perf_counter()
    load_knowledge(settings.knowledge_dir, settings.corpus_dir)
    cold_load = time.perf_counter() - started
    load_times = []
    for _ in range(arguments.loads):
        started = time.perf_counter()
        load_knowledge(settings.knowledge_dir, settings.corpus_dir)
        load_times.append(time.perf_counter() - started)

    tracemalloc.start()
    base = load_knowledge(settings.knowledge_dir, settings.corpus_dir)
    _, load_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    questions = [
        item.question for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")) for item in load_eval_set(path)
    ]
    latencies = []
    for _ in range(arguments.rounds):
        for question in questions:
            started = time.perf_counter()
            base.answer(question)
            latencies.append(time.perf_counter() - started)
    latencies.sort()

    def percentile(share: float) -> float:
        return latencies[min(len(latencies) - 1, int(share * len(latencies)))] * 1000

    print(f"knowledge base: {len(base.claims)} claims, {len(base.faq)} FAQ entries, {len(base.entities)} entities")
    print(
        f"load time: first load in the process {cold_load * 1000:.0f} ms (reads the English word list too); "
        f"reloads median {statistics.median(load_times) * 1000:.0f} ms, max {max(load_times) * 1000:.0f} ms "
        f"over {arguments.loads}"
    )
    print(
        f"answer() latency over {len(latencies)} calls ({len(questions)} questions x {arguments.rounds} rounds): "
        f"p50 {percentile(0.50):.3f} ms, p99 {percentile(0.99):.3f} ms, max {latencies[-1] * 1000:.3f} ms"
    )
    print(
        f"peak memory: {load_peak / 2**20:.1f} MiB allocated while loading the base; "
        f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )


if __name__ == "__main__":
    main()
