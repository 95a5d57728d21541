"""Quote extraction: the attribution layouts, built on mark pairing, sentences, cues and source phrases.

Layouts, per cue:
  * ``X said (that) ...`` / ``X told reporters ...`` / ``X said: “...”``: the content follows the cue;
  * ``“...,” X said.`` / ``..., said X.``: the content precedes;
  * ``“...,” X said, “...”`` / ``..., X said, ...``: the content surrounds the attribution (two parts);
  * ``according to X, ...`` / ``..., according to X.``;
  * ``..., adding that ...``: a participle cue inherits the sentence's source.
Quoted sentences that follow a direct quote in the same paragraph, without their own attribution, continue it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import define, field

from claimkit import QuoteMention, Span

from .cues import CueHit, find_cues
from .lexicon import (
    ADDRESSEE_VERBS,
    CLAUSE_ONLY,
    COLON_LABELS,
    CUE_AUXILIARIES,
    CUE_TRAILERS,
    DETERMINERS,
    NOT_NAMES,
    PARTICLES,
    WEEKDAYS,
)
from .marks import QuoteSpan, find_quotes
from .sentences import Sentence, Token, split_sentences, tokenize
from .sources import describe, head_ok, scan_left, source_after, source_before, subject_at_start
from .speakers import SpeakerResolver

_OPENING = frozenset({"“", "„", "«", "\"", "''", "‘"})
_CLOSING = frozenset({"”", "»", "\"", "''", "’", "'"})
_QUOTE_CHARS = frozenset("\"“”«»„")
# What makes a content direct, as the corpus convention has it: a double quotation mark (not doubled apostrophes).
_QUOTE_MARK = re.compile("[\"“”«»„]")
_ANY_MARK = re.compile("[\"“”«»„]|''")
_FINAL = frozenset({".", "!", "?", "…", ";"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "them", "us", "you", "it"})
_PARTICIPLE_STOPS = frozenset({"adding", "saying", "noting", "according", "arguing", "explaining", "insisting",
                               "warning", "claiming", "stressing", "citing", "acknowledging", "telling"})
# A later clause with its own cue ends the content: ", adding that ...", ", according to ...".
_CLAUSE_STOP = re.compile(r";|,\s{1,3}(?:" + "|".join(sorted(_PARTICIPLE_STOPS)) + r")\b")
_TRAILERS: dict[str, list[list[str]]] = {}
for _phrase in CUE_TRAILERS:
    _TRAILERS.setdefault(_phrase.split()[0], []).append(_phrase.split())
_POSSESSIVE_ENDINGS = ("’s", "'s")
# Words that open an adjunct after a cue ("said in a speech", "told reporters at ..."), not a content.
_AFTER_CUE_ADJUNCTS = frozenset({"in", "at", "on", "during", "after", "before", "from", "to", "when", "while", "as",
                                 "of", "last", "this", "earlier", "later", "late", "early", "outside", "inside"})
# Core reporting verbs: their attribution wins over a weaker cue that would swallow it.
_STRONG = frozenset({"say", "tell", "add", "write", "according to", "note", "claim", "deny", "confirm", "warn",
                     "insist", "argue", "explain", "announce", "report", "tweet", "state", "declare"})
# Verbs whose subject belongs to the content ("X seemed to ...").
_RAISING = frozenset({"seem", "appear"})
_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "“", "”", "\"", "''"})
_CLAUSE_WORDS = frozenset({"but", "and", "where", "that", "which", "while", "because", "although", "though", "if",
                           "when", "as", "so", "since", "whether", "after", "before"})
_SOURCE_ENDS = frozenset({",", ";", ":", "(", ")", "“", "”", "\"", "''", "—", "–", "?", "!"})
_TRIM = re.compile(r"[\s,:;—–-]")
# Heads of surveys and studies that speak for themselves when they open a sentence ("In a new poll, ...").
_DOCUMENT_HEADS = frozenset({"poll", "survey", "study", "report", "analysis", "review", "audit", "census",
                             "ranking", "index"})
_VERB_AFTER_NOUN = frozenset({"have", "has", "had", "is", "are", "was", "were", "said", "say", "says", "suggest",
                              "suggested", "show", "showed", "shows", "indicate", "indicated", "will", "would"})
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
# Verbs of being, having, moving and winning that take no stance ("Berg was", "Berg won the vote").
_NOT_STANCE = frozenset({"is", "was", "has", "had", "does", "did", "goes", "went", "comes", "came", "gets", "got",
                         "won", "wins", "lost", "loses", "leads", "led", "lives", "lived", "died", "dies", "returned",
                         "returns", "arrived", "arrives", "left", "leaves", "stayed", "stays", "worked", "works",
                         "served", "serves", "remains", "remained", "became", "becomes", "seems", "seemed",
                         "appears", "appeared", "faces", "faced", "needs", "needed", "started", "starts", "began",
                         "begins", "ended", "ends", "finished", "finishes", "raised", "raises", "spent", "spends",
                         "received", "receives", "took", "takes", "made", "makes", "held", "holds", "met", "meets",
                         "visited", "visits", "traveled", "travels", "joined", "joins", "entered", "enters",
                         "ran", "runs", "turned", "turns", "moved", "moves", "tried", "tries", "used", "uses",
                         "owned", "owns", "paid", "pays", "signed", "signs", "passed", "passes", "voted", "votes",
                         "were", "includes", "included", "contains", "contained", "represents",
                         "represented", "grew", "grows", "studied", "studies", "graduated", "born"})
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
                       "those", "no", "every", "each", "any"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
_SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it"})
_WINDOW_LEFT = 160
_WINDOW_RIGHT = 150


@define
class Candidate:
    """An attribution found in one sentence, before speaker resolution."""

    parts: list[tuple[int, int]]
    cue: tuple[int, int] | None
    cue_class: str | None
    source: tuple[int, int] | None
    source_tokens: list[Token] = field(factory=list)
    antecedent: list[Token] = field(factory=list)
    paragraph: int = 0
    strong: bool = False  # a core reporting cue ("said", "told", "according to")


@define
class _Sentence:
    """A sentence being read: its tokens and quotation context."""

    text: str
    sentence: Sentence
    tokens: list[Token]
    quotes: Sequence[QuoteSpan]
    quote_starts: Sequence[int]
    claimed: int = 0  # offset before which content is already taken by an earlier attribution
    truncated: bool = False  # the tokens start after the sentence start (only a window around the cues is read)
    end_char: int = 0  # where the sentence's content ends: its end without final punctuation

    def __attrs_post_init__(self) -> None:
        end = self.sentence.end
        while end > self.sentence.start and self.text[end - 1] in ".!?…; ":
            end -= 1
        self.end_char = end

    def quote_ending_at(self, end: int) -> QuoteSpan | None:
        i = bisect.bisect_right(self.quote_starts, end) - 1
        while i >= 0 and self.quotes[i].end >= end - 1:
            if self.quotes[i].end in (end, end + 1) or self.quotes[i].end == end - 1:
                return self.quotes[i]
            i -= 1
        return None

    def quote_starting_at(self, start: int) -> QuoteSpan | None:
        i = bisect.bisect_left(self.quote_starts, start)
        if i < len(self.quotes) and self.quotes[i].start == start:
            return self.quotes[i]
        return None

    def previous_quote(self) -> QuoteSpan | None:
        """A quotation that closes the previous sentence right before this one ("“...?” she asked.")."""
        if self.truncated:
            return None
        start = self.sentence.start
        i = bisect.bisect_left(self.quote_starts, start) - 1
        if i < 0 or self.quotes[i].single:
            return None
        quote = self.quotes[i]
        gap = self.text[quote.end:start]
        return quote if quote.end <= start and not gap.strip() and "\n" not in gap else None

    def next_quote(self) -> QuoteSpan | None:
        """A quotation that opens right after this sentence ends with a colon ("X said:\n\n“...”")."""
        end = self.sentence.end
        if self.text[end - 1:end] != ":":
            return None
        i = bisect.bisect_left(self.quote_starts, end)
        if i >= len(self.quotes) or self.quotes[i].single:
            return None
        quote = self.quotes[i]
        return quote if not self.text[end:quote.start].strip() else None

    def content_end(self) -> int:
        """Token index after the last content token read (final punctuation left out)."""
        n = len(self.tokens)
        while n > 0 and self.tokens[n - 1].start >= self.end_char:
            n -= 1
        return n

    def before(self, idx: int) -> list[tuple[int, int]]:
        """The content left of token ``idx`` (a comma or closing mark before the attribution)."""
        toks = self.tokens
        end_tok = idx - 1
        if end_tok < 0:
            quote = self.previous_quote()
            return [(quote.start, quote.end)] if quote is not None else []
        if toks[end_tok].text in (",", "—", "–", "-") and end_tok > 0:
            end_tok -= 1
        end = toks[end_tok].end
        start = max(self.sentence.start, self.claimed)
        if toks[end_tok].text in _CLOSING:
            quote = self.quote_ending_at(end)
            if quote is not None and not quote.single:
                lead = self.text[start:quote.start]
                # A colon ends what leads into the quotation ("X declared: “...,” she said").
                if quote.start < start or ":" in lead:
                    start = quote.start
        while start < end and self.text[start].isspace():
            start += 1
        return [(start, end)] if end > start else []

    def after(self, idx: int) -> list[tuple[int, int]]:
        """The content from token ``idx`` to the clause end."""
        toks = self.tokens
        n = self.content_end()
        while idx < n and toks[idx].text in (":", ",", "—", "–"):
            idx += 1
        if idx >= n:
            return []
        start = toks[idx].start
        quote = self.quote_starting_at(start)
        if quote is not None and not quote.single and quote.end >= self.end_char - 1:
            # "X said: “...”" — the quotation is the content when only punctuation follows it.
            return [(start, quote.end)]
        end = self.end_char
        stop = _CLAUSE_STOP.search(self.text, start, end)
        if stop is not None:
            end = stop.start()
        while end > start and self.text[end - 1] in ", ":
            end -= 1
        return [(start, end)] if end > start else []


def _continues(token: Token) -> bool:
    """Whether the token after "..., X said," resumes the content (a quotation or a lowercase verb phrase)."""
    if token.text in _OPENING:
        return True
    return token.word and not token.capital and not token.low.endswith("ing") and token.low not in _PARTICIPLE_STOPS


def _cue_tokens(toks: Sequence[Token], starts: Sequence[int], hit: CueHit) -> tuple[int, int] | None:
    i = bisect.bisect_left(starts, hit.start)
    if i >= len(toks) or toks[i].start != hit.start:
        return None
    j = i
    while j < len(toks) and toks[j].end <= hit.end:
        j += 1
    return (i, j) if j > i else None


def _extend_cue(toks: Sequence[Token], a: int, b: int, lemma: str) -> tuple[int, int]:
    """Widen a cue over auxiliaries before it, a particle ("called for") or a statement/time phrase after it."""
    while a > 0 and toks[a - 1].low in CUE_AUXILIARIES and toks[a - 1].word:
        a -= 1
    if b < len(toks) and toks[b].low in PARTICLES.get(lemma, ()):
        return a, b + 1
    if b < len(toks) and toks[b].low in WEEKDAYS:
        return a, b + 1
    if b < len(toks):
        for trailer in _TRAILERS.get(toks[b].low, ()):
            if b + len(trailer) <= len(toks) and all(toks[b + k].low == w for k, w in enumerate(trailer)):
                return a, b + len(trailer)
    return a, b


def _skip_addressee(toks: Sequence[Token], e: int, n: int) -> int:
    """Token index where the content starts after "told reporters (on Tuesday) (that)"."""
    for k in range(e, min(n, e + 12)):
        if toks[k].low == "that":
            return k
        if toks[k].text in (",", ":", ";") or toks[k].text in _OPENING:
            break
    k = e
    if k < n and toks[k].low in _OBJECT_PRONOUNS:
        return k + 1
    if k < n and toks[k].low in DETERMINERS:
        k += 1
    start = k
    while k < n and k - start < 6 and toks[k].word and (toks[k].capital or toks[k].low.endswith("s")
                                                          or toks[k].text.endswith(_POSSESSIVE_ENDINGS)):
        k += 1
    if k < n and toks[k].text == "." and k > start:
        k += 1
    return k if k > start else e


def _skip_adjunct(toks: Sequence[Token], e: int, n: int) -> int:
    """Where the content starts after "said in an interview (on Tuesday) that ...": at "that" after an adjunct."""
    if e >= n or toks[e].low not in _AFTER_CUE_ADJUNCTS:
        return e
    for k in range(e + 1, min(n, e + 10)):
        if toks[k].low == "that":
            return k
        if not toks[k].word and toks[k].text not in ("-", "’s", "'s", "."):
            break
    return e


def _is_noun_use(toks: Sequence[Token], a: int) -> bool:
    """Whether the cue word at token ``a`` is used as a noun ("the report", "his claim", "reports have said")."""
    if a + 1 < len(toks) and toks[a].low.endswith("s") and toks[a + 1].low in _VERB_AFTER_NOUN:
        return True  # a plural noun followed by its verb
    if a == 0:
        return False
    prev = toks[a - 1]
    possessive = prev.text.endswith(_POSSESSIVE_ENDINGS) and prev.low[:-2] not in _SUBJECT_PRONOUNS
    if prev.low == "that" and a >= 2 and toks[a - 2].word and head_ok(toks[a - 2]):
        return False  # "a survey that showed ...": a relative clause, not "that report"
    return prev.low in _ARTICLES or possessive or prev.low == "to"


def _read_sentence(ctx: _Sentence, hits: list[CueHit], paragraph: int) -> list[Candidate]:
    toks = ctx.tokens
    out: list[Candidate] = []
    n = ctx.content_end()
    used_until = -1  # token index: cues inside an earlier attribution's source are skipped
    starts = [t.start for t in toks]
    for hit in hits:
        span = _cue_tokens(toks, starts, hit)
        if span is None:
            continue
        ci, cj = span
        if ci < used_until:
            continue
        if hit.lemma == "according to":
            cand = _according_to(ctx, ci, cj, hit, out, paragraph)
            if cand is not None:
                cand.strong = True
                out.append(cand)
                used_until = cj
            continue
        if _is_noun_use(toks, ci):
            if ci > 0 and toks[ci - 1].low in _POSSESSIVE_PRONOUNS and cj < n \
                    and (toks[cj].low == "that" or toks[cj].low in PARTICLES.get(hit.lemma, ())
                         or toks[cj].low in ("for", "of", "on")):
                # "his claim that ...", "her support for ...": a nominal cue with its possessor as source.
                e = cj + (0 if toks[cj].low == "that" else 1)
                parts = ctx.after(e)
                if parts:
                    out.append(Candidate(parts, (toks[ci].start, toks[e - 1].end), hit.cue_class,
                                         (toks[ci - 1].start, toks[ci - 1].end), [toks[ci - 1]], paragraph=paragraph))
                    used_until = e
            continue
        a, e = _extend_cue(toks, ci, cj, hit.lemma)
        cand = None
        passive_expect = (hit.lemma == "expect" and toks[ci].low == "expected" and a < ci
                          and toks[ci - 1].low in ("is", "are", "was", "were", "be", "been"))
        if (hit.lemma in _RAISING and not toks[ci].low.endswith("ing")) or passive_expect:
            # "Sanders seemed to reap the benefits", "Nabisco is expected to cut jobs": no source; the content
            # is the subject and what follows the cue.
            cand = _raising(ctx, hit, a, e, paragraph)
            if cand is not None:
                out.append(cand)
                used_until = e
            continue
        if ci > 0 and toks[ci - 1].low in _BE_FORMS and toks[ci].low.endswith(("ed", "told", "said", "written")):
            continue  # a passive ("was asked", "is told") has the addressee, not the speaker, as its subject
        if ci == 0 and toks[ci].text == "Asked" and not ctx.truncated:
            # "Asked about the vote, she said ...": the question is a content without a source.
            comma = next((k for k in range(cj, n) if toks[k].text == ","), None)
            if comma is not None and comma > cj:
                out.append(Candidate([(toks[cj].start, toks[comma - 1].end)], (toks[ci].start, toks[ci].end),
                                     hit.cue_class, None, paragraph=paragraph))
                ctx.claimed = toks[comma].end
                used_until = comma
            continue
        if hit.lemma == "ask" and ci > 0 and toks[ci - 1].low in ("when", "after", "if", "once"):
            # "..., he said when asked whether ...": the question is a content without a source.
            stop = next((k for k in range(cj, n) if toks[k].text in (",", ";", "—", "–")), n)
            if stop > cj:
                out.append(Candidate([(toks[cj].start, toks[stop - 1].end)], (toks[ci].start, toks[ci].end),
                                     hit.cue_class, None, paragraph=paragraph))
                used_until = stop
            continue
        participle = toks[ci].low.endswith("ing") and a == ci
        src = None if participle and a > 0 and toks[a - 1].word else source_before(toks, a)
        before_ok = False
        if participle and src is None and a > 0:
            # "Cruz is making a pitch to voters saying ...": the speaker is the sentence's subject.
            cand = _participle(ctx, hit, a, e, out, paragraph)
        elif src is not None:
            sa, sb = src
            before_ok = ((sa > 0 and (toks[sa - 1].text in (",", "—", "–") or toks[sa - 1].text in _CLOSING
                                      or ctx.quote_ending_at(toks[sa - 1].end) is not None))
                         or (sa == 0 and ctx.previous_quote() is not None))
            cand = _with_source_before(ctx, hit, a, e, sa, sb, before_ok, n)
        elif a > 0 and ((toks[a - 1].text == "," and toks[ci].low.endswith("ing")) or toks[a - 1].low == "and"):
            cand = _participle(ctx, hit, a, e, out, paragraph)
        elif a > 0 and (toks[a - 1].text == "," or toks[a - 1].text in _CLOSING) and hit.lemma not in CLAUSE_ONLY:
            srca = source_after(toks, e, n)
            if srca is not None:
                parts = ctx.before(a)
                sa2, sb2 = srca
                if sb2 < n and toks[sb2].text == "," and sb2 + 1 < n and _continues(toks[sb2 + 1]):
                    parts += ctx.after(sb2 + 1)
                if parts:
                    cand = Candidate(parts, (toks[a].start, toks[e - 1].end), hit.cue_class,
                                     (toks[sa2].start, toks[sb2 - 1].end), list(toks[sa2:sb2]), paragraph=paragraph)
        if cand is not None and cand.parts:
            cand.strong = hit.lemma in _STRONG
            out.append(cand)
            used_until = e
            ctx.claimed = max(ctx.claimed, toks[e - 1].end)
    return out


def _raising(ctx: _Sentence, hit: CueHit, a: int, e: int, paragraph: int) -> Candidate | None:
    toks = ctx.tokens
    k = a - 1
    while k >= 0 and a - k < 25 and toks[k].text not in _CLAUSE_PUNCT and toks[k].low not in _CLAUSE_WORDS:
        k -= 1
    if (k < 0 and ctx.truncated) or a - k >= 25:
        return None
    if k == a - 1 or e >= len(toks):
        return None
    subject = (toks[k + 1].start, toks[a - 1].end)
    rest = ctx.after(e)
    if not rest:
        return None
    return Candidate([subject, *rest], (toks[a].start, toks[e - 1].end), hit.cue_class, None, paragraph=paragraph)


def _statement_before(ctx: _Sentence, sa: int) -> bool:
    """Whether the quotation closing right before the source is a statement (four words or more), not a title."""
    quote = ctx.quote_ending_at(ctx.tokens[sa - 1].end)
    return quote is None or ctx.text.count(" ", quote.start, quote.end) >= 3


def _participle(ctx: _Sentence, hit: CueHit, a: int, e: int, out: list[Candidate],
                paragraph: int) -> Candidate | None:
    """", adding that ..." / "... and said ...": the sentence's source goes on speaking, else its subject speaks."""
    toks = ctx.tokens
    parts = ctx.after(e)
    if not parts:
        return None
    cue = (toks[a].start, toks[e - 1].end)
    if out and out[-1].source is not None:
        prev = out[-1]
        return Candidate(parts, cue, hit.cue_class, prev.source, prev.source_tokens, prev.antecedent, paragraph)
    head = tokenize(ctx.text, ctx.sentence.start, min(ctx.sentence.start + 120, toks[a].start))
    # A dateline ("WASHINGTON — ...") stands before the sentence proper.
    if head and head[0].text.isupper() and len(head[0].text) > 1:
        dash = next((k for k in range(min(len(head), 14)) if head[k].text in ("—", "–", "-", "--")), None)
        if dash is not None:
            head = head[dash + 1:]
    # A fronted phrase ("On Sunday, ...", "Hours later, ...") stands before the subject.
    comma = next((k for k in range(min(len(head), 10)) if head[k].text == ","), None)
    if (comma is not None and subject_at_start(head) is None) or (
            comma is not None and head and head[0].low not in DETERMINERS and head[0].low not in _SUBJECT_PRONOUNS
            and (head[0].low in NOT_NAMES or any(t.word and not t.capital for t in head[:comma]))):
        head = head[comma + 1:]
    subj = subject_at_start(head)
    if subj is None:
        return None
    sa, sb = subj
    return Candidate(parts, cue, hit.cue_class, (head[sa].start, head[sb - 1].end), list(head[sa:sb]),
                     paragraph=paragraph)


