/// The "Valuation and sources" list in the report's language: each source under a human name
/// from the catalog's `[valuation_key]`, and the built-in value set's source texts in the
/// catalog's `[valuation_source]` translation. A text a `--valuation` file supplies or changes
/// is shown as written (its language is not known), and a key the catalog cannot name (one a
/// user's file invents) as given.
///
/// ```swift
/// ValuationSourceGroup.label("outcomes.well_being", german)   // "Wert der Wirkung: Wohlbefinden"
/// ValuationSourceGroup.text("price_year", shown: v.sources["price_year"]!, german)
/// ```
enum ValuationSourceGroup {
    /// The optional group of strings.toml holding the translations of the built-in texts.
    static let name = "valuation_source"

    /// The language of data/valuation.json's source texts: a catalog of it needs no translation.
    static let builtInLanguage = "en"

    static func label(_ key: String, _ catalog: Catalog) -> String {
        if CatalogKey.valuationKeyNames.contains(key) { return catalog.text(.valuationKey(key)) }
        if key.hasPrefix("outcomes."), let dimension = OutcomeDimension(rawValue: String(key.dropFirst("outcomes.".count))) {
            return catalog.text(.valuationKeyOutcome, ["dimension": catalog.text(.dimension(dimension))])
        }
        return key
    }

    /// The source text to show: the catalog's translation only when `shown` is exactly the
    /// built-in text (a translation of anything else would misstate it).
    static func text(_ key: String, shown: String, _ catalog: Catalog) -> String {
        guard shown == Valuation.builtIn.sources[key] else { return shown }
        return catalog.valuationSources[key] ?? shown
    }

    /// The built-in source keys `catalog` does not translate (empty for a catalog in the
    /// built-in texts' own language).
    static func untranslated(in catalog: Catalog) -> [String] {
        guard catalog.facts.lang != builtInLanguage else { return [] }
        return Valuation.builtIn.sources.keys.sorted().filter { catalog.valuationSources[$0] == nil }
    }
}
