/// trends.csv (spec 7 and 11): one row per (period, dimension), periods oldest first.
enum TrendsCSV {
    static let header = ["period", "period_start", "period_end", "dimension", "scores", "participants", "mean_score", "mean_confidence", "change", "suppressed"]

    static func render(_ report: TenantReport) -> String { CSVWriter.render(table(report)) }

    static func table(_ report: TenantReport) -> FigureTable {
        var table = FigureTable(name: "trends", header: header)
        let rows = report.trends.sorted { ($0.period, $0.dimension) < ($1.period, $1.dimension) }
        for point in rows {
            let figures: [(String, FigureValue, Int)] = [
                ("scores", point.scores, 0), ("participants", point.participants, 0),
                ("mean_score", point.mean, 3), ("mean_confidence", point.meanConfidence, 3), ("change", point.change, 3),
            ]
            var cells: [CSVWriter.Cell] = [.text(point.period.label), .date(point.period.start), .date(point.period.lastDay), .text(point.dimension.rawValue)]
            cells += figures.map { .figure($0.1, places: $0.2) }
            cells.append(.text(figures.filter { $0.1 == .suppressed }.map(\.0).joined(separator: ";")))
            table.rows.append(cells)
        }
        return table
    }
}
