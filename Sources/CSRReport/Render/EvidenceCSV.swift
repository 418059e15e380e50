/// evidence.csv (spec 8 and 11): one row per quoted excerpt, already redacted, in report order.
/// Locale-neutral like every CSV: machine names only, so no attribution wording (a reader's
/// report words it from `source_type` in the reader's language).
enum EvidenceCSV {
    static let header = ["dimension", "text", "score", "confidence", "source_type"]

    static func render(_ report: TenantReport) -> String { CSVWriter.render(table(report)) }

    static func table(_ report: TenantReport) -> FigureTable {
        var table = FigureTable(name: "evidence", header: header)
        for excerpt in report.evidence.excerpts {
            table.rows.append([
                .text(excerpt.dimension.rawValue),
                .text(excerpt.text),
                .number(formatFixed(excerpt.score, places: 3)),
                excerpt.confidence.map { .number(formatFixed($0, places: 3)) } ?? .empty,
                .text(excerpt.sourceType.rawValue),
            ])
        }
        return table
    }
}
