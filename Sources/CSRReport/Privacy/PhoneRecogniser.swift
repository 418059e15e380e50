/// Finds telephone numbers in international ("+47 412 34 567", "0047 41234567",
/// "+49 (0)30 1234567", "00380 67 123 45 67") and national forms ("067 123 45 67",
/// "(0)30 1234567" after a +49, "412 34 567", "512 345 678", "(212) 555-0123").
///
/// International numbers are checked against the length of their country's numbers; national
/// numbers must have a known shape (trunk "0" plus 9-11 digits, or the Norwegian, Polish and
/// North American groupings), so years, amounts, dates, scores and course codes never qualify.
/// After a cue word such as "tel", "phone", "ring" or "тел." any 7-15 digit run is accepted.
struct PhoneRecogniser: Sendable {
    func candidates(in text: ScannedText, runs: [DigitRun]) -> [PIICandidate] {
        var out: [PIICandidate] = []
        // Digits continuing a letters-and-digits block ("PL61 1090 1014 ...") are an account or
        // reference number, and a run of four-digit blocks is a card or IBAN layout, not a phone.
        for run in runs where !run.continuesAlphanumericBlock && !run.isFourDigitBlocks {
            let cue = hasCue(before: run.start, in: text)
            // No phone number has more than eight groups ("+49 (0) 30 12 34 56 78" has seven),
            // unless its digits are typed one by one ("+48 6 0 1 2 2 4 8 9 3", round 7: at most
            // 15 digits): trying only those keeps a long run of digit groups linear, not quadratic.
            for n in stride(from: min(run.groups.count, 16), through: 1, by: -1)
                where (n <= 8 || run.groups.prefix(n).dropFirst().allSatisfy({ $0.digits.count == 1 })) && isPhone(run, groups: n, cue: cue, text: text) {
                out.append(PIICandidate(kind: .phone, range: run.start ..< run.end(groups: n)))
                break
            }
        }
        return out
    }

    private func isPhone(_ run: DigitRun, groups n: Int, cue: Bool, text: ScannedText) -> Bool {
        var sizes = run.groups.prefix(n).map(\.digits.count)
        var digits = run.digits(groups: n)
        let separators = Array(run.separators.prefix(n - 1))
        if run.hasPlus || (digits.hasPrefix("00") && !digits.hasPrefix("000") && sizes[0] <= 5) {
            if !run.hasPlus {
                digits.removeFirst(2)
                sizes[0] -= 2
            }
            return isInternational(digits, sizes: sizes)
        }
        if separators.contains(where: { $0.contains("/") }) && !cue && !digits.hasPrefix("0") { return false }
        let total = digits.count
        if digits.hasPrefix("0") {
            // National numbers with a trunk zero: Ukraine 0 + 9, UK 0 + 9-10, Germany 0 + 5-11.
            if n == 1 { return total == 10 || (cue && (7 ... 13).contains(total)) }
            // German area code written apart: "089/815767", "(089) 81 57 67" (subscriber
            // numbers are 3-8 digits, so the whole can be shorter than 10).
            let areaApart = separators[0].contains("/") || text.unit(at: run.start) == 0x28
            if areaApart && (3 ... 5).contains(sizes[0]) && (7 ... 12).contains(total) { return true }
            // Round 8: a two-digit area code in brackets (Dublin "(01) 874 5521"); and after a
            // cue any grouping of 9-13 digits, the trunk zero written apart included ("Phone 01
            // 872 9944", "Зателефонуйте: 0 67 555 12 34").
            if text.unit(at: run.start) == 0x28, sizes[0] == 2, (8 ... 12).contains(total) { return true }
            if cue, (9 ... 13).contains(total) { return true }
            return (10 ... 12).contains(total) && sizes[0] >= 2
        }
        if isCurrencyAdjacent(run, groups: n, text: text) { return false }
        let first = digits.first!
        switch total {
        case 8 where "23456789".contains(first):
            // Norway: "412 34 567", "41 23 45 67", "22 33 44 55", mobile "41234567".
            if sizes == [3, 2, 3] || sizes == [2, 2, 2, 2] { return true }
            if sizes == [8] { return "49".contains(first) }
            // "9123 4567": mobile numbers (4, 9) anywhere, other numbers after a cue; two
            // four-digit groups that read as years ("2019 2020") never.
            if sizes == [4, 4], "49".contains(first) || cue, !run.groups.prefix(2).contains(where: { Self.looksLikeYear($0.digits) }) { return true }
        case 9:
            // Poland: mobile "512 345 678", landline "22 123 45 67".
            if sizes == [3, 3, 3] && "45678".contains(first) && separators.allSatisfy({ $0 == " " || $0 == "-" }) { return true }
            if sizes == [2, 3, 2, 2] { return true }
        case 10 where "23456789".contains(first):
            // North America: "(212) 555-0123", "212-555-0123", "212.555.0123".
            if sizes == [3, 3, 4] {
                let parenthesised = text.unit(at: run.start) == 0x28
                let uniform = separators.allSatisfy { $0 == "-" } || separators.allSatisfy { $0 == "." }
                if parenthesised || uniform { return true }
            }
        case 11 where first == "1":
            // North America with the long-distance prefix: "1-312-555-0123", "1 312 555 0123".
            if sizes == [1, 3, 3, 4], separators.allSatisfy({ $0 == separators[0] }), ["-", " ", "."].contains(separators[0]) { return true }
        default:
            break
        }
        // After a cue, digits typed one by one count too ("tlf 4 1 2 3 4 5 6 7").
        return cue && (7 ... 15).contains(total) && (sizes.allSatisfy { $0 >= 2 } || sizes.allSatisfy { $0 == 1 })
    }

