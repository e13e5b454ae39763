"""Title, dates, byline and outlet found in raw article text, and the cleaned body.

Only full calendar dates are read here (date lines, photo captions); relative dates in the
body belong to articles/extraction/dates.py.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from articles.extraction.countries import capital_countries, country_forms
from articles.extraction.dates import (
    address_day,
    dateline_date,
    filed_by_update,
    filed_in_address,
    filed_shortly_before,
    numeric_day_first,
    opening_dateline,
    published_on_filing_day,
)
from articles.extraction.normalise import lexicon
from articles.extraction.text import paragraphs
from articles.extraction.types import ArticleText, PublishedHow, RawDocument

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
# A page's date line in its site's language over an English story ("Mundo | 13 novembro
# 2026"): the months' full names in French, Spanish, Portuguese, Italian, German and Dutch.
_OTHER_MONTH_NAMES = (
    "janvier enero janeiro gennaio januar jänner januari",
    "février fevrier febrero fevereiro febbraio februar februari",
    "mars marzo março marco märz maerz maart",
    "avril abril aprile",
    "mai mayo maio maggio mei",
    "juin junio junho giugno juni",
    "juillet julio julho luglio juli",
    "août aout agosto augustus",
    "septembre septiembre setiembre setembro settembre",
    "octobre octubre outubro ottobre oktober",
    "novembre noviembre novembro",
    "décembre decembre diciembre dezembro dicembre dezember",
)
_DATE_LINE_MONTHS = _MONTHS | {
    name: number
    for number, names in enumerate(_OTHER_MONTH_NAMES, start=1)
    for name in names.split()
    if name not in _MONTHS
}
_DATE_LINE_MONTH = r"(?:" + "|".join(sorted(_DATE_LINE_MONTHS, key=len, reverse=True)) + r")"
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"

# Full calendar dates only: "Wednesday, Sept. 26, 2018", "26 September 2018", "2018-09-26".
FULL_DATE_RE = re.compile(
    rf"(?:\b{_WEEKDAY},?\s+)?"
    rf"(?:\b(?P<month_first>{_DATE_LINE_MONTH})\.?\s+(?P<day_second>\d{{1,2}}){_ORDINAL},?\s+(?P<year_last>\d{{4}})"
    # "13 de novembro de 2026" as Spanish and Portuguese write it
    rf"|\b(?P<day_first>\d{{1,2}}){_ORDINAL}\s+(?:of\s+|de\s+)?(?P<month_second>{_DATE_LINE_MONTH})\.?,?\s+(?:de\s+)?(?P<year_after>\d{{4}})"
    r"|\b(?P<iso_year>\d{4})[-/.](?P<iso_month>\d{1,2})[-/.](?P<iso_day>\d{1,2})(?:T[\d:.+\-Z]*)?"
    # "26.09.2018" is day first (European); "9/26/2018" is month first unless the first
    # number cannot be a month ("26/09/2018")
    r"|\b(?P<dot_day>\d{1,2})(?P<dot_sep>[.\-])(?P<dot_month>\d{1,2})(?P=dot_sep)(?P<dot_year>\d{4})"
    r"|\b(?P<slash_a>\d{1,2})/(?P<slash_b>\d{1,2})/(?P<slash_year>\d{4}))\b",
    re.IGNORECASE,
)
# Every FULL_DATE_RE match has one: a far cheaper search rules out most lines first.
_YEAR_DIGITS_RE = re.compile(r"\d{4}")
_UPDATED_LABEL_RE = re.compile(
    r"\b(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+(?:on|at))?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)
# What may surround the dates of a date line: labels, times, zones, separators.
_DATE_LINE_FILLER_RE = re.compile(
    r"\b(?:published|posted|updated|last|modified|revised|edited|first|created|date|on|at|and|"
    # GOV.UK's "Page last updated 19 November 2026"
    r"page|"
    # a broadcast's transcript: "Broadcast: Thursday, 12 November 2026", "Aired on …"
    r"broadcast|aired|"
    r"a\.m\.?|p\.m\.?|am|pm|[A-Z]{1,4}T|UTC|GMT|IST|JST|ET|PT|CT|UK|hrs?|"
    # zones not ending in T: Indonesia's "WIB", "WITA", Moscow's "MSK"
    r"WIB|WITA|MSK)\b|"
    # a time, its a.m./p.m. written close ("6:12AM", "9:00pm")
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?|"
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b|"
    r"[\s,|:;/()\-–—·•.+\d]",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(rf"\b{_WEEKDAY}", re.IGNORECASE)
# a time and the zone written after it ("14:02 GMT", "9.30am BST"), between a label and
# its date: "Last updated 14:02 GMT, 3 March 2026"
_TIME_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\b\.?)?(?:\s+(?:[A-Z]{1,4}T|UTC|GMT|WIB|WITA|MSK)\b)?",
    re.IGNORECASE,
)
# "Brussels, 17 July 2018"; "Jakarta. September 29, 2025" (a full stop, as some outlets
# write it, after a lower-case letter so that an initial is no place)
_DATE_LINE_PLACE_RE = re.compile(
    r"^[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,2}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2}){0,2}"
    # "Brussels, 17 July 2018", "Jakarta. September 29", "Honiara, Solomon Islands – 20 …"
    r"(?:,|(?<=[a-z])\.|\s+[–—-])\s+"
)

# "Updated - November 14, 2026 06:40 pm IST - NEW DELHI": the place the story was filed
# from, in capitals after a dash, closing a date line.
_DATE_LINE_PLACE_AFTER_RE = re.compile(r"\s+[-–—|]\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2}$")
# "Case note | 11 June 2025": the piece's kind, a bar, then its date.
_DATE_LINE_LABEL_RE = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,2}\s*\|\s*")
# "ANI | Updated: …", "Example Wire | Last updated …": a source's name, then a bar.
_DATE_LINE_SOURCE_RE = re.compile(r"^[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,3}\s*\|\s*")
# "All News 15:42 November 20, 2026": the page's section, then the time and the date.
_DATE_LINE_SECTION_RE = re.compile(
    r"^[A-Z][\w&.'’\-]*(?:\s+[A-Z][\w&.'’\-]*){0,2}\s+(?P<time>\d{1,2}[:.]\d{2})\s+"
)
# The capitals names are written with: A-Z and those of Latin-1, Latin Extended-A and -B
# and Vietnamese ("Łukasz", "Øyvind", "Şahin", "Nguyễn"), for a character class.
_UPPER = "A-Z" + "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper()
)
_NAME = (
    rf"[{_UPPER}][\w'’.\-]*"
    rf"(?:\s+(?:[{_UPPER}][\w'’.\-]*|de|da|del|der|van|von|bin|binti|bint|al|la|le|di))*"
)
# Names are matched case-sensitively: "By submitting this form" is not a byline.
_BYLINE_RE = re.compile(
    rf"^(?i:(?:(?:written|compiled|reported|posted)\s+)?by)\s*:?\s+(?P<authors>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*?)"
    rf"(?:(?:\s*[,|/\-–—]\s*|\s+for\s+)(?P<outlet>[{_UPPER}][\w&'’.\- ]{{1,60}}?))?\s*\.?$"
)
# "By Trade Wire staff", "By Reuters Staff": the outlet's newsroom, no person
_STAFF_BYLINE_RE = re.compile(
    r"^(?i:by)\s+(?P<outlet>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,4})"
    r"\s+(?i:staff(?:\s+(?:reporters?|writers?))?)\.?$"
)
_ACRONYM_BYLINE_RE = re.compile(
    r"^(?i:by)\s*:?\s+(?P<acronym>[A-Z]{2,6})(?:\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?\.?$"
)
_EMAIL_RE = re.compile(r"\s*[(<\[]?\b[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\b[)>\]]?")
# Labels a byline may open with instead of "By" ("Author Jane Doe", "Written by").
_BYLINE_PLACE_RE = re.compile(rf"\s+in\s+[{_UPPER}][\w.'’\-]*(?:\s+[{_UPPER}][\w.'’\-]*){{0,2}}$")
_BYLINE_PLACE_BEFORE_AND_RE = re.compile(
    rf"\s+in\s+[{_UPPER}][\w.'’\-]*(?:\s+[{_UPPER}][\w.'’\-]*){{0,2}}(?=\s+and\s+[{_UPPER}])"
)
_BYLINE_LABELS = ("author", "authors", "writer", "reporter", "byline")
# A social-media handle after a byline's name ("Jane Doe @janedoe").
_HANDLE_RE = re.compile(r"\s+@\w+\s*$")
_PIPE_BYLINE_RE = re.compile(
    rf"^(?P<authors>[{_UPPER}][\w'’.\-]*(?:\s+[{_UPPER}][\w'’.\-]*){{1,3}})\s*\|\s*"
    r"(?P<outlet>[A-Z][\w&'’.\- ]{1,60})$"
)
# Two to four capitalised words, as a person's name is written in a byline; a capital may
# follow a hyphen or apostrophe ("Gagnon-Cote", "O'Brien").
_NAME_WORD = r"[A-Z](?:[a-z'’\-]|(?<=[\-'’])[A-Z])+"
_PERSON_NAME_RE = re.compile(rf"^{_NAME_WORD}(?:\s+(?:[A-Z]\.|{_NAME_WORD})){{1,3}}$")
# Words that make a byline's trailing name an outlet ("Example Wire", "Daily News").
_OUTLET_WORDS_RE = re.compile(
    r"\b(?:news|press|times|post|journal|wire|agency|agence|media|daily|herald|tribune"
    r"|telegraph|guardian|review|network|tv|radio|associated|reuters|bloomberg|magazine"
    r"|weekly|gazette|observer|express|mail|standard|chronicle|today|online|world|asia"
    r"|report|reporter|insider|economist|business|financial|service|ledger|ag[eê]ncia"
    r"|courier|dispatch|bulletin|monitor"
    # the same words in other languages' papers ("Correio do Exemplo", "Diário de Exemplo")
    r"|correio|jornal|di[aá]rio|folha|gazeta|gazzetta|corriere|giornale|tribuna|not[ií]cias"
    r"|peri[oó]dico|prensa|imprensa|semanario|zeitung|kurier|courrier|quotidien|nouvelles"
    r"|dagblad|nieuws|tidning|gazete|econ[oóô]mic[oa]|[ée]conomique|cr[oó]nica|heraldo)\b",
    re.IGNORECASE,
)
# Particles that stay in lower case inside a paper's name ("Diário de Exemplo", "Correio do
# Exemplo", "Corriere della Exemplo").
_NAME_PARTICLES = lexicon("de do da dos das del della di du des der den van von la le el y e")
_ROLE_WORDS_RE = re.compile(
    r"\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|bureau|chief"
    # a byline's post after the name ("By Jane Doe, Director of Trade Policy")
    r"|director|analyst|adviser|advisor|fellow|professor|researcher|lecturer|manager|partner)\b",
    re.IGNORECASE,
)

_SOURCE_LINE_RE = re.compile(
    r"^\(?(?:sources?|courtesy(?: of)?|via|issued\s+by)\s*[:\-–—]"
    r"\s*(?P<outlet>[^\n()]{2,80}?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
# A ministry's statement signed by its press office: "Press Service of the Ministry of
# Foreign Affairs of the Republic of Kazakhstan" names the issuer.
_PRESS_OFFICE_OF_RE = re.compile(
    r"^(?:The\s+)?(?:Press|Media|Information)\s+(?:Service|Office|Department|Centre|Center)"
    r"\s+of\s+(?:the\s+)?(?P<outlet>[A-Z][^\n()]{2,100}?)\s*\.?$"
)
# A closing credit on its own line: "-PTI", "— Reuters", "(AFP)", "(With inputs from PTI)".
_CREDIT_LINE_RE = re.compile(
    r"^(?:[-–—]+\s*(?P<dash>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})"
    r"|\((?i:with\s+(?:inputs|files|reporting)\s+from\s+)?"
    r"(?P<paren>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\))\s*$"
)
# The same credit glued to the end of the last paragraph: "... over. -PTI", "... said. (AFP)".
_TRAILING_CREDIT_RE = re.compile(
    r"(?<=[.!?”\"’])\s+(?:[-–—]\s?(?P<dash>[A-Z]{2,6})|\((?P<paren>[A-Z][A-Za-z]{1,10})\))\s*$"
)
# "(Bloomberg) -- Japan agreed …": the agency opens the first paragraph, with no place.
_AGENCY_OPENING_RE = re.compile(
    r"^\((?P<outlet>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\)\s*(?:--|[—–])\s*(?=[A-Z])"
)
_CREDIT_DETAIL_RE = re.compile(
    r"^(?:\((?:reporting|writing|editing|edited|translated|translation|compiled"
    r"|additional reporting)\s+by\s+[^)]*\)"
    # the same without brackets: "Reporting by Jane Doe; Editing by John Roe"
    r"|(?:additional\s+)?(?:reporting|writing)\s+by\s+(?-i:[A-Z])[^()]{0,200})$",
    re.IGNORECASE,
)
# The reporters a wire names in its credit ("Reporting by Jane Doe in Brussels and John Roe;
# Editing by …"): the story's authors when no byline names them. Not "Additional reporting".
_REPORTING_BY_RE = re.compile(r"(?<!additional )\breporting\s+by\s+(?P<names>[^;)]+)", re.I)
_REPORTER_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*")
_COPYRIGHT_RE = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}\s*)?(?P<outlet>[A-Z][\w&'’.\- ]{1,60}?)"
    r"(?:\.|,)?\s*(?:all rights reserved\.?(?:\s.*)?)?$",
    re.IGNORECASE,
)
# "© 2025 Example Media LLC": the company's legal form is no part of the outlet's name.
_LEGAL_FORM_RE = re.compile(
    r",?\s+(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Pty\.?\s+Ltd\.?|Limited|plc|PLC|GmbH|LLP|S\.A\.)$"
)
# "TOKYO (Reuters) -", "WASHINGTON, Sept 26 (AP) —", "TASHKENT, 6 November 2026 (Example
# News Agency) –": the outlet opens the first paragraph.
# A dateline's place may be written with accents ("ASUNCIÓN", "BOGOTÁ", "SÃO PAULO").
_PLACE_WORD = r"[A-ZÀ-ÖØ-Þ][\w.'’\-]*"
_DATELINE_RE = re.compile(
    rf"^{_PLACE_WORD}(?:(?:\s+|\s*/\s*){_PLACE_WORD}){{0,5}}"
    r"(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)?"
    # "18th November, 2026" (WAM), "Nov. 20th": a day may take its ordinal
    rf"(?:,?\s+(?:(?i:{_MONTH})\.?\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+(?i:{_MONTH})\.?)"
    r"(?:,?\s+\d{4})?)?"
    # the outlet in brackets, or between slashes in capitals ("/EXAMPLE NEWS/ --")
    r"\s*(?:\((?P<outlet>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){0,3})\)"
    r"|/(?P<slashed>[A-Z][A-Z&'’.]*(?:\s+[A-Z][A-Z&'’.]*){0,3})/)\s*[-–—:]"
)

# "New Delhi, May 6 (PTI) India and ...": an agency's dateline with no dash, told from a
# sentence by the date before the brackets and the capital after them.
_WIRE_DATELINE_NO_DASH_RE = re.compile(
    r"^[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}(?:,\s*[A-Z][A-Za-z.]*)?"
    rf",?\s+(?i:{_MONTH})\.?\s+\d{{1,2}}\s*\((?P<outlet>[A-Z][\w&'’.]*(?:\s+[A-Z][\w&'’.]*){{0,2}})\)"
    r"\s+(?=[A-Z“\"‘'])"
)
# "RIVERTON, Nov. 5 Examplewire - Ruritania and …": an agency's name with no brackets
# between the date and the dash, after a place in capitals.
_BARE_AGENCY_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
    rf",\s+(?i:{_MONTH})\.?\s+\d{{1,2}}(?:,\s+\d{{4}})?\s+(?P<outlet>[A-Z][a-z]{{2,20}})\s+[-–—]{{1,2}}\s+"
)
# A wire's closing slug: the agency, then its desk's initials ("PTI RR HVA HVA") or its
# staff's names after slashes ("WAM/Jane Doe/John Roe").
_WIRE_SLUG_RE = re.compile(
    r"^(?P<agency>[A-Z]{2,6})(?:(?:\s+[A-Z]{2,4}){1,5}"
    r"|(?:/[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){1,3}){1,4})$"
)

_AGENCY_PHOTO_RE = re.compile(
    r"\((?P<agency>[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?)\s+Photos?\s*/[^)]*\)", re.IGNORECASE
)
# Photo credits that make a paragraph a caption.
_CAPTION_RE = re.compile(
    r"\((?:[A-Z][\w&.]*\s+)?Photos?\s*[/:][^)]*\)"
    r"|\((?:photo|image|picture|file photo)(?:\s+credit)?\s*:[^)]*\)"
    r"|^(?:photo|photograph|image|picture|file photo|caption|credit)(?:\s+credit)?\s*:"
    # "The signing ceremony in Tokyo on Monday. Photo: Example Ledger": a credit after it
    r"|[.!?]\s+(?:photo|photograph|image|picture|credit)(?:\s+credit)?\s*:\s*[^.:]{1,60}$"
    r"|\b(?:photo|photograph|image|picture)s?\s+(?:by|courtesy of|credit)\b[^.]{0,60}$"
    r"|^(?:photo|photograph|image|picture)s?\s+(?:by|courtesy of)\b"
    # "REUTERS/Kim Kyung-Hoon", "AFP/Getty": an agency in capitals, a slash, a name.
    r"|(?-i:\b[A-Z]{2,}\s*/\s*[A-Z][a-z]+(?:[\s\-][A-Z][\w.\-]*){0,3})\s*\)?\.?\s*$"
    r"|\bGetty\s+Images\b[^.]{0,40}$"
    r"|\([^()]*(?:/\s*(?:Getty|AFP|EPA|Bloomberg|Xinhua|Reuters)|Getty\s+Images|Shutterstock)"
    r"[^()]*\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
# A caption is short; a long paragraph that mentions a photo agency is body text.
_CAPTION_MAX = 700

# Boilerplate lines from page furniture, newsletters and social sharing.
_BOILERPLATE_RE = re.compile(
    r"^(?:follow\b.{0,80}\bon\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b"
    r"|sign\s+up\b|subscribe\b|by\s+(?:submitting|signing|clicking|subscribing)\b"
    r"|read\s+(?:more|also|next)\b|see\s+also\s*:|more\s*:|click\s+here\b"
    # "Related: …", "Related news: <headline>" inside the story
    r"|related(?:\s+(?:news|stories|articles|coverage|reading|links|posts))?\s*:"
    r"|(?:share|tweet|email|print|comment|like|restack)s?(?:\s+this(?:\s+(?:article|story|page|post))?"
    r"|\s+on\s+(?:twitter|facebook|x|linkedin|whatsapp))?\s*:?\s*$"
    # a sharing bar's buttons, one a line, and its like button ("Like Loading...")
    r"|(?:twitter|facebook|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|pocket|bluesky"
    r"|mastodon)$|(?:like\s+)?loading\s*(?:\.{3}|…)$|related$"
    r"|advertisement(?:\s*[-–—:|]\s*(?:scroll|continue|story)\b[\w\s]{0,30})?$"
    r"|sponsored(?:\s+content)?$|(?:story|article)\s+continues\s+(?:below|after)\b"
    # a page's tools and link lists: "Also read: …", "WATCH: …", "Copy link", "Most read"
    r"|also\s+read\b|(?:watch|listen)\s*[:|]\s|copy\s+link$|gift\s+(?:this\s+)?(?:article|story)$"
    r"|(?:save|bookmark)(?:\s+(?:this\s+)?(?:article|story))?$|most\s+(?:read|popular|viewed|shared)$"
    r"|recommended$|reprints?(?:\s*(?:&|and)\s*permissions)?$|our\s+standards\s*:"
    # a live page's badge and its list of highlights: "LIVE", "Live updates", "Key events"
    r"|live(?:\s+(?:updates|coverage|blog))?$|key\s+events$"
    r"|follow\s+the\s+topics\b|(?:topics|tags|filed\s+under)\s*:.{0,120}$"
    r"|(?:enjoy(?:ing|ed)?|like[ds]?)\s+this\s+(?:article|story|post|newsletter)\s*\?"
    r"|\d+\s*min(?:ute)?s?\s+read$|(?:estimated\s+)?reading\s+time\b|listen\s+to\s+(?:this\s+)?article"
    r"|(?:this|our)\s+(?:site|website)\s+uses\s+cookies|we\s+use\s+cookies|accept\s+(?:all\s+)?cookies"
    r"|(?:get|download)\s+(?:our|the)\s+(?:app|newsletter)|newsletter\b"
    # a newsletter platform's lines around a post: "Forwarded this email? Subscribe here",
    # "Thanks for reading Example Letter! Subscribe for free …"
    r"|forwarded\s+this\s+(?:e-?mail|newsletter)\b|thanks\s+for\s+reading\b"
    # a page's relative time stamp ("Updated 3 hours ago"); a newsletter platform's account
    # links, paid-post mark and like and comment counters ("Sign in", "∙ Paid", "14")
    r"|(?:(?:(?:last\s+)?updated|published|posted)\s*[:·•|]?\s*)?(?:about\s+)?(?:an?\s+|\d+\s*)"
    r"(?:seconds?|minutes?|mins?|m|hours?|hrs?|h|days?|d)\s+ago$"
    r"|(?:last\s+)?updated\s*:?\s*(?:yesterday|today|just\s+now)$"
    r"|(?:sign|log)\s+in$|[∙·•]\s*paid$|\d{1,5}$"
    # ... and under it: "Leave a comment", "38 Likes∙4 Restacks", "6 Comments", "Previous",
    # "Discussion about this post"
    r"|leave\s+a\s+comment$|discussion\s+about\s+this\s+(?:post|article|story)$"
    r"|(?:previous|next)(?:\s+(?:post|article|story))?$"
    r"|(?:[\d,.]+[km]?\s+(?:likes?|comments?|restacks?|shares?|replies|reply)\s*[∙·•|]?\s*)+$"
    # WordPress's feed footer: "The post <title> appeared first on <site>."
    r"|the\s+post\s+.{1,200}?\s+appeared\s+first\s+on\b"
    r"|all\s+rights\s+reserved|this\s+material\s+may\s+not\s+be\s+published"
    r"|(?:copyright|©)\s"
    r"|(?:@\w+\s*)+$"
    r"|privacy\s+policy|terms\s+of\s+(?:use|service)"
    # a saved page's own furniture: "Skip to main content", a sharing line ("Share: Facebook
    # X WhatsApp | Print this page"), a newsletter box's field ("Your email address"), the
    # post's categories ("Posted in Trade | Tagged …"), a feedback widget, a cookie
    # banner's buttons ("Manage cookie preferences", "Reject all")
    r"|skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)\b.{0,20}$|skip\s+navigation$"
    r"|(?:you\s+are\s+here\s*:\s*)?home\s*[›>»/|]\s*.{1,150}$"
    r"|related\s+(?:posts|stories|articles|content|links|coverage|news|reading)$"
    r"|share\s*(?:this(?:\s+(?:article|story|page|post))?)?\s*[:|]\s*(?:(?:facebook|twitter|x|whatsapp"
    r"|linkedin|e-?mail|telegram|reddit|copy\s+link|print(?:\s+this\s+(?:page|article))?)"
    r"\s*[|·•,/]?\s*)+$"
    r"|(?:your\s+|enter\s+(?:your\s+)?)e-?mail(?:\s+address)?\s*\*?$"
    r"|(?:posted|filed)\s+(?:in|under)\s+[^.!?]{1,120}$|tagged\s*:?\s+[^.!?]{1,120}$"
    r"|(?:was|is)\s+this\s+(?:page|article|story|information)\s+(?:helpful|useful)\b.{0,40}$"
    r"|manage\s+(?:cookie\s+)?(?:preferences|settings|cookies|consent)$"
    r"|cookie\s+(?:settings|preferences|policy)$|(?:reject|decline)\s+all(?:\s+cookies)?$|accept$"
    # a page's text-size control ("Text Size: A- A+")
    r"|(?:text|font)\s+size\s*:?\s*(?:a[-+]?\s*)*$"
    # an agency's note to editors on a new version: "(ATTN: ADDS reaction in paras 7-8)"
    r"|\(attn\s*:[^)]*\)$"
    # a syndication note: "This report is auto-generated from Syndicated News feed.",
    # "(Except for the headline, this story has not been edited by ... staff and is
    # published from a syndicated feed.)"
    r"|\(?(?:except\s+for\s+the\s+headline,\s+)?this\s+(?:report|story|article|copy)\b"
    r"[^.]{0,100}?\b(?:auto-?generated|syndicated\s+(?:news\s+)?feed|wire\s+agency\s+feed))",
    re.IGNORECASE,
)
# The same furniture anywhere in the line. Written to open with a class of the first
# letters (with every spelling re.IGNORECASE allows), so the engine skips to them:
# "\b(?i:sign\s+up\s+(?:for|to)\s+(?:our|the)\b|subscribe\s+to\s+(?:our|the)\s+newsletter
# |(?:I|you)\s+agree\s+to\s+(?:the|our)\s+(?:terms|privacy)|follow\s+us\s+on)".
_BOILERPLATE_ANYWHERE_RE = re.compile(
    r"[sS\u017fiI\u0130\u0131yYfF](?<!\w.)(?i:"
    r"(?<=s)(?:ign\s+up\s+(?:for|to)\s+(?:our|the)\b|ubscribe\s+to\s+(?:our|the)\s+newsletter)"
    r"|(?:(?<=i)|(?<=y)ou)\s+agree\s+to\s+(?:the|our)\s+(?:terms|privacy)|(?<=f)ollow\s+us\s+on)"
)
# A newsletter's promotion in a line of its own: "Get our weekly newsletter on trade",
# "This story first appeared in our Trade Brief newsletter. Sign up here."
_NEWSLETTER_PROMO_RE = re.compile(
    r"\b(?:sign\s+up|subscribe|get\s+(?:our|the))\b[^.!?]{0,60}\bnewsletters?\b"
    r"|\b(?:our|this)\s+(?:[\w’'-]+\s+){0,4}newsletters?\b[^!?]{0,80}\b(?:sign\s+up|subscribe|inbox)\b",
    re.IGNORECASE,
)
_BOILERPLATE_MAX = 240
# A page's address alone on its line (a paste's first line, a clipping's "Source: …").
_PAGE_ADDRESS_RE = re.compile(
    r"^(?:(?i:source|url|link)\s*:\s*)?<?(?P<address>(?i:https?)://[^\s<>]{1,300})>?$"
)
_MASTHEAD_MAX = 60

# Press-release furniture around the headline: release markers and contact lines, and
# the issuer's line ("European Commission - Press release"), which names the outlet.
_RELEASE_MARKER_RE = re.compile(
    r"^(?:for\s+(?:immediate|release)\b.*|(?:immediate\s+)?release\s*:?$"
    r"|(?:press|news|media)\s+(?:releases?|statements?|advisory)$|embargoed\b.*"
    r"|(?:press\s+|media\s+)?contacts?\s*:.*|press\s+office\s*:.*"
    # the issuer's office under its name ("Press Department", "Media Relations Unit") and
    # a numbered release ("Press release No. 42/2025")
    r"|(?:press|media|communications?)(?:\s+(?:and|&)\s+\w+)?"
    r"(?:\s+(?:department|office|unit|division|service|relations))+"
    r"|(?:press|news|media)\s+releases?\s+(?:no\.?|number|nr\.?|#)\s*[\w/.\-]+)$",
    re.IGNORECASE,
)
_ISSUER_LINE_RE = re.compile(
    r"^(?P<outlet>[A-Z][\w&'’.,\- ]{1,80}?)\s*[-–—|:]\s*(?i:press|news|media)\s+"
    r"(?i:releases?|statements?)$"
)
# The same the other way round, as a page's breadcrumb puts it: "Press Releases | Example
# Ministry of Trade" (the section first, then the body whose section it is).
_SECTION_ISSUER_RE = re.compile(
    r"^(?i:press|news|media)\s+(?i:releases?|statements?)\s*[-–—|:›>»]\s*"
    r"(?P<outlet>[A-Z][\w&'’.,\- ]{1,80}?)$"
)
# A release section's name as one segment of a header line ("Press Releases | INTA |
# 15-07-2025"): the page's section, no outlet, though "press" is an outlet word.
_RELEASE_SECTION_RE = re.compile(r"^(?:press|news|media)\s+(?:releases?|statements?)$", re.I)
# An official body's name over the headline, its page's news section after a bar
# ("WTO | 2025 News items"), or alone ("Embassy of India, Washington D.C.", "House of
# Commons Business and Trade Committee") when a date line follows the headline.
_ISSUER_SECTION_RE = re.compile(
    r"^(?P<outlet>[A-Z][\w&'’.\- ]{1,60}?)\s*\|\s*(?:\d{4}\s+)?(?i:news(?:\s+items?)?)$"
)
_BODY_ISSUER_RE = re.compile(
    r"^(?:(?:Embassy|High Commission|Consulate(?: General)?|Permanent Mission|Delegation)"
    r" of [A-Z][\w .,'’\-]{2,60}"
    r"|[A-Z][\w&'’\- ]{2,70}(?:, [A-Z][\w&'’\- ]{2,40})* (?:Committee|Select Committee"
    r"|Commission|Secretariat))$"
)
# A newswire's release page names its issuer: "News provided by" above the issuer's name
# (or after "by" on the same line), and "SOURCE Example Association" after the text.
_PROVIDED_BY_RE = re.compile(
    r"^(?i:(?:news|content|release)\s+)?(?i:provided|distributed)\s+(?i:by)\s*:?"
    r"\s*(?P<outlet>[A-Z][\w&'’.,\- ]{1,80})?$"
)
_NEWSWIRE_SOURCE_RE = re.compile(r"^SOURCE:?\s+(?P<outlet>[A-Z][\w&'’.,\- ]{1,80}?)\.?$")
# "Source: Xinhua| 2020-01-16 10:21:05|Editor: Jane Doe": labelled fields in one line.
_LABELLED_FIELD_RE = re.compile(
    r"^(?P<label>source|editor|editors|author|by|writer|reporter|published|posted|updated"
    r"|date)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
# Separators between the parts of a header line, and a byline meeting a date.
_SEGMENT_SPLIT_RE = re.compile(r"\s+[|•·\-–—/]\s+|\s*\|\s*")
# A header segment that is only a time ("KYODO NEWS - Jun 9, 2023 - 10:42").
_TIME_ONLY_RE = re.compile(
    r"^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$", re.IGNORECASE
)
# Section names after a header line's date ("| World, All"): a few capitalised words.
# A blog post's tags closing its date line: short phrases opening with a capital, by commas.
_TAG = r"[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3}"
_TAGS_RE = re.compile(rf"^{_TAG}(?:,\s+{_TAG}){{0,5}}$")
# A blog's labelled tag list closing its header line: "Filed under: Trade, Asia", "Tags: …".
_TAGS_LABEL_RE = re.compile(
    r"^(?:filed\s+(?:under|in)|tags?|tagged|categor(?:y|ies)|topics?)\s*:\s*", re.IGNORECASE
)
_SECTION_SEGMENT_RE = re.compile(r"^[A-Z][\w&'’\-]*(?:,?\s+[A-Z&][\w&'’\-]*){0,2}$")
# A place alone on a line between a byline and its date line ("Ottawa").
_PLACE_LINE_RE = re.compile(r"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}$")
# "Political Correspondent for MailOnline": the outlet a role is written for.
# "Example staff writer", "Example Daily staff reporters": the outlet's own staff; not
# "Senior staff writer".
_OUTLET_STAFF_RE = re.compile(
    r"^(?!(?i:senior|chief|special|political|economics?|business|trade|foreign|diplomatic"
    r"|national|international|general|associate|contributing|deputy|assistant|managing"
    r"|news|sports?)\b)(?P<outlet>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})"
    r"\s+(?i:staff\s+(?:writers?|reporters?|correspondents?))$"
)
_ROLE_FOR_OUTLET_RE = re.compile(
    r"\s(?i:for)\s+(?P<outlet>[A-Z][\w&'’.\-]*(?:\s+[A-Z][\w&'’.\-]*){0,3})$"
)
_BYLINE_THEN_DATE_RE = re.compile(r"^((?i:by)\s+.+?)\s+(?i:on)\s+((?:[A-Z][a-z]|\d).*\d{4}.*)$")
_DATE_THEN_BYLINE_RE = re.compile(r"^(.*\d{4}.*?)\s+((?i:by)\s+[A-Z][^\d]*)$")
# "Published on 18/11/2026 - 14:32 By Jane Doe - Reporter - Example Agency - Brasília": the
# time, then the byline, in one segment.
_TIME_THEN_BYLINE_RE = re.compile(
    r"^(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)\s+((?i:by)\s+[A-Z][^\d]*)$"
)
_ROLE_SEGMENT_MAX_WORDS = 3
_ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")
# A section label or breadcrumb above the headline: "Economy", "News | World", "Business ›
# Trade". One to three capitalised words, no digits, no closing punctuation.
_SECTION_LABEL_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w&'’\-]*(?:\s*[|/›>»·•]?\s*[A-ZÀ-ÖØ-Þ&][\w&'’\-]*){0,2}$"
)
_SECTION_LABEL_MAX = 30
# The words of a section label: a short title-case headline ("Trade Truce") above its deck
# is no label, so every word of a label must be one of these (or a region's name).
_SECTION_WORDS = lexicon(
    """
    news world business economy economics politics trade markets market finance money
    opinion analysis features feature explainer international national local regional
    asia europe africa americas america australia pacific uk us middle east latin china
    india japan canada tech technology science climate environment energy agriculture
    policy government diplomacy global breaking latest home top stories story industry
    companies commodities farming rural agribusiness
    exclusive interview insight comment factbox spotlight special report in depth
    interviews reports columns explainers
    """
    # the same sections in Spanish, Portuguese, French, Italian and German: a masthead over
    # "Comercio | Acuerdos" or "Économie | Pêche" in an English-language story
    """
    noticias notícias actualidad atualidade actualité actualités attualità nachrichten
    economía economia économie wirtschaft negocios negócios affaires affari finanzas
    finanças finanzen mercados marchés mercati märkte comercio comércio commerce
    commercio handel exterior externo extérieur estero internacional internationale
    internazionale mundo monde mondo welt nacional nationale nazionale política politica
    politique politik opinión opinião opinion meinung agro agricultura agriculture
    agricoltura landwirtschaft pesca pêche fischerei minería mineração mines energía
    energia énergie industria indústria industrie empresas entreprises unternehmen
    acuerdos acordos accords accordi abkommen tratados aduanas alfândegas douanes dogane
    zoll exportaciones exportações exportations portada inicio início accueil
    """
)
_SECTION_SEPARATOR_RE = re.compile(r"[\s|/›>»·•&]+")
_HEADLINE_AFTER_LABEL_MIN_WORDS = 5
# Agencies a story was written with, after a bare byline: "Jane Doe with Reuters, AFP".
# "… with AA", "… With Agencies" closing a byline, in any letter case.
_WITH_AGENCY_TAIL_RE = re.compile(r"\s+(?i:with)\s+[\w&.]+(?:\s+[\w&.]+)?$")
_WITH_AGENCIES_RE = re.compile(
    r"\s+with\s+[A-Z][\w&.]*(?:\s+[A-Z][\w&.]*)?(?:\s*(?:,|and|&)\s*[A-Z][\w&.]*"
    r"(?:\s+[A-Z][\w&.]*)?)*\s*$"
)
# A standfirst (one or two sentences under the headline) is at most this long.
_STANDFIRST_MAX = 320
# Furniture after the last paragraph: wire end marks, contact blocks, reference numbers.
_FOOTER_FURNITURE_RE = re.compile(
    r"^(?:#{3,}|-\s*30\s*-|-?\s*ends?\s*-?|enditem|\(?end\)?"
    r"|(?:press|media)\s+contacts?\s*:?.*|contacts?\s*:.*|for\s+(?:more|further)\s+information\b.*"
    r"|general\s+public\s+inquiries\b.*|notes?\s+to\s+editors?\b.*"
    # a press release's contact block: "Enquiries:", "Tel: ...", "E-mail: ...", and the
    # contact's name with a press title ("Jane Doe - Departmental Spokesperson")
    r"|(?:media\s+)?(?:enquiries|inquiries)\s*:.*|(?:tel|telephone|phone|fax|mobile|cell)\s*[:.].*"
    r"|e-?mail\s*:.*"
    r"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s*[-–—,|]\s*[\w ]{0,40}?"
    r"\b(?:spokes(?:person|man|woman)|media\s+(?:officer|liaison|relations)|communications)\b"
    r"[\w ]{0,40}"
    r"|[-–—]*\s*with\s+assistance\s+from\b.*|to\s+contact\s+the\s+(?:reporters?|editors?)\b.*"
    # a wire's closing notes: "___" over "Doe reported from Canberra. Associated Press
    # writer John Roe in Beijing contributed to this report."
    r"|_{3,}|.{0,160}\bcontributed\s+(?:to\s+this\s+(?:report|story|article)|reporting)\b.{0,80}"
    r"|(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,3}\s+reported\s+from\s+(?-i:[A-Z])[^.]{0,60}\.?"
    r"|[^()\n]{2,60}\(\s*\+?\d[\d\s\-()]{6,}\)\s*$"
    # a government release page's end: "***", the desk's initials ("AM/NS/RK"), "(Release
    # ID: 2194381) Visitor Counter : 1187"
    r"|\*{3,}|[A-Z]{1,4}(?:/[A-Z]{1,4}){1,6}|\(?release\s+id\s*:.*|visitor\s+counter\s*:.*"
    # an English edition's desk credits: "Translation: Jane Doe - Edition: John Roe"
    r"|(?:translation|translated\s+by|edition|edited\s+by)\s*:\s*[A-Z].{0,100}"
    # the reporter's address alone under the end mark ("(END)" then "jdoe@example.com")
    r"|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|[A-Z]{2,6}/\d{2}/\d{2,6})$",
    re.IGNORECASE,
)
# The closing note about the writer: "Jane Doe writes the Review's markets column from
# Zenda. Tips: jane@example.com", "John Roe is our Strelsau correspondent."
_AUTHOR_NOTE_RE = re.compile(
    r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s+"
    r"(?:(?:writes|edits)\s+(?:[\w'’\-]+\s+){0,5}?(?:column|newsletter|blog)"
    # "… is our Brussels correspondent", not "… is expected to sign the letter"
    r"|(?:is|was)\s+(?:a|an|the|our)\s+(?:[\w'’\-]+\s+){0,4}?"
    r"(?:correspondent|reporter|editor|columnist|writer))\b[^\n]{0,200}$"
)
# A newsletter's sign-off: "That's it for today. We're back tomorrow at 6:45 a.m.", "See
# you next Monday." (its "tomorrow" is the next issue, no happening).
_SIGN_OFF_RE = re.compile(
    r"^(?:that['’]s\s+(?:it|all)\s+for\s+(?:today|tonight|now|this\s+(?:week|issue|edition))\b"
    r"|(?:we['’]re|we\s+are|we['’]ll\s+be|i['’]m|i['’]ll\s+be)\s+back\s+(?:tomorrow|next\s+\w+|on\s+\w+)\b"
    r"|see\s+you\s+(?:tomorrow|next\s+\w+|on\s+\w+)\b|until\s+next\s+(?:time|week)\b).*$",
    re.IGNORECASE,
)
# "This article was first published in Example News on Sept. 26, 2018."
_FIRST_PUBLISHED_RE = re.compile(
    r"^this\s+(?:article|story|report|piece)\s+(?:was\s+|is\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared)\b[^.]{0,60}?\bon\s+(?P<date>.+?)\.?$",
    re.IGNORECASE,
)
_ABBREVIATION_RE = re.compile(
    r"\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Sept|Jan|Feb|Aug|Oct|Nov|Dec|No|St|Jr|Sr)\."
)
_SENTENCE_INSIDE_RE = re.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]")
_HEADLINE_MAX = 200
_HEADLINE_MAX_WORDS = 30
_QUESTION_MAX_WORDS = 12  # a sentence-case question this short is a headline
_TWO_SENTENCE_HEADLINE_MAX_WORDS = 20
_SMALL_WORDS_TEXT = """a an and as at but by for from in into of on or over the to up vs with"""
_SMALL_WORDS = frozenset(_SMALL_WORDS_TEXT.split())


@dataclass
class _Found:
    """Metadata collected while reading the lines of an article."""

    title: str | None = None
    published: date | None = None
    published_how: PublishedHow = PublishedHow.UNKNOWN
    updated: date | None = None
    author: str | None = None
    by_author: bool = False  # the author was read from a "By …" line of the header
    reporting_author: str | None = None  # a wire's "(Reporting by …)" credit
    # Outlet candidates by strength: explicit source line, dateline, closing credit, byline,
    # masthead, copyright, photo credit.
    source_outlet: str | None = None
    dateline_outlet: str | None = None
    credit_outlet: str | None = None
    byline_outlet: str | None = None
    masthead_outlet: str | None = None
    issuer_outlet: str | None = None  # a press release's "About Example Ltd"
    copyright_outlet: str | None = None
    photo_outlet: str | None = None
    caption_date: date | None = None
    address: str | None = None  # the page's address on a line of its own over a pasted story

    def outlet(self) -> str | None:
        """Return the strongest outlet candidate found, or None."""
        return outlet_without_edition(
            self.source_outlet
            or _spelled_out(
                self.dateline_outlet,
                (self.credit_outlet, self.byline_outlet, self.masthead_outlet),
            )
            or self.credit_outlet
            or self.byline_outlet
            or self.masthead_outlet
            or self.issuer_outlet
            or self.copyright_outlet
            or self.photo_outlet
        )


def _spelled_out(acronym: str | None, names: tuple[str | None, ...]) -> str | None:
    """Return the first of `names` whose initials spell `acronym` (a dateline's "(EBW)"
    under an "Example Business Wire" byline), else `acronym` as it is."""
    if acronym is None or not acronym.isupper() or not acronym.isalpha():
        return acronym
    for name in names:
        words = (name or "").split()
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if len(words) > 1 and initials == acronym:
            return name
    return acronym


# An outlet's English edition named after it: "Example Daily English Edition", "Example
# Agency (English)", "Example Times - English edition", "Example News English Service".
_EDITION_SUFFIX_RE = re.compile(
    r"\s*(?:[|\-–—]\s*)?(?:\(\s*(?i:english)(?:\s+(?i:edition|service|version))?\s*\)"
    r"|(?i:english)\s+(?i:edition|service|version))$"
)


def outlet_without_edition(outlet: str | None) -> str | None:
    """Return an outlet's name without its English edition ("Example Daily (English)" ->
    "Example Daily"), else the name as it is: readers and the outlet list know the paper."""
    if not outlet or "nglish" not in outlet:
        return outlet
    return _EDITION_SUFFIX_RE.sub("", outlet).strip() or outlet


def _date_from_match(match: re.Match[str]) -> date | None:
    """Return the calendar date a FULL_DATE_RE match names, or None if it is not a real date."""
    groups = match.groupdict()
    try:
        if groups["month_first"]:
            return date(
                int(groups["year_last"]),
                _DATE_LINE_MONTHS[groups["month_first"].lower()],
                int(groups["day_second"]),
            )
        if groups["month_second"]:
            return date(
                int(groups["year_after"]),
                _DATE_LINE_MONTHS[groups["month_second"].lower()],
                int(groups["day_first"]),
            )
        if groups["dot_year"]:
            return date(int(groups["dot_year"]), int(groups["dot_month"]), int(groups["dot_day"]))
        if groups["slash_year"]:
            first, second = int(groups["slash_a"]), int(groups["slash_b"])
            month, day = (second, first) if first > 12 else (first, second)
            return date(int(groups["slash_year"]), month, day)
        return date(int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"]))
    except ValueError:
        return None


def parse_full_date(text: str) -> date | None:
    """Return the first full calendar date written in text, or None."""
    if _YEAR_DIGITS_RE.search(text) is None:
        return None  # every full date has a four-digit year
    for match in FULL_DATE_RE.finditer(text):
        found = _date_from_match(match)
        if found is not None:
            return found
    return None


# A newsletter's or paper's edition after its date: "· Tokyo edition", "| Weekend Edition".
_EDITION_LABEL_RE = re.compile(r"\s*[·•|,\-–—]\s*(?:[A-Z][\w'’\-]*\s+){1,3}(?i:edition)$")


def dates_in_date_line(line: str) -> tuple[date | None, date | None] | None:
    """Return (published, updated) when line is only a date line, otherwise None."""
    if len(line) > 160 or _YEAR_DIGITS_RE.search(line) is None:
        return None  # too long, or no four-digit year: no full date
    if line.endswith(("edition", "Edition", "EDITION")):
        line = _EDITION_LABEL_RE.sub("", line)  # "Wednesday, 25 November 2026 · Asia edition"
    matches = [m for m in FULL_DATE_RE.finditer(line) if _date_from_match(m) is not None]
    if not matches:
        return None
    # a press release's "Brussels, 17 July 2018": the place before the date is no filler
    place = _DATE_LINE_PLACE_RE.match(line) or _DATE_LINE_LABEL_RE.match(line)
    if (
        place is not None
        and place.end() == matches[0].start()
        # "Updated - November 14, 2026": a label, not a place ("Honiara – 20 November")
        and _UPDATED_LABEL_RE.search(line[: place.end()]) is None
    ):
        line = line[place.end() :]
    elif (
        (source := _DATE_LINE_SOURCE_RE.match(line) or _DATE_LINE_LABEL_RE.match(line)) is not None
        and source.end() < matches[0].start()
        and _UPDATED_LABEL_RE.search(line, source.end(), matches[0].start()) is not None
    ):
        # "ANI | Updated: Nov 20, 2025 18:32 IST": the wire's name and a bar before the
        # labelled stamp
        line = line[source.end() :]
        matches = [m for m in FULL_DATE_RE.finditer(line) if _date_from_match(m) is not None]
    else:
        section = _DATE_LINE_SECTION_RE.match(line)
        if section is not None and section.end() == matches[0].start():
            line = line[section.start("time") :]
    rest = FULL_DATE_RE.sub(" ", line)
    rest = _WEEKDAY_RE.sub(" ", rest)
    if rest[-1:].isupper():
        rest = _DATE_LINE_PLACE_AFTER_RE.sub("", rest)
    if _DATE_LINE_FILLER_RE.sub("", rest):
        return None
    published: date | None = None
    updated: date | None = None
    for match in matches:
        value = _date_from_match(match)
        # "Updated: 10:32pm, 26 Sep, 2018": a time may stand between the label and the date
        label = _TIME_RE.sub(" ", line[: match.start()]).rstrip(" ,")
        if _UPDATED_LABEL_RE.search(label) or published is not None:
            updated = updated or value
        else:
            published = value
    return published, updated


def _clean_name(value: str) -> str:
    """Return a name with stray punctuation and spaces trimmed."""
    return value.strip(" \t,.;:-–—|").strip()


# A reporter's post in lower case between "By" and her name, as a broadcaster's page puts
# it: "By senior trade reporter Jane Doe", "By political correspondent John Roe".
_ROLE_BEFORE_NAME_RE = re.compile(
    r"^((?i:by)\s+)(?:[a-z]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist)\s+"
    r"(?=[A-Z][a-z])"
)


_EDITOR_CREDIT_TAIL_RE = re.compile(
    r"\.?\s+(?i:edited|editing|produced)\s+by\s+[A-Z][^.]{1,60}\.?$"
)


def _byline(line: str, *, piped: bool) -> tuple[str, str | None] | None:
    """Return (author, outlet or None) when line is a byline, otherwise None."""
    if len(line) > 150:
        return None
    if "@" in line:  # the pattern backtracks over every word of the line
        line = _EMAIL_RE.sub("", line)  # "By Jane Doe (jdoe@example.com)"
    if "dit" in line or "rodu" in line:
        # "Written by Jane Doe in Tokyo. Edited by John Roe.": the editor is no author
        line = _EDITOR_CREDIT_TAIL_RE.sub("", line)
    if " in " in line and (place := _BYLINE_PLACE_RE.search(line)) is not None:
        # "By Jane Doe in Brussels", and "By Jane Doe in Zenda and John Roe in Strelsau":
        # each author's place, when the last one has one too
        line = _BYLINE_PLACE_BEFORE_AND_RE.sub("", line[: place.start()])
    if not piped and line[3:4].islower() and (role := _ROLE_BEFORE_NAME_RE.match(line)):
        line = role.group(1) + line[role.end() :]  # "By political reporter Jane Doe"
    agency = None if piped else _ACRONYM_BYLINE_RE.match(line)
    if agency is not None:
        # "By AFP", "by PIB Delhi": an agency or a government's press office (its place
        # dropped), no person
        place = agency.group("place") or ""
        return "", agency.group("acronym") + (f" {place}" if _OUTLET_WORDS_RE.search(place) else "")
    if not piped and line[3:].replace(" and ", " ").isupper():
        # "By JANE DOE, POLITICAL CORRESPONDENT FOR EXAMPLE NEWS": names in capitals, "and"
        # between them ("By JANE DOE and JOHN ROE")
        line = line[:3] + line[3:].title().replace(" And ", " and ")
    elif not piped and "," in line and (names := line[3 : line.index(",")]).isupper():
        # "By JANE DOE, Example staff writer": the names alone in capitals
        line = line[:3] + names.title() + line[line.index(",") :]
    elif not piped and (capitals := _CAPITAL_NAMES_RE.match(line, 3)):
        # "By JANE DOE Example staff writer": the names in capitals end where the outlet
        # or role begins, with no comma between
        names = capitals.group(1).title().replace(" And ", " and ")
        line = line[:3] + names + "," + line[capitals.end(1) :]
    staff = None if piped else _STAFF_BYLINE_RE.match(line)
    if staff is not None:
        return "", staff.group("outlet")  # "By Reuters Staff": the outlet, no author
    match = (_PIPE_BYLINE_RE if piped else _BYLINE_RE).match(line)
    if match is None:
        return None
    author = _clean_name(match.group("authors"))
    outlet = match.group("outlet")
    if outlet is not None:
        # "By Jane Doe, Special to The Example Gazette": a contributor's paper
        outlet = _SPECIAL_TO_RE.sub("", _clean_name(outlet))
        if _ROLE_WORDS_RE.search(outlet):
            # "political correspondent for Example News", "Example staff writer"
            role_for = _ROLE_FOR_OUTLET_RE.search(outlet) or _OUTLET_STAFF_RE.match(outlet)
            outlet = role_for.group("outlet") if role_for else None
        elif _is_place(outlet):
            outlet = None  # "By Ana Souza, Brasília": where she wrote from
        elif _author_names(outlet) and not _OUTLET_WORDS_RE.search(outlet):
            # "By Jane Doe, John Roe (and Jim Poe)": the co-authors; "Jane Doe | New Delhi":
            # a bar parts a name from its place, co-authors are listed with commas
            author, outlet = (author, None) if piped else (f"{author}, {outlet}", None)
    if outlet is None and "," in author:
        # "By Jane Doe, Hindustan Times, New Delhi": the outlet, then the place
        parts = [part.strip() for part in author.split(",")]
        at = next((i for i, part in enumerate(parts) if i and _outlet_name(part)), None)
        if at is not None:
            # "By Jane Doe, Reporter, Example Agency": her role goes with the place
            names = [part for part in parts[:at] if not _ROLE_WORDS_RE.search(part)]
            author, outlet = ", ".join(names), parts[at]
    if outlet is None and not piped:
        author, outlet = _names_then_outlet(author)
    if not author or not author[0].isupper():
        return None
    desk = _WITH_AGENCY_TAIL_RE.sub("", author)
    if outlet is None and desk != author and _outlet_name(desk):
        return "", desk  # "By DAILY SABAH WITH AA": the outlet's desk with an agency
    return author, outlet or None


# Two names' words or more in capitals ("JANE DOE", "JANE M. DOE and JOHN ROE"), then a
# word that is not ("Example staff writer").
_CAPITAL_NAMES_RE = re.compile(
    rf"\s*((?:[{_UPPER}][{_UPPER}'’.\-]+\s+(?:(?:and|&)\s+)?)+[{_UPPER}][{_UPPER}'’.\-]+)"
    rf"\s+(?=[{_UPPER}][a-z])"
)
_SPECIAL_TO_RE = re.compile(r"^(?i:special)\s+(?i:to|for)\s+(?=[A-Z])")
_OUTLET_TAIL_MAX_WORDS = 3


def _names_then_outlet(author: str) -> tuple[str, str | None]:
    """Return (names, outlet) of a byline whose outlet follows the names with no separator
    ("JANE DOE and JOHN ROE Associated Press", "Jane Doe Reuters"), else (author, None)."""
    words = author.split()
    for size in range(min(_OUTLET_TAIL_MAX_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-size:])
        if (
            _outlet_name(tail)
            # a name in capitals goes on ("JOHN ROE Associated Press", "MARK HOLLIS")
            and not (words[-size].isupper() and words[-size - 1].isupper())
            and not _OUTLET_WORDS_RE.search(" ".join(words[-size - 2 : -size]))
        ):
            names = words[:-size]
            if all(word.isupper() or word in _SMALL_WORDS for word in names):
                names = [word if word in _SMALL_WORDS else word.title() for word in names]
            return " ".join(names), tail
    return author, None


# Cities reporters file from that are no capital on the list in countries.py (Brussels is
# left out there, as a name of the EU).
_BUREAU_CITIES = """
Brussels|Geneva|Strasbourg|New York|Shanghai|Hong Kong|Mumbai|Istanbul|São Paulo|Rio de Janeiro
|Sydney|Melbourne|Toronto|Montreal|Vancouver|Frankfurt|Zurich|Milan|Dubai|Johannesburg|Lagos
|Karachi|Osaka|Chicago|Los Angeles|San Francisco|Houston|Auckland|Almaty|Ho Chi Minh City
"""


@functools.cache
def _places() -> frozenset[str]:
    """Return the capitals', bureau cities' and countries' names, folded ("brasilia")."""
    names = [
        *capital_countries(with_registry=True),
        *country_forms().values(),
        *_BUREAU_CITIES.replace("\n", "").split("|"),
    ]
    return frozenset(_without_accents(name).casefold() for name in names)


