"""Forms of the curators' admin pages: importing, merging, splitting, and editing articles."""

from __future__ import annotations

import hashlib

from django import forms
from django.core.exceptions import ValidationError

from articles.extraction.formats import (
    MAX_BYTES,
    InputError,
    document_from_text,
    read_bytes,
)
from articles.models import Article, Evidence, Negotiation
from articles.services import ImportOptions

IMPORT_SUFFIXES = ".txt, .md, .html, .htm, .json, .jsonl, .xml, .rss, .atom, .eml"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """A file field that accepts several files and cleans to a list of them."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": IMPORT_SUFFIXES}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None) -> list:
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data if item]
        return [single(data, initial)] if data else []


class ImportForm(forms.Form):
    """Upload files or paste an article; the same options as the import_articles command."""

    files = MultipleFileField(
        required=False, help_text=f"One or more files ({IMPORT_SUFFIXES}), at most 5 MB each."
    )
    text = forms.CharField(
        label="Or paste an article",
        required=False,
        widget=forms.Textarea(attrs={"rows": 12, "cols": 100}),
        help_text="Headline on the first line, then the date line and the text.",
    )
    name = forms.CharField(
        label="Name for the pasted article",
        required=False,
        max_length=200,
        help_text="Identifies it on re-import; left empty, one is made from the text.",
    )
    published = forms.DateField(
        required=False,
        help_text="Publication date for everything imported here (overrides the text).",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    outlet = forms.CharField(required=False, max_length=200)
    negotiation = forms.ModelChoiceField(
        queryset=Negotiation.objects.all(),
        required=False,
        empty_label="(none)",
        help_text="Add every event found to this negotiation.",
    )
    dry_run = forms.BooleanField(
        required=False, label="Dry run", help_text="Report what would change; write nothing."
    )

    def clean(self) -> dict:
        cleaned = super().clean()
        if not cleaned.get("files") and not (cleaned.get("text") or "").strip():
            raise ValidationError("Choose at least one file to upload, or paste an article.")
        for upload in cleaned.get("files") or []:
            if upload.size > MAX_BYTES:
                self.add_error(
                    "files",
                    f"{upload.name}: larger than {MAX_BYTES // (1024 * 1024)} MB "
                    f"({upload.size / (1024 * 1024):.1f} MB)",
                )
        return cleaned

    def options(self) -> ImportOptions:
        data = self.cleaned_data
        return ImportOptions(
            published=data["published"],
            outlet=data["outlet"] or None,
            negotiation=data["negotiation"],
            dry_run=data["dry_run"],
        )

    def documents(self):
        """Yield each document to import, or the InputError naming what could not be read."""
        for upload in self.cleaned_data["files"]:
            try:
                yield from read_bytes(upload.name, upload.read())
            except InputError as error:
                yield error
        text = self.cleaned_data["text"]
        if text.strip():
            name = self.cleaned_data["name"].strip() or self.pasted_name(text)
            try:
                yield document_from_text(name, text)
            except InputError as error:
                yield error

    @staticmethod
    def pasted_name(text: str) -> str:
        """A name made from the text, so pasting the same article twice changes nothing."""
        digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
        return f"pasted-{digest[:12]}.txt"


class ArticleAdminForm(forms.ModelForm):
    """Keeps the publication date and how it was found consistent when a curator edits them."""

    url = forms.URLField(
        label="Original URL", max_length=1000, required=False, assume_scheme="https"
    )

    class Meta:
        model = Article
        fields = [
            "title",
            "outlet",
            "author",
            "published",
            "published_how",
            "published_from",
            "updated",
            "url",
            "origin",
            "status",
            "body",
            "curated_fields",
        ]

    def clean(self) -> dict:
        cleaned = super().clean()
        published = cleaned.get("published")
        how = cleaned.get("published_how")
        date_changed = "published" in self.changed_data
        how_changed = "published_how" in self.changed_data
        if published is None and how and how != Article.PublishedHow.UNKNOWN:
            if how_changed or not date_changed:
                self.add_error(
                    "published",
                    f"Give a date, or set “how” to “{Article.PublishedHow.UNKNOWN.label}”.",
                )
            else:
                # The curator cleared the date: it is unknown now.
                cleaned["published_how"] = Article.PublishedHow.UNKNOWN
        elif published is not None and (
            how == Article.PublishedHow.UNKNOWN or (date_changed and not how_changed)
        ):
            # A date typed in by hand is a manual date, whatever the importer thought.
            cleaned["published_how"] = Article.PublishedHow.MANUAL
        return cleaned


class MergeForm(forms.Form):
    """Choose which of the selected objects to keep; the others are merged into it."""

    ids = forms.CharField(widget=forms.HiddenInput)
    keep = forms.ModelChoiceField(queryset=None, widget=forms.RadioSelect, empty_label=None)

    def __init__(self, *args, queryset, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["keep"].queryset = queryset
        self.selected = list(queryset)

    def others(self) -> list:
        keep = self.cleaned_data["keep"]
        return [obj for obj in self.selected if obj.pk != keep.pk]


class SplitForm(forms.Form):
    """Choose the evidence that moves to a new event."""

    evidence = forms.ModelMultipleChoiceField(
        queryset=Evidence.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label="Evidence to move to a new event",
    )

    def __init__(self, *args, event, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["evidence"]
        field.queryset = event.evidence.select_related("article")
        field.label_from_instance = lambda e: (
            f"{e.article.display_title} — “{e.sentence}” (says {e.stated_display})"
        )

    def clean_evidence(self):
        evidence = self.cleaned_data["evidence"]
        if len(evidence) >= self.fields["evidence"].queryset.count():
            raise ValidationError("Leave at least one piece of evidence with this event.")
        return evidence
