"""Probe corpus: hand-annotated articles in the styles of many outlets, scored end to end.

Each tests/extraction/corpus/<name>.<ext> has an annotation <name>.json (title, outlet,
author, published, actors by name and kind, quotes with speakers, dated events with an
evidence snippet); a file holding several articles (JSON Lines) has {"documents": [...]},
one annotation per article in file order. An article file that is itself JSON keeps its
annotation in <name>.expected.json. An annotation may name the article's topics ("topics",
doubtful ones in "optional_topics", which count neither way); articles without "topics"
are left out of the topic scores. The pure pipeline runs with the registry read straight
from fixtures/*.json (no Django), and the scores must stay above the floors below
so that a regression on text we have never seen fails here first.

Run `python -m tests.extraction.test_corpus` for the per-article report and the speed.
"""

from __future__ import annotations

import json
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from articles.extraction.formats import read_path
from articles.extraction.normalise import normalise_name
from articles.extraction.pipeline import Extractor
from articles.extraction.types import ActorKind, ActorRef, ExtractedArticle, TopicRef

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parent / "corpus"
FIXTURES = ROOT / "fixtures"

# Floors over the whole corpus; raise them when the pipeline gets better.
# Before the fixes that the corpus prompted: actor F1 0.92, event dates 0.62, quote
# recall 0.76 and precision 0.91, metadata 0.72. After: 0.99, 1.00, 1.00, 1.00, 0.97.
# Six articles written before any rule was changed for them (Yonhap, an Australian story in
# British quotes, EU-Mercosur Markdown, a South African press release, Kenyan JSON Lines, an
# Indian story) scored actor F1 0.80, quote recall 0.50, events 0.88, metadata 0.92 at
# first; after the general rules they prompted, 0.97, 1.00, 0.88, 0.96 (bench/RESULTS.md).
# Fourth round (bench/RESULTS-accuracy-round4.md): eight articles in seven files, again
# annotated first (a saved HTML page, DW, an MFAT release in Markdown, Al Jazeera, the
# Korea Herald, CBC, two newsdata.io JSON Lines items) scored actor F1 0.89, quote recall
# 0.74, events 0.58 (precision 0.94), metadata 0.66; after, 0.94, 0.97, 0.97 (0.99), 1.00,
# with no old article worse.
# Fifth round (bench/RESULTS-accuracy-round5.md): eight articles in seven files, annotated
# first (Reuters web copy with a wire footer, Xinhua, an RSS 2.0 feed of two items with HTML
# descriptions, MailOnline, a saved Hindustan Times page, a Globe-style story, Kyodo)
# scored actor F1 0.90, quote recall 1.00, events 0.66 (precision 0.95), metadata 0.75;
# after, 0.95, 1.00, 0.99 (1.00), 1.00, with no old article worse. Whole corpus now:
# actor F1 0.97, events 0.98 (precision 1.00), quotes 0.99 and 1.00, metadata 0.99.
# Round 6a (bench/RESULTS-accuracy-round6a.md): eight articles in six new formats (an Atom
# feed, a WordPress REST export, PTI copy on a site, a CNW release in Windows-1252, a
# Yoast page, Hugo Markdown) scored actor F1 0.83, quotes 0.71, events 0.60, metadata 0.59
# (one file unreadable); after, 0.97, 1.00, 0.96, 1.00, no old article changed.
# Round 6b (bench/RESULTS-accuracy-round6b.md): eight plain-text articles leaning on the body
# (an analysis with a chronology, a live blog, a Q&A explainer, an opinion column, a market
# wire, translated state media, a committee press release, a newsletter digest) scored actor
# F1 0.88, quote recall 0.91, events 0.83 (precision 0.88), metadata 0.94 before; after,
# 0.92, 1.00, 1.00 (0.99), 0.97, no old article worse; whole corpus of 46: actor F1 0.96,
# events 0.98 (0.99), quotes 0.99 and 1.00, metadata 0.98 (floors left for the lead).
# Round 7a (bench/RESULTS-accuracy-round7a.md): ten articles in eight formats (a GOV.UK page,
# an AMP page, a Feedly board RSS, news-API JSON Lines, an Obsidian clipping, a newsletter
# email, a press-conference transcript, an ordinal date line) scored actor F1 0.93, quote
# recall 0.61, events 0.84 (1.00), metadata 0.75 before; after, 0.96, 1.00, 0.96 (0.99),
# 1.00, no old article worse; whole corpus of 64: actor F1 0.963, events 0.977 (0.990),
# quotes 0.995 and 1.00, metadata 0.988 (no floor rose by a step).
# Round 7b (bench/RESULTS-accuracy-round7b.md): eight plain-text articles on negotiations and
# outlets the corpus lacked (an Indonesian feature with a timeline, a trade lawyer's blog, a
# wire factbox, a Monterrey business story, a Sri Lankan parliamentary report, a breaking
# flash with updates, a Kenyan story, Daily Sabah) scored actor F1 0.86, quote recall 0.71,
# events 0.70 (precision 0.91), metadata 0.81 before; after, 0.98, 1.00, 1.00 (0.99), 0.97,
# no old article worse (four gained an annotated actor); whole corpus of 62: actor F1 0.97,
# events 0.98 (0.99), quotes 0.99 and 1.00, metadata 0.98.
# Round 8 (bench/RESULTS-accuracy-round8.md): ten articles written to be unlike the corpus
# (a PDF release pasted as text, an HTML live blog, a Markdown Q&A, a ministry statement in
# numbered paragraphs, an op-ed under a newsletter's name, translated agency copy, a ninjs
# wire item, a weekly with a timeline, an Irish story, Pacific radio copy) scored actor F1
# 0.83, quote recall 0.56, events 0.75 (precision 0.91), metadata 0.75 before; after, 0.94,
# 0.94, 0.99 (1.00), 1.00, no old article worse (five lost a problem); whole corpus of 82:
# actor F1 0.966, events 0.982 (0.992), quotes 0.991 and 1.00, metadata 0.988.
# Round 9 (bench/RESULTS-accuracy-round9.md): eight articles on organisations and speakers
# (trade press, a company release, a Commons committee report, a WTO news item, an embassy
# item, a regional paper, a wire, a court case note) scored actor F1 0.76, quote recall
# 0.36, events 0.88 (precision 0.93), metadata 0.75 before; after, 0.87, 0.91, 0.98 (0.95),
# 0.91; a quote from an unnamed official of a named body now has that body as speaker
# (seven old quotes re-annotated); no old article worse; whole corpus of 90: actor F1
# 0.966, events 0.985 (0.991), quotes 0.991 and 1.00, metadata 0.981.
# Round 10 (bench/RESULTS-accuracy-round10.md): six articles on dated happenings and capitals
# as governments (a Latin American daily in English, a Gulf paper, a Central Asian agency,
# a radio transcript, an Indian daily with fiscal years, a wire with no year) scored actor
# F1 0.87, quote recall 1.00, events 0.61 (precision 0.93), metadata 0.50 before; after,
# 0.90, 1.00, 0.65 (0.96), 0.58; no old article worse; whole corpus of 96: actor F1
# 0.962, events 0.960 (0.989), quotes 0.992 and 1.00,
# metadata 0.958. The lead lowered three floors to what the corpus now scores (events
# 0.98 -> 0.95, event precision 0.99 -> 0.985, metadata 0.98 -> 0.95) rather than keep
# round 10's harder articles out: their misses (an "Updated:" line as the only date, a
# wire with no year, fiscal years) are the honest state, listed in its report. The old 90
# articles still score 0.985 (0.991) and 0.983 on those three.
# Round 11 (bench/RESULTS-accuracy-round11.md): nine articles in seven files (Bangladeshi
# agency copy, Bloomberg text, a German paper's English edition, an HTML page whose og:title
# is not its h1, an RSS feed of three, Markdown with published/publisher/authors, a select
# committee release) scored actor F1 0.89, quote recall 1.00, events 0.92 (precision 0.95),
# metadata 0.72 at first; after, 0.94, 1.00, 0.96 (0.98), 0.89; no old article worse (five
# gained a legislature); whole corpus of 105: actor F1 0.962, events 0.960 (0.988), quotes
# 0.993 and 1.00, metadata 0.952. With main's code the nine put actor F1 (0.957) and
# metadata (0.940) under their floors; no floor was changed.
# Round 12 (bench/RESULTS-accuracy-round12.md): ten articles in eight files (Yonhap "(LEAD)"
# copy, Agência Brasil's English edition, a Nigerian daily's NAN copy, a newsletter saved
# as .eml, a Blogger Atom feed of two, a schema.org NewsArticle JSON list of two, a PIB
# release page, WAM agency copy) scored actor F1 0.84, quote recall 0.50, events 0.73
# (precision 0.96), metadata 0.60 at first (the .eml unreadable; without it 0.87, 0.55,
# 0.80, 0.67); after, 0.92, 1.00, 0.94 (0.97), 1.00; no old article changed; whole corpus
# of 115: actor F1 0.964, events 0.975 (0.986), quotes 0.993 and 1.00, metadata 0.976.
# With main's code the file could not be read at all, and actor F1 (0.959), quote recall
# (0.972) and metadata (0.941) fell under their floors; no floor was changed.
# Round 14 (bench/RESULTS-accuracy-round14.md): eight articles in seven files on dated
# happenings (a wire with no year, a feed whose UTC dates cross midnight, US and day-first
# numeric dates, two-day spans, ordinal weekdays, "earlier in the day") scored events 0.68
# (precision 0.85) before; after, 0.88 (1.00); no old article worse (one lost a miss);
# whole corpus of 113: events 0.972 (0.988). With main's code the eight put event
# precision (0.979) under its floor; no floor was changed.
# Round 13 (bench/RESULTS-accuracy-round13.md): seven articles on actors and quotes (regional
# blocs, the European Parliament's groups, treasuries, companies and trade bodies named with
# no cue word, a hearing transcript, a Q&A interview, "al-" and family-name-first names,
# speakers named by title) scored actor F1 0.81 (precision 0.93), quote recall 0.26, events
# 0.77 (0.97), metadata 1.00 before; after, 0.98, 1.00, 0.82 (0.97), 1.00; no old article
# worse (three lost a problem); whole corpus of 112: actor F1 0.969, quotes 0.993 and 1.00,
# events 0.970 (0.986), metadata 0.975. With main's code the seven put actor F1 (0.956) and
# quote recall (0.944) under their floors; no floor was changed.
# Round 15 (bench/RESULTS-accuracy-round15.md): seven articles on actors (a Brazilian English
# edition, an Indian daily, wire copy, a congressional newsletter in Markdown, UK trade press,
# a Philippine daily, an Australian business paper) rich in bare "Congress", "the Treasury"
# and "Department of Commerce" outside the U.S., names with "and", "Statistics Canada",
# "Asean", "Make UK" and "Joint Committee" scored actor F1 0.79, quote recall 0.87, events
# 0.74 (precision 0.88), metadata 0.68 before; after, 0.99, 1.00, events and metadata
# unchanged (not this round's ground); no old article worse (fifteen lost a problem); whole
# corpus of 137: actor F1 0.974, quotes 0.994 and 1.00, events 0.960 (0.983), metadata
# 0.962. With main's code the seven put actor F1 (0.957) and event precision (0.983) under
# their floors; the rules lift actor F1, but event precision stays under its floor: the
# four extra events are dates and metadata (dates.py, events.py, metadata.py), left to the
# helpers who own them. No floor was changed.
# Round 16 (bench/RESULTS-accuracy-round16.md): eight articles in seven files on dated
# happenings (two in one sentence, asides and participles, planned and past spans of days
# and weekdays, bare months against the verb's tense, one moment in two time zones, a
# newsletter's "TODAY:" labels) scored events 0.67 (precision 0.94) before; after, 1.00
# (1.00); no old article worse (eight lost a problem); whole corpus of 138: events 0.978
# (0.988). With main's code the eight put event precision (0.983) under its floor; no floor
# was changed.
# Round 17 (bench/RESULTS-accuracy-round17.md): nine articles in eight files on metadata and
# formats (a Polish paper's English edition under a section label, a Norwegian company's
# release with notes to editors after "-ENDS-", a Vietnamese page with a kicker in its h1
# and three authors, a Turkish RSS feed of two "(English)", a Brazilian council's Markdown
# release ending "— ENDS —", Brazilian agency copy "By Ana Souza, Brasília", an Indian
# paper's "By A, B and C" under "BUSINESS / ECONOMY" and "EXCLUSIVE", a Nordic JSON item
# "By A and B, Oslo") scored metadata 0.47, actor F1 0.90, events 0.91 (precision 0.84)
# before; after, 1.00, 0.97, 1.00 (0.93); no old article worse (three lost five metadata
# problems); whole corpus of 139: metadata 0.987, actor F1 0.967, events 0.968 (0.984). Event
# precision is under its floor by two extras (1093/1111; 1095 would pass): three misses
# of dates.py on the new articles (a dateline whose place has accents, "from Monday to
# Wednesday", "this year's"), which acc16 owns; with acc16's dates.py and events.py
# (697f195) it is 0.986. With main's code the nine put metadata (0.944) and event precision
# (0.980) under their floors; no floor was changed.
# Round 18 (bench/RESULTS-accuracy-round18.md): topics, scored for the first time. All 130
# articles were annotated with the topics they are about (doubtful ones optional) before any
# change; main's tagger scored topic precision 0.87, recall 0.87, F1 0.87 (every false topic
# a single passing hit, most misses trade agreements named as "economic partnership
# agreements" or "free trade areas"). After (title and lead count, a single hit further
# down does not, keywords inside a ministry's name count for nothing, more keywords): 1.00,
# 0.99, 0.99; no other score changed.
# Rounds 15-18 merged (158 articles in 154 scored documents): actor F1 0.973, quote recall
# 0.991, events 0.972 (precision 0.985, after two rules of the lead's for the merge: an
# accented dateline place, and a heading line names no happening), metadata 0.972, topic
# F1 0.99 (the 130 articles annotated with topics).
# Round 19 (bench/RESULTS-accuracy-round19.md): event titles, scored for the first time. No
# article was added: every event title of the corpus was listed (bench/event_titles.py),
# title_fragment flagged 126 of 1236 as having no subject, and 40 titles judged bad by eye
# were given the subject a reader would name (TITLE_SUBJECTS, 0 of 40 before). After (a
# part that opens with its verb takes the sentence's subject, "that" and a clause of time
# give way to their own subject, a relative pronoun cut from its antecedent gets it back,
# the clause that holds the date gives the title): 56 of 1236 flagged, 39 of 40; every
# other score and every event problem unchanged.
# Round 20 (bench/RESULTS-accuracy-round20.md): eight articles on actors and quotes (an
# Indian business daily with Shri/Smt/Dr, a Jakarta daily with single names, a Canadian
# trade association newsletter, a West African outlet, a Gulf paper with "bin" and "Al"
# names and a family-name-first Japanese official, a ministry press conference in "Name:"
# Q&A form, a Chilean daily with two-surname names, a Korean business paper) scored actor
# F1 0.90, quote recall 0.37, events 0.90 (precision 1.00), metadata 0.94 before; after,
# 0.96, 0.96, 0.76 (1.00), 0.94 (the press conference's dates are now inside its speaker's
# turns, which count as quoted speech); no old article worse (four lost five problems); whole
# corpus of 166 articles (162 scored documents): actor F1 0.973, quotes 0.992 and 1.00,
# events 0.968 (0.986), metadata 0.971, topic F1 0.99. No floor was changed.
# Round 21 (bench/RESULTS-accuracy-round21.md): eight articles in seven files on dated
# happenings (a story whose "last month" and "next month" cross New Year, an Indian paper's
# fiscal quarters in Markdown, a timeline box, "a fortnight ago" and "The previous week" in
# HTML, a conditional start date and a weekday digest in JSON Lines, day-first Swiss dates,
# an anniversary that names old years) scored events 0.77 (precision 0.96) before; after,
# 0.88 (1.00); no old article worse (two lost an extra year, "through the winter" and
# "this year's allowance"); whole corpus of 166: events 0.966 (0.988). With main's code
# the eight put event precision (0.984) under its floor; no floor was changed.
# Round 22 (bench/RESULTS-accuracy-round22.md): nine articles in eight files on metadata
# and formats (a page titled "Headline | Section | Brand" whose og:site_name is its
# address, a JSON-LD-only page, a blog under its name and tagline, a "Press Releases |
# Ministry" release, a Substack email, a WordPress RSS feed of two with dc:creator and
# content:encoded, "Published - … IST" lines, note-tool Markdown with published_at, byline
# and publication) scored metadata 0.72, actor F1 0.90, quote recall 0.73, events 0.92
# (precision 0.91) before; after, 1.00, 0.92, 0.91, 0.97 (0.98); no old article worse
# (lawblog_turkey_eu_pharma's null outlet corrected to its blog's name; saigonherald
# gained a speaker); whole corpus of 167 articles in 163 documents: metadata 0.975,
# actor F1 0.971, quote recall 0.991, events 0.972 (0.985). With main's code the nine put
# quote recall (0.983) and event precision (0.983) under their floors; no floor was changed.
# Round 23 (bench/RESULTS-accuracy-round23.md): topics, scored blind. The 24 articles of rounds
# 15-17 that had no topics were annotated first and scored blind at 0.90 topic F1 (precision
# 1.00, recall 0.82); eight new articles on subjects the taxonomy covered badly (wine and
# spirits duties, PACER Plus, a digital economy agreement, AfCFTA services and investment,
# CPTPP procurement, geographical indications, a phytosanitary rule at the WTO, an agenda
# lead) scored 0.85 (1.00, 0.73). After (keywords, a Government procurement topic, a topic
# in a line's label counts): 1.00 on both and on the whole corpus of 162 (tuned on them, so
# optimistic); no other score changed. The eight put event precision (0.983) and quote
# recall (0.986) under their floors with misses outside topics. An HTML page dated after the
# machine's clock had its date read as the 1st of its month (fixed: events 0.986). Two
# quotes stay missed ("Tan Sri" before a name, a given name before a Chinese name): quote
# recall 0.986, left to the helpers who own actors and quotes; no floor was changed.
# Round 24 (bench/RESULTS-accuracy-round24.md): eight articles in seven files on actors and
# quotes (Malaysian "bin"/"binti" names and a trades union congress, Spanish "de la" names
# with a split quote and a pull quote credited after a dash, a Nigerian Q&A, Vietnamese and
# Canadian JSON Lines with agencies named "<field> <country>", a union's release in British
# single quotes, a Singapore RSS item, a Gulf story with "bint", "the Paris Agreement" and a
# quote over two paragraphs) scored actor F1 0.80 (precision 0.84, recall 0.76), quote
# recall 0.68 before; after, 0.94 (0.97, 0.91), 0.95; no old article worse (eight lost
# eleven problems, among them round 23's missed quote of "Daniel Koh Jun Wei"); whole corpus
# of 195 articles in 179 files: actor F1 0.971, quote recall 0.991 (429/433), quote
# precision 1.00, topic F1 0.988. With main's code the eight put quote recall (0.965) under
# its floor; no floor was changed.
# Round 25 (bench/RESULTS-accuracy-round25.md): eight articles in seven files on dated
# happenings ("The same afternoon", "Later that week", "this past weekend", "take effect
# Monday", "with effect from 1 January" before an after-clause, "at 10:30 a.m. on
# Thursday", "H2 FY27", four dates in one sentence, "Malaysia's 2030 target") scored events
# 0.78 (precision 0.93) blind, 0.81 once three past spans followed the corpus's last-day
# convention; after, 0.96 (1.00); no old article worse (three lost a miss); whole corpus of
# 195 documents: events 0.961 (0.989). With the branch point's code the eight put event
# accuracy (0.949) and event precision (0.985, 1443/1465) under their floors; no floor
# was changed.
# Round 26 (bench/RESULTS-accuracy-round26.md): nine articles in eight files on metadata,
# formats and topics (Hugo TOML front matter with [params], a saved page with a cookie
# banner and related links whose <title> is not its h1, an AMP page with Open Graph only,
# news-API JSON of two with a nested source and cut-off content, Atom with xhtml content, a
# masthead over "Paper | Section | date" and "By A and B, Special to X", agency copy under
# "Mundo | 13 novembro 2026", a Substack page copied as text) scored metadata 0.58, topic F1
# 0.81 (precision 0.72, recall 0.91) blind; after, 1.00 and 0.93 (0.95, 0.91); no old
# article worse (two gained Agriculture); whole corpus of 196 scored documents:
# metadata 0.971, topic F1 0.988, actor F1 0.969, quotes 0.990 and 1.00, events 0.956
# (0.985). With main's code the nine put topic F1 (0.975) under its floor; no floor was
# changed.
# Round 28 (bench/RESULTS-accuracy-round28.md): eight articles in seven files on actors and
# quotes (union acronyms and companies named with a country adjective, Spanish, French,
# Indonesian and Hindi bodies, parliaments by their own names, Vietnamese and Thai names,
# a non-US "Congress", quotes split over paragraphs after "NAME said:", mid-sentence
# attribution, a box of voices, ministry spokespersons) scored actor F1 0.82 (precision
# 0.96, recall 0.73), quote recall 0.43 blind; after, 0.94 (0.97, 0.92), 0.96; no old
# article worse (four lost six problems, round 24's "GMB", "British Steel", "Comisiones
# Obreras", "Majlis Al Shura", "Verkhovna Rada" and a partial quote); whole corpus of 220
# articles in 201 files: actor F1 0.969, quote recall 0.990 (497/502), quote precision
# 1.00, event precision 0.986. With main's code the eight put quote recall (0.932) and
# event precision (0.984) under their floors; no floor was changed.
# Round 29 (bench/RESULTS-accuracy-round29.md): eight articles in seven files on schedules
# and deadlines ("The same afternoon, … set … for 9 February", spans ahead and past, "It
# takes effect on Monday", "between Monday and Wednesday", "the September quarter", three
# dated clauses in one sentence, "a day later", "overnight", "The week before the vote")
# scored events 0.90 (precision 0.96) blind; after, 0.97 (0.99); no old article worse
# (twelve old documents gained); whole corpus of 220 documents: events 0.970 (0.988),
# planned 0.996, titles flagged 58 of 1640 (61 of 1626 blind), two TITLE_SUBJECTS out of
# pending. With main's code the eight left event precision at 0.9852, just over its floor;
# no floor was changed.
# Round 30 (bench/RESULTS-accuracy-round30.md): ten articles in eight files on metadata,
# formats and topics (RSS whose channel title holds its section, Atom with an author in
# capitals, JSON Lines with keywords and category, YAML front matter with tags, categories
# and keywords, TOML with keywords, a saved page with meta keywords and a bare byline in
# capitals, "By NAME Outlet staff writer" in pasted text, a Substack post with its footer,
# correction notes, "Read more:" links) scored metadata 0.86 (a last update scored where
# annotated), topic F1 0.92 (precision 1.00, recall 0.85), quote recall 0.92, events 0.88
# (precision 0.88) blind; after, 1.00, 1.00, 1.00, 1.00 (0.95); no old article worse
# (pinoybiz's outlet and southerntradewire's Intellectual property gained); whole corpus of
# 222 scored documents: metadata 0.978, topic F1 0.985, quote recall 0.991, events 0.963
# (0.9855). With main's code the ten put topic F1 (0.978), quote recall (0.989) and event
# precision (0.984) under their floors; no floor was changed.
# Round 32 (bench/RESULTS-accuracy-round32.md): eight articles in seven files on actors and
# quotes (a Central Asian wire in single quotes, a Pacific islands story, an Andean Markdown
# story, Balkan JSON Lines of two with a Q:/A: interview, a Nordic paper, a Gulf story, a
# Kenyan Q&A interview; bodies "of <Country>", names with "and", unions and chambers, one-
# and two-word companies, speakers named by a title, "Its secretary-general said") scored
# actor F1 0.794 (precision 0.833), quote recall 0.700, events 0.957 (precision 0.938),
# metadata 1.000, topic F1 0.857 blind; after, 0.927 (0.957), 0.967, 0.957 (0.938), 1.000,
# 0.897; no old article worse (actor F1 of the 238 old 0.970 -> 0.974, two old quotes and
# one old topic found); whole corpus of 246: actor F1 0.973, quote recall 0.993, events
# 0.976 (0.986), metadata 0.987, topic F1 0.981. With main's code the eight put quote
# recall (0.975), event precision (0.9847, first annotation) and topic F1 (0.979) under
# their floors; no floor was changed.
# Round 33 (bench/RESULTS-accuracy-round33.md): eight articles in seven files on dated
# happenings and their titles (timelines inside a story with ISO dates, "a fortnight ago",
# "The week before the vote", spans of days and months ahead and past, dates in
# parentheses, "25.11.2026" and "/AGENCY/" datelines, "the Senate votes on Tuesday",
# conditional schedules, "by the end of the month") scored events 0.82 (precision 0.95),
# metadata 0.91 blind; after, 1.00 (0.99) and 1.00; no old article worse; whole corpus of
# 246 documents: events 0.977 (0.987), metadata 0.987, titles flagged 56 of 1823 (64 of
# 1813 blind); 100 titles judged by eye: 35 bad before, 27 after (wrong clause for the
# date 13 -> 6). With the branch point's code the eight left event precision at 0.9851 and
# put the stored-corpus check at 7 wrong pairs (limit 5; 5 after); no floor was changed.
# Round 34 (bench/RESULTS-accuracy-round34.md): ten articles in eight files on metadata,
# formats and topics (a page whose metadata is only OpenGraph, a Yoast JSON-LD @graph with
# no visible date or byline, an "Updated:"-only page under a masthead and section label, a
# newsletter named under its headline, a "FOR IMMEDIATE RELEASE" release dated "/Issuer/
# --", a Google News RSS of two, a Strapi export of two with nested authors, a British live
# page with several timestamps) scored, blind, metadata 0.83, topic F1 0.93, events 0.72
# (precision 0.77) on the eight readable (the Strapi export unreadable); after, all ten:
# metadata 0.98, topic F1 0.98, events 0.89 (0.92); no old article worse; whole corpus of
# 248 scored documents: metadata 0.986, topic F1 0.983, events 0.974 (0.9853). With main's
# code the corpus could not be read (without the unreadable file, event precision 0.983,
# under its floor); with the round's extraction rules the stored corpus had 6 wrong pairs
# (limit 5), 5 after a similarity rule; no floor or limit was changed.
# Round 35 (bench/RESULTS-accuracy-round35.md): eight articles in seven files on actors and
# quotes from regions the corpus lacked (a Caribbean wire, a Senegalese page in guillemets,
# a Mongolian story with an interview in dashed turns, SACU and Jordanian JSON Lines, an
# Azerbaijani ninjs item, Nepali agency copy, a Cambodian story; "Hon.", "Eng.", "Dame",
# "Oknha", "St." and "Md." in names, acronyms defined in brackets, "Dakar's trade ministry",
# "according to the minister", a quote credited in the next paragraph) scored actor F1
# 0.848 (precision 0.910), quote recall 0.452 blind (with the final annotations; two topic
# and three actor annotations were corrected to the corpus's conventions); after, 0.934
# (0.968) and 1.000; no old article worse (klbiznews gained the Dewan Rakyat and Dewan
# Negara); whole corpus of 272 scored documents: actor F1 0.972, quote recall 0.993,
# events 0.975 (0.9854), metadata 0.984, topic F1 0.981. With the branch point's code the
# eight put quote recall (0.956) under its floor; no floor or limit was changed.
# Round 36 (bench/RESULTS-accuracy-round36.md): eight articles in seven files on dated
# happenings and their titles ("a week on Friday", "next Monday week", "the previous
# Tuesday", "Forty-eight hours earlier", "last night" and "overnight" on a live page, plans
# told as past that did not happen, a fronted "From January, certificates issued by … will
# be accepted", "was signed in May and is due to enter into force by the middle of next
# year", dates listed with their places, quarters, halves and fiscal years) scored events
# 0.823 (precision 0.899), planned 0.954 blind; after, 1.000 (1.000), 0.987; no old article
# worse (severncourier's "last night" found); whole corpus of 272 documents: events 0.977
# (0.9864), titles flagged 57 of 1980 (58 of 1973 blind). With the branch point's code the
# eight put event precision (0.9823) under its floor and the stored corpus at 6 wrong pairs
# (limit 5; 5 after a similarity rule); no floor or limit was changed.
# Round 37 (bench/RESULTS-accuracy-round37.md): ten articles in eight files on metadata,
# formats and topics (a JSON Feed of two, an IPTC ninjs 2 item, an Atom feed of two with
# xhtml content, only <updated> dates and the feed's author, Hugo front matter with
# publishDate/lastmod and an authors list, a microdata-only page titled "Headline |
# Section | Brand", a print view dated by <time datetime> alone, a wire under a kicker in
# capitals with a yearless dateline and a dated correction, "Posted … | Last updated …";
# origin cumulation, SPS, source code, procuring entities, an Andean dispute) scored,
# blind, metadata 0.65, topic F1 1.00, actor F1 0.93, quote recall 0.88, events 0.89
# (precision 0.97) on the eight readable (the JSON Feed and the ninjs item unreadable);
# after, all ten: metadata 1.00, topic F1 1.00, actor F1 0.97, quote recall 1.00, events
# 0.98 (1.00); no old article worse (one gained an annotated ministry); whole corpus of
# 274 scored documents: metadata 0.987, topic F1 0.982, actor F1 0.973, quote recall
# 0.993, events 0.975 (0.986). With main's code the corpus could not be read; no floor was
# changed.
# Round 38 (bench/RESULTS-accuracy-round38.md): eight articles in eight files on actors the
# importer got wrong (companies opened by a country's name, "Vietnam Airlines", "Australia
# Post", "Kazakhstan Temir Zholy", "Japan Tobacco"; names holding "and", a comma list or a
# word in brackets; a bracketed acronym spelling the words before a name; a national
# "General Assembly"; a bloc's "General Secretariat"; HMRC; "the Saudis", "the Emiratis",
# "the Brits") scored actor F1 0.785 (precision 0.869) blind (one annotation corrected to
# the corpus's convention, in its own commit); after, 0.979 (1.000); seven old articles
# gained (thamesledger, caspianwire, riodelaplata, caribbeanwire, orchardledger, ridgeline
# #1 and #2), none worse; whole corpus of 298 scored documents: actor F1 0.975 (0.968
# blind), events 0.977 (0.9861), quote recall 0.994, metadata 0.984, topic F1 0.981. No
# floor or limit was changed.
# Round 39 (bench/RESULTS-accuracy-round39.md): eight articles in seven files on event
# titles and metadata (a sentence's own "It"/"They" after a named subject, "X said on
# Thursday that it regretted … and would raise it at a meeting … on December 8", an empty
# "X said" after its quote, "The round after Vilnius was supposed to …", dated participle
# asides of one and two participles, a subject inside a relative clause, capitals
# mastheads over "Economia | Comércio Externo" and "Économie | Pêche") scored metadata
# 0.875, topic F1 0.78, 3 of 25 new TITLE_SUBJECTS blind; after, metadata 1.00, topic F1
# 0.88, 20 of 25 (5 pending); events unchanged (0.946, precision 0.982); no old article
# worse (riodelaplata's masthead read); whole corpus of 298 documents: metadata 0.986,
# topic F1 0.980 (0.978 blind, under its floor, until topic keywords were added), events
# 0.975 (0.9862), titles flagged 62 of 2104 before and after. No floor was changed.
# Round 40 (bench/RESULTS-accuracy-round40.md): eight articles in seven files on actors and
# quotes (SACU in a Namibian paper, ECOWAS Markdown, a Kazakh agency page on the Mazhilis and
# the EAEU, Pacific JSON Lines of two, a Peruvian dateline with "de la"/"de los" surnames, a
# Gulf JSON article with "bin"/"Al" names, a Council presidency transcript with "MINISTER
# X:" and "Q:" lines; quotes split by their attribution, after a colon, nested) scored actor
# F1 0.94, quote recall 0.71, topic F1 0.83 blind; after, 0.99, 1.00, 0.92; events unchanged
# (0.64, precision 0.96: a transcript's turns and a dateline left for later); no old
# article worse, nine better (agency_peru_india, andestradeletter, agrarbrief,
# newsfeed_mongolia_moldova #2, hanoitradewire, caspiancourier, balkanbrief #1,
# carpathianbiz, altiplanocourier); "National Customs" is now an actor in both articles
# that name it. Whole corpus of 314 documents: quote recall 0.993 (0.978 blind, under its
# floor), topic F1 0.982 (0.9775 blind, under its floor), actor F1 0.975 (0.972). No floor
# was changed.
# Round 41 (bench/RESULTS-accuracy-round41.md): eight articles in seven files on dated
# happenings and their titles (spans of days "from 3 to 5 November", "between March 3 and
# 5", "March 3-5", "3–5 March"; "mid-March", "late 2025", "the turn of the year" ahead and
# past, "before year-end", fiscal years "2025-26" and "FY2027/28", a Buddhist-era year, "a
# fortnight ago", "last weekend", "on the eve of", a timeline box, a live page, periods
# ending far ahead "until 2041", a reported hope "before the summer") scored events 0.905
# (precision 0.884), topic F1 0.917 blind; after, 0.984 (1.000) and 0.957; a year that only
# closes a period ("keeps its quotas until 2041") is no happening (two old optional
# annotations of such years removed); no old article worse (gulfbrief, savannahreview,
# wire_asean_canada and eight old titles gained); whole corpus of 314 documents: events
# 0.976 (0.9868; 0.9828 blind, under its floor), topic F1 0.9808 (0.9792 blind, under its
# floor), titles flagged 62 of 2200 (64 of 2206 blind). No floor was changed.
# Round 42 (bench/RESULTS-accuracy-round42.md): eight articles in eight files on page
# furniture and formats (a WordPress page with a sharing bar, a newsletter box and related
# posts inside the body, an Arc XP page whose story is in JSON-LD "@graph", a government
# release with "ENDS", "Media contact:" and notes to editors, a Drupal page with
# breadcrumbs and a "Last updated" field, an AMP page with a yearless dateline under a dated
# address, an RSS feed with content:encoded and Jetpack sharing and an undated item, a
# pasted page with a cookie banner, ads and readers' comments, a clipping with YAML lists
# and a quoted "created" date) scored metadata 0.842, actor F1 0.934 (precision 0.950),
# events 0.842 (precision 0.970), topic F1 0.952 blind; after, 0.974, 0.950 (0.983), 0.921
# (0.972), 1.000; no old article's score changed; whole corpus of 315 documents: metadata
# 0.987, topic F1 0.981 (0.9795 blind, under its floor, until Agriculture keywords were
# added), events 0.975 (0.9857). No floor was changed.
# Round 43 (bench/RESULTS-accuracy-round43.md): eight articles in seven files in wire and
# Asian agency house styles (Bernama's "KUALA LUMPUR, Nov 20 (Bernama) --" with Malay
# honorifics and "-- BERNAMA", ANI's "New Delhi [India], November 20 (ANI):" under "ANI |
# Updated: …", EFE's "(EFE).-", a Bloomberg story with its assistance and contact footers,
# an SCMP page with a standfirst of points and a visible "Updated:" stamp, Kyodo's
# yearless "(Kyodo) --" ending "==Kyodo", a Yonhap RSS feed of two) scored, blind, actor F1
# 0.955, quote recall 0.714, events 0.800 (precision 0.977), metadata 0.818, topic F1 0.902
# (two annotations then corrected to the corpus's conventions, in their own commits: a
# Yonhap "(LEAD)" tag and an agreement as no actor); after, 0.989, 1.000, 0.825 (0.977),
# 0.970, 0.943 (Kyodo's copy states no year anywhere); no old article worse
# (newsfeed_mongolia_moldova #2 gained a topic, ani's dateline no longer an event); whole
# corpus of 322 documents: topic F1 0.9800 (0.9776 blind, under its floor), events 0.973
# (0.9866), quote recall 0.993, actor F1 0.973, metadata 0.987, titles flagged 64 of 2244.
# No floor was changed.
# Round 44 (bench/RESULTS-accuracy-round44.md): six articles in five files on topics the
# taxonomy named in other words (export quotas on tungsten and antimony, protected cheese and
# wine names, an anti-subsidy probe, cross-border transfers of personal data, an origin test
# for garments, a trade and sustainable development review) scored topic F1 0.615 blind;
# after keywords in fixtures (no false topic anywhere in the corpus), 1.000; one dates rule
# ("will hear interested parties in January" looks ahead) fixed a hearing's year; no old
# article worse, newsfeed_mongolia_moldova #2 gained Tariffs. The sustainable development
# review was held back (a stored-corpus wrong pair, see the results file): whole corpus of
# 344 documents: topic F1 0.9821 (0.9776 blind, under its floor), event precision 0.9853
# (0.9849 blind, under its floor). No floor was changed.
# Round 45 (bench/RESULTS-accuracy-round45.md): no new articles; leftovers of rounds 40-43
# fixed with general rules: a Latin American paper's dateline closing its year with ".-"
# ("Tumbes, November 22, 2026.-") is a dateline (costapacifico gets its date and four of
# five events), and a "with" clause aiming at a dated happening is a part of its own (", with
# both sides aiming to sign the pact by mid-2026"); whole corpus: events 0.9662 -> 0.9681
# (precision 0.9861 -> 0.9866), metadata 0.9840 -> 0.9847, nothing else changed. No floor
# was changed.
# Round 45b (the lead, eighteenth session; bench/RESULTS.md): round 44's held-back article
# (baltictimesbiz_eu_vietnam_labour) is back. Its "… rights and the environment under their
# trade deal, with European unions pressing for independent unions to be allowed to register
# by the end of next year" was cut at the bare "and" (the clause's "allowed" read as the
# part's verb) and titled "The environment under their trade deal", which joined another
# article's tariff cut under the same deal. A verb of a "with" clause is the clause's own,
# and a "with" clause pressing (pushing, calling, lobbying) for a dated demand is a part of
# its own, titled as a clause. Nothing else in the report changed; whole corpus of 345
# documents: events 0.9683 (0.9858), metadata 0.9843 (the article's outlet is read from its
# dateline's "(BBT)"), the rest as before; stored corpus wrong pairs 0. No floor was changed.
# Round 46 (bench/RESULTS-accuracy-round46.md): six articles on dates and metadata (datelines
# in Spanish, Portuguese and French, a paper's name and desk in capitals over the headline,
# relative spans, a clipping with no date of its own, a minister's press availability)
# scored, blind, actor F1 0.843, quote recall 0.833, events 0.429 (precision 0.750),
# metadata 0.542; after, 0.860, 1.000, 1.000 (0.973), 1.000. Rules: a dateline's date in
# those languages; "NAME | DESK" in capitals is the masthead; a clipping's own day is no
# publication date; a pluperfect request keeps its month in the past; a named speaker's
# turn dates its calendar dates and periods to come ("Q:" turns and "this morning" never);
# a span opening its sentence is dated by its start; an English edition's line under the
# headline, and a government body's name by the date line, are the outlet; "The
# Honourable" is an honorific. No old article worse (council and MOFCOM transcripts gained
# ten events, uzbekistan and the radio transcript lost a "To …" extra). Whole corpus of 350
# documents, blind -> after: events 0.9593 -> 0.9735 (precision 0.9838, under its floor ->
# 0.9861), metadata 0.9774 -> 0.9866, quote recall 0.9907 -> 0.9934, actor F1 0.9712 ->
# 0.9715. No floor was changed.
# Round 47 (bench/RESULTS-accuracy-round47.md): seven articles in seven files on actors and
# quotes from outlets and negotiations the corpus barely had (The Star on ACFTA 3.0 with
# "Asean"/"Acfta"/"Rcep", a Business Daily interview on Kenya-US, a Gulf Ledger page on
# UK-GCC, BusinessLine on India-EFTA and the DGTR, MercoPress JSON on EU-Mercosur, a Mexican
# Markdown story with a Q&A, ABC Rural on Australia-EU) scored actor F1 0.918, quote recall
# 0.778 blind; after general rules (name particles "van den" and "d'", initials, "Directorate
# General of", "All India … Association", "Qantas said it", a label of family names, "trade
# policy lead at", "British Chambers of Commerce", "Cattle Australia chief executive", a
# language outside the registry), 0.971 and 1.000; whole corpus of 351 documents: actor F1
# 0.9717 -> 0.9740, quote recall 0.9857 (under its floor) -> 0.9935, topic F1 0.9797 (under
# its floor) -> 0.9805; no old article worse (gujaratbiz and kualabiz gained actors). No
# floor was changed.
# Round 48 (bench/RESULTS-accuracy-round48.md): six articles in six files on actors and
# quotes from outlets and negotiations the corpus barely had (AFP copy on UK-Israel with a
# trailing slug, a law firm's Markdown note on EU-Chile, a Jakarta page on Indonesia-EFTA,
# a Kigali CMS JSON item on the AfCFTA digital protocol, a radio Q&A on NZ-GCC with a closing
# note, a regional paper on UK-Korea) scored actor F1 0.897, quote recall 0.889 blind; after
# general rules (an office's remit, "the first G7 economy", "the Americas", "the Commission's
# …", "the Council" after "its Trade Council", a closing note after the last answer, "director
# general for <field>, NAME.", "SalmonChile said", "…, the alliance of …", "Australian Grape
# and Wine chief executive", "managing director of Burslem-based …", a turn's "Fonterra says
# … it", "the Foreign Trade Administration"), 0.994 and 1.000; whole corpus of 364
# documents: actor F1 0.9705 -> 0.9736, quote recall 0.9913 -> 0.9938, topic F1 0.9791
# (under its floor) -> 0.9805; no old article worse (abcrural, gulfledger, newsdata_feed_two
# #2, westafrica, mexicobusinessledger gained). No floor was changed.
# Round 49 (bench/RESULTS-accuracy-round49.md): six articles on dated events and metadata
# (a BusinessLine page with its "businessline." wordmark, "New Delhi | Updated - …" and
# "Published on …" at its foot, Kyodo's yearless "TOKYO, Nov. 5 Kyodo -", a MOTIE release
# with "Date: 2026.11.12 (Thu.)" over the ministry's name, a JSON Feed item, Markdown and
# HTML; "Q4 FY27", "in fiscal 2027", "From January to March", "On the eve of the summit",
# "told senators on Wednesday") scored, blind, events 0.750 (precision 0.970), metadata
# 0.692, actor F1 0.970; after, 0.889 (1.000), 0.962, 0.980. Rules: a lower-case wordmark
# over a section label is the masthead, a byline may hold initials, "More like this" over
# link headlines (and a bare "COMMENTS" over it) closes the page; a fiscal quarter is the
# calendar year holding it in a year from April; a span of months closing on a bare month
# is one expression; "On the eve of the …," is the day before the day just named; an
# unbracketed agency in a yearless dateline is the outlet; a ministry's name under a
# release's date line is the outlet; "Investments, Trade and …" opens a title phrase; a
# named turn takes its first sentence; "fiscal" goes with its year; "told <object> that …"
# is no relative clause. No old article worse (businessline_india_efta_tepa_dgtr got its
# metadata and four events, businessdaily_kenya its two missed events); whole corpus of 364
# documents, blind -> after: events 0.9674 (0.9857) -> 0.9725 (0.9866), metadata 0.9743
# -> 0.9817, actor F1 0.9721 -> 0.9723, topic F1 0.9813 (0.9773 before two annotation
# conventions were applied). Kyodo's yearless dateline stays undated. No floor was changed.
# Round 50 (bench/RESULTS-accuracy-round50.md): six articles in six files on actors and
# quotes from negotiations the corpus barely had (a Dhaka daily on Japan-Bangladesh, farm
# press Markdown on Canada-Mercosur, a Bangkok HTML page on Korea-Thailand, a CMS JSON item
# on Australia-GCC with "Gcc" and "Cepa", a Geneva wire on fisheries subsidies, a Manila
# paper on EU-Philippines) scored, blind, actor F1 0.900, quote recall 0.806 (29/36); after
# general rules ("Deputy Minister for FTA Negotiations NAME, who led …", "Cereals Ruritania's
# trade manager", a vowelless "Gcc", "the chair of X, Ambassador NAME of Y, told", "… of the
# Philippines" closing a body's name, "the side was led by NAME", "Directorate-General for",
# "Negotiating Group on Rules", "Ma. NAME", "Aluminium Example (Alex)", "better known as",
# "who leads the campaign at X", UNCTAD in fixtures), 0.974 and 0.972 (35/36); no old article
# worse (six gained: motie, southerncross, pearlgazette, kenyatrade, mfa_kazakhstan,
# transcript_council_trade); whole corpus of 376 documents, blind -> after: actor
# F1 0.9720 -> 0.9746, quote recall 0.9846 (under its floor) -> 0.9941, quote precision
# 0.9969, events, metadata and topics unchanged. No floor was changed.
# Round 51 (bench/RESULTS-accuracy-round51.md): six articles in six files on dated events
# and metadata (a regional paper's pasted page with "Skip to content", its name over "News >
# Business > Farming", "Jane Doe Farming reporter" and "09:12, 19 NOV 2026 Updated …", a
# Markdown clipping under "**Name** | Saturday 21 November 2026, 7:10am", Markdown with
# front matter, HTML with a crumb trail and a <time>, news-API JSON Lines of two, a wire
# "TUNIS, Nov 23 (Name) -" with no year; "the third week of January", "On the eve of the
# council," before a "with" clause, "the first quarter of 2027" without a preposition,
# "meet again … in March", "earlier this month", spans, weekdays) scored, blind, events
# 0.792 (precision 0.915), metadata 0.862; 0.875 (1.000) once "the Nth week of <month>"
# was annotated as that week, the corpus's reading (bernama's too); after, 0.896 (1.000),
# 0.966. Rules: a name over a crumb trail is the masthead; a desk and role after a bare
# byline's name, and a post between "By" and the name, are no part of it; "Bookmark" is
# furniture; a clipping's bold name on its date line is the outlet and an author that is
# the outlet is none; initials and a word over a headline, "By" byline and date line are a
# broadcaster's masthead; plural genres are section labels; a masthead in capitals may sit
# over a body opening on its dateline; a bare month after "meet again" is to come; a "with"
# clause scheduling a happening is a part of its own; "On the eve of the …" may be dated
# from a later sentence; a list of predicates after a passive keeps "were". No old article
# worse (potteriessentinel, ruralwave, abcrural, businessdaily_kenya and himalayanpost gained
# 12 metadata fields, courrierdakar, danubetrade, kigalibiz and lakesidelive 4 events);
# whole corpus of 377 documents, blind -> after: events 0.9707 (0.9870) -> 0.9730 (0.9882),
# metadata 0.9765 -> 0.9863, the rest unchanged. The wire's yearless dateline stays undated,
# as Kyodo's. No floor was changed.
# Round 52 (bench/RESULTS-accuracy-round52.md): event titles. Three articles in three files
# (fronted "After/Following/Before …," clauses and phrases, conditions, "According to …",
# appositive lists "X, which groups A, B and C, agreed …", "said on Monday that …", an
# aside of time before ", and <verb>") with the 20 titles they should get in TITLE_SUBJECTS,
# written blind: 14 of the 20 held blind, 20 after. Rules: a relative clause (or a
# "comprising" aside) listing members runs to a past main verb; a fronted phrase of cause
# or time (Following, Despite, Amid, Ahead of) is no subject; a part opening with an aside
# of time and then ", and <verb>" takes the sentence's subject; "following <noun phrase>
# <participle>" holding the date reads as a passive; a clause of time taken as the title
# ends at its comma; a condition opening a reported clause is not the title; a "that"
# clause after "a statement" is what was said. No old article's scores changed; titles
# flagged 66 of 2567 before, 69 of 2589 blind, 61 of 2589 after; 22 old titles changed,
# 17 better by eye ("After Russia's …", "If the two chapters …", "The GCC the United Arab
# Emirates", "A statement kava exports rose …"), three traded "A statement <clause>" for an
# empty "<ministry> said" (TITLE_MAX cuts the clause), two as empty as before. Events,
# actors and the rest unchanged. No floor was changed.
# Round 53 (bench/RESULTS-accuracy-round53.md): four articles in four files on actors and
# quotes (a machinery exporters' release with "-- ENDS --" and "Notes to editors" on
# UK-Switzerland, a Q&A labelled "Andrea …:" / "Mariana …:" on Canada-Ecuador, a live blog
# of timestamped posts from an APEC trade ministers' meeting, a news-API item wrapping its
# article as {"status": …, "article": {…}} on EU-Thailand) with ministries named without a
# country, agencies by short name, cities as destinations inside quotes, quotes split across
# paragraphs, "she added" and "he told reporters". Blind, the JSON item could not be read;
# once read, the four scored actor F1 0.900, quote recall 0.778 (14/18); after, 0.976 and
# 1.000 (18/18). Rules: an API response wrapping one article object is that article; who
# an interview is with ("We spoke to NAME, the deputy minister …") is a person; a speaker
# label opening a longer name is that person ("Jane Doe:" after "Jane Doe Roe"); the
# author's label asks the questions and is no actor; a lowercase ministry named by its
# portfolio that speaks ("the commerce ministry said") is its capitalised name; five export
# agencies are reference data (Austrade, Pro Ecuador, Business France, Switzerland Global
# Enterprise, Export Development Canada). No destination city in a quote was proposed. No
# old article worse (harbourledger, scbizdaily, deccanobserver, dhakaledger gained an actor);
# yonhap_korea_cptpp and danubetrade's second item were re-annotated with the ministry they
# quote ("the trade ministry said", "a spokesman for the ministry" now its speaker). Whole
# corpus of 387 documents, blind -> after: actor F1 0.9737 -> 0.9750, quote recall 0.9897
# (under its floor) -> 0.9943, quote precision 0.9969, events and metadata unchanged; the
# live blog's blind topic "WTO" (no such topic) was corrected to "Trade disputes" afterwards
# (topic F1 0.9794, under its floor, -> 0.9807). No floor was changed. On merging, the lead
# took out the lowercase ministry rule and the two re-annotations: a "Commerce Ministry"
# tied to no country is one actor for every country's ministry, and a curator's merge of
# it into one country's ministry would link every other country's to that one (a ministry
# so named is linked by its country's registry alias, as before). Whole corpus of 390
# documents with rounds 52 and 53: actor F1 0.9740, quote recall 0.9943.
# Round 54 (bench/RESULTS-accuracy-round54.md): seven articles in five files on actors and
# quotes (an .eml newsletter on Ukraine-Turkey, an Atom feed of two on Colombia-Japan and
# Serbia-China, RSS on Korea-Uzbekistan, JSON Lines of two on Indonesia-Tunisia and
# Argentina-Mexico, a wire on India-Israel) with "according to NAME", "told <outlet>",
# unnamed spokespeople of named ministries, speakers named after a long apposition, nested
# quotation marks and officials "who asked not to be named" scored, blind, actor F1 0.832,
# quote recall 0.526 (10/19); after, 0.959 and 1.000 (19/19). Rules: a ministry named in
# lower case after its country, capital or demonym ("Japan's trade ministry", "the Indian
# commerce ministry") is the registry's ministry of that country whose names hold every
# portfolio word, when exactly one does (else the country alone, as before; no country-less
# ministry is proposed); "the spokesperson said" after "a spokesperson for <body>" speaks
# for that body; a name closing the sentence after "said the <long role>," is a person and
# the speaker; "… Service of <country>" and "… Exchange" close a body's name; a body
# described by its kind may close the sentence with its one-word name ("Ruritania's
# statistics institute, Ristat."). No old article worse (gulfdesk, koreabiz, newsfeed_iso_two,
# tasmanlive gained their ministry); hanbit_korea_us_currency and westcoastdaily were
# re-annotated with the lower-case ministry they name, as those four annotate it. Whole
# corpus of 397 documents, blind -> after: actor F1 0.9724 -> 0.9744, quote recall 0.9843
# (under its floor) -> 0.9944, quote precision 0.9970, events, metadata and topics
# unchanged. No floor was changed.
# Round 55 (bench/RESULTS-accuracy-round55.md): five articles in five files on dated events
# (a Saturday paper on Tanzania-UAE, a yearless wire "LUSAKA, Nov 19 (Copperbelt Wire) -" on
# Zambia-Angola, a November Q&A on Laos-Thailand, a Sunday paper on Armenia-UAE, a Kyiv
# paper on Ukraine-Turkey; spans "from November 16 to 19", "between 3 and 5 March", "on
# 16-20 November", "the week of December 7", quarters, "in early 2027", weekdays in weekend
# papers, "in March" past and coming in one Q&A, background years, "If … ratifies it …,
# would enter into force on 1 January", two to four dates in one sentence) scored, blind,
# events 0.786 (precision 0.979), planned 0.977; after, 0.857 (1.000), 1.000. Rules: a
# journey told in the present ("we fly to Toronto in March") lies ahead; a quarter or half
# dates a happening in a named speaker's turn; a dated attribution may open with a body of
# up to ten words; a second dated object of one verb ("signed a memorandum in October 2023
# and a customs agreement on 14 June 2024") is a happening of its own; "want it in force
# by", "want the text closed by" look ahead; a past span of weekdays whose end has not come
# this week is last week's; "stays engaged" is no past; a portfolio body's "and" and a name
# set off after the subject cut no title. No old article worse (quitoweekly's March,
# tmr_wp_two, andinapost, wire_noyear's planned flags and seven titles gained); three old
# annotations were brought to the corpus's conventions in their own commits (tradedesk's
# past span by its last day, andinapost's span's last day, lisbonpost's "the week of" as a
# week). The yearless wire stays undated: the body's years bound its year but do not fix
# it, and a lead's weekday fixes it only when the happening fell on the filing day, which
# wire copy does not promise. Whole corpus of 395 documents, blind -> after: events 0.9667
# (0.9853) -> 0.9696 (0.9876), planned 0.9961 -> 0.9974; the rest unchanged. No floor was
# changed.
# Round 56 (bench/RESULTS-accuracy-round56.md): five articles in five files from mastheads
# fixtures/outlets.json lacks (a page with JSON-LD @graph metadata only, a page with no meta
# tag and its name only in a copyright footer, Markdown with byline/publisher/pubDate/
# modified, a release with "-- ENDS --", "Notes to editors" and "About …", plain text under
# a masthead and "Farming" with two "By" lines and "Last updated 14:02 GMT, 3 March 2026"),
# with seven long-speaker "X said" titles in TITLE_SUBJECTS, written blind: metadata 0.783,
# actor F1 0.937, quote recall 0.909, 3 of 7 titles; after, 1.000, 0.963, 1.000, 7 of 7;
# topics 1.00 throughout (no keyword was missing). Rules: a time zone between an update
# label and its date; farming sections are section labels; a second "By" line names a
# co-author; a page's author running on into its byline box is the "By" line's name; a
# furniture line wrapped onto the paragraph under it takes only itself out; linked
# headlines one a line under "Related:" leave the body; a long owner's role before the
# speaker's name leaves "NAME said"; "A spokesperson for X" and "… of the Republic of Y"
# give way when what was said needs room; a comparative's "than" is a place to cut a title;
# "lawyer" is a role; a dateline in capitals starts a paragraph and is no part of a title.
# No old article's report line changed (two old titles got better); whole corpus of 395
# documents, blind -> after: metadata 0.9794 -> 0.9825, event precision 0.9848 (under its
# floor) -> 0.9852, actor F1 0.9737 -> 0.9739, quote recall 0.9932 -> 0.9943, TITLE_SUBJECTS
# 134 -> 138 of 139. No floor was changed.
# Round 57 (bench/RESULTS-accuracy-round57.md): six articles in six formats on actors and
# quotes from regions the corpus lacked (Markdown on Guatemala-Ecuador, a wire with an
# accented dateline on Paraguay-Taiwan, an .eml newsletter on Sri Lanka-Singapore, a saved
# page on Nepal-India, JSON Lines on PNG-Indonesia, an Atom interview with name labels on
# Jordan-UK; quotes over two paragraphs, "according to NAME", long appositives, unnamed
# officials of named bodies, "the Congress of <country>", a lower-case embassy, an acronym
# spelling a listed name) scored, blind, actor F1 0.943, quote recall 0.971 (34/35),
# metadata 0.958; after, 1.000, 1.000 (35/35), 1.000. Rules: "the Congress of <country>" is
# that country's; "its Spanish acronym" names a language; a lower-case embassy after its
# country's adjective or possessive that speaks, or whose officer does, is a body; a
# bracketed acronym spells a listed name over its commas, its head word left out; "… and
# Development Studies" goes on; accented dateline places; "Unit" closes a name; "trade
# treaty", "association agreement", "fresh produce" are keywords and "Trade and Investment
# Minister" tags no topic; then, from invented variants, "…," it said (the body that
# spoke), "continued", "recalled", "responded", a role and its appositive set off before
# the name, "State Department for Trade" is no registry body, "said <long title> NAME",
# "quoted … as saying", and "the Example-based A and B Association" is one body. The
# Legislative Yuan is reference data. No old article worse
# (islandsmonitor and pacificnewsdesk gained their "Implementation Unit", maascourier and
# thestar lost a false topic); gujaratbiz was re-annotated with the Vietnamese embassy that
# speaks there, as capitalised embassies are annotated. Whole corpus of 413 documents,
# blind -> after: actor F1 0.9734 -> 0.9749, quote recall 0.9937 -> 0.9947, metadata 0.9821
# -> 0.9827, topic F1 0.9771 (under its floor) -> 0.9807, events unchanged. No floor was
# changed.
# Round 58 (bench/RESULTS-accuracy-round58.md): six articles in six formats on dated events (a Dhaka
# paper on Bangladesh-Sri Lanka, Markdown on Chile-Philippines, an HTML page on Israel-Japan updated
# the next day, an RSS item on Mexico-Brazil ACE 53, an .eml brief on GCC-Turkiye, a Jakarta paper
# on Indonesia-Mercosur with a timeline; "the week of", "late February or early March", "a day
# earlier", "the following day/week/month", "the previous Thursday", "fiscal 2025-26, which ended in
# June", "this week", weekday spans, conditionals, a road map of listed steps, seasons and halves)
# scored, blind, events 0.914 (precision 0.948), planned 0.984; after, 1.000 (1.000), 1.000. Rules:
# a past weekday naming the update's weekday, in a story updated within the week, is the update's
# day; a meeting in the present before "this week"/"this month" is planned; the month a fiscal year
# ends in is no happening; "said in a statement on Tuesday that …" is a dated attribution of its
# own; a body's sitting or debate in the present may name its place before a weekday, ahead; bare
# verbs listed after a modal ("will exchange offers by 15 January, hold a round …") are planned
# parts of their own; the year a budget covers gives way to the part's other date; "Under the
# timetable agreed on Monday, …" is a part of its own; "asking for a review before the second stage
# of cuts on 1 April" dates the cuts, ahead; ", and again in Strelsau on 9 June" says the first
# predicate again (tense, subject, verb); "the previous" dangles at a title's end. Old articles
# better, none worse (corribchronicle's update-day Tuesday and "meet … this week", gulfledger's
# "which ended in March", forgeweekly's 1 April); one topic keyword ("economic complementation
# agreement"). Whole corpus of 413 documents, blind -> after: events 0.9683 (0.9861) -> 0.9716
# (0.9882), planned 0.9967 -> 0.9975, topic F1 0.9799 (under its floor) -> 0.9805; TITLE_SUBJECTS
# 146 of 147 (28 pending). No floor was changed.
# Round 59 (bench/RESULTS-accuracy-round59.md): six articles in six files on metadata and
# titles, in formats the corpus lacked (a ministry's release under its name in capitals,
# "Press Department" and "Press release No. 211/2026", dated "Prague, 24.11.2026 –"; an AMP
# page with only parsely/sailthru meta and "Published … | Last modified … AST"; Jekyll front
# matter with publication, an author mapping and last_modified_at, Liquid tags in the body;
# an Arc XP ANS story; an HTML-only newsletter sent at 21:45 UTC the evening before its
# "Wednesday, 25 November 2026 · Tokyo edition"; a wire dated "… 15:12 WIB" closing with
# "Reporter:"/"Editor:" lines), with 16 TITLE_SUBJECTS entries, written blind: metadata
# 0.444 (the ANS story unreadable), actor F1 0.879, quote recall 0.800, events 0.605
# (0.838), 9 of 16 titles; after, 1.000, 0.955, 1.000, 0.974 (1.000), 16 of 16. Rules: ANS
# stories are read; a ministry's long name in capitals over its press office and a
# numbered release is the issuer; "Contact for journalists" heads a release's appendix;
# zones not ending in T ("WIB", "MSK"); "Related news: <headline>"; closing "Reporter:"
# credits name the authors; a visible "Last modified" stamp; front matter's
# last_modified_at; an HTML email's head and doctype, "View it in your browser", "Written
# by X. Edited by Y.", "· Tokyo edition", an issue date the day after the Date header's;
# template tags; "Also in this week's Letter:"; a closing note about the writer; a
# newsletter's sign-off; a schedule told in the present gives its subject to a second
# predicate. No old article's
# report line changed; whole corpus of 413 documents, blind -> after: metadata 0.9738 ->
# 0.9827, events 0.9643 (0.9852) -> 0.9700 (0.9874), actor F1 0.9726 -> 0.9738, quote
# recall 0.9914 -> 0.9946, topic F1 0.9771 -> 0.9802, TITLE_SUBJECTS 150 -> 157 of 158.
# No floor was changed.
# Round 60 (bench/RESULTS-accuracy-round60.md): four known leftovers, no new article. A
# plural present with its object after a bare "and" ("… in July 2024 and plan a third round
# in January 2027") is a planned happening of its own; a web page dated only by a visible
# update stamp ("Revised 21.11.2025") has no publication date, as the corpus annotates a
# text's "Updated:" line alone; an ANS story naming no source takes its distributor as its
# outlet; a body's comma-listed fields may close with "and the <Field>". One old article
# better (an actor's full name), none worse; whole corpus of 425 documents: actor F1 0.97400
# -> 0.97423, every other total unchanged. The clustering probe's wrongly merged pairs over
# all 24 groups 8 -> 5 in every mode (P 0.97 -> 0.98). No floor was changed.
# Round 61 (bench/RESULTS-accuracy-round61.md): four articles in four formats on regions the
# corpus had least of (a CARICOM-Dominican Republic wire under a "By … | Outlet | date"
# byline and an "(ABW)" dateline, an HTML page on Tajikistan-Kyrgyzstan customs, Markdown on
# Montenegro-Albania under CEFTA, a JSON article on Ethiopia and the COMESA FTA), written
# blind: actor F1 0.932, quote recall 0.667, events 0.958 (precision 1.000), metadata 0.938,
# topic F1 0.933; after, 0.989, 0.917, 1.000 (1.000), 1.000, 1.000. Rules: after "said", a
# country's long title with commas sets the name off ("said Ruritania's Minister of Fish,
# Forests and Water, Jane Doe, who …"); a dateline's initials spelling out the byline's
# outlet give way to its full name; "under the Government/President/Cabinet of …" and a
# remit after "on" belong to the body's name ("Agency on Statistics under the President
# of …"); a bracketed acronym spelling the name after "<organ> of the" names that body;
# ", with two more to follow by …" / ", with a second due in …" are parts of their own; a
# country's customs services are no trade in services (a topics.json keyword). Old articles
# better, none worse (baltictimesbiz's "(BBT)" outlet, tasmanreview's "with a report …
# due by the middle of next year"). Whole corpus of 429 documents, blind -> after: actor
# F1 0.9736 -> 0.9741, quote recall 0.9908 -> 0.9939, events 0.9720 -> 0.9728 (precision
# 0.9883), metadata 0.9828 -> 0.9839, topic F1 0.9804 -> 0.9809. No floor was changed.
# Round 62 (bench/RESULTS-accuracy-round62.md): known leftovers, and two articles written
# blind for their shapes (an HTML page on Indonesia-Peru dated by its dateline, with a
# "Revised" stamp in its footer; Markdown on Mongolia-Japan). "The first week of <month>" in
# a month not opening on a Monday is the month; a footer's update stamp is never the
# publication date; after a bare "and", a verb of meeting with a plural object, a
# preposition or its date ("met in July and resume talks in March") is a planned happening
# of its own, titled with the sentence's subject; "every" opens a reported phrase, not a
# term, and a definite noun phrase of any length with no verb closing the sentence is a
# term; a modifier may open a lowercase post after a possessive ("Ruritania's deputy
# minister of economy and development, NAME"); a compound acronym ("RB-CEPA") is read
# whole for merging. Capitals as venues stay no actors, as the corpus annotates. The two,
# blind -> after: actor F1 0.968 -> 1.000, quote recall 0.800 -> 1.000 (precision 0.833 ->
# 1.000), events 1.000, metadata 1.000, topic F1 0.933. Two old articles better, none
# worse; whole corpus of 431 documents, after: actor F1 0.9745, quote recall 0.9949, events
# 0.9729 (precision 0.9887), metadata 0.9840, topic F1 0.9805. No floor was changed.
# Round 63 (bench/RESULTS-accuracy-round63.md): five articles in five formats on regions the
# corpus had least of (a Solomon Islands PACER Plus item in RSS 2.0, a Pakistan-GCC newsletter
# saved as .eml, a Paraguayan Senate vote on Mercosur-Singapore in JSON Lines, a
# Bangladesh-Bhutan PTA page with JSON-LD only, Sierra Leone's AfCFTA schedule in Markdown),
# written blind: actor F1 0.924, quote recall 1.000, events 0.967 (precision 0.969),
# metadata 1.000, topic F1 1.000; after, 0.933, 1.000, 1.000 (1.000), 1.000, 1.000. Rules:
# a date whose own words put it behind ("approved a plan … last month") is never moved to
# next year as a plan; a body's head and "General" close a name ("the <bloc> Secretariat
# General"); ", clearing the way for <it> <date>" is titled with what the way is cleared
# for; a second participle with an agent's "by" keeps the first's passive, and one after a
# modal passive its "will be" and its future ("will be signed in March and ratified in
# May"); a short subject ends before its verb in the present; a second clause's subject may
# carry a phrase or two after its head; a "who" clause after a person's role appositive is
# said of the person; a phrase ending in a two-word country is a body ("Statistics …"), no
# person. Old articles better, none worse (three gain "GCC Secretariat
# General"; seven "Clearing the way for …" fragments fixed). Whole corpus of 434 documents,
# blind -> after: actor F1 0.9737 -> 0.9742, events 0.9727 -> 0.9731 (precision 0.9881 ->
# 0.9884), titles flagged 64 -> 57 of 2940; quotes, metadata and topics unchanged. Five of
# the eight actors still missed are capitals named only as venues, which the extractor
# leaves out by design. No floor was changed.
# Round 64 (bench/RESULTS-accuracy-round64.md): four articles in the shapes the corpus had
# least of (a saved live page with "16:05 GMT — …" entries and a reporter under each, a
# press-conference transcript with "Q (name, outlet):" labels, a Markdown explainer with a
# date-first "Key dates" list, a government release under "FOR IMMEDIATE RELEASE" closing
# on a "please contact" block), written blind: actor F1 0.909, quote recall 1.000 (precision
# 0.929), events 0.828 (precision 1.000), metadata 0.688, topic F1 0.867; after, 0.949,
# 1.000 (0.917), 1.000 (1.000), 1.000, 0.938. Blind, the whole corpus fell below the topic
# floor (0.9790). Rules: a ministry over its seat's line ("Strelsau, Ruritania") and a
# headline, or between a transcript's headline and date line, is the outlet; a question
# label may carry its asker in brackets; "By A in X and B in Y" names A and B; the first
# sentence of each entry of a live page names its topics; "For further information, please
# contact:" starts a release's appendix; a named turn dates "last week" and an opening
# "This morning"; a past key date in the present is no plan; "a ministry spokesperson" sets
# a person off; an Authority takes its remit after "for"/"of"; "in the new year" told from
# October on is next year; a live entry's clock stamp is no part of its title; a saved
# page's lines keep the page's order. Old articles better, none worse. Whole corpus of 433
# documents, blind -> after: actor F1 0.9738 -> 0.9744, events 0.9712 -> 0.9735 (precision
# 0.9884), planned 0.9972 -> 0.9976, metadata 0.9812 -> 0.9847, topic F1 0.9790 -> 0.9801,
# quotes 0.9939 (0.9964) unchanged. No floor was changed.
# Round 65 (bench/RESULTS-accuracy-round65.md): real page furniture. Four saved pages written
# blind with a CMS's long furniture (an AMP page with a consent banner, a sidebar menu, share
# buttons, an author bio and dated related stories; a WordPress page with its story in a
# <div> under a dated "Most read" list and over a dated comments thread; a page whose JSON-LD
# and meta author is a web producer, not its byline, under a markets ticker and over an
# Editor's-picks carousel; a page with tags, an author box, related news and comments inside
# its <article>): actor F1 0.897, quote recall 0.900 (precision 1.000), events 0.966
# (precision 1.000), metadata 0.938, topic F1 0.933; after, 0.923, 0.900, 0.966, 1.000,
# 0.933. None of the four's furniture leaked into actors, quotes or events; the one leak was
# the author. Rules, most found by probing furniture shapes the four did not hold: block
# boxes of other stories and tickers marked by a class or id word ("most-read", "trending",
# "picks", "carousel", "ticker", "discussion", "further-reading", "sponsored") are dropped
# before trafilatura reads the page and from the lines searched for a byline; so are short
# <article> teasers whose heading links to another page, and JSON-LD about other stories
# (an ItemList, a NewsArticle whose headline is not the <h1>); an author field the page
# never prints gives way to its visible "By" line; "Also read: <headline>" over a long
# paragraph and "Jane Doe covers trade for the Example Post." leave the body; in pasted
# text, "Further reading", "Editor's picks", "Trending now" and the like head links to
# other stories, as "Most read" did. No old
# article's report line changed; whole corpus of 433 documents, blind -> after: actor F1
# 0.9737 -> 0.9739, metadata 0.9835 -> 0.9841, every other total unchanged (topic F1
# 0.9805). No floor was changed.
# Round 66 (bench/RESULTS-accuracy-round66.md): four articles on the shapes of unknown officials'
# names (a Chile-India wire with a Spanish double surname and "K. R." initials, an RCEP JSON article
# with Vietnamese, Chinese and Korean names and a single Indonesian name, EU-Indonesia Markdown with
# "van der", "O'" and "Mac", a Nigeria-UAE newsletter with "bin … Al" and "Minister" + surname),
# written blind: actor F1 0.945, quote recall 0.765 (precision 1.000), events 0.815 (precision
# 0.926), metadata 1.000, topic F1 0.929; after, 1.000, 1.000, 0.889 (1.000), 1.000, 0.966. Blind,
# the whole corpus fell below the topic floor (0.9793). Rules: a single name is a person after
# "said" with a bare role ("said Jane, director of …") or set off after a role before a speech verb,
# and again where a speaker stands; a coordinator is a role; "Alhaji" is an honorific; initials
# without a space ("K.R.") open a name; the first of two closing family names of a five-word name
# alone is that speaker; a capital closing a person's name is a word of it; "planned" after a
# determiner is no future; ", before a <noun phrase> <date>" takes its clause's tense; sesame and
# hides are farm goods and "duty on" a good a tariff (topics.json). One old article better (a
# Tariffs topic), none worse. Whole corpus of 437 documents, blind -> after: actor F1 0.9741 ->
# 0.9746, quote recall 0.9901 -> 0.9940, events 0.9719 -> 0.9726 (precision 0.9879 -> 0.9886), topic
# F1 0.9793 -> 0.9805, metadata 0.9848 unchanged. No floor was changed.
# Round 67 (bench/RESULTS-accuracy-round67.md): date expressions. Unit probes found most
# of the brief's shapes handled (numeric dates either way round, ISO in running text,
# ordinals, "mid-March", halves and quarters, fiscal years, "a fortnight ago", "on the
# 12th", day ranges, a Buddhist-era or Hijri year beside a Gregorian one); four articles
# written blind around the rest (a British text on UK-GCC, Indian JSON on India-New
# Zealand, Thai Markdown on Thailand-EU, a US page on US-Kenya) scored events 0.828
# (precision 0.829) blind, 1.000 (0.973) after; actor F1 0.974, quotes 1.000, metadata
# 1.000, topic F1 0.880 unchanged. Rules: "the day before yesterday" and "the day after
# tomorrow" are two days off; "the week beginning <day>" is that week; "on Tuesday the
# 10th" is that day, not the last Tuesday; "FY2026-27" written together is 2026. No old
# article worse (nine old optional fiscal-year events now dated); whole corpus of 444,
# blind -> after: events 0.9723 (0.9871) -> 0.9742 (0.9888). No floor was changed.
# Round 68 (bench/RESULTS-accuracy-round68.md): actor name boundaries, cut short by its deadline.
# One wire article (Papua New Guinea-Indonesia border trade) with a registry name inside a longer
# body of another country, a comma-listed ministry name and a long "National ... and ...
# Authority" after a possessive, written blind: actor F1 0.75, quotes 1.000 (precision 1.000),
# events 1.000, metadata 1.000, topic F1 0.67; after, actor F1 0.83, the rest unchanged. Rule: a
# registry body named by its field that runs on with " and <Field>" ("Department of Commerce and
# Industry") is another body. One old article better (actor F1), none worse. Whole corpus of 449
# documents, blind -> after: actor F1 0.9736 -> 0.9741; quote recall 0.9952, events 0.9730
# (precision 0.9892), topic F1 0.9827, metadata 0.9852 unchanged. No floor was changed.
MIN_ACTOR_F1 = 0.96
MIN_EVENT_DATE_ACCURACY = 0.95
MIN_EVENT_PRECISION = 0.985
MIN_QUOTE_RECALL = 0.99
MIN_QUOTE_PRECISION = 0.99
MIN_METADATA_ACCURACY = 0.95
MIN_TOPIC_F1 = 0.98
# Round 19 (bench/RESULTS-accuracy-round19.md): event titles. The share of titles that
# title_fragment flags (no subject: "Held in Riyadh", "That it had postponed …") may not
# rise above MAX_TITLE_FRAGMENT_SHARE, and the titles in TITLE_SUBJECTS must name the
# subject a careful reader would give them (MIN_TITLE_SUBJECTS of them).
# 126 of 1236 titles flagged and 0 of 40 TITLE_SUBJECTS before the round; 56 and 39 after.
# Round 27 (bench/RESULTS-accuracy-round27.md): 24 more titles judged bad by eye joined
# TITLE_SUBJECTS, pending (outside the share) until a rule fixed them: 24 pending before,
# 5 after; 62 of 1398 titles flagged before, 59 after. Floors unchanged.
# Round 31 (bench/RESULTS-accuracy-round31.md): 33 more titles judged bad by eye (100 random,
# seed 3131: 35 bad) joined TITLE_SUBJECTS, all pending; "words$" means the title ends with
# them. Rules for dangling ends, quote holes, commas in names, empty "X said", asides and
# relative clauses: 38 pending before, 21 after; bad by eye 35 -> 20 on the same 100, 33 -> 29
# on a fresh 100 (seed 3132); 61 titles flagged before and after; one more annotated event
# found (events 0.962, precision 0.986). Floors unchanged.
MAX_TITLE_FRAGMENT_SHARE = 0.05
MIN_TITLE_SUBJECTS = 0.95
# (corpus file, the event's date as written, words its title must hold): titles judged
# bad by eye before round 19's rules, each with the subject its sentence gives it. A
# title passes when it holds the words and title_fragment finds nothing wrong with it.
TITLE_SUBJECTS: tuple[tuple[str, str, str], ...] = (
    ("dailymirror_lk_thailand_fta.txt", "of 2022", "Negotiations stalled"),
    ("dailymirror_lk_thailand_fta.txt", "in July last year", "Negotiations resumed"),
    ("dailymirror_lk_thailand_fta.txt", "from June 1", "agreement would enter into force"),
    ("regio_mexico_steel_usmca.txt", "overnight", "Ternium"),
    ("gulf_interview_gcc_uk_fta.txt", "in September", "round held in Riyadh"),
    ("wam_uae_ecuador_cepa.txt", "on 1st November, 2025", "CEPA entered into force"),
    ("nordvik_efta_thailand_release.txt", "on 15 November", "agreement took effect"),
    ("pdf_ffa_fisheries_release.txt", "on 15 September 2025", "Subsidies entered into force"),
    ("standard_kenya_eu_epa.txt", "on July 1, 2024", "agreement entered into force"),
    ("explainer_india_efta_tepa.txt", "after 2013", "Negotiations stalled"),
    ("explainer_india_efta_tepa.txt", "of 2023", "Talks picked up pace"),
    ("tmr_wp_two.json", "in October last year", "Negotiations"),
    ("tradebrief_uk_gcc_new_year.txt", "in April", "Saudi Arabia said"),
    ("tradebrief_uk_gcc_new_year.txt", "of 2024", "talks paused"),
    ("tradebrief_uk_gcc_new_year.txt", "in May", "negotiators"),
    ("tidewater_feed_two_zones.xml", "on Jan. 1", "arrangement"),
    ("tidewater_feed_two_zones.xml", "over the weekend", "Farm groups"),
    ("reuters_us_japan_minerals.txt", "two weeks ago", "two sides"),
    ("reuters_us_japan_minerals.txt", "on Jan. 1, 2020", "deal took effect"),
    ("reuters_korus.txt", "on Friday", "Trump imposed tariffs"),
    ("newsapi_two.jsonl", "in January", "talks"),
    ("newsletter_uk_gcc_fta.eml", "that year", "Talks"),
    ("mekongreview_acfta_upgrade.html", "in May 2025", "Negotiations"),
    ("mekongreview_acfta_upgrade.html", "in August", "Malaysia ratified"),
    ("businessline_feed_two.xml", "in December", "two countries"),
    ("ep_inta_steel_aluminium.txt", "from 4 June", "US"),
    ("ep_inta_steel_aluminium.txt", "from 1 January 2022", "truce"),
    ("theprint_pti_india_uk.txt", "in February", "negotiations"),
    ("wirenews_kenya_uk_epa_senate.txt", "over the weekend", "committee"),
    ("wirenews_kenya_uk_epa_senate.txt", "in March", "Department for Business and Trade"),
    ("bosphorusledger_feed_two.xml", "in July", "round"),
    ("wire_asean_canada_fta.txt", "by 2026", "Ministers"),
    ("abrafrut_mercosur_efta_release.md", "of 2027", "agreement"),
    ("bss_japan_bangladesh_epa.txt", "by December 15", "two sides had agreed"),
    # ("tradepress_canola_crush.txt", "through the winter", "Bunge Global") was here: round
    # 21 made that future season no date, so the (unannotated, extra) event is gone
    ("ukpaper_steel_treasury_lobbying.txt", "in March", "exemption"),
    ("wirtschaftskurier_eu_mercosur_vote.txt", "on 17.1.2026", "deal"),
    ("wto_goods_council_news.txt", "in November 2022", "European Union"),
    ("gulfledger_india_uae_protocol.html", "on Tuesday", "trade ministers"),
    ("jakartaglobe_eu_indonesia_cepa.txt", "in September 2016", "negotiators"),
    # Round 27 (bench/RESULTS-accuracy-round27.md): titles judged bad by eye before its
    # rules (no verb, an empty "X said", a role cut badly, the wrong clause or antecedent),
    # each with the words a headline would hold; "^" means the title opens with them.
    ("gulfledger_gcc_japan_fta.txt", "in fiscal 2025", "Industry said Japanese imports"),
    ("wire_korea_battery_credits.txt", "next month", "Industry and Energy said"),
    ("statement_yara_cbam.txt", "last week", "Industry and Fisheries said"),
    ("digest_trade_weekly.txt", "in early July", "^Ryosei Akazawa made his seventh trip"),
    ("andinapost_chile_india_cepa.html", "of 2027", "^Anjali Mehra said New Delhi hoped"),
    ("committee_uk_india_ceta.txt", "on 4 November", "^Fenella Rowcliffe Dunn said"),
    ("fieldnotes_eu_indonesia_cepa_ranges.md", "in October", "EU postponed the deforestation"),
    (
        "fieldnotes_eu_indonesia_cepa_ranges.md",
        "on Thursday",
        "said EU and Indonesian negotiators sat",
    ),
    ("harbourline_feed_two_timezones.xml", "on Thursday", "Statistics Canada said Canada's"),
    ("bloomberg_india_gsp.md", "Friday", "White House said Donald Trump will end"),
    ("financialledger_india_oman_fiscal.md", "on Wednesday", "exports to Oman rose"),
    ("agency_peru_india_fta.txt", "in 2024", "between Peru and India reached"),
    ("liveblog_wto_mc14_yaounde.html", "on Thursday", "New Delhi could not support"),
    ("oped_uk_eu_ev_origin.txt", "from 1 January 2024", "electric car would need"),
    ("koreaherald_korea_uk.txt", "late next month", "set to meet Kemi Badenoch"),
    ("scmp_china_us_talks.txt", "this week", "^Liu He had been expected"),
    ("explainer_india_efta_tepa.txt", "in 2024", "^Piyush Goyal signed the agreement"),
    ("theprint_pti_india_uk.txt", "on Tuesday", "^India and the UK concluded"),
    ("statement_yara_cbam.txt", "since 2023", "Yara has argued"),
    ("wire_canola_china_canada.txt", "overnight", "rapeseed meal in Zhengzhou rose"),
    ("aljazeera_afcfta.txt", "by mid-April", "trade ministers are expected to meet"),
    ("digest_trade_weekly.txt", "later this week", "^US and Indian negotiators meet"),
    ("newsfeed_weekly_conditional.jsonl", "Friday", "China lifted its anti-dumping"),
    ("regional_salmon_china.txt", "last year", "exports to China"),
    # Round 31 (bench/RESULTS-accuracy-round31.md): titles judged bad by eye before its
    # rules (a dangling end, a hole left by a quote or a date, an empty "X said", no verb,
    # the wrong clause or antecedent); "$" means the title ends with the words.
    (
        "businessdaily_india_canada_cepa.txt",
        "on Saturday",
        "Ottawa said the round had made real progress",
    ),
    (
        "wirenews_kenya_uk_epa_senate.txt",
        "in July",
        "two governments initialled the agreement",
    ),
    ("explainer_cbam_india.md", "in fiscal 2024", "7 billion to the EU$"),
    ("reuters_korus.txt", "in late April", "prepares for a summit"),
    ("liveblog_uk_eu_summit.txt", "on 31 January 2020", "Britain left the European Union"),
    ("explainer_cbam_india.md", "last year", "negotiators concluded most chapters"),
    (
        "ep_inta_steel_aluminium.txt",
        "in June 2018",
        "^The United States imposed tariffs of 25% on steel and 10% on aluminium",
    ),
    ("regional_salmon_china.txt", "this week", "confirmed they had been approved"),
    ("blogger_andean_trade_notes.atom", "in March 2024", "^Eight rounds"),
    (
        "businessline_feed_two.xml",
        "from the end of next year",
        "regulation will require importers",
    ),
    (
        "dtic_afcfta_release.txt",
        "on Thursday",
        "first consignment will leave the Port of Durban",
    ),
    ("cbc_ceta_france.txt", "on Wednesday", "Claire Duvivier said there was no hurry"),
    (
        "independent_uk_cptpp.html",
        "on Sunday",
        "said the benefits would not make up for the trade",
    ),
    (
        "regio_mexico_steel_usmca.txt",
        "since the summer",
        "orders from U.S. customers fell by a quarter",
    ),
    ("bloomberg_india_gsp.md", "late Friday", "Trump said in a proclamation$"),
    ("karachiherald_pakistan_china_fta_phase3.txt", "in June 2025", "two prime ministers set"),
    (
        "dublinpost_ireland_us_spirits_tariff.txt",
        "from January 15",
        "United States said it would impose a 25 per cent duty",
    ),
    ("bss_japan_bangladesh_epa.txt", "on Saturday", "Nasrin Akter Mollik said at a seminar"),
    (
        "factbox_uae_cepa_deals.txt",
        "last year",
        "Talks with Malaysia and New Zealand were launched",
    ),
    ("dailymirror_lk_thailand_fta.txt", "in 2022", "^Consultations with the Ceylon Chamber"),
    ("dailymirror_lk_thailand_fta.txt", "2023", "^Consultations with the Ceylon Chamber"),
    ("bloomberg_us_uk_tariff_review.txt", "on Tuesday", "met in Washington"),
    ("japantimes_us_japan_signing.txt", "by 2033", "to 9 percent"),
    (
        "leadership_ng_afcfta_naira.txt",
        "last month",
        "^The AfCFTA Council of Ministers met in Accra",
    ),
    ("straitscommerce_schema_two.json", "on Thursday", "said Asean and Canada hope to sign"),
    (
        "aljazeera_afcfta.txt",
        "next month",
        "protocol on digital trade will open for ratification",
    ),
    ("tidewater_feed_two_zones.xml", "in June 2025", "arrangement was agreed"),
    ("globe_canada_indonesia.txt", "by late 2025", "expected ratification in both countries"),
    (
        "bss_japan_bangladesh_epa.txt",
        "last month",
        "said eight Japanese companies had applied",
    ),
    (
        "mekongreview_acfta_upgrade.html",
        "on November 1",
        "Free Trade Area will enter into force",
    ),
    ("feedly_trade_board_two.xml", "in 2020", "agreements with the EU took effect"),
    ("alpinewire_swiss_uk_round.txt", "of 2027", "aimed to conclude the talks"),
    ("opinion_australia_eu_fta.txt", "of 2023", "said to be within touching distance"),
    # Round 36 (bench/RESULTS-accuracy-round36.md): the titles its articles should get,
    # written with the articles (all pending until a rule gives them).
    ("astanawire_kazakhstan_uae_cepa.txt", "in December 2015", "investment treaty"),
    ("outbackwire_eu_australia_fta.json", "in October 2023", "^Negotiations on the two agreements"),
    ("riodelaplata_mercosur_uae_cepa.txt", "by the middle of next year", "due to enter into force"),
    ("islasdaily_philippines_canada_fta.md", "by the middle of next year", "due to be reviewed"),
    ("tasmanlive_nz_india_fta.html", "The day before", "officials spent 14 hours"),
    ("thamesledger_uk_switzerland_fta.html", "the previous Tuesday", "^Negotiators met"),
    # Round 39 (bench/RESULTS-accuracy-round39.md): the titles its articles should get,
    # written with the articles (pending until a rule gives them; three passed blind).
    (
        "pontuswire_georgia_eu_wine_quota.txt",
        "on December 8",
        "agriculture ministry would raise it at a meeting",
    ),
    (
        "pontuswire_georgia_eu_wine_quota.txt",
        "on Thursday",
        "economy ministry said growers had picked",
    ),
    (
        "pontuswire_georgia_eu_wine_quota.txt",
        "on Thursday",
        "agriculture ministry said it regretted the request",
    ),
    (
        "carpathianbiz_romania_moldova_customs.md",
        "on Tuesday",
        "^Customs officers from both countries began checking lorries",
    ),
    (
        "carpathianbiz_romania_moldova_customs.md",
        "on 1 October",
        "^The agreement on the joint post entered into force",
    ),
    ("carpathianbiz_romania_moldova_customs.md", "in 2024", "^The crossing was rebuilt"),
    (
        "lusodiario_portugal_brazil_olive_oil.txt",
        "on Wednesday",
        "agriculture ministry said the labels will be recognised",
    ),
    (
        "lusodiario_portugal_brazil_olive_oil.txt",
        "in March 2025",
        "^The case was raised by Lisbon",
    ),
    (
        "courrierdakar_senegal_mauritania_fisheries.txt",
        "in June",
        "fisheries ministers agreed to meet again",
    ),
    (
        "courrierdakar_senegal_mauritania_fisheries.txt",
        "in 2001",
        "^The agreement was first signed",
    ),
    (
        "courrierdakar_senegal_mauritania_fisheries.txt",
        "in 2018",
        "^The agreement was suspended for eight months",
    ),
    (
        "courrierdakar_senegal_mauritania_fisheries.txt",
        "on Sunday",
        "fisheries ministry said 320 canoes had already applied",
    ),
    (
        "courrierdakar_senegal_mauritania_fisheries.txt",
        "in February",
        "fisheries ministry would open a second window",
    ),
    (
        "baltictrade_feed_two.jsonl",
        "in December",
        "^The round after Vilnius was supposed to take place",
    ),
    ("baltictrade_feed_two.jsonl", "of 2027", "aim to conclude the talks"),
    ("baltictrade_feed_two.jsonl", "in 2020", "talks opened"),
    (
        "baltictrade_feed_two.jsonl",
        "on Thursday",
        "Ilze Ozoliņa-Berg said it is a small agreement",
    ),
    ("baltictrade_feed_two.jsonl", "in May", "pact was signed in Singapore"),
    (
        "andesmonitor_peru_korea_protocol.html",
        "in June",
        "^The protocol was approved by the Congress of Peru",
    ),
    (
        "andesmonitor_peru_korea_protocol.html",
        "in February",
        "Salazar Quispe would travel to Seoul",
    ),
    (
        "andesmonitor_peru_korea_protocol.html",
        "on Wednesday",
        "Paredes León said Korean buyers had already asked",
    ),
    ("muscatwire_oman_kenya_tea.txt", "in February", "officials hoped to hold the first round"),
    (
        "muscatwire_oman_kenya_tea.txt",
        "on Sunday",
        "told reporters he would lead the Kenyan delegation",
    ),
    (
        "muscatwire_oman_kenya_tea.txt",
        "by the end of March",
        "two sides would exchange tariff offers",
    ),
    (
        "muscatwire_oman_kenya_tea.txt",
        "in September",
        "^Kenyan tea exporters asked the Kenyan government",
    ),
    # Round 41 (bench/RESULTS-accuracy-round41.md): the titles its articles should get,
    # written with the articles (pending until a rule gives them).
    ("tradefeed_two_phaseouts.jsonl", "early next year", "^Both governments expected to submit"),
    ("tradefeed_two_phaseouts.jsonl", "by year-end", "ministry expects two-way trade to pass"),
    ("capecommerce_sacu_gcc_explainer.txt", "by 2029", "agreement could enter into force"),
    (
        "nairobiledger_kenya_eac_sugar.txt",
        "a fortnight ago",
        "council agreed to keep it until the March meeting",
    ),
    ("deccanobserver_india_peru_schema.json", "in mid-September", "^The two sides last met"),
    ("lakesidelive_wto_council_liveblog.html", "by Friday", "chair told delegates he wants"),
    # and titles of old articles that round 39 left wrong
    ("rioplatense_uruguay_mercosur_singapore.txt", "2020", "^Talks were paused"),
    # Round 52 (bench/RESULTS-accuracy-round52.md): the titles its articles should get,
    # written with the articles (pending until a rule gives them): sentences that open
    # with a clause of time or condition, "According to …", an appositive list or a
    # reported clause.
    ("coastlinecommerce_chile_vietnam_round.txt", "on Monday", "^Chile and Vietnam closed"),
    (
        "coastlinecommerce_chile_vietnam_round.txt",
        "in September",
        "^The two delegations exchanged revised tariff offers",
    ),
    ("coastlinecommerce_chile_vietnam_round.txt", "in March", "^Vietnam cut its tariff"),
    (
        "coastlinecommerce_chile_vietnam_round.txt",
        "on Friday",
        "trade ministry said it would not reopen the rice chapter",
    ),
    (
        "coastlinecommerce_chile_vietnam_round.txt",
        "in April",
        "two trade ministers would sign the upgraded agreement",
    ),
    ("coastlinecommerce_chile_vietnam_round.txt", "in February", "third round would take place"),
    ("coastlinecommerce_chile_vietnam_round.txt", "in 2025", "exports of cherries to Vietnam rose"),
    ("nordicharbour_norway_moldova_wine.txt", "in 2024", "^Norway removed its tariffs"),
    ("nordicharbour_norway_moldova_wine.txt", "on Thursday", "^Norway extended the arrangement"),
    (
        "nordicharbour_norway_moldova_wine.txt",
        "in 2017",
        "^The European Free Trade Association signed a free trade agreement",
    ),
    ("nordicharbour_norway_moldova_wine.txt", "in October", "wine importers had written"),
    ("nordicharbour_norway_moldova_wine.txt", "on 1 January", "^The extension will take effect"),
    ("nordicharbour_norway_moldova_wine.txt", "last year", "^Moldovan bottles made up 3 percent"),
    ("gulfdesk_gcc_korea_round.txt", "on Sunday", "^The Gulf Cooperation Council agreed"),
    (
        "gulfdesk_gcc_korea_round.txt",
        "on Monday",
        "trade ministry said negotiators would use the round",
    ),
    ("gulfdesk_gcc_korea_round.txt", "in 2022", "^The talks resumed"),
    ("gulfdesk_gcc_korea_round.txt", "in March", "^The agreement could be signed"),
    ("gulfdesk_gcc_korea_round.txt", "in September", "^Korean carmakers asked the government"),
    ("gulfdesk_gcc_korea_round.txt", "in 2025", "exports to the six Gulf states fell"),
    (
        "lowveldcourier_south_africa_mozambique_macadamia.html",
        "on Saturday",
        "Trade said the pilot could be extended",
    ),
    (
        "pennineherald_uk_iceland_lamb_quota.html",
        "on Monday",
        "Business and Trade said the quota could only be changed",
    ),
    (
        "ferghanamonitor_uzbekistan_wto_accession.md",
        "on Tuesday",
        "Industry and Trade said talks on services would continue",
    ),
    (
        "sheaprocessors_release_uk_ghana_origin.txt",
        "on Wednesday",
        "Boateng-Asare said shipments of refined shea butter",
    ),
    (
        "corribchronicle_eu_australia_beef.txt",
        "on Monday",
        "Cusack-O'Riordan said the quota on the table was smaller",
    ),
    (
        "corribchronicle_eu_australia_beef.txt",
        "on Tuesday",
        "spokesperson said Australia wanted",
    ),
    (
        "corribchronicle_eu_australia_beef.txt",
        "on Friday",
        "^The European Commission said the round would focus",
    ),
    # Round 55 (bench/RESULTS-accuracy-round55.md): titles of its articles judged by eye
    # after its rules (three fixed by them, five pending)
    (
        "blacksealedger_ukraine_turkey_fta_ratified.txt",
        "on Tuesday",
        "Verkhovna Rada, ratified the free trade agreement with Turkey",
    ),
    ("darweekend_tanzania_uae_cepa_round.txt", "in early 2027", "^Both sides aim to sign"),
    (
        "copperbeltwire_zambia_angola_trade_pact.txt",
        "on 14 June 2024",
        "^Zambia and Angola signed a customs cooperation agreement",
    ),
    ("araratbiz_armenia_uae_cepa_ratification.txt", "in 2024", "^Talks paused"),
    ("araratbiz_armenia_uae_cepa_ratification.txt", "in January 2025", "^Talks resumed"),
    ("araratbiz_armenia_uae_cepa_ratification.txt", "on 16-20 November", "will be in Dubai"),
    ("araratbiz_armenia_uae_cepa_ratification.txt", "in early 2027", "pact to take effect"),
    ("copperbeltwire_zambia_angola_trade_pact.txt", "in March 2024", "^Talks opened"),
    # Round 58 (bench/RESULTS-accuracy-round58.md): titles judged by eye after its rules
    # (five fixed by them, two pending)
    (
        "gulftradebrief_gcc_turkiye_roadmap.eml",
        "between 14 and 17 February",
        "^The two sides will hold a fifth round",
    ),
    (
        "aztecatrade_feed_mexico_brazil_ace53.xml",
        "by 2030",
        "^Brazilian tariffs on Mexican auto parts will fall",
    ),
    ("forgeweekly_uk_india_ceta_unions.txt", "on 1 April", "second stage of cuts"),
    ("aztecatrade_feed_mexico_brazil_ace53.xml", "the following week", "^Negotiators met again"),
    (
        "aztecatrade_feed_mexico_brazil_ace53.xml",
        "on Tuesday",
        "Industry, Trade and Services said",
    ),
    ("jakartaledger_indonesia_mercosur_cepa.txt", "Thursday", "approved the agreement$"),
    ("dhakacourier_bangladesh_srilanka_fta.txt", "on 24 November", "^Bangladesh leaves"),
    # Round 59 (bench/RESULTS-accuracy-round59.md): titles its articles should get, written
    # with them, blind
    (
        "mpocz_release_eu_india_engineering.txt",
        "on Monday",
        "^The Ministry of Industry and Trade met representatives",
    ),
    ("mpocz_release_eu_india_engineering.txt", "on 3 December", "^The ministry will present"),
    (
        "mpocz_release_eu_india_engineering.txt",
        "in June 2022",
        "^Negotiations on the agreement were relaunched",
    ),
    ("fundybusiness_amp_canada_asean_lobster.html", "on Monday", "^The round opens"),
    ("fundybusiness_amp_canada_asean_lobster.html", "on Friday", "^Global Affairs Canada said"),
    ("fundybusiness_amp_canada_asean_lobster.html", "on Thursday", "^Sandra Kowalczyk told"),
    (
        "northsealetter_jekyll_eu_thailand_tuna.md",
        "on Monday",
        "^Negotiators from the European Union and Thailand opened",
    ),
    (
        "northsealetter_jekyll_eu_thailand_tuna.md",
        "on Sunday",
        "^Thailand's Department of Trade Negotiations said",
    ),
    (
        "northsealetter_jekyll_eu_thailand_tuna.md",
        "on 12 November",
        "^Europêche wrote to the European Commission",
    ),
    (
        "antofagastacourier_arc_chile_india_cepa.json",
        "on Monday",
        "^The Antofagasta Industrial Association said",
    ),
    ("antofagastacourier_arc_chile_india_cepa.json", "in January", "send a business delegation"),
    (
        "pacificrimbrief_japan_uae_cepa_digest.eml",
        "on Tuesday",
        "^Japan and the United Arab Emirates concluded negotiations",
    ),
    ("pacificrimbrief_japan_uae_cepa_digest.eml", "on Monday", "^A Saudi official said"),
    (
        "nusa_indonesia_eaeu_joint_committee.txt",
        "on Tuesday",
        "^Indonesia and the Eurasian Economic Union",
    ),
    ("nusa_indonesia_eaeu_joint_committee.txt", "on Wednesday", "Rahmat Hidayat Purba said"),
    (
        "nusa_indonesia_eaeu_joint_committee.txt",
        "on October 1",
        "^The free trade agreement entered into force",
    ),
)
# TITLE_SUBJECTS entries the code does not pass yet: reported, and left out of the
# MIN_TITLE_SUBJECTS share until a rule fixes them (then they move out of this set).
TITLE_SUBJECTS_PENDING: frozenset[tuple[str, str]] = frozenset(
    {
        ("statement_yara_cbam.txt", "last week"),
        ("fieldnotes_eu_indonesia_cepa_ranges.md", "on Thursday"),
        ("wire_canola_china_canada.txt", "overnight"),
        ("reuters_korus.txt", "in late April"),
        ("regional_salmon_china.txt", "this week"),
        ("businessline_feed_two.xml", "from the end of next year"),
        ("independent_uk_cptpp.html", "on Sunday"),
        ("regio_mexico_steel_usmca.txt", "since the summer"),
        ("karachiherald_pakistan_china_fta_phase3.txt", "in June 2025"),
        ("factbox_uae_cepa_deals.txt", "last year"),
        ("dailymirror_lk_thailand_fta.txt", "2023"),
        ("japantimes_us_japan_signing.txt", "by 2033"),
        ("globe_canada_indonesia.txt", "by late 2025"),
        ("bss_japan_bangladesh_epa.txt", "last month"),
        ("feedly_trade_board_two.xml", "in 2020"),
        ("courrierdakar_senegal_mauritania_fisheries.txt", "in June"),
        ("baltictrade_feed_two.jsonl", "of 2027"),
        ("andesmonitor_peru_korea_protocol.html", "in February"),
        ("muscatwire_oman_kenya_tea.txt", "on Sunday"),
        ("tradefeed_two_phaseouts.jsonl", "early next year"),
        ("deccanobserver_india_peru_schema.json", "in mid-September"),
        ("araratbiz_armenia_uae_cepa_ratification.txt", "in 2024"),
        ("araratbiz_armenia_uae_cepa_ratification.txt", "in January 2025"),
        ("araratbiz_armenia_uae_cepa_ratification.txt", "on 16-20 November"),
        ("araratbiz_armenia_uae_cepa_ratification.txt", "in early 2027"),
        ("copperbeltwire_zambia_angola_trade_pact.txt", "in March 2024"),
        ("aztecatrade_feed_mexico_brazil_ace53.xml", "on Tuesday"),
        ("dhakacourier_bangladesh_srilanka_fta.txt", "on 24 November"),
    }
)


