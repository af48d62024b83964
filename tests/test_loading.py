"""A broken knowledge file fails the load with a message naming the file, the entry and the field."""

from pathlib import Path

import pytest
import yaml

from knowledge import KnowledgeError, load_knowledge


def edit(path: Path, change) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(entries)
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")


def first_claim_file(knowledge: Path) -> Path:
    return sorted((knowledge / "claims").glob("*.yaml"))[0]


def load_error(knowledge: Path, corpus: Path) -> KnowledgeError:
    with pytest.raises(KnowledgeError) as caught:
        load_knowledge(knowledge, corpus)
    return caught.value


def test_the_curated_base_loads(base):
    assert len(base.articles) == 5
    assert base.claims and base.faq and base.entities


def test_broken_yaml_names_the_file_and_line(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    path.write_text(path.read_text(encoding="utf-8") + "\n- id: [unclosed\n", encoding="utf-8")
    error = load_error(knowledge, corpus)
    assert error.file == str(path)
    assert "line" in str(error) and "not valid YAML" in str(error)


def test_quote_not_in_the_article_names_entry_and_field(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    claim_id = yaml.safe_load(path.read_text(encoding="utf-8"))[0]["id"]
    edit(path, lambda entries: entries[0]["quotes"][0].update(text="Kim rode a unicorn to Vladivostok"))
    error = load_error(knowledge, corpus)
    assert (error.file, error.entry, error.field) == (str(path), claim_id, "quotes[1].text")
    assert "not found verbatim" in error.message


def test_unknown_article_id(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    edit(path, lambda entries: entries[0]["quotes"][0].update(article="the-daily-rumour"))
    error = load_error(knowledge, corpus)
    assert error.field == "quotes[1].article" and "the-daily-rumour" in error.message


def test_duplicate_id_across_files(base_copy):
    knowledge, corpus = base_copy
    claim_id = yaml.safe_load(first_claim_file(knowledge).read_text(encoding="utf-8"))[0]["id"]
    faq_path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    edit(faq_path, lambda entries: entries[0].update(id=claim_id))
    error = load_error(knowledge, corpus)
    assert (error.file, error.entry, error.field) == (str(faq_path), claim_id, "id")
    assert "duplicate" in error.message


def test_missing_field(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "entities.yaml"
    entity_id = yaml.safe_load(path.read_text(encoding="utf-8"))[0]["id"]
    edit(path, lambda entries: entries[0].pop("who"))
    error = load_error(knowledge, corpus)
    assert (error.entry, error.field, error.message) == (entity_id, "who", "missing")


def test_over_long_answer(base_copy):
    knowledge, corpus = base_copy
    path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    edit(path, lambda entries: entries[0].update(answer="word " * 100))
    error = load_error(knowledge, corpus)
    assert error.field == "answer" and "too long" in error.message


def test_reference_to_nothing(base_copy):
    knowledge, corpus = base_copy
    path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    edit(path, lambda entries: entries[0].update(claims=["kim-rode-a-unicorn"]))
    error = load_error(knowledge, corpus)
    assert error.field == "claims" and "kim-rode-a-unicorn" in error.message


def test_unknown_entity_in_a_claim(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    edit(path, lambda entries: entries[0].update(entities=["atlantis"]))
    error = load_error(knowledge, corpus)
    assert error.field == "entities" and "atlantis" in error.message


def test_misspelt_field_is_not_silently_ignored(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    edit(path, lambda entries: entries[0].update(qoutes=entries[0]["quotes"]))
    error = load_error(knowledge, corpus)
    assert error.field == "qoutes" and "unknown field" in error.message


def test_alias_naming_two_entities(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "entities.yaml"
    edit(path, lambda entries: entries[1]["aliases"].append(entries[0]["name"]))
    error = load_error(knowledge, corpus)
    assert error.field == "aliases" and "already names" in error.message


def test_a_pronoun_other_than_he_or_she(base_copy):
    knowledge, corpus = base_copy
    edit(knowledge / "entities.yaml", lambda entries: entries[0].update(pronoun="it"))
    error = load_error(knowledge, corpus)
    assert error.field == "pronoun" and "'it' is not one of: he, she" in error.message


def test_a_topic_wanted_by_something_that_is_not_a_country(base_copy):
    knowledge, corpus = base_copy
    edit(knowledge / "topics.yaml", lambda entries: entries[0].update(wanted_by="atlantis"))
    error = load_error(knowledge, corpus)
    assert error.field == "wanted_by" and "atlantis" in error.message and "country" in error.message


def test_invalid_standing(base_copy):
    knowledge, corpus = base_copy
    edit(first_claim_file(knowledge), lambda entries: entries[0].update(standing="rumour"))
    error = load_error(knowledge, corpus)
    assert error.field == "standing" and "rumour" in error.message


def test_missing_article_file(base_copy):
    knowledge, corpus = base_copy
    (corpus / "articles" / "ap-what-they-need.txt").unlink()
    error = load_error(knowledge, corpus)
    assert (error.entry, error.field) == ("ap-what-they-need", "file")


def test_non_utf8_file(base_copy):
    knowledge, corpus = base_copy
    (knowledge / "topics.yaml").write_bytes(b"- id: caf\xe9\n")
    error = load_error(knowledge, corpus)
    assert error.file.endswith("topics.yaml") and "UTF-8" in error.message


def test_every_problem_is_listed_at_once(base_copy):
    knowledge, corpus = base_copy
    entities = knowledge / "entities.yaml"
    edit(entities, lambda entries: (entries[0].pop("who"), entries[1].update(kind="planet")))
    faq = sorted((knowledge / "faq").glob("*.yaml"))[0]
    edit(faq, lambda entries: entries[0].update(claims=["no-such-claim"]))
    problems = load_error(knowledge, corpus).problems
    assert {(p.field, p.file) for p in problems} >= {("who", str(entities)), ("kind", str(entities))}
    assert any(p.field == "claims" and "no-such-claim" in p.message for p in problems)


def test_a_straight_apostrophe_where_the_article_has_a_curly_one_is_explained(base_copy):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    claims = yaml.safe_load(path.read_text(encoding="utf-8"))
    index, quote = next((i, c["quotes"][0]["text"]) for i, c in enumerate(claims) if "’" in c["quotes"][0]["text"])
    edit(path, lambda entries: entries[index]["quotes"][0].update(text=quote.replace("’", "'")))
    error = load_error(knowledge, corpus)
    assert "curly apostrophe" in error.message and quote in error.message


@pytest.mark.parametrize(
    ("line", "explanation"),
    [
        ("  statement: Peskov said: yes\n", "put the whole text in double quotes"),
        ("\tstatement: tabbed\n", "tab character"),
    ],
)
def test_yaml_mistakes_are_explained_in_plain_words(base_copy, line, explanation):
    knowledge, corpus = base_copy
    path = first_claim_file(knowledge)
    path.write_text(path.read_text(encoding="utf-8") + "- id: extra\n" + line, encoding="utf-8")
    error = load_error(knowledge, corpus)
    assert error.file == str(path) and "line" in error.message and explanation in error.message


def test_an_emptied_faq_file_is_refused(base_copy):
    knowledge, corpus = base_copy
    path = sorted((knowledge / "faq").glob("*.yaml"))[0]
    path.write_text("", encoding="utf-8")
    messages = [str(p) for p in load_error(knowledge, corpus).problems]
    assert any(str(path) in m and "has no entries" in m for m in messages)


def test_a_deleted_faq_file_is_refused(base_copy):
    knowledge, corpus = base_copy
    (knowledge / "faq" / "sanctions.yaml").unlink()
    error = load_error(knowledge, corpus)
    assert error.entry == "sanctions" and "deleted or emptied" in error.message


def test_an_unknown_placeholder_in_small_talk_is_refused(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("{topics}", "{topic}"), encoding="utf-8")
    error = load_error(knowledge, corpus)
    assert (error.entry, error.field) == ("help", "reply") and "{topic}" in error.message


def test_the_small_talk_the_bot_shows_by_id_must_exist(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: greeting", "- id: hello"), encoding="utf-8")
    error = load_error(knowledge, corpus)
    assert error.entry == "greeting" and "/start" in error.message


def test_a_small_talk_id_never_becomes_a_kind_of_answer(base_copy):
    knowledge, corpus = base_copy
    path = knowledge / "lexicon.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- id: goodbye", "- id: no-answer"), encoding="utf-8")
    answer = load_knowledge(knowledge, corpus).answer("bye")
    assert (answer.kind, answer.small_talk, answer.outcome) == ("small-talk", "no-answer", None)


def test_a_rumour_phrasing_that_reads_like_an_faq_question_is_reported(base):
    from knowledge.ambiguity import clashing_phrasings
    from knowledge.model import Rumour

    entry = base.faq["kims-train-entered-russia-tuesday"]
    twin = Rumour("kims-train-twin", (entry.questions[0],), "supported", entry.answer, entry.claims)
    clashes = clashing_phrasings([entry, twin], base._index.normalizer)
    assert [{entry_id for entry_id, _ in clash.phrasings} for clash in clashes] == [{entry.id, "kims-train-twin"}]
