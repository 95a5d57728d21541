"""Attributions without a reporting verb in their sentence, found over the whole document.

Quoted sentences that continue an attribution, quotations whose speaker sits in the previous sentence or after a
dash, colon introductions ("Anna Berg: ..."), surveys opening a sentence ("In a new poll, ...") and stances of a
named subject ("Anna Berg slammed the plan").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from .candidates import (
    ANY_MARK,
    FINAL_PUNCT,
    OPENING_MARKS,
    Candidate,
)
from .cues import CueHit
from .lexicon import (
    BE_FORMS,
    COLON_LABELS,
    CUE_AUXILIARIES,
    DETERMINERS,
    DOCUMENT_HEADS,
    NOT_NAMES,
    NOT_STANCE,
    OBJECT_PRONOUNS,
    ORGANIZATION_HEADS,
    PEOPLE_NOUNS,
    PUBLICATION_HEADS,
    STRONG_CUES,
    SUBJECT_PRONOUNS,
)
from .marks import QuoteSpan
from .sentences import END, LOW, START, TEXT, Sentence, Token, is_capital, is_word, tokenize
from .sources import source_after, subject_at_start

# A cheap test before tokenising: capitalised words (or "the"/"a" and a few words), up to two lowercase words,
# then a word ending in -ed or -s ("Anna Berg slammed ...", "The council has rejected ...").
_STANCE_OPENING: Final = re.compile(
    r"(?:(?:The|A|An)\s)?(?:[A-Z][\w’'.-]{0,20}\s){1,6}(?:[a-z]{1,15}\s){0,2}[a-z]{1,20}(?:ed|s)\s")


def continue_quotes(cands: list[Candidate], sentences: Sequence[Sentence], text: str,
                     quotes: Sequence[QuoteSpan], quote_starts: Sequence[int], cued: set[int]) -> None:
    """Append to an attribution the quoted sentences that follow it in its paragraph without a cue of their own."""
    by_end = {c.parts[-1][1]: c for c in cands}
    sent_starts = [s.start for s in sentences]
    for end, cand in sorted(by_end.items()):
        i = bisect.bisect_left(sent_starts, end)
        para = sentences[i - 1].paragraph if i > 0 else 0
        while i < len(sentences) and i not in cued and (
                sentences[i].paragraph == para
                # A following paragraph made only of quoted sentences goes on with the same speaker.
                or (sentences[i].paragraph == para + 1 and ANY_MARK.match(text, cand.parts[-1][0])
                    and _quote_paragraph(sentences, i, text, quotes, quote_starts, cued))):
            stop = _quote_sentence(sentences[i], text, quotes, quote_starts)
            if stop is None:
                break
            para = sentences[i].paragraph
            cand.parts.append((sentences[i].start, stop))
            cued.add(i)
            i += 1


def _quote_paragraph(sentences: Sequence[Sentence], i: int, text: str, quotes: Sequence[QuoteSpan],
                     quote_starts: Sequence[int], cued: set[int]) -> bool:
    """Whether the paragraph starting at sentence ``i`` holds only quoted sentences without cues."""
    para = sentences[i].paragraph
    while i < len(sentences) and sentences[i].paragraph == para:
        if i in cued or _quote_sentence(sentences[i], text, quotes, quote_starts) is None:
            return False
        i += 1
    return True


def _quote_sentence(s: Sentence, text: str, quotes: Sequence[QuoteSpan], quote_starts: Sequence[int]) -> int | None:
    """The end of the quotation that makes up sentence ``s`` on its own, or None."""
    q = bisect.bisect_left(quote_starts, s.start)
    if q >= len(quotes) or quotes[q].start != s.start or quotes[q].single:
        return None
    stop = quotes[q].end
    tail = text[stop:s.end]
    return None if any(ch.isalnum() for ch in tail) else stop


def document_openers(sentences: Sequence[Sentence], text: str) -> list[Candidate]:
    """"In a new poll, 38 percent of voters ...": a survey or document that opens a sentence is its source."""
    out: list[Candidate] = []
    for s in sentences:
        if not text.startswith("In ", s.start):
            continue
        comma = text.find(",", s.start, min(s.end, s.start + 120))
        if comma < 0:
            continue
        toks = tokenize(text, s.start, comma)
        if len(toks) < 3 or not any(t[LOW] in DOCUMENT_HEADS or _singular_low(t[LOW]) in DOCUMENT_HEADS
                                    for t in toks[1:]):
            continue
        end = s.end
        while end > comma and text[end - 1] in ".!?…; ":
            end -= 1
        start = comma + 1
        while start < end and text[start].isspace():
            start += 1
        if end - start < 8:
            continue
        out.append(Candidate([(start, end)], (toks[0][START], toks[0][END]), "neutral",
                             (toks[1][START], toks[-1][END]), list(toks[1:]), paragraph=s.paragraph))
    return out


# "..., in a new CNN poll." / "... in the same survey": a survey named after a clause is its source. The words
# between determiner and head are bounded and contain no clause punctuation.
# "leading in the polls", "rising in the surveys": a candidate's standing, not a survey that says anything.
_STANDING_IDIOMS = frozenset({"the polls", "the surveys", "the opinion polls", "the national polls", "the state polls"})
# Words that show the phrase before "poll" is no survey's name ("voters in the north head to the polls", "in the week
# after polls closed", "in his standing in the polls", "in the press and polls").
_NOT_IN_SURVEY_NAME = frozenset({"to", "after", "before", "in", "and", "head", "heads", "standing"})
_DOCUMENT_AFTER: Final = re.compile(
    # "in " opens the pattern (the lookbehind for the space or comma before it follows) so that the engine jumps
    # from one "in " to the next.
    r"in (?<=[\s,]in )((?:a|an|the|this|that|its|their|his|her|our|one|last|another) (?:[^\s,.;:!?“”\"()]{1,40} ){0,7}?"
    r"(?:poll|survey|study|analysis|census|audit|report)s?)\b"
)


def document_trailers(sentences: Sequence[Sentence], text: str, cued: set[int]) -> list[Candidate]:
    """"Clinton led by nine points in a new state poll": the clause before a survey named after it is its content."""
    out: list[Candidate] = []
    for i, s in enumerate(sentences):
        if i in cued:
            continue
        m = _DOCUMENT_AFTER.search(text, s.start + 12, s.end)
        if m is None or m.group(1).lower() in _STANDING_IDIOMS \
                or not _NOT_IN_SURVEY_NAME.isdisjoint(m.group(1).lower().split()):
            continue
        end = m.start()
        while end > s.start and text[end - 1] in " ,":
            end -= 1
        if end - s.start < 12 or text.count(" ", s.start, end) < 2:
            continue
        out.append(Candidate([(s.start, end)], (m.start(), m.start() + 2), "neutral", (m.start(1), m.end(1)),
                             tokenize(text, m.start(1), m.end(1)), paragraph=s.paragraph))
    return out


def stances(sentences: Sequence[Sentence], text: str, cued: set[int], taken: set[int]) -> list[Candidate]:
    """"Anna Berg slammed the plan": a named speaker's verb of stance towards what follows."""
    out: list[Candidate] = []
    for i, s in enumerate(sentences):
        if i in cued or s.end - s.start < 25:
            continue
        begin = s.start
        if not _STANCE_OPENING.match(text, begin, min(s.end, begin + 100)):
            # "On Tuesday, Anna Berg slammed ...": look past a short fronted phrase.
            comma = text.find(", ", begin, min(s.end, begin + 40))
            if comma < 0 or not _STANCE_OPENING.match(text, comma + 2, min(s.end, comma + 102)):
                continue
            begin = comma + 2
        head = tokenize(text, begin, min(s.end, begin + 70))
        subj = subject_at_start(head)
        if subj is None:
            continue
        k = subj[1]
        if subj[1] - subj[0] == 1 and head[subj[0]][LOW] not in SUBJECT_PRONOUNS and k < len(head) \
                and not is_capital(head[subj[0]]):
            continue
        while k < len(head) and head[k][LOW] in CUE_AUXILIARIES and head[k][LOW] not in BE_FORMS:
            k += 1
        if k + 2 >= len(head):
            continue
        verb = head[k]
        if not is_word(verb) or is_capital(verb) or not verb[LOW].endswith(("ed", "s")) or verb[LOW] in NOT_STANCE:
            continue
        obj = head[k + 1]
        # The verb must take an object or a clause ("slammed the plan", "urged Berg", "vowed to ...").
        if not (obj[LOW] in DETERMINERS or obj[LOW] in OBJECT_PRONOUNS or is_capital(obj) or obj[TEXT] in OPENING_MARKS
                or obj[LOW] in ("that", "to", "his", "her", "their", "its")):
            continue
        start = head[k + 1][START]
        end = s.end
        while end > start and text[end - 1] in ".!?…; ":
            end -= 1
        if end - start < 4 or (head[subj[0]][LOW] in NOT_NAMES and head[subj[0]][LOW] not in SUBJECT_PRONOUNS):
            continue
        out.append(Candidate([(start, end)], (head[subj[1]][START], verb[END]), "neutral",
                             (head[subj[0]][START], head[subj[1] - 1][END]), list(head[subj[0]:subj[1]]),
                             paragraph=s.paragraph))
    return out