def _with_source_before(ctx: _Sentence, hit: CueHit, a: int, e: int, sa: int, sb: int, before_ok: bool,
                        n: int) -> Candidate | None:
    """Layouts with the source left of the cue: content after, before, or around the attribution."""
    toks = ctx.tokens
    antecedent: list[Token] = []
    if toks[sa].low in ("who", "which", "that") and sb == sa + 1 and sa >= 1:
        # "Anna Berg, who said ...", "a poll that showed ...": the relative pronoun is the source, the phrase
        # before it the speaker.
        end = sa - 1 if toks[sa - 1].text == "," else sa
        start = scan_left(toks, end - 1, 0) if end >= 1 else None
        if start is not None:
            antecedent = list(toks[start:end])
        before_ok = False
    cue = (toks[a].start, toks[e - 1].end)
    source = (toks[sa].start, toks[sb - 1].end)
    pronoun = toks[sa].low.replace("’", "'").split("'")[0]
    if sb - sa == 1 and pronoun != toks[sa].low and pronoun in _SUBJECT_PRONOUNS:
        source = (toks[sa].start, toks[sa].start + len(pronoun))  # "he's said": the source is "he"
    parts: list[tuple[int, int]] = []
    rest_is_end = e >= n
    opens_content = e < n and (toks[e].low == "that" or toks[e].text in (":",) or toks[e].text in _OPENING)
    if opens_content and toks[e].text in _OPENING and hit.lemma in ADDRESSEE_VERBS:
        # "told “Fox and Friends.”": a quoted programme title is the addressee, not the content.
        quote = ctx.quote_starting_at(toks[e].start)
        opens_content = quote is None or ctx.text.count(" ", quote.start, quote.end) >= 4
    if before_ok and not opens_content:
        if rest_is_end:
            parts = ctx.before(sa)
        elif toks[e].text == ",":
            parts = ctx.before(sa)
            if e + 1 < n and _continues(toks[e + 1]):
                after = ctx.after(e + 1)
                if toks[e + 1].text in _OPENING and not any(_ANY_MARK.search(ctx.text, a0, b0) for a0, b0 in parts):
                    parts = after  # "Asked about it, he said, “...”": the quotation alone is the content
                else:
                    parts += after
        elif (hit.lemma in ADDRESSEE_VERBS or n - e <= 3 or toks[e].low in _AFTER_CUE_ADJUNCTS
              or toks[e].low.endswith("ing") or toks[e].text in _OPENING
              or (sa > 0 and (toks[sa - 1].text in _CLOSING or ctx.quote_ending_at(toks[sa - 1].end) is not None)
                  and _statement_before(ctx, sa))):
            before = ctx.before(sa)
            # A quotation leads into the attribution when it is a statement, not a title ("On “Good Day,” X said").
            quoted = bool(before) and _ANY_MARK.search(ctx.text, before[0][0], before[0][1]) is not None \
                and (_ANY_MARK.match(ctx.text, before[0][0]) is not None
                     or ctx.text.count(" ", before[0][0], before[0][1]) >= 8)
            if hit.lemma in ADDRESSEE_VERBS and not quoted and n - _skip_addressee(toks, e, n) > 3:
                before = []  # "In Iowa, Rubio told reporters that ...": the content follows the addressee
            # A short fronted phrase ("Two days later, X told parliament that ...") is not the content.
            if before and (ctx.text[before[0][0]:before[0][1]].count(" ") >= 4 or quoted):
                parts = before
    if not parts:
        quote = ctx.next_quote() if rest_is_end or toks[e].text == ":" else None
        if quote is not None:
            parts = [(quote.start, quote.end)]
        elif rest_is_end:
            return None
        else:
            start = _skip_addressee(toks, e, n) if hit.lemma in ADDRESSEE_VERBS else _skip_adjunct(toks, e, n)
            parts = ctx.after(start)
    if not parts:
        return None
    return Candidate(parts, cue, hit.cue_class, source, list(toks[sa:sb]), antecedent)


