"""Events read by structure rather than word tables: the stem a verb and its nouns share, aspectual and support
verbs, negation and modality read from the clause, counts compared by the verb they are the object of, the day
they are dated to, and the owner an amount is said of."""

from __future__ import annotations

import pytest

from claimkit import analyze
from claimkit.predicates import event_stem, find_predications
from claimkit.types import Analysis


def _kinds(analysis: Analysis) -> list[str]:
    return sorted(c.kind for c in analysis.conflicts)


def _doc(doc_id: str, published: str, title: str, *paragraphs: str) -> dict[str, str]:
    return {"id": doc_id, "publisher": f"Paper {doc_id}", "published": published, "title": title,
            "text": "\n\n".join(paragraphs) + "\n"}


@pytest.mark.parametrize(("words", "stem"), [
    (("inoculated", "inoculating", "inoculation", "inoculate"), "inocul"),
    (("postponed", "postponement", "postpones"), "postpon"),
    (("closing", "closure", "closed"), "clos"),
    (("withdrawing", "withdrawal", "withdraws"), "withdraw"),
    (("recalled", "recall", "recalling"), "recall"),
    (("rationed", "rationing"), "ration"),
    (("stopped", "stopping"), "stop"),
    (("introduced", "introduction", "introduce"), "introduc"),
])
def test_a_verb_and_its_nouns_share_a_stem(words: tuple[str, ...], stem: str) -> None:
    """Suffix stripping brings verb forms and nominalisations to one stem."""
    assert {event_stem(w) for w in words} == {stem}


@pytest.mark.parametrize("word", ["station", "nation", "rates", "bus"])
def test_short_words_keep_their_stem(word: str) -> None:
    """A suffix is not stripped when too little would be left."""
    assert len(event_stem(word)) >= 3


def _itself(text: str) -> list[tuple[str, bool, bool, bool]]:
    return [(p.lemma, p.negated, p.modal, p.nominal) for p in find_predications(text, 0, len(text)) if p.itself]


@pytest.mark.parametrize(("text", "expected"), [
    # an aspectual verb and a gerund: the gerund is the event, under the aspectual verb's auxiliaries
    ("The farm agency began inoculating cattle on Friday", [("inocul", False, False, False)]),
    ("Tarvo will start rationing fuel next week", [("ration", False, True, False)]),
    # a support verb and an event noun: the noun's event
    ("the firm had not ordered any recall", [("recall", True, False, True)]),
    ("The port imposed a curfew on Monday", [("curfew", False, False, True)]),
    # calling off an event says it has not taken place (a nominalisation modifying the head names the event)
    ("The inoculation drive has been postponed until May", [("inocul", True, False, True)]),
    # a negative implicative says the event does not happen
    ("the mayor refused to sign the lease", [("sign", True, True, False)]),
    # "will not" and "did not" before a bare verb: a negated verb
    ("The mill will not reopen", [("reopen", True, True, False)]),
    ("The board did not approve the plan", [("approv", True, False, False)]),
    # a subject that negates its verb
    ("Not a single calf has been inoculated", [("inocul", True, False, False)]),
    # an existential denies an event noun
    ("There has been no recount in any ward", [("recount", True, False, True)]),
    ("there was no evacuation order for the valley", [("evacu", True, False, True)]),
    # light verbs name no event of their own
    ("Forty clinics took part", []),
])
def test_the_event_itself(text: str, expected: list[tuple[str, bool, bool, bool]]) -> None:
    """What event a clause reports, with its negation and modality, besides the verb and its thing."""
    assert _itself(text) == expected


def test_progressive_is_no_passive() -> None:
    """"is recalling 20,000 kettles": the kettles are the object, and the event is going on."""
    text = "Brevik Appliances is recalling about 20,000 kettles sold in Varno"
    found = [p for p in find_predications(text, 0, len(text)) if not p.itself]
    assert (found[0].lemma, found[0].thing.cls, found[0].progressive) == ("recall", "kettle", True)


def test_recalling_against_no_recall_ordered() -> None:
    """A recall reported by a verb and denied by a noun under a support verb, the next day: a status conflict."""
    docs = [
        _doc("k1", "2031-03-02", "Brevik recalls kettles",
             "Brevik Appliances is recalling about 20,000 kettles sold in Varno because their handles can melt, "
             "the consumer office said on Monday."),
        _doc("k2", "2031-03-03", "Brevik says kettles are safe",
             "Brevik Appliances said on Tuesday that it had not ordered any recall."),
    ]
    assert "status" in _kinds(analyze(docs))


def test_inoculating_against_a_postponed_drive() -> None:
    """Began inoculating (agency) against the drive was postponed and not a calf inoculated (vets), two days on."""
    docs = [
        _doc("c1", "2031-05-05", "Tarvo starts cattle drive",
             "The Tarvo farm agency began inoculating cattle against blue fever on Monday, aiming to cover 80,000 "
             "animals by August."),
        _doc("c2", "2031-05-07", "Cattle drive delayed, vets say",
             "The inoculation drive in Tarvo has been postponed until June because the serum has not arrived, vets' "
             "association head Ilse Maren said on Wednesday."),
    ]
    assert "status" in _kinds(analyze(docs))