def named_colon_quotes(text: str, quotes: Sequence[QuoteSpan], taken: set[int]) -> list[Candidate]:
    """"... - Carl Lee: “...”" / "More from Ann Lee: “...”": a name and a colon right before a quotation."""
    out: list[Candidate] = []
    for quote in quotes:
        if quote.single or quote.start in taken or quote.start < 3:
            continue
        colon = quote.start - 1
        while colon > 0 and text[colon] in " \u00a0":
            colon -= 1
        if text[colon] != ":":
            continue
        head = tokenize(text, max(0, colon - 60), colon)
        document = _from_document(head)
        if document is not None:
            # "From the report: “...”", "More from the study: “...”": the document speaks
            if text.count(" ", quote.start, quote.end) >= 3:
                out.append(Candidate([(quote.start, quote.end)], (colon, colon + 1), "neutral",
                                     (head[document][START], head[-1][END]), list(head[document:])))
            continue
        k = len(head)
        while k > 0 and len(head) - k < 5 and (is_capital(head[k - 1]) or head[k - 1][TEXT] == ".") \
                and head[k - 1][LOW] not in NOT_NAMES:
            k -= 1
            if k > 1 and head[k - 1][LOW] == "and" and is_capital(head[k - 2]) and head[k - 2][LOW] not in NOT_NAMES:
                k -= 1  # "Ann Lee and Tom Reed: “...”": two names speak together
        if k == len(head) or not is_capital(head[k]):
            continue
        if k > 1 and len(head) - k >= 2 and head[k - 1][LOW] in PEOPLE_NOUNS and not is_capital(head[k - 1]):
            # "... doesn't surprise pollster Ann Lee: “...”": a noun of people and a full name after any verb
            k -= 1
            if k > 0 and is_capital(head[k - 1]) and head[k - 1][LOW] not in NOT_NAMES:
                k -= 1  # "Republican pollster Ann Lee"
        elif k > 0 and not (head[k - 1][TEXT] in ("-", "—", "–", ".", "\"", "“", "]", ")")
                            or head[k - 1][LOW] in ("from", "by")):
            continue
        if text.count(" ", quote.start, quote.end) < 3:
            continue
        out.append(Candidate([(quote.start, quote.end)], (colon, colon + 1), "neutral",
                             (head[k][START], head[-1][END]), list(head[k:])))
    return out


