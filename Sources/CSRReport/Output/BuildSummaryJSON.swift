import Foundation

/// `build --summary-json FILE`: the build summary (what `build` prints on standard error) for a
/// CI job to read. It is the operator's: company names, data-quality findings and
/// reconciliation differences, so it is refused inside the site folder and never published.
///
/// ```swift
/// let json = BuildSummaryJSON.document(summary, out: "site", reviewFolder: "review")
/// try BuildSummaryJSON.write(json, to: "build-summary.json")
/// ```
/// Keys are snake_case and sorted at every level, so the same build gives the same bytes.
public enum BuildSummaryJSON {
    public static func document(_ summary: BuildSummary, out: String, reviewFolder: String?) -> JSONValue {
        let period = summary.period
        let members: [(String, JSONValue)] = [
            ("out", .string(out)),
            ("review_folder", reviewFolder.map { .string($0) } ?? .null),
            ("period", .object([("label", .string(period.label)), ("start", .string(period.start.iso8601)),
                                ("end", .string(period.lastDay.iso8601))])),
            ("tenants", .integer(summary.tenants)),
            ("folders", .array(summary.folders.sorted().map { .string($0) })),
            ("files", .integer(summary.files)),
            ("bytes", .integer(summary.bytes)),
            ("suppressed_figures", .integer(summary.suppressedFigures)),
            // An array, not an object keyed by folder: every key stays snake_case.
            ("suppressed_figures_per_tenant", .array(summary.suppressedPerTenant.sorted { $0.folder < $1.folder }.map { tenant in
                .object([("folder", .string(tenant.folder)), ("suppressed_figures", .integer(tenant.count))])
            })),
            ("warnings", .integer(summary.warnings)),
            ("data_quality_findings", .array(summary.findings.map { finding in
                .object([("severity", .string(finding.severity.rawValue)), ("table", .string(finding.table)),
                         ("column", .string(finding.column)), ("problem", .string(finding.problem)),
                         ("count", .integer(finding.count))])
            })),
            ("reconciliation_differences", .array(summary.reconciliation.map { difference in
                .object([("company", .string(difference.company)), ("period", .string(difference.period)),
                         ("figure", .string(difference.figure)), ("platform_value", .number(difference.platformValue, places: 3)),
                         ("recomputed", .figure(difference.recomputed, places: 3)),
                         ("recomputed_status", .string(status(difference.recomputed)))])
            })),
            ("period_warnings", .array(summary.periodWarnings.map { .string($0) })),
            ("removed_tenants", .array(summary.removedTenants.map { .string($0) })),
            ("leftover", summary.leftover.map { .string($0) } ?? .null),
            ("old_leftovers", .array(summary.oldLeftovers.map { .string($0) })),
        ]
        return JSONValue.object(members).withSortedKeys()
    }

    private static func status(_ value: FigureValue) -> String {
        switch value {
        case .value: "value"
        case .suppressed: "suppressed"
        case .noData: "no_data"
        }
    }

    /// Nil when a summary may be written to `path` for a site built into `out`; otherwise why
    /// not (inside `--out` it would be published, and the next build would treat it as yours).
    /// Checked before the build, so that a wrong path costs no build.
    public static func problem(path: String, out: String) -> String? {
        let p = ReviewSheet.standardised(path), o = ReviewSheet.standardised(out)
        if p == o || p.hasPrefix(o == "/" ? "/" : o + "/") {
            return "--summary-json \(path) is inside --out \(out): the build summary is for the operator and must stay outside the published site"
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: p, isDirectory: &isFolder), isFolder.boolValue {
            return "--summary-json \(path) is a folder: give a file name, e.g. \(path)/build-summary.json"
        }
        let parent = (p as NSString).deletingLastPathComponent
        if !FileManager.default.fileExists(atPath: parent, isDirectory: &isFolder) || !isFolder.boolValue {
            return "--summary-json \(path): the folder \(parent) does not exist"
        }
        return nil
    }

    /// Writes the document under a temporary name beside `path`, then renames it into place, so
    /// `path` holds the previous summary or the whole new one, never a part.
    public static func write(_ document: JSONValue, to path: String) throws(BundleError) {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())").path
        unlink(temporary)
        do {
            try Data((document.serialized(indent: 2) + "\n").utf8).write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw .cannotWrite(path, (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .cannotWrite(path, reason)
        }
    }
}

extension JSONValue {
    /// The same value with every object's keys sorted (for documents whose keys a
    /// script looks up, where a stable order matters more than a reading order).
    public func withSortedKeys() -> JSONValue {
        switch self {
        case .array(let items): .array(items.map { $0.withSortedKeys() })
        case .object(let members): .object(members.map { ($0.0, $0.1.withSortedKeys()) }.sorted { $0.0 < $1.0 })
        default: self
        }
    }
}
