"""Quote extraction: pairs quotation marks, splits sentences, finds cues, reads the attribution layouts
(``layouts.py``, ``uncued.py``), drops nested attributions and resolves speakers (``speakers.py``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Final

from claimkit import QuoteMention

from .candidates import QUOTE_MARK, QUOTE_MARK_CHARS, TRIM, Candidate, SentenceView
from .construct import new_mention, new_span
from .cues import CueHit, find_cues
from .layouts import read_sentence
from .lexicon import ADJECTIVE_PARTICLES
from .marks import QuoteSpan, char_positions, find_quotes
from .sentences import END, START, TEXT, Token, split_sentences, tokenize_with_starts
from .sources import SourceInfo, describe
from .speakers import SpeakerResolver
from .uncued import (
    block_quotes,
    colon_verb_quotes,
    continue_quotes,
    document_openers,
    document_trailers,
    named_colon_quotes,
    stances,
    standalone_quotes,
    transcript_turns,
)

# Cues of the uncued layouts that open a sentence ("In a new poll, ...", "For most voters, ...").
_PREPOSITION_CUES: Final = frozenset({"in", "for", "from", "on", "at", "by"})

_WINDOW_LEFT: Final = 160


_WINDOW_RIGHT: Final = 150

# A form of "be" a few words before an adjective cue ("is not hopeful about", "were deeply concerned that").
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|am)\b|['’](?:s|re|m)\b")

# A question put to the reader or a listener ("Do you support the plan?", "Would they agree?"): an auxiliary before a
# pronoun opens it; it asks, it reports nothing.
_YES_NO_QUESTION = re.compile(r"(?:Do|Does|Did|Will|Would|Can|Could|Should|Shall|Are|Were|Have|Has|Had)\s{1,3}"
                              r"(?:you|we|they|he|she|I|it|people|voters)\b")

# A clause boundary right before a subject: a comma or semicolon, then maybe a conjunction.
_CLAUSE_JOINT = re.compile(r"\s{0,2}(?:[,;]\s{1,3}(?:(?:and|but|while|whereas|though|although|yet)\s{1,3})?|;\s{0,3})$")

# A comma followed by a finite verb of the main clause ("..., has since resigned", "..., walked out"), and a relative
# clause opened by a comma inside a content (whose own closing comma is no boundary of the outer one).
_MAIN_VERB_AFTER_COMMA = re.compile(
    r",\s{1,3}(?=(?:also\s{1,3}|later\s{1,3}|then\s{1,3}|now\s{1,3}|still\s{1,3})?(?:is|was|are|were|has|had|have|will|"
    r"would|can|could|did|does|[a-z]{2,20}ed|"
    # common irregular past forms ("Reed, who said ..., left early")
    r"left|took|went|made|came|gave|got|won|lost|ran|met|held|kept|sent|spent|built|began|became|brought|"
    r"bought|fell|led|paid|stood|struck|threw|fought|drew|grew|rose)\b)")
_INNER_RELATIVE = re.compile(r",\s{1,3}(?:who|which|whose|where|when)\b")

# "... and" or "... but" right before a cue: a coordinated verb phrase of the same subject.
_COORDINATED = re.compile(r"[\s,](?:and|but)(?:\s{1,3}then)?\s{1,3}$")


# Characters right after a reporting verb that end its clause ("..., the Herald reported."; "no, he said, ...").
_CLAUSE_CLOSERS = frozenset(".,;")


def _inside(cue: tuple[int, int] | None, cand: Candidate) -> bool:
    """Whether the cue lies inside one of the candidate's content parts."""
    if cue is None or cue[0] < cand.parts[0][0] or cue[1] > cand.parts[-1][1]:
        return False
    return any(s <= cue[0] and cue[1] <= e for s, e in cand.parts)


# A dash that closes an appositive right before a cue (a doubled hyphen read from its first).
_CLOSING_DASH = re.compile(r"(?:-{1,2}|[—–])\s{0,2}$")


def _appositive_close(text: str, lo: int, hi: int) -> int:
    """Where the comma, or else the dash, closing an appositive in ``text[lo:hi]`` (right before a cue at ``hi``)
    stands; -1 without one."""
    comma = text.rfind(",", lo, hi)
    if comma >= 0:
        return comma
    m = _CLOSING_DASH.search(text, lo, hi)
    return -1 if m is None else m.start()


