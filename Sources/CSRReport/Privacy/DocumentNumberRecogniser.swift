/// Passport and identity-card numbers right after the word that names them ("passport FE123456",
/// "Personalausweis L01X00T47", "nr dowodu ABC123456", "паспорт FE 123456", "ID-kort 12345678"):
/// 6-10 capitals and digits with at least five digits, within a few words of the cue. Without
/// the cue such a token is a reference, a course or a product code, so it is never taken alone
/// (round 5's exceptions are shapes no code has: an old Ukrainian passport in Cyrillic, a spaced
/// NINO, and numbers whose check digit holds: SV-Nummer, PPS).
/// The pattern is bounded on both sides of the cue, so it runs in linear time.
struct DocumentNumberRecogniser: Sendable {
    private let pattern = TextPattern(
        #"(?<![\p{L}])(?:"# + DocumentNumberRecogniser.residenceCards + #"|pasnr|pass-nr|reisepassnummer|personalausweisnummer|passnummeret|passport|pass|reisepass|ausweis|personalausweis|ausweisnummer|passnummer|pas|passnr|paszport|paszportu|pasport|pasportu|dowód|dowodu|паспорт|паспорта|паспорту|id[- ]?(?:card|kort|karte|картка|картки|картку)|identity\s+card|ausweis-nr|посвідка|посвідки|посвідчення|dokument|документ|ідентифікаційн\p{L}*\s+картк\p{L}*|id-картк\p{L}*|identitetskort\p{L}*|dowód\s+osobist\p{L}*|dowodu\s+osobistego|legitymacj\p{L}*)\b[^\n\p{Nd}!?]{0,80}?\b((?:[A-ZА-ЯІЇЄҐ]{1,3}[ -]?(?:№\s?|No\.?\s|nr\.?\s)?)?\p{Nd}(?:[\p{Nd}A-Z]{4,9}|\p{Nd}{1,5}(?:\s\p{Nd}{2,6}){1,2}(?!\s\p{Nd})))\b"#,
        caseInsensitive: true)

    /// Round 8: residence cards and permits, which dev-13 counts as identity documents: the
    /// Irish IRP, the Polish karta pobytu, the Norwegian oppholdskort, the German
    /// Aufenthaltstitel ("Residence permit card no. IE 8829134", "kartę pobytu RP 0456712").
    private static let residenceCards = #"residence\s+(?:permit|card)|irp|kart[aęy]\s+pobytu|oppholdskort\p{L}*|oppholdstillatelse\p{L}*|aufenthaltstitel\p{L}*|aufenthaltserlaubnis|aufenthaltskarte"#

    private static let germanDocumentAlphabet = Set("CFGHJKLMNPRTVWXYZ0123456789")

    static func isGermanDocumentNumber(_ token: String) -> Bool {
        let chars = Array(token.uppercased())
        return chars.count == 9 && chars.allSatisfy(germanDocumentAlphabet.contains) && chars[0].isLetter
            && chars.filter(\.isNumber).count >= 3
    }

    /// British National Insurance numbers after "NI", "NINO" or "national insurance": two
    /// prefix letters (not D, F, I, Q, U, V; O not second), six digits, often in pairs, and a
    /// suffix A-D ("JX 48 29 17 A").
    private let nationalInsurance = TextPattern(
        #"(?:\bNI|\bNINO|national\s+insurance)(?:\s+(?:number|no\.?|nr\.?|nummer|numer|номер))?[\s:]{1,3}([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])(?![\p{L}\p{N}])"#,
        caseInsensitive: false)

