/// Finds person names, from the snapshot's name dictionary and from patterns.
///
/// Dictionary rule: a word is a name when one of its `NameFolding` keys (case-, diacritic- and
/// transliteration-insensitive) is in the dictionary, directly or after removing a possessive or
/// case ending ("Annas", "Kowalskiej", "Оленою"; endings only on capitalised words). A
/// dictionary name that is also an everyday word (Will, May, Hope, Per, Надія) counts only when
/// capitalised and not first in its sentence, or when it stands next to another name.
///
/// Pattern rules, for names not in the dictionary: a capitalised word right next to a
/// dictionary name ("Anna Smithson"), and one to three capitalised words after a cue such as
/// "my mentor", "named", "I am", "Mr", "Frau", "pani", "мене звати" (two or more after the weak
/// cues "with", "med", "mit", "z", "з"). Places, organisations and programme words never count.
/// Neighbouring name words, also across one line break or a hyphen, form one match.
struct NameRecogniser: Sendable {
    let dictionary: NameDictionary

    func candidates(in text: ScannedText) -> [PIICandidate] {
        let tokens = WordTokeniser.tokens(in: text)
        guard !tokens.isEmpty else { return [] }
        var state = [Verdict](repeating: .no, count: tokens.count)
        if !dictionary.isEmpty {
            for (i, token) in tokens.enumerated() { state[i] = dictionaryVerdict(token) }
            // Everyday-word names count next to a confirmed name ("Will Turner").
            for i in tokens.indices where state[i] == .ifNextToName {
                let left = i > 0 && state[i - 1] == .yes && joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false)
                let right = i + 1 < tokens.count && state[i + 1] == .yes && joinable(tokens[i], tokens[i + 1], in: text, lineBreak: false)
                state[i] = left || right ? .yes : .no
            }
            extendToCapitalisedNeighbours(tokens, &state, text)
        }
        applyCues(tokens, &state, text)
        return merge(tokens, state, text)
    }

    enum Verdict: Equatable { case no, yes, ifNextToName }

    private func dictionaryVerdict(_ t: WordToken) -> Verdict {
        guard t.length >= 2, !t.touchesDigit else { return .no }
        if t.length == 2 && !t.isCapitalised { return .no }
        let keys = NameFolding.keys(for: t.text)
        let everyday = keys.contains(where: CommonWords.everyday.contains)
        let capitalisedInSentence = t.isCapitalised && !t.isAllCaps && !t.startsSentence
        if keys.contains(where: dictionary.contains(key:)) {
            if !everyday { return .yes }
            // Months, weekdays and nationalities are capitalised anyway: never alone.
            if capitalisedInSentence && !keys.contains(where: CommonWords.capitalisedAnyway.contains) { return .yes }
            return t.isCapitalised ? .ifNextToName : .no
        }
        // Possessive and case endings: only on capitalised words, never on everyday words.
        guard t.isCapitalised, !everyday, t.length >= 4 else { return .no }
        for key in keys {
            for (suffix, replacement) in Self.endings where key.hasSuffix(suffix) && key.count - suffix.count >= 3 {
                let stem = String(key.dropLast(suffix.count)) + replacement
                if dictionary.contains(key: stem), !CommonWords.everyday.contains(stem) { return .yes }
            }
        }
        return .no
    }

    /// Possessive and case endings in `NameFolding` skeleton form, with what replaces them to
    /// reach the dictionary form: English/Nordic/German genitive s, Polish and Ukrainian cases.
    private static let endings: [(String, String)] = [
        ("s", ""), ("iei", "a"), ("ei", "a"), ("ie", "a"), ("i", "a"), ("e", "a"), ("u", "a"),
        ("oiu", "a"), ("oi", "a"), ("iego", "i"), ("iemu", "i"), ("im", "i"), ("ego", ""),
        ("a", ""), ("u", ""), ("ovi", ""), ("iem", ""), ("em", ""), ("om", ""), ("a", "o"),
        ("om", "o"), ("i", "ia"), ("ie", ""), ("e", ""),
    ]

    private func isCandidateNameWord(_ t: WordToken) -> Bool {
        guard t.isCapitalised, !t.isAllCaps, !t.touchesDigit, t.length >= 2 else { return false }
        return !NameFolding.keys(for: t.text).contains(where: CommonWords.notNames.contains)
    }

    private func extendToCapitalisedNeighbours(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        let confirmed = tokens.indices.filter { state[$0] == .yes && tokens[$0].isCapitalised }
        for i in confirmed {
            var j = i + 1
            while j < tokens.count, j <= i + 2, state[j] != .yes, isCandidateNameWord(tokens[j]),
                  joinable(tokens[j - 1], tokens[j], in: text, lineBreak: false, strict: true) {
                state[j] = .yes; j += 1
            }
            if i > 0, state[i - 1] != .yes, isCandidateNameWord(tokens[i - 1]),
               joinable(tokens[i - 1], tokens[i], in: text, lineBreak: false, strict: true) {
                state[i - 1] = .yes
            }
        }
    }

    private func applyCues(_ tokens: [WordToken], _ state: inout [Verdict], _ text: ScannedText) {
        for (cue, minimumWords) in Self.cues {
            guard cue.count <= tokens.count else { continue }
            for start in 0 ... (tokens.count - cue.count) where tokens[start].lower == cue[0] {
                var ok = true
                for k in 1 ..< cue.count where tokens[start + k].lower != cue[k] { ok = false; break }
                guard ok else { continue }
                let first = start + cue.count
                guard first < tokens.count, cueGapOK(tokens[first - 1], tokens[first], text) else { continue }
                var words: [Int] = []
                var j = first
                while j < tokens.count, words.count < 3, isCandidateNameWord(tokens[j]) || state[j] == .yes {
                    if j > first, !joinable(tokens[j - 1], tokens[j], in: text, lineBreak: false, strict: true) { break }
                    words.append(j); j += 1
                }
                if words.count >= minimumWords { for w in words { state[w] = .yes } }
            }
        }
    }

    /// Cue phrases (lower-cased words) and how many capitalised words must follow.
    private static let cues: [([String], Int)] = {
        let strong: [[String]] = [
            ["mentor"], ["mentee"], ["volunteer"], ["buddy"], ["named"], ["called"], ["i", "am"],
            ["my", "name", "is"], ["mr"], ["mrs"], ["ms"], ["miss"], ["dr"],
            ["heter"], ["mentoren"], ["frivillig"], ["fru"], ["herr"],
            ["heiße"], ["heisse"], ["mentorin"], ["name", "ist"], ["frau"],
            ["nazywam", "się"], ["imię"], ["mentorka"], ["mentorem"], ["mentorką"], ["wolontariusz"], ["wolontariuszka"], ["pan"], ["pani"],
            ["звати"], ["ментор"], ["менторка"], ["волонтер"], ["волонтерка"], ["пан"], ["пані"],
        ]
        let weak: [[String]] = [["with"], ["med"], ["mit"], ["z"], ["ze"], ["з"], ["із"], ["зі"], ["and"], ["og"], ["und"], ["та"]]
        return strong.map { ($0, 1) } + weak.map { ($0, 2) }
    }()

    private func cueGapOK(_ a: WordToken, _ b: WordToken, _ text: ScannedText) -> Bool {
        let gap = text.substring(a.range.upperBound ..< b.range.lowerBound)
        return [" ", ": ", ". ", ", ", " – ", " — ", " - "].contains(gap)
    }

    /// Whether two words are parts of one name: separated by spaces, a hyphen or (when
    /// `lineBreak`) one line break; `strict` allows only a single space or hyphen.
    private func joinable(_ a: WordToken, _ b: WordToken, in text: ScannedText, lineBreak: Bool, strict: Bool = false) -> Bool {
        let gap = text.units[a.range.upperBound ..< b.range.lowerBound]
        if strict { return gap.count == 1 && (gap.first == 0x20 || gap.first == 0x2D || gap.first == 0xA0) }
        if gap.isEmpty || gap.count > 4 { return false }
        if gap.count == 1 && gap.first == 0x2D { return true }
        var newlines = 0
        for c in gap {
            switch c {
            case 0x20, 0x09, 0xA0: continue
            case 0x0A: newlines += 1
            case 0x0D: continue
            default: return false
            }
        }
        return newlines == 0 || (lineBreak && newlines == 1)
    }

    private func merge(_ tokens: [WordToken], _ state: [Verdict], _ text: ScannedText) -> [PIICandidate] {
        var out: [PIICandidate] = []
        var i = 0
        while i < tokens.count {
            guard state[i] == .yes else { i += 1; continue }
            var j = i
            while j + 1 < tokens.count, state[j + 1] == .yes, joinable(tokens[j], tokens[j + 1], in: text, lineBreak: true) { j += 1 }
            var end = tokens[j].range.upperBound
            // A single initial after the name: "Anna K." -> cover "K".
            if j + 1 < tokens.count, tokens[j + 1].length == 1, tokens[j + 1].isCapitalised,
               text.unit(at: tokens[j + 1].range.upperBound) == 0x2E,
               joinable(tokens[j], tokens[j + 1], in: text, lineBreak: false, strict: true) {
                end = tokens[j + 1].range.upperBound
                j += 1
            }
            out.append(PIICandidate(kind: .name, range: tokens[i].range.lowerBound ..< end))
            i = j + 1
        }
        return out
    }
}
