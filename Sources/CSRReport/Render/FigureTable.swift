/// One table of figures as the bundle publishes it: the rows of a CSV file and the matching sheet
/// of `figures.xlsx`, so the two can never disagree. Column names are machine names (locale-neutral).
///
/// ```swift
/// let table = MetricsCSV.table(report)
/// CSVWriter.render(table)                 // metrics.csv
/// ```
struct FigureTable: Equatable {
    /// The file's base name and the sheet's name: `metrics`, `trends`, `evidence`.
    let name: String
    let header: [String]
    var rows: [[CSVWriter.Cell]] = []
}
