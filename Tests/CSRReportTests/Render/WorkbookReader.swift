import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads figures.xlsx back the way a spreadsheet would: unzips the package and parses the parts,
/// independently of the writer's code.
struct WorkbookReader {
    struct Cell: Equatable {
        /// The `t` attribute: nil for a number (the default), "inlineStr", "s", "str", ...
        var type: String?
        var style: Int
        /// `<v>` of a number, or the text of an inline string.
        var value: String
        var hasFormula: Bool
    }

    let parts: [String: Data]
    let entryDates: [Date]
    /// Sheet names in workbook order.
    let sheetNames: [String]

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        var parts: [String: Data] = [:]
        var dates: [Date] = []
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            parts[entry.path] = data
            if let date = entry.fileAttributes[.modificationDate] as? Date { dates.append(date) }
        }
        self.parts = parts
        self.entryDates = dates
        let workbook = try ElementCollector.parse(parts["xl/workbook.xml"] ?? Data())
        sheetNames = workbook.elements.filter { $0.name == "sheet" }.compactMap { $0.attributes["name"] }
    }

    /// Cells by reference ("A1"), of the sheet at `index` (0-based, workbook order).
    func cells(sheet index: Int) throws -> [String: Cell] {
        let xml = try ElementCollector.parse(parts["xl/worksheets/sheet\(index + 1).xml"] ?? Data())
        return xml.cells
    }

    /// The number format code of a cell style (`cellXfs` index), built-in ids as "builtin:N".
    func formatCode(style: Int) throws -> String {
        let styles = try ElementCollector.parse(parts["xl/styles.xml"] ?? Data())
        let xfs = styles.cellXfs
        guard style < xfs.count, let id = Int(xfs[style]) else { return "missing" }
        if id < 164 { return "builtin:\(id)" }
        return styles.elements.first { $0.name == "numFmt" && $0.attributes["numFmtId"] == String(id) }?.attributes["formatCode"] ?? "missing"
    }
}

/// A SAX pass over one part: every element with its attributes, and the cells of a worksheet.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var cells: [String: WorkbookReader.Cell] = [:]
    var cellXfs: [String] = []
    private var inCellXfs = false
    private var current: (reference: String, cell: WorkbookReader.Cell)?
    private var text: String?

    static func parse(_ data: Data) throws -> ElementCollector {
        let collector = ElementCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        return collector
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        switch name {
        case "cellXfs": inCellXfs = true
        case "xf" where inCellXfs: cellXfs.append(attributes["numFmtId"] ?? "0")
        case "c": current = (attributes["r"] ?? "?", WorkbookReader.Cell(type: attributes["t"], style: Int(attributes["s"] ?? "0") ?? -1, value: "", hasFormula: false))
        case "v", "t": text = ""
        case "f": current?.cell.hasFormula = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "cellXfs": inCellXfs = false
        case "v", "t":
            current?.cell.value += text ?? ""
            text = nil
        case "c":
            if let current { cells[current.reference] = current.cell }
            current = nil
        default: break
        }
    }
}
