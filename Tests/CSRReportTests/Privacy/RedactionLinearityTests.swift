import Foundation
import Testing
@testable import CSRReport

/// Every redaction rule runs in time linear in the text (issue 9): a URL followed by a long run
/// of ")" once took 25 s for 100,000 characters, and long runs of digit groups ("12 12 12 …",
/// "1-1-1-…", "1.1.1.…", "4111 4111 …") were quadratic in the phone and card rules. Each
/// pathological shape is redacted at two sizes in the same run and the two costs are compared,
/// benchmark style: a linear rule costs about 4 times as much for 4 times the text, a quadratic
/// one 16 times. No wall-clock threshold, so a slow or busy machine does not fail it; a ratio of
/// 6x or more is measured again (up to four rounds) and the lowest counts.
///
/// Sizes: 4 K and 16 K UTF-16 units in `swift test`, with a limit of 8x. What the check can see
/// is a quadratic term at least half the linear cost at the small size (`4(a + 4q) / (a + q) >= 8`
/// when `q >= a / 2`): the same quadratic coefficient as 8 K / 32 K with a limit of 10x, which
/// round 8's 202 shapes had made take 8.4 minutes of a 10.9-minute CI run; 4 K / 16 K take half
/// that. The linear cost has grown with every rule (about 30 µs a character in a debug build, most
/// of it in ICU regular expressions), so a quadratic rule now has to be costlier than when "ABC...."
/// (2.3 s at 32 K) was caught; the sensitive check is 256 K against 1 M with
/// `LINEARITY_SMALL=262144` (`make redaction-linearity`), which takes far longer.
@Suite(.serialized) struct RedactionLinearity {
    /// Shapes that made one recogniser or another scan back or forth over the whole text, and one
    /// or more for each rule added since (rounds 2-4 of issue 7).
    static let shapes: [(name: String, unit: String, prefix: String)] = [
        ("URL then closing brackets", ")", "see https://example.org/a"),
        ("URL then opening brackets", "(", "https://example.org/"),
        ("URL of dots", ".", "www.example"),
        ("scheme-less domain labels", "a.", "x "),
        ("hyphenated label", "a-", "see "),
        ("brackets", "()", ""),
        ("digits", "1", ""),
        ("digit groups", "12 ", "+"),
        ("digits and hyphens", "1-", ""),
        ("digits and dots", "1.", ""),
        ("digits and colons", "1:", ""),
        ("hex and colons", "a:", ""),
        ("at signs", "@", ""),
        ("handles", "@a", ""),
        ("e-mail locals", "a.", "@"),
        ("spelled-out e-mail", "a dot ", "x at "),
        ("spelled-out e-mail, brackets", "a (dot) ", "x (at) "),
        ("letters", "a", ""),
        ("capitals", "A", ""),
        ("capitalised words", "Anna ", ""),
        ("glued names", "AnnaKowalska", ""),
        ("soft hyphens", "An\u{00AD}", ""),
        ("zero-width spaces", "a\u{200B}", ""),
        ("IBAN-like", "DE89 ", ""),
        ("card-like", "4111 ", ""),
        ("address words", "ul. ", ""),
        ("birth words", "born ", ""),
        ("white space", " \n", ""),
        ("Cyrillic", "Ан", ""),
        ("verbs of meeting and names", "met Jonas, ", "We "),
        ("names before verbs of speech", "Ingrid sagte ", "Ich weiß: "),
        ("instrumental after with", "z Anią ", "byłam "),
        ("possessives", "Jonas's ", "the "),
        ("capitalised pairs in a sentence", "and Ingrid Solberg ", "we "),
        ("German capitalised words", "mit Jonas und der Lehrerin ", "ich "),
        ("place lists", "w Lublinie, Zamościu i ", "byliśmy "),
        ("dates before a birth word", "12.03.1990 (DOB) ", ""),
        ("born on a day and month", "born 12 March ", ""),
        ("lower-case streets", "storgata 12 ", ""),
        ("organisations of ordinary words", "i Kommunen og Husbanken ", "Vi var "),
        ("places of several words", "do Łazienek Królewskich ", "Poszliśmy "),
        ("sentence subjects", "Jonathan did not come. ", ""),
        ("lower-case names after kinship words", "córka ola i ", ""),
        ("lists after thanks", "Thanks to Bill, Grace and ", ""),
        ("titles", "Frau Krause und ", ""),
        ("passport numbers", "passport FE123456 ", ""),
        ("passport words", "passport ", ""),
        ("birth dates in words", "born the third of March 1990 ", ""),
        ("date then birth word after words", "12.05.1987 is her date of birth ", ""),
        ("street prefixes", "Nedre Slottsgate 8, ", ""),
        ("hyphenated streets", "Karl-Marx-Allee 90, Wohnung 12 ", ""),
        ("compounds of Norwegian words", "Foreldremøtet ", "Vi ringte om "),
        ("senders", "a message from Svitlana, ", ""),
        ("owners before kinship words", "Olenas mann ", ""),
        ("lists of those present", "Present: Amira, Tomasz and ", ""),
        ("people after for", "a gift for Amira and ", ""),
        ("full names first in a sentence", "Olav Haugen, ", ""),
        ("word names before surnames", "Grace Okafor ", ""),
        ("lower-case objects", "met olena ", "i "),
        ("places from GeoNames", "visited Lillehammer ", "we "),
        ("street then number", "Shevchenko Street 12 ", ""),
        ("street abbreviations without a number", "ul. Długa ", ""),
        // Round 4.
        ("common first names", "Olena Kateryny ", ""),
        ("short quotations", "\"Max Manus\" ", "we saw "),
        ("unclosed quotation marks", "„Anna ", ""),
        ("initials", "J. Kearney ", "name "),
        ("name particles", "Jamie van der Berg and ", ""),
        ("organisation heads", "Dublin City Council ", "Thanks to "),
        ("vocabulary lists", "Wörter: Berg, Tal, ", ""),
        ("vocabulary labels", "words: ", ""),
        ("birth heading then dates", "DOB 07.09.2014, ", ""),
        ("names then bracketed dates", "Liliia Ostapchuk (14/02/1983) ", ""),
        ("address tails", "12 Main Street, Dublin 5, ", ""),
        ("address localities", ", Bray", "3 Seaview Terrace"),
        ("brand-shaped words", "InPost ", "przez "),
        ("words that mean at", "a собака b.", "x "),
        ("NI numbers", "NI number JX 48 ", ""),
        ("birthdays", "birthday 12.05.2025 ", ""),
        // Round 5.
        ("birth verb then words", "born in Kharkiv, ", ""),
        ("words then a participle", "12.03.1990 in Kyjiw ", ""),
        ("relatives then dates", "son Artem, 12.03.2015, ", ""),
        ("family lists", "Kinder: Mia 12.03.2015, ", ""),
        ("dates then birthdays", "05.06.2002 is my ", ""),
        ("genealogical stars", "(*11.01.2015 ", ""),
        ("Roman months", "12 III ", "ur. "),
        ("leader dots", "DOB....", ""),
        ("years after names and dashes", "Ivan - 2011 ", ""),
        ("PO boxes", "PO Box 12 ", ""),
        ("lower-case English streets", "12 main street ", ""),
        ("farms with postcodes", "Nordre Haug, ", ""),
        ("Irish localities", "Kilgarvan, Co. Kerry, ", ""),
        ("address floors", ", 1st floor, Hinterhaus", "14 Chapel St"),
        ("user-name labels", "Login: a_", ""),
        ("NINO cue then compact", "NINO to SN492817C ", ""),
        ("passport cue with a long gap", "паспорт громадянина України ", ""),
        ("eleven digits in groups", "780211 852 ", "PESEL "),
        // Round 6: addresses.
        ("street-word addresses beside fallback addresses", "Storgata 1. Am Markt 6a, 04109 Leipzig. ", ""),
        ("c/o lines", "c/o Caritas, ", ""),
        ("flats before streets", "Flat 4, 2/1, ", ""),
        ("towns before streets", "Poznań, ", "na "),
        ("units then street words", "unit 6 the maltings, ", ""),
        ("flats after streets", ", leil 402 / Whg. 11\n", "Storgata 28"),
        ("towns after streets", " bath, Kraków", "31 Landsdown crescent"),
        ("Irish counties", "House 5, The Paddocks, ", ""),
        ("German streets in lower case", "berger str 210 karl-marx-allee ", ""),
        ("number ranges", "7-9 Mill ", ""),
        ("streets before postcodes", "Rose Cottage, Mill Lane, ", ""),
        ("Ukrainian houses", "вулиця Шевченка, будинок ", ""),
        // Round 6 (dates of birth and national IDs).
        ("birthday words and year-less dates", "birthday 12 May ", ""),
        ("birth words inside birthday words", "день народження ", ""),
        ("age phrases", "Anna wird am 12. Mai 10 ", ""),
        ("years in words", "nineteen ", "born on 3 May "),
        ("number compounds", "nitten", "født 1. mai "),
        ("numeric day and month after birth words", "DOB 05.01 ", ""),
        ("labelled numbers", "Bestellnummer 0176 4410 ", ""),
        ("numbers then their label", "0176 4410 is the ", ""),
        ("names then list separators", "Anna Kowalska | 12.03.1990 ", ""),
        ("RNOKPP and dates", "4104565976 17.05.2012 ", ""),
        ("passport numbers in groups", "passport FE 731 ", ""),
        ("Polish ID cards", "ABA300000 ", ""),
        ("months after days", "18 Jan ", ""),
        ("UNZR", "УНЗР 19870314-0", ""),
        // Round 7 (dates of birth and national IDs).
        ("repeated birth dates", "DOB 03.04.1985 03 04 19 ", ""),
        ("repeated identity numbers", "91082301235 9108 2301 23 ", ""),
        ("coordinated birth years", "born 1958 and 1961 and ", ""),
        ("corrected birth dates", "DOB 12.03.1991 no, ", ""),
        ("form questions", "Date of birth? ", ""),
        ("cohort words", "rocznik 84 Jahrgang '", ""),
        ("apostrophe years", "born '66 ", ""),
        ("spaced numeric dates", "born 14 / 02 / 1981 26 04 1966 ", ""),
        ("years in words after birth words", "born nineteen ", ""),
        ("cued NINOs", "NI no: QQ 12 34 56 ", ""),
        ("bracketed identity numbers", "(85120314567) (", ""),
        ("dates encoded in IDs", "85120314567 03.12.1985 ", ""),
        // Round 6 (names): none is a regular expression, each looks at a few neighbours.
        ("users' names in lists", "ANNA & KOWALSKA, ", ""),
        ("surname first in registers", "Kowalska, Anna\n", ""),
        ("greetings before names", "hi sorry anna\n", ""),
        ("title-case quotations", "\"The Anna Of Kowalska\" ", "read "),
        ("vocabulary labels before a colon", "Vokabeln zu Natur: Berg, ", ""),
        ("glued brands", "MacBook ", "with "),
        ("initials ending lines", "Anna K.\n", "Name: "),
        ("genitives before nouns", "Annas gruppe ", "Vi "),
        ("months beside numbers", "Jan–Jan 18 Jan ", ""),
        ("case forms of word names", "Віро, Надії ", ""),
        // Round 7 (names): thanks, vocatives, chat speakers, quoted lower-case words, saints.
        ("thanks before users' names", "Danke an Anna, ", ""),
        ("closing vocatives", "Thanks, anna! ", ""),
        ("opening vocatives", "Anna, du ", ""),
        ("chat speakers", "Anna: hei\n", ""),
        ("quoted lower-case words", "\"anna\" ", ""),
        ("saints before names", "St Anna ", ""),
        ("Norwegian subjects before verbs", "Anna er med. ", ""),

        // Round 7: addresses, cards, handles and phones.
        ("c/o persons", "c/o Mrs Joan Byrne, ", ""),
        ("shelters before streets", "Notunterkunft Messe, Halle 3, ", ""),
        ("compound dwellings", "Flüchtlingsunterkunft", "Studentenwohnheim "),
        ("rooms then buildings", "Room 210, Ibis Budget, ", ""),
        ("floors before streets", "2nd floor, 2. OG, EG links, ", ""),
        ("units in named buildings", "Bed 3, Room 12, ", ""),
        ("named buildings then localities", "Santry Hall, Dublin 9, ", "Unit 7, "),
        ("living words", "wohnt Am Markt ", ""),
        ("rooms after towns", ", 0155 Oslo, rom 12", "Storgata 5"),
        ("towns on the next line", "\nDüsseldorf", "Lindenweg 6"),
        ("textbook addresses", "Musterstraße 1, 12345 Musterstadt. ", ""),
        ("cards in brackets", "(4111 ", ""),
        ("cards with dots", "4111.1111.1111.1111 ", ""),
        ("handles after apps", "snapchat a_1 ", ""),
        ("digits one by one", "1 ", "+48 "),

        // Round 8 (names of people who are not users).
        ("surname suffixes", "Kovalenko ", ""),
        ("adjectival surnames beside capitals", "Nowakowska Lewandowska ", ""),
        ("pet names", "Olenka Марічкою ", ""),
        ("ages in brackets", "Anna (8) ", ""),
        ("relations in brackets", "Anna (her ", ""),
        ("Ukrainian in Latin letters", "duzhe tse Nadiia ", ""),
        ("lower-case names after thanks", "Dzięki kasi ", ""),

        // Round 8: dates of birth, IDs and IBANs.
        ("misspelt birth labels with owners", "Gebursdatum des Kindes: 1990 ", ""),
        ("abbreviated birth labels", "Anna, н. 2011 data ur: ", ""),
        ("quoted labels and writing verbs", "«рік нар.» написала 1994 ", ""),
        ("ages turned on a day", "she turned 40 on 9 March ", ""),
        ("ages turned, participle last", "am 2. Februar 50 geworden ", ""),
        ("born in a place then a year", "born in Kyiv 1972 ", ""),
        ("cohort words after years", "'56 rocznik hun er 1999-modell ", ""),
        ("years in words before participles", "neunzehnhundertachtzig in ", ""),
        ("ages and years", "Мені 33, я з 1991-го ", ""),
        ("entries of birth lists", "Vater geb. 1975, Sohn 2006, ", ""),
        ("roles in brackets after names", "Anna (wife) - 03.03.1986 ", ""),
        ("labelled IBANs of other lengths", "IBAN DE14 2018 ", ""),
        ("residence cards", "karta pobytu RP ", ""),
        ("floors after streets", "ul. Polna 8, II piętro, поверх 5, 7/II links, ", ""),
        ("housing centres with rooms", "Fjell asylmottak, Haus B, rom 12 ", ""),
        ("street words after names", "Lesi Ukrainky bulv. 14 wul. ", ""),
        ("institutions beside streets", "DPS przy Hostel przy ul. Polna 5 ", ""),
        ("building parts before rooms", "Block C room 2, Haus B Zimmer ", ""),
        ("farms before streets", "Nordby gård, Hof Berger, ", ""),

        // Round 8: clean texts and words that look like names.
        ("echoes of users' names", "Anna Kowalska, Anny ", ""),
        ("dash signatures", "Tak. — Anna\n", ""),
        ("plural-noun titles", "Derry Girls ", "we watched "),
        ("organisation heads in cases", "Uniwersytetu Jagiellońskiego ", "z "),
        ("pairs of users' words", "Anna Kowalska ", ""),
        ("name-words before numbers", "Anna 8 ", ""),
        ("quantities before German nouns", "12 Paar Stiefel ", "Wir haben "),
        ("Norwegian words in Ukrainian text", "Norskprøve ", "складаю "),
        ("national phones after cues", "Tel. 0 67 555 12 34 ", ""),
        ("users' names before origins", "Anna aus dem Dubliner Büro. ", ""),
    ]

