#!/usr/bin/env python3
"""Derives the redactor's two word lists from Debian's word lists (see docs/privacy.md).

data/ordinary-words-en.txt: the lower-case entries (3+ letters, no possessives) of `wamerican`
  (/usr/share/dict/american-english): ordinary English words, so that "Club" or "Cloud" inside a
  sentence is not taken for a name.
data/ordinary-words-de.txt: every entry of 3-10 letters of `wngerman` (/usr/share/dict/ngerman),
  in its own case (the Swift side lower-cases them): a capitalised word inside a German sentence
  that is none of them is a name; a lower-case entry ("klug") is a word German writes small.
data/name-words.txt: words of 3-12 letters that are a lower-case entry of at least two of the
  five lists (wamerican, wngerman, wnorwegian bokmål, wpolish, wukrainian) AND, capitalised, an
  entry of one of them (a proper noun, mostly a first or last name): "will", "mark", "per", "liv", "strand",
  "berg". A user's name written in lower case that is one of them is an ordinary word there.

data/word-names-{nb,uk}.txt: the lower-case entries (3+ letters) of `wnorwegian` (bokmål) and
  `wukrainian` that ARE a capitalised entry of one of the English, Norwegian, Polish or Ukrainian
  lists ("ned", "per", "liv", "strand"; "роман", "роману"): the words the Bloom filters below leave
  out. Written in lower case they are the ordinary word ("skrev ned", "читали роман"); a user's
  name among them counts in lower case only next to another name. (Polish is left out: its
  48,000 such forms include lower-case "kowalska", "daniel".)

data/ordinary-words-{nb,pl,uk}.bloom: the lower-case entries (3+ letters; longer than ten as
  their first nine and an ellipsis) of `wnorwegian`
  (bokmål), `wpolish` and `wukrainian` that are no capitalised entry (a proper noun, mostly a name
  or a place) of the English, Norwegian, Polish or Ukrainian list: ordinary words of the language, so that a capitalised
  "Urząd", "Fundacja", "Kommune" or "Центр" inside a sentence is not taken for a name. Polish and
  Ukrainian list every inflected form (1.1 and 0.7 million of them, 12 MB each), so these three
  are Bloom filters (1% false positives: one name in a hundred would be read as an ordinary word;
  about 1.7 MB, 1.0 MB and 0.45 MB, base64 text so that EmbedFiles can embed them).

The full lists hold 7.3 million entries in 130 MB, too much to ship or read per build; the first
three files hold about 64,000, 121,000 and 3,600 words. Run after `apt-get install wamerican wngerman wnorwegian
wpolish wukrainian` (scripts/bootstrap installs them); takes about 10 s.
"""
import base64
import math
import os
import sys

DICT = "/usr/share/dict/"
LISTS = ["american-english", "ngerman", "bokmaal", "polish", "ukrainian"]
DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data")


def words(name):
    path = DICT + name
    if not os.access(path, os.R_OK):
        sys.exit(f"make-ordinary-words: {path} not found (apt-get install the Debian word lists)")
    # Debian ships bokmål in ISO 8859-1, the others in UTF-8: read as UTF-8, "søknaden" would
    # come out broken and be dropped.
    encoding = "latin-1" if name == "bokmaal" else "utf-8"
    with open(path, encoding=encoding, errors="replace") as f:
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
# Round 7: each entry keeps its case, so the words German writes in lower case (adjectives,
# verbs, adverbs: "klug", "ernst", "braun") are known apart from the nouns and names ("Zimmer").
german = sorted({w for w in words("ngerman") if 3 <= len(w) <= 10}, key=lambda w: (w.lower(), w))
name_words = sorted(w for w, n in lower_in.items() if n >= 2 and w in capitalised)
for file, items in (("ordinary-words-en.txt", english), ("ordinary-words-de.txt", german), ("name-words.txt", name_words)):
    with open(os.path.join(DATA, file), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(f"wrote {len(items)} words to data/{file}")


# Bloom filters. The Swift side (`BloomFilter.swift`) hashes the same way: 64-bit FNV-1a over the
# UTF-8 bytes of the lower-cased word, bit i of k at (h1 + i * h2) mod m with h1 the low and h2 the
# high 32 bits (made odd). Header line "bloom M K", then the bit array (bit j in byte j // 8,
# value 1 << (j % 8)) as base64 lines of 76 characters.
FALSE_POSITIVES = 0.01


def fnv1a(word):
    h = 0xcbf29ce484222325
    for b in word.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


def bloom(items):
    m = max(64, int(math.ceil(-len(items) * math.log(FALSE_POSITIVES) / (math.log(2) ** 2))))
    m = (m + 7) // 8 * 8
    k = max(1, round(m / len(items) * math.log(2)))
    bits = bytearray(m // 8)
    for w in items:
        h = fnv1a(w)
        h1, h2 = h & 0xFFFFFFFF, (h >> 32) | 1
        for i in range(k):
            j = (h1 + i * h2) % m
            bits[j // 8] |= 1 << (j % 8)
    text = base64.b64encode(bytes(bits)).decode("ascii")
    return f"bloom {m} {k}\n" + "\n".join(text[i:i + 76] for i in range(0, len(text), 76)) + "\n"


# Proper nouns: capitalised entries of the lists where a capital says "name" (not German,
# which capitalises every noun: "Kommunen" there is the plural of "Kommune").
proper = set()
for name in ("american-english", "bokmaal", "polish", "ukrainian"):
    proper.update(w.lower() for w in words(name) if w[0].isupper() and not w.isupper())


def key(word):
    """Words longer than ten letters are stored as their first nine and an ellipsis: Polish and
    Ukrainian forms run long ("kształcenia", "zatrudnienia"), and every full form would double
    the filter."""
    return word if len(word) <= 10 else word[:9] + "\u2026"


# A long name's prefix is no ordinary word's ("wiśniewsk…" stays out for "Wiśniewskiej").
proper_keys = {key(w) for w in proper if len(w) > 10}
for file, name in (("ordinary-words-nb.bloom", "bokmaal"), ("ordinary-words-pl.bloom", "polish"), ("ordinary-words-uk.bloom", "ukrainian")):
    items = sorted({key(w) for w in words(name) if w.islower() and len(w) >= 3 and w not in proper} - proper_keys)
    with open(os.path.join(DATA, file), "w", encoding="ascii") as f:
        f.write(bloom(items))
    print(f"wrote {len(items)} words to data/{file}")


# Lower-case words that are also proper nouns: what the filters above leave out. Small enough for
# plain text (about 2,600 and 1,200 words).
for file, name in (("word-names-nb.txt", "bokmaal"), ("word-names-uk.txt", "ukrainian")):
    items = sorted({w for w in words(name) if w.islower() and len(w) >= 3 and w in proper})
    with open(os.path.join(DATA, file), "w", encoding="utf-8") as f:
        f.write("\n".join(items) + "\n")
    print(f"wrote {len(items)} words to data/{file}")
