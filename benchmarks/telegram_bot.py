"""Benchmark of the Telegram bot: updates handled per second end to end, and the handler's own work.

    python benchmarks/telegram_bot.py [--updates 600]

End to end: the real Application long-polls a Bot API server started here on 127.0.0.1 (the one the
tests use), which hands it --updates private questions from distinct users at once; the clock runs
until every reply has reached the server. Handler work: turning one update into its reply (parsing the
update, answering, rendering the HTML and keyboard), without the network.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Bot, Update  # noqa: E402

from benchmarks.local_bot import bot_on_local_server  # noqa: E402
from handlers.replies import reply_for  # noqa: E402
from knowledge import load_knowledge  # noqa: E402
from knowledge.evaluation import load_eval_set  # noqa: E402
from settings import Settings  # noqa: E402
from tests.fake_bot_api import TOKEN, private_message  # noqa: E402


async def end_to_end(base, questions: list[str], count: int) -> float:
    async with bot_on_local_server(base) as api:
        mark = api.mark()
        started = time.perf_counter()
        for number in range(count):
            api.push(private_message(questions[number % len(questions)], user_id=10_000 + number))
        await asyncio.to_thread(api.wait_for, "sendMessage", count, 300.0, mark)
        return count / (time.perf_counter() - started)


def handler_work(base, questions: list[str]) -> list[float]:
    bot = Bot(TOKEN)
    timings = []
    for number, question in enumerate(questions):
        raw = {"update_id": number, **private_message(question)}
        started = time.perf_counter()
        update = Update.de_json(raw, bot)
        reply_for(base.answer(update.effective_message.text))
        timings.append(time.perf_counter() - started)
    return sorted(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--updates", type=int, default=600)
    arguments = parser.parse_args()
    settings = Settings.from_environment()
    base = load_knowledge(settings.knowledge_dir, settings.corpus_dir)
    questions = [
        item.question for path in sorted((ROOT / "tests" / "eval").glob("*.yaml")) for item in load_eval_set(path)
    ]
    questions = [q for q in questions if q.strip()]

    timings = handler_work(base, questions * 3)
    p50 = statistics.median(timings) * 1000
    p99 = timings[int(0.99 * len(timings))] * 1000
    print(f"handler work per update (parse, answer, render; no network): p50 {p50:.3f} ms, p99 {p99:.3f} ms")
    rate = asyncio.run(end_to_end(base, questions, arguments.updates))
    print(f"end to end against a local Bot API server: {rate:.0f} updates/s over {arguments.updates} updates")


if __name__ == "__main__":
    main()
