/// metrics.csv (spec 11): one row per period shown, current, previous, same period last year.
enum MetricsCSV {
    static let extraColumns = ["language_level_cefr", "vis_band", "sroi_low", "sroi_high", "currency", "hour_value"]
    static var header: [String] {
        ["company_id", "company_name", "period", "period_start", "period_end"] + MetricName.allCases.map(\.rawValue) + ["suppressed"] + extraColumns
    }

    static func render(_ report: TenantReport) -> String { CSVWriter.render(table(report)) }

    static func table(_ report: TenantReport) -> FigureTable {
        var table = FigureTable(name: "metrics", header: header)
        for m in report.comparedPeriods {
            var cells: [CSVWriter.Cell] = [
                .text(report.company.publishedID), .text(report.company.name),
                .text(m.period.label), .date(m.period.start), .date(m.period.lastDay),
            ]
            // Suppressed figures are empty cells named in `suppressed`, in column order;
            // "no data" is an empty cell too but not listed.
            var suppressed: [String] = []
            for metric in MetricName.allCases {
                let value = m.value(metric)
                if value == .suppressed { suppressed.append(metric.rawValue) }
                cells.append(.figure(value, places: metric.places))
            }
            cells.append(.text(suppressed.joined(separator: ";")))
            let showsLevel = m.value(.avgLanguageLevel).number != nil
            let showsVIS = m.value(.visScore).number != nil
            cells.append(showsLevel ? m.languageLevelLabel.map { .text($0) } ?? .empty : .empty)
            cells.append(showsVIS ? m.visBand.map { .text($0.rawValue) } ?? .empty : .empty)
            cells.append(.figure(m.sroi.low, places: MetricName.sroiRatio.places))
            cells.append(.figure(m.sroi.high, places: MetricName.sroiRatio.places))
            cells.append(.text(m.sroi.valuation.currency))
            cells.append(.figure(m.sroi.hourValue, places: 2))
            table.rows.append(cells)
        }
        return table
    }
}
