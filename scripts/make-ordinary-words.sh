#!/bin/sh
# Derives data/ordinary-words-en.txt from Debian's `wamerican` word list (/usr/share/dict/
# american-english): its lower-case entries of three or more letters, without possessives.
# The redactor uses them to tell a capitalised ordinary word ("Club", "Cloud", "Summit") from a
# name inside an English sentence; see docs/privacy.md. Run after `apt-get install wamerican`.
set -eu
src=/usr/share/dict/american-english
out="$(dirname "$0")/../data/ordinary-words-en.txt"
[ -r "$src" ] || { echo "make-ordinary-words: $src not found (apt-get install wamerican)" >&2; exit 1; }
LC_ALL=C.UTF-8 grep -v "'" "$src" | LC_ALL=C.UTF-8 grep -E '^[[:lower:]]{3,}$' | LC_ALL=C sort -u > "$out"
echo "wrote $(wc -l < "$out") words to $out"
