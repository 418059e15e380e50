/// Finds personal data in free text and replaces it with typed placeholders (spec section 8).
///
/// A `Redactor` is an immutable value: its patterns are compiled once in `init` and it can be
/// shared by any number of concurrent tasks. Build one per report run, with the names of the
/// snapshot's users and the year its texts are read in (the export year: whether "12.03.2021"
/// beside a name is a birth date or last week's session depends on it), and call it for every
/// excerpt.
///
///     let redactor = Redactor(names: NameDictionary(names: ["Anna", "Kowalska"]), referenceYear: 2026)
///     redactor.redact("Anna Kowalska, +48 512 345 678") // "[NAME], [PHONE]"
public struct Redactor: Sendable {
    private let email = EmailRecogniser()
    private let url = URLRecogniser()
    private let handle = HandleRecogniser()
    private let ip = IPAddressRecogniser()
    private let iban = IBANRecogniser()
    private let card = PaymentCardRecogniser()
    private let nationalID = NationalIDRecogniser()
    private let documentNumber = DocumentNumberRecogniser()
    private let phone = PhoneRecogniser()
    private let numberLabels = NumberLabels()
    private let address = AddressRecogniser()
    private let birthDate: BirthDateRecogniser
    private let birthScope: BirthDateScope
    private let birthClause: BirthDateClause
    private let birthEchoes: BirthDateEchoes
    private let birthLabels: BirthLabelVariants
    private let birthFrames: BirthDateFrames
    private let parallelBirths: ParallelBirthEntries
    private let names: NameRecogniser

    public init(names: NameDictionary = .empty, referenceYear: Int) {
        self.names = NameRecogniser(dictionary: names)
        let window = BirthYearWindow(referenceYear: referenceYear)
        birthDate = BirthDateRecogniser(window: window)
        birthScope = BirthDateScope(window: window)
        birthClause = BirthDateClause(window: window)
        birthEchoes = BirthDateEchoes(window: window)
        birthLabels = BirthLabelVariants(window: window)
        birthFrames = BirthDateFrames(window: window)
        parallelBirths = ParallelBirthEntries(window: window)
    }

    /// Every piece of personal data in `text`, sorted by position and never overlapping.
    public func matches(in text: String) -> [PIIMatch] {
        let view = InvisibleCharacters(text)
        let scanned = ScannedText(view.cleaned)
        let runs = DigitRun.all(in: scanned)
        var candidates: [PIICandidate] = []
        candidates += email.candidates(in: scanned)
        candidates += url.candidates(in: scanned)
        candidates += iban.candidates(in: scanned)
        candidates += card.candidates(in: scanned, runs: runs)
        let labelled = numberLabels.labelledNumberStarts(in: scanned)
        candidates += nationalID.candidates(in: scanned, runs: runs, labelled: labelled)
        candidates += documentNumber.candidates(in: scanned)
        candidates += birthDate.candidates(in: scanned)
        let fullDates = birthScope.dates(in: scanned)
        candidates += birthScope.candidates(in: scanned, dates: fullDates)
        candidates += ip.candidates(in: scanned)
        candidates += phone.candidates(in: scanned, runs: runs).filter { !labelled.contains($0.range.lowerBound) }
        candidates += address.candidates(in: scanned)
        candidates += handle.candidates(in: scanned)
        let nameCandidates = MonthAfterDay.removing(from: names.candidates(in: scanned), in: scanned)
        candidates += nameCandidates
        candidates += birthClause.candidates(in: scanned, names: nameCandidates.map(\.range))
        candidates += birthScope.familyCandidates(in: scanned, dates: fullDates)
        let nameEnds = Set(nameCandidates.map(\.range.upperBound))
        candidates += birthScope.afterNames(fullDates, nameEnds: nameEnds, scanned)
        candidates += birthScope.bracketedYearsAfterNames(nameEnds: nameEnds, scanned)
        candidates += birthLabels.candidates(in: scanned)
        candidates += birthFrames.candidates(in: scanned, names: nameCandidates.map(\.range))
        candidates += parallelBirths.candidates(in: scanned, found: candidates, nameEnds: nameEnds)
        // Last: a value found above, written again or corrected elsewhere in the text.
        candidates += birthEchoes.candidates(in: scanned, found: candidates)
        return OverlapResolution.resolve(candidates).map { c in
            let range = view.original(c.range)
            return PIIMatch(
                kind: c.kind,
                range: String.Index(utf16Offset: range.lowerBound, in: text) ..< String.Index(utf16Offset: range.upperBound, in: text),
                utf16Range: range
            )
        }
    }

    /// `text` with each match replaced by its kind's placeholder, e.g. "[EMAIL]".
    public func redact(_ text: String) -> String {
        redaction(of: text).text
    }

    /// The redacted text together with what was taken out of it.
    public func redaction(of text: String) -> Redaction {
        let found = matches(in: text)
        return Redaction(original: text, matches: found, text: Self.replacing(found, in: text))
    }

    private static func replacing(_ found: [PIIMatch], in text: String) -> String {
        guard !found.isEmpty else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var cursor = text.startIndex
        for m in found {
            out += text[cursor ..< m.range.lowerBound]
            out += m.kind.placeholder
            cursor = m.range.upperBound
        }
        out += text[cursor...]
        return out
    }
}

/// A text after redaction, with the matches that were replaced.
public struct Redaction: Sendable {
    public let original: String
    public let matches: [PIIMatch]
    public let text: String

    /// How many matches of each kind were replaced.
    public var counts: [PIIKind: Int] { matches.reduce(into: [:]) { $0[$1.kind, default: 0] += 1 } }

    /// Share of the original's UTF-16 units (white space excluded) that were replaced by matches of `kinds`.
    public func share(of kinds: Set<PIIKind> = Set(PIIKind.allCases)) -> Double {
        let units = Array(original.utf16)
        func isSpace(_ u: UInt16) -> Bool { u == 0x20 || u == 0x0A || u == 0x09 || u == 0x0D }
        let total = units.reduce(0) { $0 + (isSpace($1) ? 0 : 1) }
        guard total > 0 else { return 0 }
        let replaced = matches.filter { kinds.contains($0.kind) }.reduce(0) { sum, m in
            sum + units[m.utf16Range].reduce(0) { $0 + (isSpace($1) ? 0 : 1) }
        }
        return Double(replaced) / Double(total)
    }
}

/// Chooses among overlapping candidates: the kind with the better `PIIKind.precedence` wins
/// (structured and checksummed kinds first, names last), then the longer match, then the
/// earlier one. The result is sorted and free of overlaps, and the same for the same input.
enum OverlapResolution {
    static func resolve(_ candidates: [PIICandidate]) -> [PIICandidate] {
        let ranked = candidates.sorted { a, b in
            if a.kind.precedence != b.kind.precedence { return a.kind.precedence < b.kind.precedence }
            if a.range.count != b.range.count { return a.range.count > b.range.count }
            return a.range.lowerBound < b.range.lowerBound
        }
        // Which UTF-16 units are taken, so that each candidate is checked in time proportional
        // to its own length (searching the accepted list was quadratic in the number of matches:
        // 37,000 names in a 256 K text took 40 s).
        var taken = [Bool](repeating: false, count: candidates.map(\.range.upperBound).max() ?? 0)
        var accepted: [PIICandidate] = []
        for c in ranked where !c.range.isEmpty && !c.range.contains(where: { taken[$0] }) {
            for k in c.range { taken[k] = true }
            accepted.append(c)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
