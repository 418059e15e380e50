/// Finds payment card numbers: 13-19 digits, contiguous or in the printed groupings
/// (4-4-4-4, 4-6-5 for American Express), starting with a card-scheme digit 2-6, and
/// passing the Luhn check. A number that fails Luhn is left alone.
struct PaymentCardRecogniser: Sendable {
    func candidates(in text: ScannedText, runs: [DigitRun]) -> [PIICandidate] {
        var out: [PIICandidate] = []
        for run in runs where !run.hasPlus && !run.continuesAlphanumericBlock && text.unit(at: run.start) != 0x28 {
            // A card has at most 19 digits, so at most five printed groups (and no more than 19
            // groups of one digit): bounded, so long runs cost linear time.
            for n in stride(from: min(run.groups.count, 19), through: 1, by: -1) where isCard(run, groups: n) {
                out.append(PIICandidate(kind: .card, range: run.start ..< run.end(groups: n)))
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
        guard separators.allSatisfy({ $0 == " " || $0 == "-" }) else { return false }
        let sizes = run.groups.prefix(n).map(\.digits.count)
        let grouped = sizes.count == 1
            || (sizes.dropLast().allSatisfy { $0 == 4 } && (1 ... 4).contains(sizes.last!))
            || sizes == [4, 6, 5] || sizes == [4, 6, 4]
        return grouped && Checksums.luhn(digits)
    }
}