def _is_place(text: str) -> bool:
    """Return True when text names a capital or a country ("Brasília", "Oslo", "Norway")."""
    return _without_accents(text).casefold() in _places()


def byline_authors(value: str) -> str:
    """Return the authors of an author field written as a byline ("By Jane Doe and John
    Roe, Oslo" -> "Jane Doe and John Roe"), else the field without its "By"."""
    byline = _byline(value, piped=False)
    if byline is not None and byline[0]:
        return byline[0]
    return value[2:].strip()


def _is_headline(line: str, *, two_sentences: bool = False) -> bool:
    """Return True when line reads as a headline rather than a sentence of the article
    (two_sentences: a line with more lines under it may be two short sentences)."""
    if len(line) > _HEADLINE_MAX or len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    # "S. Korea, U.S. Agree", "... pact with U.S.": abbreviations' full stops end nothing
    unabbreviated = _ABBREVIATION_RE.sub("X", line)
    unquoted = unabbreviated.rstrip("\"'”’»")
    if unquoted.endswith((".", ",", ";", ":")) and not unquoted.endswith("..."):
        return False
    if _DATELINE_RE.match(line):
        return False
    # "The cliff is back. This time Britain should not wait": two short sentences, the
    # last one unpunctuated, are a headline; a sentence of the text ends with its stop.
    if _SENTENCE_INSIDE_RE.search(unabbreviated) and not (
        two_sentences
        and unquoted[-1:].isalnum()
        and len(line.split()) <= _TWO_SENTENCE_HEADLINE_MAX_WORDS
    ):
        return False
    if line.endswith(("?", "!")):
        # A question or exclamation is a headline when title-cased or short.
        words = [w for w in line.split() if w[:1].isalpha()]
        capitalised = sum(1 for w in words if w[0].isupper() or w.lower() in _SMALL_WORDS)
        return bool(words) and (capitalised == len(words) or len(words) <= _QUESTION_MAX_WORDS)
    return True


