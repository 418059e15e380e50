/// The one place that decides small-number suppression (spec 9).
///
/// ```swift
/// let rule = SmallNumberRule(k: 5)
/// rule.apply(.value(3), contributors: 3)   // .suppressed
/// rule.apply(.value(0), contributors: 0)   // .value(0): nothing to hide
/// ```
public struct SmallNumberRule: Sendable, Equatable {
    public let k: Int

    public init(k: Int) { self.k = max(k, ReportSettings.minimumGroupSize) }

    /// A figure with 0 < contributors < k is hidden; with 0 it is what it is (0 or no data).
    public func hides(contributors: Int) -> Bool { contributors > 0 && contributors < k }

    public func apply(_ value: FigureValue, contributors: Int) -> FigureValue {
        hides(contributors: contributors) ? .suppressed : value
    }

    /// The companion rule: when a total is shown beside its parts, hidden parts must not be
    /// recoverable as total minus shown parts. If exactly one part is hidden, or the hidden parts
    /// together still have fewer than k contributors, the next smallest parts are hidden too;
    /// when nothing is left to hide, the total is hidden. Returns which parts and whether the
    /// total stay visible.
    public func protectTotal(parts: [(contributors: Set<Int32>, hidden: Bool)], totalHidden: Bool) -> (hidden: [Bool], totalHidden: Bool) {
        var hidden = parts.map(\.hidden)
        if totalHidden || !hidden.contains(true) { return (hidden, totalHidden) }
        func hiddenGroupIsSafe() -> Bool {
            let pooled = parts.indices.filter { hidden[$0] }.reduce(into: Set<Int32>()) { $0.formUnion(parts[$1].contributors) }
            return hidden.filter { $0 }.count >= 2 && (pooled.isEmpty || pooled.count >= k)
        }
        while !hiddenGroupIsSafe() {
            let candidates = parts.indices.filter { !hidden[$0] }
            guard let next = candidates.min(by: { (parts[$0].contributors.count, $0) < (parts[$1].contributors.count, $1) }) else {
                return (hidden, true)
            }
            hidden[next] = true
        }
        return (hidden, false)
    }
}
