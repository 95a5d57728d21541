"""A sweep over ordinary news layouts: fictional sentences written for this table, one layout per case.

Each case names the content, cue, source and resolved speaker expected; ``None`` for the content means the
sentence holds no attributed statement at all (scare quotes, titles, plain narration).
"""

from __future__ import annotations

import pytest
from claimkit_quotes import extract_quotes

from claimkit import QuoteMention


def _known(reason: str) -> pytest.MarkDecorator:
    """A case the plugin still gets wrong (strict: it fails the suite once fixed, so the mark is removed)."""
    return pytest.mark.xfail(strict=True, reason=reason)


_CASES: list[object] = [
    # (text, content, cue, source, speaker)
    # direct quotes with every kind of mark
    ("“We will rebuild the harbour,” Mayor Lena Ortiz said.", "“We will rebuild the harbour,”", "said",
     "Mayor Lena Ortiz", "Lena Ortiz"),
    ('"We will rebuild the harbour," Mayor Lena Ortiz said.', '"We will rebuild the harbour,"', "said",
     "Mayor Lena Ortiz", "Lena Ortiz"),
    ("Jean Marais said: «We stay here.»", "«We stay here.»", "said:", "Jean Marais", "Jean Marais"),
    ("The farmer said: „The harvest was poor this year.“", "„The harvest was poor this year.“", "said:",
     "The farmer", "farmer"),
    # nested single quotes stay inside the outer quote
    ("“He told me, ‘Do not sign the contract,’ and I did not,” the tenant said.",
     "“He told me, ‘Do not sign the contract,’ and I did not,”", "said", "the tenant", "tenant"),
    # apostrophes that are not quotes
    ("The city’s budget rose in the ’90s, the treasurer said.", "The city’s budget rose in the ’90s", "said",
     "the treasurer", "treasurer"),
    ("The school's head teacher said the building was safe.", "the building was safe", "said",
     "The school's head teacher", None),
    # a quote continued over a paragraph, a quote split by its attribution
    ("“The first phase is finished.\n\n“The second phase starts in June,” the engineer said.",
     "“The first phase is finished.\n\n“The second phase starts in June,”", "said", "the engineer", "engineer"),
    ("“We expect,” he said, “to stay until the end of the season.”",
     "“We expect,” he said, “to stay until the end of the season.”", "said", "he", None),
    ('"The vote is final," she said, "and there will be no recount."',
     '"The vote is final," she said, "and there will be no recount."', "said", "she", None),
    # an unclosed mark after the attribution continues the quotation (the attribution is no part, see below)
    ("“The road is open,” the engineer said. “But it is narrow.",
     "“The road is open,” the engineer said. “But it is narrow.", "said", "the engineer", "engineer"),
    # indirect speech, with and without "that"
    ("Interior Minister Anna Berg said that the border would stay open.", "that the border would stay open", "said",
     "Interior Minister Anna Berg", "Anna Berg"),
    ("Interior Minister Anna Berg said the border would stay open.", "the border would stay open", "said",
     "Interior Minister Anna Berg", "Anna Berg"),
    ("The coach told reporters the team would travel on Friday.", "the team would travel on Friday", "told",
     "The coach", "coach"),
    ("The president told the assembly on Monday that the army was ready.", "that the army was ready", "told",
     "The president", "president"),
    ("According to the weather service, the storm will reach the coast tonight.",
     "the storm will reach the coast tonight", "According to", "the weather service", "weather service"),
    ("The storm will reach the coast tonight, the weather service said.", "The storm will reach the coast tonight",
     "said", "the weather service", "weather service"),
    ("Police said a man had been arrested.", "a man had been arrested", "said", "Police", "Police"),
    ("Residents said they had not been told about the closure.", "they had not been told about the closure",
     "said", "Residents", "Residents"),
    # colon introductions
    ("In a statement, the company said: “Production will resume next week.”", "“Production will resume next week.”",
     "said:", "the company", "company"),
    ("The spokesman said: “There is no danger.”", "“There is no danger.”", "said:", "The spokesman", "spokesman"),
    # a partial quote inside indirect speech
    ("The governor said the rebels were “preparing a new offensive.”",
     "the rebels were “preparing a new offensive.”", "said", "The governor", "governor"),
    # cues other than "said", each with its class
    ("The senator warned that prices would rise.", "that prices would rise", "warned", "The senator", "senator"),
    ("The union claimed that wages had fallen.", "that wages had fallen", "claimed", "The union", "union"),
    ("The company denied that it had broken the law.", "that it had broken the law", "denied", "The company",
     "company"),
    ("The agency confirmed that the launch was delayed.", "that the launch was delayed", "confirmed", "The agency",
     "agency"),
    ("The minister insisted the figures were correct.", "the figures were correct", "insisted", "The minister",
     "minister"),
    ("The captain noted that the weather had improved.", "that the weather had improved", "noted", "The captain",
     "captain"),
    ("Paul Dunn predicted that turnout would be low.", "that turnout would be low", "predicted", "Paul Dunn",
     "Paul Dunn"),
    ("Paul Dunn acknowledged that mistakes had been made.", "that mistakes had been made", "acknowledged",
     "Paul Dunn", "Paul Dunn"),
    ("“I am tired,” she admitted.", "“I am tired,”", "admitted", "she", None),
    ("“Why now?” asked the reporter.", "“Why now?”", "asked", "the reporter", "reporter"),
    ("“We are ready,” the president told the assembly on Monday.", "“We are ready,”", "told", "the president",
     "president"),
    # appositives, dashes, ages and relative clauses around the speaker
    ("Hugh Hill, a doctor at the clinic, said the waiting lists were shrinking.", "the waiting lists were shrinking",
     "said", "Hugh Hill, a doctor at the clinic,", "Hugh Hill"),
    ("Lena Ortiz — the harbour master — said the ships would wait.", "the ships would wait", "said", None,
     "Lena Ortiz"),
    ("Lena Ortiz, 54, said the ships would wait.", "the ships would wait", "said", None, "Lena Ortiz"),
    ("The mayor, who took office in May, said the budget would be cut.", "the budget would be cut", "said", None,
     "mayor"),
    ("“It is too early,” added the chief engineer, Paul Dunn.", "“It is too early,”", "added",
     "the chief engineer, Paul Dunn", "Paul Dunn"),
    ("“It is too early,” said the mayor, Lena Ortiz, on Monday.", "“It is too early,”", "said", "the mayor", None),
    # organisations, documents, anonymous and collective sources
    ("The ministry said the new rules would apply from March.", "the new rules would apply from March", "said",
     "The ministry", "ministry"),
    ("Harbor staff who spoke on condition of anonymity said the talks had stalled.", "the talks had stalled", "said",
     "Harbor staff who spoke on condition of anonymity", None),
    ("Some reports said the minister would resign.", "the minister would resign", "said", "Some reports", None),
    ("The statement said the plant would close by June.", "the plant would close by June", "said", "The statement",
     None),
    # pronouns and surnames resolved to the named speaker before them; a speaker in the previous sentence
    ("Anna Berg chaired the meeting. She said the budget was balanced.", "the budget was balanced", "said", "She",
     "Anna Berg"),
    ("Anna Berg chaired the meeting. Berg said the budget was balanced.", "the budget was balanced", "said", "Berg",
     "Anna Berg"),
    ("Anna Berg spoke after the vote. “The budget is balanced.”", "“The budget is balanced.”", None, None,
     "Anna Berg"),
    ("Anna Berg: “We have done our part.”", "“We have done our part.”", ":", "Anna Berg", "Anna Berg"),
    ("Anna Berg, the finance minister, spoke on Monday. “The budget is balanced,” she said.",
     "“The budget is balanced,”", "said", "she", "Anna Berg"),
    # speakers in an appositive before a colon, after a dash, with an age before an inverted object
    ("Hugh Hill, a doctor, said: “The wards are full.”", "“The wards are full.”", "said:", "Hugh Hill, a doctor,",
     "Hugh Hill"),
    ("“The wards are full” — Hugh Hill, a doctor.", "“The wards are full”", "—", None, "Hugh Hill"),
    ("“We will not give up,” Dunn, 61, told supporters.", "“We will not give up,”", "told", None, "Dunn"),
    ("The transport minister, Paul Dunn, argued that the line should be extended.",
     "that the line should be extended", "argued", None, "Paul Dunn"),
    # a plural cue noun after a verb in the past is that verb's object, not a verb with its own subject
    ("The council rejected claims that the pool would close.", "claims that the pool would close", "rejected",
     "The council", "council"),
    ("Paul Dunn dismissed reports that the pool would close.", "reports that the pool would close", "dismissed",
     "Paul Dunn", "Paul Dunn"),
    # single marks as the outer quotation (British house style)
    ("‘We are ready to talk,’ the minister said.", "‘We are ready to talk,’", "said", "the minister", "minister"),
    ("The minister said: 'We are ready to talk.'", "'We are ready to talk.'", "said:", "The minister", "minister"),
    ("‘We are ready,’ she said, ‘to talk at once.’", "‘We are ready,’ she said, ‘to talk at once.’", "said", "she",
     None),
    # other cues
    ("The council stressed that the pool would stay open.", "that the pool would stay open", "stressed",
     "The council", "council"),
    ("Paul Dunn vowed to fight the ruling.", "to fight the ruling", "vowed", "Paul Dunn", "Paul Dunn"),
    ("Paul Dunn said in an interview that he would run again.", "that he would run again", "said", "Paul Dunn",
     "Paul Dunn"),
    ("Two people familiar with the matter said the deal was close.", "the deal was close", "said",
     "Two people familiar with the matter", None),
]