def _caption_date_and_agency(paragraph: str) -> tuple[date | None, str | None]:
    """Return the full date and the photo agency named in a caption, each or None."""
    agency = _AGENCY_PHOTO_RE.search(paragraph)
    return parse_full_date(paragraph), agency.group("agency") if agency else None


# Every caption pattern contains one of these; testing them first skips the regex for
# nearly all body paragraphs (the regex search dominated the profile).
_CAPTION_HINTS = ("photo", "image", "picture", "caption", "credit", "getty", "shutterstock", "/")
_CAPTION_HINT_RE = re.compile("|".join(re.escape(hint) for hint in _CAPTION_HINTS))


def _is_caption(paragraph: str) -> bool:
    """Return True when the paragraph is a photo caption or a bare photo credit."""
    if len(paragraph) > _CAPTION_MAX:
        return False
    lowered = paragraph.lower()
    if _CAPTION_HINT_RE.search(lowered) is None:  # one scan for every hint
        return False
    return _CAPTION_RE.search(paragraph) is not None


def _is_boilerplate(line: str) -> bool:
    """Return True when the line is page furniture (sharing, newsletter, cookies, ads)."""
    return len(line) <= _BOILERPLATE_MAX and (
        _BOILERPLATE_RE.match(line) is not None
        or _BOILERPLATE_ANYWHERE_RE.search(line) is not None
        or ("ewsletter" in line and _NEWSLETTER_PROMO_RE.search(line) is not None)
        or ("inbox" in line and _INBOX_PROMO_RE.search(line) is not None)
    )