def colon_verb_quotes(sentences: Sequence[Sentence], text: str, quotes: Sequence[QuoteSpan],
                      quote_starts: Sequence[int], cued: set[int]) -> list[Candidate]:
    """"She went on: “...”", "Reed boomed:\n\n“...”": a subject and a short predicate before a colon that opens a
    quotation; the predicate up to the colon is the cue, whatever its verb."""
    out: list[Candidate] = []
    sent_starts = [s.start for s in sentences]
    for quote in quotes:
        if quote.single or quote.start < 3:
            continue
        colon = quote.start - 1
        while colon > 0 and colon > quote.start - 4 and text[colon] in " \u00a0\n":
            colon -= 1
        if text[colon] != ":":
            continue
        i = bisect.bisect_right(sent_starts, colon) - 1
        if i < 0 or i in cued or colon - sentences[i].start > 160:
            continue
        s = sentences[i]
        head = _last_clause(tokenize(text, s.start, colon))
        subj = subject_at_start(head)
        if subj is None or subj[1] >= len(head) or len(head) - subj[1] > 8:
            continue
        verb = head[subj[1]]
        if not is_word(verb) or is_capital(verb) \
                or any(not is_word(t) and t[TEXT] not in ("’s", "'s") for t in head[subj[1]:]):
            continue
        first = head[subj[0]][LOW]
        if first in NOT_NAMES and first not in SUBJECT_PRONOUNS and first not in DETERMINERS:
            continue
        if text.count(" ", quote.start, quote.end) < 2:
            continue  # a quoted word or title is no statement
        out.append(Candidate([(quote.start, quote.end)], (verb[START], colon + 1), "neutral",
                             (head[subj[0]][START], head[subj[1] - 1][END]), list(head[subj[0]:subj[1]]),
                             paragraph=s.paragraph))
        cued.add(i)
    return out


