/// A template that cannot be used, or a rendered document that breaks a rule, named by file
/// and line so the account manager who edited it can find the place.
///
/// ```swift
/// catch let error as TemplateError { print("error: \(error)") }
/// // error: templates/report.md.mustache:12:3: {{{...}}} is not allowed: ...
/// ```
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The template's path (`--templates DIR` joined with the file name) or `built-in templates/NAME`.
    public let file: String
    /// 1-based; 0 when the problem is not tied to one line.
    public let line: Int
    public let column: Int
    public let message: String

    public init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String {
        if line == 0 { return "\(file): \(message)" }
        if column == 0 { return "\(file):\(line): \(message)" }
        return "\(file):\(line):\(column): \(message)"
    }
}
