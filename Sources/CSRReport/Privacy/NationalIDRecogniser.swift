/// Finds national identity numbers whose check digits prove them: the Norwegian
/// fødselsnummer ("01019012345", also written "010190 12345") and the Polish PESEL (11 digits),
/// and, only next to a cue word because their checksums are weaker, the German Steuer-ID
/// (11 digits, "Steuer-ID", "IdNr") and the Ukrainian RNOKPP (10 digits, "РНОКПП", "ІПН").
/// After "DUF", the Norwegian immigration case number (12 digits, no checksum).
/// Eleven-digit numbers that fail every check are left alone.
struct NationalIDRecogniser: Sendable {
    /// `labelled`: where numbers start that the text names as something else (`NumberLabels`:
    /// "Kundennummer 86095742719"); only the cue-free Steuer-ID rule heeds it, the other
    /// checks are strong enough to outrank a label.
    func candidates(in text: ScannedText, runs: [DigitRun], labelled: Set<Int> = []) -> [PIICandidate] {
        var out: [PIICandidate] = []
        var writtenDates: Set<WrittenDate>?
        // Round 7: a number in brackets is read too when its first group is ID-long ("PESEL UKR
        // (88050977752)"); a bracketed phone area code ("(067) 123-45-67") is not.
        for run in runs where !run.hasPlus && !run.continuesAlphanumericBlock && (text.unit(at: run.start) != 0x28 || run.groups[0].digits.count >= 10) {
            if let n = validGroups(run, text: text, labelled: labelled.contains(run.start)) {
                out.append(PIICandidate(kind: .nationalID, range: run.groups[0].range.lowerBound ..< run.end(groups: n)))
            } else if let n = groups(of: 10, in: run), let birth = Self.rnokppBirthDate(run.digits(groups: n)) {
                // Round 6: an RNOKPP's first five digits count the days from 31.12.1899 to its
                // holder's birth. A 10-digit number whose check digit holds and whose date is
                // written in the same text is that person's RNOKPP, with or without a cue
                // ("дата народж. 17.05.2012, код 4104565976"). The dates are read once per text.
                let dates = writtenDates ?? Self.dates.ranges(in: text).compactMap { WrittenDate(text.substring($0)) }.reduce(into: Set()) { $0.insert($1) }
                writtenDates = dates
                // Round 7: also written in groups ("2422 2399 48").
                if dates.contains(birth) { out.append(PIICandidate(kind: .nationalID, range: run.groups[0].range.lowerBound ..< run.end(groups: n))) }
            }
        }
        return out
    }

    /// Round 7: with spaces as separators too, as forms are filled in ("26 04 1966").
    private static let dates = TextPattern(#"(?<![\p{N}])\d{1,2}(?:[./\-]\d{1,2}[./\-]|\s\d{1,2}\s)(?:19|20)\d{2}(?![\p{N}])"#)

    /// A day, month and year as written in a text.
    struct WrittenDate: Hashable {
        let year: Int, month: Int, day: Int

        init(year: Int, month: Int, day: Int) { (self.year, self.month, self.day) = (year, month, day) }

        /// "17.05.2012", "17/5/2012".
        init?(_ text: String) {
            let parts = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            self.init(year: parts[2], month: parts[1], day: parts[0])
        }
    }

    /// The birth date an RNOKPP encodes when its check digit holds: days since 31.12.1899.
    static func rnokppBirthDate(_ digits: String) -> WrittenDate? {
        guard Checksums.ukrainianTaxNumber(digits), let days = Int(digits.prefix(5)), days > 0 else { return nil }
        // Days since 1970-01-01, then the proleptic Gregorian civil date (H. Hinnant's algorithm).
        let z = days - 25568 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return WrittenDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    private func validGroups(_ run: DigitRun, text: ScannedText, labelled: Bool) -> Int? {
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
            // Round 8: the cue in Cyrillic too ("ПЕСЕЛЬ дитини 800 626 260 62").
            if ["pesel", "песел", "fødselsnummer", "personnummer", "d-nummer", "fnr"].contains(where: cue.contains),
               Checksums.norwegianBirthNumber(d) || Checksums.pesel(d) { return n }
        }
        // Round 6: a German Steuer-ID written as one block of eleven digits that passes both its
        // check digit and the strict digit-frequency rule (one digit twice or three times, the
        // others at most once) needs no cue: by chance about one such number in 250 passes, and
        // eleven-digit blocks that start with 1-9 are otherwise rare in these texts (phone
        // numbers start with 0 or +); not when a label names it as another number.
        if !labelled, sizes.count == 1, sizes[0] == 11, Checksums.germanTaxID(run.groups[0].digits, strictDigits: true) { return 1 }
        let window = text.substring(max(0, run.start - 40) ..< run.start).lowercased()
        // Norwegian DUF numbers (UDI's case number: 12 digits starting with the year, no check
        // digit): only right after "DUF" ("DUF-nr. 2016 123456 78", "my DUF number is 2016…").
        let near = text.substring(max(0, run.start - 24) ..< run.start).lowercased()
        // Round 8: "UDI-nr" names the same number.
        if near.contains("duf") || near.contains("udi") {
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
            // Round 7: in any grouping by spaces ("993 518 746 01"), its check digit deciding.
            if let n = groups(of: 11, in: run), n > 1, Checksums.germanTaxID(run.digits(groups: n), strictDigits: false) { return n }
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

    private static let ukrainianCues = ["рнокп", "іпн", "інн", "ипн", "инн", "код платника", "ідентифікаційн", "ідент. код", "податков", "rnokpp", "ipn", "identyfikatsi", "identifikatsi", "tax", "skattenummer", "steuernummer", "podatkow"]
    private static let germanCues = ["steuer", "idnr", "identifikationsnummer", "tax id", "tax-id"]
}
