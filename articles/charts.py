"""Coverage over time: articles and events per month, laid out for a server-rendered SVG.

Two rows of bars share one time axis, each labelled and scaled to its own maximum, so the
chart reads without colour; the same numbers go into a table for screen readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncMonth

from articles.models import Article, Event

WIDTH = 720
ROW_HEIGHT = 56
LABEL_WIDTH = 70
TOP = 8
GAP = 22
# Beyond this many months the bars become years, so each stays wide enough to see.
MAX_MONTHS = 96


class Bar(NamedTuple):
    x: float
    y: float
    width: float
    height: float
    title: str


class Tick(NamedTuple):
    x: float
    label: str


# "%b" without strftime (a chart of 90 months called it 180 times a request).
MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(slots=True)
class Period:
    start: date
    label: str
    articles: int = 0
    events: int = 0


@dataclass
class CoverageChart:
    periods: list[Period]
    by_year: bool
    article_bars: list[Bar] = field(default_factory=list)
    event_bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    max_articles: int = 0
    max_events: int = 0
    width: int = WIDTH
    height: int = TOP + 2 * ROW_HEIGHT + GAP + 18
    article_row_y: int = TOP
    event_row_y: int = TOP + ROW_HEIGHT + GAP
    label_x: int = LABEL_WIDTH - 8

    @property
    def empty(self) -> bool:
        return not self.periods

    @property
    def description(self) -> str:
        """A one-sentence summary for assistive technology."""
        if self.empty:
            return "No coverage to chart."
        busiest = max(self.periods, key=lambda p: (p.articles, p.events))
        return (
            f"Articles and events per {'year' if self.by_year else 'month'} from "
            f"{self.periods[0].label} to {self.periods[-1].label}; "
            f"{sum(p.articles for p in self.periods)} articles and "
            f"{sum(p.events for p in self.periods)} events in all; "
            f"most articles in {busiest.label} ({busiest.articles})."
        )


def _month_after(value: date) -> date:
    return date(value.year + value.month // 12, value.month % 12 + 1, 1)


def _counts(queryset: QuerySet, trunc, date_field: str, distinct_field: str) -> dict:
    rows = (
        queryset.annotate(period=trunc(date_field))
        .values("period")
        .annotate(n=Count(distinct_field, distinct=True))
        .order_by()
    )
    result = {}
    for row in rows:
        period = row["period"]
        if period is None:
            continue
        if hasattr(period, "date"):
            period = period.date()
        result[period] = row["n"]
    return result


def coverage_chart(events: QuerySet) -> CoverageChart:
    """Return the chart of `events` and the published articles citing them, per month
    (per year when the span is long); two grouped queries."""
    event_ids = events.order_by().values("pk")
    span = Event.objects.filter(pk__in=event_ids)
    articles = Article.objects.published().filter(evidence__event__in=event_ids)
    return chart_from_counts(
        _counts(span, TruncMonth, "date", "pk"), _counts(articles, TruncMonth, "published", "pk")
    )


def chart_from_counts(event_months: dict[date, int], article_months: dict[date, int]):
    """Return the chart of events and articles counted per month (first day -> count), as
    the in-memory index counts them (articles/facets.py) or the queries above."""
    months = sorted(set(event_months) | set(article_months))
    if not months:
        return CoverageChart(periods=[], by_year=False)
    by_year = (months[-1].year - months[0].year) * 12 + months[-1].month - months[0].month >= (
        MAX_MONTHS
    )
    periods: list[Period] = []
    if by_year:
        years: dict[int, Period] = {}
        for month in months:
            period = years.setdefault(month.year, Period(date(month.year, 1, 1), str(month.year)))
            period.articles += article_months.get(month, 0)
            period.events += event_months.get(month, 0)
        periods = [
            years.get(y, Period(date(y, 1, 1), str(y)))
            for y in range(months[0].year, months[-1].year + 1)
        ]
    else:
        current = months[0]
        while current <= months[-1]:
            periods.append(
                Period(
                    current,
                    f"{MONTH_ABBR[current.month - 1]} {current.year}",
                    article_months.get(current, 0),
                    event_months.get(current, 0),
                )
            )
            current = _month_after(current)
    return _layout(CoverageChart(periods=periods, by_year=by_year))


def _layout(chart: CoverageChart) -> CoverageChart:
    """Place the bars and axis labels of `chart` in its viewBox."""
    count = len(chart.periods)
    slot = (WIDTH - LABEL_WIDTH - 16) / count
    bar_width = max(slot * 0.8, 1)
    chart.max_articles = max(p.articles for p in chart.periods)
    chart.max_events = max(p.events for p in chart.periods)
    every = max(1, round(count / 8))
    width = round(bar_width, 2)
    rows = (
        (chart.article_row_y, chart.max_articles, chart.article_bars, "article", "articles"),
        (chart.event_row_y, chart.max_events, chart.event_bars, "event", "events"),
    )
    for index, period in enumerate(chart.periods):
        x = round(LABEL_WIDTH + index * slot + (slot - bar_width) / 2, 2)
        for (top, peak, bars, one, many), value in zip(
            rows, (period.articles, period.events), strict=True
        ):
            if not value:
                continue
            height = round(max(ROW_HEIGHT * value / peak, 1.5), 2)
            title = f"{period.label}: {value} {one if value == 1 else many}"
            bars.append(Bar(x, round(top + ROW_HEIGHT - height, 2), width, height, title))
        if index % every == 0:
            start = period.start
            label = period.label
            if not chart.by_year:
                label = f"{MONTH_ABBR[start.month - 1]} {start.year % 100:02d}"
            chart.ticks.append(Tick(round(LABEL_WIDTH + index * slot + slot / 2, 2), label))
    return chart
