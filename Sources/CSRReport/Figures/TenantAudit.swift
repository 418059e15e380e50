/// What only the operator needs about one tenant's report, kept apart from the `TenantReport`
/// the renderer reads: the company's snapshot id (folders, shards, `--company`), the current
/// period's values before suppression (the reconciliation of spec 12 and the period warnings)
/// and the snippet id of every quoted excerpt (the review sheet, `--exclude-evidence`).
///
/// ```swift
/// let tenant = figures.tenants(for: period)[0]
/// tenant.audit.rawValues[.sessionsCount]   // .value(412), even where the report says "fewer than k"
/// ```
/// The pipeline hands it to the bundle stage and the build summary, never to the renderer.
public struct TenantAudit: Sendable {
    public let companyID: UUIDKey
    /// The current period's unrounded values before suppression.
    public let rawValues: [MetricName: FigureValue]
    /// The report's excerpts with their sources, in the report's order.
    public let quotes: [QuotedSnippet]
}

/// A quoted excerpt and the `evidence_snippets.id` it came from: a line of the review sheet.
public struct QuotedSnippet: Sendable, Equatable {
    public let snippetID: String
    public let excerpt: EvidenceExcerpt
}

/// One tenant's figures, split by audience: `report` for the client (the renderer), `audit`
/// for the operator.
public struct TenantFigures: Sendable {
    public let report: TenantReport
    public let audit: TenantAudit
}
