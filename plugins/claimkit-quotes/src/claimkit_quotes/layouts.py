"""Attribution layouts around a reporting verb or phrase, read one sentence at a time.

  * ``X said (that) ...`` / ``X told reporters ...`` / ``X said: “...”``: the content follows the cue;
  * ``“...,” X said.`` / ``..., said X.``: the content precedes;
  * ``“...,” X said, “...”`` / ``..., X said, ...``: the content surrounds the attribution (two parts);
  * ``according to X, ...`` / ``..., according to X.``;
  * ``..., adding that ...`` / ``... and said ...``: the sentence's source or subject goes on speaking;
  * ``X seemed to ...`` / ``X is expected to ...``: no source, the subject belongs to the content;
  * ``Asked about ..., X said`` / ``when asked whether ...``: the question is a content without a source;
  * ``his claim that ...``: a nominal cue with its possessor as source.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from .candidates import (
    ANY_MARK,
    CLAUSE_PUNCT,
    CLOSING_MARKS,
    OPENING_MARKS,
    POSSESSIVE_ENDINGS,
    SOURCE_ENDS,
    Candidate,
    SentenceView,
)
from .cues import FORMS, NOUN_ONLY, CueHit, inflections
from .lexicon import (
    ADDRESSEE_ADJUNCTS,
    ADDRESSEE_BODIES,
    ADDRESSEE_BREAKERS,
    ADDRESSEE_VERBS,
    ADJECTIVE_PARTICLES,
    ADVERB_CUES,
    AFTER_CUE_ADJUNCTS,
    ANONYMITY_REQUEST_VERBS,
    ANONYMITY_REQUESTS,
    ANONYMOUS_HEADS,
    APPEAR_AS_REPORTS,
    APPEAR_COMMA_THAT_WINDOW,
    ARTICLE_NUMBER_WORDS,
    ARTICLES,
    AS_ONLY_CUES,
    BASE_FORM_NEXT,
    BE_FORMS,
    CHAIN_VERBS,
    CLAUSE_AUXILIARIES,
    CLAUSE_ONLY,
    CLAUSE_WORDS,
    CUE_AUXILIARIES,
    CUE_TRAILERS,
    DETERMINERS,
    DOCUMENT_HEADS,
    FREE_RELATIVES,
    INFINITIVE_NOUNS,
    INFINITIVE_SKIPPED,
    INVERSION_VERBS,
    IRREGULAR,
    IRREGULAR_PAST_FORMS,
    NAMING_CALLED_BLOCKERS,
    NO_INVERSION_PARTICLES,
    NOMINAL_PREPOSITIONS,
    NOT_CUE_CONTEXT,
    NOT_CUE_FORM_BEFORE,
    NOT_LY_ADVERBS,
    NOT_NAMES,
    NOT_SOURCE_WORDS,
    NOT_STANCE,
    NUMBER_OBJECT_VERBS,
    NUMBER_WORDS,
    OBJECT_PRONOUNS,
    PARTICIPLE_STOPS,
    PARTICLE_REQUIRED,
    PARTICLES,
    PASSIVE_BELIEF_FORMS,
    PASSIVE_SUBJECT_CONTENT,
    PEOPLE_NOUNS,
    PERSONAL_PRONOUNS,
    POLLED_PARTICIPLES,
    POSSESSIVE_PRONOUNS,
    PREDICATE_OPENERS,
    QUANTITY_OPENERS,
    RAISING_VERBS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    RESTRICTING_ADVERBS,
    SHOWING_SOURCES,
    STRONG_CUES,
    SUBJECT_PRONOUNS,
    SUBJECT_SIDE_WORDS,
    SUBORDINATORS,
    THAT_ONLY_FORMS,
    TOPIC_PARTICLES,
    TRANSITIVE_INVERSION_VERBS,
    VERB_AFTER_NOUN,
    VERB_ONLY_AFTER_SUBJECT,
    WEEKDAYS,
)
from .sentences import END, LOW, START, TEXT, Token, is_capital, is_word
from .sources import (
    appositive_start,
    head_ok,
    is_dash,
    relative_antecedent,
    scan_left,
    source_after,
    source_before,
    subject_at_start,
)

_TRAILER_STOPS = frozenset({"with", "on", "to", "for", "published", "aired", "broadcast", "posted"})
_TRAILERS: Final[dict[str, list[list[str]]]] = {}
for _phrase in CUE_TRAILERS:
    _TRAILERS.setdefault(_phrase.split()[0], []).append(_phrase.split())


def _continues(token: Token) -> bool:
    """Whether the token after "..., X said," resumes the content (a quotation or a lowercase verb phrase)."""
    if token[TEXT] in OPENING_MARKS:
        return True
    return is_word(token) and not is_capital(token) and not token[LOW].endswith("ing") \
        and token[LOW] not in PARTICIPLE_STOPS


# Words after "..., X said," that open a clause of its own: a relative clause on the source ("said Reed, who added
# that ...") or a conjunction before a second speech act ("Reed said, but added that ...").
_SECOND_REPORT_OPENERS = frozenset({"who", "whose", "which", "but", "and", "though", "although", "while", "yet"})


def _resumes(toks: list[Token], k: int) -> bool:
    """Whether the token at ``k``, after "..., X said,", resumes the content: as ``_continues``, except a relative
    pronoun ("who", "which", "whose"), which always opens a clause of its own, and a conjunction followed (past a
    pronoun, "also", "then" or "later") by a reporting verb, which reports anew."""
    if not _continues(toks[k]):
        return False
    if _closing_report(toks, k):
        return False  # "..., Berg said, the Herald reported.": a second report of the whole, no more content
    if toks[k][LOW] == "of" and k + 1 < len(toks) and is_capital(toks[k + 1]):
        return False  # "said Tom Reed, 52, of Dover, ...": the source's home town, no content
    if toks[k][LOW] not in _SECOND_REPORT_OPENERS:
        return True
    if toks[k][LOW] in RELATIVE_PRONOUNS or toks[k][LOW] == "whose":
        return False
    for j in range(k + 1, min(len(toks), k + 4)):
        low = toks[j][LOW]
        if low in FORMS and low not in NOUN_ONLY:
            return False
        if not (low in SUBJECT_PRONOUNS or low in ("also", "then", "later")):
            break
    return True


def _gap_verb_ends(toks: list[Token], k: int) -> bool:
    """Whether one or two words after "to" close the clause ("which he is expected to win,"): the verb lacks its
    object, which the relative pronoun supplies."""
    for j in range(k + 1, min(len(toks), k + 3)):
        if not is_word(toks[j]):
            return toks[j][TEXT] in (",", ".", ";", "—", "–")
    return False


def _object_relative(toks: list[Token], a: int) -> int | None:
    """Index of "which" in ", which he favors": a pronoun subject between an object relative pronoun and the cue
    (the caller checks that nothing follows the cue as its object)."""
    if a < 3 or toks[a - 2][LOW] != "which" or toks[a - 3][TEXT] != ",":
        return None
    pron = toks[a - 1][LOW].replace("’", "'").split("'")[0]
    if pron not in PERSONAL_PRONOUNS:
        return None
    return a - 2


def _named_subject_follows(toks: list[Token], k: int, n: int) -> bool:
    """"At the time, she said, Hollis was ...": a name and a lowercase verb after "..., X said," resume the content
    (a date or a second attribution does not)."""
    return (k + 1 < n and is_word(toks[k]) and is_capital(toks[k]) and toks[k][LOW] not in NOT_NAMES
            and is_word(toks[k + 1]) and not is_capital(toks[k + 1]) and toks[k + 1][LOW] not in PARTICIPLE_STOPS
            and not toks[k + 1][LOW].endswith("ing"))


def _cue_tokens(toks: list[Token], starts: Sequence[int], hit: CueHit) -> tuple[int, int] | None:
    i = bisect.bisect_left(starts, hit.start)
    if i >= len(toks) or toks[i][START] != hit.start:
        return None
    j = i
    while j < len(toks) and toks[j][END] <= hit.end:
        j += 1
    return (i, j) if j > i else None


_FLOATING: Final = frozenset({"both", "all"})
# Passives that take a predicate noun or adjective ("The plan is considered a long shot"), and the words after them
# that are no predicate ("is considered by the board", "was deemed that ...").
_NAMING_PASSIVES = frozenset({"considered", "deemed"})
_NOT_PREDICATES = frozenset({"by", "that", "and", "or", "but", "in", "on", "at", "for", "with", "from"})
# Words before a participle whose subject is the sentence's ("by saying", "without saying").
_PARTICIPLE_CONTROL = frozenset({"by", "without", "from", "about", "of", "for", "upon", "on", "in", "at", "to", "up",
                                 "out", "off", "down", "back", "over", "away", "again", "too", "well", "also", "even"})
_SECOND_PARTICLES = frozenset({"on", "at", "with", "about", "for", "against"})


def _is_adverb(token: Token) -> bool:
    """A lowercase -ly adverb ("quickly", "passionately") that joins the verb after it in the cue."""
    low = token[LOW]
    return low.endswith("ly") and len(low) > 4 and token[TEXT] == low and low.isalpha() and low not in NOT_LY_ADVERBS


def _about(toks: list[Token], cj: int, n: int) -> int:
    """Token index after "asked (about)": the preposition of a question's topic belongs to the cue."""
    return cj + 1 if cj + 1 < n and toks[cj][LOW] == "about" else cj


def _number_follows(toks: list[Token], k: int, n: int) -> bool:
    """Whether a number opens at token ``k``: digits, a number word ("twenty", "twenty-five", "half", "one-third") or
    an article before one ("a dozen", "a few", "a third"). "about" before it is an approximation, not a topic
    ("against" before one is still a topic: "testified against two of the guards")."""
    low = toks[k][LOW]
    if low[:1].isdigit():
        return True
    if low in ("a", "an"):
        if k + 1 >= n:
            return False
        low = toks[k + 1][LOW]
    elif low in ARTICLE_NUMBER_WORDS:
        return False  # "few", "third" alone are no count
    return all(part in NUMBER_WORDS for part in low.split("-"))  # ("twenty-five", "one-third", "half-dozen")


def _extend_cue(toks: list[Token], a: int, b: int, lemma: str) -> tuple[int, int]:
    """Widen a cue over auxiliaries before it, a particle ("called for") or a statement/time phrase after it."""
    # A capitalised "May" or "Will" before the verb is a month or a name, not an auxiliary.
    # (The word test comes last: the word lists are looked up first, and most tokens before a cue are in none.)
    while a > 0:
        prev = toks[a - 1]
        if prev[TEXT] in ("May", "Will") or not (
                prev[LOW] in CUE_AUXILIARIES or _is_adverb(prev)
                # "Reed and Berg have both said": a floating quantifier after its subject
                or (prev[TEXT] in _FLOATING and a >= 2 and is_word(toks[a - 2])
                    and (toks[a - 2][LOW] not in NOT_NAMES or toks[a - 2][LOW] in SUBJECT_PRONOUNS))) \
                or not is_word(prev):
            break
        a -= 1
    if a > 0 and toks[a][LOW] == "be" and toks[a - 1][LOW] == "to":
        a -= 1  # "to be considered", "to be seen as": the infinitive's "to" opens a passive cue
    n = len(toks)
    if b >= n:
        return a, b  # the cue ends the window: nothing after it to take in
    # The word after the cue, and the particles the lemma takes, read once for the tests below.
    low = toks[b][LOW]
    particles = PARTICLES.get(lemma, ())
    if low in particles or low in ADJECTIVE_PARTICLES.get(lemma, ()) or (
            low in TOPIC_PARTICLES and b + 1 < n and is_word(toks[b + 1]) and not toks[b + 1][LOW][:1].isdigit()
            and not (low == "about" and _number_follows(toks, b + 1, n))  # "said about twenty boats ..."
            and toks[b - 1][LOW] not in NOUN_ONLY):  # ("expressed concern about": the noun's own preposition)
        b += 1
        if b < n and low in ("in", "out", "up") and toks[b][LOW] in _SECOND_PARTICLES:
            b += 1  # "weighed in on", "lashed out at", "spoke out against"
    elif b + 1 < n and low.endswith("ly") and toks[b + 1][LOW] in particles:
        b += 2  # "spoke highly of", "talked openly about": one adverb before the particle
    else:
        for trailer in _TRAILERS.get(low, ()):
            end = b + len(trailer)
            # "said in an interview with the paper": the trailer belongs to what follows, not to the cue.
            if end <= n and all(toks[b + k][LOW] == w for k, w in enumerate(trailer)) \
                    and (end >= n or toks[end][LOW] not in _TRAILER_STOPS):
                b = end
                break
    if b < n and _is_adverb(toks[b]) and (b + 1 >= n or toks[b + 1][LOW] == "that" or not is_word(toks[b + 1])):
        b += 1  # "he said sarcastically.", "has said repeatedly that": a closing adverb belongs to the cue
    if b < n and toks[b][TEXT] == ":":
        b += 1  # "said:" — a colon after the verb belongs to the cue
    return a, b


def _skip_addressee(toks: list[Token], e: int, n: int) -> int:
    """Token index where the content starts after "told reporters (on Tuesday) (that)", after a lowercase addressee
    of people or a body before a clause ("told the council the plan was sound"), or at a colon or quotation after
    the addressee and a short adjunct ("told the Gazette on Sunday: “...”")."""
    for k in range(e, min(n, e + 12)):
        if toks[k][LOW] == "that":
            return k
        if toks[k][TEXT] in (",", ":", ";") or toks[k][TEXT] in OPENING_MARKS:
            break
    k = e
    if k < n and toks[k][LOW] in OBJECT_PRONOUNS:
        return _past_adjunct_to_colon(toks, k + 1, n)
    if k < n and toks[k][LOW] in DETERMINERS:
        k += 1
    start = k
    while k < n and k - start < 6 and is_word(toks[k]) and (is_capital(toks[k]) or toks[k][LOW].endswith("s")
                                                          or toks[k][TEXT].endswith(POSSESSIVE_ENDINGS)):
        k += 1
    if k < n and toks[k][TEXT] == "." and k > start:
        k += 1
    if k == start and start > e:
        # "told the council the plan was sound": a lowercase addressee ends where a clause opens with its own
        # determiner or subject pronoun.
        while k < n and k - start < 3 and is_word(toks[k]) and toks[k][LOW] not in ARTICLES \
                and toks[k][LOW] not in ADDRESSEE_BREAKERS:  # (the subject pronouns are breakers too)
            k += 1
        # The clause opens with a determiner and a noun ("the plan was sound") or with a subject pronoun and an
        # auxiliary ("it was wrong"), not with a reduced relative clause ("the panel he chaired", "the group she
        # founded").
        if k > start and k + 2 < n and _addressee_noun(toks[k - 1][LOW]) and is_word(toks[k + 1]) and (
                (toks[k][LOW] in ARTICLES and is_word(toks[k + 2]))
                or (toks[k][LOW] in SUBJECT_PRONOUNS and toks[k + 1][LOW] in CLAUSE_AUXILIARIES)):
            return k
        k = start
    return _past_adjunct_to_colon(toks, k, n) if k > start else e


def _adjuncts_end(toks: list[Token], k: int, n: int) -> int:
    """Index of the first token past the short adjuncts of time and place that start at ``k`` ("in a memo on
    Monday", "late Tuesday", "by video link"), or ``k`` when none starts there: up to three adjuncts, each opened by
    a word of ``ADDRESSEE_ADJUNCTS`` or a weekday and going on over a few plain words."""
    for _ in range(3):
        if k >= n or not (toks[k][LOW] in ADDRESSEE_ADJUNCTS or toks[k][LOW] in WEEKDAYS):
            break
        j = k + 1
        while j < n and j - k < 6 and is_word(toks[j]) and toks[j][LOW] not in ADDRESSEE_BREAKERS \
                and toks[j][LOW] not in ADDRESSEE_ADJUNCTS:
            j += 1
        k = j
    return k


