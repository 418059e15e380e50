/// A run of digit groups joined by the separators people put inside phone, card and ID
/// numbers ("+47 412 34 567", "4111-1111-1111-1111", "(067) 123-45-67", "+49 (0)30 1234567").
///
/// Phone, card and national-ID recognisers all start from these runs and then decide, by
/// length, grouping and checksum, how many leading groups (if any) form their kind.
struct DigitRun: Sendable {
    struct Group: Sendable {
        let range: Range<Int>
        let digits: String
    }

    /// Where the run starts: at "+" or "(" when one leads it, else at the first digit.
    let start: Int
    /// True when the run opens with "+" (an international number).
    let hasPlus: Bool
    let groups: [Group]
    /// separators[i] is the text between groups[i] and groups[i + 1].
    let separators: [String]

    /// True when the run follows a letters-and-digits token after one space ("PL61 1090 ..."):
    /// it continues an IBAN or reference number rather than starting a number of its own.
    let continuesAlphanumericBlock: Bool

    /// Four or more groups of exactly four digits (the last may be shorter): card or IBAN layout.
    var isFourDigitBlocks: Bool {
        let sizes = groups.map(\.digits.count)
        return sizes.count >= 4 && sizes.dropLast().allSatisfy { $0 == 4 } && sizes.last! <= 4
    }

    func digits(groups count: Int) -> String {
        groups.prefix(count).map(\.digits).joined()
    }

    /// End (UTF-16 offset) of the run when cut after `count` groups.
    func end(groups count: Int) -> Int {
        groups[count - 1].range.upperBound
    }

    /// Finds every run in the text. A run never starts inside a word or right after another
    /// digit, "." or ",", so decimals ("0.85"), versions ("v2.3.1") and words ("B2") are not runs.
    static func all(in text: ScannedText) -> [DigitRun] {
        var runs: [DigitRun] = []
        let u = text.units
        var i = 0
        while i < u.count {
            let c = u[i]
            let startsHere = isDigit(c) || (c == plus && text.isDigit(at: i + 1))
                || (c == openParen && (text.isDigit(at: i + 1) || (text.unit(at: i + 1) == plus && text.isDigit(at: i + 2))))
            if !startsHere { i += 1; continue }
            if i > 0 {
                let p = u[i - 1]
                if text.isWordCharacter(at: i - 1) || p == plus || p == dot || p == comma || p == hyphen || p == slash {
                    // skip the rest of this token
                    while i < u.count, isDigit(u[i]) || u[i] == plus || u[i] == openParen { i += 1 }
                    continue
                }
            }
            let start = i
            var hasPlus = false
            var j = i
            if u[j] == openParen { j += 1 }
            if u[j] == plus { hasPlus = true; j += 1 }
            var groups: [Group] = []
            var separators: [String] = []
            while true {
                let gStart = j
                while j < u.count, isDigit(u[j]) { j += 1 }
                groups.append(Group(range: gStart ..< j, digits: text.substring(gStart ..< j)))
                // Try a separator: up to three of space, no-break space, -, ., /, (, ) with at most
                // one space-like on each side, followed by a digit.
                var k = j
                var parens = 0
                while k < u.count, k - j < 4, isSeparator(u[k]) {
                    if u[k] == openParen || u[k] == closeParen { parens += 1 }
                    k += 1
                }
                let sep = text.substring(j ..< k)
                if k > j, k < u.count, isDigit(u[k]), parens <= 2, isAcceptableSeparator(sep) {
                    separators.append(sep)
                    j = k
                } else {
                    break
                }
            }
            let endOfRun = groups[groups.count - 1].range.upperBound
            // A run glued to a following letter ("12B", "3rd") is a label, not a number; the
            // recognisers may still use a shorter prefix of groups.
            let continues = (text.unit(at: start - 1) == space || text.unit(at: start - 1) == nbsp) && text.isDigit(at: start - 2)
            runs.append(DigitRun(start: start, hasPlus: hasPlus, groups: groups, separators: separators, continuesAlphanumericBlock: continues))
            i = max(endOfRun, i + 1)
        }
        return runs
    }

    private static func isAcceptableSeparator(_ s: String) -> Bool {
        // Reject separators mixing several punctuation marks such as "./" or "--".
        let punct = s.filter { $0 != " " && $0 != "\u{00A0}" }
        if punct.count > 2 { return false }
        if punct.count == 2 { return punct == ")(" || punct == "()" ? false : punct.contains("(") || punct.contains(")") }
        return s.filter { $0 == " " || $0 == "\u{00A0}" }.count <= 2
    }

    private static func isSeparator(_ c: UInt16) -> Bool {
        c == space || c == nbsp || c == hyphen || c == dot || c == slash || c == openParen || c == closeParen
    }

    private static func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }
    private static let plus: UInt16 = 0x2B, openParen: UInt16 = 0x28, closeParen: UInt16 = 0x29
    private static let dot: UInt16 = 0x2E, comma: UInt16 = 0x2C, hyphen: UInt16 = 0x2D
    private static let slash: UInt16 = 0x2F, space: UInt16 = 0x20, nbsp: UInt16 = 0xA0
}
