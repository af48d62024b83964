"""The engine's regular expressions, compiled when first used.

The engine reads messages with some 240 regular expressions. Compiling them all when the modules are imported
took 70 ms of the 0.27 s that `python bot.py ask x` needs, though one question uses a fifth of them. So each
pattern is compiled the first time it is used; a long-running bot calls `compile_all()` once at start, so that
no user's message pays for the compiling (and the benchmark does the same, so its first pass has no spike).
"""

from __future__ import annotations

import re
from typing import Any

_DECLARED: list[LazyPattern] = []


class LazyPattern:
    """Stands in for `re.compile(pattern, flags)`: `search`, `sub`, `finditer` and the rest compile it first.

    Each method, once asked for, is kept on the instance, so later calls go straight to the compiled pattern's.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.compiled(), name)
        setattr(self, name, method)
        return method


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    lazy = LazyPattern(pattern, flags)
    _DECLARED.append(lazy)
    return lazy


def compile_all() -> None:
    for lazy in _DECLARED:
        lazy.compiled()