def _past_adjunct_to_colon(toks: list[Token], k: int, n: int) -> int:
    """Past an addressee at ``k``: where a colon or a quotation after short adjuncts opens the content ("told the
    Gazette on Sunday: “...”"), or ``k``."""
    j = _adjuncts_end(toks, k, n)
    return j if k < j < n and (toks[j][TEXT] == ":" or toks[j][TEXT] in OPENING_MARKS) else k


def _addressee_closes(toks: list[Token], e: int, n: int) -> bool:
    """Whether only the addressee of a "tell"-type cue and short adjuncts follow the cue to the end of the sentence
    ("..., she told the tribunal in a memo.", "..., she told a radio station on Monday.", "..., he told the paper,
    adding ..."): what was told is then the clause before the source, not the addressee."""
    k = e
    if k < n and toks[k][LOW] in OBJECT_PRONOUNS and not (
            toks[k][LOW] == "her" and k + 1 < n and is_word(toks[k + 1]) and toks[k + 1][LOW] not in ADDRESSEE_ADJUNCTS
            and toks[k + 1][LOW] not in WEEKDAYS):  # "told her advisers": a possessive
        k += 1
    else:
        if k < n and toks[k][LOW] in ARTICLES:
            k += 1
        start = k
        # The addressee's noun phrase: up to four words that cannot open a clause of their own ("told the court it
        # was wrong" goes on with what was told).
        while k < n and k - start < 4 and (toks[k][TEXT] in POSSESSIVE_ENDINGS or (
                is_word(toks[k]) and toks[k][LOW] not in ADDRESSEE_ADJUNCTS
                and toks[k][LOW] not in ADDRESSEE_BREAKERS)):
            k += 1
        # ... ending in a name or a noun of people or bodies ("the court", "his advisers", "CNN"), so that an
        # object that is itself what was said ("promised a fresh start for the harbour") does not pass.
        if k == start or not (is_capital(toks[k - 1]) or _addressee_noun(toks[k - 1][LOW])):
            return False
    k = _adjuncts_end(toks, k, n)  # "in a memo", "on Monday", "last week"
    if k >= n:
        return True
    if toks[k][TEXT] in (".", "!", "?"):
        return k + 1 >= n
    return toks[k][TEXT] == "," and k + 1 < n and toks[k + 1][LOW] in PARTICIPLE_STOPS


def _addressee_noun(low: str) -> bool:
    """Whether a lowercase noun names people or a body one tells things to ("the council", "his advisers")."""
    singular = low[:-1] if low.endswith("s") else low
    return low in PEOPLE_NOUNS or singular in PEOPLE_NOUNS or low in ADDRESSEE_BODIES or singular in ADDRESSEE_BODIES


def _comma_after_adjunct(toks: list[Token], e: int, n: int) -> int:
    """Index of the comma closing short adjuncts of time or place right after a cue ("said on Tuesday,", "said in a
    bulletin late Tuesday,"), or -1."""
    if e >= n or not (toks[e][LOW] in ADDRESSEE_ADJUNCTS or toks[e][LOW] in WEEKDAYS):
        return -1  # (the common case, without the scan's call)
    k = _adjuncts_end(toks, e, n)
    return k if e < k < n - 1 and toks[k][TEXT] == "," else -1


# The most tokens of an adjunct set off by commas after a cue ("said, in a letter to shareholders, that").
_COMMA_ADJUNCT = 7


def _skip_adjunct(toks: list[Token], e: int, n: int) -> int:
    """Where the content starts after "said in an interview (on Tuesday) that ...": at "that" after an adjunct, or
    past a restricting adverb ("said only: “...”")."""
    if e + 2 < n and toks[e][LOW] in RESTRICTING_ADVERBS and (
            toks[e + 1][TEXT] == ":" or toks[e + 1][LOW] == "that" or toks[e + 1][TEXT] in OPENING_MARKS):
        return e + 1  # "said only: “...”": the adverb is no part of the content
    # "said (on) Tuesday the ...": the day is no part of the content.
    if e < n and toks[e][LOW] == "on" and e + 1 < n and toks[e + 1][LOW] in WEEKDAYS:
        e += 2
    elif e < n and toks[e][LOW] in WEEKDAYS:
        e += 1
    if e + 2 < n and toks[e][TEXT] == "," and toks[e + 1][LOW] in AFTER_CUE_ADJUNCTS \
            and not toks[e + 2][LOW].endswith("ing"):  # (", while testifying, ...": a participle reports itself)
        # "said Tuesday, in a letter to shareholders, that ...": an adjunct set off by commas before the content
        for k in range(e + 2, min(n - 1, e + 2 + _COMMA_ADJUNCT)):
            if toks[k][TEXT] == ",":
                nxt = toks[k + 1]
                return k + 1 if is_word(nxt) and nxt[LOW] not in PARTICIPLE_STOPS else e
            if not is_word(toks[k]) and toks[k][TEXT] not in ("-", "’s", "'s", "."):
                break
        return e
    if e + 1 < n and toks[e - 1][LOW] in _STATEMENT_NOUNS and toks[e][LOW].endswith("ed"):
        # "said in a statement released by her office late on Monday that ...": the participle describes the
        # statement, and the content starts at "that"
        for k in range(e + 1, min(n, e + 12)):
            if toks[k][LOW] == "that":
                return k
            if not is_word(toks[k]) and toks[k][TEXT] not in ("-", "’s", "'s", "."):
                break
        return e
    if e >= n or toks[e][LOW] not in AFTER_CUE_ADJUNCTS:
        return e
    for k in range(e + 1, min(n, e + 10)):
        if toks[k][LOW] == "that":
            return k
        if not is_word(toks[k]) and toks[k][TEXT] not in ("-", "’s", "'s", "."):
            break
    return e


# The context of a lemma with no words before or after it that undo the cue.
_NO_CONTEXT: Final[tuple[frozenset[str], frozenset[str]]] = (frozenset(), frozenset())


def _not_a_cue(toks: list[Token], ci: int, cj: int, e: int, lemma: str) -> bool:
    """Whether the cue word at tokens ``ci:cj`` (widened to ``e``) reports nothing in its context.

    "a talk show", "a think tank", "found himself", "a group called ..." and a bare "spoke" (without "about" or
    "of") are no cues.
    """
    before, after = NOT_CUE_CONTEXT.get(lemma, _NO_CONTEXT)
    word = toks[ci][LOW]
    prev = toks[ci - 1] if ci > 0 else None
    nxt = toks[cj] if cj < len(toks) else None
    if (prev is not None and prev[LOW] in before) or (nxt is not None and nxt[LOW] in after):
        return True
    if prev is not None and prev[LOW] in NOT_CUE_FORM_BEFORE.get(word, ()):
        return True
    if lemma in PARTICLE_REQUIRED and not (cj - ci > 1 or toks[e - 1][LOW] in PARTICLES.get(lemma, ())):
        return True
    if lemma in ANONYMITY_REQUEST_VERBS and nxt is not None and nxt[LOW] in ("not", "to", "for", "anonymity", "that") \
            and " ".join(t[LOW] for t in toks[cj:cj + 4]).startswith(ANONYMITY_REQUESTS):
        return True  # "who asked not to be named": the source's wish to stay unnamed, no report
    if word == "told" and prev is not None and prev[LOW] == "all" and nxt is not None and nxt[TEXT] == ",":
        return True  # "All told, ...": in total
    if prev is not None and nxt is not None and nxt[LOW] == "to" and not prev[TEXT][0].isalnum() \
            and cj + 1 < len(toks) and toks[cj + 1][LOW] in ("be", "have") and word.endswith(("ed", "id", "ught")):
        return True  # "The bridge -- said to be the oldest -- will close": a reduced passive, a belief of no one
    if word in THAT_ONLY_FORMS and (nxt is None or nxt[LOW] not in ("that", "about")
                                    or (prev is not None and (prev[LOW] in DETERMINERS
                                                              or prev[TEXT].endswith(POSSESSIVE_ENDINGS)))):
        return True  # "a worry for farmers", "the worry that ...": a noun
    if word == "showing" and not (prev is not None and (prev[LOW] in SHOWING_SOURCES
                                                        or prev[LOW] in DOCUMENT_HEADS)):
        return True  # "showing off new gloves": a display; "polls showing ..." reports
    if lemma in NUMBER_OBJECT_VERBS and nxt is not None and (nxt[TEXT][0].isdigit() or nxt[LOW] in QUANTITY_OPENERS) \
            and not _opens_inverted_source(toks, ci, cj):
        return True  # "added 200 jobs": a counted object, no report
    if lemma == "add" and nxt is not None and nxt[LOW] == "to" and cj + 1 < len(toks) and toks[cj + 1][LOW] in ARTICLES:
        return True  # "added to the confusion": an increase ("added to reporters" still reports)
    if lemma == "appear" and nxt is not None and (
            (nxt[LOW] == "as" and (cj + 1 >= len(toks) or toks[cj + 1][LOW] not in APPEAR_AS_REPORTS))
            or (nxt[TEXT] == "," and all(t[LOW] != "that" for t in toks[cj + 1:cj + 1 + APPEAR_COMMA_THAT_WINDOW]))):
        return True  # "appeared as a guest", "he appeared, drawing crowds": a showing up ("appears as if" reports)
    if word in BASE_FORM_NEXT and (nxt is None or nxt[LOW] not in BASE_FORM_NEXT[word]):
        return True  # "will appear on stage": no belief reported
    if word in VERB_ONLY_AFTER_SUBJECT and not (
            prev is not None and (prev[LOW] in SUBJECT_SIDE_WORDS or prev[LOW].endswith("ly")
                                  or (word.endswith("ing") and prev[LOW] in (",", "and", "but"))
                                  or prev[LOW] in POLLED_PARTICIPLES
                                  or (is_word(prev) and prev[LOW].endswith("s") and not prev[LOW].endswith("ss")
                                      and prev[LOW] not in ARTICLES and (not is_capital(prev) or ci > 1)))):
        # "voters support ...", "Republicans support ...", "those surveyed support ...": a verb after its subject.
        return True  # "drew rural support", "36 percent support": a noun
    if word == "called" and prev is not None and nxt is not None and cj == ci + 1:
        # "a program called “Safe Streets”": a naming participle after a plain noun.
        return (is_word(prev) and not is_capital(prev) and prev[LOW] not in NAMING_CALLED_BLOCKERS
                and prev[LOW] not in PEOPLE_NOUNS
                and not prev[LOW].endswith("ly") and (is_capital(nxt) or nxt[TEXT] in OPENING_MARKS))
    return False


def _opens_inverted_source(toks: list[Token], ci: int, cj: int) -> bool:
    """Whether the quantity word after an "add" cue opens the source of an inverted attribution ("“...,” added
    another official.", "“...?” adds one aide.") rather than a counted object ("added two inspectors",
    "..., adding two workers"): the cue follows a quoted statement that opens the sentence and ends in a comma, a
    question or an exclamation mark inside its marks, and a short phrase of people after the quantity word closes
    the sentence (or a comma or "who" follows it)."""
    if ci < 3 or toks[ci - 1][TEXT] not in CLOSING_MARKS or toks[ci - 2][TEXT] not in (",", "?", "!") \
            or toks[0][TEXT] not in OPENING_MARKS or toks[ci][LOW].endswith("ing") or toks[cj][TEXT][0].isdigit():
        return False
    n = len(toks)
    for k in range(cj + 1, min(n, cj + 5)):
        t = toks[k]
        if not is_word(t):
            return False
        if t[LOW] in PEOPLE_NOUNS or (t[LOW].endswith("s") and t[LOW][:-1] in PEOPLE_NOUNS) \
                or (not is_capital(t) and head_ok(t)):  # ("skipper", "engineers": agent nouns)
            return k + 1 >= n or toks[k + 1][TEXT] in (".", "!", "?", ",") or toks[k + 1][LOW] == "who"
    return False


def _is_noun_use(toks: list[Token], a: int) -> bool:
    """Whether the cue word at token ``a`` is used as a noun ("the report", "his claim", "reports have said")."""
    if a + 1 < len(toks) and toks[a][LOW].endswith("s") and toks[a + 1][LOW] in VERB_AFTER_NOUN:
        return True  # a plural noun followed by its verb
    if a == 0:
        return False
    prev = toks[a - 1]
    possessive = prev[TEXT].endswith(POSSESSIVE_ENDINGS) and prev[LOW][:-2] not in SUBJECT_PRONOUNS
    if prev[LOW] == "that" and a >= 2 and relative_antecedent(toks[a - 2]):
        return False  # "a survey that showed ...": a relative clause, not "that report"
    if toks[a][LOW].endswith("s") and is_word(prev) and not is_capital(prev) and len(prev[LOW]) > 4 \
            and prev[LOW].endswith("ed"):
        return True  # "rejected claims that ...", "repeated reports that ...": the object of a verb in the past
    if prev[LOW] == "for" and not toks[a][LOW].endswith("ing"):
        return True  # "for fear of ...", "for comment": no verb of speech but a gerund follows "for"
    return prev[LOW] in ARTICLES or possessive or prev[LOW] == "to"