# A title is a fragment when it has no subject: it opens with a verb ("Held in Riyadh",
# "Entered into force", "Will meet"), a complementiser or relative pronoun ("That it had
# postponed"), a preposition ("To resume talks"), or an adverb before a verb ("Formally
# launched"). A structural check, not a parse: it flags a share to watch, and the titles
# in TITLE_SUBJECTS say by hand what a headline's subject is.
_OPENING_CLAUSE_WORDS = frozenset(
    """
    that which who whom whose whether where when if because although though while unless
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_OPENING_PREPOSITIONS = frozenset(
    """
    in on at by for with from to into during after before since until under over against
    about between among through within of ahead amid despite following toward towards
    """.split()  # noqa: SIM905
)
_OPENING_VERBS = frozenset(
    """
    is are was were be been being has have had do does did will would could shall should
    might must may can said told met made took held began went came gave left won lost saw
    sent spoke wrote rose fell brought bought sold struck drew withdrew became grew kept led
    paid ran stood thought did got found knew chose broke felt put set cut begun taken given
    done gone seen shown known drawn
    take takes meet meets hold holds sign signs begin begins start starts open opens expire
    expires enter enters come comes resume resumes launch launches impose imposes lift lifts
    raise raises end ends close closes run runs agree agrees approve approves review reviews
    continue continues remain remains become becomes go goes apply applies return returns
    make makes give gives seek seeks plan plans aim aims hope hopes expect expects want wants
    need needs face faces replace replaces follow follows mark marks says tells
    """.split()  # noqa: SIM905
)


_SPEECH_VERBS = frozenset({"said", "says", "told", "tells"})


def _demonstrative(words: list[str]) -> bool:
    """Return True when "That" points at a noun ("That suspension was extended")."""
    if words[0].lower() != "that" or len(words) < 3:
        return False
    noun, verb = words[1], words[2].lower()
    return (
        noun[:1].islower()
        and noun not in _OPENING_VERBS
        and noun not in {"the", "a", "an", "it", "they", "he", "she", "we", "its", "their"}
        and (verb in _OPENING_VERBS or verb.endswith(("ed", "s")))
    )


def title_fragment(title: str) -> str | None:
    """Return why an event title reads as a fragment without a subject, or None."""
    words = title.lstrip("*•-–— ").split()
    if not words:
        return "empty"
    first = words[0].lower().strip(",;:")
    following = words[1] if len(words) > 1 else ""
    if first in _OPENING_CLAUSE_WORDS and not _demonstrative(words):
        return "clause word"
    if first in _OPENING_PREPOSITIONS:
        return "preposition"
    name_follows = following[:1].isupper() and not words[0].isupper()
    if first in _SPEECH_VERBS or (first in _OPENING_VERBS and not name_follows):
        return "verb"  # "Said Nasrin Akter Mollik, vice-president …" has lost its quote too
    if name_follows:
        return None  # "United States", "Mark Linscott": a name
    if first.endswith("ed") and len(first) > 4:
        return "verb"
    second = following.lower()
    if first.endswith("ing") and len(first) > 5 and second[:1].islower():
        # a gerund before its object ("Raising fears that"), not a name before its verb
        # ("Beijing opened", "Beijing will") or a gerund subject ("Trading formally started")
        verbs = [w.lower() for w in words[1:3]]
        if not any(w in _OPENING_VERBS or w.endswith("ed") for w in verbs):
            return "gerund"
    if first.endswith("ly") and (second in _OPENING_VERBS or second.endswith("ed")):
        return "adverb and verb"
    return None


def _fold(text: str | None) -> str:
    """Return a name's comparison key with accents dropped ("Peña" == "Pena")."""
    decomposed = unicodedata.normalize("NFKD", normalise_name(text or ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _quote_key(text: str) -> str:
    """Return quoted words reduced to letters and single spaces for comparison."""
    text = text.replace("’", "'").replace("‘", "'").lower()
    return " ".join("".join(c if c.isalnum() or c == "'" else " " for c in text).split())


@cache
def registry() -> tuple[list[ActorRef], list[TopicRef]]:
    """Return the actors and topics of fixtures/*.json as the extraction needs them."""
    rows = json.loads((FIXTURES / "actors.json").read_text())
    aliases: dict[str, list[str]] = {}
    for row in rows:
        if row["model"] == "articles.alias":
            aliases.setdefault(row["fields"]["actor"][0], []).append(row["fields"]["text"])
    actors = []
    for row in rows:
        if row["model"] != "articles.actor":
            continue
        fields = row["fields"]
        since = fields.get("in_role_since")
        actors.append(
            ActorRef(
                key=fields["slug"],
                name=fields["name"],
                kind=ActorKind(fields["kind"]),
                aliases=tuple(aliases.get(fields["slug"], ())),
                role=fields.get("role") or "",
                country=fields["country"][0] if fields.get("country") else None,
                in_role_since=date.fromisoformat(since) if since else None,
            )
        )
    topics = [
        TopicRef(
            key=row["fields"]["slug"],
            name=row["fields"]["name"],
            keywords=tuple(k for k in row["fields"]["keywords"].split("\n") if k.strip()),
            min_mentions=row["fields"].get("min_mentions", 2),
        )
        for row in json.loads((FIXTURES / "topics.json").read_text())
    ]
    return actors, topics


@cache
def extractor() -> Extractor:
    actors, topics = registry()
    return Extractor(actors, topics)


@cache
def outlet_names() -> dict[str, str]:
    """Return outlet alias keys -> canonical outlet name, as the importer resolves them."""
    names: dict[str, str] = {}
    for row in json.loads((FIXTURES / "outlets.json").read_text()):
        fields = row["fields"]
        for alias in [fields["name"], *fields.get("aliases", "").split("\n")]:
            if alias.strip():
                names.setdefault(_fold(alias), fields["name"])
    return names


def annotation_path(path: Path) -> Path:
    """Return where the annotation of a corpus file is (beside it, <name>.json; a JSON
    article's is <name>.expected.json)."""
    if path.suffix == ".json":
        return path.with_name(f"{path.stem}.expected.json")
    return path.with_suffix(".json")


def corpus_files() -> list[Path]:
    """Return the article files: every file but the annotations."""
    return sorted(
        p
        for p in CORPUS.iterdir()
        if p.is_file() and (p.suffix != ".json" or annotation_path(p).exists())
    )


@dataclass
class Score:
    """Counts for one article (or the sum over the corpus)."""

    actor_tp: int = 0
    actor_fp: int = 0
    actor_fn: int = 0
    quote_tp: int = 0  # expected quotes found with the right speaker
    quote_expected: int = 0
    quote_found_wrong: int = 0  # predicted quotes matching nothing expected
    quote_predicted: int = 0
    event_tp: int = 0
    event_expected: int = 0
    event_planned_ok: int = 0
    event_predicted: int = 0
    event_predicted_ok: int = 0
    meta_ok: int = 0
    meta_total: int = 0
    topic_tp: int = 0
    topic_fp: int = 0
    topic_fn: int = 0
    title_total: int = 0
    title_fragments: int = 0
    title_subject_ok: int = 0
    title_subject_total: int = 0
    title_subject_pending: int = 0  # TITLE_SUBJECTS_PENDING entries, outside the share
    problems: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in self.__dataclass_fields__:
            if name != "problems":
                setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _ratio(num: int, den: int) -> float:
        return num / den if den else 1.0

    @staticmethod
    def _f1(precision: float, recall: float) -> float:
        total = precision + recall
        return 2 * precision * recall / total if total else 0.0

    @property
    def actor_precision(self) -> float:
        return self._ratio(self.actor_tp, self.actor_tp + self.actor_fp)

    @property
    def actor_recall(self) -> float:
        return self._ratio(self.actor_tp, self.actor_tp + self.actor_fn)

    @property
    def actor_f1(self) -> float:
        return self._f1(self.actor_precision, self.actor_recall)

    @property
    def quote_recall(self) -> float:
        return self._ratio(self.quote_tp, self.quote_expected)

    @property
    def quote_precision(self) -> float:
        return self._ratio(self.quote_predicted - self.quote_found_wrong, self.quote_predicted)

    @property
    def event_accuracy(self) -> float:
        return self._ratio(self.event_tp, self.event_expected)

    @property
    def event_precision(self) -> float:
        return self._ratio(self.event_predicted_ok, self.event_predicted)

    @property
    def planned_accuracy(self) -> float:
        return self._ratio(self.event_planned_ok, self.event_tp)

    @property
    def meta_accuracy(self) -> float:
        return self._ratio(self.meta_ok, self.meta_total)

    @property
    def topic_precision(self) -> float:
        return self._ratio(self.topic_tp, self.topic_tp + self.topic_fp)

    @property
    def topic_recall(self) -> float:
        return self._ratio(self.topic_tp, self.topic_tp + self.topic_fn)

    @property
    def topic_f1(self) -> float:
        return self._f1(self.topic_precision, self.topic_recall)

    @property
    def title_subjects(self) -> float:
        return self._ratio(self.title_subject_ok, self.title_subject_total)

    @property
    def title_fragment_share(self) -> float:
        return self.title_fragments / self.title_total if self.title_total else 0.0


def annotations(path: Path) -> list[dict]:
    """Return the annotations of a corpus file, one per article it holds."""
    expected = json.loads(annotation_path(path).read_text())
    return expected.get("documents", [expected])


def extract(path: Path) -> list[ExtractedArticle]:
    return [extractor().extract(document) for document in read_path(path)]


def _name_of(key: str | None) -> str:
    actors, _ = registry()
    for ref in actors:
        if ref.key == key:
            return ref.name
    return key or ""


def _topic_name(key: str) -> str:
    _, topics = registry()
    for ref in topics:
        if ref.key == key:
            return ref.name
    return key


def score_article(expected: dict, result: ExtractedArticle) -> Score:
    """Return the counts of one article against its annotation."""
    score = Score()

    # metadata
    text = result.text
    found_meta = {
        "title": _fold(text.title),
        "outlet": _fold(outlet_names().get(_fold(text.outlet), text.outlet)),
        "author": _fold(text.author),
        "published": text.published.isoformat() if text.published else None,
    }
    # The last update is scored where the annotation states one (round 30 on).
    if "updated" in expected:
        found_meta["updated"] = text.updated.isoformat() if text.updated else None
    for key, got in found_meta.items():
        want = expected.get(key)
        want = want if key in ("published", "updated") else _fold(want)
        score.meta_total += 1
        if got == want:
            score.meta_ok += 1
        else:
            score.problems.append(f"{key}: got {got!r}, want {want!r}")

    # actors
    wanted = {name: set(map(_fold, name.split("|"))) for name in expected["actors"]}
    predicted = {_fold(m.name): m for m in result.mentions}
    matched: set[str] = set()
    for name, keys in wanted.items():
        hit = keys & predicted.keys()
        if hit:
            score.actor_tp += 1
            matched |= hit
        else:
            score.actor_fn += 1
            score.problems.append(f"actor missed: {name}")
    for key, mention in predicted.items():
        if key not in matched:
            score.actor_fp += 1
            score.problems.append(f"actor false: {mention.name!r} ({mention.text!r})")

    # quotes
    found_quotes = [(_quote_key(q.text), _fold(_name_of(q.speaker_key))) for q in result.quotes]
    score.quote_predicted = len(found_quotes)
    wanted_quotes = [(_quote_key(q["text"]), q) for q in expected["quotes"]]
    for words, _speaker in found_quotes:
        if not any(w in words or words in w for w, _ in wanted_quotes):
            score.quote_found_wrong += 1
            score.problems.append(f"quote false: {words[:50]!r}")
    for words, item in wanted_quotes:
        if item.get("optional"):
            continue
        score.quote_expected += 1
        hits = [s for text_, s in found_quotes if words in text_ or text_ in words]
        if _fold(item["speaker"]) in hits:
            score.quote_tp += 1
        else:
            score.problems.append(f"quote missed: {words[:40]!r} by {item['speaker']} (got {hits})")

    # events
    events = expected["events"]
    score.event_predicted = len(result.events)
    for candidate in result.events:
        ok = any(
            e["evidence"] in candidate.sentence.text
            and e["date"] == candidate.date.value.isoformat()
            and e["precision"] == candidate.date.precision.value
            for e in events
        )
        score.event_predicted_ok += ok
        if not ok:
            score.problems.append(
                f"event extra: {candidate.date.value} {candidate.date.precision.value} "
                f"{candidate.temporal_text!r} / {candidate.title!r}"
            )
    for item in events:
        if item.get("optional"):
            continue
        score.event_expected += 1
        same_sentence = [c for c in result.events if item["evidence"] in c.sentence.text]
        right = [
            c
            for c in same_sentence
            if c.date.value.isoformat() == item["date"]
            and c.date.precision.value == item["precision"]
        ]
        if right:
            score.event_tp += 1
            score.event_planned_ok += any(c.planned == item["planned"] for c in right)
            if not any(c.planned == item["planned"] for c in right):
                score.problems.append(f"event planned wrong: {item['evidence']!r}")
        else:
            got = [(str(c.date.value), c.date.precision.value) for c in same_sentence]
            score.problems.append(f"event missed: {item['date']} {item['evidence']!r} got {got}")

    # titles: a subject in each (see title_fragment)
    for candidate in result.events:
        score.title_total += 1
        reason = title_fragment(candidate.title)
        if reason is not None:
            score.title_fragments += 1
            score.problems.append(f"title fragment ({reason}): {candidate.title!r}")

    # topics (only where the annotation names them)
    if "topics" in expected:
        wanted_topics = set(expected["topics"])
        optional_topics = set(expected.get("optional_topics", ()))
        found_topics = {_topic_name(hit.key): hit.count for hit in result.topics}
        for name in sorted(wanted_topics):
            if name in found_topics:
                score.topic_tp += 1
            else:
                score.topic_fn += 1
                score.problems.append(f"topic missed: {name}")
        for name, count in found_topics.items():
            if name not in wanted_topics and name not in optional_topics:
                score.topic_fp += 1
                score.problems.append(f"topic false: {name} ({count} hits)")
    return score


def _holds_words(title: str, words: str) -> bool:
    """Return True when `title` holds `words` as whole words, in order, any case ("^words":
    the title opens with them; "words$": it ends with them)."""
    key = f" {_quote_key(title)} "
    if words.endswith("$"):
        return key.endswith(f" {_quote_key(words[:-1])} ") and _holds_words(title, words[:-1])
    if words.startswith("^"):
        return key.startswith(f" {_quote_key(words[1:])} ")
    return f" {_quote_key(words)} " in key


def score_title_subjects(name: str, results: list[ExtractedArticle], score: Score) -> None:
    """Count into `score` the TITLE_SUBJECTS entries of corpus file `name`."""
    for file_name, temporal, words in TITLE_SUBJECTS:
        if file_name != name:
            continue
        titles = [
            event.title
            for result in results
            for event in result.events
            if event.temporal_text == temporal
        ]
        holds = any(_holds_words(t, words) and title_fragment(t) is None for t in titles)
        if (file_name, temporal) in TITLE_SUBJECTS_PENDING:
            score.title_subject_pending += 1
            if holds:
                score.problems.append(f"pending title holds {words!r}: move it out")
            continue
        score.title_subject_total += 1
        if holds:
            score.title_subject_ok += 1
        else:
            score.problems.append(f"title lacks {words!r}: {temporal!r} got {titles}")


def corpus_scores() -> tuple[dict[str, Score], Score]:
    per_article: dict[str, Score] = {}
    total = Score()
    for path in corpus_files():
        results, expected = extract(path), annotations(path)
        assert len(results) == len(expected), f"{path.name}: {len(results)} articles read"
        for number, (result, annotation) in enumerate(zip(results, expected, strict=True)):
            name = path.name if len(results) == 1 else f"{path.name}#{number + 1}"
            score = score_article(annotation, result)
            if number == 0:
                score_title_subjects(path.name, results, score)
            per_article[name] = score
            total.add(score)
    return per_article, total


@pytest.fixture(scope="module")
def scores() -> tuple[dict[str, Score], Score]:
    return corpus_scores()


def test_every_article_is_annotated() -> None:
    files = corpus_files()
    assert len(files) >= 10
    for path in files:
        assert annotation_path(path).exists(), path.name


def test_actor_f1(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    assert total.actor_f1 >= MIN_ACTOR_F1, report(scores)


def test_event_dates(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    assert total.event_accuracy >= MIN_EVENT_DATE_ACCURACY, report(scores)
    assert total.event_precision >= MIN_EVENT_PRECISION, report(scores)


def test_quotes(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    assert total.quote_recall >= MIN_QUOTE_RECALL, report(scores)
    assert total.quote_precision >= MIN_QUOTE_PRECISION, report(scores)


def test_metadata(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    assert total.meta_accuracy >= MIN_METADATA_ACCURACY, report(scores)


def test_topic_f1(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    assert total.topic_f1 >= MIN_TOPIC_F1, report(scores)


def test_event_titles(scores: tuple[dict[str, Score], Score]) -> None:
    _, total = scores
    counted = total.title_subject_total + total.title_subject_pending
    assert counted == len(TITLE_SUBJECTS), "a TITLE_SUBJECTS file is missing"
    assert total.title_fragment_share <= MAX_TITLE_FRAGMENT_SHARE, report(scores)
    assert total.title_subjects >= MIN_TITLE_SUBJECTS, report(scores)


def report(scores: tuple[dict[str, Score], Score], *, details: bool = True) -> str:
    """Return a per-article table of the scores (and what went wrong)."""
    per_article, total = scores
    lines = [
        f"{'article':28} actP  actR  actF1 quoR  quoP  evAcc evPrc plan  meta  topP  topR  topF1",
    ]
    for name, s in [*per_article.items(), ("TOTAL", total)]:
        lines.append(
            f"{name[:28]:28} {s.actor_precision:.2f}  {s.actor_recall:.2f}  {s.actor_f1:.2f}  "
            f"{s.quote_recall:.2f}  {s.quote_precision:.2f}  {s.event_accuracy:.2f}  "
            f"{s.event_precision:.2f}  {s.planned_accuracy:.2f}  {s.meta_accuracy:.2f}  "
            f"{s.topic_precision:.2f}  {s.topic_recall:.2f}  {s.topic_f1:.2f}"
        )
    lines.append(
        f"titles: {total.title_fragments} of {total.title_total} flagged as fragments "
        f"({total.title_fragment_share:.3f}), {total.title_subject_ok} of "
        f"{total.title_subject_total} TITLE_SUBJECTS hold their subject "
        f"({total.title_subjects:.2f}), {total.title_subject_pending} pending"
    )
    if details:
        for name, s in per_article.items():
            for problem in s.problems:
                lines.append(f"  {name}: {problem}")
    return "\n".join(lines)


def articles_per_second(rounds: int = 30) -> float:
    """Return how many corpus articles the extraction handles per second on one core."""
    documents = [document for path in corpus_files() for document in read_path(path)]
    engine = extractor()
    engine.extract(documents[0])
    started = time.process_time()  # CPU time: one core, whatever else the machine runs
    for _ in range(rounds):
        for document in documents:
            engine.extract(document)
    return rounds * len(documents) / (time.process_time() - started)


if __name__ == "__main__":
    print(report(corpus_scores()))
    print(f"speed: {articles_per_second():.0f} articles/s")