# The fewest spaces in a paragraph quoted as a block: a line of a few words ("More below.") is no statement.
_BLOCK_SPACES = 4
# The characters that open a paragraph which is no block quotation: markup (an embedded post), a list's dash or
# bullet, and the quotation marks that the quotation layouts read.
_NOT_BLOCK_OPENERS: Final = frozenset("<-–—•*#[" + "“\"‘'«")


_COLON_LINE_END: Final = re.compile(r":[ \u00a0]?\n")


def block_quotes(sentences: Sequence[Sentence], text: str, hits: dict[int, list[CueHit]],
                 cued: set[int]) -> list[Candidate]:
    """"Berg wrote:" ending a paragraph, then a paragraph without quotation marks: that paragraph is what she wrote.

    Only a core reporting verb right before the colon ("Reed said:", "the Gazette reports:", "Berg argued that:")
    whose subject opens its clause introduces a block; a sentence that already reads an attribution does not.
    """
    out: list[Candidate] = []
    if _COLON_LINE_END.search(text) is None:
        return out  # no paragraph ends with a colon
    n = len(sentences)
    for i, found in hits.items():
        s = sentences[i]
        if text[s.end - 1] != ":" or i in cued or i + 1 >= n or sentences[i + 1].paragraph != s.paragraph + 1:
            continue
        hit = found[-1]
        if hit.lemma not in STRONG_CUES or hit.lemma == "according to":
            continue
        gap = text[hit.end:s.end - 1].strip()
        if gap and gap != "that":
            continue
        nxt = sentences[i + 1]
        if text[nxt.start] in _NOT_BLOCK_OPENERS or text[nxt.start].isdigit():
            continue
        end = text.find("\n", nxt.start)
        if end < 0:
            end = len(text)
        while end > nxt.start and text[end - 1] in " \t\u00a0.;:":
            end -= 1
        if text.count(" ", nxt.start, end) < _BLOCK_SPACES:
            continue
        head = _last_clause(tokenize(text, s.start, hit.start))
        subj = subject_at_start(head)
        if subj is None or subj[1] != len(head):
            continue
        first = head[subj[0]][LOW]
        if first in NOT_NAMES and first not in SUBJECT_PRONOUNS and first not in DETERMINERS:
            continue
        out.append(Candidate([(nxt.start, end)], (hit.start, hit.end), hit.cue_class,
                             (head[subj[0]][START], head[-1][END]), list(head[subj[0]:]), paragraph=nxt.paragraph,
                             strong=True))
        cued.add(i)
    return out


# Words that link a clause to what comes before it ("And Reed gloated:", "..., and then Berg went on:").
_CLAUSE_LINKS = frozenset({"and", "but", "then", "so", "yet", "now"})


