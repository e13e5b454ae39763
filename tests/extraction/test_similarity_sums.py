"""Round thirteen of the clustering rules (bench/RESULTS-clustering.md, thirteenth round):
a sum of money is one figure however written."""

from datetime import date

from articles.extraction.similarity import same_happening, signature_for
from articles.extraction.types import EventKind, FuzzyDate, Precision
from tests.extraction.test_similarity import candidate

THURSDAY = FuzzyDate(date(2031, 3, 13), Precision.DAY)


def pledge(sentence: str, title: str, actors=("freedonia",), kind=EventKind.STATEMENT):
    return signature_for(candidate(sentence, "on Thursday", title, kind, actors, when=THURSDAY), {})


def test_a_sum_is_one_figure_however_written():
    assert {"5000000000", "billion"} <= pledge(
        "Freedonia committed five billion dollars to the port on Thursday.",
        "Freedonia committed five billion dollars to the port",
    ).tokens
    dollars = pledge(
        "The Ruritanian Development Fund pledged $5 billion for Freedonian ports and railways "
        "on Thursday.",
        "The Ruritanian Development Fund pledged $5 billion for Freedonian ports and railways",
        actors=("freedonia", "ruritanian-development-fund"),
    )
    words = pledge(
        "Ruritania's sovereign wealth fund committed five billion dollars to Freedonian "
        "railways on Thursday.",
        "Ruritania's sovereign wealth fund committed five billion dollars to Freedonian railways",
        actors=("freedonia", "ruritania"),
    )
    short = pledge(
        "The RDF on Thursday announced a US$5bn commitment to railways in Freedonia.",
        "The RDF announced a US$5bn commitment to railways in Freedonia",
        kind=EventKind.ANNOUNCEMENT,
    )
    assert "5000000000" in dollars.figures
    assert same_happening(dollars, words)
    assert same_happening(words, short)
    # Another sum is another pledge.
    other = pledge(
        "The RDF on Thursday announced a US$6bn commitment to railways in Freedonia.",
        "The RDF announced a US$6bn commitment to railways in Freedonia",
        kind=EventKind.ANNOUNCEMENT,
    )
    assert not same_happening(words, other)
