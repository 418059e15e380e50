/// Passport and identity-card numbers right after the word that names them ("passport FE123456",
/// "Personalausweis L01X00T47", "nr dowodu ABC123456", "паспорт FE 123456", "ID-kort 12345678"):
/// 6-10 capitals and digits with at least five digits, within a few words of the cue. Without
/// the cue such a token is a reference, a course or a product code, so it is never taken alone.
/// The pattern is bounded on both sides of the cue, so it runs in linear time.
struct DocumentNumberRecogniser: Sendable {
    private let pattern = TextPattern(
        #"(?:passport|pass|reisepass|ausweis|personalausweis|ausweisnummer|passnummer|pas|passnr|paszport|paszportu|dowód|dowodu|паспорт|паспорта|паспорту|id[- ]?(?:card|kort|karte|картка|картки)|посвідка|посвідки)\b[^\n\p{Nd}]{0,24}?\b((?:[A-ZА-ЯІЇЄҐ]{1,3}[ -]?)?\p{Nd}[\p{Nd}A-Z]{4,9})\b"#,
        caseInsensitive: true)

    /// British National Insurance numbers after "NI", "NINO" or "national insurance": two
    /// prefix letters (not D, F, I, Q, U, V; O not second), six digits, often in pairs, and a
    /// suffix A-D ("JX 48 29 17 A").
    private let nationalInsurance = TextPattern(
        #"(?:\bNI|\bNINO|national\s+insurance)(?:\s+(?:number|no\.?|nr\.?|nummer|numer|номер))?[\s:]{1,3}([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])(?![\p{L}\p{N}])"#,
        caseInsensitive: false)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        nationalInsurance.ranges(in: text, group: 1).map { PIICandidate(kind: .nationalID, range: $0) }
            + pattern.ranges(in: text, group: 1).compactMap { range in
            let token = text.substring(range)
            let digits = token.filter(\.isNumber).count
            // Five digits at least, and none of the shapes a year or a date has ("pass 2024").
            guard digits >= 5, token.count >= 6, token.count <= 12 else { return nil }
            return PIICandidate(kind: .nationalID, range: range)
        }
    }
}
