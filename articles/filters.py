"""The one FilterSet over public events, shared by the timeline, feeds, exports and the API.

Several values within one field mean any of them; different fields must all hold. Invalid
values leave that field out of the query and put a message on the field, so a bad URL never
becomes an error page. Nothing here knows about requests or templates.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple
from urllib.parse import urlencode

import django_filters
import django_filters.fields
from django import forms
from django.db.models import Case, CharField, Count, F, Q, QuerySet, When

from articles.extraction.dates import format_fuzzy_date, fuzzy_date_range, parse_date_param
from articles.extraction.types import FuzzyDate
from articles.models import Actor, Article, Event, Evidence, Negotiation, Outlet, Topic
from articles.search import MAX_QUERY_LENGTH, search_events

ORDER_NEWEST = "newest"
ORDER_OLDEST = "oldest"
PLANNED = "planned"
HAPPENED = "happened"

# Fields that narrow the events (everything but the order); `describe` and the remove
# links walk them in this order.
FILTER_FIELDS = (
    "actor",
    "actor_kind",
    "country",
    "topic",
    "negotiation",
    "outlet",
    "kind",
    "planned",
    "date_from",
    "date_to",
    "q",
)
# Filters whose values are rows (chosen by slug).
KEYED_FACETS = ("actor", "topic", "country", "negotiation", "outlet")


class FuzzyDateField(forms.CharField):
    """A form field for "2018", "2018-05" or "2018-05-14"; cleans to a FuzzyDate or None."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("max_length", 10)
        super().__init__(*args, **kwargs)

    def clean(self, value: str | None) -> FuzzyDate | None:
        value = super().clean(value)
        if not value:
            return None
        try:
            return parse_date_param(value)
        except ValueError:
            raise forms.ValidationError(
                "“%(value)s” is not a date: write 2018, 2018-05 or 2018-05-14.",
                code="invalid",
                params={"value": value},
            ) from None


class FuzzyDateFilter(django_filters.Filter):
    field_class = FuzzyDateField


# Rows by slug for validating the keyed filters without SQL. articles.facets sets it to a
# function returning {field: {slug: (rank, row)}} from its index when the index is built for
# the current content version (rank: the row's place in the model's order), else None.
def _no_known_rows() -> dict | None:
    return None


known_rows: Callable[[], dict | None] = _no_known_rows


class _KnownRowsMixin:
    """A slug choice validated against `known_rows()` when that has the field's rows, with
    the same messages and the same rows (in the model's order) as the SQL lookup."""

    def __init__(self, *args, rows_key: str, **kwargs) -> None:
        self.rows_key = rows_key
        super().__init__(*args, **kwargs)

    def _known(self) -> dict | None:
        rows = self.__dict__.get("known_rows")  # set per form by _ShallowFields
        if rows is None:
            rows = known_rows()
        return None if rows is None else rows.get(self.rows_key)

    def _invalid(self, value) -> forms.ValidationError:
        return forms.ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class KnownRowChoiceField(_KnownRowsMixin, django_filters.fields.ModelChoiceField):
    def to_python(self, value):
        rows = self._known()
        if rows is None or value in self.empty_values or not isinstance(value, str):
            return super().to_python(value)
        self.validate_no_null_characters(value)
        if value not in rows:
            raise self._invalid(value)
        return rows[value][1]


class KnownRowsMultipleChoiceField(_KnownRowsMixin, django_filters.fields.ModelMultipleChoiceField):
    def _check_values(self, value):
        rows = self._known()
        if rows is None or self.null_label is not None:
            return super()._check_values(value)
        try:
            value = frozenset(value)
        except TypeError:
            raise forms.ValidationError(
                self.error_messages["invalid_list"], code="invalid_list"
            ) from None
        for slug in value:
            self.validate_no_null_characters(slug)
        for slug in value:
            if str(slug) not in rows:
                raise self._invalid(slug)
        return [row for _rank, row in sorted(rows[str(slug)] for slug in value)]


class KnownRowFilter(django_filters.ModelChoiceFilter):
    field_class = KnownRowChoiceField


class KnownRowsFilter(django_filters.ModelMultipleChoiceFilter):
    field_class = KnownRowsMultipleChoiceField


def _slug_choice(queryset: QuerySet, label: str, noun: str) -> dict:
    """Keyword arguments for a filter choosing model rows by slug, with a plain message."""
    return {
        "rows_key": noun,
        "queryset": queryset,
        "to_field_name": "slug",
        "label": label,
        "error_messages": {
            "invalid_choice": f"There is no {noun} “%(value)s”.",
            "invalid_pk_value": f"There is no {noun} “%(pk)s”.",
        },
    }


