/// One text of a catalog, parsed when the catalog is loaded: literal runs and `{placeholders}`,
/// or a table of plural forms, each parsed the same way.
///
/// ```swift
/// let text = try CatalogText.parse("▲ up {amount} ({percent})")
/// text.render(["amount": "12", "percent": "+8.1%"], pluralRule: .oneOther)   // "▲ up 12 (+8.1%)"
/// ```
struct CatalogText: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        case literal(String)
        case placeholder(String)
    }

    /// The single form, or the `other` form of a plural table.
    let parts: [Part]
    /// The plural forms besides `other`; empty for a plain text.
    let pluralForms: [PluralCategory: [Part]]

    init(parts: [Part], pluralForms: [PluralCategory: [Part]] = [:]) {
        self.parts = parts
        self.pluralForms = pluralForms
    }

    /// Every placeholder any form uses.
    var placeholders: Set<String> {
        var names: Set<String> = []
        for form in [parts] + Array(pluralForms.values) {
            for case .placeholder(let name) in form { names.insert(name) }
        }
        return names
    }

    /// Whether the text ends in a literal full stop (an abbreviation such as "r." or "р.").
    var endsWithFullStop: Bool {
        if case .literal(let text)? = parts.last { return text.hasSuffix(".") }
        return false
    }

    /// Splits a text at `{name}` placeholders (a name of letters, digits and `_`); a brace that
    /// does not open such a name is text.
    static func parse(_ text: String) -> [Part] {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[rest.startIndex..<open]
            let afterOpen = rest.index(after: open)
            let name = rest[afterOpen...].prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            let close = name.endIndex
            if !name.isEmpty, close < rest.endIndex, rest[close] == "}" {
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(.placeholder(String(name)))
                rest = rest[rest.index(after: close)...]
            } else {
                literal += "{"
                rest = rest[afterOpen...]
            }
        }
        literal += rest
        if !literal.isEmpty { parts.append(.literal(literal)) }
        return parts
    }

    /// The form for `count` (or the only form), with each placeholder replaced by its value.
    func render(_ values: [String: String], count: Int? = nil, pluralRule: PluralRule) -> String {
        render(values, count: count, pluralRule: pluralRule) { $0 }
    }

    /// The same, with the literal text passed through `escape` and the placeholders of
    /// `trusted` inserted as they are (HTML our own code built, such as a `<span>`).
    func render(_ values: [String: String], trusted: [String: String] = [:], count: Int? = nil,
                pluralRule: PluralRule, escape: (String) -> String) -> String {
        let form = count.flatMap { pluralForms[pluralRule.category($0)] } ?? parts
        return form.map { part in
            switch part {
            case .literal(let text): escape(text)
            case .placeholder(let name): trusted[name] ?? escape(values[name] ?? "")
            }
        }.joined()
    }
}