# A newsletter box's promise with no "newsletter" in it: "Get the week's news in your inbox
# every Tuesday", "… delivered straight to your inbox".
_INBOX_PROMO_RE = re.compile(
    r"\b(?:in|to|into)\s+your\s+inbox\b(?:\s+(?:every|each)\s+\w+|\s+(?:daily|weekly))?[.!]?$",
    re.IGNORECASE,
)


# A label alone on its line over links to other stories: "Read more:", "Related stories",
# "More on this story", "You may also like".
_RELATED_LABEL_RE = re.compile(
    r"^(?:read\s+(?:more|also|next)|also\s+read|most\s+(?:read|popular|viewed|shared)"
    r"|related(?:\s+(?:stories|articles|news|coverage|reading|posts|content|links))?"
    r"|see\s+also|more\s+on\s+this(?:\s+(?:story|topic))?|more\s+like\s+this|you\s+may\s+also\s+like"
    r"|recommended(?:\s+(?:stories|reading))?"
    # a newsletter's list of its other stories: "Also in this week's Letter", "Also in
    # this issue", "Also in today's Brief" (not "Also on the agenda:", a story's own list)
    r"|also\s+in\s+(?:this|today['’]s|this\s+week['’]s)(?:\s+[\w'’]+){1,3}"
    r")\s*:?$",
    re.IGNORECASE,
)
# The same, searched line by line in a text of several lines.
_RELATED_LABEL_LINE_RE = re.compile(
    _RELATED_LABEL_RE.pattern.replace("^", "^[ \t]*", 1), re.IGNORECASE | re.MULTILINE
)
_RELATED_LINKS_MAX = 6
_LINK_HEADLINE_MAX_WORDS = 20


def _is_link_headline(paragraph: str) -> bool:
    """Return True for a linked story's headline alone on its line: short, no sentence."""
    return (
        "\n" not in paragraph
        and len(paragraph.split()) <= _LINK_HEADLINE_MAX_WORDS
        and not paragraph.rstrip("\"'”’").endswith((".", ":"))
        and _is_headline(paragraph)
    )


# An editor's note on a new version of the story: "This article was amended on 21 November
# 2026 to correct …", "Correction: This story was updated on Nov. 21, 2026. An earlier
# version …", with the date in its label, "Correction, Nov 19, 2026: An earlier version …",
# or with no date, "An earlier version of this article misstated …".
_CORRECTION_NOTE_RE = re.compile(
    r"^[*_(\[]*(?:(?:correction|clarification|update|editor[’']?s\s+note)"
    r"(?:,?\s+(?P<label_date>[^:;]{0,30}?\d{4}))?\s*[:\-–—]\s*)?"
    r"(?:this\s+(?:article|story|report|piece|post)\s+(?:was|has\s+been)\s+"
    r"(?:amended|updated|corrected|changed|edited|revised|clarified)\s+on\s+"
    r"(?P<date>[^;]{0,30}?\d{4})\b"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece|post)\b)",
    re.IGNORECASE,
)
_CORRECTION_NOTE_MAX = 400


def _read_correction_note(paragraph: str, found: _Found) -> bool:
    """Return True for an editor's note on a corrected or updated version of the story
    (furniture, not news); the day it names is the story's last update, the latest day
    stated winning."""
    if len(paragraph) > _CORRECTION_NOTE_MAX:
        return False
    note = _CORRECTION_NOTE_RE.match(paragraph)
    if note is None:
        return False
    stated = note.group("date") or note.group("label_date")
    day = parse_full_date(stated) if stated else None
    if day is not None and (found.updated is None or day > found.updated):
        found.updated = day
    return True


def _is_masthead_line(line: str) -> bool:
    """Return True for a short capitalised line with no date under a headline ("THE HON.
    JANE DOE MP", "MINISTER FOR TRADE", "TRANSCRIPT", "PRESS CONFERENCE", "CANBERRA")."""
    return (
        len(line) <= _MASTHEAD_MAX
        and line.isupper()
        and not line.startswith("BY ")  # a byline
        and not line.endswith((":", "!", "?"))
        and len(line.split()) <= 8
        and _YEAR_DIGITS_RE.search(line) is None
    )


_ISSUER_MAX_WORDS = 12


def _is_capitals_issuer(line: str) -> bool:
    """Return True for a line in capitals that may name a release's issuer: a masthead
    line, or a longer official name ("MINISTRY OF INDUSTRY AND TRADE OF THE REPUBLIC OF
    RURITANIA": a state's style runs past a masthead's eight words)."""
    return _is_masthead_line(line) or (
        len(line) <= _MASTHEAD_MAX + 30
        and line.isupper()
        and len(line.split()) <= _ISSUER_MAX_WORDS
        and _MINISTRY_LINE_RE.match(_issuer_name(line)) is not None
    )


def _is_issuer_over_headline(line: str, following: list[str], found: _Found) -> bool:
    """Return True for an official body's name as a page's first line ("WTO | 2025 News
    items"; "Embassy of India, Washington D.C." over a headline and a date line), its
    name recorded as the outlet."""
    if len(line) > 90 or len(following) < 2:
        return False
    if _MINISTRY_LINE_RE.match(line) and _issuer_place_over_headline(following):
        # a release's issuer over its seat ("Ministry of Fish" / "Strelsau, Ruritania") and
        # the headline: the place line is furniture too (see _is_issuer_place_line)
        found.masthead_outlet = found.masthead_outlet or _clean_name(line)
        return True
    if _MINISTRY_LINE_RE.match(line) and _dated_under_headline(following):
        # A government's release page: the ministry over the headline, perhaps a deck, then
        # "Posted On: <date> by <office>". The office that posted it, if named, is the
        # outlet; the ministry is the masthead.
        found.masthead_outlet = found.masthead_outlet or _clean_name(line)
        return True
    section = _ISSUER_SECTION_RE.match(line)
    if section is None and (
        _BODY_ISSUER_RE.match(line) is None
        or not (
            # over the headline and its date line, or over a date line and the headline
            (dates_in_date_line(following[1]) and not _YEAR_DIGITS_RE.search(following[0]))
            or (dates_in_date_line(following[0]) and not _YEAR_DIGITS_RE.search(following[1]))
        )
    ):
        return False
    outlet = section.group("outlet") if section else line
    found.source_outlet = found.source_outlet or _clean_name(outlet)
    return True


_MINISTRY_LINE_RE = re.compile(
    r"^(?:Ministry|Department|Office)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’\-]*"
    r"(?:,?\s+(?:[A-Z&][\w&'’\-]*|and|of|the|for)){0,8}$"
)


# A release's seat under its issuer: "Strelsau, Ruritania" (a town, then its country).
_CITY_COUNTRY_LINE_RE = re.compile(
    r"^[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2},\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}$"
)


def _issuer_place_over_headline(following: list[str]) -> bool:
    """Return True when following is a seat's line ("Strelsau, Ruritania") over a headline
    with no year: what a ministry's name over them issued."""
    return (
        len(following) >= 2
        and _CITY_COUNTRY_LINE_RE.match(following[0]) is not None
        and not _YEAR_DIGITS_RE.search(following[1])
        and _is_headline(following[1])
    )


def _is_issuer_place_line(line: str, previous: str | None, found: _Found) -> bool:
    """Return True for the seat's line under a release's issuer read as its masthead
    ("Ministry of Fish" over "Strelsau, Ruritania")."""
    return (
        previous is not None
        and found.masthead_outlet is not None
        and _clean_name(previous) == found.masthead_outlet
        and _CITY_COUNTRY_LINE_RE.match(line) is not None
    )


def _dated_under_headline(following: list[str]) -> bool:
    """Return True when following is a headline with no year, then a date line, or a deck
    and then a date line (a labelled one too: "Posted On: <date> by <office>")."""
    if not following or _YEAR_DIGITS_RE.search(following[0]) or not _is_headline(following[0]):
        return False
    return any(
        dates_in_date_line(line) is not None or _read_labelled_line(line, _Found(title="-"))
        for line in following[1:3]
    )


def _issuer_name(line: str) -> str:
    """Return an issuer's name written in capitals in title case, short words and
    acronyms kept ("FORUM FISHERIES AGENCY OF THE WTO" -> "Forum Fisheries Agency of the WTO")."""
    words = []
    for word in _clean_name(line).split():
        if word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        elif len(word) <= 3:
            words.append(word)
        else:
            words.append(word.capitalize())
    return " ".join(words)


def _read_furniture_line(line: str, found: _Found) -> bool:
    """Return True for a press-release marker or issuer line (its outlet recorded in found)."""
    if len(line) > 120:
        return False
    issuer = _ISSUER_LINE_RE.match(line) or _SECTION_ISSUER_RE.match(line)
    if issuer is not None:
        found.source_outlet = found.source_outlet or _clean_name(issuer.group("outlet"))
        return True
    if _RELEASE_MARKER_RE.match(line) is None:
        return False
    office = _CONTACT_OFFICE_RE.match(line)
    if office is not None:
        found.issuer_outlet = found.issuer_outlet or office.group("issuer")
    return True


# A release's contact line naming the issuer's press office: "Contact: USTR Public & Media
# Affairs (202) 395-3230", "Media contact: Example Ministry Press Office".
_CONTACT_OFFICE_RE = re.compile(
    r"^(?i:(?:press\s+|media\s+)?contacts?\s*:)\s*"
    r"(?P<issuer>[A-Z][\w&.'’\-]*(?:\s+(?:[A-Z][\w&.'’\-]*|of|for|and|the)){0,5}?)\s+"
    r"(?:Public\s*(?:&|and)\s*Media\s+Affairs|Public\s+Affairs|Press\s+Office"
    r"|Media\s+(?:Relations|Office|Affairs|Team)|Communications(?:\s+(?:Office|Unit|Team))?)\b"
)