    private static func looksLikeYear(_ digits: String) -> Bool {
        digits.hasPrefix("19") || digits.hasPrefix("20")
    }

    private func isInternational(_ digits: String, sizes: [Int]) -> Bool {
        for ccLength in [3, 2, 1] where digits.count > ccLength {
            let cc = String(digits.prefix(ccLength))
            guard let lengths = Self.nationalLengths[cc] else { continue }
            var national = String(digits.dropFirst(ccLength))
            // "+49 (0)30 ..." / "+44 (0)20 ...": the bracketed trunk zero is not dialled.
            if national.hasPrefix("0"), sizes.count >= 2, sizes[0] == ccLength, sizes[1] == 1 {
                national.removeFirst()
            }
            return lengths.contains(national.count)
        }
        return (8 ... 15).contains(digits.count)
    }

    /// Digits after the country code, by country (ITU-T E.164 national significant numbers).
    private static let nationalLengths: [String: ClosedRange<Int>] = [
        "1": 10 ... 10, "7": 10 ... 10, "20": 9 ... 10, "27": 9 ... 9, "30": 10 ... 10, "31": 9 ... 9,
        "32": 8 ... 9, "33": 9 ... 9, "34": 9 ... 9, "36": 8 ... 9, "39": 6 ... 11, "40": 9 ... 9,
        "41": 9 ... 9, "43": 7 ... 13, "44": 9 ... 10, "45": 8 ... 8, "46": 7 ... 9, "47": 8 ... 8,
        "48": 9 ... 9, "49": 6 ... 12, "52": 10 ... 10, "55": 10 ... 11, "61": 9 ... 9, "64": 8 ... 10,
        "81": 9 ... 10, "82": 8 ... 10, "86": 11 ... 11, "90": 10 ... 10, "91": 10 ... 10,
        "351": 9 ... 9, "352": 6 ... 11, "353": 7 ... 9, "354": 7 ... 9, "358": 6 ... 10,
        "359": 8 ... 9, "370": 8 ... 8, "371": 8 ... 8, "372": 7 ... 8, "373": 8 ... 8,
        "375": 9 ... 9, "380": 9 ... 9, "381": 8 ... 9, "385": 8 ... 9, "386": 8 ... 8,
        "420": 9 ... 9, "421": 9 ... 9, "995": 9 ... 9,
    ]

    private func hasCue(before start: Int, in text: ScannedText) -> Bool {
        let lower = max(0, start - 24)
        let window = text.substring(lower ..< start).lowercased()
        if Self.compoundCues.contains(where: { window.contains($0) }) { return true }
        // One unit more on the left tells whether a cue at the window's edge starts a word.
        let context = text.substring(max(0, lower - 1) ..< start).lowercased()
        return Self.wordStartCues.contains { Self.startsAWord($0, in: context, atTextStart: lower == 0) }
    }

    /// Short cues count only at the start of a word: inside one they are other words ("hotel",
    /// "готель", "bring", "during", "recall"), and after them a room or booking number is no phone.
    /// `context` starts one unit before the window unless the window starts the text.
    private static func startsAWord(_ cue: String, in context: String, atTextStart: Bool) -> Bool {
        var searchFrom = context.startIndex
        while let found = context.range(of: cue, range: searchFrom ..< context.endIndex) {
            if found.lowerBound == context.startIndex ? atTextStart : !context[context.index(before: found.lowerBound)].isLetter { return true }
            searchFrom = context.index(after: found.lowerBound)
        }
        return false
    }

    /// Cues long enough to count inside a compound too ("Privattelefon", "Diensthandy", "mobilnummer").
    private static let compoundCues = ["telefon", "phone", "mobil", "handy", "whatsapp", "komórk", "dzwoń", "dzwoni", "дзвон", "телефон"]

    private static let wordStartCues = ["tel", "tlf", "mob.", "cell", "call", "ring", "sms", "fax", "тел", "моб"]

    private func isCurrencyAdjacent(_ run: DigitRun, groups n: Int, text: ScannedText) -> Bool {
        let before = text.substring(max(0, run.start - 5) ..< run.start).lowercased()
        let endOffset = run.end(groups: n)
        let after = text.substring(endOffset ..< min(text.count, endOffset + 5)).lowercased()
        return Self.currencies.contains { before.contains($0) || after.contains($0) }
    }

    private static let currencies = ["eur", "nok", "pln", "usd", "gbp", "uah", "chf", "sek", "dkk", "kr", "zł", "€", "$", "£", "грн"]
}