def _last_clause(head: list[Token]) -> list[Token]:
    """The clause before a colon: past the last comma ("The next day, her aide posted:", "The crowd cheered, and then
    Berg went on:") and the linking words that open it ("And Reed gloated:")."""
    start = 0
    for k in range(len(head) - 1, -1, -1):
        if head[k][TEXT] == ",":
            start = k + 1
            break
    while start < len(head) - 1 and head[start][LOW] in _CLAUSE_LINKS:
        start += 1
    return head[start:] if start else head


# A speaker label opening a paragraph, maybe after an opening quotation mark: "REED: ...", "Tom Reed: ...".
_TURN_LABEL: Final = re.compile(r"\n[“\"]?([A-Z][\w.'’-]{1,24}(?: [A-Z][\w.'’-]{0,24}){0,3}):[ \t\u00a0]+(?=\S)")
# The longest speaker label, with an opening quotation mark and the line break before it.
_LABEL_SPAN = 128
# The fewest spaces in a turn: a label before a figure or a word ("Reed: 1,204", "Berg: Yes") is a tally or a
# heading, not a turn.
_TURN_SPACES: Final = 2


def transcript_turns(text: str) -> list[Candidate]:
    """"REED: ... / BERG: ... / REED: ...": in a transcript, each paragraph opened by a speaker's label is that
    speaker's turn, the colon its cue and the rest of the paragraph its content.

    A text is a transcript when some speaker's label (by its last word: "Tom Reed", then "Reed") opens two
    paragraphs; a lone label ("Note: ...") or a row of headings each naming someone once ("Reed: Win at home.",
    "Berg: Hold on.") makes none. The interviewer's "Q:" and the answer's "A:" are no speakers' names: the corpus
    attributes the clauses inside an answer rather than the turn.
    """
    labels = _turn_labels(text)
    if len(labels) < 2:
        return []
    last = [m.group(1).rsplit(" ", 1)[-1].upper() for m in labels]
    if len(set(last)) == len(last):
        return []
    out: list[Candidate] = []
    for m in labels:
        start = m.end()
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        while end > start and text[end - 1] in " \t\u00a0.;":
            end -= 1
        if text.count(" ", start, end) < _TURN_SPACES:
            continue
        colon = m.end(1)
        out.append(Candidate([(start, end)], (colon, colon + 1), "neutral", (m.start(1), colon),
                             tokenize(text, m.start(1), colon)))
    return out


def _turn_labels(text: str) -> list[re.Match[str]]:
    """The speaker labels that open paragraphs of ``text``, found from its colons (``str.find`` in C) rather than by
    trying the label's pattern at every line break."""
    out: list[re.Match[str]] = []
    colon = text.find(": ")
    while colon >= 0:
        line = text.rfind("\n", max(0, colon - _LABEL_SPAN), colon)
        if line >= 0:
            m = _TURN_LABEL.match(text, line)
            if m is not None and m.end(1) == colon and _turn_label(m.group(1)):
                out.append(m)
        colon = text.find(": ", colon + 2)
    return out


def _turn_label(label: str) -> bool:
    """Whether a paragraph's label names a speaker, not a heading ("Update", "Editor's Note", "May 4")."""
    words = label.split(" ")
    return words[0].lower() not in NOT_NAMES and not any(w.lower() in COLON_LABELS for w in words) \
        and not any(ch.isdigit() for ch in label)


def _singular_low(word: str) -> str:
    """A crude singular ("polls" -> "poll") for head-word look-ups."""
    return word[:-1] if word.endswith("s") else word


def _colon_introduction(text: str, s: Sentence, colon: int, headline: bool = False) -> Candidate | None:
    """"Anna Berg: ..." / "Ministry: ..." at a sentence start: the name before the colon speaks. A headline also
    reads "Berg to Farmers: ...", "Berg camp: ..." and "EXCLUSIVE – Berg: ..." (see ``_headline_speaker``)."""
    head = tokenize(text, s.start, colon)
    if not head:
        return None
    if colon - s.start <= _NAME_COLON and _names_speaker(head):
        sa, sb = 0, len(head)
    else:
        found = _headline_speaker(head) if headline else None
        if found is None:
            return None
        sa, sb = found
    end = s.end
    while end > colon and text[end - 1] in ".!?…; ":
        end -= 1
    if end - colon < 8:
        return None
    if text[end:s.end].strip() and text[end - 1] not in "”\"»":
        end = s.end if text[s.end - 1] in "”\"»" else end
    start = colon + 2
    return Candidate([(start, end)], (colon, colon + 1), "neutral", (head[sa][START], head[sb - 1][END]),
                     list(head[sa:sb]), paragraph=s.paragraph)


