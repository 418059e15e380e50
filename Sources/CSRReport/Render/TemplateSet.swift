import Foundation
import Mustache

/// The editable parts of a report. Per language, in `templates/<locale>/`: the report and email
/// templates and `strings.toml`, the catalog of every phrase the code writes. Shared, at the top
/// of `templates/`: the HTML shell, its CSS and the operator's site index (English). Built into
/// the binary, or read from `--templates DIR` with the same layout, where any file that is
/// missing falls back to the built-in one. The languages are the folders: adding one is adding
/// a folder, no code.
///
/// ```swift
/// let templates = try TemplateSet.load(directory: "my-templates")   // errors name file and line
/// templates.languageCodes                                           // ["de", "en", "nb", "pl", "uk"]
/// let files = try ReportRenderer(templates: templates).render(report)
/// ```
///
/// Safety does not depend on the template author: every Markdown template is parsed with the
/// Markdown content type forced on (so every value is escaped), and unescaped tags, delimiter
/// changes, pragmas and partials are rejected when the template is loaded.
public struct TemplateSet: Sendable {
    /// The file names a template folder may hold.
    public enum Name: String, CaseIterable, Sendable {
        case report = "report.md.mustache"
        case email = "email.md.mustache"
        case strings = "strings.toml"
        case siteIndex = "site-index.md.mustache"
        case shell = "shell.html.mustache"
        case css = "report.css"

        var isMarkdown: Bool { self == .report || self == .email || self == .siteIndex }
        /// Files of a language folder (`templates/<locale>/`); the others are shared.
        var isPerLanguage: Bool { self == .report || self == .email || self == .strings }
        static let perLanguage = allCases.filter(\.isPerLanguage)
        static let shared = allCases.filter { !$0.isPerLanguage }
    }

    let siteIndex: LoadedTemplate
    let shell: LoadedTemplate
    /// report.css, checked to be self-contained (no `@import`, no `url(`, no `</style`).
    let css: String
    /// By folder name.
    let languages: [String: LanguageTemplates]
    /// The language of a company whose country no language claims, or that has none.
    let fallback: LanguageTemplates
    /// Upper-case ISO 3166 code -> folder name.
    let countryLanguages: [String: String]

    /// The folder names of the languages, sorted: what `--locale` accepts besides `auto`.
    public var languageCodes: [String] { languages.keys.sorted() }