    static let smallSize = Int(ProcessInfo.processInfo.environment["LINEARITY_SMALL"] ?? "") ?? 4 * 1024

    static func text(_ shape: (name: String, unit: String, prefix: String), utf16Length: Int) -> String {
        let unitLength = shape.unit.utf16.count
        return shape.prefix + String(repeating: shape.unit, count: max(utf16Length / unitLength, 1))
    }

    /// Nanoseconds to redact `text`, the best of `tries`.
    static func cost(_ redactor: Redactor, _ text: String, tries: Int = 1) -> UInt64 {
        var best = UInt64.max
        for _ in 0 ..< tries {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = redactor.redact(text)
            best = min(best, DispatchTime.now().uptimeNanoseconds - start)
        }
        return max(best, 1)
    }

    @Test(arguments: shapes.indices) func costGrowsLinearly(_ i: Int) {
        let shape = Self.shapes[i]
        let redactor = Redactor(names: NameDictionary(names: ["Anna", "Kowalska"]))
        let small = Self.text(shape, utf16Length: Self.smallSize)
        let large = Self.text(shape, utf16Length: 4 * Self.smallSize)
        _ = redactor.redact(String(small.prefix(1000))) // warm up
        // A busy machine (other suites run alongside) can slow one measurement; a quadratic rule
        // stays at 16x however often it is measured, so a ratio that looks high is measured again,
        // up to four rounds. Most shapes measure about 4x in their first round, which keeps the
        // suite's share of `swift test` to one redaction of each size per shape.
        var ratio = Double.infinity
        for _ in 0 ..< 4 where ratio >= 6 {
            ratio = min(ratio, Double(Self.cost(redactor, large)) / Double(Self.cost(redactor, small)))
        }
        print("linearity \(shape.name): \(small.utf16.count) -> \(large.utf16.count) UTF-16 units costs \(String(format: "%.1f", ratio))x")
        // Linear is 4x; quadratic would be 16x. 8x leaves room for cache effects and a busy machine
        // (linear shapes measure up to about 6x in their first round under load).
        #expect(ratio < 8, "\(shape.name): cost grew \(ratio)x for 4x the text (not linear)")
    }
}
