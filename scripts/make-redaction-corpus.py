#!/usr/bin/env python3
"""Generate the labelled PII redaction corpus used by RedactionCorpusTests.

Writes, deterministically (fixed seed, Python 3 standard library only):
  Tests/CSRReportTests/Fixtures/redaction-names.txt    the "snapshot users'" names
  Tests/CSRReportTests/Fixtures/redaction-corpus.jsonl one labelled text per line

Each corpus line is {"id", "lang", "text", "spans": [{"start", "end", "kind"[, "source"]}]}.
Offsets are UTF-16 code units (what NSString and Swift's String.utf16 count), end exclusive.
Name spans carry "source": "dictionary" when every word of the name is in redaction-names.txt
(possibly inflected, transliterated or without diacritics) and "pattern" when at least one word
is not, so the test can hold dictionary names to their own recall target.

Texts are written in a small markup: "[[kind:text]]" marks a gold span; "{slot}" is filled by a
generator that returns markup. Valid card, IBAN, fødselsnummer and PESEL numbers are computed
here; look-alikes that fail the checksums are generated on purpose for the no-PII texts.

Run from the repository root:  python3 scripts/make-redaction-corpus.py
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Tests", "CSRReportTests", "Fixtures")
rng = random.Random(20250715)

# ----------------------------------------------------------------------------------- names
# The dictionary: first and last names of the snapshot's users, in the scripts users typed them.
DICTIONARY = {
    "en": (["Anna", "Emily", "James", "Oliver", "Sophie", "Thomas", "Chloe", "Daniel", "Grace", "Will", "May", "Hope"],
           ["Smith", "Johnson", "Taylor", "Brown", "O'Brien", "Whitfield", "Hughes", "Patel"]),
    "no": (["Kari", "Ingrid", "Ola", "Søren", "Bjørn", "Øyvind", "Sigrid", "Håkon", "Per", "Liv", "Astrid", "Eirik"],
           ["Nordmann", "Haugen", "Solberg", "Bråten", "Kristiansen", "Østby", "Lien", "Fjeld"]),
    "de": (["Jürgen", "Lena", "Jonas", "Katharina", "Maximilian", "Sabine", "Lukas", "Birgit"],
           ["Müller", "Schröder", "Weiß", "Krüger", "Hoffmann", "Schäfer", "Becker", "Zimmermann"]),
    "pl": (["Łukasz", "Małgorzata", "Agnieszka", "Grzegorz", "Katarzyna", "Paweł", "Zofia", "Wojciech"],
           ["Kowalska", "Kowalski", "Nowak", "Wiśniewska", "Zieliński", "Wójcik", "Lewandowska", "Dąbrowski"]),
    "uk": (["Олена", "Тарас", "Андрій", "Юлія", "Оксана", "Ірина", "Дмитро", "Євген", "Надія"],
           ["Ковальчук", "Шевченко", "Мельник", "Бондаренко", "Ткаченко", "Kovalenko", "Hrytsenko", "Лисенко"]),
}
# Names that appear in texts but are NOT users of the snapshot (found only by patterns).
OUTSIDERS = {
    "en": ["Margaret Ellsworth", "Jonathan Pryce", "Beatrice Holloway"],
    "no": ["Torunn Vestrheim", "Gunnar Aasland", "Marit Hovland"],
    "de": ["Friederike Brandauer", "Ottokar Leinweber", "Henrike Gansel"],
    "pl": ["Bożena Szczepańska", "Radosław Kuźniar", "Jadwiga Pietrzak"],
    "uk": ["Богдана Литвин", "Святослав Гнатюк", "Мирослава Кравець"],
}
COMMON_WORD_NAMES = {"Will", "May", "Hope", "Grace", "Per", "Liv", "Надія"}

CYR = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
       "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
       "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
       "щ": "shch", "ь": "", "ю": "iu", "я": "ia"}
CYR_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def to_latin(word):
    out = []
    for i, ch in enumerate(word):
        low = ch.lower()
        t = (CYR_INITIAL.get(low) if i == 0 else None) or CYR.get(low, low)
        out.append(t.capitalize() if ch.isupper() else t)
    return "".join(out)


LAT2CYR = [("shch", "щ"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("zh", "ж"), ("yu", "ю"), ("ya", "я"),
           ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"), ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"),
           ("y", "и"), ("i", "і"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
           ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф")]


def to_cyrillic(word):
    out, i, low = [], 0, word.lower()
    while i < len(low):
        for lat, cyr in LAT2CYR:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(low[i])
            i += 1
    s = "".join(out)
    return s[0].upper() + s[1:]


STRIP = str.maketrans({"ø": "o", "Ø": "O", "å": "a", "Å": "A", "æ": "ae", "ü": "u", "ö": "o", "ä": "a",
                       "Ü": "U", "Ö": "O", "Ä": "A", "ß": "ss", "ł": "l", "Ł": "L", "ś": "s", "ń": "n",
                       "ó": "o", "ą": "a", "ę": "e", "ż": "z", "ź": "z", "ć": "c"})
EXPAND = str.maketrans({"ø": "oe", "Ø": "Oe", "å": "aa", "Å": "Aa", "ü": "ue", "ö": "oe", "ä": "ae",
                        "Ü": "Ue", "Ö": "Oe", "Ä": "Ae", "ß": "ss"})

# ----------------------------------------------------------------------------------- helpers


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_check_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def make_iban(country, bban):
    check = 98 - iban_mod97(country + "00" + bban)
    return f"{country}{check:02d}{bban}"


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fnr_controls(first9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    k1 = 11 - sum(int(a) * b for a, b in zip(first9, w1)) % 11
    k1 = 0 if k1 == 11 else k1
    if k1 == 10:
        return None
    k2 = 11 - sum(int(a) * b for a, b in zip(first9 + str(k1), w2)) % 11
    k2 = 0 if k2 == 11 else k2
    if k2 == 10:
        return None
    return first9 + str(k1) + str(k2)


def fnr_ok(s):
    return len(s) == 11 and fnr_controls(s[:9]) == s and 1 <= int(s[0:2]) % 40 <= 31 and 1 <= int(s[2:4]) % 40 <= 12


def pesel_ok(s):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    c = (10 - sum(int(a) * b for a, b in zip(s[:10], w)) % 10) % 10
    return len(s) == 11 and c == int(s[10]) and 1 <= int(s[2:4]) % 20 <= 12 and 1 <= int(s[4:6]) <= 31


def gen_fnr():
    while True:
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99)
        r = fnr_controls(f"{day:02d}{month:02d}{year:02d}{digits(3)}")
        if r:
            return r


def gen_pesel():
    year, month, day = rng.randint(1950, 2009), rng.randint(1, 12), rng.randint(1, 28)
    m = month + (20 if year >= 2000 else 0)
    first = f"{year % 100:02d}{m:02d}{day:02d}{digits(4)}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return first + str((10 - sum(int(a) * b for a, b in zip(first, w)) % 10) % 10)


def gen_rnokpp():
    first = digits(9)
    w = [-1, 5, 7, 9, 4, 6, 10, 5, 7]
    return first + str(sum(int(a) * b for a, b in zip(first, w)) % 11 % 10)


def bad_eleven():
    """An 11-digit number that is neither a valid fødselsnummer nor a valid PESEL."""
    while True:
        s = digits(11)
        if s[0] != "0" and not fnr_ok(s) and not pesel_ok(s):
            return s


def gen_card(style=None):
    kind = rng.choice(["visa", "mc", "amex", "visa"])
    if kind == "amex":
        partial = rng.choice(["34", "37"]) + digits(12)
        n = partial + luhn_check_digit(partial)
        return n if style == "compact" else f"{n[:4]} {n[4:10]} {n[10:]}"
    partial = (rng.choice(["4"]) if kind == "visa" else str(rng.randint(51, 55))) + digits(14 if kind == "visa" else 13)
    n = partial + luhn_check_digit(partial)
    style = style or rng.choice(["space", "dash", "compact", "space"])
    if style == "space":
        return group4(n)
    if style == "dash":
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def bad_card():
    while True:
        n = "4" + digits(15)
        if not luhn_ok(n):
            return group4(n)


def gen_iban(country=None, spaced=None):
    country = country or rng.choice(["NO", "DE", "PL", "GB", "UA", "FR", "NL"])
    bban = {"NO": lambda: digits(11), "DE": lambda: digits(18), "PL": lambda: digits(24),
            "GB": lambda: rng.choice(["NWBK", "BARC", "MIDL"]) + digits(14), "UA": lambda: digits(25),
            "FR": lambda: digits(23), "NL": lambda: rng.choice(["ABNA", "INGB", "RABO"]) + digits(10)}[country]()
    iban = make_iban(country, bban)
    if spaced is None:
        spaced = rng.random() < 0.6
    return group4(iban) if spaced else iban


def bad_iban():
    iban = gen_iban(rng.choice(["NO", "DE", "PL"]), spaced=True).replace(" ", "")
    check = int(iban[2:4])
    wrong = f"{(check + rng.randint(1, 50)) % 97 + 2:02d}"
    return group4(iban[:2] + wrong + iban[4:])


def gen_phone(lang):
    forms = {
        "no": [lambda: f"+47 {rng.choice('49')}{digits(2)} {digits(2)} {digits(3)}", lambda: f"+47 {rng.choice('49')}{digits(7)}",
               lambda: f"0047 {rng.choice('49')}{digits(2)} {digits(2)} {digits(3)}", lambda: f"{rng.choice('49')}{digits(2)} {digits(2)} {digits(3)}",
               lambda: f"{rng.choice('49')}{digits(1)} {digits(2)} {digits(2)} {digits(2)}", lambda: f"+47 2{digits(1)} {digits(2)} {digits(2)} {digits(2)}"],
        "de": [lambda: f"+49 30 {digits(7)}", lambda: f"+49 (0)30 {digits(7)}", lambda: f"030 {digits(7)}",
               lambda: f"0151 {digits(8)}", lambda: f"+49 151 {digits(8)}", lambda: f"0049 89 {digits(3)} {digits(4)}",
               lambda: f"030/{digits(7)}", lambda: f"+49 (0)89 {digits(3)}-{digits(4)}"],
        "pl": [lambda: f"+48 {rng.choice('5678')}{digits(2)} {digits(3)} {digits(3)}", lambda: f"{rng.choice('5678')}{digits(2)} {digits(3)} {digits(3)}",
               lambda: f"{rng.choice('5678')}{digits(2)}-{digits(3)}-{digits(3)}", lambda: f"0048 {rng.choice('5678')}{digits(2)} {digits(3)} {digits(3)}",
               lambda: f"+48 22 {digits(3)} {digits(2)} {digits(2)}", lambda: f"22 {digits(3)} {digits(2)} {digits(2)}"],
        "uk": [lambda: f"+380 {rng.choice(['67', '50', '93', '97'])} {digits(3)} {digits(2)} {digits(2)}", lambda: f"0{rng.choice(['67', '50', '93'])} {digits(3)} {digits(2)} {digits(2)}",
               lambda: f"(0{rng.choice(['67', '50', '93'])}) {digits(3)}-{digits(2)}-{digits(2)}", lambda: f"00380 {rng.choice(['67', '50'])} {digits(3)} {digits(4)}",
               lambda: f"+380{rng.choice(['67', '50'])}{digits(7)}", lambda: f"0{rng.choice(['67', '50'])}{digits(7)}"],
        "en": [lambda: f"+44 20 {digits(4)} {digits(4)}", lambda: f"+44 (0)20 {digits(4)} {digits(4)}", lambda: f"020 {digits(4)} {digits(4)}",
               lambda: f"07700 {digits(6)}", lambda: f"+44 7700 {digits(6)}", lambda: f"+1 {rng.randint(201, 989)} 555 {digits(4)}",
               lambda: f"({rng.randint(201, 989)}) 555-{digits(4)}", lambda: f"{rng.randint(201, 989)}-555-{digits(4)}",
               lambda: f"+1 ({rng.randint(201, 989)}) 555-{digits(4)}", lambda: f"{rng.randint(201, 989)}.555.{digits(4)}"],
    }
    return rng.choice(forms[lang])()


def ascii_name(word):
    word = word.translate(STRIP)
    return to_latin(word) if re.search("[а-яіїєґ]", word.lower()) else word


def gen_email(lang):
    first, last = rng.choice(DICTIONARY[lang][0]), rng.choice(DICTIONARY[lang][1])
    local = rng.choice([f"{ascii_name(first)}.{ascii_name(last)}", f"{ascii_name(first)[0]}{ascii_name(last)}",
                        f"{ascii_name(first)}+{rng.choice(['mentor', 'csr', 'news'])}", f"{ascii_name(last)}{rng.randint(1, 99)}"]).lower().replace("'", "")
    domain = rng.choice({"no": ["gmail.com", "online.no", "student.uio.no", "mail.firma.no"],
                         "de": ["gmx.de", "web.de", "mail.uni-hamburg.de", "firma.de"],
                         "pl": ["wp.pl", "o2.pl", "poczta.onet.pl", "firma.com.pl"],
                         "uk": ["ukr.net", "gmail.com", "i.ua", "mail.knu.ua"],
                         "en": ["gmail.com", "outlook.com", "mail.example.co.uk", "corp.example.com"]}[lang])
    return f"{local}@{domain}"


def gen_ip():
    if rng.random() < 0.6:
        return f"{rng.choice([10, 172, 192, 83, 91])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groups = [f"{rng.randint(0, 65535):x}" for _ in range(8)]
    if rng.random() < 0.5:
        return "2001:db8::" + ":".join(groups[5:])
    return ":".join(["2001", "db8"] + groups[2:])


def gen_url(lang):
    tld = {"no": "no", "de": "de", "pl": "pl", "uk": "ua", "en": "co.uk"}[lang]
    return rng.choice([f"https://www.example.{tld}/profil/{digits(4)}", f"http://blog.example.{tld}/2025/07/post?id={digits(3)}",
                       f"www.example.{tld}/team", f"https://linkedin.com/in/{rng.choice(['anna-k', 'olanordmann', 'jkrueger'])}"])


def gen_handle(lang):
    return "@" + rng.choice(["anna_k", "ola.nordmann", "jkrueger", "kasia_92", "olena.k", "tarasko", "mentor_emily", "bjorn_h"])


STREETS = {
    "no": lambda: rng.choice([f"Storgata {rng.randint(1, 120)}{rng.choice(['', 'B', 'A'])}", f"Karl Johans gate {rng.randint(1, 40)}",
                              f"Thorvald Meyers gate {rng.randint(1, 90)}", f"Sandakerveien {rng.randint(1, 140)}C",
                              f"Bygdøy allé {rng.randint(1, 80)}"]) + rng.choice(["", ", 0150 Oslo", ", 5003 Bergen", " 0180 Oslo"]),
    "de": lambda: rng.choice([f"Hauptstraße {rng.randint(1, 200)}", f"Berliner Straße {rng.randint(1, 99)}a", f"Lindenweg {rng.randint(1, 30)}",
                              f"Marktplatz {rng.randint(1, 20)}", f"Schillerstr. {rng.randint(1, 60)}"]) + rng.choice(["", ", 10115 Berlin", ", 80331 München", " 20095 Hamburg"]),
    "pl": lambda: rng.choice([f"ul. Marszałkowska {rng.randint(1, 150)}/{rng.randint(1, 40)}", f"ul. Długa {rng.randint(1, 80)}",
                              f"al. Jana Pawła II {rng.randint(1, 90)}", f"ul. Nowy Świat {rng.randint(1, 70)} m. {rng.randint(1, 30)}",
                              f"ul. Piotrkowska {rng.randint(1, 200)}"]) + rng.choice(["", ", 00-950 Warszawa", ", 90-001 Łódź", " 30-001 Kraków"]),
    "uk": lambda: rng.choice([f"вул. Хрещатик, {rng.randint(1, 50)}", f"вулиця Шевченка {rng.randint(1, 90)}, кв. {rng.randint(1, 120)}",
                              f"просп. Перемоги {rng.randint(1, 150)}", f"вул. Городоцька, {rng.randint(1, 200)}"]) + rng.choice(["", ", 01001 Київ", ", 79000 Львів"]),
    "en": lambda: rng.choice([f"221B Baker Street", f"{rng.randint(1, 300)} High Street", f"{rng.randint(1, 90)} Church Road",
                              f"{rng.randint(1, 40)}A Victoria Avenue", f"{rng.randint(1, 60)} Mill Lane"]) + rng.choice(["", ", London NW1 6XE", ", Manchester M1 1AE"]),
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "no": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
}


def gen_dob(lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1955, 2007)
    numeric = rng.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{d:02d}/{m:02d}/{y}"])
    month = MONTHS[lang][m - 1]
    written = {"en": rng.choice([f"{d} {month} {y}", f"{month} {d}, {y}"]), "no": f"{d}. {month} {y}",
               "de": f"{d}. {month} {y}", "pl": f"{d} {month} {y}", "uk": f"{d} {month} {y}"}[lang]
    date = numeric if rng.random() < 0.5 else written
    cue = rng.choice({"en": ["born on", "DOB:", "date of birth:", "Born"], "no": ["født", "fødselsdato:", "født den"],
                      "de": ["geboren am", "geb.", "Geburtsdatum:"], "pl": ["ur.", "urodzona", "urodzony", "data urodzenia:"],
                      "uk": ["народилася", "народився", "дата народження:"]}[lang])
    return f"{cue} [[dateOfBirth:{date}]]"


def name_form(word, lang):
    """A spelling of a dictionary name as it might appear in a text (same person)."""
    r = rng.random()
    if re.search("[а-яіїєґ]", word.lower()):
        return to_latin(word) if r < 0.4 else word
    if lang == "uk" and r < 0.5:
        return to_cyrillic(word)  # a user registered in Latin, written in Cyrillic
    if r < 0.15 and word.translate(STRIP) != word:
        return word.translate(STRIP)
    if r < 0.25 and word.translate(EXPAND) != word:
        return word.translate(EXPAND)
    if r < 0.32:
        return word.lower()
    if r < 0.36:
        return word.upper()
    return word


def gen_name(lang, full=None):
    firsts = [n for n in DICTIONARY[lang][0] if n not in COMMON_WORD_NAMES]
    first, last = name_form(rng.choice(firsts), lang), name_form(rng.choice(DICTIONARY[lang][1]), lang)
    if full is None:
        full = rng.random() < 0.6
    return f"[[name:{first} {last}]]" if full else f"[[name:{first}]]"


def gen_outsider(lang):
    return f"[[pname:{rng.choice(OUTSIDERS[lang])}]]"


SLOTS = {
    "name": gen_name, "first": lambda l: gen_name(l, False), "full": lambda l: gen_name(l, True),
    "email": lambda l: f"[[email:{gen_email(l)}]]", "phone": lambda l: f"[[phone:{gen_phone(l)}]]",
    "iban": lambda l: f"[[iban:{gen_iban()}]]", "card": lambda l: f"[[card:{gen_card()}]]",
    "fnr": lambda l: f"[[nationalID:{gen_fnr()}]]", "pesel": lambda l: f"[[nationalID:{gen_pesel()}]]",
    "ip": lambda l: f"[[ip:{gen_ip()}]]", "url": lambda l: f"[[url:{gen_url(l)}]]", "handle": lambda l: f"[[handle:{gen_handle(l)}]]",
    "address": lambda l: f"[[address:{STREETS[l]()}]]", "dob": gen_dob, "outsider": gen_outsider,
    # look-alikes (no PII)
    "cefr": lambda l: rng.choice(["A2", "B1", "B2", "C1", "C2"]), "score": lambda l: f"0.{rng.randint(40, 99)}",
    "pct": lambda l: f"{rng.randint(10, 100)}%", "year": lambda l: str(rng.randint(2019, 2026)),
    "time": lambda l: rng.choice([f"{rng.randint(8, 20)}:{rng.choice(['00', '15', '30', '45'])}", f"{rng.randint(8, 20)}.{rng.choice(['00', '30'])}"]),
    "isodate": lambda l: f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    "dotdate": lambda l: f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(2023, 2026)}",
    "course": lambda l: rng.choice(["CS-101", "ECON 2040", "MATH-2210", "BIO 1100", "NOR-1020", "DE-B2-07"]),
    "version": lambda l: rng.choice(["v2.3.1", "1.4.0", "v10.2", "3.12.4", "v0.9.17"]),
    "amount": lambda l: rng.choice(["EUR 1 200", "NOK 12 500", "PLN 3 400", "UAH 25 000", "€ 950", "£1,250", "USD 2 000 000", "12 500 kr", "4 300 zł"]),
    "count": lambda l: str(rng.randint(2, 48)), "bigcount": lambda l: f"{rng.randint(1, 9)} {rng.randint(100, 999)}",
    "badiban": lambda l: bad_iban(), "badcard": lambda l: bad_card(), "bad11": lambda l: bad_eleven(),
    "order": lambda l: f"{rng.randint(10000, 99999)}", "room": lambda l: f"{rng.choice('ABC')}{rng.randint(100, 499)}",
}

TEMPLATES = {
    "en": [
        "Session with {full} went well; she reached {cefr} this month.",
        "Please contact {first} at {email} before the {time} check-in.",
        "{full} asked us to call {phone} if the session moves.",
        "Mentee {first} shared her new number {phone} and email {email}.",
        "Reimbursement goes to IBAN {iban} (account holder {full}).",
        "The volunteer pasted a card number by mistake: {card}.",
        "My mentor {full} lives at {address}.",
        "{full} was born on [[dateOfBirth:14 March 1991]] and joined in {year}.",
        "Participant {first}, {dob}, asked about the {course} course.",
        "Login problems from {ip} were reported by {first}.",
        "Portfolio: {url} (owner {full}).",
        "Follow {handle} for updates, says {first}.",
        "{first} said the meeting with {outsider} helped a lot.",
        "I am {outsider} and I volunteer on Tuesdays.",
        "Today {first} and I practised interviews; score {score}.",
        "Her personal number {pesel} was written in the form by {first}.",
        "Great progress by {full}: {pct} of goals met by {isodate}.",
        "Send the certificate to {address} for {first}.",
        "{first}'s goal for {year} is {cefr}; she can be reached on {phone}.",
        "Emergency contact: {full}, {phone}, {email}.",
    ],
    "no": [
        "Økta med {full} gikk bra, og hun er nå på nivå {cefr}.",
        "Ring {first} på {phone} hvis tiden endres fra {time}.",
        "Kontakt {full} på {email} om kurset {course}.",
        "{full} bor i {address}.",
        "Fødselsnummeret {fnr} sto i skjemaet til {first}.",
        "Refusjon til konto {iban}, eier {full}.",
        "Deltakeren {first}, {dob}, startet i {year}.",
        "Mentoren min heter {outsider} og er fra Bergen.",
        "{first} sendte lenken {url} etter møtet.",
        "Følg {handle} på Instagram, skrev {first}.",
        "I dag snakket {first} og {full} om jobbsøking; {pct} av målene er nådd.",
        "{full} ringte fra {phone} klokka {time}.",
        "Kortnummer {card} ble limt inn av {first} ved en feil.",
        "Innlogging fra {ip} ble rapportert av {full}.",
        "Vi møtte {first} og mentoren {outsider} på {address}.",
    ],
    "de": [
        "Die Sitzung mit {full} war gut, Niveau {cefr} erreicht.",
        "Bitte {first} unter {phone} anrufen, falls sich {time} ändert.",
        "{full} wohnt in der {address}.",
        "E-Mail von {full}: {email}.",
        "Erstattung auf IBAN {iban}, Kontoinhaber {full}.",
        "Teilnehmerin {first}, {dob}, besucht {course}.",
        "Meine Mentorin ist Frau {outsider} aus Hamburg.",
        "Heute hat {first} mit {full} das Vorstellungsgespräch geübt.",
        "{first} hat die Kreditkarte {card} versehentlich gepostet.",
        "Zugriff von {ip}, gemeldet von {first}.",
        "Profil: {url}, gepflegt von {full}.",
        "Folgt {handle}, schreibt {first}.",
        "{full} ist unter {phone} oder {email} erreichbar.",
        "Das Treffen mit {outsider} fand am {isodate} statt.",
        "Brief an {first} an {address} schicken.",
    ],
    "pl": [
        "Spotkanie z {full} poszło dobrze, poziom {cefr}.",
        "Proszę zadzwonić do {first} pod numer {phone} przed {time}.",
        "{full} mieszka przy {address}.",
        "Adres e-mail: {email} ({full}).",
        "PESEL {pesel} wpisała {first} w formularzu.",
        "Zwrot kosztów na rachunek {iban}, właściciel {full}.",
        "Uczestniczka {first}, {dob}, zaczęła w {year}.",
        "Moja mentorka to pani {outsider}.",
        "Karta {card} została wklejona przez {first} przez pomyłkę.",
        "Logowanie z {ip} zgłosił {first}.",
        "Strona: {url} ({full}).",
        "Obserwujcie {handle} – pisze {first}.",
        "{full} prosi o kontakt: {phone}, {email}.",
        "Dzisiaj {first} ćwiczyła rozmowę kwalifikacyjną; wynik {score}.",
        "List do {full}, {address}.",
    ],
    "uk": [
        "Зустріч з {full} пройшла добре, рівень {cefr}.",
        "Зателефонуйте {first} за номером {phone} до {time}.",
        "{full} живе за адресою {address}.",
        "Електронна пошта: {email} ({full}).",
        "Відшкодування на рахунок {iban}, власник {full}.",
        "Учасниця {first}, {dob}, почала у {year} році.",
        "Мене звати {outsider}, я волонтерка.",
        "Картка {card} була випадково надіслана {first}.",
        "Вхід з {ip} повідомив {full}.",
        "Сторінка: {url} ({first}).",
        "Підписуйтесь на {handle}, пише {first}.",
        "{full} просить зв'язатися: {phone}, {email}.",
        "Сьогодні {first} та {full} тренували співбесіду; результат {pct}.",
        "Лист для {first}: {address}.",
        "Ментор {outsider} працює з групою {course}.",
    ],
}

CLEAN_TEMPLATES = {
    "en": [
        "Level {cefr} reached; average score {score} ({pct}) across {count} sessions in {year}.",
        "Next session {isodate} at {time}, room {room}; course {course}.",
        "The app moved from {version} to {version}; budget {amount}.",
        "Great session today. Reading improved from {cefr} to {cefr}.",
        "Today we reviewed {course} and {course}; {count} of {count} tasks done by {time}.",
        "Monday: mock interview. Friday: CV review. Score {score}.",
        "Invoice reference {order}, total {amount}, paid {isodate}.",
        "The test IBAN {badiban} failed validation, as expected.",
        "Card example {badcard} is rejected by the checksum.",
        "Reference number {bad11} belongs to the course registry.",
        "Oslo and Berlin cohorts: {pct} and {pct} completion in {year}.",
        "Python {version} workshop with Microsoft Teams, {count} participants.",
        "Quarter Q3 {year}: {bigcount} volunteer hours, NPS {count}.",
        "English Conversation Club meets at {time} on Tuesday.",
        "Version {version} fixed the export; {pct} faster than {version}.",
    ],
    "no": [
        "Nivå {cefr} nådd; snittskår {score} ({pct}) over {count} økter i {year}.",
        "Neste økt {dotdate} kl. {time}, rom {room}; kurs {course}.",
        "Budsjett {amount}, utbetalt {isodate}.",
        "I dag jobbet vi med norsk grammatikk. Fin framgang mot {cefr}.",
        "Ugyldig konto {badiban} ble avvist.",
        "Referanse {bad11} gjelder kursregisteret.",
        "Oslo og Bergen: {pct} fullført i {year}, {bigcount} frivillige timer.",
        "Mandag kl. {time} og torsdag kl. {time}; {count} deltakere.",
        "Appen ble oppdatert til {version}.",
        "Kortet {badcard} feilet kontrollen.",
    ],
    "de": [
        "Niveau {cefr} erreicht; Durchschnitt {score} ({pct}) in {count} Sitzungen {year}.",
        "Nächster Termin {dotdate} um {time} Uhr, Raum {room}; Kurs {course}.",
        "Heute haben wir Bewerbungen geübt. Gute Fortschritte Richtung {cefr}.",
        "Budget {amount}, ausgezahlt am {isodate}.",
        "Die Test-IBAN {badiban} ist ungültig.",
        "Vorgangsnummer {bad11} im Kursregister.",
        "Berlin und München: {pct} Abschluss {year}.",
        "Montag um {time} und Donnerstag um {time}; {count} Teilnehmende.",
        "Die Software wurde auf {version} aktualisiert.",
        "Kartennummer {badcard} wurde von der Prüfung abgelehnt.",
    ],
    "pl": [
        "Poziom {cefr} osiągnięty; średni wynik {score} ({pct}) w {count} sesjach w {year}.",
        "Następna sesja {dotdate} o {time}, sala {room}; kurs {course}.",
        "Dzisiaj ćwiczyliśmy rozmowy. Dobre postępy w kierunku {cefr}.",
        "Budżet {amount}, wypłacono {isodate}.",
        "Numer rachunku {badiban} jest nieprawidłowy.",
        "Numer referencyjny {bad11} w rejestrze kursów.",
        "Warszawa i Kraków: {pct} ukończenia w {year}.",
        "Poniedziałek o {time} i czwartek o {time}; {count} uczestników.",
        "Aplikacja w wersji {version}.",
        "Karta {badcard} nie przeszła weryfikacji.",
    ],
    "uk": [
        "Досягнуто рівня {cefr}; середній бал {score} ({pct}) за {count} сесій у {year}.",
        "Наступна сесія {dotdate} о {time}, аудиторія {room}; курс {course}.",
        "Сьогодні тренували співбесіду. Гарний прогрес до {cefr}.",
        "Бюджет {amount}, виплачено {isodate}.",
        "Рахунок {badiban} недійсний.",
        "Номер {bad11} у реєстрі курсів.",
        "Київ і Львів: {pct} завершення у {year}.",
        "Понеділок о {time} і четвер о {time}; {count} учасників.",
        "Застосунок оновлено до {version}.",
        "Картка {badcard} не пройшла перевірку.",
    ],
}

# Hand-written tricky cases. "[[kind:text]]" marks gold spans; "pname" is a name found only by
# patterns (not in the dictionary). Lines without markup are no-PII texts full of look-alikes.
HAND = {
    "en": [
        "[[name:Anna]]'s sister met [[name:anna]] and [[name:ANNA SMITH]] at the fair.",
        "We thank [[name:Emily]]’s team and [[name:James]]’ mentor.",
        "Notes from [[name:Emily\nJohnson]] were added after the session.",
        "Call [[phone:(212) 555-0142]] or [[phone:+1 212 555 0199]] after 10:30.",
        "Write to [[email:emily.j+csr@mail.corp.example.com]] or [[email:o.brien@news.example.co.uk]].",
        "Server logs show [[ip:2001:0db8:85a3:0000:0000:8a2e:0370:7334]] and [[ip:fe80::1ff:fe23:4567:890a]].",
        "We met [[name:Will]] on Monday; [[name:Will Taylor]] runs the club.",
        "I will call you in May; we hope to reach B2 by June.",
        "May I ask whether the grace period rules apply in 2025?",
        "[[name:Grace Hughes]] and [[name:Hope]] both joined.",
        "My mentor [[pname:Margaret Ellsworth]] suggested reading {course} notes.",
        "Her DOB is [[dateOfBirth:03/04/1992]] and she was born in [[dateOfBirth:1992]].",
        "[[name:O'Brien]] moved to [[address:12 High Street, London NW1 6XE]].",
        "She lives at [[address:221B Baker Street]] with [[name:Daniel Patel]].",
        "Payment went to [[iban:GB82 WEST 1234 5698 7654 32]], not to GB82 WEST 1234 5698 7654 33.",
        "Card [[card:3782 822463 10005]] (Amex) and [[card:5555-5555-5555-4444]] were flagged.",
        "The session with [[name:Sophie Whitfield]] and [[pname:Beatrice Holloway]] ran late.",
        "Yesterday [[pname:Thomas Greenbaum]] joined; [[pname:Jonathan Pryce]] did not (named by [[name:Chloe]]).",
        "Her mentee, [[pname:Chloe Vandermeer]], was named [[pname:Margaret Ellsworth]] in the old system.",
        "See [[url:https://example.org/path_(x)]] and [[url:www.example.co.uk/a?b=c]].",
        "DM [[handle:@mentor_emily]]; an at sign alone (@ 10:30) is not a handle.",
        "Great session today. Reading improved from B1 to B2 in 12 sessions.",
        "Score 0.85, 85% attendance, 10:30-12:00, ISO date 2025-07-15, course CS-101 v2.3.1.",
        "EUR 1 200 budget; ECON 2040 and MATH-2210 start 14.00 on 2025-09-01.",
        "Invalid card 4111 1111 1111 1112 and invalid IBAN NO93 8601 1117 948 stay.",
        "Release 1.4.0 shipped on 2025-03-10; 2.0.0 follows in Q4 2025.",
        "The Oslo Tech Summit, Berlin Startup Week and Warsaw Days are partner events.",
        "Mentor of the month: the whole Thursday group!",
        "Session 3 of 12 at 10:30 in room 2.14; target 0.9; essays of 1 200 words; 2019-2025 cohort.",
        "Phone batteries lasted 10 000 hours in the 2024 tests; call volume rose 35%.",
        "Tel Aviv and New York offices logged 2 400 volunteer hours; 12 345 678 views.",
        "Reading Group B2 met 12 times; Speaking Club C1 met 9 times in Q2 2025.",
        "Amazon Web Services and Google Cloud credits (USD 5 000) arrive on 2025-11-01.",
        "Ask [[name:Anna]], [[name:Oliver]] and [[name:Daniel]] about the rota; text [[phone:07700 900461]].",
        "Her number is [[phone:+44 7700 900 461]] and her date of birth is [[dateOfBirth:July 4, 1998]].",
        "Meet at [[address:42 Church Road]] with [[name:Thomas Hughes]]-[[name:Patel]] at 14:00.",
        "Backup server [[ip:10.0.12.7]] and IPv6 loopback [[ip:::1]] were excluded.",
        "Anna Karenina was the book club pick (a novel, not a participant).",
    ],
    "no": [
        "[[name:Kari]]s mentor og [[name:Olas]] bror kom på møtet.",
        "[[name:Soeren]] og [[name:Bjorn Haugen]] møtte [[name:OYVIND]] i dag.",
        "Notatet fra [[name:Kari\nNordmann]] ble lagt inn.",
        "Ring [[phone:+47 22 33 44 55]] eller [[phone:0047 41234567]] før kl. 14.00.",
        "Jeg heter [[pname:Torunn Vestrheim]] og er frivillig.",
        "[[name:Per]] kom, men per i dag er det ingen endring.",
        "[[name:Liv]] sa at livet som student er travelt.",
        "Fødselsnummer [[nationalID:{fnr_spaced}]] ble slettet.",
        "Hun er født [[dateOfBirth:12. mars 1990]] og bor i [[address:Karl Johans gate 5, 0154 Oslo]].",
        "Kontonummer [[iban:NO93 8601 1117 947]] tilhører [[name:Sigrid Bråten]].",
        "Nivå B2 nådd; 85 % oppmøte; økt kl. 10:30; kurs NOR-1020; 12 økter i 2025.",
        "Fødselsnummeret 12345678901 er ugyldig og skal stå.",
        "Telefonnummeret er ikke oppgitt; bruk 2025-utgaven av boka.",
        "Tlf. [[phone:41 23 45 67]] til [[name:Ingrid]]; kontor [[phone:22 98 76 54]].",
        "Kurs 3 av 12 kl. 08.15; budsjett 12 500 kr; versjon 2.1; saksnummer 2025/1234.",
        "[[name:Astrid]], [[name:Eirik]] og [[name:Håkon Lien]] deltok i Bergen.",
    ],
    "de": [
        "[[name:Mueller]] und [[name:Muller]] sind dieselbe Person wie [[name:Müller]].",
        "[[name:Jürgens]] Mentorin und [[name:Lenas]] Kurs.",
        "Notizen von [[name:Katharina\nSchröder]] ergänzt.",
        "Anruf unter [[phone:+49 (0)30 1234567]] oder [[phone:030/9876543]].",
        "Ich heiße [[pname:Friederike Brandauer]] und bin Mentorin.",
        "Sie ist geboren am [[dateOfBirth:3. Mai 1985]] in Köln.",
        "Adresse: [[address:Hauptstraße 12, 10115 Berlin]], Telefon [[phone:0151 23456789]].",
        "IBAN [[iban:DE89370400440532013000]] von [[name:Jonas Weiss]].",
        "Steuer-ID [[nationalID:86095742719]] wurde entfernt.",
        "Niveau C1; Durchschnitt 0.91; 14.00 Uhr; Kurs DE-B2-07; Version 3.12.4.",
        "Die Deutsche Bahn und die Stadt Hamburg fördern das Programm 2025.",
        "Heute Gute Fortschritte, Montag Bewerbungstraining.",
        "Büro [[phone:0211 1234567]], Handy [[phone:+49 170 1234567]] ([[name:Sabine Becker]]).",
        "Raum 2.04, 14.30 Uhr, Kurs 1100, 2 500 EUR, Version 10.2, Gruppe B1/B2.",
    ],
    "pl": [
        "Rozmawiałam z [[name:Anną Kowalską]] i [[name:Łukaszem]] o kursie.",
        "Mentorka [[name:Kowalskiej]] i brat [[name:Lukasza]] przyszli.",
        "Notatki od [[name:Zofia\nNowak]] dodane.",
        "Telefon [[phone:+48 512 345 678]] lub [[phone:22 123 45 67]].",
        "Nazywam się [[pname:Bożena Szczepańska]] i jestem wolontariuszką.",
        "Mieszka przy [[address:ul. Marszałkowska 10/4, 00-950 Warszawa]].",
        "PESEL [[nationalID:44051401458]] usunięto z formularza.",
        "Jest urodzona [[dateOfBirth:5 czerwca 1990]] w Krakowie.",
        "Rachunek [[iban:PL61 1090 1014 0000 0712 1981 2874]] należy do [[name:Wojciech Dąbrowski]].",
        "Poziom B2; wynik 0.77; 85%; sala B204; kurs CS-101; wersja v2.3.1.",
        "Spotkanie z Warszawy przeniesiono na 2025-10-02 o 14:30.",
        "Numer 44051401459 nie jest prawidłowym numerem PESEL.",
        "Zadzwoń do [[name:Katarzyny]] pod [[phone:601 234 567]] po 15:00.",
        "Sala 204, godz. 9.45, 3 400 zł, kurs 2040, wersja 1.4.0, grupa A2.",
    ],
    "uk": [
        "Розмовляла з [[name:Оленою Ковальчук]] і [[name:Тарасом]].",
        "[[name:Olena Kovalchuk]] та [[name:Олена Ковальчук]] — одна людина.",
        "Нотатки від [[name:Юлія\nМельник]] додано.",
        "Телефон [[phone:+380 67 123 45 67]] або [[phone:(067) 123-45-67]] або [[phone:00380 50 123 4567]].",
        "Мене звати [[pname:Богдана Литвин]], я волонтерка.",
        "Адреса: [[address:вул. Хрещатик, 22, 01001 Київ]].",
        "Вона народилася [[dateOfBirth:12 березня 1990]] р. у Львові.",
        "[[name:Коваленко]] і [[name:Гриценко]] прийшли вчасно.",
        "[[name:Надія]] сказала, що надія є завжди.",
        "РНОКПП [[nationalID:{rnokpp}]] видалено.",
        "Рівень B2; бал 0.85; 85%; о 10:30; курс CS-101; версія 1.4.0; 2025-07-15.",
        "Київ і Харків: 12 сесій у 2025 році, бюджет UAH 25 000.",
        "Дзвоніть [[name:Ірині]] на [[phone:050 987 65 43]] після 18:00.",
        "Аудиторія 305, о 9.30, курс 1100, версія 2.0.1, група B1.",
    ],
}


def expand(template, lang):
    out = template
    while True:
        m = re.search(r"\{(\w+)\}", out)
        if not m:
            return out
        slot = m.group(1)
        if slot == "rnokpp":
            value = gen_rnokpp()
        elif slot == "fnr_spaced":
            fnr = gen_fnr()
            value = fnr[:6] + " " + fnr[6:]
        else:
            value = SLOTS[slot](lang)
        out = out[:m.start()] + value + out[m.end():]


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def parse(markup, source_hint=None):
    text, spans, pos = "", [], 0
    for m in re.finditer(r"\[\[(\w+):(.*?)\]\]", markup, re.S):
        text += markup[pos:m.start()]
        kind, value = m.group(1), m.group(2)
        start = utf16_len(text)
        text += value
        if value:
            span = {"start": start, "end": utf16_len(text), "kind": "name" if kind == "pname" else kind}
            if kind in ("name", "pname"):
                span["source"] = "pattern" if kind == "pname" else "dictionary"
            spans.append(span)
        pos = m.end()
    text += markup[pos:]
    return text, spans


def main():
    names = []
    for lang in ["en", "no", "de", "pl", "uk"]:
        names += DICTIONARY[lang][0] + DICTIONARY[lang][1]
    with open(os.path.join(FIXTURES, "redaction-names.txt"), "w", encoding="utf-8") as f:
        f.write("# First and last names of the snapshot's users, one per line (generated by\n")
        f.write("# scripts/make-redaction-corpus.py). Includes Cyrillic, diacritics and names that are\n")
        f.write("# also ordinary words (Will, May, Hope, Grace, Per, Liv, Надія).\n")
        for n in names:
            f.write(n + "\n")

    records = []
    per_lang_pii = {"en": 60, "no": 45, "de": 45, "pl": 45, "uk": 45}
    per_lang_clean = {"en": 25, "no": 18, "de": 18, "pl": 18, "uk": 18}
    for lang in ["en", "no", "de", "pl", "uk"]:
        for i in range(per_lang_pii[lang]):
            template = TEMPLATES[lang][i % len(TEMPLATES[lang])]
            text, spans = parse(expand(template, lang))
            records.append({"id": f"{lang}-gen-{i:03d}", "lang": lang, "text": text, "spans": spans})
        for i in range(per_lang_clean[lang]):
            template = CLEAN_TEMPLATES[lang][i % len(CLEAN_TEMPLATES[lang])]
            text, spans = parse(expand(template, lang))
            records.append({"id": f"{lang}-clean-{i:03d}", "lang": lang, "text": text, "spans": spans})
        for i, markup in enumerate(HAND[lang]):
            text, spans = parse(expand(markup, lang))
            records.append({"id": f"{lang}-hand-{i:03d}", "lang": lang, "text": text, "spans": spans})

    with open(os.path.join(FIXTURES, "redaction-corpus.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    clean = sum(1 for r in records if not r["spans"])
    print(f"{len(records)} texts, {clean} without PII ({100 * clean / len(records):.0f}%)", file=sys.stderr)


if __name__ == "__main__":
    main()
