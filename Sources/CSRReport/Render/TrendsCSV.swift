/// trends.csv (spec 7 and 11): one row per (period, dimension), periods oldest first.
enum TrendsCSV {
    static let header = ["period", "period_start", "period_end", "dimension", "scores", "participants", "mean_score", "mean_confidence", "change", "suppressed"]

    static func render(_ report: TenantReport) -> String {
        var csv = CSVWriter(header: header)
        let rows = report.trends.sorted { ($0.period, $0.dimension) < ($1.period, $1.dimension) }
        for point in rows {
            let figures: [(String, FigureValue, Int)] = [
                ("scores", point.scores, 0), ("participants", point.participants, 0),
                ("mean_score", point.mean, 3), ("mean_confidence", point.meanConfidence, 3), ("change", point.change, 3),
            ]
            var cells: [CSVWriter.Cell] = [.text(point.period.label), .text(point.period.start.iso8601), .text(point.period.lastDayISO), .text(point.dimension.rawValue)]
            cells += figures.map { .figure($0.1, places: $0.2) }
            cells.append(.text(figures.filter { $0.1 == .suppressed }.map(\.0).joined(separator: ";")))
            csv.row(cells)
        }
        return csv.output
    }
}
