/// Finds payment card numbers: 13-19 digits, contiguous or in the printed groupings
/// (4-4-4-4, 4-6-5 for American Express), starting with a card-scheme digit 2-6, and
/// passing the Luhn check. A number that fails Luhn is left alone. Round 7: a card in brackets,
/// and four groups of four joined by dots.
struct PaymentCardRecogniser: Sendable {
    func candidates(in text: ScannedText, runs: [DigitRun]) -> [PIICandidate] {
        var out: [PIICandidate] = []
        for run in runs where !run.hasPlus && !run.continuesAlphanumericBlock {
            // A bracket before the digits is an area code ("(212) 555-0123") unless it closes only
            // after the card (round 7: "(4394 4208 6092 8874)", a number put in brackets).
            var start = run.start
            if text.unit(at: run.start) == 0x28 {
                guard !(run.separators.first?.contains(")") ?? false) else { continue }
                start = run.groups[0].range.lowerBound
            }
            // A card has at most 19 digits, so at most five printed groups (and no more than 19
            // groups of one digit): bounded, so long runs cost linear time.
            for n in stride(from: min(run.groups.count, 19), through: 1, by: -1) where isCard(run, groups: n) {
                out.append(PIICandidate(kind: .card, range: start ..< run.end(groups: n)))
                break
            }
        }
        return out
    }

    private func isCard(_ run: DigitRun, groups n: Int) -> Bool {
        guard run.groups.prefix(n).reduce(0, { $0 + $1.range.count }) <= 19 else { return false }
        let digits = run.digits(groups: n)
        guard (13 ... 19).contains(digits.count), let first = digits.first, "23456".contains(first) else { return false }
        let separators = run.separators.prefix(n - 1)
        // Spaces or dashes; round 7: dots too, when every group is printed as four digits
        // ("4743.1075.5147.4098", as some banking apps copy it).
        let dotted = n == 4 && separators.allSatisfy { $0 == "." }
        guard dotted || separators.allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
        let sizes = run.groups.prefix(n).map(\.digits.count)
        let grouped = sizes.count == 1
            || (sizes.dropLast().allSatisfy { $0 == 4 } && (1 ... 4).contains(sizes.last!))
            || sizes == [4, 6, 5] || sizes == [4, 6, 4]
        return grouped && Checksums.luhn(digits)
    }
}
