/// A small SpreadsheetML (ECMA-376 transitional, the `.xlsx` format) writer: the XML parts of a
/// workbook of plain tables, one sheet per `FigureTable`. Only what the figures need: inline
/// strings, numbers, dates as day serials with an ISO date format, a bold header row frozen at the
/// top. No formulas, no shared strings, no document properties (they would carry a clock).
/// Why our own writer and not a library: docs/rendering.md, "figures.xlsx".
///
/// ```swift
/// let parts = SpreadsheetML.parts(sheets: [MetricsCSV.table(report)])   // [(path, bytes)]
/// ```
enum SpreadsheetML {
    /// The package parts, in a fixed order; the zip sorts them again by path.
    static func parts(sheets: [FigureTable]) -> [(path: String, bytes: [UInt8])] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes(sheetCount: sheets.count)),
            ("_rels/.rels", rootRelationships),
            ("xl/workbook.xml", workbook(names: sheets.map(\.name))),
            ("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count)),
            ("xl/styles.xml", styles),
        ]
        for (i, sheet) in sheets.enumerated() { parts.append(("xl/worksheets/sheet\(i + 1).xml", worksheet(sheet))) }
        return parts.map { ($0.0, Array($0.1.utf8)) }
    }

    // MARK: Cells

    /// Indexes into `cellXfs` of `styles`.
    enum Style: Int {
        case general = 0, header, date, places0, places1, places2, places3
    }

    /// Days since 1899-12-30: the 1900 date system's serial for every date after 1900-02-28.
    static func serial(_ day: CivilDate) -> Int { day.daysSinceEpoch + 25_569 }

    /// "A", "Z", "AA": the column letters of a zero-based index.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var n = index + 1
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }

    static func cell(_ value: CSVWriter.Cell, at reference: String) -> String? {
        switch value {
        case .empty:
            // A suppressed or missing figure is no cell at all, not a zero and not an empty string.
            return nil
        case .text(let text):
            return inlineString(text, at: reference, style: .general)
        case .date(let day):
            return "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(serial(day))</v></c>"
        case .number(let text):
            // formatFixed writes an xsd:double already; a non-finite value ("inf") has no number
            // cell, so it stays text as in the CSV.
            guard let number = Double(text), number.isFinite else { return inlineString(text, at: reference, style: .general) }
            return "<c r=\"\(reference)\" s=\"\(numberStyle(text).rawValue)\"><v>\(text)</v></c>"
        }
    }

    /// The CSV's decimals as the cell's number format, so 0.500 still shows three places.
    static func numberStyle(_ text: String) -> Style {
        guard !text.contains("e"), !text.contains("E") else { return .general }
        let places = text.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return Style(rawValue: Style.places0.rawValue + places).flatMap { $0.rawValue <= Style.places3.rawValue ? $0 : nil } ?? .general
    }

    /// A string cell: the type says text, so a leading `=` is never a formula and needs no `'`.
    static func inlineString(_ text: String, at reference: String, style: Style) -> String {
        let styleAttribute = style == .general ? "" : " s=\"\(style.rawValue)\""
        return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escapedText(text))</t></is></c>"
    }

    /// XML text escaping plus the format's own: characters XML 1.0 cannot hold (control
    /// characters, U+FFFE, U+FFFF) and CR (XML parsers turn it into LF) as `_xHHHH_`, and a
    /// literal `_xHHHH_` in the text protected as `_x005F_xHHHH_` so a reader does not decode it.
    static func escapedText(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        out.reserveCapacity(scalars.count)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "_" where looksLikeEscape(scalars, at: i): out += "_x005F_"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "_x" + hex4(scalar.value) + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    private static func looksLikeEscape(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 6 < scalars.count, scalars[i + 1] == "x" || scalars[i + 1] == "X", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)...(i + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    // MARK: Parts

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func worksheet(_ table: FigureTable) -> String {
        let rows = [table.header.map(CSVWriter.Cell.text)] + table.rows
        let columnCount = rows.map(\.count).max() ?? 0
        var xml = declaration + "<worksheet xmlns=\"\(mainNamespace)\">"
        if columnCount > 0 { xml += "<dimension ref=\"A1:\(columnName(columnCount - 1))\(rows.count)\"/>" }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        if columnCount > 0 {
            xml += "<cols>"
            for column in 0..<columnCount {
                xml += "<col min=\"\(column + 1)\" max=\"\(column + 1)\" width=\"\(width(of: column, in: rows))\" customWidth=\"1\"/>"
            }
            xml += "</cols>"
        }
        xml += "<sheetData>\n"
        for (r, row) in rows.enumerated() {
            xml += "<row r=\"\(r + 1)\">"
            for (c, value) in row.enumerated() {
                let reference = "\(columnName(c))\(r + 1)"
                if r == 0, case .text(let name) = value {
                    xml += inlineString(name, at: reference, style: .header)
                } else if let cell = cell(value, at: reference) {
                    xml += cell
                }
            }
            // One row a line: ignorable white space between elements, and golden-file diffs by row.
            xml += "</row>\n"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// Wide enough for the longest cell, within 10 and 80 characters (long excerpts wrap off-screen).
    private static func width(of column: Int, in rows: [[CSVWriter.Cell]]) -> Int {
        let longest = rows.map { row -> Int in
            guard column < row.count else { return 0 }
            switch row[column] {
            case .text(let text), .number(let text): return text.count
            case .date: return 10
            case .empty: return 0
            }
        }.max() ?? 0
        return min(80, max(10, longest + 2))
    }

    static func contentTypes(sheetCount: Int) -> String {
        var xml = declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        xml += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        xml += "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        for i in 0..<sheetCount {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(i + 1).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }
        return xml + "</Types>"
    }

    static let rootRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipType)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    /// Sheet names are our fixed machine names (`metrics`, ...), so they need no escaping.
    static func workbook(names: [String]) -> String {
        var xml = declaration + "<workbook xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipType)\"><sheets>"
        for (i, name) in names.enumerated() {
            xml += "<sheet name=\"\(escapedText(name))\" sheetId=\"\(i + 1)\" r:id=\"rId\(i + 1)\"/>"
        }
        return xml + "</sheets></workbook>"
    }

    static func workbookRelationships(sheetCount: Int) -> String {
        var xml = declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for i in 0..<sheetCount {
            xml += "<Relationship Id=\"rId\(i + 1)\" Type=\"\(relationshipType)/worksheet\" Target=\"worksheets/sheet\(i + 1).xml\"/>"
        }
        xml += "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(relationshipType)/styles\" Target=\"styles.xml\"/>"
        return xml + "</Relationships>"
    }

    /// cellXfs in `Style` order. Built-in formats 1 (`0`) and 2 (`0.00`); 164-166 our own. A
    /// spreadsheet shows every number with the reader's decimal separator; the stored value is exact.
    static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/><numFmt numFmtId=\"165\" formatCode=\"0.0\"/><numFmt numFmtId=\"166\" formatCode=\"0.000\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"7\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
}