# Sentences that hold no attributed statement: scare quotes, titles, plain narration.
_NOT_QUOTES: list[tuple[str, str]] = [
    ("The band played “Yellow River” at the festival.", "Yellow River"),
    ('The film "Long Night" opened on Friday.', "Long Night"),
    ("The minister's 'new deal' was debated for hours.", "new deal"),
    ("Unbalanced “mark here and nothing more said the man.", "Unbalanced"),
    ("Anna Berg chaired the meeting.", "the meeting"),
    ("Anna Berg opened the new library on a rainy Saturday.", "library"),
    ("Paul Dunn hosted the annual fishing contest in the bay.", "contest"),
]


def _mention(text: str, content: str) -> QuoteMention | None:
    """The mention whose content is ``content``, or None."""
    return next((m for m in extract_quotes(text) if m.text == content), None)


@pytest.mark.parametrize(("text", "content", "cue", "source", "speaker"), _CASES)
def test_sweep_attribution(text: str, content: str, cue: str | None, source: str | None, speaker: str | None) -> None:
    found = _mention(text, content)
    assert found is not None, [m.text for m in extract_quotes(text)]
    assert (found.cue.text if found.cue else None) == cue
    if source is not None:
        assert found.source is not None and found.source.text == source
    if speaker is not None:
        assert found.speaker == speaker


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("“The road is open,” the engineer said. “But it is narrow.", ["“The road is open,”", "“But it is narrow."]),
        ("“We expect,” he said, “to stay.”", ["“We expect,”", "“to stay.”"]),
        # a cue word inside a single-marked quotation ("expect") is the quoted speaker's, not an attribution
        ("‘We expect,’ he said, ‘to stay.’", ["‘We expect,’", "‘to stay.’"]),
    ],
)
def test_sweep_split_parts(text: str, parts: list[str]) -> None:
    (mention,) = extract_quotes(text)
    assert [text[s:e] for s, e in mention.parts] == parts