def _segments(line: str) -> list[str]:
    """Return the parts of a header line split at its separators ("|", "•") and where a
    byline meets a date ("By Jane Doe on September 26, 2018", "Posted on <date> by ...")."""
    segments: list[str] = []
    for part in _SEGMENT_SPLIT_RE.split(line):
        part = part.strip()
        if not part:
            continue
        match = (
            _BYLINE_THEN_DATE_RE.match(part)
            or _DATE_THEN_BYLINE_RE.match(part)
            or _TIME_THEN_BYLINE_RE.match(part)
        )
        segments.extend([match.group(1), match.group(2)] if match else [part])
    return segments


def _outlet_name(part: str) -> bool:
    """Return True when a header segment reads as an outlet's name ("Reuters", "PTI",
    "Hindustan Times")."""
    part = outlet_without_edition(part) or part  # "Example Daily (English edition)"
    words = part.split()
    if not 1 <= len(words) <= 5 or _ROLE_WORDS_RE.search(part):
        return False
    if len(words) == 1 and _ACRONYM_RE.match(part):
        return True
    # "The Example Star": no person's name opens on "The"
    return all(_is_capitalised_word(word) for word in words) and (
        bool(_OUTLET_WORDS_RE.search(part)) or words[0] == "The"
    )


def _author_names(part: str) -> bool:
    """Return True for "Jane Doe" or "Jane Doe and John Roe" standing alone (accents
    allowed: "Émilie Côté")."""
    names = re.split(r"\s*(?:,|\band\b|&)\s*", _without_accents(part))
    return all(_PERSON_NAME_RE.match(name) for name in names if name) and bool(names)


# Letters Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans("ŁłØøĐđĦħıŦŧ", "LlOoDdHhiTt")


