"""Pages point readers at their feeds and downloads, for the same filters."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_timeline_links_feeds_and_downloads_for_its_filters(client, seeded):
    html = client.get("/?actor=shinzo-abe&topic=autos").content.decode()
    query = "actor=shinzo-abe&amp;topic=autos"
    assert 'rel="alternate" type="application/rss+xml"' in html
    assert f'href="/feeds/timeline.rss?{query}"' in html
    assert f'href="/feeds/timeline.atom?{query}"' in html
    for path in ("/export/timeline.csv", "/export/timeline.json", "/export/timelinejs.json"):
        assert f'href="{path}?{query}"' in html
    assert f'href="/export/timeline.csv?{query}&amp;table=articles"' in html


@pytest.mark.parametrize(
    ("page", "feed"),
    [
        ("/actors/shinzo-abe/", "/feeds/actors/shinzo-abe"),
        ("/topics/autos/", "/feeds/topics/autos"),
        ("/negotiations/us-japan-trade-talks/", "/feeds/negotiations/us-japan-trade-talks"),
    ],
)
def test_entity_pages_link_their_feeds(client, seeded, page, feed):
    html = client.get(page).content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html
    assert html.count(f'href="{feed}.rss"') == 2  # in the head and beside the timeline
    assert html.count(f'href="{feed}.atom"') == 2
    assert client.get(f"{feed}.rss").status_code == 200


def test_public_downloads_do_not_name_unconfirmed_speakers(client, seeded):
    response = client.get("/export/timeline.csv?table=articles")
    csv = b"".join(response.streaming_content).decode()
    assert "Atsuyuki Oike" not in csv
    assert "Shinzo Abe: We must not set the hands of the clock backward" in csv