def test_will_reopen_against_will_not_reopen() -> None:
    """A plan ("will reopen the mill in May") against a source saying it will not happen, days later."""
    docs = [
        _doc("m1", "2031-02-05", "Orsk mill to reopen",
             "Kestan Paper will reopen the Orsk mill in May, chief executive Ada Roan said on Wednesday."),
        _doc("m2", "2031-02-09", "Inspectors close Orsk mill",
             "The Orsk mill will not reopen, the regional safety board said on Sunday, after finding its roof unsafe."),
    ]
    assert _kinds(analyze(docs)) == ["status"]


def test_two_refusals_are_no_conflict() -> None:
    """"will refuse to answer" and "would not answer" say the same thing."""
    docs = [
        _doc("q1", "2031-04-01", "Aide to stay silent",
             "Pell Darrow, once the harbour master of Ostland, will refuse to answer the inquiry's questions "
             "next week, his lawyer said on Monday."),
        _doc("q2", "2031-04-02", "Ostland aide silent before panel",
             "Pell Darrow would not answer questions from the Ostland panel, his lawyer said on Tuesday."),
    ]
    assert _kinds(analyze(docs)) == []


def test_same_noun_other_verbs_same_day() -> None:
    """1,800 lorries stranded against fewer than 250 held up, both on Sunday: one quantity in other words."""
    docs = [
        _doc("l1", "2031-11-03", "Lorries stuck at Brask crossing",
             "About 1,800 lorries were stranded at the Brask crossing on Sunday, hauliers' spokesman Ivo Dane said."),
        _doc("l2", "2031-11-04", "Brask crossing delays small, ministry says",
             "Fewer than 250 lorries were held up at Brask on Sunday, ministry spokeswoman Rea Lund said."),
    ]
    assert _kinds(analyze(docs)) == ["numeric"]


def test_same_noun_other_verbs_other_days() -> None:
    """Figures of one noun under other verbs on other days are two quantities."""
    docs = [
        _doc("l1", "2031-11-03", "Lorries stuck at Brask crossing",
             "About 1,800 lorries were stranded at the Brask crossing on Sunday, hauliers' spokesman Ivo Dane said."),
        _doc("l2", "2031-11-05", "Brask crossing delays small, ministry says",
             "Fewer than 250 lorries were searched at Brask on Tuesday, ministry spokeswoman Rea Lund said."),
    ]
    assert _kinds(analyze(docs)) == []


def test_the_count_of_the_governing_verb() -> None:
    """"is recalling about 20,000 kettles sold in Varno": the count is of the recall, not of the sale."""
    analysis = analyze([_doc("k1", "2031-03-02", "",
                             "Brevik Appliances is recalling about 20,000 kettles sold in Varno, the consumer "
                             "office said on Monday.")])
    keys = {k for c in analysis.claims for k in c.subjects if k.startswith("count:")}
    assert "count:recall|kettle" in keys
    assert not any(k.startswith("count:sell") for k in keys)


def test_prices_of_one_thing_named_by_its_noun() -> None:
    """"The kettles sold for about 40 euros each" against "The kettles, which sold for 65 euros, were made in
    2030": one price of one thing in one story; the year dates the making, not the price."""
    docs = [
        _doc("k1", "2031-03-02", "Brevik recalls kettles",
             "Brevik Appliances is recalling 20,000 kettles in Varno, the consumer office said on Monday.",
             "The kettles sold for about 40 euros each."),
        _doc("k3", "2031-03-09", "Brevik kettle recall under way",
             "Brevik Appliances began recalling 20,000 kettles in Varno on Monday.",
             "The kettles, which sold for 65 euros, were made in 2030."),
    ]
    assert _kinds(analyze(docs)) == ["numeric"]


@pytest.mark.parametrize(("plan", "denial"), [
    ("Kestan Paper will reopen the Orsk mill in May, chief executive Ada Roan said on Wednesday.",
     "The Orsk mill will not reopen until May, the regional safety board said on Sunday."),
    ("The Orsk mill will reopen on Friday, chief executive Ada Roan said on Wednesday.",
     "The Orsk mill will not reopen on Monday, the regional safety board said on Thursday."),
    ("Dockers at the port of Velm will strike on Friday, union leader Oda Prest said on Wednesday.",
     "Dockers at the port of Velm will not strike on Monday, the port authority said on Thursday."),
    ("Kestan Paper will sell the Orsk mill in May, chief executive Ada Roan said on Wednesday.",
     "The Orsk mill will not be sold to a rival, the regional safety board said on Sunday."),
])
def test_a_restricted_denial_does_not_rule_out_the_plan(plan: str, denial: str) -> None:
    """"will not X until May", "on another day" or "to someone" leaves the plan standing."""
    docs = [_doc("p1", "2031-02-04", "Orsk mill plan", plan), _doc("p2", "2031-02-06", "Orsk mill denial", denial)]
    assert "status" not in _kinds(analyze(docs))