def _without_accents(text: str) -> str:
    """Return text with its letters' accents dropped ("Côté" -> "Cote", "Łukasz" ->
    "Lukasz")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MASTHEAD_NAME_MAX_WORDS = 6
# "The Example Daily | English Edition", "Example Radio — The Negotiating Table"
_MASTHEAD_SPLIT_RE = re.compile(r"\s+[|–—]\s+")
_MASTHEAD_EDITION_MAX_WORDS = 4


def _is_recurring_masthead(line: str, following: list[str], text: str, found: _Found) -> bool:
    """Return True for a short name above a longer headline that the text names again
    ("Origin Notes" over the headline, "He writes the Origin Notes newsletter." at the end;
    "The Week in Trade | Analysis", "... covers trade for The Week in Trade."). When the
    name recurs after "for", it is the outlet (recorded in found)."""
    name = line.split(" | ")[0].strip()
    if (
        not following
        # "Example Gazette | World | <date>": a date line that names its paper
        or (_YEAR_DIGITS_RE.search(line) and parse_full_date(line))
        or len(name.split()) > _MASTHEAD_NAME_MAX_WORDS
        or not name[:1].isupper()
        or name.endswith((".", "?", "!", ":", '"', "”"))
        or len(following[0]) < 2 * len(name)
        or len(following[0].split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
    ):
        return False
    again = text.find(name, text.find(following[0]) + len(following[0]))
    if again < 0:
        return False
    if re.search(r"\bfor\s+$", text[max(0, again - 5) : again]):
        found.source_outlet = found.source_outlet or name
    return True


def _is_outlet_masthead(line: str, following: list[str], found: _Found) -> bool:
    """Return True for an outlet's name and its edition or show over the headline ("The
    Example Business Daily | English Edition", "Example Trade Radio — The Negotiating
    Table") when a byline or date line follows the headline; the name is recorded as the
    masthead's outlet."""
    parts = _MASTHEAD_SPLIT_RE.split(line)
    if len(parts) != 2 or len(following) < 2:
        return False
    name, edition = parts
    if (
        not _outlet_name(name)
        or not 1 <= len(edition.split()) <= _MASTHEAD_EDITION_MAX_WORDS
        or not all(word[0].isupper() or word in _SMALL_WORDS for word in edition.split())
        or not edition[-1:].isalpha()
        or not _is_headline(following[0])
        or len(following[0].split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
        or dates_in_date_line(following[0]) is not None
    ):
        return False
    after = following[1]
    if (
        dates_in_date_line(after) is None
        and _byline(after, piped=False) is None
        and not _read_labelled_line(after, _Found(title=following[0]))
    ):
        return False
    found.masthead_outlet = _clean_name(name)
    return True


def _title_case(name: str) -> str:
    """Return a name written in capitals in title case, its small words in lower case but
    the first ("THE EXAMPLE GAZETTE" -> "The Example Gazette")."""
    words = name.split()
    return " ".join(
        word.lower() if index and word.lower() in _SMALL_WORDS else word.capitalize()
        for index, word in enumerate(words)
    )


def _is_masthead_over_account_links(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a site's name over its account links ("Example Letter" over
    "Subscribe" and "Sign in", as a newsletter platform's page starts); the name is
    recorded as the masthead's outlet."""
    words = line.split()
    if (
        not following
        or not _is_boilerplate(following[0])
        or not 1 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS
        or not all(word[0].isupper() or word in _SMALL_WORDS for word in words)
        or not line[-1:].isalnum()
        or _YEAR_DIGITS_RE.search(line)
        or _is_boilerplate(line)
    ):
        return False
    found.masthead_outlet = _clean_name(line)
    return True


def _masthead_name(line: str) -> str | None:
    """Return a short line that reads as a paper's name, title-cased when written in
    capitals ("THE EXAMPLE GAZETTE" -> "The Example Gazette"), else None."""
    if len(line) > _MASTHEAD_MAX or _YEAR_DIGITS_RE.search(line):
        return None
    name = _title_case(line) if line.isupper() else line
    if not _outlet_name(name) or not all(word.strip("&'’.-").isalpha() for word in name.split()):
        return None
    return name


def _is_masthead_over_date_line(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a paper's name over a dated line and then the headline ("THE
    EXAMPLE GAZETTE" or "The Example Post" over "Example Gazette | World | <date>" or
    "World | 13 November 2026"); the name is recorded as the masthead's outlet. A headline
    over its date line has the body under it, not another headline."""
    name = _masthead_name(line)
    if name is None or len(following) < 2:
        return False
    dated, headline = following
    if (
        not _is_headline(headline)
        or len(headline.split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
        or _YEAR_DIGITS_RE.search(headline)
        or _YEAR_DIGITS_RE.search(dated) is None
        or not (
            dates_in_date_line(dated) is not None or _read_labelled_line(dated, _Found(title="-"))
        )
    ):
        return False
    found.masthead_outlet = _clean_name(name)
    return True


def _is_date_or_byline(line: str) -> bool:
    """Return True for a date line or a byline ("Thursday 19 November 2026", "By Jane Doe")."""
    return dates_in_date_line(line) is not None or _byline(line, piped=False) is not None


# A broadcaster's service named by its initials and a word ("XYZ Rural", "XYZ Pacific").
_BROADCASTER_NAME_RE = re.compile(r"^[A-Z]{2,5}(?:\s+[A-Z][a-z]+){1,2}$")


def _broadcaster_name(line: str, following: list[str]) -> str | None:
    """Return a name of initials and a word over the headline, a byline with "By" and a
    date line ("XYZ Rural" over the headline, "By Jane Doe", "Posted Tue 17 Nov 2026"),
    else None: a kicker ("WTO Reform") has no such header under it."""
    if _BROADCASTER_NAME_RE.match(line) is None or len(following) < 3:
        return None
    byline, dated = following[1:3]
    if byline[:3].lower() != "by " or _byline(byline, piped=False) is None:
        return None
    return line if dates_in_date_line(dated) is not None else None


def _is_masthead_over_header(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a paper's name of two words or more over the headline and its
    byline or date line, in either order ("EXAMPLE WEEKLY" over the headline over "By Jane
    Doe", or "Example Weekly" over "Thursday 19 November 2026" and "By Jane Doe" over the
    headline); the name is recorded as the masthead's outlet."""
    name = _masthead_name(line) or _broadcaster_name(line, following)
    if name is None or len(following) < 2 or not 2 <= len(name.split()) <= _MASTHEAD_NAME_MAX_WORDS:
        return False
    # "PAMPA GAZETTE" over "Economy | Trade", the section's label, over the headline
    if _is_section_label(following[0], following[1:]):
        following = following[1:]
    header = 0
    while header < len(following) and _is_date_or_byline(following[header]):
        header += 1
    if header >= len(following) - 1:
        return False
    headline = following[header]
    if (
        not _is_headline(headline)
        or len(headline.split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
        or dates_in_date_line(headline) is not None
        # the headline first: its byline or date line must follow it, or its deck and then
        # the byline or date line, or the body opening on its dateline ("Strelsau, Nov. 21
        # -- …") under a paper's name in capitals
        or (
            header == 0
            and not _is_date_or_byline(following[1])
            and not (len(following) > 2 and _is_date_or_byline(following[2]))
            and not (line.isupper() and opening_dateline(following[1]) is not None)
        )
    ):
        return False
    found.masthead_outlet = _clean_name(name)
    return True


_KICKER_MAX_WORDS = 4


def _is_kicker_over_headline(line: str, following: list[str]) -> bool:
    """Return True for a kicker of two to four words in capitals over the headline and its
    byline or date line ("WTO ACCESSION" over the headline, perhaps its deck, then "By Jane
    Doe"): words naming the story's subject, where a paper's name is read as a masthead."""
    if (
        not _is_masthead_line(line)
        # one word in capitals ("UPDATE") is left as it was: a label or a version tag
        or not 2 <= len(line.split()) <= _KICKER_MAX_WORDS
        or len(following) < 2
        or following[0].isupper()
        or not _is_headline(following[0])
        or len(following[0].split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
    ):
        return False
    return any(_is_date_or_byline(after) for after in following[1:3])


def _names_masthead(outlet: str, found: _Found) -> bool:
    """Return True when outlet is the masthead's name, perhaps without its "The"."""
    if found.masthead_outlet is None:
        return False
    return _same_name(outlet, found.masthead_outlet)


def _same_name(left: str, right: str) -> bool:
    """Return True for two spellings of one name, "The" and case aside."""

    def words(name: str) -> list[str]:
        folded = name.casefold().split()
        return folded[1:] if folded[:1] == ["the"] else folded

    return words(left) == words(right)


# A story's genre after its headline ("… | Analysis"), not a paper's desk after its name.
_GENRE_LABEL_RE = re.compile(
    r"\b(?:opinion|analysis|comment|explainer|interview|features?|exclusive|insight|factbox"
    r"|spotlight|special|opinión|opinião|análisis|análise|analyse|entrevista|entretien)\b",
    re.IGNORECASE,
)
_MASTHEAD_SECTION_SPLIT_RE = re.compile(r"\s+[|/]\s+")


def _is_masthead_and_section(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a paper's name and its section in capitals over the headline, either
    way round ("EXAMPLE GAZETTE | ECONOMY", "BUSINESS | EXAMPLE GAZETTE", "EL EJEMPLO |
    ECONOMÍA"); the name, of two words or more, is recorded as the masthead's outlet."""
    if len(line) > _MASTHEAD_MAX or not line.isupper() or not following:
        return False
    parts = _MASTHEAD_SECTION_SPLIT_RE.split(line.strip())
    if len(parts) != 2:
        return False
    sections = [
        all(word.lower() in _SECTION_WORDS for word in _SECTION_SEPARATOR_RE.split(part) if word)
        for part in parts
    ]
    if sections.count(True) != 1:
        return False
    section, name = parts[sections.index(True)], parts[sections.index(True) ^ 1]
    if _GENRE_LABEL_RE.search(section):
        return False  # "TARIFFS RISE AGAIN | ANALYSIS": a story's headline and its genre
    words = name.split()
    if (
        not 2 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS
        or not all(word.strip("&'’.-").isalpha() for word in words)
        or not _is_headline(following[0])
        or len(following[0].split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
        or dates_in_date_line(following[0]) is not None
    ):
        return False
    cased = _title_case(name).split()
    found.masthead_outlet = found.masthead_outlet or " ".join(
        cased[:1] + [w.lower() if w.lower() in _NAME_PARTICLES else w for w in cased[1:]]
    )
    return True


# A translation's note after an edition's name: "(translated from French)".
_TRANSLATED_FROM_RE = re.compile(r"\s*\((?i:translated\s+from\s+)[A-Z][a-z]+\)$")


def _read_edition_line(line: str, found: _Found) -> bool:
    """Return True for a paper's name with its English edition on a line of its own under
    the headline ("Example Quotidien — English edition (translated from French)"); the name
    is recorded as the masthead's outlet."""
    if len(line) > _MASTHEAD_MAX + 30:
        return False
    edition = _TRANSLATED_FROM_RE.sub("", line)
    name = outlet_without_edition(edition) or edition
    words = name.split()
    if (
        name == edition
        or not 1 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS
        or not all(word[0].isupper() or word in _NAME_PARTICLES for word in words)
        or not all(word.strip("&'’.-").isalpha() for word in words)
    ):
        return False
    found.masthead_outlet = found.masthead_outlet or _clean_name(name)
    return True


def _is_edition_masthead(line: str, following: list[str], found: _Found) -> bool:
    """Return True for an outlet's name with its English edition over the headline
    ("Example Daily English Edition", "Example Agency (English)"); the name is recorded as
    the masthead's outlet."""
    if len(line) > _MASTHEAD_MAX or "nglish" not in line or not following:
        return False
    name = outlet_without_edition(line) or line
    words = name.split()
    if (
        name == line
        or not 1 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS
        or not all(word[0].isupper() or word in _SMALL_WORDS for word in words)
        or not _is_headline(following[0])
        or dates_in_date_line(following[0]) is not None
    ):
        return False
    found.masthead_outlet = found.masthead_outlet or _clean_name(name)
    return True


# A blog post's header: "Posted by Jane Doe | 14 October 2025", "Posted on <date> by ...".
_POSTED_RE = re.compile(r"^Posted\s+(?:by|on)\b", re.IGNORECASE)
_BLOG_TAGLINES_MAX = 1  # lines between a blog's name and the post's headline


def _blog_headline_index(lines: list[str]) -> int | None:
    """Return where a blog post's headline is when the blog's name (and perhaps its
    tagline) stands above it and a "Posted by/on" line under it ("Trade Law Notes" /
    headline / "Posted by Jane Doe | 14 October 2025"), else None. A short title-case line
    over a longer one is no blog's name by itself: it may be a headline over its deck."""
    for index in range(2, min(len(lines), 3 + _BLOG_TAGLINES_MAX)):
        line = lines[index]
        if _POSTED_RE.match(line) is None:
            continue
        if not (
            _read_labelled_line(line, _Found(title="-"))
            or dates_in_date_line(line) is not None
            or _byline(line, piped=False) is not None
        ):
            return None
        name, headline = lines[0], lines[index - 1]
        if (
            len(name.split()) > _MASTHEAD_NAME_MAX_WORDS
            or not all(word[0].isupper() or word in _SMALL_WORDS for word in name.split())
            or not name[-1:].isalnum()
            or len(headline) <= len(name)
            or not _is_headline(headline)
            or dates_in_date_line(name) is not None
        ):
            return None
        return index - 1
    return None


def _is_section_label(line: str, following: list[str]) -> bool:
    """Return True for a section label, a breadcrumb or a kicker above a longer headline
    ("Economy" then the headline; "BUSINESS / ECONOMY" over "EXCLUSIVE" over it)."""
    if len(line) > _SECTION_LABEL_MAX or _SECTION_LABEL_RE.match(line) is None:
        return False
    if not all(
        word.lower() in _SECTION_WORDS for word in _SECTION_SEPARATOR_RE.split(line) if word
    ):
        return False
    if len(following) > 1 and _is_section_label(following[0], following[1:]):
        return True  # the section's name over a kicker
    return bool(following) and (
        _is_headline(following[0])
        and len(following[0].split()) >= _HEADLINE_AFTER_LABEL_MIN_WORDS
        and dates_in_date_line(following[0]) is None
    )


# A paper's wordmark in lower case, as a pasted page keeps it: "examplegazette.".
_WORDMARK_RE = re.compile(r"^[a-z][a-z\d]{2,24}(?:\.[a-z]{2,3})?\.?$")


def _is_wordmark_over_section(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a lower-case wordmark alone on the first line over a section label
    and the headline ("examplegazette." over "ECONOMY"); the name is recorded as the
    masthead's outlet."""
    if _WORDMARK_RE.match(line) is None or len(following) < 2:
        return False
    if not _is_section_label(following[0], following[1:]):
        return False
    found.masthead_outlet = line.rstrip(".")
    return True


# A pasted page's crumb trail: "News > World > Trade", "Home › World". The arrows
# (not "|" or "/", which a headline may hold) mark it; its first crumb is a section's name.
_CRUMB_SPLIT_RE = re.compile(r"\s*[›>»]\s*")
_CRUMB_RE = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w&'’\-]*(?:\s+[\w&'’\-]+){0,2}$")
_CRUMBS_MAX = 5
_CRUMB_ARROW_RE = re.compile(r"\s[›>»]\s")


def _is_crumb_trail(line: str) -> bool:
    """Return True for a crumb trail of two to five short crumbs joined by arrows whose
    first crumb is a section's name ("News > World > Trade")."""
    if len(line) > _MASTHEAD_MAX or _CRUMB_ARROW_RE.search(line) is None:
        return False
    crumbs = _CRUMB_SPLIT_RE.split(line.strip())
    return (
        2 <= len(crumbs) <= _CRUMBS_MAX
        and all(_CRUMB_RE.match(crumb) for crumb in crumbs)
        and crumbs[0].lower() in _SECTION_WORDS
    )


def _is_masthead_over_crumbs(line: str, following: list[str], found: _Found) -> bool:
    """Return True for a paper's name over a crumb trail and the headline ("Example Echo"
    over "News > Business" over the headline), as a regional paper's page pastes; the name,
    which needs no paper's word ("Echo", "Sentinel"), is recorded as the masthead's outlet."""
    if len(following) < 2 or not _is_crumb_trail(following[0]) or _is_crumb_trail(line):
        return False
    words = line.split()
    if (
        len(line) > _MASTHEAD_MAX
        or not 1 <= len(words) <= _MASTHEAD_NAME_MAX_WORDS
        or not all(word[0].isupper() or word in _NAME_PARTICLES for word in words)
        or not all(word.strip("&'’.-").isalpha() for word in words)
        or not _is_headline(following[1])
        or len(following[1].split()) < _HEADLINE_AFTER_LABEL_MIN_WORDS
    ):
        return False
    found.masthead_outlet = found.masthead_outlet or _clean_name(line)
    return True


def _read_labelled_line(line: str, found: _Found, *, is_first: bool = False) -> bool:
    """Return True for a header line of dates, bylines, "Label: value" fields and outlet
    names split by separators (recorded in found)."""
    parts = _segments(line)
    if len(parts) < 2 or len(line) > 200:
        return False
    kinds: list[tuple[str, object]] = []
    for index, part in enumerate(parts):
        field = _LABELLED_FIELD_RE.match(part)
        day = dates_in_date_line(part) if field is None else None
        byline = _byline(part, piped=False) if field is None and day is None else None
        if field is not None:
            kinds.append(("field", field))
        elif _RELEASE_SECTION_RE.match(part):
            kinds.append(("section", None))
        elif day is not None:
            kinds.append(("date", day))
        elif byline is not None:
            kinds.append(("byline", byline))
        elif _is_section_name(part):
            kinds.append(("section", None))  # "World Business | <date>": the page's section
        elif _outlet_name(part):
            kinds.append(("outlet", _clean_name(part)))
        elif _author_names(part):
            kinds.append(("names", _clean_name(part)))
        elif _TIME_ONLY_RE.match(part):
            kinds.append(("time", None))
        elif (
            kinds
            and kinds[-1][0] == "outlet"
            and index + 1 < len(parts)
            and _SECTION_SEGMENT_RE.match(part)
            and dates_in_date_line(parts[index + 1]) is not None
        ):
            kinds.append(("section", None))  # "The Example Star | Nation | <date>"
        elif kinds and kinds[-1][0] in ("date", "time") and _SECTION_SEGMENT_RE.match(part):
            kinds.append(("section", None))  # "Jun 9, 2023 - 10:42 | World, All"
        elif kinds and kinds[-1][0] == "date" and part is parts[-1] and _TAGS_RE.match(part):
            kinds.append(("section", None))  # a blog's "| WTO dispute settlement, EU-Japan"
        elif (
            kinds
            and kinds[-1][0] in ("date", "byline")
            and part is parts[-1]
            and (label := _TAGS_LABEL_RE.match(part)) is not None
            and _TAGS_RE.match(part[label.end() :])
        ):
            kinds.append(("section", None))  # "… by Jane Doe | Filed under: Trade, Asia"
        elif (
            kinds
            and kinds[-1][0] == "byline"
            and part[:1].isupper()
            and len(part.split()) <= _ROLE_SEGMENT_MAX_WORDS
            and _ROLE_WORDS_RE.search(part)
        ):
            kinds.append(("role", None))  # "By Jane Doe - Reporter - Example Agency"
        elif (
            kinds
            and kinds[-1][0] in ("outlet", "byline", "role")
            and part is parts[-1]
            and _PLACE_LINE_RE.match(part)
        ):
            kinds.append(("place", None))  # "... - Example Agency - Brasília"
        elif (
            index == 0
            and len(parts) >= 3
            and _is_capitalised_name(part)
            and not _is_place(part)
            and _is_section_name(parts[1])
            and dates_in_date_line(parts[2]) is not None
        ):
            kinds.append(("outlet", _clean_name(part)))  # "Example Week UK | News | <date>"
        else:
            return False
    found_kinds = {kind for kind, _ in kinds}
    # "Jane Doe | Bloomberg" is a byline; "Trade war heats up | Reuters" may be a headline
    if not found_kinds & {"field", "date", "byline"} and (
        is_first or not {"names", "outlet"} <= found_kinds
    ):
        return False
    for kind, value in kinds:
        if kind == "byline":
            found.author = found.author or value[0]
            found.byline_outlet = found.byline_outlet or value[1]
        elif kind == "names":
            found.author = found.author or value
        elif kind == "outlet":
            # the masthead's fuller spelling ("The Example Gazette" over "Example Gazette |")
            name = found.masthead_outlet if _names_masthead(value, found) else value
            found.byline_outlet = found.byline_outlet or name
        elif kind == "date" and value is not None:
            if value[0] and found.published is None:
                found.published, found.published_how = value[0], PublishedHow.STATED
            found.updated = found.updated or value[1]
        elif kind == "field":
            _read_field(value, found)
    return True


def _is_outlet_date_line(line: str, found: _Found) -> bool:
    """Return True for a page's header line over the headline that opens on the outlet's
    name and holds the date ("The Example Star | Nation | Thursday, 20 Nov 2026"), read
    into found."""
    parts = _segments(line)
    return (
        len(parts) >= 2
        and _outlet_name(parts[0])
        and any(dates_in_date_line(part) is not None for part in parts[1:])
        and _read_labelled_line(line, found, is_first=True)
    )


def is_section_name(part: str) -> bool:
    """Return True for a site's section named in section words only, "&" or "and" between
    them ("Economy", "Trade & Markets", "World Business")."""
    words = [word for word in part.split() if word.lower() not in ("&", "and")]
    return 0 < len(words) <= 3 and all(word.lower() in _SECTION_WORDS for word in words)


def _is_capitalised_name(part: str) -> bool:
    """Return True for a name of one to five capitalised words ("Example Week UK"), small
    words and particles in lower case allowed."""
    words = part.split()
    return 0 < len(words) <= 5 and all(
        word.strip("&'’.-").isalpha() and _is_capitalised_word(word) for word in words
    )


def _is_capitalised_word(word: str) -> bool:
    """Return True for a word of a name: capitalised, or a small word or particle that a
    name keeps in lower case ("of", "do", "della")."""
    return word[0].isupper() or word.lower() in _SMALL_WORDS or word in _NAME_PARTICLES


def _is_section_name(part: str) -> bool:
    """Return True for a segment of section words only ("World", "World Business")."""
    words = part.split()
    return 0 < len(words) <= 3 and all(word.lower() in _SECTION_WORDS for word in words)


def _read_field(field: re.Match[str], found: _Found) -> None:
    """Record one "Label: value" field of a header line in found."""
    label, value = field.group("label").lower(), _clean_name(field.group("value"))
    if label == "source":
        found.source_outlet = found.source_outlet or value
    elif label in ("author", "by", "writer", "reporter"):
        found.author = found.author or value
    elif label in ("published", "posted", "date", "updated"):
        day = dates_in_date_line(value)
        if day is not None and day[0]:
            if label == "updated":
                found.updated = found.updated or day[0]
            elif found.published is None:
                found.published, found.published_how = day[0], PublishedHow.STATED


def _read_header_line(
    line: str, found: _Found, is_first: bool, *, lines_follow: bool = False
) -> bool:
    """Return True when the line is a title, date line or byline (recorded in found)."""
    if _read_labelled_line(line, found, is_first=is_first):
        return True
    dates = dates_in_date_line(line)
    if dates is not None:
        published, updated = dates
        if published and found.published is None:
            found.published, found.published_how = published, PublishedHow.STATED
        if updated and found.updated is None:
            found.updated = updated
        return True
    # "By ..." before the headline test (a byline has no final period either); a piped
    # "Name | Outlet" only after it, because headlines use pipes too.
    byline = _byline(line, piped=False)
    if (
        byline is None
        and is_first
        and found.title is None
        and _is_headline(line, two_sentences=lines_follow)
    ):
        found.title = line
        return True
    if byline is None and not is_first:
        byline = _byline(line, piped=True)
    if byline is not None:
        by = line[:3].lower() == "by "
        if found.by_author and by and byline[0]:
            # "By Jane Doe" over "By John Roe in Brussels": two bylines, one story
            found.author = _with_coauthor(found.author or "", byline[0])
        found.author = found.author or byline[0]
        found.by_author = found.by_author or (by and found.author == byline[0])
        found.byline_outlet = found.byline_outlet or byline[1]
        return True
    return False


_COAUTHOR_SPLIT_RE = re.compile(r",\s+|\s+and\s+")


def _with_coauthor(authors: str, name: str) -> str:
    """Return `authors` with `name` added as the last of them ("Jane Doe" and "John Roe"
    -> "Jane Doe and John Roe"; "A, B" and "C" -> "A, B and C"), unchanged when listed."""
    names = _COAUTHOR_SPLIT_RE.split(authors)
    if name in names:
        return authors
    return f"{', '.join(names)} and {name}"


def _byline_neighbours(lines: list[str], head: int) -> list[str]:
    """Return the lines around lines[head] where a bare byline's date line may be: the
    ones before and after, and the one after a place alone on its line ("Ottawa")."""
    neighbours = lines[max(head - 1, 0) : head + 2 : 2]
    if head + 2 < len(lines) and _PLACE_LINE_RE.match(lines[head + 1]):
        neighbours.append(lines[head + 2])
    return neighbours


def _read_provider_line(line: str, previous: str | None, found: _Found) -> bool:
    """Return True for a newswire's "News provided by" line, or the issuer's name on the
    line after it (recorded as the source outlet)."""
    if len(line) > 100:
        return False
    provided = _PROVIDED_BY_RE.match(line)
    if provided is not None:
        if provided.group("outlet"):
            found.source_outlet = found.source_outlet or _clean_name(provided.group("outlet"))
        return True
    if previous is None or found.source_outlet is not None:
        return False
    after_label = _PROVIDED_BY_RE.match(previous)
    if after_label is None or after_label.group("outlet") or not line[:1].isupper():
        return False
    found.source_outlet = _clean_name(line)
    return True


def _read_agency_line(line: str, neighbours: list[str], found: _Found) -> bool:
    """Return True for an agency's or outlet's name alone on the line before or after the
    date line ("PTI" between headline and date), recorded as the byline's outlet."""
    if found.title is None or found.byline_outlet is not None or len(line) > 40:
        return False
    words = line.split()
    if len(words) > 4 or not _outlet_name(line):
        return False
    if all(word.lower() in _SECTION_WORDS for word in words):
        return False  # "WORLD TRADE" above the date line is a section's name
    if not any(dates_in_date_line(other) is not None for other in neighbours):
        return False
    found.byline_outlet = _clean_name(line)
    return True


def _read_bare_byline(line: str, neighbours: list[str], found: _Found) -> bool:
    """Return True for "Jane Doe" or "Jane Doe, Example Press" next to a date line."""
    if found.title is None or found.author is not None or len(line) > 80:
        return False
    if not any(dates_in_date_line(other) is not None for other in neighbours):
        return False
    line = _WITH_AGENCIES_RE.sub("", _EMAIL_RE.sub("", line))  # "Jane Doe with Reuters, AFP"
    line = _HANDLE_RE.sub("", line)  # "Jane Doe @janedoe"
    name, _, outlet = (part.strip() for part in line.partition(","))
    if (
        not outlet
        and (capitals := _CAPITAL_NAMES_RE.match(line))
        # "T. S. Doe": initials, not names in capitals
        and any(len(word.rstrip(".")) > 1 for word in capitals.group(1).split())
    ):
        # "JANE DOE Example staff writer": the names in capitals, then her outlet or role
        name, outlet = capitals.group(1), line[capitals.end() :]
    if name.isupper():
        # "JANE DOE" (or "JANE DOE, Example staff writer") above its date line; not a label
        # in capitals ("WORLD TRADE")
        capitals = line if line.isupper() else name
        if any(word.lower() in _SECTION_WORDS for word in capitals.split()):
            return False
        name, outlet = name.title(), outlet.title() if line.isupper() else outlet
    staff = _OUTLET_STAFF_RE.match(outlet)
    if staff is not None:
        outlet = staff.group("outlet")  # "Jane Doe, Example staff writer"
    elif outlet and _ROLE_WORDS_RE.search(outlet) and not _OUTLET_WORDS_RE.search(outlet):
        outlet = ""  # "Jane Doe, Trade Correspondent": her role, not an outlet
    elif outlet and _is_place(outlet):
        outlet = ""  # "Jane Doe, Brussels": where she wrote from
    name = _BYLINE_PLACE_RE.sub("", name)  # "Jane Doe in Brussels"
    if not outlet:
        name = _without_desk_role(name)  # "Jane Doe Business reporter"
    words = name.split()
    if words and words[0].lower().rstrip(":") in _BYLINE_LABELS:
        words = words[1:]
        name = " ".join(words)
    # two to four capitalised words, accents allowed ("Émilie Doe"), initials before the
    # last ("Jane R. Doe", "T. S. Doe")
    if not 2 <= len(words) <= 4 or not all(
        word[0].isupper()
        and (
            (word[1:].replace("-", "").replace("'", "").isalpha() and not word[1:].isupper())
            or (word[1:] == "." and index < len(words) - 1)
        )
        for index, word in enumerate(words)
    ):
        return False
    if outlet and staff is None and not _OUTLET_WORDS_RE.search(outlet):
        return False
    if _OUTLET_WORDS_RE.search(name):
        return False
    if not outlet and _GOVERNMENT_BODY_RE.search(name):
        # "Global Affairs Canada" alone by the date line: the department that issued it
        found.masthead_outlet = found.masthead_outlet or name
        return True
    found.author = name
    found.byline_outlet = found.byline_outlet or outlet or None
    return True


# A reporter's post after her name with no comma, as a regional paper's page prints it
# ("Jane Doe Business reporter", "John Roe Senior Local Democracy Reporter"): the role's
# word, and before it the words of her desk.
_DESK_ROLES = lexicon("reporter correspondent editor writer journalist")
_DESK_WORDS = _SECTION_WORDS | lexicon(
    """
    senior chief deputy junior trainee acting assistant political farming rural health
    education crime court courts council democracy data digital consumer property
    community investigations investigative sport sports video multimedia general
    """
)
_DESK_WORDS_MAX = 3


def _without_desk_role(name: str) -> str:
    """Return a byline's name without her desk and role after it ("Jane Doe Business
    reporter" -> "Jane Doe"); the name unchanged when no role word closes it."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _DESK_ROLES:
        return name
    end = len(words) - 1
    desk = 0
    while end > 2 and desk < _DESK_WORDS_MAX and words[end - 1].lower() in _DESK_WORDS:
        end, desk = end - 1, desk + 1
    return " ".join(words[:end])


# The words of a government body's name, which no person's name holds ("Global Affairs
# Canada", "Department of Trade", "Irish Presidency", "Trade Ministry").
_GOVERNMENT_BODY_RE = re.compile(
    r"\b(?:Affairs|Ministry|Department|Office|Presidency|Council|Commission|Secretariat"
    r"|Agency|Government|Embassy|Committee|Authority|Directorate|Bureau|Cabinet)\b"
)


_CAPITALS_NAME_WORDS = (2, 3)  # the fewest and most words of a name alone in capitals


def _read_capitals_name_under_headline(
    line: str, previous: str, following: list[str], found: _Found
) -> bool:
    """Return True for a person's name in capitals alone on the line under the headline
    ("JANE DOE"), recorded as the author; not a section, place or outlet in capitals, nor
    a transcript's masthead, whose next line is in capitals too ("MINISTER FOR TRADE")."""
    words = line.split()
    if (
        found.author is not None
        or not _CAPITALS_NAME_WORDS[0] <= len(words) <= _CAPITALS_NAME_WORDS[1]
        or not line.isupper()
        or not _same_text(previous, found.title or "")
        or (following and following[0].isupper())
        or any(word.lower() in _SECTION_WORDS or word.lower() in _SMALL_WORDS for word in words)
    ):
        return False
    name = line.title()
    if (
        not _PERSON_NAME_RE.match(name)
        or _OUTLET_WORDS_RE.search(name)
        or _ROLE_WORDS_RE.search(name)
        or _is_place(name)
    ):
        return False
    found.author = name
    return True


def _read_outlet_after_byline(line: str, previous: str | None, found: _Found) -> bool:
    """Return True for an outlet's name alone on the line after the byline ("By Jane Doe"
    then "The Straits Times"), recorded as the byline's outlet."""
    if (
        previous is None
        or found.author is None
        or found.byline_outlet is not None
        or found.author.split()[0] not in previous
        or len(line) > 60
    ):
        return False
    words = line.split()
    if not 1 <= len(words) <= 5 or not _OUTLET_WORDS_RE.search(line):
        return False
    if _ROLE_WORDS_RE.search(line) or not all(
        word[0].isupper() or word.lower() in _SMALL_WORDS for word in words
    ):
        return False
    if not all(word.strip("&'’.-").isalpha() for word in words):
        return False
    found.byline_outlet = line
    return True


def _read_issuer_under_date_line(line: str, previous: str | None, found: _Found) -> bool:
    """Return True for a ministry's name under a release's date line ("Date: 2026.11.12",
    then "Ministry of Trade and Industry"), its outlet, and for its office's name under it
    ("Office of Trade Negotiations, Negotiations Division II")."""
    if (
        previous is None
        or found.title is None
        or len(line) > _MASTHEAD_MAX
        or _MINISTRY_LINE_RE.match(line) is None
    ):
        return False
    if _MINISTRY_LINE_RE.match(previous) is not None:
        return found.masthead_outlet is not None  # the office under the ministry
    if dates_in_date_line(previous) is None:
        return False
    found.masthead_outlet = found.masthead_outlet or line
    return True


def _read_outlet_over_date_line(line: str, following: list[str], found: _Found) -> bool:
    """Return True for an outlet's name alone between the headline and a dated line or a
    byline ("Pacific Waves Radio" over "Thursday 5 March 2026 | By Jane Doe", "The Example
    Ledger" over "By Jane Doe, Business Editor"), recorded as the byline's outlet."""
    if (
        found.title is None
        or found.byline_outlet is not None
        or not following
        or len(line) > 60
        or line.isupper()  # "WORLD NEWS": a section's label
        or (
            _YEAR_DIGITS_RE.search(following[0]) is None
            and _byline(following[0], piped=False) is None
            and _byline(following[0], piped=True) is None
        )
        or not all(word.strip("&'’.-").isalpha() for word in line.split())
        or not _outlet_name(line)
    ):
        return False
    found.byline_outlet = line
    return True


def _read_issuer_over_date_line(line: str, following: list[str], found: _Found) -> bool:
    """Return True for an official body's name alone between a transcript's or release's
    headline and its date line ("Ministry of Fish, Forests and Trade" over "Monday, 23
    November 2026"; "Ruritanian Presidency of the Council of the Example Union"), recorded
    as its masthead: the body that issued it."""
    if (
        found.title is None
        or found.masthead_outlet is not None
        or not following
        or len(line) > 90
        or not (_MINISTRY_LINE_RE.match(line) or _PRESIDENCY_LINE_RE.match(line))
        or dates_in_date_line(following[0]) is None
    ):
        return False
    found.masthead_outlet = _clean_name(line)
    return True


# A state's turn at the chair of a council: "Ruritanian Presidency of the Council of …".
_PRESIDENCY_LINE_RE = re.compile(
    r"^(?:[A-Z][\w'’\-]*\s+)?Presidency\s+of\s+the\s+[A-Z][\w'’\-]*"
    r"(?:\s+(?:[A-Z][\w'’\-]*|of|the|and)){0,8}$"
)


def _is_deck(line: str, following: list[str], found: _Found, *, body_follows: bool) -> bool:
    """Return True for a subheadline or a standfirst (one or two sentences) between the
    title and a date line or byline."""
    if found.title is None:
        return False
    if not _is_headline(line) and (
        # a standfirst comes before the byline and date line, never after them, and the
        # body comes after them (a paragraph before a closing date line is the body)
        not body_follows
        or found.author is not None
        or found.published is not None
        or len(line) > _STANDFIRST_MAX
        or _DATELINE_RE.match(line)
    ):
        return False
    for index, after in enumerate(following):
        if (
            dates_in_date_line(after) is not None
            # a release's first paragraph, opening with its dated dateline
            or (index == 0 and dateline_date(after) is not None)
            or _byline(after, piped=False) is not None
            or _byline(after, piped=True) is not None
            # "Jane Doe · Example News · Posted: <date>": read into a scratch record
            or _read_labelled_line(after, _Found(title=found.title))
        ):
            return True
        if index and not _is_headline(after):
            return False  # past the line after, only more summary points may come
    return False


# An agency's closing credits, one a line: "Reporter: Jane Doe, John Roe", "Editor: Ann
# Poe", "Translator: …". The reporters are the story's authors; the rest are staff.
_STAFF_CREDIT_RE = re.compile(
    r"^(?P<label>reporters?|writers?|editors?|translators?|photographers?|producers?)\s*:\s*"
    r"(?P<names>[^:]{3,120})$",
    re.IGNORECASE,
)


def _names_listed(names: str) -> str:
    """Return names as a byline lists them ("Jane Doe, John Roe" -> "Jane Doe and John Roe")."""
    parts = [part.strip() for part in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*", names) if part]
    return " and ".join(parts) if len(parts) <= 2 else f"{', '.join(parts[:-1])} and {parts[-1]}"


def _read_footer_line(line: str, found: _Found) -> bool:
    """Return True when the line is a source, credit or copyright line (recorded in found)."""
    match = (
        _SOURCE_LINE_RE.match(line)
        or _NEWSWIRE_SOURCE_RE.match(line)
        or _PRESS_OFFICE_OF_RE.match(line)
    )
    if match:
        found.source_outlet = found.source_outlet or _clean_name(match.group("outlet"))
        return True
    match = _CREDIT_LINE_RE.match(line)
    if match and not _FOOTER_FURNITURE_RE.match(line):  # "(END)" is a wire's end mark
        found.credit_outlet = found.credit_outlet or _clean_name(
            match.group("dash") or match.group("paren")
        )
        return True
    if _CREDIT_DETAIL_RE.match(line):
        reporters = _REPORTING_BY_RE.search(line)
        if reporters is not None and found.reporting_author is None:
            names = _REPORTER_PLACE_RE.sub("", reporters.group("names")).strip(" .")
            found.reporting_author = names if _author_names(names) else None
        return True
    match = _STAFF_CREDIT_RE.match(line)
    if match and _author_names(match.group("names")):
        if match.group("label").lower().startswith(("report", "writ")):
            found.reporting_author = found.reporting_author or _names_listed(match.group("names"))
        return True
    match = _WIRE_SLUG_RE.match(line)
    if match:
        found.credit_outlet = found.credit_outlet or match.group("agency")
        return True
    match = _COPYRIGHT_RE.match(line)
    if match and not re.match(r"^all rights", match.group("outlet"), re.IGNORECASE):
        found.copyright_outlet = found.copyright_outlet or _LEGAL_FORM_RE.sub(
            "", _clean_name(match.group("outlet"))
        )
        return True
    return False


# A press release's end mark: "-ENDS-", "— ENDS —", "ENDS", "###", "-30-".
_END_MARK_RE = re.compile(r"^[-–—(\s]*(?:ends?|#{3,}|-\s*30\s*-)[-–—)\s]*$", re.IGNORECASE)
# Headings of a release's appendix: "About Example Ltd", "Media contact", and "Notes to
# editors" (which a government's release may use for facts of the story, unless it
# follows the end mark).
_APPENDIX_HEADING_RE = re.compile(
    r"^(?:About\s+(?:the\s+)?(?P<issuer>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z][\w&'’.\-]*|of|and|for"
    r"|the|&|de|du|des))*)|(?i:(?P<notes>notes?\s+to\s+editors?)|(?:media|press)\s+"
    r"(?:contacts?|enquiries|inquiries)"
    # "Contact for journalists", "Contacts for the media"
    r"|contacts?\s+for\s+(?:the\s+)?(?:media|press|journalists|editors|reporters)"
    # "For further information, please contact:" over the contact's name and numbers
    r"|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact))\s*:?$"
)
_APPENDIX_LINES_MAX = 25  # an appendix is read in the last lines only
_APPENDIX_LINE_MAX = 80
_NO_ISSUER = frozenset({"us", "author", "authors", "this site", "this report"})


def _release_appendix(lines: list[str], head: int) -> int | None:
    """Return the index of the line where a press release's appendix begins, or None when
    it has none: its end mark when an appendix heading follows, else an "About …" or
    contact heading among the last lines."""
    end_mark = None
    for index in range(max(head + 2, len(lines) - _APPENDIX_LINES_MAX), len(lines)):
        line = lines[index]
        if len(line) > _APPENDIX_LINE_MAX:
            continue
        if end_mark is None and _END_MARK_RE.match(line):
            end_mark = index
            continue
        heading = _APPENDIX_HEADING_RE.match(line)
        if heading and (end_mark is not None or not heading.group("notes")):
            return index if end_mark is None else end_mark
    return None


# Readers' comments under a story: a heading with a count or naming readers ("Comments
# (3)", "12 comments", "Reader comments", "One thought on “…”"), or a bare one ("Comments",
# "Join the conversation") over a commenter's stamp ("Jane D. · 2 hours ago", "John
# says:"). What follows is no part of the story: its names, dates and quotes are not news.
_COMMENTS_HEADING_RE = re.compile(
    r"^(?:(?P<counted>(?:\d+|one)\s+(?:comments?|responses?|replies|thoughts?)"
    r"(?:\s+(?:on|to)\s+.{1,200})?|comments?\s*\(\d+\)|readers?[’']?\s+comments?)"
    r"|comments?|(?:show|view|read|see)\s+(?:all\s+)?comments?|(?:leave|post|add)\s+a\s+"
    r"(?:comment|reply)|join\s+the\s+(?:conversation|discussion))\s*:?$",
    re.IGNORECASE,
)
_COMMENT_STAMP_RE = re.compile(
    r"\b(?:\d+\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago"
    r"|(?:an?|one)\s+(?:minute|hour|day|week|month)\s+ago|says\s*:)\s*$",
    re.IGNORECASE,
)
_COMMENT_STAMP_MAX = 80
_COMMENT_HEADING_MAX = 240


def _comments_start(lines: list[str], head: int) -> int | None:
    """Return the index of the heading over readers' comments after the story's text
    (two body lines at least above it), or None."""
    for index in range(head + 2, len(lines) - 1):
        line = lines[index]
        if (
            not (  # substring gates first: no call for most lines
                "omment" in line
                or "OMMENT" in line
                or "hought" in line
                or "onversation" in line
                or "iscussion" in line
                or "esponse" in line
                or "epl" in line
            )
            or len(line) > _COMMENT_HEADING_MAX
        ):
            continue
        heading = _COMMENTS_HEADING_RE.match(line)
        if heading is None:
            continue
        if heading.group("counted") or any(
            len(below) <= _COMMENT_STAMP_MAX and _COMMENT_STAMP_RE.search(below)
            for below in lines[index + 1 : index + 3]
        ):
            return index
    return None


def _related_links_start(lines: list[str], head: int) -> int | None:
    """Return the index where a page's closing links to other stories begin ("More like
    this" over their headlines, perhaps under a bare "Comments" heading), or None."""
    start = max(head + 2, len(lines) - _RELATED_LINKS_MAX - 2)
    # one search over the last lines rules out nearly every page at once
    labels = list(_RELATED_LABEL_LINE_RE.finditer("\n".join(lines[start:-1])))
    if not labels:
        return None
    index = start + labels[-1].string.count("\n", 0, labels[-1].start())
    if not all(_is_link_headline(line) for line in lines[index + 1 :]):
        return None
    if index - 1 > head and _COMMENTS_HEADING_RE.match(lines[index - 1]):
        index -= 1  # "COMMENTS" over the links: the page's, with no comment shown
    return index


def _read_about_line(line: str, found: _Found) -> bool:
    """Return True for an appendix's "About Example Ltd" heading (the issuer, recorded)."""
    match = _APPENDIX_HEADING_RE.match(line) if len(line) <= _APPENDIX_LINE_MAX else None
    issuer = match.group("issuer") if match else None
    if not issuer or issuer.casefold() in _NO_ISSUER:
        return False
    found.issuer_outlet = found.issuer_outlet or _clean_name(issuer)
    return True


def _read_footer_date(line: str, found: _Found) -> bool:
    """Return True for a date line after the last paragraph (recorded in found, the
    header's dates winning)."""
    if len(line) > 160:
        return False
    first_published = _FIRST_PUBLISHED_RE.match(line)
    dates = dates_in_date_line(first_published.group("date") if first_published else line)
    if dates is None:
        return False
    if dates[0] and found.published is None:
        found.published, found.published_how = dates[0], PublishedHow.STATED
    found.updated = found.updated or dates[1]
    return True


def _lines(text: str) -> list[str]:
    """Return the non-blank lines of text, stripped."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _parse(text: str, known_title: str | None) -> tuple[ArticleText, _Found]:
    """Return the cleaned ArticleText of text and the raw metadata candidates found."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    found = _Found()
    removed: list[str] = []
    lines = _lines(text)

    # Header: title, date lines and bylines before the first body line.
    head = furniture = 0
    masthead = platform_post = False
    blog_headline = _blog_headline_index(lines) if known_title is None else None
    while head < len(lines) and head < 6 + furniture:
        line = lines[head]
        if blog_headline is not None and head < blog_headline:
            # the blog's name (its outlet) and tagline over the post's headline
            if head == 0:
                found.masthead_outlet = _clean_name(line)
            furniture += 1
        elif found.title is None and head == furniture and _is_boilerplate(line):
            furniture += 1  # "Forwarded this email? Subscribe here" over the headline
        elif (
            found.title is None
            and head == furniture
            and line[:1] in "hHUuS<"
            and (address := _PAGE_ADDRESS_RE.match(line)) is not None
        ):
            found.address = found.address or address.group("address")
            furniture += 1  # "https://example.com/2026/11/09/slug" over a pasted story
        elif (
            head == furniture == 0
            and known_title is None
            and _is_masthead_over_account_links(line, lines[head + 1 : head + 2], found)
        ):
            furniture += 1  # "Example Letter" over "Subscribe" and "Sign in"
            platform_post = True
        elif (
            platform_post
            and found.title is None
            and head == furniture
            and line.endswith(".")
            and _is_headline(line[:-1], two_sentences=True)
        ):
            # a newsletter platform's post: its headline may end with a full stop ("We
            # have a deal. Dairy is not in it.")
            found.title = line
        elif found.title is None and _read_furniture_line(line, found):
            furniture += 1  # a release marker before the headline: the headline may follow
        elif (
            found.title is None
            and _is_capitals_issuer(line)
            and head + 1 < len(lines)
            and _RELEASE_MARKER_RE.match(lines[head + 1])
        ):
            # "PACIFIC ISLANDS FORUM FISHERIES AGENCY" over "MEDIA RELEASE": the issuer
            found.source_outlet = found.source_outlet or _issuer_name(line)
            furniture += 1
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_issuer_over_headline(line, lines[head + 1 : head + 4], found)
        ):
            # "Embassy of India, Washington D.C." over the headline, perhaps under a release
            # marker ("MEDIA RELEASE" over "Foreign Affairs, Defence and Trade Committee")
            furniture += 1
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_issuer_place_line(line, removed[-1] if removed else None, found)
        ):
            furniture += 1  # "Strelsau, Ruritania" under the issuer read just above
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_edition_masthead(line, lines[head + 1 : head + 2], found)
        ):
            furniture += 1  # "Example Daily English Edition" above the headline
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and ("|" in line or "/" in line)
            and _is_masthead_and_section(line, lines[head + 1 : head + 2], found)
        ):
            furniture += 1  # "EXAMPLE GAZETTE | ECONOMY" (or "ECONOMY | …") over the headline
        elif (
            head == furniture == 0
            and known_title is None
            and line[:1].islower()
            and _is_wordmark_over_section(line, lines[head + 1 : head + 4], found)
        ):
            furniture += 1  # "examplegazette." over "ECONOMY" over the headline: the masthead
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_masthead_over_crumbs(line, lines[head + 1 : head + 3], found)
        ):
            furniture += 1  # "Example Echo" over "News > Business" over the headline
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and (
                _is_section_label(line, lines[head + 1 : head + 3])
                # the crumb trail under a masthead just read
                or (found.masthead_outlet is not None and _is_crumb_trail(line))
            )
        ):
            furniture += 1  # the section's name above the headline
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_recurring_masthead(line, lines[head + 1 : head + 2], text, found)
        ):
            furniture += 1  # a newsletter's or column's name above the headline
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_outlet_masthead(line, lines[head + 1 : head + 3], found)
        ):
            furniture += 1  # the paper's or programme's name above the headline
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_masthead_over_date_line(line, lines[head + 1 : head + 3], found)
        ):
            furniture += 1  # "THE EXAMPLE GAZETTE" over "Example Gazette | World | <date>"
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_masthead_over_header(line, lines[head + 1 : head + 5], found)
        ):
            furniture += 1  # "EXAMPLE WEEKLY" over the headline and its byline or date line
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_outlet_date_line(line, found)
        ):
            furniture += 1  # "The Example Star | Nation | Thursday, 20 Nov 2026" over it
        elif (
            found.title is None
            and known_title is None
            and head == furniture
            and _is_kicker_over_headline(line, lines[head + 1 : head + 4])
        ):
            furniture += 1  # "TRADE TALKS" over the headline: the story's kicker
        elif known_title is not None and (
            # the headline itself, under a release's markers and date line too
            _same_text(line, known_title)
            or (head == furniture and is_kicker_and_title(line, known_title))
        ):
            found.title = known_title
        elif (
            known_title is not None
            and head == furniture
            and _is_masthead_line(line)
            and head + 1 < len(lines)
            and dates_in_date_line(lines[head + 1]) is not None
        ):
            # a newsletter's name in capitals over its issue's date, the subject known
            # ("HARBOURLINE TRADE BRIEF" over "Thursday 19 November 2026")
            furniture += 1
        elif (
            found.title is not None
            and not masthead
            and head > 0
            and _read_capitals_name_under_headline(line, lines[head - 1], lines[head + 1 :], found)
        ):
            pass  # "JANE DOE" alone under the headline: a byline printed without its "By"
        elif (
            found.title is not None
            and _is_masthead_line(line)
            # "JANE DOE" or "AFP" right over the date line is a byline or an agency, unless
            # the masthead goes on ("TRANSCRIPT / PRESS CONFERENCE / CANBERRA / <date>")
            and (
                masthead or not dates_in_date_line(lines[head + 1] if head + 1 < len(lines) else "")
            )
        ):
            furniture += 1  # a transcript's or release's masthead: speaker, post, place
            masthead = True
        elif not (
            _read_header_line(
                line,
                found,
                # a press release may put its date and contact lines before the headline
                is_first=known_title is None and (head == furniture or furniture > 0),
                lines_follow=head + 2 < len(lines),
            )
            or _read_furniture_line(line, found)
            or _read_provider_line(line, removed[-1] if removed else None, found)
            or _read_bare_byline(line, _byline_neighbours(lines, head), found)
            or _read_agency_line(line, _byline_neighbours(lines, head), found)
            or _read_outlet_after_byline(line, removed[-1] if removed else None, found)
            or _read_outlet_over_date_line(line, lines[head + 1 : head + 2], found)
            or _read_issuer_over_date_line(line, lines[head + 1 : head + 2], found)
            or (
                line[:1] in "MDO"  # "Ministry", "Department", "Office"
                and _read_issuer_under_date_line(line, removed[-1] if removed else None, found)
            )
            or ("nglish" in line and _read_edition_line(line, found))
            or _is_boilerplate(line)
            # a standfirst, or summary points (up to four) before the byline
            or _is_deck(line, lines[head + 1 : head + 5], found, body_follows=len(lines) - head > 2)
        ):
            break
        removed.append(line)
        head += 1

    # Footer: credits, source lines and boilerplate after the last body line; first, a
    # press release's appendix after its end mark or under "About …", "Notes to editors"
    # or "Media contact", which is about the issuer, not the news.
    tail = len(lines)
    footer: list[str] = []
    comments = _comments_start(lines, head)
    if comments is not None:
        footer.extend(reversed(lines[comments:]))
        lines = lines[:comments]
        tail = comments
    related = _related_links_start(lines, head)
    if related is not None:
        footer.extend(reversed(lines[related:]))
        lines = lines[:related]
        tail = related
    appendix = _release_appendix(lines, head)
    if appendix is not None:
        for line in lines[appendix:]:
            _read_footer_line(line, found) or _read_about_line(line, found)
        footer.extend(reversed(lines[appendix:]))
        tail = appendix
    while tail > head:
        line = lines[tail - 1]
        if not (
            _read_footer_line(line, found)
            or _read_footer_date(line, found)
            or _is_boilerplate(line)
            or _AUTHOR_NOTE_RE.match(line)
            or (len(line) <= _BOILERPLATE_MAX and _SIGN_OFF_RE.match(line))
            or (len(line) <= _BOILERPLATE_MAX and _FOOTER_FURNITURE_RE.match(line))
        ):
            break
        footer.append(line)
        tail -= 1

    # Slice the original text so paragraph-internal text is kept exactly.
    body_text = _slice_lines(text, head, tail)

    kept: list[str] = []
    links_left = 0  # headlines that may follow a "Read more:" label, links to other stories
    for start, end in paragraphs(body_text):
        paragraph = body_text[start:end]
        if links_left and (
            _is_link_headline(paragraph)
            # the headlines one a line, joined as one paragraph: none closes with a stop
            or (
                "\n" in paragraph
                and paragraph.count("\n") < links_left
                and all(_is_link_headline(line.strip()) for line in paragraph.split("\n"))
            )
        ):
            links_left -= paragraph.count("\n") + 1
            removed.append(paragraph)
            continue
        links_left = _RELATED_LINKS_MAX if _RELATED_LABEL_RE.match(paragraph) else 0
        if _is_caption(paragraph):
            caption_date, agency = _caption_date_and_agency(paragraph)
            found.caption_date = found.caption_date or caption_date
            found.photo_outlet = found.photo_outlet or agency
            removed.append(paragraph)
        elif _is_boilerplate(paragraph) or _read_correction_note(paragraph, found):
            if (rest := _paragraph_under_furniture(paragraph)) is not None:
                removed.append(paragraph[: -len(rest)].rstrip())
                kept.append(rest)
            else:
                removed.append(paragraph)
        else:
            kept.append(paragraph)

    if found.author is None:
        _read_byline_under_intro(kept, found, removed)
    if kept:
        dateline = (
            _DATELINE_RE.match(kept[0])
            or _WIRE_DATELINE_NO_DASH_RE.match(kept[0])
            or _AGENCY_OPENING_RE.match(kept[0])
            or _BARE_AGENCY_DATELINE_RE.match(kept[0])
        )
        slashed = dateline and dateline.groupdict().get("slashed")
        if slashed:
            # "/EXAMPLE NEWS/" is written in capitals; a one-word agency ("/CNW/") keeps them
            found.dateline_outlet = _title_case(slashed) if " " in slashed else slashed
        elif (
            dateline
            and not re.search(r"photo", dateline.group("outlet"), re.IGNORECASE)
            # "PORT LOUIS (Mauritius) -": the place's country in brackets, no outlet
            and not _is_place(dateline.group("outlet"))
        ):
            found.dateline_outlet = _clean_name(dateline.group("outlet"))
        trailing = _TRAILING_CREDIT_RE.search(kept[-1])
        if trailing:
            found.credit_outlet = found.credit_outlet or (
                trailing.group("dash") or trailing.group("paren")
            )
            removed.append(trailing.group().strip())
            kept[-1] = kept[-1][: trailing.start()].rstrip()

    removed.extend(reversed(footer))
    if found.published is None and kept:
        # "WASHINGTON, Sept. 26, 2018 (AP) —": the date the story was filed, stated.
        filed = dateline_date(kept[0])
        if filed is not None:
            found.published, found.published_how = filed, PublishedHow.STATED
    if found.published is None and found.updated is not None and kept:
        # "GENEVA, Nov 18 (Example Wire) -" over "Correction, Nov 19, 2026: …": the update
        # states the year the dateline leaves out
        filed = filed_by_update(kept[0], found.updated)
        if filed is not None:
            found.published, found.published_how = filed, PublishedHow.STATED
    if found.published is None and found.caption_date is not None:
        found.published, found.published_how = found.caption_date, PublishedHow.CAPTION
    if found.updated is not None and found.published is not None:
        found.updated = _update_read_day_first(found.updated, found.published, removed, kept)
    article = ArticleText(
        body="\n\n".join(kept),
        title=title_without_version_tag(found.title),
        published=found.published,
        published_how=found.published_how,
        updated=found.updated,
        author=found.author or found.reporting_author or None,
        outlet=found.outlet(),
        removed=removed,
    )
    return article, found