class EventFilter(django_filters.FilterSet):
    actor = KnownRowsFilter(
        **_slug_choice(Actor.objects.confirmed(), "People and organisations", "actor"),
        method="filter_actor",
    )
    actor_kind = django_filters.ChoiceFilter(
        choices=Actor.Kind.choices,
        label="Kind of actor",
        method="filter_actor_kind",
        error_messages={
            "invalid_choice": "There is no kind of actor “%(value)s”: "
            "write person, organisation or country."
        },
    )
    country = KnownRowFilter(
        **_slug_choice(
            Actor.objects.confirmed().filter(kind=Actor.Kind.COUNTRY), "Country", "country"
        ),
        method="filter_country",
    )
    topic = KnownRowsFilter(
        **_slug_choice(Topic.objects.all(), "Topics", "topic"), method="filter_topic"
    )
    negotiation = KnownRowFilter(
        **_slug_choice(Negotiation.objects.all(), "Negotiation", "negotiation"),
        method="filter_negotiation",
    )
    outlet = KnownRowFilter(
        **_slug_choice(Outlet.objects.all(), "Reported by", "outlet"), method="filter_outlet"
    )
    kind = django_filters.MultipleChoiceFilter(
        choices=Event.Kind.choices,
        label="Kind of event",
        distinct=False,
        error_messages={"invalid_choice": "There is no kind of event “%(value)s”."},
    )
    planned = django_filters.ChoiceFilter(
        choices=[(HAPPENED, "Happened"), (PLANNED, "Planned")],
        label="Happened or planned",
        method="filter_planned",
        error_messages={"invalid_choice": f"“%(value)s” is neither {HAPPENED} nor {PLANNED}."},
    )
    date_from = FuzzyDateFilter(label="From", method="filter_date_from")
    date_to = FuzzyDateFilter(label="To", method="filter_date_to")
    q = django_filters.CharFilter(
        label="Text", max_length=MAX_QUERY_LENGTH, strip=True, method="filter_text"
    )
    # Applied in filter_queryset, so the default order needs no value in the URL.
    order = django_filters.ChoiceFilter(
        choices=[(ORDER_NEWEST, "Newest first"), (ORDER_OLDEST, "Oldest first")],
        label="Order",
        error_messages={
            "invalid_choice": f"“%(value)s” is not an order: "
            f"write {ORDER_NEWEST} or {ORDER_OLDEST}."
        },
        method="keep",
    )

    class Meta:
        model = Event
        fields = [*FILTER_FIELDS, "order"]

    def __init__(self, data=None, queryset: QuerySet | None = None, **kwargs) -> None:
        if queryset is None:
            queryset = _public_events().all()
        super().__init__(data, queryset=queryset, **kwargs)

    def get_form_class(self):
        """The form class, built once: it depends only on the declared filters, and each
        form copies its fields anyway."""
        cls = type(self)
        if "_form_class" not in cls.__dict__:
            cls._form_class = super().get_form_class()
            cls._form_class.base_fields = _ShallowFields(cls._form_class.base_fields)
        return cls._form_class

    # --- filter methods: each keeps events rather than joining, so no duplicates ---------

    def filter_actor(self, queryset: QuerySet, name: str, actors) -> QuerySet:
        if not actors:
            return queryset
        return queryset.filter(pk__in=_through(Event.actors).filter(actor__in=actors))

    def filter_actor_kind(self, queryset: QuerySet, name: str, kind: str) -> QuerySet:
        return queryset.filter(
            pk__in=_through(Event.actors).filter(
                actor__kind=kind, actor__status=Actor.Status.CONFIRMED
            )
        )

    def filter_country(self, queryset: QuerySet, name: str, country: Actor) -> QuerySet:
        """Events involving the country itself or anyone or anything from it."""
        links = _through(Event.actors).filter(actor__status=Actor.Status.CONFIRMED)
        return queryset.filter(pk__in=links.filter(Q(actor=country) | Q(actor__country=country)))

    def filter_topic(self, queryset: QuerySet, name: str, topics) -> QuerySet:
        if not topics:
            return queryset
        return queryset.filter(pk__in=_through(Event.topics).filter(topic__in=topics))

    def filter_negotiation(self, queryset: QuerySet, name: str, negotiation) -> QuerySet:
        return queryset.filter(pk__in=_through(Event.negotiations).filter(negotiation=negotiation))

    def filter_outlet(self, queryset: QuerySet, name: str, outlet: Outlet) -> QuerySet:
        return queryset.filter(
            pk__in=Evidence.objects.filter(
                article__outlet=outlet, article__status=Article.Status.PUBLISHED
            ).values("event_id")
        )

    def filter_planned(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(planned=value == PLANNED)

    def filter_date_from(self, queryset: QuerySet, name: str, value: FuzzyDate) -> QuerySet:
        return queryset.in_period(fuzzy_date_range(value)[0], None)

    def filter_date_to(self, queryset: QuerySet, name: str, value: FuzzyDate) -> QuerySet:
        return queryset.in_period(None, fuzzy_date_range(value)[1])

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return search_events(queryset, value)

    def keep(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        """The filtered events in timeline order."""
        return super().filter_queryset(queryset).chronological(newest_first=self.newest_first)

    # --- reading the state -----------------------------------------------------------

    @property
    def cleaned(self) -> dict:
        """The valid filter values (invalid ones are left out, as in the query); rows
        chosen by several slugs are read once, as a list."""
        self.errors  # noqa: B018 -- validates the form
        data = self.form.cleaned_data
        for name, value in data.items():
            if isinstance(value, QuerySet):
                # An empty choice cleans to queryset.none(): compiling it to find nothing
                # cost 0.2 ms a field.
                data[name] = [] if value.query.is_empty() else list(value)
        return data

    @property
    def newest_first(self) -> bool:
        return self.cleaned.get("order") != ORDER_OLDEST

    def queryset_without(self, exclude: str) -> QuerySet:
        """The events every valid filter but `exclude` keeps (unordered), for facet counts."""
        queryset = self.queryset.all()
        for name, value in self.cleaned.items():
            if name != exclude and name != "order" and value not in (None, "", [], ()):
                queryset = self.filters[name].filter(queryset, value)
        return queryset.order_by()

    def date_range(self) -> tuple[date | None, date | None]:
        """The first and last day the date filters allow (None where open)."""
        start = self.cleaned.get("date_from")
        end = self.cleaned.get("date_to")
        return (
            fuzzy_date_range(start)[0] if start else None,
            fuzzy_date_range(end)[1] if end else None,
        )


@functools.cache
def _public_events() -> QuerySet:
    """Event.objects.public(), built once: each FilterSet starts from a copy (building the
    query took half a millisecond)."""
    return Event.objects.public()


class _ShallowCopies(dict):
    """Filters that FilterSet.__init__ copies one by one instead of deeply: a deep copy
    also copies each filter's querysets and choices, which made building the FilterSet the
    costliest step of a timeline request. A filter's state per FilterSet (its `parent`,
    `model` and form field) is set on its own copy."""

    def __deepcopy__(self, memo) -> dict:
        copies = {}
        for name, filter_ in self.items():
            copies[name] = copy.copy(filter_)
            if filter_.method:
                copies[name].method = filter_.method  # binds the method to the copy
        return copies


EventFilter.base_filters = _ShallowCopies(EventFilter.base_filters)


class _ShallowFields(dict):
    """The filter form's fields, which each form copies one by one instead of deeply (the
    deep copy of widgets, choices and querysets was three quarters of validating a state).
    The form only validates: nothing changes a field, its widget or its queryset. Each copy
    of a slug choice gets the index's rows once per form."""

    def __deepcopy__(self, memo) -> dict:
        rows = known_rows()
        copies = {}
        for name, field_ in self.items():
            copies[name] = copy.copy(field_)
            if rows is not None and isinstance(field_, _KnownRowsMixin):
                copies[name].known_rows = rows
        return copies


def _through(relation) -> QuerySet:
    """The event ids of an Event many-to-many relation's link table."""
    return relation.through.objects.values("event_id")


# --- words and links for the current state ---------------------------------------------


def _names(values) -> str:
    """Join names as "A", "A or B", "A, B or C"."""
    names = [str(v) for v in values]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def describe(filterset: EventFilter) -> str:
    """Return the filters in plain words: "Events involving Jane Doe about Autos, 2018"."""
    data = filterset.cleaned
    kinds = dict(Event.Kind.choices)
    actor_kinds = {"person": "people", "organisation": "organisations", "country": "countries"}
    planned = data.get("planned")
    noun = {PLANNED: "Planned events", HAPPENED: "Events that happened"}.get(planned, "Events")
    if data.get("kind"):
        noun += " of kind " + _names(kinds[k].lower() for k in data["kind"])
    parts = [noun]
    if data.get("actor"):
        parts.append("involving " + _names(data["actor"]))
    if data.get("actor_kind"):
        parts.append("involving " + actor_kinds[data["actor_kind"]])
    if data.get("country"):
        parts.append(f"involving {data['country']} or its people")
    if data.get("topic"):
        parts.append("about " + _names(data["topic"]))
    if data.get("negotiation"):
        parts.append(f"in the {data['negotiation']}")
    if data.get("outlet"):
        parts.append(f"reported by {data['outlet']}")
    if data.get("q"):
        parts.append(f"matching “{data['q']}”")
    text = " ".join(parts)
    start, end = data.get("date_from"), data.get("date_to")
    if start and end and start == end:
        text += ", " + format_fuzzy_date(start)
    elif start and end:
        text += f", from {format_fuzzy_date(start)} to {format_fuzzy_date(end)}"
    elif start:
        text += ", from " + format_fuzzy_date(start)
    elif end:
        text += ", until " + format_fuzzy_date(end)
    return text


@dataclass(frozen=True)
class ActiveFilter:
    """One value in force, and the query string that removes just it."""

    field: str
    label: str
    remove_query: str


def _query_without(data, field: str, value: str | None = None) -> str:
    pairs = []
    for key in data:
        if key == "page":
            continue
        for item in data.getlist(key) if hasattr(data, "getlist") else [data[key]]:
            if item == "" or (key == field and (value is None or item == value)):
                continue
            pairs.append((key, item))
    return urlencode(pairs)


def active_filters(filterset: EventFilter) -> list[ActiveFilter]:
    """Return each valid value in force with the query string that removes it."""
    data = filterset.data
    cleaned = filterset.cleaned
    kinds = dict(Event.Kind.choices)
    found: list[ActiveFilter] = []
    for field in FILTER_FIELDS:
        value = cleaned.get(field)
        if value in (None, "", [], ()):
            continue
        if field in ("actor", "topic"):
            for item in value:
                label = f"{filterset.filters[field].label}: {item}"
                found.append(ActiveFilter(field, label, _query_without(data, field, item.slug)))
            continue
        if field == "kind":
            for item in value:
                label = f"Kind: {kinds[item]}"
                found.append(ActiveFilter(field, label, _query_without(data, field, item)))
            continue
        if isinstance(value, FuzzyDate):
            shown = format_fuzzy_date(value)
        elif field == "actor_kind":
            shown = Actor.Kind(value).label
        elif field == "planned":
            shown = dict(filterset.filters["planned"].extra["choices"])[value]
        else:
            shown = str(value)
        label = f"{filterset.filters[field].label}: {shown}"
        found.append(ActiveFilter(field, label, _query_without(data, field)))
    return found


def query_without_filters(filterset: EventFilter) -> str:
    """The query string with every filter removed (the order kept)."""
    order = filterset.cleaned.get("order")
    return urlencode({"order": order}) if order else ""


# --- facet counts: one grouped COUNT per facet ------------------------------------------


class FacetOption(NamedTuple):
    """One option of a facet (a tuple: a page builds a few hundred of them)."""

    value: str
    label: str
    count: int
    selected: bool


def _raw_values(filterset: EventFilter, field: str) -> set[str]:
    data = filterset.data
    if hasattr(data, "getlist"):
        return set(data.getlist(field))
    value = data.get(field)
    return set(value if isinstance(value, list | tuple) else [value] if value else [])


def _options(filterset, field, rows) -> list[FacetOption]:
    """Options from (value, label, count) rows, most events first."""
    selected = _raw_values(filterset, field)
    options = [
        FacetOption(str(value), str(label), n, str(value) in selected)
        for value, label, n in rows
        if value is not None
    ]
    options.sort(key=lambda o: (-o.count, o.label))
    return options


def _choice_options(filterset, field, choices, counts: dict) -> list[FacetOption]:
    selected = _raw_values(filterset, field)
    return [
        FacetOption(value, label, counts.get(value, 0), value in selected)
        for value, label in choices
    ]


def assemble_facets(
    filterset: EventFilter,
    *,
    actor: list,
    actor_kind: dict,
    country: list,
    topic: list,
    negotiation: list,
    outlet: list,
    kind: dict,
    planned: dict,
) -> dict[str, list[FacetOption]]:
    """The facets from their counts: (slug, name, count) rows for the named facets (every
    topic, the others only where they have events) and {value: count} for the choices.
    The SQL counts below and the in-memory index (articles/facets.py) both end here."""
    facets = {
        "actor": _options(filterset, "actor", actor),
        "actor_kind": _choice_options(filterset, "actor_kind", Actor.Kind.choices, actor_kind),
        "country": _options(filterset, "country", country),
        "topic": _options(filterset, "topic", topic),
        "negotiation": _options(filterset, "negotiation", negotiation),
        "outlet": _options(filterset, "outlet", outlet),
    }
    options = _choice_options(filterset, "kind", Event.Kind.choices, kind)
    facets["kind"] = sorted(options, key=lambda o: (-o.count, o.label))
    facets["planned"] = _choice_options(
        filterset, "planned", filterset.filters["planned"].extra["choices"], planned
    )
    # A chosen value the other filters rule out still shows, with 0, so it can be unticked.
    cleaned = filterset.cleaned
    for name in KEYED_FACETS:
        chosen = cleaned.get(name)
        chosen = list(chosen) if isinstance(chosen, list | tuple | QuerySet) else [chosen]
        present = {option.value for option in facets[name]}
        facets[name].extend(
            FacetOption(item.slug, str(item), 0, True)
            for item in chosen
            if item is not None and item.slug not in present
        )
    return facets


def facet_counts(filterset: EventFilter) -> dict[str, list[FacetOption]]:
    """Return, per filter, its options with how many events each would give with the
    other filters applied; one grouped query per filter, options sorted by count.
    (The timeline counts on the in-memory index instead: articles/facets.py.)"""
    confirmed = Actor.Status.CONFIRMED

    def events(field: str) -> QuerySet:
        return filterset.queryset_without(field).values("pk")

    actor_links = Event.actors.through.objects.filter(actor__status=confirmed)

    actor_rows = (
        actor_links.filter(event_id__in=events("actor"))
        .values_list("actor__slug", "actor__name")
        .annotate(n=Count("event_id"))
    )
    actor_kind = dict(
        actor_links.filter(event_id__in=events("actor_kind"))
        .values_list("actor__kind")
        .annotate(n=Count("event_id", distinct=True))
    )
    is_country = When(actor__kind=Actor.Kind.COUNTRY, then=F("actor__slug"))
    country_rows = (
        actor_links.filter(event_id__in=events("country"))
        .annotate(
            country_slug=Case(is_country, default=F("actor__country__slug")),
            country_name=Case(
                When(actor__kind=Actor.Kind.COUNTRY, then=F("actor__name")),
                default=F("actor__country__name"),
                output_field=CharField(),
            ),
        )
        .values_list("country_slug", "country_name")
        .annotate(n=Count("event_id", distinct=True))
    )
    # Every topic shows, at 0 where the other filters rule it out: the list is short and
    # readers narrow by topic after choosing a person.
    # Counted over the link table with the events as a WHERE IN (a hash semi-join): a
    # FILTER (WHERE id IN ...) per topic row is planned as a subquery rescanned per row.
    counted = dict(
        Event.topics.through.objects.filter(event_id__in=events("topic"))
        .values_list("topic__slug")
        .annotate(n=Count("event_id"))
    )
    topic_rows = [
        (slug, name, counted.get(slug, 0))
        for slug, name in Topic.objects.values_list("slug", "name")
    ]
    negotiation_rows = (
        Event.negotiations.through.objects.filter(event_id__in=events("negotiation"))
        .values_list("negotiation__slug", "negotiation__name")
        .annotate(n=Count("event_id"))
    )
    outlet_rows = (
        Evidence.objects.filter(
            event_id__in=events("outlet"), article__status=Article.Status.PUBLISHED
        )
        .values_list("article__outlet__slug", "article__outlet__name")
        .annotate(n=Count("event_id", distinct=True))
    )
    kind = dict(
        Event.objects.filter(pk__in=events("kind")).values_list("kind").annotate(n=Count("pk"))
    )
    planned = {
        PLANNED if is_planned else HAPPENED: n
        for is_planned, n in Event.objects.filter(pk__in=events("planned"))
        .values_list("planned")
        .annotate(n=Count("pk"))
    }
    return assemble_facets(
        filterset,
        actor=list(actor_rows),
        actor_kind=actor_kind,
        country=list(country_rows),
        topic=topic_rows,
        negotiation=list(negotiation_rows),
        outlet=list(outlet_rows),
        kind=kind,
        planned=planned,
    )
