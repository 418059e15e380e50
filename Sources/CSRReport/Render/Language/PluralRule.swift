/// The CLDR cardinal plural rule families a catalog can name in `[locale] plural_rule`, for
/// whole numbers (the only counts a report puts into a plural text). A sixth language names
/// the family its CLDR rule belongs to; a language whose rule is none of these needs one more
/// case here (docs/rendering.md, "Adding a language").
///
/// ```swift
/// PluralRule.polish.category(22)       // .few
/// PluralRule.eastSlavic.category(11)   // .many
/// ```
enum PluralRule: String, CaseIterable, Sendable {
    /// No plural forms (CLDR: ja, zh, ko, ...).
    case other
    /// `one` for 1, `other` for the rest (CLDR: en, de, nb, nl, sv, da, it, es, ...).
    case oneOther = "one-other"
    /// CLDR pl: `one` 1; `few` 2-4, 22-24, ... (not 12-14); `many` the other whole numbers.
    case polish
    /// CLDR uk, ru, be: `one` 1, 21, 31, ... (not 11); `few` 2-4, 22-24, ... (not 12-14); `many` the rest.
    case eastSlavic = "east-slavic"

    func category(_ count: Int) -> PluralCategory {
        let n = count.magnitude
        let mod10 = n % 10, mod100 = n % 100
        switch self {
        case .other:
            return .other
        case .oneOther:
            return n == 1 ? .one : .other
        case .polish:
            if n == 1 { return .one }
            if (2...4).contains(mod10), !(12...14).contains(mod100) { return .few }
            return .many
        case .eastSlavic:
            if mod10 == 1, mod100 != 11 { return .one }
            if (2...4).contains(mod10), !(12...14).contains(mod100) { return .few }
            return .many
        }
    }
}

/// The CLDR plural categories a plural table may hold.
enum PluralCategory: String, CaseIterable, Sendable {
    case zero, one, two, few, many, other
}
