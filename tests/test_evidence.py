"""The evidence checks: each rule catches a small hand-made bad example, and the curated base passes them all."""

from dataclasses import replace
from pathlib import Path

import pytest

from knowledge.evidence import evidence_problems
from knowledge.loading import LoadedBase, load_base
from knowledge.model import Claim, Entity, FaqEntry, Quote
from knowledge.problems import Problem

ROOT = Path(__file__).resolve().parent.parent
AL_JAZEERA = "aljazeera-what-we-know"
ARRIVES = "kim-arrives-in-russia"


@pytest.fixture(scope="module")
def loaded() -> LoadedBase:
    return load_base(ROOT / "knowledge" / "base", ROOT / "corpus")


def with_claim(loaded: LoadedBase, claim: Claim) -> LoadedBase:
    return replace(loaded, claims={**loaded.claims, claim.id: claim})


def claim(statement: str, asserted_by: str, *quotes: tuple[str, str], id: str = "made-up-claim") -> Claim:
    return Claim(id, statement, asserted_by, "analysis", "summit-plans", (), tuple(Quote(a, t) for a, t in quotes))


def problems_of(loaded: LoadedBase, entry_id: str) -> list[Problem]:
    return [p for p in evidence_problems(loaded) if p.entry == entry_id]


def test_the_curated_base_passes_every_evidence_check(loaded):
    problems = evidence_problems(loaded)
    assert problems == [], "\n".join(map(str, problems))


# (a) hedges and attribution


def test_a_hedge_the_quote_drops_is_caught(loaded):
    bad = claim(
        "Kim's delegation likely includes Marshal Pak Jong Chon.",
        "the reporter",
        (ARRIVES, "his top two military officials, Korean People’s Army Marshals Ri Pyong Chol and Pak Jong Chon"),
    )
    [problem] = problems_of(with_claim(loaded, bad), bad.id)
    assert problem.field == "quotes" and "'likely'" in problem.message
    fixed = replace(bad, quotes=(Quote(ARRIVES, "Kim’s delegation likely includes his foreign minister"),))
    assert problems_of(with_claim(loaded, fixed), bad.id) == []


def test_a_hedge_of_another_kind_does_not_carry_expected(loaded):
    bad = claim(
        "Kim is expected to offer munitions that Russia could use in Ukraine.",
        "the reporter",
        (ARRIVES, "in exchange for munitions that could be used by Russia in its Ukraine conflict"),
    )
    [problem] = problems_of(with_claim(loaded, bad), bad.id)
    assert "'expected'" in problem.message
    fixed = replace(bad, quotes=(Quote(ARRIVES, "Kim is anticipated to request Russian economic aid"), *bad.quotes))
    assert problems_of(with_claim(loaded, fixed), bad.id) == []


def test_an_attribution_the_quote_drops_is_caught(loaded):
    bad = claim(
        "Analysts say Moscow could send Pyongyang grain, oil and weapons technology.",
        "analysts",
        (AL_JAZEERA, "while Moscow could send Pyongyang grain, oil and weapons technology"),
    )
    [problem] = problems_of(with_claim(loaded, bad), bad.id)
    assert "no quote names them" in problem.message
    fixed = replace(
        bad,
        quotes=(Quote(AL_JAZEERA, "Analysts say North Korea can offer Russia ammunition"), *bad.quotes),
    )
    assert problems_of(with_claim(loaded, fixed), bad.id) == []


def test_a_named_person_must_be_named_in_the_quote(loaded):
    bad = claim(
        "Andrei Lankov said Russia did not want Seoul to supply weapons to Kyiv.",
        "Andrei Lankov (North Korea expert, Kookmin University)",
        (AL_JAZEERA, "because it did not want Seoul to supply weapons to Kyiv"),
    )
    assert len(problems_of(with_claim(loaded, bad), bad.id)) == 1


def test_the_articles_own_words_need_no_named_source(loaded):
    own = claim(
        "Al Jazeera says the bond has been driven by Putin's need for war help.",
        "the reporter (Al Jazeera)",
        (AL_JAZEERA, "The bond has been driven by Putin’s need for war help"),
    )
    assert problems_of(with_claim(loaded, own), own.id) == []


# (b) not facts


def test_a_quote_from_a_not_fact_heading_is_caught(loaded):
    bad = claim(
        "Al Jazeera says Vladivostok may be the venue.",
        "the reporter (Al Jazeera)",
        (AL_JAZEERA, "Vladivostok may be the venue"),
    )
    [problem] = problems_of(with_claim(loaded, bad), bad.id)
    assert problem.field == "quotes[1].text" and "not a fact" in problem.message


def test_a_quote_that_also_occurs_in_a_fact_is_not_caught(loaded):
    fine = claim("Vladivostok is named.", "the reporter", (AL_JAZEERA, "Vladivostok"))
    assert problems_of(with_claim(loaded, fine), fine.id) == []


def test_an_entity_may_quote_a_credit_that_names_it_but_not_a_heading(loaded):
    credited = Entity("made-up-agency", "Profimedia", "organisation", (), "A photo agency.", ())
    credit = Quote("reuters-visit-could-reveal", "Photo: KCNA via KNS / AP / Profimedia")
    heading = Quote(AL_JAZEERA, "Vladivostok may be the venue")
    entities = {**loaded.entities, credited.id: replace(credited, quotes=(credit, heading))}
    [problem] = problems_of(replace(loaded, entities=entities), credited.id)
    assert problem.field == "quotes[2].text"


# (c) shared subject


def test_an_answer_citing_a_claim_about_something_else_is_caught(loaded):
    entry = loaded.faq["shoigu-on-joint-military-exercises"]
    bad = replace(entry, claims=(*entry.claims, "putin-gave-kim-sword-and-train-tea-set"))
    [problem] = problems_of(replace(loaded, faq={**loaded.faq, entry.id: bad}), entry.id)
    assert problem.field == "claims" and "putin-gave-kim-sword-and-train-tea-set" in problem.message


def test_an_answer_about_the_articles_must_say_what_its_claims_back(loaded):
    entry = FaqEntry(
        "made-up-entry",
        "the-articles",
        ("Which articles are from the AP?",),
        "Three rest on the Associated Press: a piece of 5 September and two rewrites of 12 September.",
        ("us-official-kim-may-travel-to-russia", "kim-has-arrived-in-russia-to-meet-putin"),
    )
    assert len(problems_of(replace(loaded, faq={**loaded.faq, entry.id: entry}), entry.id)) == 2
    fixed = replace(
        entry,
        answer="Three rest on the Associated Press: a piece of 5 September saying Kim may travel to Russia, and a "
        "rewrite of an AP report on his arrival.",
    )
    assert problems_of(replace(loaded, faq={**loaded.faq, entry.id: fixed}), entry.id) == []


def test_a_problem_names_the_file_the_entry_and_the_field(loaded):
    entry = loaded.faq["shoigu-on-joint-military-exercises"]
    bad = replace(entry, claims=("putin-gave-kim-sword-and-train-tea-set",))
    [problem] = problems_of(replace(loaded, faq={**loaded.faq, entry.id: bad}), entry.id)
    assert problem.file.endswith("faq/arms-allegations.yaml")
    assert str(problem).startswith(f"{problem.file}: entry '{entry.id}', field 'claims': ")
