"""Confirms the countries an earlier import proposed from the world's list.

Countries of the world's list (articles/extraction/countries.py) are reference data: the
importer now adds them confirmed, with that list's other names and demonyms as aliases.
Those an earlier import proposed get the same here, unless a curator set their status.
"""

from django.db import migrations


def confirm_world_countries(apps, schema_editor):
    from articles.extraction.countries import country_forms
    from articles.extraction.normalise import normalise_name

    Actor = apps.get_model("articles", "Actor")
    Alias = apps.get_model("articles", "Alias")
    forms: dict[str, list[str]] = {}
    for form, name in country_forms().items():
        forms.setdefault(name, [])
        if form != name:
            forms[name].append(form)
    taken = set(Alias.objects.values_list("normalised", flat=True))
    for actor in Actor.objects.filter(kind="country", status="proposed", name__in=forms):
        if "status" in (actor.curated_fields or []):
            continue
        actor.status = "confirmed"
        actor.save(update_fields=["status"])
        for text in forms[actor.name]:
            normalised = normalise_name(text)
            if normalised and normalised not in taken and normalised != normalise_name(actor.name):
                Alias.objects.create(actor=actor, text=text, normalised=normalised)
                taken.add(normalised)


class Migration(migrations.Migration):
    dependencies = [("articles", "0010_curated_derived_rows")]

    operations = [migrations.RunPython(confirm_world_countries, migrations.RunPython.noop)]
