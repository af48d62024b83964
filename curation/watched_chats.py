"""Which groups turned the rumour watch on: their chat ids, nothing else, in the question log's SQLite file.

Read once at start-up into memory (every group message asks), written at once when an admin changes it."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from pathlib import Path

from curation.question_log import connect

logger = logging.getLogger(__name__)

SCHEMA = "CREATE TABLE IF NOT EXISTS rumour_watch (chat_id INTEGER PRIMARY KEY)"


class WatchedChats:
    def __init__(self, path: Path):
        self._path = path
        self._chats: set[int] = set()
        try:
            with _connection(path) as db:
                self._chats = {row[0] for row in db.execute("SELECT chat_id FROM rumour_watch")}
        except (sqlite3.Error, OSError) as error:
            logger.error("The rumour watch settings in %s cannot be read (%s); no group is watched", path, error)

    def __contains__(self, chat_id: int) -> bool:
        return chat_id in self._chats

    def turn(self, chat_id: int, on: bool) -> None:
        """Saves the setting (raises sqlite3.Error or OSError when the file cannot take it) and applies it."""
        with _connection(self._path) as db, db:
            if on:
                db.execute("INSERT OR IGNORE INTO rumour_watch (chat_id) VALUES (?)", (chat_id,))
            else:
                db.execute("DELETE FROM rumour_watch WHERE chat_id = ?", (chat_id,))
        (self._chats.add if on else self._chats.discard)(chat_id)


def _connection(path: Path) -> contextlib.closing[sqlite3.Connection]:
    db = connect(path)
    db.execute(SCHEMA)
    return contextlib.closing(db)
