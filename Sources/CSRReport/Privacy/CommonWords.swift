/// Words that must not be taken for names on their own. Compared by `NameFolding` key.
///
/// `everyday` holds frequent words of the five report languages, words that start sentences in
/// session notes ("Today", "Great"), and words that are also first names (Will, May, Hope,
/// Grace, Per, Liv, Надія, Віра). A dictionary name that is one of them is redacted only when
/// capitalised inside a sentence, or next to another name ("Will Turner"); see docs/privacy.md.
/// `notNames` (places, organisations, nationalities, programme words) are never added to a name
/// by the capitalised-neighbour and cue-word patterns.
enum CommonWords {
    static let everyday: Set<String> = keys(everydayText).union(wordNames)
    /// First names that are also everyday words (Will, Hope, Grace, Per, Liv, Sol, Róża, Надія):
    /// part of `everyday`, but where only a name can stand (after a role or kinship word, in a
    /// list of people after "thanks to", before a surname) they are names.
    static let wordNames: Set<String> = keys(wordNamesText)
    private static let wordNamesText = """
    will hope grace joy faith mark rose bill frank dawn eve art guy ray dean sky star summer amber \
    ruby pearl lily daisy ivy holly iris violet robin jack pat sue chase hunter page king may june \
    april august per liv tor dag lie sol wiktoria róża надія віра любов слава
    """
    /// Round 8: the spellings of `wordNames` as written. Folding joins "Wiktoria" (a Polish
    /// word, "victory") with "Viktoriia" and "Viktoria" (no word anywhere): only the word's own
    /// spelling is the word.
    static let wordNameSpellings: Set<String> = Set(wordNamesText.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    /// Round 8: `notNames` without what only `wordNames` put there.
    static let notNamesBesideWordNames: Set<String> = keys(everydayText).union(keys(notNamesText))
        .union(RoleWords.roles.union(RoleWords.kinship).union(RoleWords.greetings).union(RoleWords.signOffs).flatMap { NameFolding.keys(for: $0) })

    /// Everyday nouns that are also common surnames (Berg, Strøm, Baker, Kowal, Мороз). A
    /// dictionary name among them is treated like an everyday word, but unlike `everyday` they
    /// may still be added to a name by the patterns ("Anna Berg" with Berg not in the dictionary).
    static let surnameNouns: Set<String> = keys(surnameNounsText).subtracting(everyday)
    static let everydayOrSurnameNoun: Set<String> = everyday.union(surnameNouns)
    /// Surnames that are also nouns or adjectives, as the second word of a name ("Katrin Vogel",
    /// "Marte Vik", "Anna Berg", "Will Young"): `surnameNouns` and the everyday ones among them.
    static let surnameLike: Set<String> = keys(surnameNounsText).union(keys("""
    koch vogel fischer weiß weiss berg bakke vik hagen lund strand long white brown green black gray grey young rich \
    king bell page hill love
    """))
    static let notNames: Set<String> = everyday.union(keys(notNamesText))
        .union(RoleWords.roles.union(RoleWords.kinship).union(RoleWords.greetings).union(RoleWords.signOffs).flatMap { NameFolding.keys(for: $0) })
    /// Everyday words written with a capital in running English/German text whatever they
    /// mean (months, weekdays, nationalities): a capital says nothing about them being a name.
    static let capitalisedAnyway: Set<String> = keys(capitalisedAnywayText)
    private static let capitalisedAnywayText = """
    january february march april may june july august september october november december \
    monday tuesday wednesday thursday friday saturday sunday christmas easter \
    english norwegian german polish ukrainian british european spanish french \
    arabic farsi persian dari pashto tigrinya tigrinja somali urdu russian turkish kurdish amharic swahili \
    hindi bengali punjabi tamil chinese mandarin japanese korean vietnamese thai filipino tagalog \
    syrian afghan eritrean ethiopian somalian iraqi iranian sudanese turkish belarusian romanian \
    lithuanian latvian estonian swedish danish finnish dutch italian portuguese greek czech slovak \
    hungarian bulgarian serbian croatian bosnian albanian moldovan georgian armenian african asian \
    american canadian muslim christian jewish catholic orthodox protestant hindu buddhist \
    irish scottish welsh gaelic celtic nordic scandinavian baltic slavic latin arab \
    feb apr aug sep sept oct okt nov dec dez \
    mon tue tues wed thu thur thurs fri sat sun kristi christi kristus christus \
    arabisch persisch russisch türkisch kurdisch somalisch schwedisch dänisch \
    ramadan eid bayram hanukkah diwali nowruz pesach passover pentecost halloween thanksgiving \
    jul påske pinse ostern weihnachten pfingsten silvester wielkanoc wigilia великдень різдво \
    spring summer autumn winter vår sommer høst vinter frühling herbst wiosna wiosną wiosny lato latem jesień \
    jesienią zima zimą весна літо осінь зима himmelfart himmelfartsdag niepodległości świętych wszystkich \
    boże bożego ciało zaduszki незалежності конституції
    """

    /// `everyday`, `surnameNouns` and `capitalisedAnyway` for a word in Cyrillic: compared with
    /// the Cyrillic entries only, since folding joins the scripts ("Юлії" and "July" both fold to
    /// "iuli"; round 6).
    static let cyrillicEveryday: Set<String> = cyrillicKeys(everydayText + " " + wordNamesText)
    static let cyrillicEverydayOrSurnameNoun: Set<String> = cyrillicEveryday.union(cyrillicKeys(surnameNounsText))
    static let cyrillicCapitalisedAnyway: Set<String> = cyrillicKeys(capitalisedAnywayText)

    /// Round 8: the keys only Cyrillic entries give ("надія" folds to "nadia", "віра" to
    /// "vira"). A word in Latin script is no Ukrainian word, so for it they say nothing: a
    /// "Nadiia" or "Nadia" in a German or Norwegian note is the name.
    static let cyrillicOnly: Set<String> = {
        let all = everydayText + " " + wordNamesText + " " + surnameNounsText + " " + notNamesText
        let latin = Set(all.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .filter { !($0.unicodeScalars.first.map { (0x400 ... 0x4FF).contains($0.value) } ?? false) }
            .flatMap { NameFolding.keys(for: $0) })
        return cyrillicKeys(all).subtracting(latin)
    }()

    private static func cyrillicKeys(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" })
            .filter { $0.unicodeScalars.first.map { (0x400 ... 0x4FF).contains($0.value) } ?? false }
            .flatMap { NameFolding.keys(for: $0) })
    }

