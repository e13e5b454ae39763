"""The timeline page's long repeated markup, written in Python with every value escaped.

The template engine costs a few microseconds per variable, and the timeline repeats a few
elements hundreds of times: facet options, chart bars and table rows (and event items, in
timeline.py). The templates keep the page's structure, labels and landmarks and insert
these lists whole; the markup here is what the loops there used to write.
"""

from __future__ import annotations

import html
from functools import lru_cache

from django.utils.safestring import SafeString, mark_safe

from articles.charts import CoverageChart


@lru_cache(maxsize=1 << 16)
def escape(text: str) -> str:
    """HTML-escaped `text`, as the template engine escapes it. Remembered: a page repeats
    the same names, outlets and links many times."""
    return html.escape(text)


def _safe(parts) -> SafeString:
    # Every value in `parts` was escaped where it was written.
    return mark_safe("".join(parts))


def facet_items(field: str, options, *, kind: str = "checkbox", nonzero: bool = False):
    """The <li> of each option of a facet: an input and its label with the event count.
    `nonzero` leaves out options without events unless chosen."""
    prefix = "f-" + field.replace("_", "-") + "-"
    parts = []
    for option in options:
        if nonzero and not (option.count or option.selected):
            continue
        value = escape(option.value)
        parts.append(
            f'<li><input type="{kind}" name="{field}" value="{value}" id="{prefix}{value}"'
            f'{" checked" if option.selected else ""}><label for="{prefix}{value}">'
            f'{escape(option.label)} <span class="count">{option.count}'
            '<span class="visually-hidden"> events</span></span></label></li>'
        )
    return _safe(parts)


def select_items(options) -> SafeString:
    """The <option> of each facet option, with its event count."""
    return _safe(
        f'<option value="{escape(o.value)}"{" selected" if o.selected else ""}>'
        f"{escape(o.label)} ({o.count})</option>"
        for o in options
    )


def facet_fragments(facets: dict) -> dict[str, SafeString]:
    return {
        "actor": facet_items("actor", facets["actor"]),
        "topic": facet_items("topic", facets["topic"]),
        "kind": facet_items("kind", facets["kind"], nonzero=True),
        "actor_kind": facet_items("actor_kind", facets["actor_kind"], kind="radio"),
        "planned": facet_items("planned", facets["planned"], kind="radio"),
        "negotiation": select_items(facets["negotiation"]),
        "country": select_items(facets["country"]),
        "outlet": select_items(facets["outlet"]),
    }


def chart_fragments(chart: CoverageChart) -> dict[str, SafeString]:
    """The chart's bars, axis labels and table rows."""

    def bars(items, css: str, fill: str = "") -> SafeString:
        return _safe(
            f'<rect class="chart__bar {css}"{fill} x="{b.x}" y="{b.y}" width="{b.width}" '
            f'height="{b.height}"><title>{escape(b.title)}</title></rect>'
            for b in items
        )

    tick_y = chart.height - 4
    return {
        "article_bars": bars(chart.article_bars, "chart__bar--articles"),
        "event_bars": bars(chart.event_bars, "chart__bar--events", ' fill="url(#chart-hatch)"'),
        "ticks": _safe(
            f'<text class="chart__tick" x="{t.x}" y="{tick_y}" text-anchor="middle">'
            f"{escape(t.label)}</text>"
            for t in chart.ticks
        ),
        "rows": _safe(
            f'<tr><th scope="row">{escape(p.label)}</th><td>{p.articles}</td>'
            f"<td>{p.events}</td></tr>"
            for p in chart.periods
        ),
    }


def latest_articles_html(articles: list[dict]) -> SafeString:
    """The home page's list items of the latest articles (written once per content
    version), or the note that there are none."""
    parts = []
    for article in articles:
        meta = escape(article["outlet"]) if article["outlet"] else ""
        if article["published"]:
            if article["outlet"]:
                meta += " · "
            meta += (
                f'<time datetime="{escape(article["published"])}">'
                f"{escape(article['published_display'])}</time>"
            )
        parts.append(
            f'<li><a href="{escape(article["url"])}">{escape(article["title"])}</a>'
            f'<span class="latest__meta">{meta}</span></li>'
        )
    return _safe(parts or ["<li>No articles yet.</li>"])