def read_sentence(ctx: SentenceView, hits: list[CueHit], paragraph: int) -> list[Candidate]:
    toks = ctx.tokens
    out: list[Candidate] = []
    n = ctx.content_end()
    used_until = -1  # token index: cues inside an earlier attribution's source are skipped
    leads: set[int] = set()  # ids of attributions whose content is only a participle of speech
    starts = ctx.starts or [t[START] for t in toks]
    for hit in hits:
        span = _cue_tokens(toks, starts, hit)
        if span is None:
            continue
        ci, cj = span
        if ci < used_until:
            continue
        cue_low = toks[ci][LOW]  # the cue word, lower-cased: most rules below ask about it
        lemma = hit.lemma  # (a local: the rules below read it a dozen times)
        words_of = cj - ci == 4 and cue_low == "in" and toks[cj - 1][LOW] == "of"
        if cue_low in _VIEW_NOUNS or words_of:
            # "In Berg's view, ...", "In the words of one aide, ...": read as "according to"; "X was, in the words of
            # one aide, “...”": the words after the source are the aide's.
            if not words_of:
                cand = _in_view_of(ctx, ci, cj, hit, out, paragraph)
            elif ci == 0 and not ctx.truncated:
                cand = _according_to(ctx, ci, cj, hit, out, paragraph)
            else:
                cand = _words_of(ctx, ci, cj, hit, paragraph) or _according_to(ctx, ci, cj, hit, out, paragraph)
            if cand is not None:
                cand.strong = True
                out.append(cand)
                used_until = cj
                continue
        if lemma == "according to":
            if ci >= 2 and toks[ci - 1][TEXT] == "," and toks[ci - 2][LOW] == "that":
                continue  # "reported that, according to its count, ...": a parenthesis inside another content
            cand = _according_to(ctx, ci, cj, hit, out, paragraph)
            if cand is not None:
                cand.strong = True
                out.append(cand)
                used_until = cj
            continue
        if lemma in ADVERB_CUES:
            if cj < len(toks) and any(h.start == toks[cj][START] for h in hits):
                continue  # "reportedly said": the adverb joins the verb's cue
            cand = _raising(ctx, hit, ci, cj, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = cj
            continue
        if ci == 1 and toks[0][LOW] == "as" and cj < n and toks[cj][LOW] == "by" and not ctx.truncated:
            # "As reported by the Herald, there are ...": the agent is the source, the clause after the comma the
            # content; "As" is the conjunction that subordinates the reporting clause, not part of its verb group, so
            # it stays out of the cue (as "that" stays out of "said that").
            comma = next((k for k in range(cj + 1, min(n, cj + 14)) if toks[k][TEXT] == ","), None)
            if comma is not None and comma > cj + 1 and comma + 1 < n:
                parts = ctx.after(comma + 1)
                if parts:
                    out.append(Candidate(parts, (toks[ci][START], toks[ci][END]), hit.cue_class,
                                         (toks[cj + 1][START], toks[comma - 1][END]), list(toks[cj + 1:comma]),
                                         paragraph=paragraph))
                    used_until = comma
            continue
        infinitive = ci >= 2 and toks[ci - 1][LOW] == "to" and is_word(toks[ci - 2])
        chain = infinitive and toks[ci - 2][LOW] in CHAIN_VERBS
        if infinitive and not chain and any(h.end == toks[ci - 2][END] for h in hits):
            continue  # "refused to say", "sought to reassure": the first verb is the cue, the rest its content
        if infinitive and not chain and not ctx.truncated and lemma not in INFINITIVE_SKIPPED \
                and cue_low in _BASE_FORMS:
            cand = _infinitive(ctx, hit, ci, cj, n, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = cj
                continue
        if not chain and (cue_low in NOUN_ONLY or _is_noun_use(toks, ci)):
            cand = _nominal(ctx, ci, cj, hit, n, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = ci + 1
            continue
        # "continued to insist", "has tried to show": the verb that carries the infinitive joins the cue.
        adjective = cue_low in ADJECTIVE_PARTICLES
        a, e = _extend_cue(toks, ci - 2 if chain else ci, cj, cue_low if adjective else lemma)
        if _not_a_cue(toks, ci, cj, e, lemma):
            continue
        adjective = adjective and any(t[LOW] in BE_FORMS for t in toks[a:ci])
        if adjective and not (e > cj or (e < n and toks[e][LOW] == "that")):
            continue  # "Voters are concerned that ...": an adjective reports with "that" or its preposition
        if lemma in ADJECTIVE_PARTICLES and not adjective:
            continue
        rel = _object_relative(toks, a) if a >= 3 and toks[a - 2][LOW] == "which" else None
        if rel is not None and (e >= len(toks) or not is_word(toks[e]) or toks[e][LOW] in ("but", "and")
                                or (toks[e][LOW] == "to" and _gap_verb_ends(toks, e + 1))):
            # "a tax, which he favors, ...": the relative pronoun is the content; the clause claims nothing else, so
            # an attribution around it ("..., which she expected, Berg said") still reads its whole content.
            src_k = a - 1
            pron = toks[src_k][LOW].replace("’", "'").split("'")[0]
            out.append(Candidate([(toks[rel][START], toks[rel][END])], (toks[a][START], toks[e - 1][END]),
                                 hit.cue_class, (toks[src_k][START], toks[src_k][START] + len(pron)), [toks[src_k]],
                                 paragraph=paragraph))
            continue
        if a > 0 and toks[a - 1][LOW] in _EXPLETIVES and (content := _expletive_passive(toks, a, ci, e, n)) is not None:
            # "It is widely expected that ...", "it was said that ...": a report without a reporter; "it" is no
            # source, the clause after the verb is the content.
            parts = ctx.after(content)
            if parts:
                out.append(Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class, None,
                                     paragraph=paragraph))
                used_until = e
            continue
        cand = None
        appositive: int | None = None
        passive_expect = (lemma == "expect" and cue_low == "expected" and a < ci
                          and toks[ci - 1][LOW] in ("is", "are", "was", "were", "be", "been"))
        if cue_low in PASSIVE_BELIEF_FORMS and not passive_expect:
            # "The plan is widely seen as a gamble", "Reed is believed to have left": a belief without a believer;
            # the subject and what follows make the content.
            passive = any(t[LOW] in BE_FORMS for t in toks[a:ci])
            follow = toks[cj][LOW] if cj < len(toks) else ""
            if passive and (toks[cj - 1][LOW] in ("as", "to", "for") or follow == "to"
                            or (follow == "of" and cue_low in ("accused", "suspected"))
                            or (cj == ci + 1 and cue_low in _NAMING_PASSIVES and cj < len(toks)
                                and is_word(toks[cj]) and toks[cj][LOW] not in _NOT_PREDICATES)):
                passive_expect = True
            elif cj - ci > 1 and toks[cj - 1][LOW] == "as":
                continue  # "seen as", "known as" without "be": no belief reported
        if (lemma in RAISING_VERBS and not cue_low.endswith("ing")) or passive_expect:
            # "Sanders seemed to reap the benefits", "Nabisco is expected to cut jobs": no source; the content
            # is the subject and what follows the cue.
            cand = _raising(ctx, hit, a, e, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = e
            continue
        if lemma in PASSIVE_SUBJECT_CONTENT and cue_low.endswith("ed") and not adjective \
                and any(t[LOW] in BE_FORMS for t in toks[a:ci]):
            if e + 1 < n and toks[e][LOW] == "as" and toks[e + 1][LOW].endswith("ing"):
                continue  # "Berg was quoted as saying ...": her words follow the participle, she is no content
            cand = _passive_subject(ctx, hit, a, e, cj, n, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = e
            continue
        if ci > 0 and toks[ci - 1][LOW] in BE_FORMS and cue_low.endswith(("ed", "told", "said", "written")) \
                and not adjective:
            # A passive ("was asked", "is told") has the addressee, not the speaker, as its subject; a question put
            # to someone is a content without a source.
            if lemma == "ask":
                qj = _about(toks, cj, n)
                parts = ctx.after(qj)
                if parts:
                    agent = _by_agent(toks, cj, n)
                    source = (toks[agent[0]][START], toks[agent[1] - 1][END]) if agent else None
                    out.append(Candidate(parts, (toks[ci - 1][START], toks[qj - 1][END]), hit.cue_class, source,
                                         list(toks[agent[0]:agent[1]]) if agent else [], paragraph=paragraph))
                    used_until = cj
            continue
        if ci == 0 and toks[ci][TEXT] == "Asked" and not ctx.truncated:
            # "Asked about the vote, she said ...": the question is a content without a source.
            qj = _about(toks, cj, n)
            comma = next((k for k in range(qj, n) if toks[k][TEXT] == ","), None)
            if comma is not None and comma > qj:
                out.append(Candidate([(toks[qj][START], toks[comma - 1][END])], (toks[ci][START], toks[qj - 1][END]),
                                     hit.cue_class, None, paragraph=paragraph))
                ctx.claimed = toks[comma][END]
                used_until = comma
            continue
        if lemma == "ask" and ci > 0 and toks[ci - 1][LOW] in ("when", "after", "if", "once"):
            # "..., he said when asked whether ...": the question is a content without a source.
            qj = _about(toks, cj, n)
            stop = next((k for k in range(qj, n) if toks[k][TEXT] in (",", ";", "—", "–")), n)
            if stop > qj:
                out.append(Candidate([(toks[qj][START], toks[stop - 1][END])], (toks[ci][START], toks[qj - 1][END]),
                                     hit.cue_class, None, paragraph=paragraph))
                used_until = stop
            continue
        if ci == 0 and not ctx.truncated and toks[ci][TEXT] in ("Said", "Says", "Asks", "Added", "Adds", "Wrote"):
            # "Said Berg, “...”": a fronted verb, its source after it and the content after the comma.
            cand = _fronted_verb(ctx, hit, e, n, paragraph)
            if cand is not None:
                cand.strong = True
                out.append(cand)
                used_until = e
            continue
        participle = cue_low.endswith("ing") and a == ci
        if participle and a > 0 and is_word(toks[a - 1]) and out \
                and out[-1].parts[-1][0] <= toks[a][START] < out[-1].parts[-1][1]:
            # "Berg said she was upset by the press calling ...": a participle inside the content; but "Berg
            # answered by saying ...": a gerund of means speaks for the verb's subject.
            if toks[a - 1][LOW] in _MEANS_PREPOSITIONS and lemma in _SPEECH_GERUNDS and not cue_low.endswith("ings"):
                cand = _gerund_of_means(ctx, hit, a, e, out, paragraph)
                if cand is not None:
                    cand.strong = lemma in STRONG_CUES
                    out.append(cand)
                    used_until = e
                    ctx.claimed = max(ctx.claimed, toks[e - 1][END])
            continue
        src = None if participle and a > 0 and is_word(toks[a - 1]) else source_before(toks, a)
        if participle and src is None and a > 1 and is_word(toks[a - 1]) and toks[a - 1][LOW] not in NOT_NAMES \
                and (is_capital(toks[a - 1]) or not toks[a - 1][LOW].endswith(("ing", "ed", "ly"))) \
                and toks[a - 1][LOW] not in _PARTICIPLE_CONTROL \
                and _statement_verb(toks, a) == a:
            # "a sign saying ...", "with 30 percent of voters saying ...": the noun phrase before the participle
            # speaks.
            src = source_before(toks, a)
        if src is None and not participle and lemma in STRONG_CUES:
            src = _determined_noun(toks, a)
        if src is not None:
            src = (_possessor_before(toks, src[0]), src[1])
            if src[0] >= 3 and toks[src[0] - 1][LOW] in ("nor", "or"):
                # "Neither the mayor nor the council said ...": both alternatives make the source
                pair = next((k for k in range(src[0] - 2, max(-1, src[0] - 10), -1)
                             if toks[k][LOW] in ("neither", "either")), None)
                if pair is not None and all(is_word(t) or t[TEXT] == "." for t in toks[pair:src[0]]):
                    src = (pair, src[1])
        if not participle and (src is None or (src[0] > 1 and (toks[src[0] - 1][LOW] in _SUBJECT_PREPOSITIONS
                                                               or toks[src[0] - 1][LOW] == "and"))):
            # "One in four riders in the survey said": the scan stopped at a preposition inside the subject.
            src = _sentence_subject(ctx, a) or src
        if not participle and (src is None or (src[0] > 0 and is_word(toks[src[0] - 1]))):
            src = _subject_after_quote(ctx, a) or src
        if src is not None and src[0] > 0 and lemma in STRONG_CUES and a == ci and not participle \
                and (not cue_low.endswith("s") or cue_low in ("says", "adds", "tells", "writes")) \
                and toks[src[0] - 1][LOW] not in ("and", "or", "nor", "&") \
                and toks[src[0]][LOW] not in SUBJECT_PRONOUNS and toks[src[0]][LOW] not in PERSONAL_PRONOUNS \
                and toks[src[0]][LOW] not in RELATIVE_PRONOUNS and toks[src[0]][LOW] != "that" \
                and (subject := _long_subject(ctx, a)) is not None \
                and subject[0] < src[0]:
            # "Ada Penn, who chairs the board, however, says ...": the phrase the closer reading found stands inside
            # the subject's relative clause or appositive; the opening subject speaks.
            src = subject
        if lemma in AS_ONLY_CUES and (src is None or src[0] < 1 or toks[src[0] - 1][LOW] != "as"):
            continue
        before_ok = False
        if participle and (a == 0 or (a == 1 and toks[0][LOW] in _PARTICIPLE_OPENERS)) and not ctx.truncated:
            # "Insisting that the pier was safe, the mayor reopened it": an opening participle clause is the content
            # of the main clause's subject.
            cand = _opening_participle(ctx, hit, a, e, n, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = e
                ctx.claimed = max(ctx.claimed, cand.parts[0][1])
            continue
        if participle and src is None and a > 0:
            # "Cruz is making a pitch to voters saying ...": the speaker is the sentence's subject.
            cand = _participle(ctx, hit, a, e, out, paragraph)
        elif src is not None and src[0] >= 2 and toks[src[0] - 1][LOW] == "as" and toks[src[0] - 2][TEXT] == "," \
                and _nothing_reported_after(toks, e, n):
            # "The ferry will run in May, as the board has promised.": the clause before "as" is what was reported.
            cand = None
            parts = ctx.before(src[0] - 1)
            if parts:
                cand = Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class,
                                 (toks[src[0]][START], toks[src[1] - 1][END]), list(toks[src[0]:src[1]]),
                                 paragraph=paragraph)
        elif src is not None:
            sa, sb = src
            before_ok = ((sa > 0 and (toks[sa - 1][TEXT] in (",", "—", "–") or toks[sa - 1][TEXT] in CLOSING_MARKS
                                      or ctx.quote_ending_at(toks[sa - 1][END]) is not None))
                         or (sa == 0 and ctx.previous_quote() is not None))
            cand = _with_source_before(ctx, hit, a, e, sa, sb, before_ok, n, alone=not out)
            if cand is not None and before_ok and out and (lemma in STRONG_CUES or e >= n):
                _take_back_trailer(ctx, cand, out[-1], sa)
            comma = -1
            if cand is not None and len(cand.parts) == 1 and e < n:
                comma = e if toks[e][TEXT] == "," else _comma_after_adjunct(toks, e, n)
            if cand is not None and len(cand.parts) == 1 and 0 <= comma < n - 1 \
                    and toks[comma + 1][LOW] in PARTICIPLE_STOPS \
                    and (cand.parts[0][0] == toks[comma + 1][START]
                         or (comma > e and cand.parts[0] == (toks[e][START], toks[comma - 1][END]))):
                # "Berg hit back, saying ...", "Berg said on Tuesday, adding ...": the verb reports nothing itself
                # (its content is the participle's, or only the adjunct before it); the participle after it does,
                # with the verb's source, and the verb's attribution is dropped once the participle has read it.
                leads.add(id(cand))
        elif a > 0 and ((toks[a - 1][TEXT] == "," and cue_low.endswith("ing"))
                        or toks[a - 1][LOW] in ("and", "but")):
            cand = _participle(ctx, hit, a, e, out, paragraph)
        elif a > 0 and (toks[a - 1][TEXT] == "," or toks[a - 1][TEXT] in CLOSING_MARKS
                        or ctx.quote_ending_at(toks[a - 1][END]) is not None) and lemma not in CLAUSE_ONLY \
                and (lemma in INVERSION_VERBS or (lemma in TRANSITIVE_INVERSION_VERBS and a >= 2
                                                     and toks[a - 1][TEXT] in CLOSING_MARKS
                                                     and toks[a - 2][TEXT] in (",", "?", "!"))) \
                and toks[e - 1][LOW] not in NO_INVERSION_PARTICLES \
                and (appositive := _participle_appositive(ctx, a)) is None:
            srca = source_after(toks, e, n)
            if srca is not None:
                parts = ctx.before(a)
                sa2, sb2 = srca
                comma = sb2 - 1 if toks[sb2 - 1][TEXT] == "," else sb2
                if comma < n and toks[comma][TEXT] == "," and comma + 1 < n and _resumes(toks, comma + 1):
                    parts += ctx.after(comma + 1)
                if parts:
                    cand = Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class,
                                     (toks[sa2][START], toks[sb2 - 1][END]), list(toks[sa2:sb2]), paragraph=paragraph)
        if cand is None and src is not None and out and before_ok and src[0] >= 2 and toks[src[0] - 1][TEXT] == "," \
                and out[-1].cue is not None and 0 <= toks[src[0] - 1][START] - out[-1].cue[1] <= 40 \
                and all(p[1] <= out[-1].cue[0] for p in out[-1].parts) and _closing_report(toks, src[0]):
            # "“...,” Berg said, the Herald reported.": the same content, reported by a second source.
            cand = Candidate(list(out[-1].parts), (toks[a][START], toks[e - 1][END]), hit.cue_class,
                             (toks[src[0]][START], toks[src[1] - 1][END]), list(toks[src[0]:src[1]]),
                             paragraph=paragraph)
        if cand is None and not participle and out and a > 1 and toks[a - 1][TEXT] == "," \
                and (series := _series_member(ctx, hits, hit, out[-1], a, ci, e)) is not None:
            cand = series
        if cand is None and src is None and not participle and appositive is None and out and a > 0 \
                and toks[a - 1][TEXT] == ",":
            # "Ms. Varga, looking back on her quarry days, portrayed herself as ...": any verb after a participle
            # appositive is the subject's (not only the verbs that may invert with their source).
            appositive = _participle_appositive(ctx, a)
        if cand is None and src is None and not participle and appositive is not None:
            # "The mayor, citing a survey, said ...": the subject speaks; the participle's content ends at the comma.
            cand = _with_source_before(ctx, hit, a, e, 0, appositive, False, n)
            for prev in out:
                if len(prev.parts) == 1 and prev.parts[0][0] < toks[a - 1][START] < prev.parts[0][1]:
                    prev.parts[0] = (prev.parts[0][0], toks[a - 2][END])
        if cand is None and src is None and not participle and a > 0 and toks[a - 1][TEXT] in _APPOSITIVE_ENDS \
                and not out and not ctx.truncated \
                and not (toks[a - 1][TEXT] == "," and toks[ci][LOW] in POLLED_PARTICIPLES and e < n
                         and toks[e - 1][LOW] in NO_INVERSION_PARTICLES):
            # "Anna Berg, a farmer from the valley, questioned the plan", "Tom Reed, 52, of Dover, said ...": an
            # appositive between the sentence's subject and its verb (but "Reed, asked about the fund, said ...": a
            # passive participle tells what the subject was asked, and reports nothing of its own).
            cand = _participle(ctx, hit, a, e, out, paragraph) or _subject_before_comma(ctx, hit, a, e, paragraph)
        if cand is None and src is None and not participle and not out and not ctx.truncated \
                and lemma in STRONG_CUES and a > 1 and (is_word(toks[a - 1]) or toks[a - 1][TEXT] == ")") \
                and (not cue_low.endswith("s") or cue_low == "says") \
                and (e >= n or toks[e][LOW] != "by") \
                and (subject := _opening_subject(toks, a)) is not None \
                and not any(t[LOW] in ("that", "which") for t in toks[subject[1]:a]):
            # "Council member Anna Berg (D-Dover) last week said ...", "The judges who ruled ..., for instance, said
            # ...": a core reporting verb whose subject no closer reading found speaks for the sentence's opening
            # noun phrase.
            cand = _with_source_before(ctx, hit, a, e, subject[0], subject[1], False, n)
        if cand is None and src is None and not participle and lemma in STRONG_CUES and a == ci \
                and (not cue_low.endswith("s") or cue_low == "says") and (e >= n or toks[e][LOW] != "by") \
                and not any(p[0] <= toks[a][START] < p[1] for prev in out for p in prev.parts) \
                and (subject := _long_subject(ctx, a)) is not None:
            # "Ada Penn, the harbour master who ran the port for a decade, said ...": the opening subject speaks
            # across its appositives, relative clauses and asides.
            cand = _with_source_before(ctx, hit, a, e, subject[0], subject[1], False, n)
        if cand is not None and len(cand.parts) == 1 and cue_low == "showing":
            # "polls showing Reed ahead, the mayor said ...": what a record shows is a phrase inside a clause, which
            # ends at the next comma
            comma = ctx.text.find(",", cand.parts[0][0], cand.parts[0][1])
            if comma > cand.parts[0][0]:
                cand.parts[0] = (cand.parts[0][0], comma)
        if cand is not None and cand.parts:
            subordinate = toks[0][LOW] in SUBORDINATORS or (toks[0][LOW] == "even" and len(toks) > 1
                                                            and toks[1][LOW] in _EVEN_SUBORDINATORS)
            if subordinate and not ctx.truncated and len(cand.parts) == 1 and src is not None:
                _end_subordinate_clause(ctx, cand, src[0], e)
            if src is not None and len(cand.parts) == 1 and src[0] >= 2 and toks[src[0] - 2][TEXT] == "," \
                    and toks[src[0] - 1][LOW] in ("which", "whom"):
                _end_relative_clause(ctx, cand, e)
            cand.strong = lemma in STRONG_CUES
            if out and cand.source is not None and lemma in STRONG_CUES and not cue_low.endswith("ing") \
                    and is_word(toks[a - 1]):
                _end_inner_relative(toks, out, cand, a)
            out.append(cand)
            used_until = e
            ctx.claimed = max(ctx.claimed, toks[e - 1][END])
    if leads:
        out = [c for c in out if id(c) not in leads]
    for cand in out:
        _clitic_joins_cue(toks, starts, cand)
    return out


# Prepositions that make a gerund the means or the moment of the main verb's action ("answered by saying ...",
# "scolded the board after telling ...").
_MEANS_PREPOSITIONS: Final = frozenset({"by", "after", "before"})
# Verbs of saying whose gerund after such a preposition reports a statement ("by saying", "after claiming"); a gerund
# of action ("by pushing cuts", "by attacking his record") reports nothing.
_SPEECH_GERUNDS: Final = STRONG_CUES | frozenset({"suggest", "mention", "remind", "cite", "joke", "interject", "assert",
                                                  "quip", "threaten", "pledge", "vow", "promise"})


def _gerund_of_means(ctx: SentenceView, hit: CueHit, a: int, e: int, out: list[Candidate],
                     paragraph: int) -> Candidate | None:
    """"Reed replied by saying ...", "Berg scolded the board after telling voters ...": a reporting gerund after "by",
    "after" or "before" inside the content of the previous verb reports with that verb's source; the previous content
    ends before the preposition, and the verb's attribution goes when nothing but the gerund was its content."""
    prev = out[-1]
    if prev.source is None or prev.nominal or len(prev.parts) != 1:
        return None
    toks = ctx.tokens
    cand = _participle(ctx, hit, a, e, out, paragraph)
    if cand is None:
        return None
    if hit.lemma in ADDRESSEE_VERBS:
        # "by telling the crews (that) ...": the addressee is no part of what was said
        parts = ctx.after(_skip_addressee(toks, e, ctx.content_end()))
        if parts:
            cand.parts = parts
    start = prev.parts[0][0]
    cut = toks[a - 1][START]
    text = ctx.text
    while cut > start and text[cut - 1] in " ,":
        cut -= 1
    if cut <= start:
        # "Reed responded by saying ...", "Berg began by saying ...": the verb and its gerund make one cue
        out.pop()
        if prev.cue is not None and prev.cue[1] <= start and not text[prev.cue[1]:toks[a - 1][START]].strip():
            cand.cue = (prev.cue[0], cand.cue[1] if cand.cue is not None else toks[e - 1][END])
    else:
        prev.parts[0] = (start, cut)
    return cand


def _clitic_joins_cue(toks: list[Token], starts: Sequence[int], cand: Candidate) -> None:
    """"He’s comparing ...", "they’ve said ...", "who’s argued ...": the contracted auxiliary of a pronoun opens the
    cue (the corpus marks "’s comparing"), and the pronoun alone is the source."""
    if cand.cue is None:
        return
    k = bisect.bisect_left(starts, cand.cue[0]) - 1
    if k < 0 or toks[k][END] >= cand.cue[0]:
        return
    t = toks[k]
    low = t[LOW]
    if "'" not in low and "’" not in low:
        return  # no contraction: most words before a cue
    mark = max(low.rfind("'"), low.rfind("’"))
    if mark <= 0 or low[mark + 1:] not in _CLITICS or low[:mark] not in _CLITIC_PRONOUNS:
        return
    cand.cue = (t[START] + mark, cand.cue[1])
    if low[:mark] == "it" and cand.source is None:
        return  # "It’s been reported that ...": an empty subject, no source
    if cand.source is None or (cand.source[0] <= t[START] and t[END] <= cand.source[1] and cand.source[1] - t[END] < 2):
        cand.source = (t[START], t[START] + mark)


def _infinitive(ctx: SentenceView, hit: CueHit, ci: int, cj: int, n: int, paragraph: int) -> Candidate | None:
    """"Berg used her speech to call for a new bridge", "The storm prompted the council to demand levees": a
    reporting verb in the infinitive, with "to" in its cue. The object of a verb of prompting before it
    ("prompted the council") speaks, else the sentence's subject; what follows the cue is the content."""
    toks = ctx.tokens
    _, e = _extend_cue(toks, ci, cj, hit.lemma)
    # "went on to say: “...”", "was prompted to say, “...”": a quotation after a colon or a comma is the content
    quoted = e < n and (toks[e][TEXT] in OPENING_MARKS
                        or (toks[e][TEXT] == "," and e + 1 < n and toks[e + 1][TEXT] in OPENING_MARKS))
    if e >= n or not (is_word(toks[e]) or quoted) or _not_a_cue(toks, ci, cj, e, hit.lemma):
        return None
    to = ci - 1
    src: tuple[int, int] | None = None
    k = to - 1
    if toks[k][LOW] in OBJECT_PRONOUNS and k >= 1 and toks[k - 1][LOW] in _CONTROL_FORMS:
        src = (k, k + 1)  # "allowed him to call for ..."
    elif is_word(toks[k]) and head_ok(toks[k]):
        start = scan_left(toks, k, 0)
        if start is not None and start >= 1 and toks[start - 1][LOW] in _CONTROL_FORMS:
            src = (start, k + 1)  # "prompted the council to demand ..."
    cue_start = to
    if src is None:
        first = _past_link(toks, 0, len(toks)) if len(toks) > 2 else 0
        subj = subject_at_start(toks[first:to])
        if subj is None:
            return None
        src = (first + subj[0], _subject_end(toks, first + subj[1], to))
        if src[1] >= to or toks[src[1]][LOW] in ("to", ",") or toks[src[0]][LOW] == "it":
            return None  # "It is hard to say ...": no speaker; a subject must be followed by its verb
        if to - src[1] <= _INFINITIVE_PREDICATE and all(is_word(t) for t in toks[src[1]:to]):
            cue_start = src[1]  # "went on to criticize", "was quick to embrace": the short predicate joins the cue
    parts = ctx.after(e)
    if not parts:
        return None
    return Candidate(parts, (toks[cue_start][START], toks[e - 1][END]), hit.cue_class,
                     (toks[src[0]][START], toks[src[1] - 1][END]), list(toks[src[0]:src[1]]), paragraph=paragraph)


def _subject_end(toks: list[Token], end: int, limit: int) -> int:
    """Token index after a sentence-opening subject whose capitalised words end at ``end``: lowercase nouns after them
    ("Democratic voters", "Federal investigators") join it when a verb follows within a few words."""
    for k in range(end, min(limit, end + 3)):
        t = toks[k]
        if not is_word(t):
            return end
        low = t[LOW]
        if low in CUE_AUXILIARIES or low in BE_FORMS or low in NOT_STANCE or low.endswith("ed") \
                or low in CLAUSE_WORDS:
            return k
        if is_capital(t):
            continue
    return end


_COMPARATIVE_OPENERS = frozenset({"less", "more", "much", "far", "even", "ever", "once", "long"})


def _series_member(ctx: SentenceView, hits: list[CueHit], hit: CueHit, prev: Candidate, a: int, ci: int,
                   e: int) -> Candidate | None:
    """"Berg urged the council to act, proposed a vote, and warned of delays": a verb phrase in a comma series of the
    previous attribution's subject, closed by "and" and another cue. It takes the previous source, and the previous
    content ends at the comma before it."""
    toks = ctx.tokens
    comma = toks[a - 1]
    if prev.source is None or prev.nominal or prev.cue is None or len(prev.parts) != 1 \
            or not prev.cue[1] <= prev.parts[0][0] < comma[START] < prev.parts[0][1] \
            or toks[a][LOW] in NOUN_ONLY or toks[a][LOW] != toks[a][TEXT] \
            or not (toks[ci][LOW].endswith(("ed", "s")) or toks[ci][LOW] in _IRREGULAR_PAST) \
            or (e < len(toks) and toks[e][LOW] == "by"):
        return None  # ("the plan, approved by the council, ...": a passive participle inside the content)
    if not prev.series and _finite_clause_before(toks, ctx.starts, prev.parts[0][0], a - 1):
        # "The coast guard said the crew left the harbor, refused any help, and ...": after a content that is a clause
        # of its own, the series goes on with that clause's verb and subject (the crew refused), not the reporting
        # verb's.
        # A series already running at the reporting verb's level ("praised the crews, said the pier was safe, and
        # thanked ...") continues there.
        return None
    # The series closes with "and" (or ", and") before a finite verb, after this member and inside the previous
    # content. The closes are scanned once a sentence: a search from every member would be quadratic in a long series.
    closes = ctx.series_closes
    if closes is None:
        sentence = ctx.sentence
        closes = ctx.series_closes = [m.span() for m in _SERIES_CLOSE.finditer(ctx.text, sentence.start, sentence.end)]
    k = bisect.bisect_left(closes, (hit.end, -1))
    if k == len(closes) or closes[k][1] > prev.parts[0][1]:
        return None
    parts = ctx.after(e)
    if not parts:
        return None
    end = comma[START]
    prev.parts[0] = (prev.parts[0][0], end)
    return Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class, prev.source, prev.source_tokens,
                     antecedent=prev.antecedent, paragraph=prev.paragraph, series=True)


# How many words of a content are read for the subject and verb of a clause of its own.
_CLAUSE_WORDS = 12
# Finite auxiliaries and forms of "be" and "have": one of them after a content's first word makes it a clause.
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "am", "has", "have", "had", "will", "would", "could",
                                 "can", "should", "shall", "may", "might", "must", "did", "does"})