    /// The templates compiled into the binary (`templates/` of the source tree).
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(languageCodes: builtInLanguageCodes) { path in
            guard let text = EmbeddedFiles.files["templates/\(path)"] else {
                throw TemplateError(file: "built-in templates/\(path)", message: "missing from this build of csr-report")
            }
            return (text, "built-in templates/\(path)")
        }
    }

    /// Reads the templates of `directory`; a file that is not there falls back to the built-in one.
    public static func load(directory: String) throws -> TemplateSet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw TemplateError(file: directory, message: "--templates must name a folder holding \(Name.shared.map(\.rawValue).joined(separator: ", ")) and language folders (en/, de/, ...) of \(Name.perLanguage.map(\.rawValue).joined(separator: ", "))")
        }
        // A report or email template at the top level is from before languages had folders:
        // refuse it rather than build with the built-in one and lose the edit silently.
        for name in Name.perLanguage where FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name.rawValue)) {
            throw TemplateError(file: (directory as NSString).appendingPathComponent(name.rawValue),
                                message: "belongs in a language folder now: move it to \((directory as NSString).appendingPathComponent("en"))/\(name.rawValue) (or the folder of its language)")
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let ownLanguages = entries.filter { entry in
            let folder = (directory as NSString).appendingPathComponent(entry)
            var isFolder: ObjCBool = false
            return !entry.hasPrefix(".") && FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue
                && Name.perLanguage.contains { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0.rawValue)) }
        }
        return try TemplateSet(languageCodes: Array(Set(builtInLanguageCodes + ownLanguages)).sorted()) { relative in
            let path = (directory as NSString).appendingPathComponent(relative)
            if FileManager.default.fileExists(atPath: path) {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw TemplateError(file: path, message: "cannot be read")
                }
                guard let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError(file: path, message: "is not UTF-8 text")
                }
                return (text, path)
            }
            guard let text = EmbeddedFiles.files["templates/\(relative)"] else {
                throw TemplateError(file: path, message: "not found, and no built-in fallback in this build")
            }
            return (text, "built-in templates/\(relative)")
        }
    }

    /// The language folders compiled in: every `templates/<locale>/strings.toml`.
    static var builtInLanguageCodes: [String] {
        EmbeddedFiles.files.keys.compactMap { key -> String? in
            let parts = key.split(separator: "/")
            return parts.count == 3 && parts[0] == "templates" && parts[2] == Name.strings.rawValue ? String(parts[1]) : nil
        }.sorted()
    }

    /// `source` gets a path relative to the templates folder (`report.css`, `de/strings.toml`).
    init(languageCodes: [String], source: (String) throws -> (text: String, file: String)) throws {
        RenderContentTypes.register()
        func template(_ name: Name, in folder: String? = nil) throws -> LoadedTemplate {
            let (text, file) = try source(folder.map { "\($0)/\(name.rawValue)" } ?? name.rawValue)
            return try LoadedTemplate(text: text, file: file, kind: name)
        }
        siteIndex = try template(.siteIndex)
        shell = try template(.shell)
        let (cssText, cssFile) = try source(Name.css.rawValue)
        try StylesheetCheck.check(cssText, file: cssFile)
        css = cssText

        var languages: [String: LanguageTemplates] = [:]
        var countries: [String: String] = [:]
        var fallback: LanguageTemplates?
        for code in languageCodes {
            let (stringsText, stringsFile) = try source("\(code)/\(Name.strings.rawValue)")
            let catalog = try Catalog.load(text: stringsText, file: stringsFile, code: code)
            let language = LanguageTemplates(catalog: catalog, report: try template(.report, in: code), email: try template(.email, in: code))
            for country in catalog.facts.countries {
                if let other = countries[country], other != code {
                    throw CatalogError(locale: code, file: stringsFile, key: "locale.countries",
                                       line: TOMLSourceLines.line(of: "locale.countries", in: stringsText),
                                       message: "country \(country) is claimed by locale \(other) too: each country may have one language")
                }
                countries[country] = code
            }
            if catalog.facts.isFallback {
                if let other = fallback {
                    throw CatalogError(locale: code, file: stringsFile, key: "locale.fallback",
                                       line: TOMLSourceLines.line(of: "locale.fallback", in: stringsText),
                                       message: "locale \(other.catalog.code) is the fallback already: exactly one locale has fallback = true")
                }
                fallback = language
            }
            languages[code] = language
        }
        guard let fallback else {
            throw TemplateError(file: "templates", message: "no locale has fallback = true in its [locale] table: exactly one must, for companies of any other country")
        }
        self.languages = languages
        self.fallback = fallback
        self.countryLanguages = countries
    }

    /// The language of a company's report: `--locale CODE` for every company, or (auto) the
    /// language that claims its country, trimmed and in any letter case; else the fallback.
    func language(forCountry country: String?, choice: LocaleChoice) -> LanguageTemplates {
        if case .fixed(let code) = choice, let language = languages[code] { return language }
        let key = (country ?? "").trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        return countryLanguages[key].flatMap { languages[$0] } ?? fallback
    }

    /// The language the operator's site index and messages are in: English, whatever the clients read.
    var operatorLanguage: LanguageTemplates { languages["en"] ?? fallback }

    /// Checks a `--locale` value against the languages of this set.
    public func check(_ choice: LocaleChoice) throws(UnknownLocaleError) {
        if case .fixed(let code) = choice, languages[code] == nil {
            throw UnknownLocaleError(code: code, available: languageCodes)
        }
    }
}

/// One language's templates and catalog.
struct LanguageTemplates: Sendable {
    let catalog: Catalog
    let report: LoadedTemplate
    let email: LoadedTemplate
}

/// `--locale`: one language for every company, or each company's own (`auto`, the default).
public enum LocaleChoice: Sendable, Equatable {
    case auto
    case fixed(String)

    public init(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        self = trimmed.lowercased() == "auto" ? .auto : .fixed(trimmed)
    }
}

/// One parsed template with the name errors use.
struct LoadedTemplate: Sendable {
    let file: String
    let kind: TemplateSet.Name
    let template: MustacheTemplate

    /// Variables the shell may insert unescaped: HTML that our own code produced.
    static let trustedShellVariables: Set<String> = ["css", "body"]

