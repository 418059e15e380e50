import Foundation
import TOMLKit

/// The texts of one language, from its strings.toml: every phrase the code puts into a report,
/// an email or a chart, and the `[locale]` facts that format its numbers, dates and periods.
/// Loading checks the file against `CatalogKey.all`, so a catalog that loads has every text the
/// renderer can ask for.
///
/// ```swift
/// let catalog = try Catalog.load(text: toml, file: "templates/de/strings.toml", code: "de")
/// catalog.text(.metric(.sessionsCount))                        // "Sitzungen"
/// catalog.text(.valueYears, ["count": "3"], count: 3)           // plural form for 3
/// ```
struct Catalog: Sendable {
    /// The folder name, what `--locale` takes.
    let code: String
    let file: String
    let facts: LanguageFacts
    private let texts: [String: CatalogText]
    /// The optional `[valuation_source]` group: the built-in value set's source texts in this
    /// language, by source key (`hour_value`, `outcomes.well_being`). Plain text, no placeholders.
    let valuationSources: [String: String]

    init(code: String, file: String, facts: LanguageFacts, texts: [String: CatalogText], valuationSources: [String: String] = [:]) {
        self.code = code
        self.file = file
        self.facts = facts
        self.texts = texts
        self.valuationSources = valuationSources
    }

    /// The text of `key` with its placeholders filled; `count` picks the plural form.
    func text(_ key: CatalogKey, _ values: [String: String] = [:], count: Int? = nil) -> String {
        // A loaded catalog holds every key of `CatalogKey.all`; the path is the fallback only
        // for a key a developer added to the code without adding it to `all` (a test catches it).
        texts[key.path]?.render(values, count: count, pluralRule: facts.pluralRule) ?? key.path
    }

    /// The text as HTML: literal text and values escaped, `trusted` values inserted as given.
    func html(_ key: CatalogKey, _ values: [String: String] = [:], trusted: [String: String]) -> String {
        texts[key.path]?.render(values, trusted: trusted, pluralRule: facts.pluralRule, escape: htmlEscape) ?? htmlEscape(key.path)
    }

    /// Items joined as the language joins a list: "A", "A and B", "A, B and C".
    func list(_ items: [String]) -> String {
        guard var joined = items.first else { return "" }
        if items.count == 2 { return text(.listTwo, ["first": items[0], "second": items[1]]) }
        for (index, item) in items.enumerated().dropFirst() {
            joined = text(index == items.count - 1 ? .listEnd : .listMiddle, ["first": joined, "second": item])
        }
        return joined
    }

    // MARK: loading

    static func load(text: String, file: String, code: String) throws(CatalogError) -> Catalog {
        func fail(_ key: String?, _ message: String) -> CatalogError {
            CatalogError(locale: code, file: file, key: key, line: key.flatMap { TOMLSourceLines.line(of: $0, in: text) }, message: message)
        }
        let root: TOMLTable
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw CatalogError(locale: code, file: file, line: error.source.begin.line, message: "not valid TOML: \(error.description)")
        } catch {
            throw CatalogError(locale: code, file: file, message: "not valid TOML: \(error)")
        }
        guard let localeTable = root["locale"]?.table else {
            throw fail("locale", "missing: every strings.toml starts with a [locale] table of the language's facts (docs/rendering.md)")
        }
        let facts = try LanguageFactsReader(table: localeTable, fail: fail).read()

        let expected = Dictionary(uniqueKeysWithValues: CatalogKey.all.map { ($0.path, $0) })
        let groups = Set(CatalogKey.all.map { String($0.path.prefix { $0 != "." }) })
        let valuationSources = try readValuationSources(root[ValuationSourceGroup.name], fail: fail)
        var texts: [String: CatalogText] = [:]
        for name in root.keys.sorted() where name != "locale" && name != ValuationSourceGroup.name {
            guard groups.contains(name), let group = root[name]?.table else {
                throw fail(name, groups.contains(name) ? "must be a table ([\(name)])" : "unknown group: no text of the report is called \(name).* (a typo?)")
            }
            for keyName in group.keys.sorted() {
                let path = "\(name).\(keyName)"
                guard let key = expected[path] else { throw fail(path, "unknown key (a typo?): the code never asks for it") }
                let value = group[keyName]
                let catalogText: CatalogText
                if let string = value?.string {
                    catalogText = CatalogText(parts: CatalogText.parse(string))
                } else if let forms = value?.table {
                    guard key.isPlural else { throw fail(path, "must be one text: this key has no plural forms") }
                    catalogText = try pluralText(forms, path: path, fail: fail)
                } else {
                    throw fail(path, "must be a text in quotes")
                }
                if let unknown = catalogText.placeholders.subtracting(key.placeholders).sorted().first {
                    let known = key.placeholders.sorted().map { "{\($0)}" }
                    throw fail(path, "{\(unknown)} is not filled in by the code for this key (it provides \(known.isEmpty ? "no placeholders" : known.joined(separator: ", ")))")
                }
                texts[path] = catalogText
            }
        }
        if let missing = CatalogKey.all.first(where: { texts[$0.path] == nil }) {
            let group = String(missing.path.prefix { $0 != "." })
            let line = TOMLSourceLines.line(of: group, in: text)
            throw CatalogError(locale: code, file: file, key: missing.path, line: line,
                               message: "missing (every locale needs every key of the built-in templates/en/strings.toml)")
        }
        return Catalog(code: code, file: file, facts: facts, texts: texts, valuationSources: valuationSources)
    }

    /// Reads `[valuation_source]`: a dotted key (`outcomes.well_being = "..."`) or a quoted one
    /// (`"outcomes.well_being" = "..."`) names a source of the built-in value set.
    private static func readValuationSources(_ value: TOMLValueConvertible?, fail: (String?, String) -> CatalogError) throws(CatalogError) -> [String: String] {
        guard let value else { return [:] }
        guard let table = value.table else { throw fail(ValuationSourceGroup.name, "must be a table ([\(ValuationSourceGroup.name)])") }
        var sources: [String: String] = [:]
        var pending: [(prefix: String, table: TOMLTable)] = [("", table)]
        while let (prefix, table) = pending.popLast() {
            for name in table.keys.sorted() {
                let key = prefix + name
                let path = "\(ValuationSourceGroup.name).\(key)"
                if let nested = table[name]?.table {
                    pending.append((key + ".", nested))
                    continue
                }
                guard Valuation.builtIn.sources[key] != nil else {
                    throw fail(path, "the built-in value set (data/valuation.json) has no source \"\(key)\" (a typo?)")
                }
                guard let text = table[name]?.string, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw fail(path, "must be a text in quotes (the translation of the built-in source text)")
                }
                sources[key] = text
            }
        }
        return sources
    }

    private static func pluralText(_ forms: TOMLTable, path: String, fail: (String?, String) -> CatalogError) throws(CatalogError) -> CatalogText {
        var parts: [PluralCategory: [CatalogText.Part]] = [:]
        for name in forms.keys {
            guard let category = PluralCategory(rawValue: name) else {
                throw fail(path, "\(name) is not a plural form: use \(PluralCategory.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let string = forms[name]?.string else { throw fail(path, "the \(name) form must be a text in quotes") }
            parts[category] = CatalogText.parse(string)
        }
        guard let other = parts.removeValue(forKey: .other) else {
            throw fail(path, "a plural table needs an `other` form (the form every count without a form of its own takes)")
        }
        return CatalogText(parts: other, pluralForms: parts)
    }
}
