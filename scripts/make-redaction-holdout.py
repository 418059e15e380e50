#!/usr/bin/env python3
"""Generate the INDEPENDENT holdout corpus for the PII redactor.

Writes
  Tests/CSRReportTests/Fixtures/redaction-holdout.jsonl
  Tests/CSRReportTests/Fixtures/redaction-holdout-names.txt

Written without looking at the redactor's sources, its docs or its own corpus generator: the texts
follow what participants and volunteers in a refugee-integration programme actually write
(session feedback, buddy check-ins, testimonials) in en / nb / de / pl / uk.

Record shape: {"id","lang","text","spans":[{"start","end","kind","source"?}]}; offsets are UTF-16
code units, end exclusive. Kinds: email phone name iban card nationalID ip url handle address
dateOfBirth; names carry "source": "dictionary" (the name is in the names file, possibly written in
the other script, without diacritics, lower-cased, possessive or inflected) or "pattern" (not in
the file; a careful redactor could find it from context).

Template mini-language:
  {slot}                     generated value (see SLOTS); PII slots produce spans
  [[text|kind]]              literal span of that kind
  [[text|name|d]] / |name|p  literal name span, dictionary / pattern
Deterministic: fixed seed, generators cycle through their formats. Stdlib only.
"""
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "Tests" / "CSRReportTests" / "Fixtures"
rng = random.Random(0x5EED_2025)

# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------
# Ukrainian names: (latin, cyrillic, which script is in the names file)
UA_FIRST = [("Olena", "Олена", "L"), ("Iryna", "Ірина", "L"), ("Andrii", "Андрій", "L"),
            ("Mariia", "Марія", "L"), ("Yuliia", "Юлія", "L"), ("Svitlana", "Світлана", "L"),
            ("Dmytro", "Дмитро", "L"), ("Viktor", "Віктор", "L"),
            ("Taras", "Тарас", "C"), ("Oksana", "Оксана", "C"), ("Bohdan", "Богдан", "C"),
            ("Nataliia", "Наталія", "C"), ("Maksym", "Максим", "C")]
UA_LAST = [("Shevchenko", "Шевченко", "L"), ("Melnyk", "Мельник", "L"),
           ("Bondarenko", "Бондаренко", "L"), ("Kravets", "Кравець", "L"),
           ("Kovalenko", "Коваленко", "C"), ("Boiko", "Бойко", "C"),
           ("Tkachenko", "Ткаченко", "C"), ("Savchuk", "Савчук", "C")]
LOCAL_FIRST = {
    "en": ["Hope", "May", "Will", "Mark", "Rose", "Emma", "James", "Sarah", "Anna"],
    "nb": ["Ingrid", "Kari", "Lars", "Sigrid", "Per", "Liv", "Ola", "Eirik", "Solveig"],
    "de": ["Sabine", "Lukas", "Jürgen", "Katrin", "Felix", "Ute"],
    "pl": ["Marta", "Tomasz", "Katarzyna", "Piotr", "Agnieszka", "Wojciech", "Anna"],
    "uk": [],
}
LOCAL_LAST = {
    "en": ["Smith", "Taylor", "Brown", "Walker"],
    "nb": ["Hansen", "Haugen", "Berg", "Johansen", "Bakke", "Strøm"],
    "de": ["Müller", "Schmidt", "Fischer", "Weber", "Becker", "Krüger"],
    "pl": ["Kowalska", "Nowak", "Wiśniewski", "Wójcik", "Kamińska", "Zieliński"],
    "uk": [],
}
OTHER_FIRST = ["Fatima", "Ahmed", "Yusuf", "Amina"]
OTHER_LAST = ["Haidari", "Rahimi", "Nasser"]
# Users in the snapshot that never show up in the texts (a real users table is bigger).
EXTRA_NAMES = ["Nora", "Jonas", "Henrik", "Marius", "Thea", "Astrid", "Anders", "Kristoffer",
               "Larsen", "Pedersen", "Dahl", "Lie", "Moen", "Sofia", "Lena", "Paul", "Hannah",
               "Maximilian", "Wagner", "Hoffmann", "Schulz", "Lewandowski", "Kaczmarek", "Mazur",
               "Krawczyk", "Dąbrowska", "Jakub", "Michał", "Ewa", "Joanna", "Petrenko", "Lysenko",
               "Ковальчук", "Олександр", "Софія", "Daria", "Anastasiia", "Ivan", "Hassan", "Omar",
               "Leila", "Khan", "Wilson", "Evans", "Grace", "Daniel", "Jack"]

def names_file_entries():
    out = []
    for f, c, s in UA_FIRST + UA_LAST:
        out.append(f if s == "L" else c)
    for lang in ["en", "nb", "de", "pl"]:
        out += LOCAL_FIRST[lang] + LOCAL_LAST[lang]
    out += OTHER_FIRST + OTHER_LAST + EXTRA_NAMES
    seen, res = set(), []
    for n in out:
        if n not in seen:
            seen.add(n)
            res.append(n)
    return res

# Pattern names: NOT in the names file; the templates give them context (title, role, "my mentor").
PATTERN_FULL = {
    "en": ["Gareth Pryce", "Linnea Ashworth", "Callum Whitfield", "Priya Raghunathan", "Desmond Achterberg"],
    "nb": ["Torbjørn Ødegård", "Randi Kvalheim", "Øystein Lunde", "Ragnhild Sæther", "Gudrun Vatne"],
    "de": ["Gisela Hartmann", "Wolfgang Reinholz", "Renate Brandstätter", "Dieter Vogelsang", "Hiltrud Ebersbach"],
    "pl": ["Bożena Szymczak", "Zbigniew Pawlak", "Grażyna Jabłońska", "Mirosław Kubiak", "Halina Sobczak"],
    "uk": ["Галина Мороз", "Людмила Гнатюк", "Віталій Кушнір", "Ярослава Дорошенко", "Степан Панченко"],
}
PATTERN_LAST = {
    "en": ["Okonkwo", "Pemberton", "Hollis", "Fairbairn"],
    "nb": ["Tveit", "Kvamme", "Rønning", "Sandvik"],
    "de": ["Weißenborn", "Lindemann", "Obermaier", "Kessler"],
    "pl": ["Pawlak", "Szymczak", "Głowacka", "Sikora"],
    "uk": ["Гнатюк", "Кушнір", "Литвин", "Мороз"],
}

class Cycle:
    def __init__(self, items, shuffle=True):
        self.items = list(items)
        if shuffle:
            rng.shuffle(self.items)
        self.i = 0
    def next(self):
        v = self.items[self.i % len(self.items)]
        self.i += 1
        return v

def pools(lang):
    script = 1 if lang == "uk" else 0
    first = [t[script] for t in UA_FIRST] + LOCAL_FIRST[lang]
    last = [t[script] for t in UA_LAST] + LOCAL_LAST[lang]
    if lang != "uk":
        first += OTHER_FIRST[:2] if lang in ("nb", "de") else OTHER_FIRST[2:]
        last += OTHER_LAST
    return Cycle(first), Cycle(last)

