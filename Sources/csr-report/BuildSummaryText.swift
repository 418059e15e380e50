import CSRReport

/// The few lines `build` prints at the end (standard error): what was written, what to look at.
enum BuildSummaryText {
    static func render(_ summary: BuildSummary, out: String) -> String {
        var lines = ["built \(summary.tenants) tenant bundle\(summary.tenants == 1 ? "" : "s") for \(summary.period.label) in \(out)/: "
            + "\(summary.files) files, \(formatBytes(summary.bytes))"]
        lines += summary.periodWarnings.map { "warning: \($0)" }
        if !summary.removedTenants.isEmpty {
            lines.append("removed \(summary.removedTenants.count) tenant bundle\(summary.removedTenants.count == 1 ? "" : "s") "
                + "no longer in the snapshot: \(summary.removedTenants.joined(separator: ", "))")
        }
        if let leftover = summary.leftover {
            lines.append("warning: the replaced site could not be removed from \(leftover); the next build removes it")
        }
        if !summary.oldLeftovers.isEmpty {
            lines.append("warning: kept in \(out)/ because no manifest lists them, though they look like leftovers of an older "
                + "csr-report: \(summary.oldLeftovers.joined(separator: ", ")) (remove them if they are not yours)")
        }
        lines.append("suppressed figures (fewer than k contributors): \(summary.suppressedFigures)")
        let problems = summary.findings
        if problems.isEmpty {
            lines.append("warnings: 0")
        } else {
            lines.append("warnings: \(summary.warnings) snapshot rows left out or doubtful (run `csr-report validate` for ids)")
            for finding in problems {
                lines.append("  \(finding.severity.rawValue) \(finding.table).\(finding.column): \(finding.problem) (\(finding.count))")
            }
        }
        if summary.reconciliation.isEmpty {
            lines.append("reconciliation: no differences with metrics_company_period")
        } else {
            lines.append("reconciliation: \(summary.reconciliation.count) figures differ from metrics_company_period:")
            lines += summary.reconciliation.map { "  \($0.description)" }
        }
        return lines.map(terminalSafe).joined(separator: "\n") + "\n"
    }

    /// Company names come from the snapshot: control characters (an ANSI escape could rewrite
    /// the operator's terminal) are shown escaped.
    static func terminalSafe(_ line: String) -> String { MessageText.escaped(line) }

    private static func formatBytes(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(formatFixed(Double(bytes) / 1_048_576, places: 1)) MiB"
            : bytes >= 1024 ? "\(formatFixed(Double(bytes) / 1024, places: 1)) KiB" : "\(bytes) bytes"
    }
}
