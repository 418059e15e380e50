/// Finds national identity numbers whose check digits prove them: the Norwegian
/// fødselsnummer ("01019012345", also written "010190 12345") and the Polish PESEL (11 digits),
/// and, only next to a cue word because their checksums are weaker, the German Steuer-ID
/// (11 digits, "Steuer-ID", "IdNr") and the Ukrainian RNOKPP (10 digits, "РНОКПП", "ІПН").
/// After "DUF", the Norwegian immigration case number (12 digits, no checksum).
/// Eleven-digit numbers that fail every check are left alone.
struct NationalIDRecogniser: Sendable {
    func candidates(in text: ScannedText, runs: [DigitRun]) -> [PIICandidate] {
        var out: [PIICandidate] = []
        for run in runs where !run.hasPlus && !run.continuesAlphanumericBlock && text.unit(at: run.start) != 0x28 {
            if let n = validGroups(run, text: text) {
                out.append(PIICandidate(kind: .nationalID, range: run.start ..< run.end(groups: n)))
            }
        }
        return out
    }

    private func validGroups(_ run: DigitRun, text: ScannedText) -> Int? {
        let sizes = run.groups.map(\.digits.count)
        if sizes[0] == 11 {
            let d = run.groups[0].digits
            if Checksums.norwegianBirthNumber(d) || Checksums.pesel(d) { return 1 }
        }
        if sizes.count >= 2, sizes[0] == 6, sizes[1] == 5, run.separators[0] == " " || run.separators[0] == "-" {
            let d = run.digits(groups: 2)
            if Checksums.norwegianBirthNumber(d) || Checksums.pesel(d) { return 2 }
        }
        // Round 5: eleven digits split otherwise ("780211 852 59") after a PESEL or
        // fødselsnummer cue, when a check passes.
        if sizes[0] < 11, let n = groups(of: 11, in: run) {
            let cue = text.substring(max(0, run.start - 30) ..< run.start).lowercased()
            let d = run.digits(groups: n)
            if ["pesel", "fødselsnummer", "personnummer", "d-nummer", "fnr"].contains(where: cue.contains),
               Checksums.norwegianBirthNumber(d) || Checksums.pesel(d) { return n }
        }
        let window = text.substring(max(0, run.start - 40) ..< run.start).lowercased()
        // Norwegian DUF numbers (UDI's case number: 12 digits starting with the year, no check
        // digit): only right after "DUF" ("DUF-nr. 2016 123456 78", "my DUF number is 2016…").
        let near = text.substring(max(0, run.start - 24) ..< run.start).lowercased()
        if near.contains("duf") {
            var digits = 0
            for n in 1 ... min(run.groups.count, 4) {
                digits += run.groups[n - 1].range.count
                if digits == 12, run.separators.prefix(n - 1).allSatisfy({ $0 == " " || $0 == "-" }) { return n }
                if digits > 12 { break }
            }
        }
        if Self.ukrainianCues.contains(where: window.contains), let n = groups(of: 10, in: run),
           Checksums.ukrainianTaxNumber(run.digits(groups: n)) {
            return n
        }
        // Round 5: the Polish NIP (10 digits, often "123-456-32-18") after its cue.
        if window.split(whereSeparator: { !$0.isLetter }).contains("nip"), let n = groups(of: 10, in: run), Checksums.polishNIP(run.digits(groups: n)) { return n }
        if Self.germanCues.contains(where: window.contains) {
            // After the cue the check digit decides; the digit-frequency rule is relaxed to "some
            // digit repeats, none more than three times" (older IDs and hand-made examples break
            // the one-repeated-digit rule).
            if sizes[0] == 11, Checksums.germanTaxID(run.groups[0].digits, strictDigits: false) { return 1 }
            if sizes.count >= 4, Array(sizes.prefix(4)) == [2, 3, 3, 3], Checksums.germanTaxID(run.digits(groups: 4)) { return 4 }
        }
        return nil
    }

    /// How many leading groups of `run` hold exactly `count` digits, written together or split
    /// by spaces or hyphens ("3115 549 422"), or nil.
    private func groups(of count: Int, in run: DigitRun) -> Int? {
        var digits = 0
        for n in 1 ... min(run.groups.count, 5) {
            digits += run.groups[n - 1].digits.count
            if digits == count, run.separators.prefix(n - 1).allSatisfy({ $0 == " " || $0 == "-" }) { return n }
            if digits > count { return nil }
        }
        return nil
    }

    private static let ukrainianCues = ["рнокпп", "іпн", "інн", "ипн", "инн", "код платника", "ідентифікаційн", "податков", "rnokpp", "ipn", "tax", "skattenummer", "steuernummer", "podatkow"]
    private static let germanCues = ["steuer", "idnr", "identifikationsnummer", "tax id", "tax-id"]
}