def _paragraph_under_furniture(paragraph: str) -> str | None:
    """Return the paragraph a line of furniture was wrapped onto ("Read more: <headline>"
    over "A spokesperson said …", a page's lines joined as one paragraph because the
    furniture has no closing stop), or None: a sentence of its own, opening with a
    capital and closing with a stop, that is no furniture itself."""
    first, _, rest = paragraph.partition("\n")
    rest = rest.strip()
    if (
        not rest[:1].isupper()
        or not rest.rstrip("\"'”’)").endswith((".", "!", "?"))
        or not _is_boilerplate(first)
        or _is_boilerplate(rest)
    ):
        return None
    return rest


def _update_read_day_first(
    updated: date, published: date, removed: list[str], kept: list[str]
) -> date:
    """Return the update date read day first when its line wrote it as a slashed date that
    reads either way ("Updated on 12/11/2026") and the story writes its dates day first
    ("BRASÍLIA, 12 November 2026"), unless that puts it before the published date."""
    if updated.day > 12 or updated.day == updated.month:
        return updated
    slashed = re.compile(rf"(?<!\d)0?{updated.month}/0?{updated.day}/{updated.year}(?!\d)")
    header = [line for line in removed if len(line) <= _DATELINE_MAX and slashed.search(line)]
    if not header:
        return updated
    swapped = date(updated.year, updated.day, updated.month)
    if swapped < published or not numeric_day_first("\n".join([*header, *kept[:1]])):
        return updated
    return swapped