def _phrase_until_comma(toks: Sequence[Token], first: int, hi: int) -> tuple[int, int] | None:
    """Tokens from ``first`` up to the next comma, bracket or quotation mark: an "according to" source."""
    k = first
    while k < hi and k - first < 40 and toks[k].text not in _SOURCE_ENDS:
        k += 1
    return (first, k) if k > first and any(t.word for t in toks[first:k]) else None


def _according_to(ctx: _Sentence, ci: int, cj: int, hit: CueHit, out: list[Candidate],
                  paragraph: int) -> Candidate | None:
    """"According to X, ...", "..., according to X." and "..., according to X, ..."."""
    toks = ctx.tokens
    n = ctx.content_end()
    cue = (toks[ci].start, toks[cj - 1].end)
    first_word = 0
    while first_word < ci and (toks[first_word].low in ("but", "and", "yet", "so", "also")
                               or toks[first_word].text == ","):
        first_word += 1
    if ci <= first_word and not ctx.truncated:
        src = _phrase_until_comma(toks, cj, n)
        if src is None or src[1] >= n or toks[src[1]].text != ",":
            return None
        parts = ctx.after(src[1] + 1)
    else:
        src = _phrase_until_comma(toks, cj, n)
        prev = out[-1] if out else None
        if prev is not None and prev.cue is not None and ci > 0 and toks[ci - 1].text == "," \
                and 0 <= toks[ci - 1].start - prev.cue[1] <= 40:
            # "“...,” she said, according to the broadcaster": the same content, reported by a second source.
            parts = list(prev.parts)
        else:
            if ci > 0 and toks[ci - 1].text == "(":
                return None
            parts = ctx.before(ci)
            if src is not None and src[1] < n and toks[src[1]].text == "," and src[1] + 1 < n \
                    and _continues(toks[src[1] + 1]):
                parts += ctx.after(src[1] + 1)
    if src is None or not parts:
        return None
    sa, sb = src
    return Candidate(parts, cue, hit.cue_class, (toks[sa].start, toks[sb - 1].end), list(toks[sa:sb]),
                     paragraph=paragraph)


