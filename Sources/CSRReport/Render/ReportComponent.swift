/// A piece of a report that Markdown cannot express (a chart, a data table, a bar in an email),
/// asked for by a template with a fenced code block whose info string is `csr-component`:
///
/// ````markdown
/// ```csr-component
/// trend-chart {{key}}
/// ```
/// ````
///
/// The renderer replaces the block in the cmark tree with HTML that our own code generates.
/// Data cannot forge one: every component name contains `-`, which the Markdown escaping of a
/// value always escapes, and a value cannot open a fence (its first character and every
/// backtick are neutralised).
enum ReportComponent: Equatable, Sendable {
    case kpiCards
    case kpiBars
    case metricsTable
    case sroiTable
    case sroiSensitivity
    case trendChart(OutcomeDimension)
    case trendTable(OutcomeDimension)
    case headlineFigures
    case tenantTable

    static let fenceInfo = "csr-component"

    /// Component names each template may use.
    static func allowedNames(in template: TemplateSet.Name) -> Set<String> {
        switch template {
        case .report: ["kpi-cards", "kpi-bars", "metrics-table", "sroi-table", "sroi-sensitivity", "trend-chart", "trend-table"]
        case .email: ["headline-figures", "kpi-bars", "sroi-sensitivity"]
        case .siteIndex: ["tenant-table"]
        case .shell, .css, .strings: []
        }
    }

    /// Parses a component body ("trend-chart confidence"); the argument may carry Markdown
    /// escapes when a template filled it from a value, so they are undone first.
    init(body: String, file: String, allowed: Set<String>) throws {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        guard let name = words.first else {
            throw TemplateError(file: file, message: "an empty csr-component block: name a component (\(allowed.sorted().joined(separator: ", ")))")
        }
        guard allowed.contains(name) else {
            throw TemplateError(file: file, message: "unknown component \"\(name)\" in a csr-component block (this template may use: \(allowed.sorted().joined(separator: ", ")))")
        }
        let argument = words.count > 1 ? unescapeMarkdown(words[1]) : nil
        func dimension() throws -> OutcomeDimension {
            guard let argument, let dimension = OutcomeDimension(rawValue: argument) else {
                throw TemplateError(file: file, message: "component \(name) needs a dimension (\(OutcomeDimension.allCases.map(\.rawValue).joined(separator: ", "))), got \(argument.map { "\"\($0)\"" } ?? "none")")
            }
            return dimension
        }
        guard words.count <= 2, name.hasPrefix("trend-") || words.count == 1 else {
            throw TemplateError(file: file, message: "component \(name) takes no argument")
        }
        switch name {
        case "kpi-cards": self = .kpiCards
        case "kpi-bars": self = .kpiBars
        case "metrics-table": self = .metricsTable
        case "sroi-table": self = .sroiTable
        case "sroi-sensitivity": self = .sroiSensitivity
        case "trend-chart": self = .trendChart(try dimension())
        case "trend-table": self = .trendTable(try dimension())
        case "headline-figures": self = .headlineFigures
        default: self = .tenantTable
        }
    }
}

/// Undoes CommonMark backslash escapes (for component arguments only).
func unescapeMarkdown(_ s: String) -> String {
    var out = ""
    var escaping = false
    for c in s {
        if !escaping, c == "\\" { escaping = true; continue }
        escaping = false
        out.append(c)
    }
    return out
}

/// Load-time check of the csr-component blocks of a template's source, so that an unknown
/// component is reported with its line before anything is rendered.
enum ComponentFence {
    static func checkTemplate(_ text: String, file: String, allowed: Set<String>) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if let fence = fenceOpening(trimmed), trimmed.dropFirst(fence.count).trimmingCharacters(in: .whitespaces).hasPrefix(ReportComponent.fenceInfo) {
                let bodyLine = index + 1
                let body = bodyLine < lines.count ? lines[bodyLine].trimmingCharacters(in: .whitespaces) : ""
                let name = body.split(separator: " ").first.map(String.init) ?? ""
                if name.contains("{{") {
                    throw TemplateError(file: file, line: bodyLine + 1, message: "a component name must be written out, not filled from a value (only its argument may be a {{tag}})")
                }
                if !allowed.contains(name) {
                    throw TemplateError(file: file, line: bodyLine + 1, message: name.isEmpty
                        ? "an empty csr-component block: name a component (\(allowed.sorted().joined(separator: ", ")))"
                        : "unknown component \"\(name)\" (this template may use: \(allowed.sorted().joined(separator: ", ")))")
                }
                index = bodyLine
            }
            index += 1
        }
    }

    private static func fenceOpening(_ line: String) -> String? {
        for mark in ["```", "~~~"] where line.hasPrefix(mark) {
            return String(line.prefix(while: { String($0) == String(mark.first!) }))
        }
        return nil
    }
}
