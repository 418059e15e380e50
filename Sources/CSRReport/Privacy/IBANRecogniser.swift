/// Finds IBANs written compactly ("NO9386011117947") or in groups ("DE89 3704 0044 0532 0130 00"),
/// in capitals or in lower case ("no93 8601 1117 947").
///
/// The scanner reads country code, check digits and up to 30 more letters or digits, allowing
/// one space between characters, then cuts at the country's registered length (so a following
/// "EUR" or reference number is not swallowed) and keeps the candidate only if mod-97 gives 1.
struct IBANRecogniser: Sendable {
    func candidates(in text: ScannedText) -> [PIICandidate] {
        var out: [PIICandidate] = []
        let u = text.units
        var i = 0
        while i + 4 <= u.count {
            guard isLetter(u[i]), isLetter(u[i + 1]), isDigit(u[i + 2]), isDigit(u[i + 3]),
                  !text.isWordCharacter(at: i - 1) else { i += 1; continue }
            // Collect characters and the offset just after each one.
            var chars: [UInt16] = []
            var ends: [Int] = []
            var j = i
            while j < u.count, chars.count < 34 {
                if isLetter(u[j]) || isDigit(u[j]) {
                    chars.append(upper(u[j])); j += 1; ends.append(j)
                } else if (u[j] == 0x20 || u[j] == 0xA0), j + 1 < u.count, isLetter(u[j + 1]) || isDigit(u[j + 1]), !chars.isEmpty {
                    j += 1
                } else {
                    break
                }
            }
            let country = String(decoding: chars.prefix(2), as: UTF16.self)
            let lengths: [Int] = IBANFormat.length(ofCountry: country).map { [$0] } ?? Array((15 ... 34).reversed())
            var found: Int?
            for length in lengths where length <= chars.count {
                let end = ends[length - 1]
                if text.isWordCharacter(at: end) { continue } // cut in the middle of a token
                if Checksums.iban(String(decoding: chars.prefix(length), as: UTF16.self)) { found = end; break }
            }
            // Round 8: after an account label ("IBAN für Fahrtkosten: DE14 2018 0495 5842 21",
            // "IBAN do zwrotu: PL66 …") an IBAN of another length counts when the whole number
            // as written passes mod-97: people copy an IBAN short or with a group missing. Only
            // the whole number, not a shorter cut, so an invalid one ("Numer rachunku DE74 …
            // jest nieprawidłowy") stays with the chance of one in 97.
            if found == nil, chars.count >= 12, let end = ends.last, !text.isWordCharacter(at: end), labelled(before: i, text),
               Checksums.iban(String(decoding: chars, as: UTF16.self), anyLength: true) {
                found = end
            }
            if let end = found {
                out.append(PIICandidate(kind: .iban, range: i ..< end))
                i = end
            } else {
                i += 1
            }
        }
        return out
    }

    /// An account label in the 30 UTF-16 units before `start`, with no digit between.
    private func labelled(before start: Int, _ text: ScannedText) -> Bool {
        let before = text.substring(max(0, start - 30) ..< start)
        guard !before.contains(where: \.isNumber) else { return false }
        let lower = before.lowercased()
        return ["iban", "konto", "konta", "account", "rachun", "рахун"].contains(where: lower.contains)
    }

    /// Letters of either case: "de89 3704 …" is as much an IBAN as "DE89 3704 …" (the mod-97
    /// check, computed on the upper-cased form, keeps ordinary words out).
    private func isLetter(_ c: UInt16) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) }
    private func upper(_ c: UInt16) -> UInt16 { c >= 0x61 && c <= 0x7A ? c - 0x20 : c }
    private func isDigit(_ c: UInt16) -> Bool { c >= 0x30 && c <= 0x39 }
}