def _drop_nested(cands: list[Candidate], text: str) -> list[Candidate]:
    """Drop attributions whose cue sits inside another attribution's content ("X said polls showed ...").

    When two contents hold each other's cue, an attribution with a source outranks one without; else the one
    whose cue comes first is the outer attribution.
    """
    if len(cands) < 2:
        return cands
    keep = []
    for i, c in enumerate(cands):
        cue = c.cue
        if cue is None:
            keep.append(c)  # nothing to nest: ``_inside`` holds for no other candidate
            continue
        nested = False
        for j in range(max(0, i - 8), min(len(cands), i + 9)):
            other = cands[j]
            # Most neighbours' contents lie wholly before or after the cue: a look at their ends settles it. The
            # candidates are in order of their first part's start (which nothing below moves), so once a later one
            # starts after the cue, so do all the rest.
            if cue[0] < other.parts[0][0]:
                if j > i:
                    break
                continue
            if j == i or cue[1] > other.parts[-1][1] or not _inside(cue, other):
                continue
            if (c.cue is not None and c.source is not None and c.source == other.source and len(other.parts) == 1
                    and other.parts[0][0] < c.cue[0]
                    and (joint := _COORDINATED.search(text, max(0, c.cue[0] - 14), c.cue[0])) is not None):
                # "Reed called the plan costly and accused Berg of ...": a second verb of the same subject ends the
                # first verb's content.
                end = joint.start() + 1
                while end > other.parts[0][0] and TRIM.match(text[end - 1]):
                    end -= 1
                if end > other.parts[0][0]:
                    other.parts[0] = (other.parts[0][0], end)
                    continue
            if (c.strong and c.source is not None and other.source is not None and c.source != other.source
                    and other.strong and len(other.parts) == 1 and other.parts[0][0] <= c.source[0]
                    and c.source[1] <= cue[0] and not c.nominal
                    and (joint := _COORDINATED.search(text, max(0, cue[0] - 14), cue[0])) is not None
                    and joint.start() + 1 > other.parts[0][0]):
                # "Berg said that she lost the vote and warned that ...": a core reporting verb after "and" goes on
                # with the outer speaker, not with a subject read inside the outer content.
                end = joint.start() + 1
                while end > other.parts[0][0] and TRIM.match(text[end - 1]):
                    end -= 1
                if end > other.parts[0][0]:
                    other.parts[0] = (other.parts[0][0], end)
                    c.source, c.source_tokens, c.antecedent = other.source, other.source_tokens, other.antecedent
                    continue
            if (c.source is not None and c.cue is not None and other.cue is not None
                    and c.source[0] <= other.cue[0] < c.source[1]
                    and len(other.parts) == 1 and other.parts[0][0] < c.cue[0]
                    and (comma := _appositive_close(text, max(other.parts[0][0], c.cue[0] - 4), c.cue[0]))
                    > other.parts[0][0]):
                # "Reed, who says his costs were high, described the fee as unfair": the main verb's source spans the
                # appositive attribution, whose content ends at the comma (or dash) before the main verb.
                end = comma
                while end > other.parts[0][0] and TRIM.match(text[end - 1]):
                    end -= 1
                other.parts[0] = (other.parts[0][0], end)
                continue
            if c.strong and not other.strong:
                continue  # "X said polls show ...": a weak cue's clause does not swallow a reporting verb
            if c.source is not None and len(other.parts) == 1 and other.parts[0][0] < c.source[0] < c.parts[0][0]:
                # "X said the plan works, but critics say it fails": a new subject after a clause boundary starts its
                # own attribution, and the first content ends at the boundary.
                joint = _CLAUSE_JOINT.search(text, max(other.parts[0][0], c.source[0] - 12), c.source[0])
                if joint is not None and joint.start() > other.parts[0][0]:
                    other.parts[0] = (other.parts[0][0], joint.start())
                    continue
            if c.strong and c.source is not None and other.parts[0][0] < c.parts[0][0] and len(other.parts) == 1:
                # "X declared: “...,” she said": the outer content stops where the inner attribution's begins.
                if len(c.parts) == 1 and other.parts[0][0] <= c.source[0] and c.source[1] <= cue[0] \
                        and cue[1] <= c.parts[0][0] and c.parts[0][1] <= other.parts[0][1]:
                    # "Berg may add staff, he said", "Reed said Berg had told the crews that ...": source, cue and
                    # content of the inner attribution all lie inside the outer content, which stays whole.
                    continue
                end = c.parts[0][0]
                while end > other.parts[0][0] and TRIM.match(text[end - 1]):
                    end -= 1
                if end > other.parts[0][0]:
                    other.parts[0] = (other.parts[0][0], end)
                    continue
            if _inside(other.cue, c) and other.cue is not None and c.cue is not None:
                if (c.source is not None) != (other.source is not None):
                    if c.source is not None:
                        continue
                elif c.cue[0] < other.cue[0]:
                    continue
            if c.strong and c.source is not None and other.strong and c.source[1] <= cue[0] \
                    and text[cue[1]:cue[1] + 1] in _CLAUSE_CLOSERS \
                    and text[max(0, c.source[0] - 3):c.source[0]].lower() != "in ":
                # "“...,” Berg said, the Herald reported.", "no higher, she said, than ...": a report that closes
                # its clause inside another report is an attribution of its own (not "In his view, ...").
                start = c.parts[0][0]
                while start < c.parts[0][1] and text[start] in ", ":
                    start += 1
                if start < c.parts[0][1]:
                    c.parts[0] = (start, c.parts[0][1])
                continue
            nested = True
            break
        if not nested:
            keep.append(c)
    return keep