def _continue_quotes(cands: list[Candidate], sentences: Sequence[Sentence], text: str,
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
                or (sentences[i].paragraph == para + 1 and _ANY_MARK.match(text, cand.parts[-1][0])
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


def _document_openers(sentences: Sequence[Sentence], text: str) -> list[Candidate]:
    """"In a new poll, 38 percent of voters ...": a survey or document that opens a sentence is its source."""
    out: list[Candidate] = []
    for s in sentences:
        if not text.startswith("In ", s.start):
            continue
        comma = text.find(",", s.start, min(s.end, s.start + 120))
        if comma < 0:
            continue
        toks = tokenize(text, s.start, comma)
        if len(toks) < 3 or not any(t.low in _DOCUMENT_HEADS or _singular_low(t.low) in _DOCUMENT_HEADS
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
        out.append(Candidate([(start, end)], (toks[0].start, toks[0].end), "neutral",
                             (toks[1].start, toks[-1].end), list(toks[1:]), paragraph=s.paragraph))
    return out


def _stances(sentences: Sequence[Sentence], text: str, cued: set[int], taken: set[int]) -> list[Candidate]:
    """"Anna Berg slammed the plan": a named speaker's verb of stance towards what follows."""
    out: list[Candidate] = []
    for i, s in enumerate(sentences):
        if i in cued or s.end - s.start < 25 or not text[s.start].isupper():
            continue
        head = tokenize(text, s.start, min(s.end, s.start + 100))
        subj = subject_at_start(head)
        if subj is None:
            continue
        k = subj[1]
        if subj[1] - subj[0] == 1 and head[subj[0]].low not in _SUBJECT_PRONOUNS and k < len(head) \
                and not head[subj[0]].capital:
            continue
        while k < len(head) and head[k].low in CUE_AUXILIARIES and head[k].low not in _BE_FORMS:
            k += 1
        if k + 2 >= len(head):
            continue
        verb = head[k]
        if not verb.word or verb.capital or not verb.low.endswith(("ed", "s")) or verb.low in _NOT_STANCE:
            continue
        obj = head[k + 1]
        # The verb must take an object or a clause ("slammed the plan", "urged Berg", "vowed to ...").
        if not (obj.low in DETERMINERS or obj.low in _OBJECT_PRONOUNS or obj.capital or obj.text in _OPENING
                or obj.low in ("that", "to", "his", "her", "their", "its")):
            continue
        start = head[k + 1].start
        end = s.end
        while end > start and text[end - 1] in ".!?…; ":
            end -= 1
        if end - start < 4 or (head[subj[0]].low in NOT_NAMES and head[subj[0]].low not in _SUBJECT_PRONOUNS):
            continue
        out.append(Candidate([(start, end)], (head[subj[1]].start, verb.end), "neutral",
                             (head[subj[0]].start, head[subj[1] - 1].end), list(head[subj[0]:subj[1]]),
                             paragraph=s.paragraph))
    return out


def _singular_low(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _colon_introduction(text: str, s: Sentence, colon: int) -> Candidate | None:
    """"Anna Berg: ..." / "Ministry: ..." at a sentence start: the name before the colon speaks."""
    head = tokenize(text, s.start, colon)
    if not head or len(head) > 5 or not all(t.capital or t.text in (".", "’s", "'s") for t in head):
        return None
    if head[0].low in NOT_NAMES or not head[-1].word or any(t.low in COLON_LABELS for t in head):
        return None
    end = s.end
    while end > colon and text[end - 1] in ".!?…; ":
        end -= 1
    if end - colon < 8:
        return None
    if text[end:s.end].strip() and text[end - 1] not in "”\"»":
        end = s.end if text[s.end - 1] in "”\"»" else end
    start = colon + 2
    return Candidate([(start, end)], (colon, colon + 1), "neutral", (head[0].start, head[-1].end), list(head),
                     paragraph=s.paragraph)


def _standalone_quotes(sentences: Sequence[Sentence], text: str, quotes: Sequence[QuoteSpan],
                       quote_starts: Sequence[int], cued: set[int], taken: set[int]) -> list[Candidate]:
    """Quotations without a cue: "“...” — Anna Berg." and a quoted sentence after one that names its speaker."""
    out: list[Candidate] = []
    for i, s in enumerate(sentences):
        if i in cued:
            continue
        colon = text.find(": ", s.start, min(s.end, s.start + 40))
        if colon > s.start:
            cand = _colon_introduction(text, s, colon)
            if cand is not None:
                out.append(cand)
                continue
        q = bisect.bisect_left(quote_starts, s.start)
        if q >= len(quotes) or quotes[q].start != s.start or quotes[q].single:
            continue
        quote = quotes[q]
        if quote.start in taken:
            continue  # already the content of an attribution in the next sentence ("“...” Berg said.")
        rest = tokenize(text, quote.end, s.end)
        if rest and rest[0].text in ("—", "–", "-", "--") and len(rest) > 1:
            src = source_after(rest, 1, len(rest) - (1 if rest[-1].text in _FINAL else 0))
            if src is not None:
                sa, sb = src
                out.append(Candidate([(quote.start, quote.end)], (rest[0].start, rest[0].end), "neutral",
                                     (rest[sa].start, rest[sb - 1].end), list(rest[sa:sb]), paragraph=s.paragraph))
            continue
        if i == 0 or i - 1 in cued or _quote_sentence(s, text, quotes, quote_starts) is None:
            continue
        if text.count(" ", quote.start, quote.end) < 3:
            continue  # a quoted word or title on its own is no statement
        prev = sentences[i - 1]
        if prev.paragraph < s.paragraph - 1 or _ANY_MARK.search(text, prev.start, prev.end):
            continue
        head = tokenize(text, prev.start, min(prev.end, prev.start + 120))
        subj = subject_at_start(head)
        # Only a named person ("Anna Berg visited ...") is taken to go on speaking in the next sentence.
        if subj is None or sum(1 for t in head[subj[0]:subj[1]] if t.word and t.capital) < 2 \
                or subj[1] >= len(head) or not head[subj[1]].word or head[subj[1]].capital:
            continue
        sa, sb = subj
        out.append(Candidate([(quote.start, quote.end)], None, None, (head[sa].start, head[sb - 1].end),
                             list(head[sa:sb]), paragraph=s.paragraph))
    return out


def _inside(cue: tuple[int, int] | None, cand: Candidate) -> bool:
    if cue is None or cue[0] < cand.parts[0][0] or cue[1] > cand.parts[-1][1]:
        return False
    return any(s <= cue[0] and cue[1] <= e for s, e in cand.parts)


def _drop_nested(cands: list[Candidate], text: str) -> list[Candidate]:
    """Drop attributions whose cue sits inside another attribution's content ("X said polls showed ...").

    When two contents hold each other's cue, an attribution with a source outranks one without; else the one
    whose cue comes first is the outer attribution.
    """
    if len(cands) < 2:
        return cands
    keep = []
    for i, c in enumerate(cands):
        nested = False
        for j in range(max(0, i - 8), min(len(cands), i + 9)):
            other = cands[j]
            if j == i or not _inside(c.cue, other):
                continue
            if c.strong and not other.strong:
                continue  # "X said polls show ...": a weak cue's clause does not swallow a reporting verb
            if c.strong and c.source is not None and other.parts[0][0] < c.parts[0][0] and len(other.parts) == 1:
                # "X declared: “...,” she said": the outer content stops where the inner attribution's begins.
                end = c.parts[0][0]
                while end > other.parts[0][0] and _TRIM.match(text[end - 1]):
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
            nested = True
            break
        if not nested:
            keep.append(c)
    return keep


def extract_quotes(text: str) -> list[QuoteMention]:
    """Every attributed statement in ``text``.

    Args:
        text: the document text.

    Returns:
        Quote mentions in document order; offsets slice ``text``.
    """
    quotes = find_quotes(text)
    quote_starts = [q.start for q in quotes]
    doubles = [q for q in quotes if not q.single]
    double_starts = [q.start for q in doubles]
    sentences = split_sentences(text, quotes)
    sent_starts = [s.start for s in sentences]
    by_sentence: dict[int, list[CueHit]] = {}
    for hit in find_cues(text):
        k = bisect.bisect_right(double_starts, hit.start) - 1
        if k >= 0 and doubles[k].start < hit.start < doubles[k].end:
            continue  # a cue word inside a quotation belongs to the quoted speaker's sentence
        i = bisect.bisect_right(sent_starts, hit.start) - 1
        if i >= 0 and hit.end <= sentences[i].end:
            by_sentence.setdefault(i, []).append(hit)
    cands: list[Candidate] = []
    cued: set[int] = set()
    for i, hits in by_sentence.items():
        s = sentences[i]
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
        ctx = _Sentence(text, s, tokenize(text, lo, hi), quotes, quote_starts, s.start, truncated=lo > s.start)
        found = _read_sentence(ctx, hits, s.paragraph)
        for c in found:
            c.paragraph = s.paragraph
        if found:
            cued.add(i)
        cands.extend(found)
    cands.sort(key=lambda c: (c.parts[0][0], c.cue or (0, 0)))
    cands = _drop_nested(cands, text)
    _continue_quotes(cands, sentences, text, quotes, quote_starts, cued)
    taken = {start for c in cands for start, _ in c.parts}
    cands.extend(_standalone_quotes(sentences, text, quotes, quote_starts, cued, taken))
    cands.extend(_document_openers(sentences, text))
    cands.extend(_stances(sentences, text, cued, {c.parts[0][0] for c in cands}))
    cands.sort(key=lambda c: (c.parts[0][0], c.cue or (0, 0)))
    return _mentions(text, cands)


def _mentions(text: str, cands: list[Candidate]) -> list[QuoteMention]:
    resolver = SpeakerResolver(text)
    out: list[QuoteMention] = []
    for c in cands:
        parts = sorted(set(c.parts))
        start, end = parts[0][0], parts[-1][1]
        speaker = role = kind = None
        if c.source is not None:
            info = describe(c.antecedent or c.source_tokens, text)
            phrase = text[c.source[0]:c.source[1]]
            if c.antecedent:
                phrase = text[c.antecedent[0].start:c.antecedent[-1].end]
            resolved = resolver.resolve(info, c.source[0], phrase)
            speaker, kind, role = resolved.speaker, resolved.kind, resolved.role
        direct = any(_QUOTE_MARK.search(text, s, e) for s, e in parts)
        out.append(QuoteMention(
            start=start, end=end, text=text[start:end],
            cue=Span.of(text, *c.cue) if c.cue else None,
            source=Span.of(text, *c.source) if c.source else None,
            speaker=speaker or None, direct=direct, cue_class=c.cue_class,
            source_kind=kind, role=role, parts=parts if len(parts) > 1 else (),
        ))
    return out
