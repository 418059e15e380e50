/// Round 8: a note signed with a dash. "Phone 01 872 9944. — Hope", "Bis Montag!\n– Frank",
/// "Dzięki. - Róża": after a sentence's end or a line break, a dash, then a user's name that ends
/// the text or its line is the writer, also when the name is a word (Hope, Frank, Róża, Віра).
/// Round 7's sign-offs needed a word such as "thanks" or "mvh" before the name. Looks at a few
/// units around one word, so linear.
extension NameRecogniser {
    func applyDashSignatures(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        guard !dictionary.isEmpty else { return }
        for (i, t) in tokens.enumerated() where state[i] != .yes {
            guard t.isCapitalised, t.length >= 2, !t.touchesDigit, isUsersWord(t) else { continue }
            // " — " before the name, and before the dash the end of a sentence or a line.
            var k = t.range.lowerBound - 1
            guard text.unit(at: k) == 0x20, let dash = text.unit(at: k - 1), dash == 0x2014 || dash == 0x2013 || dash == 0x2D else { continue }
            k -= 2
            var spaces = 0
            while k >= 0, text.unit(at: k) == 0x20, spaces < 3 { k -= 1; spaces += 1 }
            guard k >= 0, let end = text.unit(at: k), [0x2E, 0x21, 0x3F, 0x0A, 0x0D, 0x29].contains(end) else { continue }
            // The name ends the text or its line (a period, "!" or an emoji may follow).
            var m = t.range.upperBound
            while m < text.count, let u = text.unit(at: m), u != 0x0A, u != 0x0D, !text.isLetter(at: m), !text.isDigit(at: m) { m += 1 }
            guard m == text.count || text.unit(at: m) == 0x0A || text.unit(at: m) == 0x0D else { continue }
            state[i] = .yes
        }
    }
}
