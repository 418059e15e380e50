/// The rows of the account manager's review sheet (`ReviewSheet`): one per quoted excerpt with
/// the snippet id it came from, from the operator's side of the figures (`TenantAudit`).
///
/// ```swift
/// let csv = ReviewSheetCSV.render(tenant.audit.quotes)
/// ```
enum ReviewSheetCSV {
    static let header = ["snippet_id", "dimension", "redacted_text", "kinds_redacted", "placeholders", "relevance"]

    static func render(_ quotes: [QuotedSnippet]) -> String {
        var csv = CSVWriter(header: header)
        for quote in quotes {
            let excerpt = quote.excerpt
            let kinds = excerpt.redactedKinds.sorted { $0.key.precedence < $1.key.precedence }
            csv.row([
                .text(quote.snippetID),
                .text(excerpt.dimension.rawValue),
                .text(excerpt.text),
                .text(kinds.map { "\($0.key.rawValue):\($0.value)" }.joined(separator: " ")),
                .number("\(kinds.reduce(0) { $0 + $1.value })"),
                .number(formatFixed(excerpt.relevance, places: 3)),
            ])
        }
        return csv.output
    }
}
