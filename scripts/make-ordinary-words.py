#!/usr/bin/env python3
"""Derives the redactor's two word lists from Debian's word lists (see docs/privacy.md).

data/ordinary-words-en.txt: the lower-case entries (3+ letters, no possessives) of `wamerican`
  (/usr/share/dict/american-english): ordinary English words, so that "Club" or "Cloud" inside a
  sentence is not taken for a name.
data/ordinary-words-de.txt: every entry of 3-10 letters of `wngerman` (/usr/share/dict/ngerman),
  lower-cased: a capitalised word inside a German sentence that is none of them is a name.
data/name-words.txt: words of 3-12 letters that are a lower-case entry of at least two of the
  five lists (wamerican, wngerman, wnorwegian bokmål, wpolish, wukrainian) AND, capitalised, an
  entry of one of them (a proper noun, mostly a first or last name): "will", "mark", "per", "liv", "strand",
  "berg". A user's name written in lower case that is one of them is an ordinary word there.

The full lists hold 7.3 million entries in 130 MB, too much to ship or read per build; these
three hold about 64,000, 121,000 and 3,600 words. Run after `apt-get install wamerican wngerman wnorwegian
wpolish wukrainian` (scripts/bootstrap installs them); takes about 10 s.
"""
import os
import sys

DICT = "/usr/share/dict/"
LISTS = ["american-english", "ngerman", "bokmaal", "polish", "ukrainian"]
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def words(name):
    path = DICT + name
    if not os.access(path, os.R_OK):
        sys.exit(f"make-ordinary-words: {path} not found (apt-get install the Debian word lists)")
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            w = line.strip()
            if "'" not in w and w.isalpha():
                yield w


english = sorted({w for w in words("american-english") if len(w) >= 3 and w.islower()})
lower_in = {}   # word -> how many lists hold it in lower case
capitalised = set()
for name in LISTS:
    seen = set()
    for w in words(name):
        if not 3 <= len(w) <= 12:
            continue
        if w[0].isupper() and not w.isupper():
            capitalised.add(w.lower())
        elif w.islower():
            seen.add(w)
    for w in seen:
        lower_in[w] = lower_in.get(w, 0) + 1
# Two lists at least: one list alone holds too many stray forms that are names elsewhere
# (bokmål "james", "lena"; Polish "taras", "kari", "kowalska").
# German capitalises every noun, so any word of the German list, of 3-10 letters (names are
# short; long compounds are nouns anyway), lower-cased: "Zimmer" is listed only as "zimmer".
german = sorted({w.lower() for w in words("ngerman") if 3 <= len(w) <= 10})
name_words = sorted(w for w, n in lower_in.items() if n >= 2 and w in capitalised)
for file, items in (("ordinary-words-en.txt", english), ("ordinary-words-de.txt", german), ("name-words.txt", name_words)):
    with open(os.path.join(DATA, file), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(f"wrote {len(items)} words to data/{file}")