NAME_POOLS = {lang: pools(lang) for lang in ["en", "nb", "de", "pl", "uk"]}
PFULL = {lang: Cycle(v) for lang, v in PATTERN_FULL.items()}
PLAST = {lang: Cycle(v) for lang, v in PATTERN_LAST.items()}

# --------------------------------------------------------------------------------------------
# Structured PII generators (all checksums computed)
# --------------------------------------------------------------------------------------------
def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))

def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)

def iban_valid(iban):
    s = iban.replace(" ", "")
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1

def no_bban():
    while True:
        b = str(rng.choice([1503, 1506, 3000, 6011, 9710, 1254, 2801])) + digits(6)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        r = 11 - sum(int(d) * x for d, x in zip(b, w)) % 11
        if r == 10:
            continue
        return b + str(0 if r == 11 else r)

def make_iban(cc):
    bban = {
        "NO": no_bban,
        "DE": lambda: rng.choice(["10070000", "50010517", "37040044", "20041133"]) + digits(10),
        "PL": lambda: rng.choice(["10901014", "11402004", "10203219", "24901044"]) + digits(16),
        "UA": lambda: rng.choice(["305299", "322001", "300528", "351005"]) + "00000" + "26" + digits(12),
        "GB": lambda: rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(14),
    }[cc]()
    return cc + iban_check(cc, bban) + bban

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

IBAN_FMT = Cycle([("NO", True), ("NO", False), ("DE", True), ("DE", False), ("PL", True),
                  ("PL", False), ("UA", True), ("UA", False), ("GB", True), ("GB", False)], shuffle=False)

def gen_iban(lang):
    cc, spaced = IBAN_FMT.next()
    v = make_iban(cc)
    return group4(v) if spaced else v

def gen_bad_iban():
    cc, spaced = IBAN_FMT.next()
    v = make_iban(cc)
    chk = int(v[2:4])
    bad = v[:2] + "%02d" % ((chk + 7) % 97 or 3) + v[4:]
    assert not iban_valid(bad)
    return group4(bad) if spaced else bad

def luhn_digit(partial):
    total = 0
    for i, d in enumerate(reversed(partial)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)

def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]

CARD_FMT = Cycle(["visa-space", "mc-dash", "visa-dash", "amex", "mc-space", "visa-compact"], shuffle=False)

def make_card(kind):
    if kind.startswith("visa"):
        p = "4" + digits(14)
    elif kind.startswith("mc"):
        p = rng.choice(["51", "52", "53", "54", "55"]) + digits(13)
    else:
        p = rng.choice(["34", "37"]) + digits(12)
    return p + luhn_digit(p)

def fmt_card(kind, num):
    if kind == "amex":
        return f"{num[:4]} {num[4:10]} {num[10:]}"
    if kind.endswith("dash"):
        return "-".join(num[i:i + 4] for i in range(0, 16, 4))
    if kind.endswith("compact"):
        return num
    return group4(num)

def gen_card(lang):
    k = CARD_FMT.next()
    return fmt_card(k, make_card(k))

def gen_bad_card():
    k = CARD_FMT.next()
    n = make_card(k)
    bad = n[:-1] + str((int(n[-1]) + 3) % 10)
    assert not luhn_ok(bad)
    return fmt_card(k, bad)

def fnr_checks(base9):
    w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
    k1 = 11 - sum(int(d) * w for d, w in zip(base9, w1)) % 11
    if k1 == 11:
        k1 = 0
    if k1 == 10:
        return None
    w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    b10 = base9 + str(k1)
    k2 = 11 - sum(int(d) * w for d, w in zip(b10, w2)) % 11
    if k2 == 11:
        k2 = 0
    if k2 == 10:
        return None
    return b10 + str(k2)

def fnr_valid(s):
    s = s.replace(" ", "")
    return len(s) == 11 and fnr_checks(s[:9]) == s

def make_fnr():
    while True:
        y = rng.randrange(1958, 2006)
        m = rng.randrange(1, 13)
        d = rng.randrange(1, 29)
        ind = rng.randrange(0, 500) if y < 2000 else rng.randrange(500, 1000)
        r = fnr_checks(f"{d:02d}{m:02d}{y % 100:02d}{ind:03d}")
        if r:
            return r

FNR_FMT = Cycle([False, True, False], shuffle=False)

def gen_fnr(lang):
    v = make_fnr()
    return v[:6] + " " + v[6:] if FNR_FMT.next() else v

def gen_bad_fnr():
    v = make_fnr()
    bad = v[:10] + str((int(v[10]) + 1) % 10)
    assert not fnr_valid(bad)
    return bad

def pesel_check(s10):
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return str((10 - sum(int(d) * x for d, x in zip(s10, w)) % 10) % 10)

def make_pesel():
    y = rng.randrange(1955, 2008)
    m = rng.randrange(1, 13) + (20 if y >= 2000 else 0)
    d = rng.randrange(1, 29)
    s10 = f"{y % 100:02d}{m:02d}{d:02d}" + digits(4)
    return s10 + pesel_check(s10)

def gen_pesel(lang):
    return make_pesel()

def gen_bad_pesel():
    v = make_pesel()
    return v[:10] + str((int(v[10]) + 4) % 10)

NID = Cycle(["fnr", "pesel"], shuffle=False)

def gen_nid(lang):
    if lang == "nb":
        return gen_fnr(lang)
    if lang == "pl":
        return gen_pesel(lang)
    return gen_fnr(lang) if NID.next() == "fnr" else gen_pesel(lang)

def d(n):
    return digits(n)

def nz(n):
    return str(rng.randrange(1, 10)) + digits(n - 1)

