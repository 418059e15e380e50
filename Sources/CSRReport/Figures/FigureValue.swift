/// A figure as a report shows it: a number, "no data", or hidden by the small-number rule.
///
/// ```swift
/// FigureValue.value(0.4567).rounded(3)      // .value(0.457)
/// FigureValue.suppressed.display(3)         // "fewer than 5" is the renderer's job; this says .suppressed
/// ```
public enum FigureValue: Sendable, Equatable, Codable {
    case value(Double)
    /// Nothing to average or divide (spec 4): never shown as 0.
    case noData
    /// 0 < contributors < k (spec 9).
    case suppressed

    public var number: Double? {
        if case .value(let v) = self { return v }
        return nil
    }

    public var isSuppressed: Bool { self == .suppressed }

    /// `self - other`, suppressed when either side is, no data when either has none.
    public func minus(_ other: FigureValue) -> FigureValue {
        switch (self, other) {
        case (.suppressed, _), (_, .suppressed): .suppressed
        case (.value(let a), .value(let b)): .value(a - b)
        default: .noData
        }
    }
}

/// Round half away from zero to `places` decimals (spec 4), robust to binary representation:
/// 2.675 rounds to 2.68 because the decision is taken on the shortest decimal form.
public func roundHalfAwayFromZero(_ value: Double, places: Int) -> Double {
    guard value.isFinite else { return value }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = value * scale
    let nearest = scaled.rounded(.toNearestOrAwayFromZero)
    // A value like 2.675 is stored as 2.67499999...; when the scaled value is within a few ulps
    // of a .5 tie, decide on the decimal text Swift prints for it (the shortest round-trip form).
    let fraction = abs(scaled - scaled.rounded(.towardZero))
    if abs(fraction - 0.5) < 1e-9 {
        let text = "\(abs(value))"
        if let dot = text.firstIndex(of: "."), !text.contains("e") {
            let decimals = text[text.index(after: dot)...]
            if decimals.count == places + 1, decimals.last == "5" {
                return (scaled.rounded(.towardZero) + (value < 0 ? -1 : 1)) / scale
            }
        }
    }
    return nearest / scale
}

/// A number with exactly `places` decimals, no locale, no exponent ("1234.5", "-0.25", "0.000").
public func formatFixed(_ value: Double, places: Int) -> String {
    let rounded = roundHalfAwayFromZero(value, places: places)
    var scale: Int64 = 1
    for _ in 0..<places { scale *= 10 }
    // Beyond 2^53 a Double has no fractional digits to show, and the Int64 below would overflow:
    // such a value (a ratio over a near-zero investment, say) is written in Swift's own form.
    guard rounded.isFinite, abs(rounded) * Double(scale) < 9.0e15 else { return "\(rounded)" }
    let units = Int64((abs(rounded) * Double(scale)).rounded())
    let whole = units / scale
    let sign = rounded < 0 && units != 0 ? "-" : ""
    guard places > 0 else { return "\(sign)\(whole)" }
    let fraction = String(units % scale)
    return "\(sign)\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
}