    /// Whether `lower` is a place, country or organisation of `notNames` in a Polish or Ukrainian
    /// case form, also transliterated ("Україні", "Норвегії", "Ukraini", "Norvegii").
    private static let placesAndOrganisations = keys(notNamesText)

    static func isInflectedNotName(_ lower: String) -> Bool {
        guard lower.count >= 5 else { return false }
        for (ending, nominative) in OrdinaryWords.placeEndings where lower.hasSuffix(ending) {
            if NameFolding.keys(for: String(lower.dropLast(ending.count)) + nominative).contains(where: placesAndOrganisations.contains) { return true }
        }
        return false
    }

    private static func keys(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { NameFolding.keys(for: $0) })
    }

    private static let everydayText = """
    a an the and or but if so of to in on at by for from with without about after before over under \
    i me my we our you your he him his she her it its they them their this that these those there here \
    is are was were be been being am do does did done have has had will would shall should can could may \
    might must not no yes very more most much many some any all each every other another such same own \
    what which who whom whose when where why how than then also just only even still again already \
    today tomorrow yesterday now later soon next last first second third new good great nice well better \
    best bad hard easy long short high low big small young old early late happy glad thanks thank please \
    session sessions meeting meetings mentor mentee buddy volunteer participant programme program course \
    team group class lesson week weeks month months year years day days time times hour hours minutes \
    monday tuesday wednesday thursday friday saturday sunday january february march april june july \
    august september october november december spring summer autumn fall winter christmas easter \
    long white brown green black gray grey young rich love best \
    english norwegian german polish ukrainian british european spanish french \
    og i på til av for med som er var det den de en et ei jeg du han hun vi dere meg deg oss \
    ikke men eller om fra etter før under over ved hos mot også bare godt bra fint takk hei \
    i dag nå da så her der hva hvem hvor når hvordan fordi kurs økt økta møte veileder deltaker \
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar mars mai juni juli oktober \
    desember berg bakke vik hagen lund strand \
    und oder aber der die das den dem des ein eine einer eines einem einen ich du er sie es wir ihr \
    mit von zu im am an auf aus bei nach seit über unter vor für gegen ohne um ist sind war waren \
    wird werden hat haben nicht auch nur noch schon sehr gut heute morgen gestern danke bitte \
    sitzung sitzungen termin kurs woche monat jahr stunde mentorin teilnehmer teilnehmerin \
    montag dienstag mittwoch donnerstag freitag samstag sonntag märz dezember herbst sommer \
    koch vogel fischer weiß weiss \
    i w z ze na do od po za przed przez pod nad o u dla jak jest są był była było nie tak \
    też już jeszcze bardzo dobrze dziś dzisiaj jutro wczoraj dziękuję proszę sesja sesje spotkanie \
    kurs tydzień miesiąc rok godzina poniedziałek wtorek środa czwartek piątek sobota niedziela \
    styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień \
    і й та або але в у з із зі до від по за на над під про для як це що хто де коли чому так ні \
    не вже ще дуже добре сьогодні завтра вчора дякую будь ласка сесія зустріч курс тиждень місяць \
    рік година понеділок вівторок середа четвер пʼятниця субота неділя мир
    """

    private static let surnameNounsText = """
    baker fisher cook miller wood hill stone field bird fox wolf bell hall park marsh brook bush     strøm dal dahl fjell foss holm nes sand eng bekk moe rud stein aas ås     berg wolf fuchs hahn bauer weber richter jäger könig kaiser busch bach wald engel klein lang     kowal młynarz wróbel wilk lis kot zając sikora baran kozioł krawiec rybak     коваль мороз вовк лис сокіл орел бондар гончар кравець швець заєць
    """

    private static let notNamesText = """
    oslo bergen trondheim stavanger tromsø drammen norway norge berlin hamburg munich münchen köln \
    cologne frankfurt stuttgart germany deutschland warszawa warsaw kraków krakow gdańsk wrocław \
    poznań łódź lublin polska poland kyiv kiev київ львів lviv харків kharkiv одеса odesa ukraine \
    україна lwów lwowa lwowie kijów kijowa kijowie charków charkowa odessa odesy dnipro дніпро \
    києва києві львова львові харкова харкові одесі бергені осло берлін варшава варшаві \
    україна london manchester england britain europe brussels paris vienna wien nowy sącz jork jorku \
    street road gate gata vei straße strasse weg platz ulica вулиця \
    bank bahn deutsche university universitet universität uniwersytet університет school schule \
    skole szkoła школа kommune gmbh ag as asa ltd inc plc group gruppe foundation stiftung fundacja \
    фонд company firma council red cross caritas google microsoft amazon equinor telenor dnb \
    instagram facebook whatsapp youtube tiktok linkedin snapchat telegram viber messenger gmail \
    outlook duolingo canva kahoot spotify netflix amex visa mastercard paypal vipps android iphone macbook imac airpods \
    ipad windows chrome moodle \
    lidl aldi rewe edeka netto penny kaufland rossmann biedronka żabka auchan carrefour rema kiwi \
    meny coop obs ikea elkjøp xxl clas ohlson allegro rozetka сільпо атб ашан rozetka prom \
    bankid minid altinn buypass helsenorge elster epuap дія приват24 monobank \
    quizlet memrise babbel chatgpt padlet mentimeter anki lingq ruter entur flytoget zalando finn \
    revolut wise n26 klarna monzo starling aib asda sainsbury sainsburys morrisons waitrose tesco dunnes penneys primark intreo telia ice onecall talkmore lycamobile \
    deichman statkraft fretex vinmonopolet posten bring lieferando wolt foodora uber bolt flixbus \
    charité vodafone telekom o2 dhl hermes dpd inpost orlen poczta pekao mbank ukrnet укрпошта \
    нова пошта київстар vodafone lifecell приватбанк ощадбанк rozetka prom olx \
    syria syrien syrii сирія afghanistan afganistan афганістан eritrea erytrea еритрея somalia somalii \
    iraq irak iran sudan ethiopia etiopia etiopien turkey tyrkia türkei turcja туреччина russia russland \
    rosja rosji росія belarus białoruś білорусь moldova mołdawia молдова romania rumunia lithuania litwa \
    sweden sverige schweden szwecja швеція denmark danmark dänemark dania данія finland finnland \
    finlandia фінляндія spain spania spanien hiszpania іспанія italy italia italien włochy італія \
    france frankrike frankreich francja франція greece hellas griechenland grecja греція \
    netherlands nederland niederlande holandia нідерланди canada kanada канада america amerika ameryka \
    америка africa afrika afryka африка asia asien azja азія europa європа österreich austria \
    schweiz szwajcaria switzerland czechy tschechien slovakia słowacja hungary ungarn węgry \
    georgia gruzja грузія armenia armenien вірменія pakistan india indien indie bangladesh \
    норвегія німеччина польща ірландія англія британія швеція фінляндія ireland irland irlandia \
    maidan majdan майдан \
    china chiny kina japan japonia vietnam wietnam \
    nav erasmus horizon cefr ielts toefl python excel java swift zoom teams slack \
    programme programmet projekt project projekt prosjekt mentorship mentoring onboarding \
    mentor mentorin mentorka mentoren ментор менторка volunteer frivillig wolontariusz волонтер \
    coach trainer leader lead manager coordinator koordinator координатор herr frau pan pani пан пані \
    mr mrs ms dr prof fru \
    hilfe zeit arbeit termin termine formular formulare unterricht sprache frage fragen antwort \
    problem probleme klasse wohnung familie kinder kind haus hause stadt behörde jobcenter geld \
    miete vertrag brief papiere dokumente unterlagen prüfung praktikum ausbildung job freizeit \
    erfahrung geduld info infos tipps rat mathe mathematik deutsch englisch deutschkurs \
    norsk engelsk tysk matte matematikk polski angielski niemiecki matematyka \
    українська англійська німецька математика
    """
}