@pytest.mark.parametrize(
    "text",
    ["‘We expect rain,’ he said.", "‘We expect,’ he said, ‘to stay.’", "“We expect rain,” he said."],
)
def test_sweep_no_cue_inside_a_quotation(text: str) -> None:
    assert [m.cue.text for m in extract_quotes(text) if m.cue] == ["said"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Lena Ortiz, 54, said the ships would wait.", None),
        ("Hugh Hill, a doctor, said the waiting lists were shrinking.", "doctor"),
        ("Interior Minister Anna Berg said the border would stay open.", "Interior Minister"),
    ],
)
def test_sweep_role(text: str, role: str | None) -> None:
    assert [m.role for m in extract_quotes(text)] == [role]


@pytest.mark.parametrize(
    ("text", "direct"),
    [
        pytest.param("‘We are ready to talk,’ the minister said.", True,
                     marks=_known("single marks never make a quote direct (the corpus gold disagrees on them)")),
        ("The city’s budget rose in the ’90s, the treasurer said.", False),
        ("The minister said the talks would go on.", False),
    ],
)
def test_sweep_direct(text: str, direct: bool) -> None:
    assert [m.direct for m in extract_quotes(text)] == [direct]


@pytest.mark.parametrize(("text", "word"), _NOT_QUOTES)
def test_sweep_no_attribution(text: str, word: str) -> None:
    assert not [m.text for m in extract_quotes(text) if word in m.text]


@pytest.mark.parametrize("text", [getattr(case, "values", case)[0] for case in _CASES])
def test_sweep_one_mention_per_content(text: str) -> None:
    contents = [(m.start, m.end) for m in extract_quotes(text)]
    assert len(contents) == len(set(contents))


@pytest.mark.parametrize(
    "text",
    [
        "The engineer said the pumps had failed twice.",
        "A tenant in the tower said the heating was off.",
        "Two commuters said the trains were late again.",
        "The ferry captain told reporters the crossing was safe.",
    ],
)
def test_people_named_by_their_trade_are_persons(text: str) -> None:
    """Engineers, tenants, commuters and captains speak as persons, not as sources of unknown kind."""
    quotes = extract_quotes(text)
    assert quotes and quotes[0].source_kind == "person"
