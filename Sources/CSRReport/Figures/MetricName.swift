/// The figures of a period, in `metrics.csv` column order (spec 11), with their rounding.
public enum MetricName: String, CaseIterable, Sendable, Codable, Comparable {
    case participantsCount = "participants_count"
    case volunteersCount = "volunteers_count"
    case sessionsCount = "sessions_count"
    case volunteerHours = "volunteer_hours"
    case buddyMatchesActive = "buddy_matches_active"
    case buddyEventsCount = "buddy_events_count"
    case coursesCompleted = "courses_completed"
    case avgLanguageLevel = "avg_language_level"
    case avgIntegrationScore = "avg_integration_score"
    case avgJobReadiness = "avg_job_readiness"
    case sroiRatio = "sroi_ratio"
    case visScore = "vis_score"

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// Decimals shown (spec 4): counts 0, hours 1, averages 3, ratios 2, VIS 1.
    public var places: Int {
        switch self {
        case .participantsCount, .volunteersCount, .sessionsCount, .buddyMatchesActive, .buddyEventsCount, .coursesCompleted: 0
        case .volunteerHours, .visScore: 1
        case .sroiRatio: 2
        case .avgLanguageLevel, .avgIntegrationScore, .avgJobReadiness: 3
        }
    }

    /// Counts are 0 when there is nothing to count; means and ratios are "no data" (spec 4).
    public var isCount: Bool { places == 0 }
}

/// VIS bands of spec 6, decided on the rounded score. The raw values are machine names (CSV,
/// figures JSON, catalog keys `vis_band.*`); the words a reader sees are in each locale's catalog.
public enum VISBand: String, CaseIterable, Sendable, Codable {
    case exceptional
    case highImpact = "high_impact"
    case contributing
    case emerging

    public init(roundedScore: Double) {
        switch roundedScore {
        case 76...: self = .exceptional
        case 51...: self = .highImpact
        case 26...: self = .contributing
        default: self = .emerging
        }
    }
}
