/// Passport and identity-card numbers right after the word that names them ("passport FE123456",
/// "Personalausweis L01X00T47", "nr dowodu ABC123456", "паспорт FE 123456", "ID-kort 12345678"):
/// 6-10 capitals and digits with at least five digits, within a few words of the cue. Without
/// the cue such a token is a reference, a course or a product code, so it is never taken alone.
/// The pattern is bounded on both sides of the cue, so it runs in linear time.
struct DocumentNumberRecogniser: Sendable {
    private let pattern = TextPattern(
        #"(?:passport|pass|reisepass|ausweis|personalausweis|ausweisnummer|passnummer|pas|passnr|paszport|paszportu|dowód|dowodu|паспорт|паспорта|паспорту|id[- ]?(?:card|kort|karte|картка|картки)|посвідка|посвідки)\b[^\n\p{Nd}]{0,24}?\b((?:[A-ZА-ЯІЇЄҐ]{1,3}[ -]?)?\p{Nd}[\p{Nd}A-Z]{4,9})\b"#,
        caseInsensitive: true)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        pattern.ranges(in: text, group: 1).compactMap { range in
            let token = text.substring(range)
            let digits = token.filter(\.isNumber).count
            // Five digits at least, and none of the shapes a year or a date has ("pass 2024").
            guard digits >= 5, token.count >= 6, token.count <= 12 else { return nil }
            return PIICandidate(kind: .nationalID, range: range)
        }
    }
}
