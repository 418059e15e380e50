/// The one CSV writer (RFC 4180): CRLF line ends, a cell is quoted when it holds `,`, `"`, CR
/// or LF, inner quotes doubled. UTF-8 without a byte-order mark. Text cells that a spreadsheet
/// would read as a formula (starting with `=`, `+`, `-`, `@` or their full-width forms, also
/// after leading white space, or with tab or CR) get a `'` in front;
/// numeric cells are left alone so `-0.125` stays a number.
///
/// ```swift
/// var csv = CSVWriter(header: ["name", "score"])
/// csv.row([.text("=SUM(A1)"), .number("-0.125")])   // "'=SUM(A1)",-0.125
/// ```
struct CSVWriter {
    enum Cell: Equatable {
        case text(String)
        /// Text we formatted from a number (`formatFixed`), written as is.
        case number(String)
        /// A calendar day: ISO `2025-09-30` in a CSV, a date cell in a spreadsheet.
        case date(CivilDate)
        case empty
    }

    private(set) var output = ""

    init(header: [String]) {
        append(header.map { Self.quoted($0) })
    }

    mutating func row(_ cells: [Cell]) {
        append(cells.map { cell in
            switch cell {
            case .text(let text): Self.quoted(Self.formulaGuarded(text))
            case .number(let text): text
            case .date(let day): day.iso8601
            case .empty: ""
            }
        })
    }

    /// A whole table, header first.
    static func render(_ table: FigureTable) -> String {
        var csv = CSVWriter(header: table.header)
        for row in table.rows { csv.row(row) }
        return csv.output
    }

    private mutating func append(_ cells: [String]) {
        output += cells.joined(separator: ",") + "\r\n"
    }

    /// Spreadsheets skip leading white space before a formula and read the full-width
    /// `＝＋－＠` (as typed with a Japanese or Chinese input method) as their ASCII twins.
    static func formulaGuarded(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first == "\t" || first == "\r" { return "'" + text }
        let trigger = text.unicodeScalars.first { !$0.properties.isWhitespace }
        guard let trigger, formulaTriggers.contains(trigger) else { return text }
        return "'" + text
    }

    private static let formulaTriggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    static func quoted(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

extension CSVWriter.Cell {
    /// A figure: its number at `places`, or an empty cell (suppressed or no data).
    static func figure(_ value: FigureValue, places: Int) -> CSVWriter.Cell {
        value.number.map { .number(formatFixed($0, places: places)) } ?? .empty
    }
}
