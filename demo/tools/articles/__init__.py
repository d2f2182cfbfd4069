"""Article data of the demo network, one module per paper.

Each article is a dict:
  paper, slug, title, standfirst, authors (person names; [] for desk bylines),
  published (ISO 8601 UTC), section (site section slug), optional label (the
  paper's own category when it differs from its default for the section),
  image (file name, caption, photographer[, label drawn on the SVG]),
  body (paragraphs separated by blank lines), tags, and optionally event,
  syndicated_from, lang, updated, related (slugs), encoding, bio, dateline.
All people, papers and events are fictional.
"""

import importlib

MODULES = ["indus", "straits", "hanriver", "luzon", "padma", "meridian", "chao"]

ALL_ARTICLES = []
for _m in MODULES:
    try:
        ALL_ARTICLES.extend(importlib.import_module(f"articles.{_m}").ARTICLES)
    except ModuleNotFoundError as e:
        if e.name != f"articles.{_m}":
            raise
