"""Which language a message is in, and how each language's words are cut down to what the matcher compares.

English words are stemmed by Snowball (knowledge/normalizing.py). Russian and Ukrainian words are reduced to their
dictionary form by pymorphy3 with its ru and uk dictionaries (Путина, Путину → путин). Korean is split into
morphemes by MeCab with the mecab-ko dictionary (python-mecab-ko), which separates particles and endings from
stems (김정은은 → 김정은; 도착했나요 → 도착 하); particles and endings are dropped. These two were chosen over
Snowball's Russian stemmer and Kiwi by load time and memory on this machine: pymorphy3 loads both dictionaries in
about 0.1 s for some 40 MB, MeCab in 0.02 s for about 14 MB, where Kiwi took 0.6–1 s and 260 MB.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from functools import lru_cache

from knowledge.patterns import lazy_compile


class Language(StrEnum):
    EN = "en"
    RU = "ru"
    UK = "uk"
    KO = "ko"


OTHER_LANGUAGES = (Language.RU, Language.UK, Language.KO)
"""The languages curated beside English, each in knowledge/base/<code>/."""

_UKRAINIAN_LETTERS = set("іїєґІЇЄҐ")
_RUSSIAN_LETTERS = set("ыэъёЫЭЪЁ")
_UKRAINIAN_WORDS = frozenset(
    "хто що шо чи як коли де чому навіщо або але був була були це цей ця ці вони вона його нема також казав "  # noqa: SIM905
    "казала казали каже кажуть зараз вже та з який яка яке які якого скільки куди звідки ще долар тобою мною собою "
    "переклади перекласти переклад сумую японську корейську розкажи може можна треба дуже саме якими якою якому "
    "якої яких яким гроші грошима грошей мене щось хтось десь нащо".split()
)
_RUSSIAN_WORDS = frozenset(
    "кто что чо че как когда где почему или но был была были это этот эта эти он она они его сказал говорил "  # noqa: SIM905
    "говорит тоже также только будет сейчас уже ли с зачем нет какой какая какое какие какого сколько куда "
    "откуда еще доллар тобой мной собой переведи перевести перевод расскажи может можно надо нужно очень какими "
    "каким какому каких деньги деньгами денег меня".split()
)
"""Common words only one of the two languages writes so, for a message with none of the letters that tell them
apart: "пак тхе сон хто такий" is Ukrainian, "а кто такой пак тхе сон" Russian."""
_COMMON_WORDS = _UKRAINIAN_WORDS | _RUSSIAN_WORDS
HANGUL_WEIGHT = 4
"""A message is Korean unless it has this many times more Latin letters than Hangul syllables."""
CYRILLIC_WEIGHT = 2
"""A message whose common words are Russian or Ukrainian is in that language unless it has this many times more Latin
letters than Cyrillic ones: an English name asked about in Ukrainian is a Ukrainian question, "who is Шойгу" not."""
_RUSSIA = "러"
_KEPT_KOREAN_TAGS = ("NNG", "NNP", "NNB", "NNBC", "NR", "NP", "VV", "VA", "XR", "SL", "SN", "SH", "MAG", "MM")
"""Morphemes that carry meaning: nouns, counters (몇 시, 몇 명), numerals, pronouns (누구, 어디), verb and
adjective stems, roots, foreign words and numbers, adverbs (언제, 왜) and determiners (몇). Particles (J…),
endings (E…) and suffixes are dropped."""


def detect(text: str, hint: str | None = None) -> Language | None:
    """The language of a message from its letters: Hangul is Korean; Cyrillic is Ukrainian when it has і, ї, є or
    ґ and none of ы, э, ъ, ё, Russian when it has one of those, and otherwise the language more of its common
    words belong to ("хто", "що" or "кто", "что"), or when that is a tie (a short "а Шойгу?") the `hint`, the
    conversation's language, if that is one of the two, else Russian; Latin is English. None when most letters
    are of another script."""
    if text.isascii():
        return Language.EN
    counts = {"latin": 0, "cyrillic": 0, "hangul": 0, "other": 0}
    for character in text[:4096]:
        if character.isalpha():
            counts[_script(character)] += 1
    if counts["hangul"] and counts["latin"] <= HANGUL_WEIGHT * counts["hangul"]:
        return Language.KO  # "DPRK 무슨 뜻임": a Hangul syllable writes as much as a few Latin letters
    script = max(counts, key=counts.get)
    cyrillic_leads = script == "latin" and counts["latin"] <= CYRILLIC_WEIGHT * counts["cyrillic"]
    if cyrillic_leads and _COMMON_WORDS & set(_cyrillic_words(text)):
        script = "cyrillic"  # "Institute for National Security Strategy — хто стоїть за цим центром?"
    if counts[script] == 0:
        return Language.EN
    if script == "cyrillic":
        letters = set(text)
        ukrainian, russian = letters & _UKRAINIAN_LETTERS, letters & _RUSSIAN_LETTERS
        if ukrainian and not russian:
            return Language.UK
        if ukrainian or russian:
            return Language.RU
        cyrillic_words = _cyrillic_words(text)
        leaning = sum(w in _UKRAINIAN_WORDS for w in cyrillic_words) - sum(w in _RUSSIAN_WORDS for w in cyrillic_words)
        if leaning > 0 or (leaning == 0 and hint == Language.UK):
            return Language.UK
        return Language.RU
    return Language.EN if script == "latin" else None


def _cyrillic_words(text: str) -> list[str]:
    return re.findall(r"[а-яґєії']+", text.casefold())


def _script(character: str) -> str:
    if "\uac00" <= character <= "\ud7a3" or "\u1100" <= character <= "\u11ff" or "\u3130" <= character <= "\u318f":
        return "hangul"
    if "\u0400" <= character <= "\u04ff":
        return "cyrillic"
    if character.isascii() or unicodedata.name(character, "").startswith("LATIN"):
        return "latin"
    return "other"


@lru_cache(maxsize=2)
def _morph(language: Language):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=language.value)


@lru_cache(maxsize=1)
def _mecab():
    from mecab import MeCab

    return MeCab()


_EXCLUDED = {
    Language.EN: lazy_compile(
        r"\b(?:besides|apart from|other than|aside from|except(?: for)?|excluding|not counting|not the|beyond"
        r"|not just|not only)\s+"
        r"(?:just\s+|only\s+|simply\s+)?"
        r"([^,?.!:;]+?)(?=\s+(?:what|whats|which|who|how|is|are|was|were|does|do|did|can|could|would|will|has|have"
        r"|had|or)\b|[,?.!:;]|$)",
        re.IGNORECASE,
    ),
    Language.RU: lazy_compile(
        r"(?:^|\s)(?:кроме|помимо)\s+([^,?.!:;]+?)(?=\s+(?:что|чо|че|кто|какие|какой|как|чем|шо|еще|ещё)(?:\s|$)"
        r"|[,?.!:;]|$)"
        r"|(?:^|[?.!]\s+)\W*(?:ну\s+|ок\s+|ладно\s+)?([^,?.!:;]+?)\s+(?:понятно|ясно)\s*,?\s*(?:а|но)\s+(?=\S)",
        re.IGNORECASE,
    ),
    Language.UK: lazy_compile(
        r"(?:^|\s)(?:крім|окрім|опріч)\s+([^,?.!:;]+?)(?=\s+(?:що|шо|хто|які|який|як|чим|ще)(?:\s|$)|[,?.!:;]|$)"
        r"|(?:^|[?.!]\s+)\W*(?:ну\s+|ок\s+|гаразд\s+)?([^,?.!:;]+?)\s+(?:зрозуміло|ясно)\s*,?\s*(?:а|але)\s+(?=\S)",
        re.IGNORECASE,
    ),
    Language.KO: lazy_compile(r"(\S{1,20})\s*(?:말고|외에|빼고|제외하고|이외에)"),
}
"""What a question sets aside ("besides shells, what could NK hand over?", "무기 말고", "ну оружие понятно, а ещё
о чём…"): the asker knows of it already, so it is no part of what is asked."""
SETTING_ASIDE = {
    Language.EN: "besides apart from other than aside from except excluding else beyond",
    Language.RU: "кроме помимо еще ещё понятно ясно",
    Language.UK: "крім окрім опріч ще зрозуміло ясно",
    Language.KO: "말고 외에 빼고 제외하고 이외에 또",
}
"""The words that set something aside and ask for what else: once it is set aside, they ask nothing themselves."""


_ARTICLE_ASIDE = {
    Language.EN: lazy_compile(
        r",?\s*\b(?:going by|acc(?:\.|ording)? to|per|in|from|based on|if you go by)\s+(?:the|that|this)\s+"
        r"(?:article|piece|story|report)\s+(?:about|on)\s+[^,?.!]*"
        r"|,?\s*\b(?:going by|according to|per|in|from|based on)\s+(?:the|that|this)\s+['\"“‘][^'\"”’]{3,80}['\"”’]"
        r"(?:\s+(?:article|piece|story|report|explainer))?"
        r"|,?\s*\b(?:going by|acc(?:\.|ording)? to|per|in|from|based on)\s+(?:the|that|this)\s+[\w'’]+(?:-[\w'’]+)+"
        r"\s+(?:article|piece|story|report|explainer)"  # "per the kim-arrival story"
        r"|\s*\((?:(?:in|from|per|acc(?:\.|ording)? to)\s+)?(?:the|that|this)\s+[^()]{0,60}?"
        r"\b(?:article|piece|story|report|explainer)\b[^()]{0,60}\)"  # "how many months (the kim arrival article)"
        r"|^\s*(?:in|from|per|acc(?:\.|ording)? to)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,3}?"
        r"(?:article|piece|story|report|explainer)\b(?:\s+(?:from|out of)\s+[\w'’-]+)?,?"  # "per the AP piece from…"
        r"|,?\s*\b(?:according to|acc(?:\.|ording)? to|per|going by)\s+(?:the|that|this)\s+(?:[\w'’.-]+\s+){0,2}?"
        r"(?:article|piece|story|report|explainer)\s+(?:from|out of)\s+[\w'’-]+(?=\W*$)"  # "…per the AP piece out of"
        r"|,?\s*\b(?:per|according to|acc(?:\.|ording)? to|going by)\s+(?:[\w'’.-]+\s+){0,2}?media(?=\W*$)",
        re.IGNORECASE,
    ),
    Language.RU: lazy_compile(
        r",?\s*(?:по|в|если верить)\s+(?:(?:этой|той|этому|тому)\s+)?(?:статье|статью|материалу|заметке)\s+(?:про|о|об)"
        r"\s+[^,?.!]*",
        re.IGNORECASE,
    ),
    Language.UK: lazy_compile(
        r",?\s*(?:за|у|в|згідно зі?)\s+(?:(?:цією|тією|цьому|тому|цим|тим)\s+)?(?:статтею|статті|матеріалом|матеріалі)"
        r"\s+(?:про|щодо)\s+[^,?.!]*",
        re.IGNORECASE,
    ),
    Language.KO: lazy_compile(
        r"[^\s,?.!]{1,20}\s*(?:관련|에 대한|을 다룬|를 다룬)\s*(?:기사|보도)(?:에서는|에선|에서|에는|엔|에|대로)?\s*"
    ),
}
"""Which article a question means, named by its subject or its title ("going by the article about kim arriving",
"per the 'kim arrives in russia' piece", "по статье про приезд кима"): the subject of that article is not what is
asked."""


def without_article_aside(text: str, language: Language) -> str:
    """A question without the words naming an article by its subject, when it names one that way."""
    return _ARTICLE_ASIDE[language].sub(" ", text).strip()


def excluded_part(text: str, language: Language) -> str:
    """The words a question sets aside with "besides" and the like ("shells" in "besides shells, what…"), or ""
    when it sets nothing aside."""
    found = _EXCLUDED[language].search(text)
    return next((group for group in found.groups() if group), "") if found else ""


_WEEKDAY_IN_CHAT = lazy_compile(r"([월화수목금토일])욜")
"""Weekdays as chats shorten them (수욜 for 수요일), which MeCab would read as 수 ("can") and the like."""
_THOUSANDS = lazy_compile(r"(?<=\d)[,\u00a0\u202f ](?=\d{3}(?!\d))")


def joined_thousands(text: str) -> str:
    """A text with its thousands separators dropped: "20,000" and "20 000" are one number, 20000."""
    return _THOUSANDS.sub("", text)


_SHORT_YEAR = lazy_compile(r"(?<=\b[ву] )(1\d|2[0-3])[-‐]?(?:му|м|ом|ому)\b")
"""A year in two digits, as Russian and Ukrainian chat writes it: "у 19му", "в 19-м" (году) are 2019."""
_CYRILLIC_WORD = lazy_compile(r"[^\W_]+(?:['ʼ’-][^\W_]+)*")


def words(text: str, language: Language) -> list[str]:
    """A message's words in `language`, lower-case, as the matcher compares them before synonyms and names:
    dictionary forms for Russian and Ukrainian, meaningful morphemes for Korean."""
    text = joined_thousands(unicodedata.normalize("NFKC", text).casefold())
    if language is Language.KO:
        text = _WEEKDAY_IN_CHAT.sub(r"\1요일", text)
        return [form for form, tag in _morphemes(text) if tag.split("+")[0] in _KEPT_KOREAN_TAGS]
    text = _SHORT_YEAR.sub(r"20\1", text.replace("ё", "е"))
    return [_lemma(word, language) for word in _CYRILLIC_WORD.findall(text)]


_DONE_AT_AN_EVENT = {
    Language.RU: frozenset(
        {
            *("есть", "кормить", "накормить", "угощать", "угостить", "обедать", "пообедать", "пить", "выпить"),
            *("подписать", "договориться", "обсудить", "обсуждать", "подарить", "дарить", "обменяться"),
        }
    ),
    Language.UK: frozenset(
        {
            *("їсти", "годувати", "нагодувати", "пригощати", "пригостити", "обідати", "пообідати", "пити", "випити"),
            *("підписати", "домовитися", "обговорити", "обговорювати", "подарувати", "дарувати", "обмінятися"),
        }
    ),
}
"""Verbs of what is done at a meal or a meeting: in the past tense, they ask what happened at it."""


def tells_what_was_done(text: str, language: Language) -> bool:
    """Whether a Russian or Ukrainian message asks what was done at an event, with a verb of eating, signing,
    agreeing, discussing or giving in the past tense ("чем кормили кима на обеде?", not "чем будет угощать?"). The
    dictionary forms the matcher compares are the same for both tenses; English says it in words (see
    answer_types.asks_what_happened_at_the_summit); Korean is not read here."""
    verbs = _DONE_AT_AN_EVENT.get(language)
    if verbs is None:
        return False
    morph = _morph(language)
    for word in _CYRILLIC_WORD.findall(text.casefold().replace("ё", "е")):
        parsed = morph.parse(word)[0]
        if parsed.tag.POS == "VERB" and parsed.tag.tense == "past" and parsed.normal_form in verbs:
            return True
    return False


def _morphemes(text: str) -> list[tuple[str, str]]:
    """MeCab's morphemes and tags, with 러 as a word or after a noun read as the name it abbreviates (러시아:
    북러, 방러, 러 대통령), which MeCab takes for the ending of 만나러 ("to meet")."""
    if not text.strip():
        return []
    morphemes = []
    previous_end, previous_tag = -1, ""
    for morpheme in _mecab().parse(text):
        tag = morpheme.pos
        after_a_verb = morpheme.span.start == previous_end and previous_tag.startswith(("V", "XSV", "XSA", "EP"))
        if morpheme.surface == _RUSSIA and not after_a_verb:
            tag = "NNP"
        morphemes.append((_stem(morpheme), tag))
        previous_end, previous_tag = morpheme.span.end, morpheme.pos
    return morphemes


def _stem(morpheme) -> str:
    """A verb or adjective in its dictionary form, whatever its ending: 줄어든 ("that shrank") as 줄어들다, 말고
    ("besides") as 말다, never the noun 말 ("words"); other morphemes as written."""
    if not morpheme.pos.startswith(("VV", "VA")):
        return morpheme.surface
    expression = morpheme.feature.expression
    stem = morpheme.surface if expression is None else expression.split("/", 1)[0]
    return stem + "다"


_VOWELS = set("аеиоуыэюяіїєё")


_NUMBER_WITH_ENDING = lazy_compile(r"(\d{3,})-?[^\W\d_]{1,3}")
"""A year or count with a case ending, as Russian and Ukrainian write it: "в 2019-м", "2019го", "у 2018-му" are 2019,
2018 (an ordinal, "2-й", stays the ordinal it is)."""


@lru_cache(maxsize=65536)
def _lemma(word: str, language: Language) -> str:
    if not word.isalpha():
        number = _NUMBER_WITH_ENDING.fullmatch(word)
        return number.group(1) if number else word.replace("ʼ", "'").replace("’", "'")
    if len(word) <= 3 and not _VOWELS & set(word):  # an abbreviation ("вв", "рф", "сб"), not "вв." for века
        return word
    parses = _morph(language).parse(word)
    # a preposition before a rare form of a noun: Ukrainian "серед" (among) is not the genitive of "середа"
    parse = next((p for p in parses if "PREP" in p.tag), parses[0])
    return parse.normal_form.replace("ё", "е")
