"""The importer stores the actors and speakers the extraction found, and no others.

The accuracy corpus (tests/extraction/corpus/) scores the pure extraction. What a reader
sees is what the importer stored from it, so the whole corpus is imported here in one run
(with the real registry) and each article's stored actors and quote speakers are compared
with what the extraction found for it. A proposed name must stay proposed: resolving it by
name or alias to a registry actor the extraction chose not to match (Peru's "Congress"
read as the U.S. Congress through the alias "Congress") would undo the extraction's rule.
"""

from __future__ import annotations

import pytest

from articles.extraction.formats import read_path
from articles.extraction.normalise import normalise_name
from articles.models import Article, Mention, Quote
from articles.services import articles_import
from tests.extraction.test_corpus import corpus_files, extractor

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus_imported(reference_data) -> list:
    """Import every corpus article in one run; return (document, extraction) pairs."""
    documents = [document for path in corpus_files() for document in read_path(path)]
    report = articles_import(documents=documents)
    assert not [o for o in report.outcomes if o.status == "failed"]
    engine = extractor()
    return [(document, engine.extract(document)) for document in documents]


def _stored_names(article: Article) -> set[str]:
    mentions = Mention.objects.filter(article=article, removed=False, in_caption=False)
    return {normalise_name(name) for name in mentions.values_list("actor__name", flat=True)}


def test_stored_actors_and_speakers_are_those_extracted(corpus_imported) -> None:
    differences = []
    for document, extracted in corpus_imported:
        article = Article.objects.get(origin=document.origin)
        # a proposed "Asean Secretariat" is stored as the known "ASEAN Secretariat"
        found = {normalise_name(m.name) for m in extracted.mentions}
        stored = _stored_names(article)
        if found != stored:
            differences.append(
                f"{document.origin}: extracted only {sorted(found - stored)}, "
                f"stored only {sorted(stored - found)}"
            )
        names = {m.key: normalise_name(m.name) for m in extracted.mentions}
        speakers = sorted(names.get(q.speaker_key, "") for q in extracted.quotes)
        stored = Quote.objects.filter(article=article).values_list("speaker__name", flat=True)
        stored_speakers = sorted(normalise_name(name or "") for name in stored)
        if speakers != stored_speakers:
            differences.append(
                f"{document.origin}: speakers extracted {speakers}, stored {stored_speakers}"
            )
    assert not differences, "\n".join(differences)