def _finite_clause_before(toks: list[Token], starts: Sequence[int], start: int, comma: int) -> bool:
    """Whether the content from offset ``start`` to the comma at token ``comma`` opens with a clause of its own: a
    finite auxiliary ("the pier was safe") or a past form after a noun ("the driver left the pier") among its first
    words. A past form after an article, a determiner, an adverb or "to" ("the revised plan") or a relative pronoun
    ("the crews who worked late") is none. Only the first words are read (the subject and verb of a clause come
    first), so a long series whose members are all turned down stays linear."""
    if starts:
        k = bisect.bisect_left(starts, start)
    else:
        k = comma - 1
        while k > 0 and toks[k - 1][START] >= start:
            k -= 1
    for j in range(k + 1, min(comma, k + _CLAUSE_WORDS)):
        low, before = toks[j][LOW], toks[j - 1]
        if not is_word(toks[j]) or toks[j][TEXT] != low or not is_word(before) or before[LOW] == "to":
            continue
        if low in _FINITE_AUXILIARIES:
            return True
        if (low.endswith("ed") or low in _IRREGULAR_PAST or low in IRREGULAR_PAST_FORMS) \
                and before[LOW] not in ARTICLES \
                and before[LOW] not in DETERMINERS and before[LOW] not in RELATIVE_PRONOUNS \
                and before[LOW] not in CUE_AUXILIARIES and before[LOW] not in BE_FORMS and not _is_adverb(before):
            return True
    return False


# The finite forms of a verb in a series that are neither in -ed nor in -s ("said", "told", "wrote").
_IRREGULAR_PAST = frozenset(form for forms in IRREGULAR.values() for form in forms
                            if not form.endswith(("s", "ing", "en", "wn")))
# The close of a series of verb phrases: "and" before a finite verb ("..., and warned of delays").
_SERIES_CLOSE = re.compile(r",?\sand\s{1,3}(?:also\s|then\s)?(?:[a-z]+(?:ed|s)|"
                           + "|".join(sorted(_IRREGULAR_PAST)) + r")\b")


def _participle_appositive(ctx: SentenceView, a: int) -> int | None:
    """The end of the subject when the cue at token ``a`` follows "Subject, <participle> ...," ("The mayor, citing a
    survey, said ..."): the participle clause is set off inside the subject's clause, and the verb after it is the
    subject's. None otherwise."""
    toks = ctx.tokens
    if ctx.truncated or a < 4 or toks[a - 1][TEXT] != ",":
        return None
    k = next((j for j in range(a - 2, max(0, a - 16), -1) if toks[j][TEXT] == ","), None)
    if k is None or k < 1 or not toks[k + 1][LOW].endswith("ing") or is_capital(toks[k + 1]):
        return None
    return k if subject_at_start(toks[:k]) == (0, k) else None


# Quantifiers that open a subject with "of" ("most of them", "some of the crews").
_QUANTIFIER_SUBJECTS = frozenset({"most", "many", "some", "all", "few", "several", "both", "none", "each", "half",
                                  "one", "two", "three", "majority", "dozens", "hundreds", "thousands"})