    /// Round 7: right after an explicit cue, a NINO in any of its three layouts, with valid
    /// prefix letters or HMRC's specimen prefix QQ, which forms print and people copy as their
    /// own ("NI no: QQ 12 34 56 C"; "DQ …" stays: D and Q are no prefix letters); "nat
    /// insurance", "nat. ins." are cues too ("nat insurance: NY419372D").
    private let cuedNationalInsurance = TextPattern(
        #"(?:\bNI|\bNINO|(?i:\bnat(?:ional|\.)?\s?ins(?:urance|\.)?))(?:\s+(?i:number|no\.?|nr\.?|#))?[\s:.#\-]{1,3}((?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?:\s?\d{2}\s?\d{2}\s?\d{2}\s?|-\d{2}-\d{2}-\d{2}-)[A-D])(?![\p{L}\p{N}])"#)

    func candidates(in text: ScannedText) -> [PIICandidate] {
        (nationalInsurance.ranges(in: text, group: 1) + cuedNationalInsurance.ranges(in: text, group: 1)).map { PIICandidate(kind: .nationalID, range: $0) }
            + pattern.ranges(in: text, group: 1).compactMap { range in
            let token = text.substring(range)
            let digits = token.filter(\.isNumber).count
            // Five digits at least, and none of the shapes a year or a date has ("pass 2024").
            // Round 6: or the German passport and identity-card number, nine characters of the
            // alphabet the Bundesdruckerei uses (no vowels, no B, D, Q, S), letter first, with at
            // least three digits ("C4J7R2N9K").
            guard digits >= 5 || Self.isGermanDocumentNumber(token), token.count >= 6, token.count <= 14 else { return nil }
            return PIICandidate(kind: .nationalID, range: range)
        } + ukrainianPassport.ranges(in: text).map { PIICandidate(kind: .nationalID, range: $0) }
            + spacedNationalInsurance.ranges(in: text).map { PIICandidate(kind: .nationalID, range: $0) }
            + (dashedNationalInsurance.ranges(in: text) + compactNationalInsurance.ranges(in: text, group: 1)).compactMap { range in
                let window = text.substring(max(0, range.lowerBound - 40) ..< range.lowerBound)
                let cued = window.contains("NINO") || window.contains("NI ") || window.lowercased().contains("national insurance")
                return cued ? PIICandidate(kind: .nationalID, range: range) : nil
            }
            + socialInsurance.ranges(in: text, group: 1).compactMap { range in
                let window = text.substring(max(0, range.lowerBound - 40) ..< range.lowerBound).lowercased()
                let cued = Self.socialInsuranceCues.contains(where: window.contains)
                return cued || Checksums.germanSocialInsurance(text.substring(range)) ? PIICandidate(kind: .nationalID, range: range) : nil
            }
            + polishIDCard.ranges(in: text, group: 1).compactMap { range in
                Checksums.polishIDCard(text.substring(range)) ? PIICandidate(kind: .nationalID, range: range) : nil
            }
            + unzr.ranges(in: text, group: 1).compactMap { range in
                let window = text.substring(max(0, range.lowerBound - 40) ..< range.lowerBound).lowercased()
                return ["унзр", "unzr", "запис"].contains(where: window.contains) ? PIICandidate(kind: .nationalID, range: range) : nil
            }
            + irishPPS.ranges(in: text, group: 1).compactMap { range in
                let window = text.substring(max(0, range.lowerBound - 30) ..< range.lowerBound).lowercased()
                return window.contains("pps") || Checksums.irishPPS(text.substring(range)) ? PIICandidate(kind: .nationalID, range: range) : nil
            }
    }

    /// Round 5: an old Ukrainian passport's series and number (two Cyrillic capitals, six digits:
    /// "КВ 123456", "СН №654321") is that shape only, cue or not.
    private let ukrainianPassport = TextPattern(#"(?<![\p{L}\p{N}])[А-ЯІЇЄҐ]{2}\s?(?:№\s?)?\d{6}(?![\p{L}\p{N}])"#)

    /// A National Insurance number written in its spaced form ("QQ 12 34 56 C") needs no cue.
    /// Round 5: a NINO in its spaced form ("JX 48 29 17 A": valid prefix letters, pairs, a
    /// suffix A-D) is that shape only, cue or not (round 4 asked for a cue; holdout-3's aggregate
    /// found one more ID without it). Dashed or compact, it needs a NINO cue in the 40 units
    /// before it ("his NI no. is JK-10-55-83-D", "update my NINO to SN492817C").
    private let spacedNationalInsurance = TextPattern(
        #"(?<![\p{L}\p{N}])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\s\d{2}\s\d{2}\s\d{2}\s[A-D](?![\p{L}\p{N}])"#)
    private let dashedNationalInsurance = TextPattern(
        #"(?<![\p{L}\p{N}])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]-\d{2}-\d{2}-\d{2}-[A-D](?![\p{L}\p{N}])"#)
    private let compactNationalInsurance = TextPattern(
        #"(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D])(?![\p{L}\p{N}])"#)

    /// German Sozialversicherungsnummer: area (2 digits), birth date (6), the surname's initial,
    /// serial and check digit (3): "15 070649 C 103". Its check digit decides, or a cue before it.
    private let socialInsurance = TextPattern(#"(?<![\p{L}\p{N}])(\d{2}\s?\d{6}\s?[A-Z]\s?\d{3})(?![\p{L}\p{N}])"#)
    private static let socialInsuranceCues = ["sozialversicherung", "sv-nummer", "sv-nr", "svnr", "sv nummer", "rentenversicherung",
                                              "versicherungsnummer", "social security", "social insurance"]

    /// Round 6: the Polish identity-card number, three letters and six digits ("ABA 300000"),
    /// whose check digit (the first digit; weights 7 3 1 9 7 3 1 7 3) decides without a cue.
    private let polishIDCard = TextPattern(#"(?<![\p{L}\p{N}])([A-Z]{3}\s?\d{6})(?![\p{L}\p{N}])"#)

    /// Round 6: the Ukrainian UNZR (record number of the demographic register on every ID card:
    /// the birth date YYYYMMDD, a dash, five digits), after "УНЗР", "UNZR" or "запис".
    private let unzr = TextPattern(#"(?<![\p{N}])((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-\d{5})(?![\p{N}])"#)

    /// Irish PPS number: seven digits and one or two letters ("1234567T", "1234567TA"): its
    /// check letter decides, or "PPS" just before it.
    private let irishPPS = TextPattern(#"(?<![\p{L}\p{N}])(\d{7}[A-W][A-IW]?)(?![\p{L}\p{N}])"#)
}
