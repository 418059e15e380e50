/// The calendar the demo data lives in: eight quarters of history (2023-Q4 .. 2025-Q3), a
/// fixed export instant, and the seasonal, growing rhythm of activity.
///
/// ```swift
/// let timeline = DemoTimeline()
/// let t = timeline.sampleInstant(from: DemoTimeline.historyStart, to: DemoTimeline.reportEnd, rng: &rng)
/// ```
struct DemoTimeline: Sendable {
    static let historyStart = DemoTimestamp.seconds(2023, 10, 1)
    /// End of the default report period 2025-Q3 (exclusive).
    static let reportEnd = DemoTimestamp.seconds(2025, 10, 1)
    /// `snapshot_meta.exported_at`: fixed, so the default period is 2025-Q3 on every machine.
    static let exportedAt = DemoTimestamp.seconds(2025, 10, 3, 6)
    static let exportedAtText = "2025-10-03T06:00:00Z"
    /// Start of each quarter 2023-Q4 .. 2025-Q3, then the end of the last one.
    static let quarterStarts: [Int64] = [
        (2023, 10), (2024, 1), (2024, 4), (2024, 7), (2024, 10), (2025, 1), (2025, 4), (2025, 7), (2025, 10),
    ].map { DemoTimestamp.seconds($0.0, $0.1, 1) }
    static let quarterLabels = ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3"]
    static let day: Int64 = 86_400

    /// The quarter (0 = 2023-Q4 ... 7 = 2025-Q3) holding `t`, or nil outside the history.
    static func quarter(of t: Int64) -> Int? {
        guard t >= quarterStarts[0], t < quarterStarts[8] else { return nil }
        var index = 0
        while t >= quarterStarts[index + 1] { index += 1 }
        return index
    }

    private let firstDay: Int
    private let dayWeights: [Double]
    private let maxWeight: Double

    init() {
        firstDay = Int(Self.historyStart / Self.day)
        let lastDay = Int(Self.exportedAt / Self.day)
        var weights: [Double] = []
        for day in firstDay...lastDay {
            let date = DemoTimestamp.civil(fromDays: day)
            weights.append(Self.season(month: date.month, day: date.day)
                           * Self.growth(Double(day - firstDay) / Double(lastDay - firstDay)))
        }
        dayWeights = weights
        maxWeight = weights.max() ?? 1
    }

    /// Fewer sessions in July and over Christmas, more in autumn and late winter.
    static func season(month: Int, day: Int) -> Double {
        if month == 12 && day >= 20 { return 0.3 }
        if month == 1 && day <= 3 { return 0.45 }
        let byMonth: [Double] = [0.9, 1.15, 1.2, 1.1, 1.0, 0.85, 0.45, 0.75, 1.25, 1.3, 1.25, 0.95]
        return byMonth[month - 1]
    }

    /// The programme grows: on top of more participants, the same participant is a little busier later.
    static func growth(_ fraction: Double) -> Double { 0.8 + 0.4 * fraction }

    /// An instant in [from, to) drawn by the seasonal weights, at a plausible quarter-hour of a
    /// working day (07:00-19:45 UTC); `nil` when the interval is too short to hold one.
    func sampleInstant(from: Int64, to: Int64, rng: inout SeededRandom) -> Int64? {
        let lower = max(from, Self.historyStart), upper = min(to, Self.exportedAt)
        guard upper - lower > 3_600 else { return nil }
        for _ in 0..<64 {
            let t = lower + Int64(rng.unit() * Double(upper - lower))
            let dayIndex = Int(t / Self.day) - firstDay
            guard dayIndex >= 0, dayIndex < dayWeights.count else { continue }
            if rng.unit() * maxWeight > dayWeights[dayIndex] { continue }
            let snapped = (t / Self.day) * Self.day + Int64(rng.int(in: 28...79)) * 900
            if snapped >= lower && snapped < upper { return snapped }
        }
        return lower + (upper - lower) / 2
    }

    /// Most timestamps are `...Z`; a few use the other forms the snapshot format allows.
    static func style(_ rng: inout SeededRandom) -> DemoTimestamp.Style {
        let roll = rng.unit()
        if roll < 0.92 { return .zulu }
        if roll < 0.95 { return .space }
        if roll < 0.975 { return .fractional(milliseconds: rng.int(in: 0...999)) }
        return .offset(minutes: rng.pick([60, 120, 180, -240]))
    }

    /// `t` in a randomly chosen allowed form.
    static func text(_ t: Int64, _ rng: inout SeededRandom) -> String {
        DemoTimestamp.text(t, style: style(&rng))
    }
}