def _opening_subject(toks: list[Token], a: int) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence before token ``a``, past a dateline and up to three openers in a row:
    linking words ("But", "Then,") and fronted phrases that end in a comma ("In 2019, ...", "After the vote, ...")."""
    first = _dateline_end(toks, a)
    for _ in range(3):
        if first >= a:
            return None
        low = toks[first][LOW]
        if low in _SENTENCE_LINKS:
            first = _past_link(toks, first, a)
        elif low in _FRONTED_OPENERS or low in _FRONTED_PREPOSITIONS or low in SUBORDINATORS or low == "until":
            comma = next((k for k in range(first + 1, min(a, first + 12)) if toks[k][TEXT] == ","), None)
            if comma is None:
                return None
            first = comma + 1
        else:
            break
    if first >= a - 1:
        return None
    if toks[first][LOW] in _QUANTIFIER_SUBJECTS and toks[first + 1][LOW] == "of" and a - first <= 6 \
            and all(is_word(t) for t in toks[first:a]):
        return first, a  # "most of them said", "many of the workers said"
    subject = subject_at_start(toks[first:a])
    if subject is None:
        return None
    head = toks[first + subject[0]]
    if head[LOW] in ("it", "that", "this", "there") or not head[TEXT][0].isalpha() or head[LOW].endswith("ed"):
        return None  # an empty subject, a number or a fronted participle ("Considered by many, ...")
    return first + subject[0], first + subject[1]


def _main_clause_verb(head: list[Token], end: int, comma: int, last: int) -> bool:
    """Whether a lowercase verb follows a sentence's opening subject that ends at ``end``, before the comma that
    closes ``head`` at ``last``: right after it ("Reed went to court, ..."), or, when the subject ends at the first
    comma, right after a second comma ("Local farmers, angry at the delay, went to court, ...")."""
    if head[0][LOW].endswith("ed") or head[0][LOW] in _COMPARATIVE_OPENERS:
        return False  # "Pressed about the talks, ...", "Less wary than his rival, ...": a fronted phrase
    if end < comma:
        verb = head[end]
        return is_word(verb) and not is_capital(verb) and (comma == last or verb[LOW] in CUE_AUXILIARIES
                                                   or verb[LOW] in BE_FORMS)
    second = next((k for k in range(comma + 2, min(last, comma + 12)) if head[k][TEXT] == ","), None)
    if second is None or second == last or second + 1 >= last:
        return False
    verb = head[second + 1]
    return is_word(verb) and not is_capital(verb) and not verb[LOW].endswith("ing") and verb[LOW] not in NOT_NAMES \
        and verb[LOW] not in SUBORDINATORS and verb[LOW] not in _SENTENCE_LINKS


def _take_back_trailer(ctx: SentenceView, cand: Candidate, prev: Candidate, sa: int) -> None:
    """"The tenants want to leave, the lawyer said.": a trailing attribution reports the whole clause before it,
    the earlier cue of that clause included, and the earlier content ends before the trailer."""
    toks = ctx.tokens
    if len(prev.parts) != 1 or len(cand.parts) != 1 or sa < 2 or toks[sa - 1][TEXT] != "," or prev.strong:
        return
    s, e = prev.parts[0]
    if not s < toks[sa][START] < e or cand.parts[0][1] > toks[sa][START]:
        return  # the earlier content did not swallow this attribution
    start = min(s, prev.cue[0] if prev.cue else s, prev.source[0] if prev.source else s)
    end = toks[sa - 2][END]
    if end <= s:
        return
    prev.parts[0] = (s, end)
    cand.parts[0] = (start, cand.parts[0][1])


# Words before an opening participle ("After arguing that ..., X ...", "By insisting that ..., X ...").
# Verbs of prompting whose object is the subject of the infinitive after it ("prompted the council to demand ...").
_CONTROL_FORMS = frozenset(form for base in (
    "prompt", "allow", "urge", "ask", "force", "lead", "encourage", "invite", "push", "press", "pressure", "persuade",
    "convince", "get", "want", "expect", "need", "tell", "inspire", "enable", "help", "challenge", "dare", "leave",
    "cause", "spur", "drive", "order", "call", "permit", "compel", "require", "move", "trigger", "lead",
) for form in inflections(base)) | {"led", "left", "got", "gotten", "told", "drove", "driven"}
# Contracted auxiliaries after a pronoun ("he’s", "they've", "who’d") and the pronouns that take them into the cue.
_CLITICS = frozenset({"s", "re", "ve", "m", "d", "ll"})
_CLITIC_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "who", "it", "that"})
# The most words of a predicate between a subject and an infinitive cue that still join the cue ("went on to").
_INFINITIVE_PREDICATE = 6
# The base forms of the listed verbs: a cue after "to" must be one ("to endorse", not "to endorsed").
_BASE_FORMS = frozenset(base for verbs in REPORTING_VERBS.values() for base in verbs)
_PARTICIPLE_OPENERS = frozenset({"after", "before", "while", "by", "since", "upon", "in", "when"})


def _opening_participle(ctx: SentenceView, hit: CueHit, a: int, e: int, n: int, paragraph: int) -> Candidate | None:
    """"Insisting that the pier was safe, the mayor ...": the clause up to the comma is the content, the subject
    after the comma the source."""
    toks = ctx.tokens
    comma = next((k for k in range(e, n) if not is_word(toks[k]) and toks[k][TEXT] not in (".", "-", "’s", "'s")), None)
    if comma is None or toks[comma][TEXT] != "," or comma == e:
        return None
    rest = toks[comma + 1:n]
    subj = subject_at_start(rest)
    if subj is None or subj[0] != 0 or subj[1] >= len(rest) or not is_word(rest[subj[1]]) or is_capital(rest[subj[1]]):
        return None
    return Candidate([(toks[e][START], toks[comma - 1][END])], (toks[a][START], toks[e - 1][END]), hit.cue_class,
                     (rest[0][START], rest[subj[1] - 1][END]), list(rest[:subj[1]]), paragraph=paragraph)


def _only_links(toks: list[Token], sa: int) -> bool:
    """Whether nothing but words linking the sentence to the previous one stand before the source ("However, the
    board said Thursday, ...", "In fact, she said on Monday ..."), or nothing at all: a sentence that opens with its
    source and goes on after the cue ("They asked the council to ...") reports what follows, not the quotation
    before it."""
    if sa > 4:
        return False
    return all(not is_word(t) or t[LOW] in _SENTENCE_LINKS or t[LOW] in _LINK_WORDS for t in toks[:sa])


# Words of multi-word sentence links ("in fact", "after all", "of course", "for example").
_LINK_WORDS = frozenset({"in", "fact", "after", "all", "of", "course", "for", "example", "instance", "again", "too",
                         "first", "finally", "also"})


def _nothing_reported_after(toks: list[Token], e: int, n: int) -> bool:
    """Whether the sentence ends at the cue ending at ``e`` or after a short adjunct ("as she has noted before.");
    after a comma the sentence may go on with what was reported ("However, as the Herald reported, ...")."""
    if e >= n:
        return True
    if n - e > 6 or not (toks[e][LOW] in AFTER_CUE_ADJUNCTS or toks[e][LOW] in WEEKDAYS
                         or toks[e][LOW] in _AFTER_CUE_ADVERBS):
        return False
    return all(is_word(t) and t[LOW] not in ("that", "whether", "how", "what", "why", "to") for t in toks[e:n])


# Adverbs that may close a clause after its cue ("as she has noted before.", "as he said again.").
_AFTER_CUE_ADVERBS = frozenset({"before", "earlier", "previously", "recently", "often", "repeatedly", "again",
                                "yesterday", "today", "too", "publicly", "privately", "then"})


def _end_relative_clause(ctx: SentenceView, cand: Candidate, e: int) -> None:
    """"The plan, which critics say will cost billions, was approved": an attribution inside a relative clause
    reports up to the comma that closes the clause, the first one after which the main clause's predicate goes on
    (an auxiliary or a verb in "-ed": "was approved", "passed"), keeping a closing quotation mark ("which Berg called
    “reckless,” will be reviewed"); commas inside a list ("was unsafe, old and costly, was closed") do not end it."""
    toks = ctx.tokens
    s, end = cand.parts[0]
    if s < toks[e - 1][END]:
        return  # the content is not after the cue
    for k in range(e + 1, min(len(toks) - 1, e + 40)):
        t = toks[k]
        if t[START] >= end:
            return
        if t[TEXT] != ",":
            continue
        after = k + 1
        close = t[END]
        if toks[after][TEXT] in CLOSING_MARKS:
            close = toks[after][END]  # the mark closes the quotation
            after += 1
        nxt = toks[after] if after < len(toks) else None
        if nxt is not None and nxt[START] < end and is_word(nxt) and not is_capital(nxt) \
                and (nxt[LOW] in PREDICATE_OPENERS or nxt[LOW].endswith("ed")
                     or (nxt[LOW] in ("and", "but") and after + 1 < len(toks)
                         and toks[after + 1][LOW] in RELATIVE_PRONOUNS)):  # ", and which ...": a second clause
            cand.parts[0] = (s, close if close > t[END] else t[START])
            return


def _end_subordinate_clause(ctx: SentenceView, cand: Candidate, sa: int, e: int) -> None:
    """"While officials say the pier is safe, the crews stay away": an attribution in a sentence-opening subordinate
    clause reports up to the comma that closes the clause, not into the main clause."""
    toks = ctx.tokens
    s, end = cand.parts[0]
    if s < toks[e - 1][END] or any(t[TEXT] == "," for t in toks[1:sa]):
        return  # the content is not after the cue, or the source stands past the clause
    for k in range(e, len(toks) - 1):
        t = toks[k]
        if t[START] >= end or not (is_word(t) or t[TEXT] in (",", ".", "-", "’s", "'s")):
            return  # past the content, or a quotation or a bracket
        nxt = toks[k + 1]
        # The main clause opens with its subject ("..., they differ", "..., the crews stay"); an appositive ("..., a
        # fee on boats, ...") or a participle ("..., leaving ...") goes on with the subordinate clause.
        if t[TEXT] == "," and t[START] > s and is_word(nxt) and (
                nxt[LOW] in SUBJECT_PRONOUNS or (is_capital(nxt) and nxt[LOW] not in NOT_NAMES)
                or (nxt[LOW] in _MAIN_SUBJECT_OPENERS and k + 2 < len(toks) and is_word(toks[k + 2]))
                or (nxt[LOW] in ("nobody", "everyone", "everybody", "there"))):
            # The main clause's own attribution ("..., the landlord refused") takes nothing before the comma.
            ctx.claimed = max(ctx.claimed, nxt[START])
            cand.parts[0] = (s, toks[k - 1][END])
            return


# Words that open a subordinate clause after "even" ("Even as ...", "Even though ...").
_EVEN_SUBORDINATORS = frozenset({"as", "though", "if", "when", "while", "after", "before", "so"})


# Words that open a main clause's subject after a subordinate clause ("When ..., the crews ...").
_MAIN_SUBJECT_OPENERS = frozenset({"the", "this", "these", "those", "his", "her", "their", "its", "our", "my", "many",
                                   "some", "most", "few", "both", "all", "nobody", "everyone", "everybody", "no",
                                   "there"})


# Punctuation that closes an appositive between a subject and its verb ("Tom Reed, 52, said", "Reed -- a farmer --
# said").
_APPOSITIVE_ENDS = frozenset({",", "—", "–", "--"})


# Words whose "'s" is a contraction ("it's", "that's"), never a possessor.
_CONTRACTED = SUBJECT_PRONOUNS | {"that", "there", "what", "who", "here", "where", "how", "let"}


# Verbs right after "that" that make it a relative pronoun ("a claim that was denied").
_RELATIVE_VERBS = BE_FORMS | {"has", "have", "had", "will", "would", "could", "can", "should", "may", "might", "must"}


_SUBJECT_STOPS: Final = frozenset({"that", "which", "who", "whom", "whose", "when", "while", "if", "because", "as",
                                   "but", "and", "is", "was", "are", "were", "has", "have", "had", "will", "would",
                                   "said", "says"})


_SUBJECT_PREPOSITIONS: Final = frozenset({"in", "of", "from", "across", "among", "at", "on", "with", "for", "by"})


_FRONTED_OPENERS = frozenset({"in", "on", "at", "after", "before", "during", "last", "earlier", "later", "since"})


_FRONTED_PREPOSITIONS = frozenset({"with", "without", "for", "to", "by", "from", "despite", "following", "amid",
                                   "under", "over", "as", "like", "unlike", "if", "when", "while", "although"})


# Words that link a sentence to the previous one before its subject ("But the crews said ...", "Indeed, ...").
_SENTENCE_LINKS: Final = frozenset({"but", "and", "yet", "so", "still", "indeed", "meanwhile", "however", "now",
                                    "also", "instead", "moreover", "further", "furthermore", "besides", "nonetheless",
                                    "nevertheless", "separately", "similarly", "likewise", "then", "or", "plus",
                                    "overall", "ultimately"})


# Dashes that end a dateline, and how many tokens a dateline may span before its dash ("DOVER, Kent (Wire) —").
_DATELINE_DASHES = frozenset({"—", "–", "-", "--"})
_DATELINE_SPAN = 14


def _dateline_end(toks: list[Token], end: int) -> int:
    """The index after the dash of a dateline that opens ``toks`` ("DOVER (Wire) — ...": a word in capitals, then a
    dash within ``_DATELINE_SPAN`` tokens, before ``end``), or 0 without one: the sentence proper starts there."""
    if not toks or not toks[0][TEXT].isupper() or len(toks[0][TEXT]) < 2:
        return 0
    dash = next((k for k in range(min(end, _DATELINE_SPAN, len(toks))) if toks[k][TEXT] in _DATELINE_DASHES), None)
    return 0 if dash is None else dash + 1


def _past_link(toks: list[Token], k: int, end: int) -> int:
    """The index after a linking word at ``k`` and the comma after it ("But ...", "Then, ..."), or ``k`` when the
    token there links nothing; ``end`` bounds the comma's index."""
    if k < end and toks[k][LOW] in _SENTENCE_LINKS:
        return k + 2 if k + 1 < end and toks[k + 1][TEXT] == "," else k + 1
    return k


# Last words of a fronted time phrase ("Two days later, ...", "A year ago, ..."), never a subject.
_TIME_HEADS = frozenset({"ago", "later", "earlier", "before", "after", "since", "day", "days", "week", "weeks", "month",
                         "months", "year", "years", "time", "night", "morning", "evening", "afternoon"})


_PLAIN_DETERMINERS = frozenset({"the", "a", "an"})


def _subject_before_comma(ctx: SentenceView, hit: CueHit, a: int, e: int, paragraph: int) -> Candidate | None:
    """"Anna Berg, dressed in a green coat, said ...", "Local officials familiar with the plan, speaking on condition
    of anonymity, said ...": a subject that ends at the sentence's first comma speaks across a descriptive phrase.
    """
    toks = ctx.tokens
    comma = next((k for k in range(1, a - 1) if toks[k][TEXT] == ","), None)
    if comma is None or comma > 12:
        return None
    if not is_capital(toks[0]) or (toks[0][LOW] in NOT_NAMES and toks[0][LOW] not in _PLAIN_DETERMINERS):
        return None
    if any((not is_word(t) and t[TEXT] not in (".", "’s", "'s")) or t[LOW] in _SUBJECT_STOPS for t in toks[1:comma]):
        return None  # "When the vote came, ...": a clause, not a subject with its modifiers
    subj = subject_at_start(toks[:comma])
    # A short phrase is the subject as a whole ("The harbour pilots", "Local officials familiar with the plan").
    sb = comma if comma <= 8 else subj[1] if subj is not None and subj[0] == 0 else None
    if sb is None or not (head_ok(toks[sb - 1]) or (is_word(toks[sb - 1]) and toks[sb - 1][LOW] not in NOT_NAMES
                                                    and not toks[sb - 1][LOW].endswith("ly")
                                                    and toks[sb - 1][LOW] not in _TIME_HEADS)):
        return None
    parts = ctx.after(e)
    if not parts:
        return None
    return Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class, (toks[0][START], toks[sb - 1][END]),
                     list(toks[0:sb]), paragraph=paragraph)


def _only_fronted_phrase(toks: list[Token], sa: int) -> bool:
    """Whether everything before the source is one fronted phrase ("In a later interview,", "When pressed,"): it
    is made of chunks that open with a preposition or a subordinator, or short time phrases, and no quotation."""
    if sa < 3 or toks[sa - 1][TEXT] != ",":
        return False
    # Comma-separated chunks, each a prepositional or subordinate phrase or a time phrase ("Two days later, when
    # the vote came,").
    first = 0
    for k in range(sa):
        if toks[k][TEXT] != ",":
            if not (is_word(toks[k]) or toks[k][TEXT] in (".", "’s", "'s", "-")):
                return False
            continue
        chunk = toks[first:k]
        if not chunk or not (chunk[0][LOW] in _FRONTED_OPENERS | _FRONTED_PREPOSITIONS
                             or (len(chunk) <= 4 and chunk[-1][LOW] in ("later", "ago", "earlier"))):
            return False
        first = k + 1
    return True


def _determined_noun(toks: list[Token], a: int) -> tuple[int, int] | None:
    """"..., the admiral said": a lowercase noun after an article (one adjective allowed) before a core reporting
    verb, for heads missing from the word tables."""
    j = a - 1
    if j < 1 or not is_word(toks[j]) or is_capital(toks[j]) or toks[j][LOW] in NOT_NAMES or toks[j][LOW].endswith("ly"):
        return None
    for k in (j - 1, j - 2):
        if k < 0:
            return None
        if toks[k][LOW] in _PLAIN_DETERMINERS:
            return k, j + 1
        if not is_word(toks[k]) or is_capital(toks[k]) or toks[k][LOW] in NOT_NAMES:
            return None
    return None


def _sentence_subject(ctx: SentenceView, a: int) -> tuple[int, int] | None:
    """"The report published Tuesday showed ...", "A third of the residents in the latest survey said ...": a short
    sentence-opening subject that the noun-phrase scan cannot read (participles, prepositional phrases) is the source
    when nothing in it opens a clause.
    """
    toks = ctx.tokens
    if ctx.truncated:
        return None
    first = 0
    if len(toks) > 2 and toks[0][LOW] in _SENTENCE_LINKS:
        # "But 58 percent of the crews said", "Indeed, supporters of the plan say": a linking word is no subject.
        first = _past_link(toks, 0, len(toks))
    elif toks and toks[0][LOW] in SUBORDINATORS and len(toks) > 1 and is_word(toks[1]):
        first = 1  # "While the leaders of both parties say ...": the subordinator opens the clause, not the subject
    elif len(toks) > 2 and toks[0][LOW] == "even" and toks[1][LOW] in _EVEN_SUBORDINATORS and is_word(toks[2]):
        first = 2  # "Even as nurses in the district called for ..."
    elif toks and toks[0][LOW] in _FRONTED_OPENERS:
        # "On Tuesday, the ... said": a short fronted phrase before the subject.
        comma = next((k for k in range(1, min(a, 8)) if toks[k][TEXT] == ","), None)
        if comma is None:
            return None
        first = comma + 1
    # "After the vote, officials in both towns said": a lowercase head noun of people opens a subject after a fronted
    # phrase too.
    people = first > 0 and (toks[first][LOW] in ANONYMOUS_HEADS or toks[first][LOW] in PEOPLE_NOUNS
                            or (not is_capital(toks[first]) and head_ok(toks[first]))
                            or (toks[0][LOW] in _SENTENCE_LINKS and is_word(toks[first])
                                and toks[first][LOW] not in NOT_SOURCE_WORDS and toks[first][LOW] not in NOT_NAMES
                                and toks[first][LOW] not in CLAUSE_WORDS))
    if a - first < 2 or a - first > 12 or not (is_capital(toks[first]) or toks[first][LOW] in DETERMINERS or people):
        return None
    if toks[first][LOW] in _FRONTED_PREPOSITIONS:
        return None  # "With leaders worried, ...": a fronted phrase, not the subject
    # Only right before the cue ("He didn't suggest"); a negation further left is another clause's ("Berg didn't
    # run, and Reed said").
    negated = next((k for k in range(max(first, a - 2), a) if toks[k][LOW].endswith(("n't", "n’t"))), None)
    if negated is not None:
        a = negated  # "He didn't suggest": the negated auxiliary is no part of the subject
        if a - first < 1:
            return None
    coordinated = False
    for t in toks[first:a]:
        if t[LOW] == "and":
            coordinated = True  # "The mayor and her deputy said", "Harbor and ferry officials say"
        elif (not is_word(t) and t[TEXT] not in (".", "-", "’s", "'s")) or t[LOW] in _SUBJECT_STOPS:
            return None
    if coordinated and (toks[a - 1][LOW] == "and"
                        or any(not is_capital(t) and t[LOW].endswith("ed") for t in toks[first:a])):
        return None  # "The vote passed and officials said": a verb before "and" makes it two clauses
    return first, a


def _possessor_before(toks: list[Token], sa: int) -> int:
    """The start of a source widened over its possessor: "the mayor's senior adviser Tom Reed", "Acme's chief"."""
    k = sa
    if k > 0 and is_word(toks[k - 1]) and toks[k - 1][LOW].endswith(POSSESSIVE_ENDINGS) \
            and toks[k - 1][LOW][:-2] not in _CONTRACTED:
        k -= 1
        while k > 0 and sa - k < 6 and is_word(toks[k - 1]) and toks[k - 1][LOW] not in NOT_SOURCE_WORDS and (
                toks[k - 1][LOW] in _PLAIN_DETERMINERS
                or (is_capital(toks[k - 1]) and toks[k - 1][LOW] not in NOT_NAMES)):
            k -= 1
    return k


def _subject_after_quote(ctx: SentenceView, a: int) -> tuple[int, int] | None:
    """"“...,” Tom Reed of the Harbor Institute wrote", "“...,” the mayor and her deputy said": every word between a
    closing quotation and its cue is the source, when it opens like a noun phrase and holds no clause.
    """
    toks = ctx.tokens
    # The quotations' ends, looked at here before asking ``quote_ending_at`` (which does the same first): most tokens
    # end no quotation, and the look spares a method call per token of the scan.
    ends = ctx.quote_ends or frozenset()
    k = a - 1
    while k >= 0 and a - k <= _MAX_SUBJECT_AFTER_QUOTE:
        t = toks[k]
        end = t[END]
        if t[TEXT] in CLOSING_MARKS or ((end in ends or end - 1 in ends or end + 1 in ends)
                                       and ctx.quote_ending_at(end) is not None):
            break
        # (``is_word`` read inline: this loop runs over every word between a quotation and its cue)
        if (not t[TEXT][0].isalnum() and t[TEXT] not in (",", "(", ")", ".", "-", "’s", "'s")) \
                or (t[LOW] in _SUBJECT_STOPS and t[LOW] != "and"):
            return None
        k -= 1
    else:
        return None
    first = k + 1
    if first >= a or (toks[a - 1][TEXT] == "," and first == a - 1):
        return None
    if not (is_capital(toks[first]) or toks[first][LOW] in DETERMINERS) or toks[first][LOW] in NOT_SOURCE_WORDS:
        return None
    return first, a - 1 if toks[a - 1][TEXT] == "," else a


# The longest source read between a closing quotation and its cue, in tokens.
_MAX_SUBJECT_AFTER_QUOTE: Final = 16


def _fronted_verb(ctx: SentenceView, hit: CueHit, e: int, n: int, paragraph: int) -> Candidate | None:
    """"Said the mayor, “...”": the source follows the fronted verb, the content follows the comma."""
    toks = ctx.tokens
    src = source_after(toks, e, n)
    if src is None:
        return None
    sa, sb = src
    comma = sb - 1 if toks[sb - 1][TEXT] in (",", ":") else sb
    if comma >= n or toks[comma][TEXT] not in (",", ":"):
        return None
    sb = comma if comma < sb else sb
    parts = ctx.after(comma + 1)
    if not parts or sb <= sa:
        return None
    return Candidate(parts, (toks[0][START], toks[e - 1][END]), hit.cue_class, (toks[sa][START], toks[sb - 1][END]),
                     list(toks[sa:sb]), paragraph=paragraph)


# Endings and words of the adjectives and adverbs that modify a nominal cue after its possessor ("his harsh attacks",
# "her repeated claims", "their strongly worded criticism"); a noun modifier ("his disclosure statements") is none.
_ADJECTIVE_ENDINGS = ("ed", "ly", "al", "ic", "ive", "ous", "ful", "less", "ent", "ant", "ible", "able", "ary", "ish")
_PLAIN_ADJECTIVES = frozenset({
    "harsh", "long", "bitter", "strong", "fierce", "sharp", "new", "recent", "latest", "own", "blunt", "tough",
    "first", "last", "early", "broad", "open", "full", "frequent", "fresh", "sweeping", "scathing", "withering",
    "stinging", "growing", "ongoing", "lukewarm", "tepid", "warm", "firm", "loud", "sustained", "veiled", "thinly",
})


def _adjective_like(low: str) -> bool:
    """Whether a lowercase word reads as an adjective or adverb (by its ending or from a short list)."""
    return low in _PLAIN_ADJECTIVES or (len(low) > 4 and low.endswith(_ADJECTIVE_ENDINGS))


def _nominal(ctx: SentenceView, ci: int, cj: int, hit: CueHit, n: int, paragraph: int) -> Candidate | None:
    """"his claim that ...", "Berg's support for ...", "the belief that ...": a nominal cue.

    The possessor is the source; without one, only a that-clause makes the noun a cue ("the allegation that ...",
    a content without a source), since a bare "the statement" or "her support" reports nothing.
    """
    toks = ctx.tokens
    if cj >= n:
        return None
    k = ci - 1
    # Up to two modifiers between possessor and noun: "her repeated claims that ...", "his harsh attacks on ...".
    # After a possessive in 's any one lowercase word is taken; otherwise the words must read as adjectives.
    for m in (1, 2):
        p = ci - 1 - m
        if p < 0 or not all(is_word(t) and not is_capital(t) and t[LOW] not in NOT_NAMES for t in toks[p + 1:ci]):
            break
        if toks[p][TEXT].endswith(POSSESSIVE_ENDINGS) and m == 1:
            k = p
            break
        if (toks[p][TEXT].endswith(POSSESSIVE_ENDINGS) or toks[p][LOW] in POSSESSIVE_PRONOUNS) \
                and all(_adjective_like(t[LOW]) for t in toks[p + 1:ci]):
            k = p
            break
    source: tuple[int, int] | None = None
    src_tokens: list[Token] = []
    if k >= 0 and toks[k][LOW] in POSSESSIVE_PRONOUNS:
        source, src_tokens = (toks[k][START], toks[k][END]), [toks[k]]
    elif k >= 0 and toks[k][TEXT].endswith(POSSESSIVE_ENDINGS) \
            and toks[k][LOW].replace("’", "'").split("'")[0] not in _CONTRACTED:
        first = k
        # The possessor phrase: names and a determiner before the possessive ("the board's", "Mr. Reed's").
        while first > 0 and k - first < 5:
            if first > 1 and toks[first - 1][TEXT] == "." and is_capital(toks[first - 2]) \
                    and len(toks[first - 2][TEXT]) <= 4:
                first -= 2  # "Mr. Reed's", "Donald J. Reed's": a title or an initial with its period
                continue
            if not (is_word(toks[first - 1]) and (toks[first - 1][LOW] in DETERMINERS or (
                    is_capital(toks[first - 1]) and toks[first - 1][LOW] not in NOT_NAMES))):
                break
            first -= 1
            if toks[first][LOW] in DETERMINERS:
                break
        source, src_tokens = (toks[first][START], toks[k][END]), list(toks[first:k + 1])
    nxt = toks[cj][LOW]
    if nxt == "that" and cj + 1 < n and (toks[cj + 1][LOW] in _RELATIVE_VERBS or toks[cj + 1][LOW].endswith("ed")):
        return None  # "a decision that pleased ...": a relative clause, not the content
    if source is None and nxt == "that":
        source, src_tokens = _object_nominal_subject(ctx, ci)
    if nxt == "that" or (nxt == "to" and toks[ci][LOW] in INFINITIVE_NOUNS and source is not None):
        e = cj
    elif nxt in ("is", "was") and source is not None and cj + 2 < n and toks[cj + 1][LOW] == "that":
        e = cj + 1  # "Her fear is that ...": the copula joins the cue, the that-clause is the content
    elif source is not None and nxt in NOMINAL_PREPOSITIONS and cj + 1 < n and is_word(toks[cj + 1]):
        e = cj + 1
    else:
        return None
    parts = ctx.after(e)
    if not parts:
        return None
    cue_end = toks[e - 1][END] if e > cj else toks[ci][END]
    # The modifiers after a possessor belong to the cue ("his harsh attacks on").
    cue_start = toks[k + 1][START] if source is not None and k < ci - 1 and k + 1 < ci else toks[ci][START]
    return Candidate(parts, (cue_start, cue_end), hit.cue_class, source, src_tokens, paragraph=paragraph,
                     nominal=True)


_BY_AGENT_STOPS = frozenset({",", "whether", "if", "about", "to", "what", "why", "how", "when", "for", "on", "during",
                             "in", "at", "“", "\"", ":", ";", "—", "–"})


def _passive_subject(ctx: SentenceView, hit: CueHit, a: int, e: int, cj: int, n: int,
                     paragraph: int) -> Candidate | None:
    """"The deal was announced on Friday", "..., which was first reported by the Herald": the passive subject is what
    was said; the agent after "by", if any, said it."""
    toks = ctx.tokens
    if a >= 1 and toks[a - 1][LOW] in ("it", "it's", "it’s"):
        # "It was announced on Monday that ...": an empty subject; the that-clause is what was said.
        k = _skip_adjunct(toks, e, n)
        if k < n and toks[k][LOW] == "that":
            parts = ctx.after(k)
            if parts:
                return Candidate(parts, (toks[a][START], toks[e - 1][END]), hit.cue_class, None, paragraph=paragraph)
    k = a - 1
    while k >= 0 and a - k <= 12 and toks[k][TEXT] not in CLAUSE_PUNCT and toks[k][LOW] not in CLAUSE_WORDS \
            and toks[k][LOW] not in RELATIVE_PRONOUNS:
        k -= 1
    if k >= 0 and k == a - 1 and toks[k][LOW] in RELATIVE_PRONOUNS | {"that"}:
        k -= 1  # "..., which was announced": the relative pronoun is the content
    if (k < 0 and ctx.truncated) or a - k > 12 or k == a - 1:
        return None
    if not (is_word(toks[k + 1]) or toks[k + 1][TEXT] in OPENING_MARKS):
        return None
    # "On the day the deal was announced": the subject is the last noun phrase that a determiner opens.
    last_det = next((j for j in range(a - 2, k + 1, -1) if toks[j][LOW] in _PLAIN_DETERMINERS), None)
    if last_det is not None:
        k = last_det - 1
    source = None
    agent: list[Token] = []
    if cj < n and toks[cj][LOW] == "by":
        stop = next((j for j in range(cj + 1, min(n, cj + 12)) if toks[j][LOW] in _BY_AGENT_STOPS
                     or toks[j][TEXT] in CLAUSE_PUNCT or toks[j][TEXT] in (".", "!", "?")), min(n, cj + 12))
        if stop > cj + 1 and head_ok(toks[stop - 1]):
            source = (toks[cj + 1][START], toks[stop - 1][END])
            agent = list(toks[cj + 1:stop])
    return Candidate([(toks[k + 1][START], toks[a - 1][END])], (toks[a][START], toks[e - 1][END]), hit.cue_class,
                     source, agent, paragraph=paragraph)


def _by_agent(toks: list[Token], cj: int, n: int) -> tuple[int, int] | None:
    """"She was asked by a reporter whether ...": the agent of a passive question is its asker, the source."""
    if cj >= n or toks[cj][LOW] != "by":
        return None
    stop = next((k for k in range(cj + 1, min(n, cj + 12)) if toks[k][LOW] in _BY_AGENT_STOPS), None)
    if stop is None or stop == cj + 1 or not head_ok(toks[stop - 1]):
        return None
    return cj + 1, stop


def _object_nominal_subject(ctx: SentenceView, ci: int) -> tuple[tuple[int, int] | None, list[Token]]:
    """"Reed repeated accusations that ...", "She made the claim that ...": a nominal cue without a possessor, the
    object of the sentence's own verb, was voiced by the sentence's subject."""
    toks = ctx.tokens
    subj = subject_at_start(toks[:ci])
    if subj is None or ctx.truncated:
        return None, []
    sa, sb = subj
    # Only a plain verb phrase may stand between the subject and the noun: a comma or a clause word ("Reed said the
    # claims that ...", "Reed, whom critics ...") puts the noun in someone else's mouth.
    if sb > ci or any(not is_word(t) or t[LOW] in _SUBJECT_STOPS or is_capital(t) for t in toks[sb:ci]):
        return None, []
    return (toks[sa][START], toks[sb - 1][END]), list(toks[sa:sb])


def _raising(ctx: SentenceView, hit: CueHit, a: int, e: int, paragraph: int) -> Candidate | None:
    toks = ctx.tokens
    k = a - 1
    while k >= 0 and a - k < 25 and toks[k][TEXT] not in CLAUSE_PUNCT and toks[k][LOW] not in CLAUSE_WORDS:
        k -= 1
    if (k < 0 and ctx.truncated) or a - k >= 25:
        return None
    relative = k == a - 1 and k >= 0 and toks[k][LOW] in RELATIVE_PRONOUNS
    if relative:
        k -= 1  # "..., which is seen as ...": the relative pronoun is the subject
    subject_end = a - 1
    if k == a - 1 and k >= 2 and toks[k][TEXT] == ",":
        # "The bank, which has held rates low, is expected to act": the subject stands before the relative clause
        opener = next((j for j in range(k - 1, max(0, k - 25), -1)
                       if toks[j][LOW] in RELATIVE_PRONOUNS and toks[j - 1][TEXT] == ","), None)
        if opener is not None and opener >= 2:
            j = opener - 2
            while j >= 0 and opener - j < 12 and toks[j][TEXT] not in CLAUSE_PUNCT and toks[j][LOW] not in CLAUSE_WORDS:
                j -= 1
            if j < opener - 2 and not (j < 0 and ctx.truncated):
                k, subject_end = j, opener - 2
    if k == subject_end or e >= len(toks):
        return None
    subject = (toks[k + 1][START], toks[subject_end][END])
    rest = ctx.after(e)
    if not rest:
        return None
    if relative:
        # "The pier, which is known as the Long Arm, was closed": the relative clause ends at its comma.
        comma = ctx.text.find(",", rest[0][0], rest[0][1])
        if comma > rest[0][0]:
            rest = [(rest[0][0], comma)]
    return Candidate([subject, *rest], (toks[a][START], toks[e - 1][END]), hit.cue_class, None, paragraph=paragraph)


def _statement_before(ctx: SentenceView, sa: int) -> bool:
    """Whether the quotation closing right before the source is a statement (four words or more), not a title."""
    quote = ctx.quote_ending_at(ctx.tokens[sa - 1][END])
    return quote is None or ctx.text.count(" ", quote.start, quote.end) >= 3


_STATEMENT_NOUNS: Final = frozenset({"statement", "release", "email", "letter", "tweet", "message", "memo", "video",
                                     "ad"})
_STATEMENT_VERBS = frozenset({"issued", "released", "sent", "put", "posted", "published", "tweeted", "emailed",
                              "issues", "releases", "sends", "puts", "posts", "publishes"})


def _statement_verb(toks: list[Token], a: int) -> int:
    """Token index where the cue of a participle starts: "issued a statement saying" is one cue."""
    k = a - 1
    if k < 2 or toks[k][LOW] not in _STATEMENT_NOUNS:
        return a
    k -= 1
    if is_word(toks[k]) and toks[k][LOW] not in ("a", "an") and k > 1:
        k -= 1  # "a press release", "a joint statement"
    if toks[k][LOW] not in ("a", "an"):
        return a
    k -= 1
    if toks[k][LOW] == "out" and k > 0:
        k -= 1  # "sent out a release"
    return k if toks[k][LOW] in _STATEMENT_VERBS else a


def _participle(ctx: SentenceView, hit: CueHit, a: int, e: int, out: list[Candidate],
                paragraph: int) -> Candidate | None:
    """", adding that ..." / "... and said ...": the sentence's source goes on speaking, else its subject speaks."""
    toks = ctx.tokens
    # "saying at a rally last week that ...": the adjunct before "that" is no part of the content.
    parts = ctx.after(_skip_adjunct(toks, e, ctx.content_end()))
    if not parts:
        return None
    cue = (toks[_statement_verb(toks, a)][START], toks[e - 1][END])
    # The speaker goes on: the last verb's source (a noun cue's possessor, "Reed's plans to ...", is not the
    # subject of the sentence)
    prev = next((c for c in reversed(out) if not c.nominal), None) if out else None
    if prev is not None and prev.source is not None:
        return Candidate(parts, cue, hit.cue_class, prev.source, prev.source_tokens, prev.antecedent, paragraph)
    head = ctx.head(min(ctx.sentence.start + 120, cue[0]))
    head = head[_dateline_end(head, len(head)):]
    # A linking word before a participle's clause ("Then he turned on Reed, calling ...") is no subject.
    if len(head) > 2 and toks[a][LOW].endswith("ing"):
        head = head[_past_link(head, 0, len(head)):]
    # A fronted phrase ("On Sunday, ...", "Hours later, ...") stands before the subject.
    comma = next((k for k in range(min(len(head), 10)) if head[k][TEXT] == ","), None)
    if comma is not None and comma >= 2 and head[0][LOW] not in NOT_NAMES \
            and (lead := subject_at_start(head)) is not None and lead[1] <= comma \
            and not any(t[LOW] in _TIME_HEADS for t in head[:comma]) \
            and _main_clause_verb(head, lead[1], comma, len(head) - 1):
        # "Berg hit back, saying ...", "Anna Berg went to court, saying ...", "Reed was blunt about the fee, the
        # largest in years, saying ...", "Local farmers, angry at the delay, went to court, saying ...": a subject and
        # a verb in lower case (maybe past an appositive) make a main clause, not a fronted phrase
        comma = None
    if (comma is not None and subject_at_start(head) is None) or (
            comma is not None and head and head[0][LOW] not in DETERMINERS and head[0][LOW] not in SUBJECT_PRONOUNS
            and (head[0][LOW] in NOT_NAMES or any(is_word(t) and not is_capital(t) for t in head[:comma]))):
        head = head[comma + 1:]
    subj = subject_at_start(head)
    if subj is None:
        return None
    if subj[1] + 2 < len(head) and head[subj[1]][TEXT] == ",":
        # "In Dover, Kent, Tom Reed went after the council, calling ...": a place that ends the fronted phrase is no
        # subject when a subject and its verb follow it.
        rest = head[subj[1] + 1:]
        nxt = subject_at_start(rest)
        if nxt is not None and nxt[1] < len(rest) and is_word(rest[nxt[1]]) and not is_capital(rest[nxt[1]]):
            head, subj = rest, nxt
    sa, sb = subj
    return Candidate(parts, cue, hit.cue_class, (head[sa][START], head[sb - 1][END]), list(head[sa:sb]),
                     paragraph=paragraph)


def _with_source_before(ctx: SentenceView, hit: CueHit, a: int, e: int, sa: int, sb: int, before_ok: bool,
                        n: int, alone: bool = True) -> Candidate | None:
    """Layouts with the source left of the cue: content after, before, or around the attribution.

    ``alone`` says that no earlier attribution of the sentence was read (its content may hold this one).
    """
    toks = ctx.tokens
    antecedent: list[Token] = []
    if toks[sa][LOW] in ("who", "which", "that") and sb == sa + 1 and sa >= 1:
        # "Anna Berg, who said ...", "a poll that showed ...": the relative pronoun is the source, the phrase
        # before it the speaker.
        end = sa - 1 if toks[sa - 1][TEXT] == "," else sa
        # "Ann Lee, 24, of Dover, who said ...": a person's name with its appositives comes first ("which" stands
        # for a thing, never for the person named before its noun)
        start = appositive_start(toks, end, 0) if end < sa and toks[sa][LOW] == "who" else None
        if start is None or not toks[start][TEXT][0].isupper():
            start = scan_left(toks, end - 1, 0) if end >= 1 else None
        if start is not None:
            antecedent = list(toks[start:end])
        before_ok = False
    cue = (toks[a][START], toks[e - 1][END])
    source = (toks[sa][START], toks[sb - 1][END])
    low = toks[sa][LOW]
    # The pronoun of a contraction ("he's" -> "he"); most sources hold no apostrophe, and need no string work.
    pronoun = low.replace("’", "'").split("'")[0] if "'" in low or "’" in low else low
    if sb - sa == 1 and pronoun != toks[sa][LOW] and pronoun in SUBJECT_PRONOUNS:
        source = (toks[sa][START], toks[sa][START] + len(pronoun))  # "he's said": the source is "he"
        if sb == a:
            cue = (source[1], cue[1])  # ... and the contracted auxiliary opens the cue ("'s said"), as in the corpus
    parts: list[tuple[int, int]] = []
    addressee_only = False  # only the addressee and adjuncts follow a "tell"-type cue: it reports nothing after it
    rest_is_end = e >= n
    opens_content = (e < n and (toks[e][LOW] == "that" or toks[e][TEXT] in (":",) or toks[e][TEXT] in OPENING_MARKS)) \
        or toks[e - 1][TEXT] == ":"
    if opens_content and e < n and toks[e][TEXT] in OPENING_MARKS and hit.lemma in ADDRESSEE_VERBS:
        # "told “Fox and Friends.”": a quoted programme title is the addressee, not the content.
        quote = ctx.quote_starting_at(toks[e][START])
        opens_content = quote is None or ctx.text.count(" ", quote.start, quote.end) >= 4
    if before_ok and not opens_content:
        if rest_is_end:
            parts = ctx.before(sa)
        elif toks[e][TEXT] == ",":
            parts = ctx.before(sa)
            if e + 1 < n and (_resumes(toks, e + 1) or _named_subject_follows(toks, e + 1, n)):
                after = ctx.after(e + 1)
                # An opening single mark ("‘We are ready,’ she said, ‘to ...’") is never an apostrophe.
                if toks[e + 1][TEXT] in OPENING_MARKS and not any(ANY_MARK.search(ctx.text, a0, b0)
                                                                 or ctx.text[a0] == "‘" for a0, b0 in parts):
                    parts = after  # "Asked about it, he said, “...”": the quotation alone is the content
                else:
                    parts += after
        elif (comma := _comma_after_adjunct(toks, e, n)) > e and (
                (sa <= 8 and toks[comma + 1][LOW] in PREDICATE_OPENERS) or toks[comma + 1][LOW] in PARTICIPLE_STOPS) \
                and not _only_fronted_phrase(toks, sa):
            # "The storm, the service said on Tuesday, is expected to weaken": a short subject, the attribution
            # with a short adjunct, and the subject's verb: the content resumes around the parenthetical; before a
            # participle ("The plan failed, Berg said on Monday, adding ..."), the clause before is the content.
            parts = ctx.before(sa)
            if toks[comma + 1][LOW] not in PARTICIPLE_STOPS:
                parts += ctx.after(comma + 1)
        # (A day that closes the sentence, "said on Saturday", leaves the adjunct skip at the end of the tokens.)
        elif (skip := _skip_adjunct(toks, e, n)) < n and toks[skip][LOW] == "that" \
                and hit.lemma not in ADDRESSEE_VERBS \
                and alone and toks[sa - 1][TEXT] == "," \
                and not (sa > 1 and (toks[sa - 2][TEXT] in CLOSING_MARKS
                                     or ctx.quote_ending_at(toks[sa - 2][END]) is not None)):
            pass  # "Aware of the risk, Berg said on Tuesday that ...": the content follows the adjunct
        elif alone and not ctx.truncated and _only_fronted_phrase(toks, sa) and n - e >= 2:
            pass  # "On its website, the group vows to ...": a lone fronted phrase is no content
        elif sa == 0 and toks[e][LOW] in ARTICLES and hit.lemma not in ADDRESSEE_VERBS:
            pass  # "“...” Reed has backed the subsidies.": the object, not the previous quotation, is the content
        elif (hit.lemma in ADDRESSEE_VERBS or n - e <= 3 or toks[e][LOW] in AFTER_CUE_ADJUNCTS
              or toks[e][LOW] in WEEKDAYS or toks[e][LOW].endswith("ing") or toks[e][TEXT] in OPENING_MARKS
              or (sa > 0 and (toks[sa - 1][TEXT] in CLOSING_MARKS or ctx.quote_ending_at(toks[sa - 1][END]) is not None)
                  and _statement_before(ctx, sa))):
            before = ctx.before(sa)
            # A quotation leads into the attribution when it is a statement, not a title ("On “Good Day,” X said").
            quoted = bool(before) and ANY_MARK.search(ctx.text, before[0][0], before[0][1]) is not None \
                and (ANY_MARK.match(ctx.text, before[0][0]) is not None
                     or ctx.text.count(" ", before[0][0], before[0][1]) >= 8)
            # "..., Berg told the tribunal in a memo.": only the addressee and adjuncts follow the cue, so what was
            # told is the clause before, short as it may be ("The plan is dead, Berg told the paper."), unless that
            # is a fronted phrase or a subordinate clause ("Because the fund was empty, Berg told the council.")
            addressee_only = hit.lemma in ADDRESSEE_VERBS and not quoted and _addressee_closes(toks, e, n)
            closes = addressee_only and sa >= 4 and not toks[0][LOW].endswith(("ing", "ed")) \
                and toks[0][LOW] not in SUBORDINATORS and not _only_fronted_phrase(toks, sa) \
                and not (toks[0][LOW] in FREE_RELATIVES and len(toks) > 1 and toks[1][TEXT] != ",")
            if hit.lemma in ADDRESSEE_VERBS and not quoted and not closes \
                    and (addressee_only or n - _skip_addressee(toks, e, n) > 3):
                before = []  # "In Dover, Reed told reporters that ...": the content follows the addressee
            # A short fronted phrase ("Two days later, X told parliament that ...") is not the content.
            if before and (ctx.text[before[0][0]:before[0][1]].count(" ") >= 4 or quoted or toks[e][LOW] in WEEKDAYS
                           or closes) \
                    and not _only_links(toks, sa):
                parts = before
            if parts and quoted:
                # "“...,” she told the host, “...”", "“...,” he said of the plan, “...”": past a short adjunct, a
                # comma and a quotation resume the content.
                for k in range(e, min(n - 1, e + 10)):
                    if toks[k][TEXT] == ",":
                        if toks[k + 1][TEXT] in OPENING_MARKS or toks[k + 1][LOW] == "that":
                            parts += ctx.after(k + 1)
                        break
                    if not is_word(toks[k]) and toks[k][TEXT] not in (".", "’s", "'s"):
                        break
    if not parts:
        colon = rest_is_end or toks[e - 1][TEXT] == ":" or (e < n and toks[e][TEXT] == ":")
        quote = ctx.next_quote() if colon else None
        if quote is not None:
            parts = [(quote.start, quote.end)]
        elif rest_is_end or addressee_only:
            return None
        else:
            start = _skip_addressee(toks, e, n) if hit.lemma in ADDRESSEE_VERBS else _skip_adjunct(toks, e, n)
            parts = ctx.after(start)
    if not parts:
        return None
    return Candidate(parts, cue, hit.cue_class, source, list(toks[sa:sb]), antecedent)


def _phrase_until_comma(toks: list[Token], first: int, hi: int) -> tuple[int, int] | None:
    """Tokens from ``first`` up to the next comma, bracket or quotation mark: an "according to" source."""
    k = first
    while k < hi and k - first < 40 and toks[k][TEXT] not in SOURCE_ENDS \
            and not (toks[k][TEXT] == "-" and k > first and is_dash(toks, k)):
        k += 1
    return (first, k) if k > first and any(is_word(t) for t in toks[first:k]) else None


def _words_of(ctx: SentenceView, ci: int, cj: int, hit: CueHit, paragraph: int) -> Candidate | None:
    """"Berg was, in the words of one aide, “the only adult in the room”": the source runs to the comma, the
    words after it are the content."""
    toks = ctx.tokens
    n = ctx.content_end()
    src = _phrase_until_comma(toks, cj, n)
    if src is None or src[1] + 1 >= n or toks[src[1]][TEXT] != ",":
        return None
    parts = ctx.after(src[1] + 1)
    if not parts:
        return None
    return Candidate(parts, (toks[ci][START], toks[cj - 1][END]), hit.cue_class, (toks[src[0]][START],
                     toks[src[1] - 1][END]), list(toks[src[0]:src[1]]), paragraph=paragraph)


# Nouns of opinion that attribute a sentence after "in" ("in Berg's view", "in the opinion of the engineers").
_VIEW_NOUNS: Final = frozenset({"view", "opinion", "estimation", "judgment", "judgement", "assessment"})


def _in_view_of(ctx: SentenceView, ci: int, cj: int, hit: CueHit, out: list[Candidate],
                paragraph: int) -> Candidate | None:
    """"In Berg's view, ...", "..., in the opinion of the engineers.", "In the words of one aide, ...": a view
    noun after "in" and a possessor, or before "of", attributes the sentence like "according to"."""
    toks = ctx.tokens
    n = ctx.content_end()
    if cj < n and toks[cj][LOW] == "of" and ci >= 2 and toks[ci - 1][LOW] == "the" and toks[ci - 2][LOW] == "in":
        src = _phrase_until_comma(toks, cj + 1, n)
        return None if src is None else _according_to(ctx, ci - 2, cj + 1, hit, out, paragraph, src)
    # "in Berg's view", "in the mayor's opinion", "in their view": the possessor is the source.
    k = ci - 1
    while k > 0 and ci - k <= 5 and toks[k][LOW] != "in" and is_word(toks[k]):
        k -= 1
    if k >= ci - 1 or toks[k][LOW] != "in":
        return None
    if cj < n and toks[cj][TEXT] not in (",", ":"):
        return None  # "correct in his assessment of the case": no view of the sentence's
    last = toks[ci - 1]
    if last[LOW] in POSSESSIVE_PRONOUNS:
        src = (ci - 1, ci)
    elif last[LOW].endswith(POSSESSIVE_ENDINGS) and last[LOW][:-2] and ci - 1 > k:
        src = (k + 1, ci)
    else:
        return None
    return _according_to(ctx, k, cj, hit, out, paragraph, src, (ci, cj))


def _according_to(ctx: SentenceView, ci: int, cj: int, hit: CueHit, out: list[Candidate], paragraph: int,
                  source: tuple[int, int] | None = None, cue_tokens: tuple[int, int] | None = None
                  ) -> Candidate | None:
    """"According to X, ...", "..., according to X." and "..., according to X, ...".

    ``source`` gives the source tokens when the caller read them (``_in_view_of``), and ``cue_tokens`` the cue's when
    it is not the whole phrase ``ci:cj`` ("in Berg's view": the cue is "view").
    """
    toks = ctx.tokens
    n = ctx.content_end()
    cue = (toks[ci][START], toks[cj - 1][END]) if cue_tokens is None else (toks[cue_tokens[0]][START],
                                                                          toks[cue_tokens[1] - 1][END])
    first_word = 0
    while first_word < ci and (toks[first_word][LOW] in ("but", "and", "yet", "so", "also")
                               or toks[first_word][TEXT] in (",", "(", "[")):
        first_word += 1
    if source is not None and cue_tokens is not None:
        cj = max(cj, source[1])  # "in Berg's view": the phrase ends with the cue, after the source
    if ci <= first_word and not ctx.truncated:
        src = source or _phrase_until_comma(toks, cj, n)
        if src is not None and source is not None:
            src = (src[0], max(src[1], cj))  # the comma after the phrase is read from its end
        if src is None or src[1] >= n or toks[src[1]][TEXT] not in (",", ":"):
            return None
        # "According to X, ..." / "According to X: “...”"
        parts = ctx.after(src[1] + 1)
        if source is not None:
            src = source
    else:
        src = source or _phrase_until_comma(toks, cj, n)
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and ci > 0 and toks[ci - 1][TEXT] == "," \
                and 0 <= toks[ci - 1][START] - prev.cue[1] <= 40 and prev.parts[0][0] < prev.cue[0]:
            # "“...,” she said, according to the broadcaster": the same content, reported by a second source.
            parts = list(prev.parts)
        else:
            if ci > 0 and toks[ci - 1][TEXT] == "(":
                return None
            # "The council voted for the plan, according to two aides": the source reports the whole clause, an
            # attribution inside it included.
            claimed, ctx.claimed = ctx.claimed, 0
            parts = ctx.before(ci)
            ctx.claimed = claimed
            end = max(cj, source[1]) if source is not None else (src[1] if src is not None else n)
            if src is not None and end < n and toks[end][TEXT] == "," and end + 1 < n and _continues(toks[end + 1]):
                parts += ctx.after(end + 1)
    if src is None or not parts:
        return None
    sa, sb = src
    return Candidate(parts, cue, hit.cue_class, (toks[sa][START], toks[sb - 1][END]), list(toks[sa:sb]),
                     paragraph=paragraph)



#: The most tokens between a sentence's opening subject and its reporting verb that the long-subject reading crosses.
_LONG_SUBJECT_SPAN = 45
#: Words that open a modifier right after the head noun, without a comma ("voters in the valley", "pilots with years
#: at sea", "the judges who ruled ...").
_POSTMODIFIER_OPENERS = frozenset({"who", "whose", "whom", "in", "of", "from", "at", "with", "without", "for", "on",
                                   "across", "among", "near", "like", "outside", "inside", "under", "behind",
                                   "familiar", "close", "involved", "opposed", "loyal", "based"})
#: Words that open a phrase set off by commas between a subject and its verb besides determiners, names, numbers and
#: participles: relative pronouns, prepositions and asides ("Reed, who ..., said", "Reed, like his rivals, said").
_INSERT_OPENERS = _POSTMODIFIER_OPENERS | frozenset({"which", "where", "whose", "during", "after", "before", "since",
                                                     "despite", "unlike", "including", "such", "as", "now", "once",
                                                     "long", "formerly", "himself", "herself", "themselves", "too",
                                                     "however", "meanwhile", "though", "also", "still", "indeed",
                                                     "moreover", "by", "not", "only", "then-"})
#: Openers of a last phrase before the verb that is no part of the source: an aside or an adjunct ("Reed, who ...,
#: for instance, said", "Reed, who ..., in a statement, said").
_TRAILING_ADJUNCTS = frozenset({"for", "however", "meanwhile", "though", "also", "still", "indeed", "moreover", "too"})
#: Finite verbs that end a postmodifier read without a comma: "Voters in the valley are ..." is a clause.
_FINITE_BREAKS = BE_FORMS | SUBORDINATORS | frozenset({"has", "have", "had", "will", "would", "can", "could",
                                                       "should", "may", "might", "must", "do", "does", "did", "as",
                                                       "after", "before", "until"})
#: Relative pronouns that close a sentence-opening noun phrase.
_RELATIVE_OPENERS: Final = frozenset({"who", "whom", "whose", "which"})
#: Marks that end a sentence or a clause: the long-subject reading never crosses them outside a bracket or dashes.
_LONG_SUBJECT_STOPS = frozenset({";", ":", "?", "!"})


def _closing_index(toks: list[Token], k: int, end: int) -> int | None:
    """The index of the token that closes the bracket or dash opened at token ``k``, before ``end``, or None."""
    word = toks[k][TEXT]
    closer = ")" if word == "(" else word
    first = k + 1
    if word == "-" and first < end and toks[first][TEXT] == "-":
        first += 1  # a doubled hyphen ("--") opens the phrase as one dash
    for m in range(first, end):
        if toks[m][TEXT] == closer and (closer == ")" or is_dash(toks, m)):
            return m + 1 if word == "-" and m + 1 < end and toks[m + 1][TEXT] == "-" else m
        if toks[m][TEXT] in _LONG_SUBJECT_STOPS:
            return None
    return None


def _insert_opener(token: Token) -> bool:
    """Whether ``token`` may open a phrase set off by commas inside a subject: an appositive (a determiner, a name,
    a number), a relative clause, a participle phrase, a prepositional phrase or an aside."""
    low = token[LOW]
    return low in _INSERT_OPENERS or low in DETERMINERS or token[TEXT][0].isupper() or token[TEXT][0].isdigit() \
        or (low.endswith(("ing", "ed")) and low not in NOT_NAMES)


def _long_subject(ctx: SentenceView, a: int) -> tuple[int, int] | None:
    """The sentence's opening subject with its modifiers, as a token range, when a long stretch of them stands
    between it and the reporting verb at token ``a``; None otherwise.

    Reads "Ada Penn, the former harbour master who ran the port for a decade, said ...", "The judges who closed the
    schools, for instance, said ...", "Pilots in the two towns -- Fenby and Holt -- said ..." and "Ada Penn (a
    farmer from the valley) says ...": after the opening noun phrase come a postmodifier (a preposition, a
    relative pronoun) running to the next mark, then phrases set off by commas, dashes or brackets, the last one
    closed right before the verb. Each comma phrase opens like an appositive, a relative clause, a participle or a
    prepositional phrase; one that opens a clause of its own ("..., and ...", "..., recently won ...") ends the
    reading. The source runs up to the verb, less a closing aside or adjunct ("..., for instance,"). The scan is
    bounded and visits each token once.
    """
    toks = ctx.tokens
    if ctx.truncated or a < 4 or a > _LONG_SUBJECT_SPAN + 12:
        return None
    # The noun phrase is read up to a relative pronoun ("The judges who ..."), which opens no part of the head.
    rel = a
    for k in range(1, a):
        if toks[k][LOW] in _RELATIVE_OPENERS:
            rel = k
            break
    subject = _opening_subject(toks, rel)
    if subject is None:
        return None
    sa, sb = subject
    if a - sb < 3 or a - sb > _LONG_SUBJECT_SPAN:
        return None
    k = sb
    if is_word(toks[k]):
        # a postmodifier right after the head ("voters in the valley who ...")
        if toks[k][LOW] not in _POSTMODIFIER_OPENERS:
            return None
        relative = toks[k][LOW] in _RELATIVE_OPENERS
        while k < a and (is_word(toks[k]) or toks[k][TEXT] in (".", "’s", "'s")):
            if not relative and (toks[k][LOW] in _FINITE_BREAKS or (
                    toks[k][LOW] == "to" and k + 1 < a and toks[k + 1][TEXT][0].islower()
                    and toks[k + 1][LOW] not in DETERMINERS)):
                return None  # a verb or an infinitive ("to release ..."): a clause, not a noun's modifier
            k += 1
    end = a
    while k < a:
        word = toks[k][TEXT]
        if word == "," and k + 1 == a:
            break
        if word == "," and is_word(toks[k + 1]) and _insert_opener(toks[k + 1]):
            opener = toks[k + 1][LOW]
            comma = k
            k += 1
            while k < a and toks[k][TEXT] not in (",", "(") and not is_dash(toks, k):
                if toks[k][TEXT] in _LONG_SUBJECT_STOPS:
                    return None
                k += 1
            if k == a:
                return None  # the phrase runs into the verb: it is the verb's own clause
            aside = opener in _TRAILING_ADJUNCTS and (opener != "for"
                                                      or toks[comma + 2][LOW] in ("instance", "example"))
            end = comma if aside and toks[k][TEXT] == "," and k + 1 == a else a
            continue
        if word == "(" or is_dash(toks, k):
            close = _closing_index(toks, k, a)
            if close is None:
                return None
            k = close + 1
            end = a
            continue
        return None
    return sa, end


#: The most words of a source that closes a sentence as a second report ("..., Berg said, the Fenby Herald reported").
_CLOSING_SOURCE = 7
#: Verbs of a second report closing a sentence: telling, not agreeing ("..., Berg said, the council agreed" goes on
#: with the content).
_CLOSING_REPORTS = frozenset({"say", "report", "write", "tell", "note", "state", "tweet", "announce", "confirm"})
#: The most tokens after the verb of a closing report: a short adjunct and the sentence's end ("on Monday.").
_CLOSING_TAIL = 5


def _closing_report(toks: list[Token], k: int) -> bool:
    """Whether the tokens from ``k`` to the sentence's end are a report of their own that closes the sentence: a
    source phrase (a determiner or a name first) and a reporting verb in the past or present, then at most a short
    adjunct ("..., Berg said, the Herald reported on Monday."). Such a phrase reports the whole sentence before it,
    the first attribution included; it does not resume the first attribution's content."""
    first = toks[k]
    if not (first[LOW] in DETERMINERS or is_capital(first)) \
            or (first[LOW] in NOT_NAMES and first[LOW] not in _PLAIN_DETERMINERS):
        return False
    for j in range(k + 1, min(len(toks), k + _CLOSING_SOURCE + 1)):
        low = toks[j][LOW]
        if not is_word(toks[j]):
            return False
        if low in FORMS and FORMS[low][0] in _CLOSING_REPORTS and low.endswith(("ed", "s", "told", "said", "wrote")):
            tail = toks[j + 1:]
            return len(tail) <= _CLOSING_TAIL and (not tail or tail[-1][TEXT] in (".", "!", "?") or len(tail) < 4) \
                and all(is_word(t) or t[TEXT] in (".", "!", "?") for t in tail) \
                and scan_left(toks, j - 1, k) == k
    return False


#: Forms of "it" that open an impersonal passive report ("it is said", "it’s assumed").
_EXPLETIVES: Final = frozenset({"it", "it's", "it’s"})


def _expletive_passive(toks: list[Token], a: int, ci: int, e: int, n: int) -> int | None:
    """Where the content starts when the cue ``toks[a:e]`` (verb at ``ci``) is an impersonal passive after "it"
    ("It is widely expected that ...", "it was said that ...", "it’s assumed the vote will pass"), else None: the
    verb group holds a form of "be" before a past participle, and a "that" clause, or a clause opening with a
    determiner, a pronoun or a name, follows it ("It is expected to rise" is a raising verb, not this)."""
    if a < 1 or e >= n or toks[a - 1][LOW] not in _EXPLETIVES or not toks[ci][LOW].endswith(
            ("ed", "said", "thought", "known", "understood", "told", "written")):
        return None
    contracted = toks[a - 1][LOW] != "it"
    if not contracted and not any(t[LOW] in BE_FORMS for t in toks[a:ci]):
        return None
    if a >= 2 and (is_word(toks[a - 2]) and toks[a - 2][LOW] not in _SENTENCE_LINKS):
        return None  # "... that made it known ...": "it" is an object, not the subject of the report
    nxt = toks[e]
    if nxt[LOW] == "that":
        return e
    if nxt[LOW] in SUBJECT_PRONOUNS or nxt[LOW] in ARTICLES or (is_capital(nxt) and nxt[LOW] not in NOT_NAMES):
        return e if e + 1 < n and is_word(toks[e + 1]) else None
    return None


#: Relative pronouns that stand for a source inside a longer subject ("Voters who backed the plan say ...").
_RELATIVE_SOURCES = frozenset({"who", "that", "which"})


def _end_inner_relative(toks: list[Token], out: list[Candidate], cand: Candidate, a: int) -> None:
    """"Republicans who have praised the plan warned ...": an attribution whose source lies inside ``cand``'s source
    (a relative clause of it) reports up to ``cand``'s verb at token ``a``, not across it into ``cand``'s content."""
    assert cand.source is not None
    cue_start = toks[a][START]
    last = a - 2 if a >= 2 and toks[a - 1][TEXT] in (",", "—", "–") else a - 1
    for prev in out:
        if prev.source is not None and prev.cue is not None and cand.source[0] < prev.source[0] \
                and prev.cue[1] <= cand.source[1] and len(prev.source_tokens) == 1 \
                and prev.source_tokens[0][LOW] in _RELATIVE_SOURCES \
                and len(prev.parts) == 1 and prev.parts[0][0] < toks[last][END] and prev.parts[0][1] > cue_start:
            prev.parts[0] = (prev.parts[0][0], toks[last][END])
