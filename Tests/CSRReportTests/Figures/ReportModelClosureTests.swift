import Foundation
import Testing
@testable import CSRReport

/// Issue 10: the model the renderer reads is closed by type. Every value reachable from a
/// demo tenant's `TenantReport` is walked (Mirror): no snapshot id (`UUIDKey`, `UUID`, a text
/// that is a UUID), no snapshot row or row index, no data-quality finding with its example
/// ids, and no figure's value before suppression.
@Suite struct ReportModelClosureTests {
    /// Types of the Snapshot stage that must not reach the renderer. `UserRef` and company
    /// indexes are `Int32` row indexes into the snapshot's arrays.
    static func forbidden(_ value: Any) -> String? {
        switch value {
        case is UUIDKey: return "UUIDKey"
        case is UUID: return "UUID"
        case is Int32: return "Int32 (a snapshot row index)"
        case is DataQualityFinding: return "DataQualityFinding"
        case is SnapshotData, is SnapshotMeta: return "snapshot data"
        default:
            let name = String(reflecting: type(of: value))
            return name.hasPrefix("CSRReport.") && name.hasSuffix("Row") ? name : nil
        }
    }

    /// Every problem found under `value`, named by its path.
    static func problems(in value: Any, path: String, allowedIDPaths: Set<String> = []) -> [String] {
        var found: [String] = []
        func walk(_ value: Any, _ path: String) {
            if let kind = forbidden(value) {
                found.append("\(path): \(kind)")
                return
            }
            if let text = value as? String, UUIDKey(parsing: text) != nil, !allowedIDPaths.contains(path) {
                found.append("\(path): a UUID in text (\(text))")
            }
            if let metrics = value as? PeriodMetrics {
                // Every per-metric table must hold `.suppressed` where the figure is suppressed.
                for child in Mirror(reflecting: metrics).children {
                    guard let table = child.value as? [MetricName: FigureValue] else { continue }
                    for metric in metrics.suppressed where table[metric].map({ $0 != .suppressed }) ?? false {
                        found.append("\(path).\(child.label ?? "?")[\(metric.rawValue)]: a suppressed figure's value")
                    }
                }
            }
            for (index, child) in Mirror(reflecting: value).children.enumerated() {
                walk(child.value, path + "." + (child.label ?? "\(index)"))
            }
        }
        walk(value, path)
        return found
    }

    @Test func noTenantReportOfTheDemoCarriesIDsRowsOrUnsuppressedValues() throws {
        let figures = ReportFigures(data: try Snapshot.open(try TestPaths.demo()).load(), settings: ReportSettings())
        var suppressedWithAValue = 0
        for period in [try figures.defaultPeriod(), try Period(parsing: "2025-Q3")] {
            let tenants = figures.tenants(for: period)
            #expect(tenants.count == figures.data.companies.count)
            for tenant in tenants {
                let problems = Self.problems(in: tenant.report, path: "report", allowedIDPaths: ["report.company.publishedID"])
                #expect(problems.isEmpty, "\(tenant.report.company.displayName): \(problems.prefix(5))")
                // The company id appears once, as spec 11's `company_id`; no quote's snippet id anywhere.
                #expect(tenant.report.company.publishedID == tenant.audit.companyID.description)
                let texts = Self.strings(in: tenant.report)
                for quote in tenant.audit.quotes {
                    #expect(!texts.contains { $0.lowercased().contains(quote.snippetID.lowercased()) })
                }
                for metric in tenant.report.current.suppressed where tenant.audit.rawValues[metric]?.number != nil {
                    suppressedWithAValue += 1
                }
            }
        }
        // Otherwise the suppression check above would have had nothing to find.
        #expect(suppressedWithAValue > 0)
    }

    /// The walk finds what it looks for: a row, an id, a row index and a leaked value.
    @Test func theWalkFindsRowsIDsAndLeakedValues() throws {
        struct Leaky {
            let company = CompanyRow(id: UUIDKey(parsing: "6f1c2b9e-3d4a-4e5f-8a7b-1c2d3e4f5a6b")!, name: "Acme")
            let text = "6F1C2B9E-3D4A-4E5F-8A7B-1C2D3E4F5A6B"
            let index: Int32 = 4
            let finding = DataQualityFinding(severity: .warning, table: "t", column: "c", problem: "p", count: 1, exampleIDs: ["x"])
        }
        let problems = Self.problems(in: Leaky(), path: "leaky")
        #expect(problems.count == 4, "\(problems)")
        let report = RenderFixtures.smallReport()
        #expect(Self.problems(in: report, path: "report", allowedIDPaths: ["report.company.publishedID"]).isEmpty)
        let leaked = PeriodMetrics(period: report.period, values: report.current.values,
                                   exactValues: report.current.values.merging([.participantsCount: .value(3)]) { $1 },
                                   suppressed: report.current.suppressed, languageLevelLabel: nil, visBand: nil, sroi: report.current.sroi)
        #expect(Self.problems(in: leaked, path: "current") == ["current.exactValues[participants_count]: a suppressed figure's value"])
    }

    static func strings(in value: Any) -> [String] {
        if let text = value as? String { return [text] }
        return Mirror(reflecting: value).children.flatMap { strings(in: $0.value) }
    }
}
