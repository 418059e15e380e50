/// Finds personal data in free text and replaces it with typed placeholders (spec section 8).
///
/// A `Redactor` is an immutable value: its patterns are compiled once in `init` and it can be
/// shared by any number of concurrent tasks. Build one per report run, with the names of the
/// snapshot's users, and call it for every excerpt.
///
///     let redactor = Redactor(names: NameDictionary(names: ["Anna", "Kowalska"]))
///     redactor.redact("Anna Kowalska, +48 512 345 678") // "[NAME], [PHONE]"
public struct Redactor: Sendable {
    private let email = EmailRecogniser()
    private let url = URLRecogniser()
    private let handle = HandleRecogniser()
    private let ip = IPAddressRecogniser()
    private let iban = IBANRecogniser()
    private let card = PaymentCardRecogniser()
    private let nationalID = NationalIDRecogniser()
    private let phone = PhoneRecogniser()
    private let address = AddressRecogniser()
    private let birthDate = BirthDateRecogniser()
    private let names: NameRecogniser

    public init(names: NameDictionary = .empty) {
        self.names = NameRecogniser(dictionary: names)
    }

    /// Every piece of personal data in `text`, sorted by position and never overlapping.
    public func matches(in text: String) -> [PIIMatch] {
        let scanned = ScannedText(text)
        let runs = DigitRun.all(in: scanned)
        var candidates: [PIICandidate] = []
        candidates += email.candidates(in: scanned)
        candidates += url.candidates(in: scanned)
        candidates += iban.candidates(in: scanned)
        candidates += card.candidates(in: scanned, runs: runs)
        candidates += nationalID.candidates(in: scanned, runs: runs)
        candidates += birthDate.candidates(in: scanned)
        candidates += ip.candidates(in: scanned)
        candidates += phone.candidates(in: scanned, runs: runs)
        candidates += address.candidates(in: scanned)
        candidates += handle.candidates(in: scanned)
        candidates += names.candidates(in: scanned)
        return OverlapResolution.resolve(candidates).map { c in
            PIIMatch(
                kind: c.kind,
                range: String.Index(utf16Offset: c.range.lowerBound, in: text) ..< String.Index(utf16Offset: c.range.upperBound, in: text),
                utf16Range: c.range
            )
        }
    }

    /// `text` with each match replaced by its kind's placeholder, e.g. "[EMAIL]".
    public func redact(_ text: String) -> String {
        let found = matches(in: text)
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
        var accepted: [PIICandidate] = []
        for c in ranked where !c.range.isEmpty && !accepted.contains(where: { $0.range.overlaps(c.range) }) {
            accepted.append(c)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}