    init(text: String, file: String, kind: TemplateSet.Name) throws {
        self.file = file
        self.kind = kind
        try TemplateLint.check(text, file: file, markdown: kind.isMarkdown)
        if kind.isMarkdown { try ComponentFence.checkTemplate(text, file: file, allowed: ReportComponent.allowedNames(in: kind)) }
        // The pragma goes on the template's first line, without a newline of its own, so that
        // the parser's line numbers are the file's.
        let pragma = "{{% CONTENT_TYPE: \(kind.isMarkdown ? RenderContentTypes.markdown : RenderContentTypes.html) }}"
        do {
            template = try MustacheTemplate(string: pragma + text)
        } catch let error as MustacheTemplate.ParserError {
            let line = error.context.lineNumber
            let column = line == 1 ? max(1, error.context.columnNumber - pragma.count) : error.context.columnNumber
            throw TemplateError(file: file, line: line, column: column, message: TemplateLint.describe(error.error))
        }
    }

    func render(_ context: [String: Any]) -> String { template.render(context) }
}

/// The rules a template must follow beyond Mustache syntax, checked on the source text. With
/// the default delimiters (changing them is refused) every `{{` opens a tag, so a plain scan
/// finds every tag exactly.
enum TemplateLint {
    static func check(_ text: String, file: String, markdown: Bool) throws {
        let bytes = Array(text.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 10 {
                line += 1
                lineStart = i + 1
            } else if bytes[i] == 123, i + 1 < bytes.count, bytes[i + 1] == 123 {
                let column = String(decoding: bytes[lineStart..<i], as: UTF8.self).count + 1
                let sigil = i + 2 < bytes.count ? bytes[i + 2] : 0
                func fail(_ message: String) -> TemplateError {
                    TemplateError(file: file, line: line, column: column, message: message)
                }
                switch sigil {
                case UInt8(ascii: "{"), UInt8(ascii: "&"):
                    let name = tagName(bytes, from: i + 3)
                    if markdown || !LoadedTemplate.trustedShellVariables.contains(name) {
                        throw fail(markdown
                            ? "unescaped tag {{\(sigil == 123 ? "{" : "&")\(name)...}} is not allowed in a Markdown template: every value is escaped so that data cannot create Markdown, HTML or links; use {{\(name)}}"
                            : "unescaped tag for \"\(name)\" is not allowed: only \(LoadedTemplate.trustedShellVariables.sorted().joined(separator: " and ")) may be inserted unescaped")
                    }
                case UInt8(ascii: "="):
                    throw fail("changing the tag delimiters ({{=...=}}) is not supported")
                case UInt8(ascii: "%"):
                    throw fail("pragmas ({{%...}}) are not allowed: csr-report sets the content type itself")
                case UInt8(ascii: ">"), UInt8(ascii: "<"), UInt8(ascii: "$"):
                    throw fail("partials and template inheritance ({{>...}}, {{<...}}, {{$...}}) are not supported: each template is one file")
                default:
                    break
                }
                i += 2
                continue
            }
            i += 1
        }
    }

    private static func tagName(_ bytes: [UInt8], from start: Int) -> String {
        var end = start
        while end < bytes.count, bytes[end] != 125, bytes[end] != 10, end - start < 60 { end += 1 }
        return String(decoding: bytes[min(start, bytes.count)..<end], as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    static func describe(_ error: any Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "this {{/...}} does not close the section that is open here"
        case .unfinishedName: return "unfinished tag: expected a name followed by }}"
        case .expectedSectionEnd: return "a section {{#...}} or {{^...}} is never closed with {{/...}}"
        case .invalidSetDelimiter: return "invalid delimiter change"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "invalid pragma syntax"
        case .unrecognisedConfigVariable: return "unrecognised pragma"
        }
    }
}

/// report.css must keep index.html self-contained.
enum StylesheetCheck {
    static func check(_ css: String, file: String) throws {
        for (index, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lower = line.lowercased()
            for banned in ["@import", "url(", "</style", "expression(", "@font-face"] where lower.contains(banned) {
                throw TemplateError(file: file, line: index + 1, message: "\"\(banned)\" is not allowed: the report must be one self-contained file with no external or embedded resources (use the system font stack)")
            }
        }
    }
}