PHONE_FMT = Cycle([
    # Norway
    lambda: f"+47 {rng.choice('49')}{d(2)} {d(2)} {d(3)}",
    lambda: f"0047 {rng.choice('49')}{d(1)} {d(2)} {d(2)} {d(2)}",
    lambda: f"{rng.choice('49')}{d(2)} {d(2)} {d(3)}",
    lambda: f"+47{rng.choice('49')}{d(7)}",
    lambda: f"(+47) {rng.choice('49')}{d(2)} {d(2)} {d(3)}",
    lambda: f"{rng.choice('49')}{d(3)} {d(4)}",
    # Ukraine
    lambda: f"+380 {rng.choice(['67', '50', '93', '97'])} {d(3)} {d(4)}",
    lambda: f"+38 (0{rng.choice(['67', '66', '98'])}) {d(3)}-{d(2)}-{d(2)}",
    lambda: f"0{rng.choice(['67', '63', '95'])}-{d(3)}-{d(2)}-{d(2)}",
    lambda: f"0{rng.choice(['50', '99'])} {d(3)} {d(2)} {d(2)}",
    lambda: f"+380{rng.choice(['67', '73', '96'])}{d(7)}",
    lambda: f"00380 {rng.choice(['93', '68'])} {d(3)} {d(2)} {d(2)}",
    # Germany
    lambda: f"+49 30 {nz(8)}",
    lambda: f"030 {nz(7)}",
    lambda: f"+49 (0){rng.choice(['151', '160', '176'])} {d(4)} {d(4)}",
    lambda: f"0{rng.choice(['152', '171'])}-{d(8)}",
    lambda: f"0049 {rng.choice(['170', '157'])} {d(7)}",
    lambda: f"089/{nz(6)}",
    # Poland
    lambda: f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",
    lambda: f"{rng.choice('5678')}{d(2)}-{d(3)}-{d(3)}",
    lambda: f"0048 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",
    lambda: f"+48 22 {nz(3)} {d(2)} {d(2)}",
    lambda: f"(12) {nz(3)} {d(2)} {d(2)}",
    # UK
    lambda: f"+44 7700 9{d(5)}",
    lambda: f"07{rng.choice(['700', '911', '456'])} {d(3)} {d(3)}",
    lambda: f"+44 (0)20 7946 {d(4)}",
    lambda: f"020 7946 {d(4)}",
    # US
    lambda: f"+1 (212) 555-{d(4)}",
    lambda: f"{rng.choice(['212', '646', '917'])}.555.{d(4)}",
    lambda: f"1-{rng.choice(['312', '415'])}-555-{d(4)}",
    lambda: f"(617) 555 {d(4)}",
], shuffle=True)

def gen_phone(lang):
    return PHONE_FMT.next()()

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "ukr.net", "online.no", "web.de", "wp.pl", "i.ua",
                 "mail.student.uio.no", "stud.uni-hamburg.de", "hotmail.co.uk", "o2.pl",
                 "frivillig.redcross.no", "yahoo.com", "gmx.de", "meta.ua", "post.uit.no"]
EMAIL_LOCAL = Cycle(["olena.kovalenko", "marta.n", "t.shevchenko", "ingrid+buddy", "iryna_k1988",
                     "jurgen.fischer", "kasia.wojcik", "sabine.weber+integration", "andrii.melnyk",
                     "rose.walker", "lars-haugen", "maksym.boiko", "svitlana.savchuk+cv",
                     "p.nowak", "yulia2001", "emma.t", "bohdan.tk", "fatima.h"])
EMAIL_STYLE = Cycle(["plain", "plain", "upper", "title", "plain"], shuffle=False)

def gen_email(lang):
    local, dom, style = EMAIL_LOCAL.next(), rng.choice(EMAIL_DOMAINS), EMAIL_STYLE.next()
    e = f"{local}@{dom}"
    if style == "upper":
        e = e.upper()
    elif style == "title":
        e = local.capitalize() + "@" + dom.capitalize()
    return e

def gen_ip(lang):
    return rng.choice([
        lambda: f"{rng.choice([85, 88, 46, 193, 77, 31])}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        lambda: f"192.168.{rng.randrange(0, 3)}.{rng.randrange(2, 254)}",
        lambda: f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    ])()

IPV6 = Cycle(["2001:db8:85a3::8a2e:370:7334", "fe80::1c2b:3cff:fe4d:5e6f",
              "2a02:2121:2c4:7e10:8d1:5f3b:9e2a:41c0", "2001:4860:4860::8888"], shuffle=False)

def gen_ipv6(lang):
    return IPV6.next()

URLS = Cycle(["https://www.facebook.com/olena.kovalenko.77", "http://instagram.com/marta_nowak.art",
              "www.linkedin.com/in/tomasz-wisniewski-4b2a91", "https://t.me/iryna_lviv_oslo",
              "https://drive.google.com/file/d/1AbCdEfG7hIjK/view?usp=sharing",
              "linkedin.com/in/andrii-melnyk-dev", "https://github.com/maksymboiko",
              "https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://tinyurl.com/yc4x8r2p",
              "http://svitlana-savchuk.blogspot.com/2023/11/pershyi-den.html"], shuffle=False)

def gen_url(lang):
    return URLS.next()

HANDLES = Cycle(["@olena_kyiv", "@marta.nowak", "@Taras_UA", "@ingrid_b", "@jurgen_f77",
                 "@iryna.in.oslo", "@kasia_w", "@maksym_boiko", "@Sabine_Weber", "@yulia2001"],
                shuffle=False)

def gen_handle(lang):
    return HANDLES.next()

def street_no():
    return str(rng.randrange(1, 120)) + rng.choice(["", "", "", "B", "a"])

def gen_addr_no(lang):
    return rng.choice([
        lambda: f"Storgata {street_no()}, 0{rng.randrange(150, 190)} Oslo",
        lambda: f"Kirkeveien {rng.randrange(10, 90)} H0{rng.randrange(1, 4)}0{rng.randrange(1, 5)}, 0368 Oslo",
        lambda: f"Nygårdsgaten {street_no()}, 50{rng.randrange(10, 20)} Bergen",
        lambda: f"Olav Tryggvasons gate {rng.randrange(1, 40)}, 70{rng.randrange(10, 20)} Trondheim",
        lambda: f"Trondheimsveien {rng.randrange(2, 200)}, 0565 Oslo",
    ])()

def gen_addr_de(lang):
    return rng.choice([
        lambda: f"Hauptstraße {street_no()}, 10{rng.randrange(115, 999)} Berlin",
        lambda: f"Karl-Marx-Allee {rng.randrange(1, 150)}, 10243 Berlin",
        lambda: f"Schillerstr. {street_no()}, 80336 München",
        lambda: f"Am Markt {rng.randrange(1, 20)}a, 04109 Leipzig",
    ])()

def gen_addr_pl(lang):
    return rng.choice([
        lambda: f"ul. Długa {rng.randrange(1, 60)}/{rng.randrange(1, 20)}, 31-147 Kraków",
        lambda: f"al. Jerozolimskie {rng.randrange(10, 200)} m. {rng.randrange(1, 40)}, 00-697 Warszawa",
        lambda: f"ul. Piotrkowska {rng.randrange(1, 250)}, 90-{rng.randrange(100, 999):03d} Łódź",
        lambda: f"ul. Mickiewicza {rng.randrange(1, 60)}/{rng.randrange(1, 30)}, 80-{rng.randrange(100, 999)} Gdańsk",
    ])()

def gen_addr_ua(lang):
    return rng.choice([
        lambda: f"вул. Шевченка, {rng.randrange(1, 90)}, кв. {rng.randrange(1, 120)}, м. Київ, 0{rng.randrange(1001, 4999)}",
        lambda: f"просп. Свободи {rng.randrange(1, 40)}, Львів 79000",
        lambda: f"вул. Городоцька {rng.randrange(1, 200)}/{rng.randrange(1, 9)}, м. Львів",
        lambda: f"вул. Сумська, {rng.randrange(1, 80)}, Харків, 61{rng.randrange(100, 199):03d}",
    ])()

def gen_addr_uk(lang):
    return rng.choice([
        lambda: f"{rng.randrange(2, 220)} Baker Street, London NW1 6XE",
        lambda: f"Flat {rng.randrange(1, 12)}, {rng.randrange(3, 90)} Leith Walk, Edinburgh EH6 8LS",
        lambda: f"{rng.randrange(2, 120)} Oxford Road, Manchester M13 9PL",
    ])()

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nb": ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "desember"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
           "września", "października", "listopada", "grudnia"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
}
DOB_FMT = Cycle(["dmy.", "words", "iso", "dmy.", "words", "slash"], shuffle=False)

def gen_dob(lang):
    y, m, day = rng.randrange(1956, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    f = DOB_FMT.next()
    if f == "dmy.":
        return f"{day:02d}.{m:02d}.{y}" if rng.random() < 0.7 else f"{day}.{m}.{y}"
    if f == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if f == "slash":
        return f"{m:02d}/{day:02d}/{y}" if lang == "en" else f"{day:02d}/{m:02d}/{y}"
    mn = MONTHS[lang][m - 1]
    if lang == "en":
        return rng.choice([f"{day} {mn} {y}", f"{mn} {day}, {y}"])
    if lang in ("nb", "de"):
        return f"{day}. {mn} {y}"
    return f"{day} {mn} {y}"

# --------------------------------------------------------------------------------------------
# Slots
# --------------------------------------------------------------------------------------------
def name_slot(which):
    def f(lang):
        first, last = NAME_POOLS[lang]
        if which == "F":
            return first.next()
        if which == "L":
            return last.next()
        return first.next() + " " + last.next()
    return f

SLOTS = {
    "email": ("email", gen_email), "phone": ("phone", gen_phone), "iban": ("iban", gen_iban),
    "card": ("card", gen_card), "nid": ("nationalID", gen_nid), "fnr": ("nationalID", gen_fnr),
    "pesel": ("nationalID", gen_pesel), "ip": ("ip", gen_ip), "ipv6": ("ip", gen_ipv6),
    "url": ("url", gen_url), "handle": ("handle", gen_handle), "addr_no": ("address", gen_addr_no),
    "addr_de": ("address", gen_addr_de), "addr_pl": ("address", gen_addr_pl),
    "addr_ua": ("address", gen_addr_ua), "addr_uk": ("address", gen_addr_uk),
    "dob": ("dateOfBirth", gen_dob),
    "dF": ("name:d", name_slot("F")), "dL": ("name:d", name_slot("L")), "dFL": ("name:d", name_slot("FL")),
    "pFL": ("name:p", lambda lang: PFULL[lang].next()), "pL": ("name:p", lambda lang: PLAST[lang].next()),
    # look-alikes (no span)
    "badiban": (None, lambda lang: gen_bad_iban()), "badcard": (None, lambda lang: gen_bad_card()),
    "badfnr": (None, lambda lang: gen_bad_fnr()), "badpesel": (None, lambda lang: gen_bad_pesel()),
}

TOKEN = re.compile(r"\{(\w+)\}|\[\[(.+?)\|(\w+)(?:\|([dp]))?\]\]", re.S)

def u16(s):
    return len(s.encode("utf-16-le")) // 2

def render(template, lang):
    text, spans, pos = "", [], 0
    for m in TOKEN.finditer(template):
        text += template[pos:m.start()]
        pos = m.end()
        if m.group(1):
            kind, gen = SLOTS[m.group(1)]
            value = gen(lang)
            source = None
            if kind and kind.startswith("name:"):
                source = {"d": "dictionary", "p": "pattern"}[kind[5:]]
                kind = "name"
        else:
            value, kind, src = m.group(2), m.group(3), m.group(4)
            source = {"d": "dictionary", "p": "pattern"}.get(src) if kind == "name" else None
            if kind == "name" and source is None:
                raise SystemExit(f"name span without source: {template!r}")
        start = u16(text)
        text += value
        if kind:
            span = {"start": start, "end": u16(text), "kind": kind}
            if source:
                span["source"] = source
            spans.append(span)
    text += template[pos:]
    return text, spans

# --------------------------------------------------------------------------------------------
# Texts. (template, is_clean). Clean texts carry look-alikes that must survive redaction.
# --------------------------------------------------------------------------------------------
def P(t):
    return (t, False)

def C(t):
    return (t, True)

TEXTS = {
"en": [
    P("Session feedback: the CV workshop was really useful. If anyone wants the slides, email me at {email} and I'll forward them."),
    P("Buddy check-in: met {dF} at the library on Tuesday. Settling in well, the kids started school. Call me on {phone} if the appointment moves."),
    P("My buddy [[Will|name|d]] helped me open a bank account. For the rent deposit the landlord gave IBAN {iban}, can someone check it?"),
    P("I want to say thank you to [[Hope|name|d]] and [[Mark|name|d]] from the Saturday group, they never gave up on me."),
    P("[[Olena|name|d]]'s English has improved a lot since March, she now leads the small-talk exercise."),
    P("met with [[taras|name|d]] today, we practised the job interview questions again. he is nervous but ready"),
    P("Please do not post card numbers in the group chat! Someone wrote {card} yesterday, I deleted it."),
    P("My mentor {pFL} introduced me to the warehouse manager. I start on Monday at 7:00."),
    P("Dr. [[Okonkwo|name|p]] at the GP surgery said I should bring my interpreter next time."),
    P("Contact details for the new participant: [[Iryna\nMelnyk|name|d]], {phone}, living at {addr_uk}."),
    P("I was born on {dob} in Kharkiv and came to Manchester in 2022 with my two sons."),
    P("The login page showed my IP as {ip} and blocked me; the IT volunteer said it was the VPN."),
    P("You can follow our cooking evenings on Instagram, my account is {handle}"),
    P("Here is the recording from Thursday's online session: {url}"),
    P("Thanks to {dFL} and {dFL} for driving us to the job fair in Leeds!"),
    P("Our caseworker {pFL} explained the housing rules very clearly, even the deposit part."),
    P("Great evening, thanks,[[Yusuf|name|d]]! The borscht by [[Maksym|name|d]](our chef) was amazing."),
    P("Mrs. [[Pemberton|name|p]] (volunteer coordinator) can be reached at {email} or {phone}."),
    P("Testimonial: \"When I arrived I knew nobody. Now [[Sarah Brown|name|d]] is like family to me.\" - [[Oksana|name|d]], participant"),
    P("For the bursary please transfer to {iban} (account holder {dFL})."),
    P("My date of birth is {dob}, but the letter from the job centre has a different day. Please correct it."),
    P("The Wi-Fi log shows {ipv6} for the laptop that sent the spam emails."),
    P("I stayed with [[Svitlana Shevchenko|name|d]]'s family for two weeks before I found a room."),
    P("Transferred from the Oslo programme; her Norwegian fødselsnummer is {fnr} if the council asks."),
    P("Will you come on Thursday, [[Will|name|d]]? We need someone to help with the tea."),
    P("Weekly check-in with [[Amina|name|d]]: she moved to {addr_uk} and her new number is {phone}."),
    P("my friend's telegram is {url} if you need someone to translate ukrainian-english"),
    P("He lived in Poland first, so he already has a PESEL: {pesel}."),
    C("The B2 course starts on 2024-09-02 at 10:30 in room 3.14. Bring your own notebook."),
    C("Hope this helps! Overall rating 4.5/5, and 87% of us would recommend the programme."),
    C("Will there be a session in May? I'm travelling to Kyiv on 14 June and back in July."),
    C("Mark your calendars: the ECON 2040 exam is on Friday at 14.00, building B, level 2."),
    C("Prices rose again, so the bus pass (line 31) now costs £72.50 a month. The council said support may change in 2025."),
    C("Score 0.85 on the mock test, up from 0.62 in January. Next goal: IELTS 6.5."),
    C("I transferred the fee but the bank said the IBAN {badiban} was wrong, so I'll pay cash at the office instead."),
    C("The app is on version 2.3.1 now and crashes less. Tested on Android 14 and iOS 17.4."),
    C("Great session. Loved the part about renting in Oslo vs Bergen, and how NAV and UDI differ."),
    C("Feedback: too many slides (42!), too little speaking. Maybe split into two 45-minute parts?"),
    C("In the budgeting exercise we typed the sample card number {badcard} and the mock shop rejected it, which was the point."),
    C("Monday and Wednesday 17:00-19:00, Caritas hall, 2nd floor. Childcare available for ages 3-10."),
    C("I will hope for better weather in April. Rose garden trip is cancelled, but the museum visit on 12/04 is on."),
    C("Case ref 2023/114592 is still open; UDI said 6-8 weeks. Fingers crossed."),
    C("Course codes for next term: NOR-101, NOR-102 and ENG-B1. Each is 60 hours, 3 ECTS."),
    C("Donations so far: NOK 12 500, €340 and 1 200 zł. Thank you all!"),
    C("Per week we practise 3 hours; per month that is about 12. May I suggest more speaking time?"),
    P("Buddy notes: {pFL} (retired teacher) will pair with the family from Sumy. Number: {phone}."),
    P("Professor [[Fairbairn|name|p]] wrote me a reference letter for the master's programme."),
    P("Mr. [[Hollis|name|p]] from the housing office called me on {phone} about the flat."),
    P("Card for the refund: {card}, expiry 09/27."),
    P("Second phone (my husband): {phone}. Mine is {phone}."),
    P("My host, [[Geraldine Castellano|name|p]], drove me to every single appointment."),
    P("PESEL {pesel} and Norwegian ID {fnr} are both on the form, which one do you need?"),
    P("Teacher [[Bartholomew Quince|name|p]] makes grammar fun, honestly the best hour of my week."),
    C("It takes will and hope to start again at 45. Thank you for the support since October."),
    C("Room 2.14 is closed on 24.12 and 31.12; the Christmas party is on 20.12 at 18:00 instead."),
],
"nb": [
    P("Tilbakemelding: veldig nyttig kurs om arbeidslivet i Norge. Send gjerne presentasjonen til {email}."),
    P("Buddy-samtale med {dF} på biblioteket. Har fått leilighet i {addr_no} og trenger hjelp med flyttingen."),
    P("Takk til [[Per|name|d]] og [[Liv|name|d]] for at dere tok oss med på tur til Holmenkollen!"),
    P("[[Olena|name|d]]s datter har begynt i barnehagen, så nå kan hun endelig delta på norskkurset."),
    P("Ring meg på {phone} hvis du ikke finner frem, jeg står ved inngangen."),
    P("Fødselsnummeret mitt er {fnr}, men NAV finner meg fortsatt ikke i systemet."),
    P("Jeg er født {dob} i Mariupol og kom til Norge i 2022."),
    P("Kontonummer for refusjon: {iban}. Tusen takk for hjelpen, [[Ingrid|name|d]]!"),
    P("Min mentor {pFL} har hjulpet meg med CV-en og søknaden til Kiwi."),
    P("Dr. [[Tveit|name|p]] sa at jeg må komme tilbake om to uker."),
    P("møtte [[lars|name|d]] og [[kari|name|d]] i dag, vi øvde på å snakke om vær og helg"),
    P("Vennen min [[Dmytro Kovalenko|name|d]] søker jobb som elektriker, kan noen hjelpe?"),
    P("Instagram: {handle} – der legger jeg ut bilder fra matkveldene."),
    P("Her er lenken til opptaket fra torsdag: {url}"),
    P("Noen brukte kortet mitt {card} på nett, banken har sperret det nå."),
    P("Takk,[[Sigrid|name|d]]! Og takk til [[Solveig\nHaugen|name|d]] som lånte oss vaffeljernet."),
    P("Saksbehandler {pFL} i kommunen ga oss ny time 14. mars."),
    P("Skriv til {email} eller send SMS til {phone}."),
    P("Fru [[Kvamme|name|p]] på voksenopplæringen sier at jeg kan ta B1-prøven i juni."),
    P("Adresse for pakken: [[Taras Boiko|name|d]], {addr_no}."),
    P("IP-adressen {ip} ble blokkert etter for mange innlogginger på Min side."),
    P("[[Mark|name|d]] og [[Rose|name|d]] fra Bergen-gruppen kommer også på lørdag."),
    P("Hilsen [[Оксана Мельник|name|d]], deltaker i språkkafeen"),
    P("Fikk god hjelp av [[Eirik Berg|name|d]] med skattemeldingen, endelig ferdig!"),
    P("Fødselsdato {dob}, telefon {phone}. Trenger tolk på ukrainsk."),
    P("[[Kari|name|d]]s mann [[Ola|name|d]] kjører oss til IKEA på søndag."),
    C("Norskkurset på nivå B1 starter 2024-08-19 kl. 09.30 i rom 214."),
    C("Per uke har vi to timer språkkafé. Det er for lite, synes jeg."),
    C("Et nytt liv i Norge er ikke lett, men programmet har gjort det lettere. Takk!"),
    C("Strømprisen i Oslo er høy i januar, så vi lærte å lese strømregningen. Vi hadde ikke strøm i to dager i fjor."),
    C("Bussen (linje 37) går hvert 10. minutt fra Jernbanetorget, men på søndag bare hvert 30."),
    C("Kursavgift NOK 1 200 betales innen 15.09. Kontonummeret står på nettsiden."),
    C("Fikk 0,85 på lytteprøven og 92 % på leseprøven. Nå satser jeg på B2 til våren."),
    C("Jeg prøvde å betale til IBAN {badiban}, men banken sa at den var ugyldig."),
    C("Mai og juni er fulle, men vi har ledig plass tirsdag 3. september kl. 18:00."),
    C("NAV-kontoret på Grünerløkka har nye åpningstider: 09–15 mandag til fredag."),
    C("Turen opp bakken til Frognerseteren var tung, men utsikten over Oslofjorden var verdt det."),
    C("Skjemaet godtok ikke nummeret {badfnr}, det viste seg at jeg hadde skrevet feil."),
    C("Kurs NOR-101 og NOR-102 gir til sammen 6 studiepoeng. Eksamen 12.12.2024."),
    C("Vi var 14 deltakere fra Kyiv, Lviv, Kharkiv og Odesa. Neste gang møtes vi i Bergen."),
    C("Appen (versjon 3.2.0) virker bedre nå. Tusen takk til IT-frivillige!"),
    C("Husleie 9 850 kr, depositum 3 måneder. Er det vanlig i Trondheim?"),
    C("Liv og helse var tema for kvelden, med fokus på søvn og stress."),
    P("Lærer [[Åshild Rygg|name|p]] er den beste læreren jeg har hatt!"),
    P("Kontaktperson i NAV: {pFL}, tlf. {phone}."),
    P("Fastlegen min, [[Halvor Nesheim|name|p]], henviste meg til fysioterapeut."),
    P("Kortnummer {card} – utløper 11/26. Kan dere slette dette etterpå?"),
    P("Hjemme: {phone}, jobb: {phone}."),
    P("Fadderen vår [[Synnøve Bråten|name|p]] inviterte oss på 17. mai-frokost."),
    P("Min veileder [[Trygve Aasland|name|p]] sier at jeg er klar for arbeidspraksis."),
    P("Fødselsnummer til sønnen min: {fnr}. Han er født {dob}."),
    C("Takk for et fint år! Vi sees igjen mandag 6. januar kl. 17.30."),
    C("Møtet er flyttet til rom 3045, andre etasje. Kaffe fra kl. 08.45."),
],
"de": [
    P("Rückmeldung zum Bewerbungstraining: super hilfreich! Unterlagen bitte an {email}."),
    P("Patenschaftstreffen mit {dF} im Café. Neue Adresse: {addr_de}."),
    P("Danke an [[Jürgen|name|d]] und [[Sabine|name|d]], ohne euch hätte ich die Wohnung nie bekommen."),
    P("Am Sonntag waren wir bei [[Müller|name|d]]s zum Kaffee eingeladen, sehr nette Familie."),
    P("Meine Handynummer: {phone}, WhatsApp geht auch."),
    P("Geboren am {dob} in Dnipro, seit 2022 in Leipzig."),
    P("Bitte überweisen Sie die Kaution auf {iban}, Kontoinhaber [[Lukas Becker|name|d]]."),
    P("Mein Mentor {pFL} hat mir bei der Anerkennung meines Diploms geholfen."),
    P("Frau Dr. [[Weißenborn|name|p]] vom Jobcenter war sehr freundlich und geduldig."),
    P("heute mit [[olena|name|d]] beim Bürgeramt gewesen, Termin um 10:15 hat geklappt"),
    P("Herr [[Kruger|name|d]] übernimmt am Freitag die Gruppe, Frau [[Fischer|name|d]] ist krank."),
    P("Kontakt: [[Andrii\nBondarenko|name|d]], Tel. {phone}"),
    P("Die Karte {card} wurde gesperrt, bitte nicht mehr benutzen."),
    P("Zugriff von {ip} auf das Lernportal um 03:12 Uhr – war das jemand von uns?"),
    P("Link zur Aufzeichnung: {url} (Passwort steht in der Gruppe)."),
    P("Folgt unserem Kochkurs auf Instagram: {handle}"),
    P("Ein großes Dankeschön an unsere Dolmetscherin {pFL}!"),
    P("Danke,[[Katrin|name|d]]! Und danke an [[Тарас|name|d]] für die Übersetzung."),
    P("Herr [[Obermaier|name|p]] von der Hausverwaltung hat sich endlich gemeldet."),
    P("Ich habe noch eine polnische PESEL: {pesel}, brauche ich die hier?"),
    P("Mail an {email} mit Kopie an {email}."),
    P("[[Yusuf|name|d]] und [[Ahmed|name|d]] haben die Fahrräder für alle repariert."),
    P("Adresse für die Anmeldung: {addr_de}, c/o [[Weber|name|d]]."),
    P("Geburtsdatum: {dob}. Staatsangehörigkeit: ukrainisch."),
    P("Der Router zeigte {ipv6} an, der Techniker hat es notiert."),
    P("Wir waren mit [[Oksana Tkachenko|name|d]] im Zoo, die Kinder waren begeistert."),
    C("Der B2-Kurs beginnt am 2024-10-07 um 9:30 Uhr in Raum 1.08."),
    C("Mai und Juni sind ausgebucht. Im Juli gibt es wieder Plätze."),
    C("Wir sind zusammen auf den Berg gewandert, 850 Höhenmeter, alle haben es geschafft!"),
    C("Kursgebühr 120 €, ermäßigt 60 €. Zahlung bis 15.09.2024."),
    C("Die IBAN {badiban} wurde vom Online-Banking abgelehnt – ich habe mich wohl vertippt."),
    C("Bewertung: 4,5 von 5 Sternen. 93 % der Teilnehmenden würden den Kurs weiterempfehlen."),
    C("Treffpunkt: Dienstag 17.00 Uhr, Haltestelle Bus 100, dann gemeinsam zum Rathaus."),
    C("Caritas und Diakonie bieten ab März Beratung in Berlin, Hamburg und Köln an."),
    C("Schade, dass die Stunde so kurz war. Mehr Zeit für Grammatik wäre gut."),
    C("Modul DAF-201 (Deutsch als Fremdsprache) und ECON 2040 laufen parallel."),
    C("Version 1.4.2 der Lern-App hat endlich einen Offline-Modus."),
    C("Im Kurs übten wir Online-Einkauf mit der Beispielkarte {badcard}; die Zahlung scheiterte absichtlich."),
    C("Von Kyiv nach Berlin sind es etwa 1 200 km. Die Fahrt hat 22 Stunden gedauert."),
    C("Stimmung super, Essen lecker, Raum zu warm. Nächstes Mal bitte Fenster öffnen!"),
    C("Ergebnis Einstufungstest: 0,72 (A2+), Ziel ist B1 bis Dezember."),
    C("Sprechstunde beim Jobcenter: Mo–Fr 8–12 Uhr, Zimmer 214, 2. OG."),
    P("Unsere Lehrerin Frau [[Roswitha Kammerlander|name|p]] ist die Beste!"),
    P("Ansprechpartner beim Sozialamt: {pFL}, Tel. {phone}."),
    P("Mein Betreuer [[Hans-Peter Zimmerhackl|name|p]] hilft mir mit den Formularen."),
    P("Kreditkarte {card}, bitte die Gebühr abbuchen."),
    P("Festnetz {phone}, mobil {phone}."),
    P("Prof. [[Ilse Aumüller|name|p]] hat mein Zeugnis übersetzt und beglaubigt."),
    P("IBAN der Schule: {iban}. Verwendungszweck: Klassenfahrt, Kind: [[Dario Kovačević|name|p]]."),
    P("Geboren am {dob}, die Steuer-ID kommt per Post."),
    C("Der Termin beim Amt ist am 12.03. um 8:15 Uhr, bitte Pass und Meldebescheinigung mitbringen."),
    C("Mark und Pfennig kennt hier niemand mehr, aber Euro-Scheine üben wir trotzdem."),
],
"pl": [
    P("Opinia o warsztatach: bardzo przydatne! Prezentację proszę wysłać na {email}."),
    P("Spotkanie z {dF} w bibliotece. Nowy adres: {addr_pl}."),
    P("Rozmowa z [[Martą|name|d]] i [[Piotrem|name|d]] o szukaniu pracy, bardzo motywująca."),
    P("Mój numer: {phone}, proszę dzwonić po 16:00."),
    P("PESEL: {pesel} – czy to wystarczy do zapisania dziecka do szkoły?"),
    P("Urodziłam się {dob} w Charkowie, w Polsce jestem od marca 2022."),
    P("Numer konta do zwrotu kosztów: {iban}."),
    P("Moja mentorka, pani [[Bożena Szymczak|name|p]], pomogła mi napisać CV."),
    P("Pan [[Pawlak|name|p]] z urzędu pracy oddzwonił w piątek."),
    P("dziś spotkanie z [[iryną|name|d]], ćwiczyłyśmy rozmowę kwalifikacyjną"),
    P("Dane kontaktowe: [[Agnieszka\nWójcik|name|d]], tel. {phone}"),
    P("Karta {card} została zablokowana przez bank, proszę jej nie używać."),
    P("Logowanie z adresu {ip} o 2:14 w nocy – to na pewno nie ja."),
    P("Nagranie ze spotkania: {url}"),
    P("Obserwujcie nas na Instagramie: {handle}"),
    P("Wielkie podziękowania dla [[Wojciecha|name|d]] za pomoc przy przeprowadzce."),
    P("Dzięki,[[Tomasz|name|d]]! Bez ciebie bym nie dała rady."),
    P("Dr [[Grażyna Jabłońska|name|p]] z przychodni mówi po ukraińsku, polecam!"),
    P("Adres do korespondencji: {addr_pl}."),
    P("Data urodzenia: {dob}, miejsce urodzenia: Odessa."),
    P("Napisz do {email} albo na {handle}."),
    P("Opiekunka grupy [[Katarzyna Kamińska|name|d]] prowadzi zajęcia w soboty."),
    P("Koordynator [[Bohdan Savchuk|name|d]] zorganizował wycieczkę do Wieliczki."),
    P("Adres {ipv6} pojawia się w logach serwera szkoły."),
    P("Przelew na {iban} tytułem: kaucja, [[Anna Nowak|name|d]]."),
    P("Wolontariuszka {pFL} uczy nas polskiego od września."),
    C("Kurs polskiego na poziomie B1 zaczyna się 2024-10-01 o 17:30, sala 204."),
    C("Koszt: 350 zł za semestr, zniżka 50% dla rodzin z dziećmi."),
    C("W maju i czerwcu zajęcia odbywają się w każdy wtorek i czwartek."),
    C("Wynik testu: 0,85 – lepiej niż w marcu (0,61). Dziękuję za cierpliwość!"),
    C("Próbowałam zapłacić na IBAN {badiban}, ale bank odrzucił przelew."),
    C("Numer PESEL {badpesel} nie przechodzi walidacji w systemie, muszę iść do urzędu."),
    C("Autobus 179 jedzie z Krakowa do Wieliczki około 40 minut."),
    C("Caritas i PCK rozdają paczki w sobotę od 10.00 do 14.00."),
    C("Kraków, Lwów i Kijów – w tych miastach mieszkali nasi uczestnicy przed wojną."),
    C("Kod kursu: POL-A2-03, 60 godzin, 4 punkty ECTS."),
    C("Aplikacja w wersji 2.0.5 wreszcie działa na starszych telefonach."),
    C("Świetna atmosfera, ale sala była za mała dla 25 osób."),
    C("Poniedziałek 18:00 – spotkanie rodziców. Środa 16:30 – zajęcia dla dzieci."),
    C("Wysłałam 1 200 zł zaliczki w 2023 roku i nadal czekam na zwrot."),
    C("Nowa stawka za godzinę: 28,10 zł brutto od 1 lipca."),
    C("Przykładowa karta {badcard} z ćwiczenia nie zadziałała, tak jak miało być."),
    P("Pani [[Jadwiga Olszewska|name|p]] z MOPS-u pomogła nam z wnioskiem."),
    P("Kontakt do tłumaczki: {pFL}, {phone}."),
    P("Pan dyrektor [[Leszek Barański|name|p]] zgodził się przyjąć syna do szkoły."),
    P("Numer karty: {card}, proszę pobrać opłatę."),
    P("Telefon domowy {phone}, komórka {phone}."),
    P("Nasz opiekun [[Radosław Wierzbicki|name|p]] był z nami w urzędzie."),
    P("PESEL syna: {pesel}, urodzony {dob}."),
    P("Przelew proszę zrobić na {iban}."),
    C("Maj był trudny, ale czerwiec już lepszy. Dziękuję za wsparcie!"),
    C("Sala 1.12, budynek C, wejście od podwórza. Parking płatny 5 zł/h."),
],
"uk": [
    P("Відгук про тренінг: дуже корисно! Надішліть, будь ласка, презентацію на {email}."),
    P("Зустріч з [[Оленою|name|d]] у бібліотеці. Вона вже знайшла квартиру."),
    P("Дякую [[Тарасу|name|d]] та [[Марії|name|d]] за допомогу з переїздом!"),
    P("Мій номер телефону: {phone}, пишіть у Viber."),
    P("Я народилася {dob} у Харкові."),
    P("Дата народження: {dob}. Громадянство: Україна."),
    P("Номер рахунку для повернення коштів: {iban}."),
    P("Мій ментор {pFL} допоміг мені скласти резюме."),
    P("Пані [[Гнатюк|name|p]] з центру зайнятості передзвонила в п'ятницю."),
    P("сьогодні бачилася з [[оксаною|name|d]], вона знайшла роботу!"),
    P("Контакти: [[Андрій\nМельник|name|d]], тел. {phone}"),
    P("Хтось використав мою картку {card}, банк її заблокував."),
    P("Вхід з IP {ip} о 3:14 ночі – це точно не я."),
    P("Посилання на запис: {url}"),
    P("Мій телеграм – {handle}, пишіть, якщо потрібна допомога з перекладом."),
    P("Дякую,[[Світлано|name|d]]! Без тебе я б не впоралася."),
    P("Нова адреса: {addr_ua}."),
    P("Моя адреса в Осло: {addr_no}."),
    P("Мій норвезький fødselsnummer: {fnr}, а PESEL з Польщі – {pesel}."),
    P("Пишіть на {email} або дзвоніть {phone}."),
    P("Волонтерка [[Ingrid Hansen|name|d]] допомогла з документами для NAV."),
    P("Наш куратор [[Віктор Бондаренко|name|d]] організував екскурсію до Бергена."),
    P("Лікарка {pFL} говорить українською, дуже рекомендую."),
    P("[[Юлія|name|d]] і [[Максим|name|d]] приготували вареники для всієї групи."),
    P("IPv6 роутера: {ipv6}."),
    P("Переказ на {iban}, отримувач [[Наталія Ткаченко|name|d]]."),
    C("Курс норвезької рівня B1 починається 2024-09-02 о 10:30, кімната 3.14."),
    C("У травні та червні заняття щовівторка і щочетверга."),
    C("Результат тесту: 0,85, а в березні було 0,62. Дякую за терпіння!"),
    C("Вартість курсу – 1 200 грн, знижка 50% для родин з дітьми."),
    C("Банк відхилив переказ, бо IBAN {badiban} невірний, я помилилася в цифрах."),
    C("Автобус 31 їде від вокзалу до центру приблизно 20 хвилин."),
    C("Ми приїхали з Києва, Львова та Харкова, а тепер живемо в Осло і Бергені."),
    C("NAV та UDI мають різні правила, це було найкорисніше на занятті."),
    C("Код курсу NOR-101, 60 годин, іспит 12.12.2024."),
    C("Версія застосунку 2.3.1 працює краще, але ще іноді зависає."),
    C("Понеділок і середа, 17:00–19:00, зал Caritas на другому поверсі."),
    C("Система не приймає номер {badfnr}, мабуть, я неправильно переписала."),
    C("Надія є завжди! Дякую всім за цей рік."),
    C("Оцінка 4,5 з 5. Було б добре мати більше розмовної практики."),
    C("Ціна квитка – 42 кр., а місячний проїзний 850 кр."),
    C("Любов до мови приходить з практикою."),
    C("Зустріч о 14.00, кімната 214, поверх 2. Візьміть паспорт."),
    P("Наша вчителька [[Лариса Приходько|name|p]] – найкраща!"),
    P("Контакт соціального працівника: {pFL}, {phone}."),
    P("Пан [[Зеновій Ярошенко|name|p]] допоміг полагодити велосипеди."),
    P("Номер картки: {card}, термін дії 08/27."),
    P("Домашній {phone}, мобільний {phone}."),
    P("Мій куратор у NAV – [[Halvard Sollie|name|p]], дуже уважний."),
    P("PESEL сина: {pesel}, народився {dob}."),
    P("IBAN для оплати: {iban}."),
    C("Заняття 24.12 і 31.12 не буде. Гарних свят!"),
    C("Віра, надія, любов – так називався наш вечір поезії."),
],
}

# --------------------------------------------------------------------------------------------
# Self-checks: dictionary names really are in the names file (modulo case, diacritics, script,
# possessive/inflection), pattern names really are not.
# --------------------------------------------------------------------------------------------
CYR = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh",
       "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n",
       "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
       "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": ""}

INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

def norm(s):
    s = s.lower()
    s = "".join((INITIAL.get(ch) if i == 0 and ch in INITIAL else CYR.get(ch, ch)) for i, ch in enumerate(s))
    s = s.replace("ł", "l").replace("ø", "o").replace("æ", "ae").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch))

def check(records, names):
    dic = {norm(n) for n in names}
    for r in records:
        units = r["text"].encode("utf-16-le")
        for sp in r["spans"]:
            assert 0 <= sp["start"] < sp["end"] <= len(units) // 2, r
            frag = units[sp["start"] * 2:sp["end"] * 2].decode("utf-16-le")
            assert frag == frag.strip(), (r["id"], frag)
            if sp["kind"] == "iban":
                assert iban_valid(frag), frag
            if sp["kind"] == "card":
                assert luhn_ok(re.sub(r"\D", "", frag)), frag
            if sp["kind"] == "nationalID":
                dd = re.sub(r"\D", "", frag)
                assert fnr_valid(dd) or (len(dd) == 11 and pesel_check(dd[:10]) == dd[10]), frag
            if sp["kind"] != "name":
                continue
            toks = [norm(t) for t in re.split(r"\s+", frag) if t]
            if sp["source"] == "dictionary":
                for t in toks:
                    ok = t in dic or any(t.startswith(n[:max(4, len(n) - 1)]) and len(n) >= 4 for n in dic)
                    assert ok, f"{r['id']}: dictionary name {frag!r} not in names file"
            else:
                for t in toks:
                    assert t not in dic, f"{r['id']}: pattern name {frag!r} is in names file"
        # no two spans overlap
        ss = sorted(r["spans"], key=lambda s: s["start"])
        for a, b in zip(ss, ss[1:]):
            assert a["end"] <= b["start"], r["id"]

def main():
    names = names_file_entries()
    records = []
    for lang in ["en", "nb", "de", "pl", "uk"]:
        for i, (t, _) in enumerate(TEXTS[lang], 1):
            text, spans = render(t, lang)
            records.append({"id": f"hold-{lang}-{i:03d}", "lang": lang, "text": text, "spans": spans})
        # the flag in TEXTS says whether the template is meant to be PII-free
        for (t, clean), rec in zip(TEXTS[lang], records[-len(TEXTS[lang]):]):
            assert clean == (not rec["spans"]), (rec["id"], clean)
    check(records, names)
    dic = {norm(n) for n in names}
    for r in records:
        if not r["spans"]:
            hits = [w for w in re.findall(r"\w+", r["text"]) if norm(w) in dic]
            if hits:
                print(f"look-alike names in clean {r['id']}: {hits}", file=sys.stderr)
    FIX.mkdir(parents=True, exist_ok=True)
    with open(FIX / "redaction-holdout.jsonl", "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(FIX / "redaction-holdout-names.txt", "w", encoding="utf-8") as f:
        f.write("# snapshot users.first_name / users.last_name for the holdout corpus (one per line)\n")
        for n in names:
            f.write(n + "\n")
    # summary
    from collections import Counter
    kinds = Counter((s["kind"] if s["kind"] != "name" else "name/" + s["source"]) for r in records for s in r["spans"])
    clean = sum(1 for r in records if not r["spans"])
    print(f"{len(records)} texts, {clean} without PII ({clean / len(records):.0%}); names file: {len(names)} entries",
          file=sys.stderr)
    print("per language:", dict(Counter(r["lang"] for r in records)), file=sys.stderr)
    for k, v in sorted(kinds.items()):
        print(f"  {k:20s} {v}", file=sys.stderr)
    nd, np_ = kinds["name/dictionary"], kinds["name/pattern"]
    print(f"  dictionary share of names: {nd / max(nd + np_, 1):.0%}", file=sys.stderr)

if __name__ == "__main__":
    main()