def _end_relative_clauses(cands: list[Candidate], text: str) -> None:
    """"Tom Reed, who said the tunnel was unsafe, has left the board": a content spoken inside a relative clause set
    off by commas ends at the comma before the main clause's verb."""
    for c in cands:
        if c.source is None or len(c.parts) != 1 or c.source[1] - c.source[0] not in (3, 5) \
                or text[c.source[0]:c.source[1]].lower() not in ("who", "which"):
            continue
        if text.rfind(",", max(0, c.source[0] - 3), c.source[0]) < 0:
            continue
        s, e = c.parts[0]
        m = _MAIN_VERB_AFTER_COMMA.search(text, s, e)
        if m is not None and m.start() > s and not _INNER_RELATIVE.search(text, s, m.start()) \
                and not QUOTE_MARK.search(text, s, e):
            c.parts[0] = (s, m.start())


def cues_outside(text: str, doubles: Sequence[QuoteSpan]) -> Iterator[CueHit]:
    """The cues of ``text`` outside its double quotations, in order: a cue word inside a quotation belongs to the
    quoted speaker's sentence, so the quotations (a fifth of news text) are not scanned at all.

    Args:
        text: the document text.
        doubles: its double quotations (and curly single ones), in order and not overlapping.

    Each stretch between quotations is scanned up to and including the next opening mark, so that the test for a
    word going on after a cue sees the mark, as in a scan of the whole text; no cue starts on a mark.
    """
    start = 0
    for q in doubles:
        if q.start > start:
            yield from find_cues(text, start, q.start + 1)
        start = max(start, q.end)
    yield from find_cues(text, start)


