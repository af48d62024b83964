"""The bot's own texts (commands, buttons, headings, notices) in each language it speaks, from texts.yaml."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "ru", "uk", "ko")
_TEXTS_FILE = Path(__file__).with_name("texts.yaml")


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    import yaml

    raw = yaml.safe_load(_TEXTS_FILE.read_text(encoding="utf-8"))
    return {
        key: {language: " ".join(str(text).split()) for language, text in by_language.items()}
        for key, by_language in raw.items()
    }


def say(key: str, language: str = "en", **values: object) -> str:
    """A text in `language` (English where it has no translation yet), with its {values} filled in."""
    by_language = _texts()[key]
    text = by_language.get(language) or by_language["en"]
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def spoken(language: str | None) -> str:
    """The language to speak to someone whose Telegram app is set to `language` ("pt-br" → English)."""
    code = (language or "en").split("-")[0].casefold()
    return code if code in LANGUAGES else "en"


def untranslated() -> list[tuple[str, str]]:
    """(text, language) for every text not yet in a language: what `bot.py check` lists."""
    return [
        (key, language)
        for key, by_language in _texts().items()
        for language in LANGUAGES
        if language not in by_language
    ]
