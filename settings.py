"""Configuration, read once from the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Settings:
    knowledge_dir: Path
    corpus_dir: Path

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        return cls(
            knowledge_dir=Path(env.get("SUMMIT_KNOWLEDGE_DIR") or ROOT / "knowledge" / "base"),
            corpus_dir=Path(env.get("SUMMIT_CORPUS_DIR") or ROOT / "corpus"),
        )