def extract_quotes(text: str, plugin: str | None = None) -> list[QuoteMention]:
    """Every attributed statement in ``text``.

    Args:
        text: the document text.
        plugin: the plugin name the mentions carry (the pipeline fills it in when None).

    Returns:
        Quote mentions in document order; offsets slice ``text``.
    """
    quotes = find_quotes(text)
    british = _house_singles(text, quotes)
    if british:
        # The British house style: single marks quote what double marks quote elsewhere, and every layout reads them
        # so.
        promoted = frozenset(british)
        quotes = [q._replace(single=False) if q.start in promoted else q for q in quotes]
    quote_starts = [q.start for q in quotes]
    quote_ends = frozenset(q.end for q in quotes)
    # Curly single quotations (the British house style) hold their speaker's own cues too; a straight apostrophe
    # pairs too easily across words ("the '90s ... the players' union") to be skipped.
    doubles = [q for q in quotes if not q.single or text[q.start] == "‘"]
    sentences = split_sentences(text, quotes)
    sent_starts = [s.start for s in sentences]
    by_sentence: dict[int, list[CueHit]] = {}
    for hit in cues_outside(text, doubles):
        start, end, lemma, _ = hit
        if lemma in ADJECTIVE_PARTICLES and not _BE_BEFORE.search(text, max(0, start - 40), start):
            continue  # an adjective cue needs a form of "be" before it; a cheap look saves tokenising the sentence
        i = bisect.bisect_right(sent_starts, start) - 1
        if i >= 0 and end <= sentences[i][1]:  # the sentence's end
            by_sentence.setdefault(i, []).append(hit)
    cands: list[Candidate] = []
    cued: set[int] = set()
    for i, hits in by_sentence.items():
        s = sentences[i]
        if text[s.end - 1] == "?" and _YES_NO_QUESTION.match(text, s.start):
            continue
        # Only a window around the cues is tokenised: sources sit close to their cue, and content ends are found
        # on the characters.
        lo = max(s.start, hits[0].start - _WINDOW_LEFT)
        if lo > s.start:
            space = text.find(" ", lo, hits[0].start)
            lo = space + 1 if space >= 0 else hits[0].start
        hi = min(s.end, hits[-1].end + _WINDOW_RIGHT)
        if hi < s.end:
            space = text.find(" ", hi, s.end)
            hi = space if space >= 0 else s.end
        toks, starts = tokenize_with_starts(text, lo, hi)
        ctx = SentenceView(text, s, toks, quotes, quote_starts, s.start, truncated=lo > s.start, starts=starts,
                           quote_ends=quote_ends)
        found = read_sentence(ctx, hits, s.paragraph)
        for c in found:
            c.paragraph = s.paragraph
        if any(not c.nominal for c in found):
            cued.add(i)  # a noun cue alone leaves the sentence to the layouts without a cue ("X bashed Y's plan")
        cands.extend(found)
    cands.sort(key=lambda c: (c.parts[0][0], c.cue or (0, 0)))
    cands = _drop_nested(cands, text)
    _end_relative_clauses(cands, text)
    cands.extend(colon_verb_quotes(sentences, text, quotes, quote_starts, cued))
    cands.extend(block_quotes(sentences, text, by_sentence, cued))
    continue_quotes(cands, sentences, text, quotes, quote_starts, cued)
    taken = {start for c in cands for start, _ in c.parts}
    first_cue = {i: hits[0].start for i, hits in by_sentence.items() if i in cued}
    cands.extend(standalone_quotes(sentences, text, quotes, quote_starts, cued, taken, first_cue))
    cands.extend(named_colon_quotes(text, quotes, taken))
    cands.extend(document_openers(sentences, text))
    cands.extend(document_trailers(sentences, text, cued))
    cands.extend(stances(sentences, text, cued, {c.parts[0][0] for c in cands}))
    turns = transcript_turns(text)
    if turns:
        # a transcript's turn replaces what the colon layouts read from its label
        turn_cues = {c.cue for c in turns}
        cands = [c for c in cands if c.cue not in turn_cues]
        cands.extend(turns)
    cands.sort(key=lambda c: (c.parts[0][0], c.cue or (0, 0)))
    return _mentions(text, _unique(_drop_weak_inner(cands, text)), plugin, british)


def _house_singles(text: str, quotes: Sequence[QuoteSpan]) -> list[int]:
    """The opening marks of the single quotations of a text in the British house style: one with no double quotation
    mark at all and at least two closed curly single quotations that hold a sentence (a lone one may be a quotation
    inside a speaker's words, a quoted word or title holds no sentence, and a straight apostrophe pairs too easily
    across words). Empty for any other text."""
    if not quotes or any(ch in text for ch in QUOTE_MARK_CHARS):
        return []
    singles = [q.start for q in quotes if q.single and q.closed and text[q.start] == "‘"
               and text.count(" ", q.start, q.end) >= _SENTENCE_SPACES]
    return singles if len(singles) >= 2 else []


def _drop_weak_inner(cands: list[Candidate], text: str) -> list[Candidate]:
    """Drop a weak attribution read wholly inside the content of a verb's attribution ("Reed described the tweets
    praising Berg as ..."): with its cue and its source inside the outer content and its own content after the cue,
    it is a clause of what the outer source reported, which the corpus does not attribute a second time. An outer
    attribution read from a preposition or a colon ("In the report, ...") swallows nothing."""
    if len(cands) < 2:
        return cands
    outers = [c for c in cands if c.cue is not None and c.source is not None and not c.nominal
              and text[c.cue[0]].isalpha() and text[c.cue[0]:c.cue[1]].lower() not in _PREPOSITION_CUES]
    if not outers:
        return cands
    # each candidate looks only at the outers whose content can still hold its cue (a long document with thousands
    # of attributions stays linear): the outers by content start, with the furthest content end reached so far
    outers.sort(key=_content_start)
    starts: list[int] = []
    reach: list[int] = []
    far = -1
    for o in outers:
        starts.append(o.parts[0][0])
        far = max(far, o.parts[-1][1])
        reach.append(far)
    keep = []
    for c in cands:
        cue = c.cue
        if cue is None or c.strong or c.parts[0][0] < cue[1]:
            keep.append(c)
            continue
        # the outers whose content begins at or before the source (or the cue) and may reach past the cue
        lo = c.source[0] if c.source is not None else cue[0]
        k = bisect.bisect_right(starts, lo) - 1
        while k >= 0 and reach[k] >= cue[1]:
            o = outers[k]
            if o is not c and _inside(cue, o):
                break
            k -= 1
        else:
            keep.append(c)
    return keep


