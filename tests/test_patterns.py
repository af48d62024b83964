"""The engine's regular expressions are compiled when first used (knowledge/patterns.py)."""

import re

import knowledge.answering  # noqa: F401  (declares most of the engine's patterns)
from knowledge.patterns import LazyPattern, compile_all, lazy_compile


def test_a_pattern_is_compiled_only_when_used_and_then_behaves_as_re_compile():
    lazy = lazy_compile(r"\bkim\b", re.IGNORECASE)
    assert lazy._compiled is None
    assert lazy.pattern == r"\bkim\b"  # reading the source, as patterns built from patterns do, compiles nothing
    assert lazy._compiled is None
    assert lazy.search("Then KIM left").group() == "KIM"
    assert lazy.sub("K", "kim and kim") == "K and K"
    assert [match.start() for match in lazy.finditer("kim, kim")] == [0, 5]
    assert isinstance(lazy._compiled, re.Pattern)


def test_compile_all_compiles_every_declared_pattern_so_a_broken_one_fails_here_not_on_a_users_message():
    compile_all()
    from knowledge import patterns

    assert len(patterns._DECLARED) > 200
    assert all(isinstance(lazy, LazyPattern) and lazy._compiled is not None for lazy in patterns._DECLARED)
