/// Number words of the five languages, for years written out in language lessons ("nineteen
/// ninety-five", "nittenfemoginitti", "neunzehnhundertfünfundneunzig", "tysiąc dziewięćset
/// osiemdziesiątego czwartego", "вісімдесят четвертого"). Norwegian and German write a number
/// as one compound word, which counts when it splits wholly into number morphemes.
enum NumberWords {
    /// "and" between number words ("nineteen hundred and five", "fem og nitti").
    static let joiners: Set<String> = ["and", "og", "und", "i"]

    private static let words: Set<String> = {
        let en = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                  "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "oh"]
        let pl = ["tysiąc", "tysiąca", "tysięcznego", "dwutysięcznego", "dwa", "dwóch", "dziewięćset", "dziewięćsetnego",
                  "pierwszego", "drugiego", "trzeciego", "czwartego", "piątego", "szóstego", "siódmego", "ósmego", "dziewiątego",
                  "dziesiątego", "jedenastego", "dwunastego", "trzynastego", "czternastego", "piętnastego", "szesnastego",
                  "siedemnastego", "osiemnastego", "dziewiętnastego", "dwudziestego", "trzydziestego", "czterdziestego",
                  "pięćdziesiątego", "sześćdziesiątego", "siedemdziesiątego", "osiemdziesiątego", "dziewięćdziesiątego",
                  "jeden", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć", "dwadzieścia", "trzydzieści",
                  "czterdzieści", "pięćdziesiąt", "sześćdziesiąt", "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt"]
        // Round 7: the locative of a year ("w tysiąc dziewięćset osiemdziesiątym ósmym", "у тисяча
        // девʼятсот вісімдесят восьмому році").
        let plLocative = ["pierwszym", "drugim", "trzecim", "czwartym", "piątym", "szóstym", "siódmym", "ósmym", "dziewiątym",
                          "dziesiątym", "dwudziestym", "trzydziestym", "czterdziestym", "pięćdziesiątym", "sześćdziesiątym",
                          "siedemdziesiątym", "osiemdziesiątym", "dziewięćdziesiątym", "dwutysięcznym", "tysięcznym"]
        let ukLocative = ["першому", "другому", "третьому", "четвертому", "пʼятому", "шостому", "сьомому", "восьмому", "девʼятому",
                          "десятому", "двадцятому", "тридцятому", "сороковому", "пʼятдесятому", "шістдесятому", "сімдесятому",
                          "вісімдесятому", "девʼяностому", "двохтисячному", "двотисячному"]
        let ukTens = ["двадцять", "тридцять", "сорок", "пʼятдесят", "шістдесят", "сімдесят", "вісімдесят", "девʼяносто"]
        let ukOrdinals = ["першого", "другого", "третього", "четвертого", "пʼятого", "шостого", "сьомого", "восьмого", "девʼятого",
                          "десятого", "двадцятого", "тридцятого", "сорокового", "пʼятдесятого", "шістдесятого", "сімдесятого",
                          "вісімдесятого", "девʼяностого", "двохтисячного", "двотисячного", "тисячного"]
        let uk = ukTens + ukOrdinals + ukLocative + ["тисяча", "тисячі", "дві", "девʼятсот", "один", "два", "три", "чотири", "пʼять", "шість", "сім", "вісім", "девʼять"]
        // Apostrophes in Ukrainian: ʼ, ' and ’ are all written.
        let ukVariants = uk.flatMap { [$0, $0.replacingOccurrences(of: "ʼ", with: "'"), $0.replacingOccurrences(of: "ʼ", with: "’")] }
        return Set(en + pl + plLocative + ukVariants)
    }()

    /// Morphemes of Norwegian and German compound numbers, longest first.
    private static let morphemes: [String] = [
        "nitten", "atten", "sytten", "seksten", "femten", "fjorten", "tretten", "tolv", "elleve", "ti", "tjue", "tyve", "tretti",
        "førti", "femti", "seksti", "sytti", "åtti", "nitti", "hundre", "tusen", "og", "en", "ett", "et", "to", "tre", "fire",
        "fem", "seks", "sju", "syv", "åtte", "ni",
        "neunzehn", "achtzehn", "siebzehn", "sechzehn", "fünfzehn", "vierzehn", "dreizehn", "zwölf", "elf", "zehn", "zwanzig",
        "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert", "tausend", "und", "ein", "eins",
        "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun",
    ].sorted { $0.count > $1.count }

    /// Whether `word` (lower case) is a number word, an English hyphenated one ("ninety-five"),
    /// or a compound of number morphemes ("nittenfemoginitti").
    static func isNumber(_ word: String) -> Bool {
        if words.contains(word) || joiners.contains(word) { return true }
        let parts = word.split(separator: "-")
        if parts.count > 1 { return parts.allSatisfy { words.contains(String($0)) } }
        return word.count <= 40 && splitsIntoMorphemes(Array(word))
    }

    /// Dynamic programming over the positions of the word: linear in its length.
    private static func splitsIntoMorphemes(_ chars: [Character]) -> Bool {
        guard !chars.isEmpty else { return false }
        var reachable = [Bool](repeating: false, count: chars.count + 1)
        reachable[0] = true
        let pieces = morphemes.map(Array.init)
        for i in 0 ..< chars.count where reachable[i] {
            for p in pieces where i + p.count <= chars.count && Array(chars[i ..< i + p.count]) == p {
                reachable[i + p.count] = true
            }
        }
        return reachable[chars.count]
    }
}