_DATELINE_MAX = 120  # its place, date and agency
_INTRO_PARAGRAPHS = 3  # a newsletter's greeting and summary before the story's byline


def _read_byline_under_intro(kept: list[str], found: _Found, removed: list[str]) -> None:
    """Record and drop a byline alone on its line among the first paragraphs, under a
    newsletter's greeting ("Good morning. Today: …" then "By Jane Doe")."""
    for index, paragraph in enumerate(kept[:_INTRO_PARAGRAPHS]):
        if index == 0 or "\n" in paragraph or len(paragraph) > _BOILERPLATE_MAX:
            continue
        byline = _byline(paragraph, piped=False)
        if byline is not None and byline[0]:
            found.author = byline[0]
            found.byline_outlet = found.byline_outlet or byline[1]
            removed.append(kept.pop(index))
            return


def _slice_lines(text: str, first: int, stop: int) -> str:
    """Return the part of text from its first-th non-blank line up to (not incl.) the stop-th."""
    index = 0
    start = end = None
    position = 0
    for raw in text.split("\n"):
        if raw.strip():
            if index == first:
                start = position
            if index == stop - 1:
                end = position + len(raw)
            index += 1
        position += len(raw) + 1
    if start is None or end is None or end < start:
        return ""
    return text[start:end]


_KICKER_MAX_WORDS = 4


def is_kicker_and_title(line: str, title: str) -> bool:
    """Return True when line is the title under a kicker set on the same line ("Trade
    deals Vietnam asks EU …" for "Vietnam asks EU …", a page's <h1> with a <span>)."""
    if len(line) <= len(title):
        return False
    line_words, title_words = _letter_words(line), _letter_words(title)
    extra = len(line_words) - len(title_words)
    return 0 < extra <= _KICKER_MAX_WORDS and line_words[extra:] == title_words


def _letter_words(text: str) -> list[str]:
    """Return the words of text in lower case, punctuation dropped."""
    return re.findall(r"\w+", text.casefold())


def _same_text(left: str, right: str) -> bool:
    """Return True when two strings are equal ignoring case, spacing and end punctuation."""
    return " ".join(left.lower().split()).strip(" .") == " ".join(right.lower().split()).strip(" .")


def parse_article_text(text: str) -> ArticleText:
    """Return the metadata found in a plain-text article and its cleaned body."""
    return _parse(text, known_title=None)[0]


def article_text_from_document(doc: RawDocument) -> ArticleText:
    """Return the ArticleText of a document, preferring metadata the source format stated."""
    article, found = _parse(doc.text, known_title=doc.title if doc.has_metadata else None)
    if not article.body and doc.title and _same_text(doc.text, doc.title):
        # a feed item with no text but its headline (an aggregator's): the headline is all
        # there is to read
        article.body = doc.text.strip()
    if doc.title:
        article.title = doc.title
    # a source's date that is only a bound (a clipping's) is no publication date of its own
    stated = doc.published if doc.published != doc.filed_by else None
    filed = None if stated else _yearless_filing_day(article.body, doc, found.address)
    if filed is None and stated is None and doc.filed_by is not None:
        # a clipping with no date of its own, a feed's undated item: the day its address
        # files it under, if the story was out by the bound
        day = address_day(doc.url or found.address)
        filed = day if day is not None and day <= doc.filed_by else None
    if filed is not None and (article.published is None or doc.published):
        article.published, article.published_how = filed, PublishedHow.STATED
    elif stated and article.published == stated + timedelta(days=1):
        # the text's own date line says the next day: the source's stamp is when it was
        # sent, in a zone behind the reader's (a Tokyo morning newsletter sent at 21:45
        # UTC the evening before its issue date)
        article.published_how = PublishedHow.STATED
    elif stated:
        # a feed's date in UTC may be a day after the dateline's "WASHINGTON, Nov 20"
        published = published_on_filing_day(article.body, stated)
        article.published, article.published_how = published, PublishedHow.STATED
    # else a clipping's own day (the day it was saved) is no publication date: the story
    # was out by then, no more; its date stays what the text states, or empty
    if doc.updated:
        article.updated = doc.updated
    if doc.outlet:
        article.outlet = outlet_without_edition(doc.outlet)
    if doc.author:
        article.author = names_in_capitals_cased(_authors_without(doc.author, article.outlet))
    elif article.author and article.outlet and _same_name(article.author, article.outlet):
        article.author = None  # the outlet's name read as a byline ("Example Tide | <date>")
    article.tags = doc.tags
    article.standfirst = doc.standfirst
    article.title = title_without_version_tag(
        title_without_newsletter(article.title, article.outlet)
    )
    return article


def _authors_without(authors: str, outlet: str | None) -> str:
    """Return a source's list of authors without the outlet, which a clipping or a CMS may
    list among them ("Jane Doe, Example Wire" from Example Wire -> "Jane Doe")."""
    if not outlet or ", " not in authors:
        return authors
    kept = [name for name in authors.split(", ") if not _same_name(name, outlet)]
    return ", ".join(kept) or authors


def _yearless_filing_day(body: str, doc: RawDocument, address: str | None) -> date | None:
    """Return the day of a yearless opening dateline ("SKOPJE, Nov 12 (Example) -") in the
    year the source gives it: the year and month (and day) its address files it under (the
    document's, or one on a line over a pasted story), or the year that puts it shortly
    before a day by which the story was out (a feed's build date, a clipping's date); else
    None. No year is guessed from anything looser (a footer's copyright year is the page's,
    not the story's, across a New Year)."""
    address = doc.url or address
    if address is None and doc.filed_by is None:
        return None
    return filed_in_address(body, address) or (
        filed_shortly_before(body, doc.filed_by) if doc.filed_by else None
    )


_AUTHOR_LIST_SPLIT_RE = re.compile(r"(\s*,\s*|\s+and\s+|\s*&\s*)")


def names_in_capitals_cased(authors: str) -> str:
    """Return a source's author field with each name written in capitals title-cased
    ("JANE DOE and JOHN ROE" -> "Jane Doe and John Roe"); a one-word name in capitals (an
    agency: "AFP") and names already cased are left as they are."""
    if not any(word.isupper() and len(word) > 1 for word in authors.split()):
        return authors
    return "".join(
        part.title() if part.isupper() and len(part.split()) > 1 else part
        for part in _AUTHOR_LIST_SPLIT_RE.split(authors)
    )


# A wire's version tag before its headline: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)",
# "(3rd LD, Correction)"; Reuters' "UPDATE 2-", "REFILE-", "CORRECTED-".
_VERSION_TAG_RE = re.compile(
    r"^(?:\((?:LEAD|URGENT|\d+(?:st|nd|rd|th)\s+LD|UPDATE|REFILE|CORRECTED|CORRECTION)"
    r"(?:\s*,\s*[A-Za-z ]{1,30})?\)\s+"
    r"|(?:UPDATE(?:\s+\d+)?|REFILE|CORRECTED|RPT|BREAKINGVIEWS)\s*-\s*(?=\S))"
)


def title_without_version_tag(title: str | None) -> str | None:
    """Return a headline without the wire's version tag before it ("(LEAD) Deal signed" ->
    "Deal signed"), else the title as it is."""
    if not title:
        return title
    rest = _VERSION_TAG_RE.sub("", title, count=1)
    return rest or title


_NEWSLETTER_MAX_WORDS = 6


def title_without_newsletter(title: str | None, outlet: str | None) -> str | None:
    """Return a title without the outlet's newsletter, or the outlet itself, named before a
    colon ("EXAMPLE Pro Morning Trade: Deal signed" from EXAMPLE, "Example Daily: Deal
    signed" from Example Daily -> "Deal signed"), else the title."""
    if not title or not outlet or ": " not in title:
        return title
    prefix, _, rest = title.partition(": ")
    words, outlet_words = prefix.casefold().split(), outlet.casefold().split()
    if (
        rest.strip()
        and len(outlet_words) <= len(words) <= _NEWSLETTER_MAX_WORDS
        and words[: len(outlet_words)] == outlet_words
    ):
        return rest.strip()
    return title
