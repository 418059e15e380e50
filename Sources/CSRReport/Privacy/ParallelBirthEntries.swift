/// Round 8: entries of a list whose other entries are dates of birth.
///
/// A family is listed one member at a time, and the writer drops the birth word once it is
/// clear what the dates are: "Vater geb. 1975, Mutter geb. 1978, Sohn 2006", "mor Nadiia f.
/// 1958 / far Petro f. 1955 / meg 1983", "Чоловік Олег, 1979 р.н. … Я — 14.02.1982", "- Serhii
/// Bondar (husband) - 12.04.1981". Two classes:
///
/// - **A relative or the writer, then a date**: a kinship word or a first-person pronoun
///   ("Sohn", "meg", "Я", "me", "ja"), perhaps a name, perhaps one separator, then a year or
///   a full date, when a date of birth is already found within 240 UTF-16 units (the list's
///   other entries). The year must lie in `BirthYearWindow.bareYears` ("Sohn 2024" is no list
///   of births but a recent event).
/// - **A name with its role in brackets, then a date**: "Serhii Bondar (husband) - 12.04.1981",
///   "Anna Nowak (córka): 03.05.2012": round 4's rule for a name then a date, with the role
///   between; the date at least `BirthYearWindow.latestNamedBirthYear` old.
///
/// One regular-expression pass each and a walk over sorted ranges: linear.
struct ParallelBirthEntries: Sendable {
    private let window: BirthYearWindow
    private let entry: TextPattern
    private let roleThenDate: TextPattern

    init(window: BirthYearWindow) {
        self.window = window
        let kin = #"(?:son|daughter|child|wife|husband|mother|father|mum|mom|dad|brother|sister|me|myself|sønn|datter|kone|mann|mor|far|bror|søster|meg|jeg|Sohn|Tochter|Kind|Frau|Mann|Ehefrau|Ehemann|Mutter|Vater|Bruder|Schwester|ich|syn|córka|żona|mąż|matka|ojciec|mama|tata|brat|siostra|ja|син|донька|дочка|дитина|дружина|чоловік|мати|мама|батько|тато|брат|сестра|я)"#
        let full = #"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2}|(?:19|20)\d{2}"#
        entry = TextPattern(
            #"(?<![\p{L}])"# + kin + #"(?:\s(?-i:\p{Lu})[\p{L}'’ʼ\-]+){0,2}\s?[:,–—\-]?\s?("# + full + #")(?![\p{L}\p{N}]|[./\-]\d)"#,
            caseInsensitive: true)
        roleThenDate = TextPattern(
            #"\s\([\p{L}\s]{2,20}\)\s?[:,–—\-]?\s?(\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?![\p{L}\p{N}]|[./\-]\d)"#)
    }

    /// `found`: the candidates found so far; `nameEnds`: where person names end.
    func candidates(in text: ScannedText, found: [PIICandidate], nameEnds: Set<Int>) -> [PIICandidate] {
        let births = found.filter { $0.kind == .dateOfBirth }.map(\.range.lowerBound).sorted()
        var out: [PIICandidate] = []
        if !births.isEmpty {
            for r in entry.ranges(in: text, group: 1) {
                guard let year = window.year(in: r, of: text), window.bareYears.contains(year) else { continue }
                if Self.nearest(births, to: r.lowerBound).map({ abs($0 - r.lowerBound) <= 240 && $0 != r.lowerBound }) ?? false {
                    out.append(PIICandidate(kind: .dateOfBirth, range: r))
                }
            }
        }
        // Each match has its date group, so the two lists pair up.
        for (r, date) in zip(roleThenDate.ranges(in: text), roleThenDate.ranges(in: text, group: 1)) {
            // The match starts right after the name: " (husband) - 12.04.1981".
            guard nameEnds.contains(r.lowerBound), let year = window.year(in: date, of: text), year <= window.latestNamedBirthYear else { continue }
            out.append(PIICandidate(kind: .dateOfBirth, range: date))
        }
        return out
    }

    /// The element of sorted `values` nearest to `x`.
    private static func nearest(_ values: [Int], to x: Int) -> Int? {
        var lo = 0, hi = values.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if values[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        let candidates = [lo - 1, lo, lo + 1].filter { $0 >= 0 && $0 < values.count }.map { values[$0] }.filter { $0 != x }
        return candidates.min { abs($0 - x) < abs($1 - x) }
    }
}
