/// A catalog (strings.toml) that cannot be used, or a locale that does not exist: one line
/// naming the locale, the file, the key and, where known, the line.
///
/// ```
/// error: my-templates/de/strings.toml:41: locale de, key metric.sessions_count: missing (every locale needs every key of templates/en/strings.toml)
/// ```
public struct CatalogError: Error, Sendable, Equatable, CustomStringConvertible {
    public let locale: String
    public let file: String
    public let key: String?
    public let line: Int?
    public let message: String

    init(locale: String, file: String, key: String? = nil, line: Int? = nil, message: String) {
        self.locale = locale
        self.file = file
        self.key = key
        self.line = line
        self.message = message
    }

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): locale \(locale)\(key.map { ", key \($0)" } ?? ""): \(message)"
    }
}

/// `--locale` names a language no templates folder provides.
public struct UnknownLocaleError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: String
    public let available: [String]
    public var description: String {
        "unknown locale \"\(code)\" for --locale: available are \(available.joined(separator: ", ")), or auto (each company's language from its country)"
    }
}
