/// Round 6: a month word that is also a first name ("Jan", "June", "Maj") is the month when a
/// day number stands right before it ("Thu 18 Jan", "18. Jan"): a name is not written after a
/// day of the month. ("Jan 18" stays a name: "Jan 18 years old".)
enum MonthAfterDay {
    private static let months: Set<String> = ["jan", "june", "april", "august", "may", "mai", "maj"]

    static func removing(from names: [PIICandidate], in text: ScannedText) -> [PIICandidate] {
        names.filter { c in
            guard months.contains(text.substring(c.range).lowercased()), text.unit(at: c.range.lowerBound - 1) == 0x20 else { return true }
            var k = c.range.lowerBound - 2
            if text.unit(at: k) == 0x2E { k -= 1 }
            var digits = 0
            while digits < 3, text.isDigit(at: k - digits) { digits += 1 }
            let isDay = (digits == 1 || digits == 2) && !text.isWordCharacter(at: k - digits)
            return !isDay
        }
    }
}
