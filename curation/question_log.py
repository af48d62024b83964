"""The question log: what people ask, how the bot answered, and their feedback, in SQLite.

One background thread writes every record and commits it at once, in WAL mode, so logging never
delays a reply and nothing written is lost when the bot crashes or restarts. No user ids or names are
stored: only the text, the time, the chat type, what matched and how well, and the feedback.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from knowledge import Outcome

logger = logging.getLogger(__name__)

NONE_OF_THESE = "none-of-these"
"""Logged in place of the engine's UNSURE when the person pressed "None of these" under a "did you mean"."""
NOT_ANSWERED = (Outcome.UNSURE, Outcome.DECLINED, NONE_OF_THESE)

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY,
    asked_at TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    text TEXT NOT NULL,
    outcome TEXT NOT NULL,
    kind TEXT,
    match TEXT,
    score REAL,
    ref TEXT
);
CREATE INDEX IF NOT EXISTS questions_by_time ON questions (asked_at);
CREATE INDEX IF NOT EXISTS questions_by_ref ON questions (ref);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY,
    given_at TEXT NOT NULL,
    chat_type TEXT NOT NULL,
    match TEXT NOT NULL,
    helpful INTEGER NOT NULL
);
"""
MAX_TEXT = 2000


@dataclass(frozen=True)
class LoggedQuestion:
    text: str
    chat_type: str
    outcome: str
    kind: str | None = None
    match: str | None = None
    score: float | None = None
    ref: str | None = None


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    """Opens (creating on first use) the database in WAL mode; raises sqlite3.Error on a corrupt file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, check_same_thread=False, timeout=10)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.executescript(SCHEMA)
    return connection


def read_only(path: Path) -> closing[sqlite3.Connection]:
    """A connection for reports, which never writes and is closed after use: `with read_only(path) as db`."""
    return closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True))


class QuestionLog:
    """Takes records from any thread or coroutine and writes them in the background."""

    def __init__(self, path: Path):
        self.path = path
        self._queue: queue.Queue[Callable[[sqlite3.Connection], None] | None] = queue.Queue()
        self._connection = connect(path)
        self._writer = threading.Thread(target=self._write_forever, name="question-log", daemon=True)
        self._writer.start()

    @classmethod
    def open_or_disable(cls, path: Path) -> QuestionLog | DisabledLog:
        """The log at `path`, or, when the file cannot be used, a log that drops records and says so."""
        try:
            return cls(path)
        except (sqlite3.Error, OSError) as error:
            logger.error("The question log %s cannot be used (%s); answering without it", path, error)
            return DisabledLog(path, str(error))

    def record_question(self, question: LoggedQuestion) -> None:
        values = (now(), question.chat_type, question.text[:MAX_TEXT], question.outcome, question.kind)
        values += (question.match, question.score, question.ref)
        self._queue.put(
            lambda db: db.execute(
                "INSERT INTO questions (asked_at, chat_type, text, outcome, kind, match, score, ref)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
        )

    def record_none_of_these(self, ref: str) -> None:
        """The person pressed "None of these" under the suggestions for the question logged with `ref`."""
        self._queue.put(lambda db: db.execute("UPDATE questions SET outcome = ? WHERE ref = ?", (NONE_OF_THESE, ref)))

    def record_feedback(self, match: str, helpful: bool, chat_type: str) -> None:
        values = (now(), chat_type, match, int(helpful))
        self._queue.put(
            lambda db: db.execute(
                "INSERT INTO feedback (given_at, chat_type, match, helpful) VALUES (?, ?, ?, ?)", values
            )
        )

    def flush(self) -> None:
        """Waits until every record handed over so far is written."""
        self._queue.join()

    def close(self) -> None:
        self._queue.put(None)
        self._writer.join(timeout=30)
        self._connection.close()

    def _write_forever(self) -> None:
        while True:
            write = self._queue.get()
            try:
                if write is None:
                    return
                with self._connection:
                    write(self._connection)
            except sqlite3.Error as error:
                logger.error("Could not write to the question log %s: %s", self.path, error)
            finally:
                self._queue.task_done()


class DisabledLog:
    """Stands in for a log whose file could not be opened: the bot keeps answering, and logged why."""

    def __init__(self, path: Path, reason: str):
        self.path, self.reason = path, reason

    def record_question(self, question: LoggedQuestion) -> None:
        pass

    def record_none_of_these(self, ref: str) -> None:
        pass

    def record_feedback(self, match: str, helpful: bool, chat_type: str) -> None:
        pass

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass
