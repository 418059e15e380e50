/// Words for the people testimonials name — teachers, caseworkers, doctors, interpreters,
/// landlords — in the five report languages, used as cues for names not in the dictionary
/// ("Our caseworker Jane Doe", "Min veileder Ola Nordmann", "Nasz opiekun Jan Nowak",
/// "Лікарка Марія Коваль"). Compared on the lower-cased word, inflected forms included.
///
/// `labels` are form labels ("Name:", "Kind:", "Kontakt:") that only cue a name when a colon
/// follows them: "Kind" is also an English adjective, "contact" an English verb.
enum RoleWords {
    static let roles: Set<String> = {
        var out = Set<String>()
        func add(_ stems: String, _ suffixes: [String]) {
            for stem in stems.split(separator: " ") {
                for suffix in suffixes { out.insert(String(stem) + suffix) }
            }
        }
        add("""
        teacher headteacher caseworker worker host hostess professor prof interpreter translator doctor \
        nurse counsellor counselor lawyer attorney landlord landlady director coordinator advisor adviser \
        tutor coach principal headmaster headmistress supervisor therapist sponsor neighbour neighbor \
        friend colleague boss classmate manager officer psychologist dentist buddy mentor mentee volunteer
        """, ["", "s"])
        add("""
        lærer lærerinne veileder saksbehandler kontaktperson fastlege lege fadder tolk rektor sykepleier \
        advokat utleier huseier koordinator leder direktør nabo venn venninne kollega sjef rådgiver \
        miljøarbeider terapeut psykolog trener sosionom kontaktlærer
        """, ["", "n", "en", "e", "ne", "a"])
        add("""
        lehrer lehrerin klassenlehrer klassenlehrerin betreuer betreuerin dolmetscher dolmetscherin \
        ansprechpartner ansprechpartnerin sachbearbeiter sachbearbeiterin arzt ärztin hausarzt hausärztin \
        professor professorin berater beraterin vermieter vermieterin anwalt anwältin rechtsanwalt \
        rechtsanwältin direktor direktorin leiter leiterin schulleiter schulleiterin koordinator \
        koordinatorin pate patin sozialarbeiter sozialarbeiterin übersetzer übersetzerin kollege kollegin \
        nachbar nachbarin chef chefin kontaktperson therapeut therapeutin trainer trainerin pfleger \
        pflegerin tutorin ehrenamtliche ehrenamtlicher freiwillige freiwilliger
        """, ["", "s", "n", "en"])
        // Polish and Ukrainian decline the role word ("z opiekunem", "do tłumaczki", "лікарці").
        add("""
        nauczyciel nauczycielk opiekun opiekunk tłumacz tłumaczk dyrektor dyrektork lekarz lekark \
        kierownik kierowniczk koordynator koordynatork doradc doradczyni prawnik prawniczk adwokat \
        pielęgniark pielęgniarz profesor profesork prof sąsiad sąsiadk koleg koleżank przyjaciel \
        przyjaciółk wychowawc wychowawczyni pracownik pracowniczk terapeut terapeutk psycholog trener \
        trenerk szef szefow urzędnik urzędniczk właściciel właścicielk
        """, ["", "a", "u", "e", "y", "i", "ą", "ę", "em", "om", "owi", "ka", "ki", "ką", "kę", "ce", "ko", "ie"])
        add("""
        вчитель вчителька вчительк учитель учителька учительк викладач викладачк лікар лікарк куратор \
        кураторк працівник працівниц соцпрацівник соцпрацівниц перекладач перекладачк директор \
        директорк координатор координаторк консультант консультантк юрист юристк адвокат медсестр \
        професор сусід сусідк подруг керівник керівниц вихователь вихователька виховательк тренер \
        тренерк психолог терапевт
        """, ["", "а", "у", "ю", "е", "і", "и", "я", "ом", "ем", "ові", "еві", "ка", "ки", "ку", "кою", "ці", "ою", "ею"])
        return out
    }()

    /// Family members, who are named in feedback as often as staff are ("my son Artem", "Tochter
    /// Lina", "z córką Zosią", "з донькою Марією"): lower-cased, the common inflected forms.
    static let kinship: Set<String> = Set("""
    son sons daughter daughters wife husband mother father mum mom mummy mommy dad daddy brother sister     grandma grandmother granny grandpa grandfather grandson granddaughter aunt auntie uncle cousin niece nephew     child kid baby stepson stepdaughter fiancé fiancée girlfriend boyfriend partner     sønn sønnen sønnene datter dattera datteren døtre kone kona konen mannen moren mora faren bror broren     søster søstera søsteren bestemor bestemora bestefar tante onkel fetter kusine barnet samboer samboeren     kjæresten svigermor svigerfar     sohn sohnes söhne mann tochter töchter ehemann ehefrau mutter mama vater papa bruder schwester oma opa     tante onkel cousine enkel enkelin partnerin freundin neffe nichte schwager schwägerin     syn syna synem synowi synek synka córka córki córką córce córkę córeczka córeczką żona żony żoną żonie     żonę mąż męża mężem mężowi mama mamy mamą mamie mamę tata taty tatą tacie tatę brat brata bratem     bratu siostra siostry siostrą siostrze siostrę babcia babci babcią babcię dziadek dziadka dziadkiem     ciocia cioci ciocią wujek wujka wujkiem kuzyn kuzyna kuzynka kuzynki wnuk wnuka wnuczka wnuczki     син сина сином сину синові донька доньки донькою доньці доньку дочка дочки дочкою дочці дочку     дружина дружини дружиною дружині дружину чоловік чоловіка чоловіком чоловікові мама мами мамою мамі     маму тато тата татом татові батько батька батьком мати матері брат брата братом братові сестра     сестри сестрою сестрі сестру бабуся бабусі бабусею дідусь дідуся дідусем тітка тітки тіткою дядько     дядька дядьком онук онука онуком онучка онучки
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Greetings that open a message to someone ("Hi Maria", "Kjære Ola", "Liebe Frau", "Cześć
    /// Kasia", "Привіт, Оксано"): the one or two capitalised words after them are a name.
    static let greetings: Set<String> = [
        "hi", "hello", "hey", "dear", "hei", "hallo", "heisann", "kjære", "liebe", "lieber", "cześć", "witaj",
        "drogi", "droga", "привіт", "вітаю", "дорога", "дорогий", "morn", "moin", "servus", "hej",
    ]

    /// Sign-offs after which a name ends a message ("Thanks, Maria", "Mvh\nOla Hansen", "LG Jonas",
    /// "Pozdrawiam, Kasia", "З повагою, Ірина").
    static let signOffs: Set<String> = [
        "thanks", "thank", "regards", "cheers", "love", "mvh", "hilsen", "takk", "klem", "gruß", "grüße",
        "gruss", "grüsse", "lg", "vg", "mfg", "danke", "pozdrawiam", "pozdrowienia", "dzięki", "dziękuję",
        "повагою", "дякую", "обіймаю",
    ]

    static let labels: Set<String> = [
        "name", "navn", "imię", "ім'я", "імʼя", "kind", "child", "barn", "dziecko", "дитина",
        "contact", "kontakt", "контакт", "participant", "deltaker", "teilnehmer", "teilnehmerin",
        "uczestnik", "uczestniczka", "учасник", "учасниця", "family", "familie", "rodzina", "родина",
        // Lists of those present ("Present: Anna, Ola, Kari"); the list rule takes the rest.
        "present", "attendees", "participants", "stede", "deltakere", "tilstede", "anwesend", "teilnehmende",
        // Round 7: full-name and surname labels of forms ("ПІБ: Шевчук Андрій Петрович").
        "піб", "прізвище", "surname", "etternavn", "fornavn", "nachname", "vorname", "familienname", "nazwisko",
        "obecni", "obecne", "uczestnicy", "присутні", "учасники", "cc",
    ]

    /// Possessives that may stand between the role word and the name ("Fastlegen min, Ola").
    static let possessives: Set<String> = [
        "my", "our", "min", "mi", "mitt", "mine", "vår", "vårt", "våre", "mein", "meine", "unser",
        "unsere", "mój", "moja", "nasz", "nasza", "мій", "моя", "наш", "наша",
    ]

    /// Prepositions that introduce the organisation a role belongs to ("Kontaktperson i NAV:",
    /// "Ansprechpartner beim Sozialamt:", "куратор у NAV –"); a punctuation mark must then
    /// separate the organisation from the name.
    static let organisationPrepositions: Set<String> = [
        "at", "from", "in", "of", "i", "hos", "på", "fra", "ved", "beim", "bei", "im", "vom", "von",
        "der", "w", "we", "z", "ze", "u", "у", "в", "з", "із", "від",
    ]
}