def _names_speaker(head: list[Token]) -> bool:
    """Whether the words before a colon are a short name ("Anna Berg", "Ministry"), not a label or a time."""
    if len(head) > 5 or not all(is_capital(t) or t[TEXT] in (".", "’s", "'s") for t in head):
        return False
    if head[0][LOW] in NOT_NAMES or not is_word(head[-1]) or any(t[LOW] in COLON_LABELS for t in head):
        return False
    # "11: 06 a.m.", "2016: the year ...": a time or a number, not a speaker
    return not head[0][TEXT][0].isdigit()


# Prepositions after a speaker's name in a headline: the audience, the venue or the subject ("Berg to Farmers:",
# "Berg at Rally:", "Berg on Tunnel Delays:").
_HEADLINE_PREPOSITIONS: Final = frozenset({"to", "at", "on"})
# Lowercase nouns that end a speaker's name in a headline ("Berg camp:", "Gazette editorial:").
_HEADLINE_HEADS: Final = ORGANIZATION_HEADS | PUBLICATION_HEADS | PEOPLE_NOUNS
# The most words between a headline's preposition and its colon.
_HEADLINE_TAIL = 10
_DASHES: Final = frozenset({"–", "—", "-", "--"})


def _headline_speaker(head: list[Token]) -> tuple[int, int] | None:
    """The speaker's tokens in a headline's words before its colon, beyond a plain name: a name before "to", "at"
    or "on" and a capitalised phrase ("Berg to Farmers Union"), a name and a lowercase noun of people or
    organisations ("Berg camp", "Dover Gazette editorial"), a name after a label and a dash ("EXCLUSIVE – Berg");
    None for anything else ("The Latest", "Breaking News", "Berg and Reed")."""
    sa = 0
    if len(head) > 2 and head[1][TEXT] in _DASHES and head[0][LOW] in COLON_LABELS:
        sa = 2
    k = sa
    while k < len(head) and k - sa < 5 and is_word(head[k]) and is_capital(head[k]) \
            and head[k][LOW] not in _HEADLINE_PREPOSITIONS:
        k += 1
    if k == sa or head[sa][LOW] in NOT_NAMES or any(head[j][LOW] in COLON_LABELS for j in range(sa, k)) \
            or any(ch.isdigit() for ch in head[sa][TEXT]):
        return None
    if k == len(head):
        return (sa, k) if sa else None
    if k + 1 == len(head) and head[k][LOW] in _HEADLINE_HEADS and not is_capital(head[k]):
        return sa, k + 1
    if head[k][LOW] in _HEADLINE_PREPOSITIONS and 1 < len(head) - k <= _HEADLINE_TAIL and is_capital(head[k + 1]):
        return sa, k
    return None


def _from_document(head: list[Token]) -> int | None:
    """Where "the report" starts in a head ending "from the report" ("More from the study"), or None."""
    n = len(head)
    if n < 3 or head[-1][LOW] not in DOCUMENT_HEADS:
        return None
    det = n - 2 if head[n - 2][LOW] in DETERMINERS else n - 3 if n >= 4 and head[n - 3][LOW] in DETERMINERS else -1
    if det < 1 or head[det - 1][LOW] != "from":
        return None
    return det


# How far into a sentence the colon after a plain name may stand.
_NAME_COLON = 40
# How far into a headline its colon may stand ("Berg on Tunnel Delays and the Harbour Budget: ...").
_HEADLINE_COLON = 80


def _whole_first_line(text: str, s: Sentence) -> bool:
    """Whether sentence ``s`` is the whole of the text's first line (a headline)."""
    line_end = text.find("\n", s.start)
    return s.start == 0 and (line_end < 0 or not text[s.end:line_end].strip())