def _content_start(cand: Candidate) -> int:
    """Where the candidate's content begins."""
    return cand.parts[0][0]


def _unique(cands: list[Candidate]) -> list[Candidate]:
    """The candidates without repeats: two layouts may read the same attribution (a name, a colon and a
    quotation), and one statement is reported once."""
    seen: set[tuple[tuple[tuple[int, int], ...], tuple[int, int] | None, tuple[int, int] | None]] = set()
    out: list[Candidate] = []
    for c in cands:
        key = (tuple(c.parts), c.cue, c.source)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


# Source phrases recur ("he", "she", "officials", a name), within a document and across documents: ``describe`` reads
# each distinct phrase once. It reads only the phrase's text and its tokens' texts, which together make the key.
_DESCRIBED: Final[dict[tuple[str, tuple[str, ...]], SourceInfo]] = {}
_DESCRIBED_MAX = 8192
# A token's text (read in C, without a comprehension's frame).
_TOKEN_TEXT: Final = itemgetter(TEXT)


def _describe(tokens: list[Token], text: str) -> SourceInfo:
    """``describe(tokens, text)``, remembered by phrase."""
    if not tokens:
        return describe(tokens, text)
    key = (text[tokens[0][START]:tokens[-1][END]], tuple(map(_TOKEN_TEXT, tokens)))
    info = _DESCRIBED.get(key)
    if info is None:
        if len(_DESCRIBED) >= _DESCRIBED_MAX:
            _DESCRIBED.clear()  # a bound on memory; the common phrases come back at once
        info = _DESCRIBED[key] = describe(tokens, text)
    return info


# The fewest spaces inside a single quotation that make it a quoted sentence rather than a quoted word or title.
_SENTENCE_SPACES = 3


def _mentions(text: str, cands: list[Candidate], plugin: str | None,
              house_singles: Sequence[int] = ()) -> list[QuoteMention]:
    """Resolve the candidates' speakers in document order and build the mentions.

    ``house_singles`` are the opening marks of single quotations that the text uses as its quotation marks (see
    ``_house_singles``): they make a content direct as double marks do.
    """
    resolver = SpeakerResolver(text)
    # The double quotation marks of the text, found once (``str.find`` in C) rather than searched for in each content:
    # a content is direct when one of them lies inside one of its parts.
    marks = (list(house_singles) or char_positions(text, QUOTE_MARK_CHARS)) if cands else []
    out: list[QuoteMention] = []
    # spans and mentions are built without re-checking their fields (see ``construct``)
    for c in cands:
        parts = sorted(set(c.parts)) if len(c.parts) > 1 else c.parts
        start, end = parts[0][0], parts[-1][1]
        speaker = role = kind = None
        source = None
        if c.source is not None:
            info = _describe(c.antecedent or c.source_tokens, text)
            s, e = c.source
            phrase = text[s:e]
            source = new_span(s, e, phrase, "text")
            if c.antecedent:
                phrase = text[c.antecedent[0][START]:c.antecedent[-1][END]]
            resolved = resolver.resolve(info, s, phrase, c.strong)
            speaker, kind, role = resolved.speaker, resolved.kind, resolved.role
        direct = False
        for s, e in parts:
            i = bisect.bisect_left(marks, s)
            if i < len(marks) and marks[i] < e:
                direct = True
                break
        cue = None
        if c.cue:
            s, e = c.cue
            cue = new_span(s, e, text[s:e], "text")
        out.append(new_mention(
            start, end, text[start:end], "text", plugin, cue, source, speaker or None, direct, c.cue_class, kind,
            role, tuple(parts) if len(parts) > 1 else (),
        ))
    return out
