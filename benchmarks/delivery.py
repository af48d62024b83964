"""Benchmark of delivery under faults: the bot against the sequential baseline, in the same run.

    python benchmarks/delivery.py [--users 50] [--only NAME]

For each fault, a Bot API server started here on 127.0.0.1 (the tests' tests/fake_bot_api.py) hands the
real Application a burst of --users private questions from distinct users at once, with the fault
injected into its sendMessage answers. It reports how many users got their answer, how many answers
arrived twice, and the time from the burst to each user's first answer (p50/p99; with latency on one
chat, also the p99 of the other users).

The baseline is the application as it was before issue 10: one update at a time, python-telegram-bot's
5 s read timeout, 3 retries after a 429, and every failed request sent again.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.local_bot import bot_on_local_server  # noqa: E402
from handlers.delivery import Delivery  # noqa: E402
from knowledge import load_knowledge  # noqa: E402
from settings import Settings  # noqa: E402
from tests.fake_bot_api import FakeBotApi, Fault, private_message  # noqa: E402

FIRST_USER = 20_000
EVERY_TIME = 10**6
BASELINE = Delivery(
    concurrent_updates=1,
    read_timeout=5.0,
    rate_limit_retries=3,
    network_retries=4,
    longest_retry_pause=4.0,
    resend_when_unsure=True,
)
CONFIGURATIONS = {"bot": Delivery(), "baseline": BASELINE}
FAULTS = {
    "none": [],
    "5 s latency on one chat": [
        Fault("sendMessage", status=200, delay=5.0, chat_id=FIRST_USER, times=EVERY_TIME),
    ],
    "6 s latency on 5 sends": [Fault("sendMessage", status=200, delay=6.0, times=5)],
    "429 x3, retry_after 3 s": [Fault("sendMessage", status=429, retry_after=3, times=3)],
    "429 x5 in a row, retry_after 1 s": [Fault("sendMessage", status=429, retry_after=1, times=5)],
    "502 x6": [Fault("sendMessage", status=502, times=6)],
    "dropped before acting x5": [Fault("sendMessage", drop=True, times=5)],
    "dropped after acting x5": [Fault("sendMessage", drop=True, drop_after_acting=True, times=5)],
}
QUIET_SECONDS = 8.0
"""The run ends when every user has an answer and nothing came for 1.5 s, or nothing came for this long."""


@dataclass
class Result:
    delivered: int
    duplicates: int
    times: list[float]
    others_times: list[float]


async def burst(base, delivery: Delivery, faults: list[Fault], users: int) -> Result:
    async with bot_on_local_server(base, delivery) as api:
        try:
            api.faults += [replace(fault) for fault in faults]
            mark = api.mark()
            started = time.monotonic()
            for number in range(users):
                api.push(private_message("who is peskov?", user_id=FIRST_USER + number))
            await asyncio.to_thread(wait_until_settled, api, mark, users)
            first_answer: dict[int, float] = {}
            per_user: Counter = Counter()
            for call in api.calls[mark:]:
                if call.method == "sendMessage":
                    chat = int(call.params["chat_id"])
                    per_user[chat] += 1
                    first_answer.setdefault(chat, call.at - started)
            return Result(
                delivered=len(per_user),
                duplicates=sum(count - 1 for count in per_user.values()),
                times=sorted(first_answer.values()),
                others_times=sorted(t for chat, t in first_answer.items() if chat != FIRST_USER)
                if any(fault.chat_id for fault in faults)
                else [],
            )
        finally:
            api.faults.clear()


def wait_until_settled(api: FakeBotApi, mark: int, users: int) -> None:
    last_count, last_change = -1, time.monotonic()
    while True:
        sends = [c for c in api.calls[mark:] if c.method == "sendMessage"]
        arrivals = sum(1 for method in api.arrivals if method != "getUpdates")
        if (len(sends), arrivals) != last_count:
            last_count, last_change = (len(sends), arrivals), time.monotonic()
        quiet = time.monotonic() - last_change
        answered = len({c.params["chat_id"] for c in sends})
        if (answered >= users and quiet > 1.5) or quiet > QUIET_SECONDS:
            return
        time.sleep(0.05)


def percentile(times: list[float], share: float) -> str:
    if not times:
        return "-"
    return f"{times[min(len(times) - 1, int(share * len(times)))]:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--only", choices=list(FAULTS), help="run one fault only")
    arguments = parser.parse_args()
    settings = Settings.from_environment()
    base = load_knowledge(settings.knowledge_dir, settings.corpus_dir)
    print(f"{arguments.users} users at once, one question each; times in seconds from the burst")
    print(f"{'fault':34} {'app':9} {'delivered':>9} {'doubled':>7} {'p50':>6} {'p99':>6} {'others p99':>10}")
    for name, faults in FAULTS.items():
        if arguments.only and name != arguments.only:
            continue
        for label, delivery in CONFIGURATIONS.items():
            result = asyncio.run(burst(base, delivery, faults, arguments.users))
            print(
                f"{name:34} {label:9} {result.delivered:>5}/{arguments.users:<3} {result.duplicates:>7} "
                f"{percentile(result.times, 0.5):>6} {percentile(result.times, 0.99):>6} "
                f"{percentile(result.others_times, 0.99):>10}",
                flush=True,
            )


if __name__ == "__main__":
    main()