#: Dashes that sign a quotation with its speaker's name ("“...” — Anna Berg", "“...” ― Anna Berg" with the
#: quotation dash of collected quotes).
_SIGNING_DASHES = frozenset({"—", "–", "―", "-", "--"})


def standalone_quotes(sentences: Sequence[Sentence], text: str, quotes: Sequence[QuoteSpan],
                       quote_starts: Sequence[int], cued: set[int], taken: set[int],
                       first_cue: dict[int, int] | None = None) -> list[Candidate]:
    """Quotations without a cue: "“...” — Anna Berg." and a quoted sentence after one that names its speaker.

    ``first_cue`` maps a cued sentence to the offset of its first cue: a name and a colon before it still speak
    ("Tom Reed: I would consider a run").
    """
    out: list[Candidate] = []
    for i, s in enumerate(sentences):
        if i in cued:
            cue_at = first_cue.get(i) if first_cue else None
            headline = i == 0 and _whole_first_line(text, s)
            colon = text.find(": ", s.start, min(s.end, s.start + (_HEADLINE_COLON if headline else _NAME_COLON))) \
                if cue_at is not None else -1
            if cue_at is not None and s.start < colon < cue_at:
                cand = _colon_introduction(text, s, colon, headline)
                if cand is not None:
                    out.append(cand)
            continue
        headline = i == 0 and _whole_first_line(text, s)
        colon = text.find(": ", s.start, min(s.end, s.start + (_HEADLINE_COLON if headline else _NAME_COLON)))
        if colon > s.start:
            cand = _colon_introduction(text, s, colon, headline)
            if cand is not None:
                label = all(t[TEXT].isupper() for t in cand.source_tokens if is_word(t))
                if label and (s.start == 0 or text[s.start - 1] == "\n"):
                    # "SMITH: ..." opening a paragraph is a transcript speaker label: the turn runs to its end.
                    j = i
                    while j + 1 < len(sentences) and sentences[j + 1].paragraph == s.paragraph:
                        j += 1
                    end = sentences[j].end
                    while end > cand.parts[0][1] and text[end - 1] in ".!?…; ":
                        end -= 1
                    cand.parts = [(cand.parts[0][0], max(end, cand.parts[0][1]))]
                out.append(cand)
                continue
        q = bisect.bisect_left(quote_starts, s.start)
        if q >= len(quotes) or quotes[q].start != s.start or quotes[q].single:
            continue
        quote = quotes[q]
        if quote.start in taken:
            continue  # already the content of an attribution in the next sentence ("“...” Berg said.")
        rest = tokenize(text, quote.end, s.end)
        if rest and rest[0][TEXT] in _SIGNING_DASHES and len(rest) > 1:
            src = source_after(rest, 1, len(rest) - (1 if rest[-1][TEXT] in FINAL_PUNCT else 0))
            if src is not None:
                sa, sb = src
                out.append(Candidate([(quote.start, quote.end)], (rest[0][START], rest[0][END]), "neutral",
                                     (rest[sa][START], rest[sb - 1][END]), list(rest[sa:sb]), paragraph=s.paragraph))
            continue
        if i == 0 or i - 1 in cued or _quote_sentence(s, text, quotes, quote_starts) is None:
            continue
        if text.count(" ", quote.start, quote.end) < 3:
            continue  # a quoted word or title on its own is no statement
        prev = sentences[i - 1]
        if prev.paragraph < s.paragraph - 1 or ANY_MARK.search(text, prev.start, prev.end):
            continue
        head = tokenize(text, prev.start, min(prev.end, prev.start + 120))
        subj = subject_at_start(head)
        # Only a named person ("Anna Berg visited ...") is taken to go on speaking in the next sentence.
        if subj is None or sum(1 for t in head[subj[0]:subj[1]] if is_word(t) and is_capital(t)) < 2 \
                or subj[1] >= len(head) or not is_word(head[subj[1]]) or is_capital(head[subj[1]]):
            continue
        sa, sb = subj
        out.append(Candidate([(quote.start, quote.end)], None, None, (head[sa][START], head[sb - 1][END]),
                             list(head[sa:sb]), paragraph=s.paragraph))
    return out
