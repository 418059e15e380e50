/// Rough per-company, per-quarter counts kept while the activity is written, so that
/// `metrics_company_period` holds plausible figures. They are the platform's own numbers,
/// which csr-report never trusts: close to the truth, some deliberately stale or stubbed
/// (see `DemoMetricsWriter`).
struct DemoMetricsTally {
    static let quarters = DemoTimeline.quarterLabels.count

    private(set) var sessions: [[Int]]
    private(set) var jobReadinessSum: [[Double]]
    private(set) var jobReadinessCount: [[Int]]
    private(set) var levelSum: [[Double]]
    private(set) var levelCount: [[Int]]
    /// One bit per quarter in which the participant (by index) was active.
    private(set) var participantQuarters: [UInt16]
    /// One bit per quarter in which the user (by index) volunteered.
    private(set) var volunteerQuarters: [UInt16]

    init(companies: Int, participants: Int, users: Int) {
        sessions = Array(repeating: Array(repeating: 0, count: Self.quarters), count: companies)
        jobReadinessSum = Array(repeating: Array(repeating: 0, count: Self.quarters), count: companies)
        jobReadinessCount = sessions
        levelSum = jobReadinessSum
        levelCount = sessions
        participantQuarters = Array(repeating: 0, count: participants)
        volunteerQuarters = Array(repeating: 0, count: users)
    }

    mutating func session(at t: Int64, companies: [Int], participant: Int, volunteer: Int, level: Int?) {
        guard let quarter = DemoTimeline.quarter(of: t) else { return }
        for company in companies { sessions[company][quarter] += 1 }
        if let level, let company = companies.first {
            levelSum[company][quarter] += Double(level + 1) / 6
            levelCount[company][quarter] += 1
        }
        participantQuarters[participant] |= 1 << quarter
        volunteerQuarters[volunteer] |= 1 << quarter
    }

    /// Marks every quarter overlapping [from, until) as active for the participant.
    mutating func active(participant: Int, from: Int64, until: Int64) {
        for quarter in 0..<Self.quarters
        where from < DemoTimeline.quarterStarts[quarter + 1] && until >= DemoTimeline.quarterStarts[quarter] {
            participantQuarters[participant] |= 1 << quarter
        }
    }

    mutating func volunteered(user: Int, from: Int64, until: Int64) {
        for quarter in 0..<Self.quarters
        where from < DemoTimeline.quarterStarts[quarter + 1] && until >= DemoTimeline.quarterStarts[quarter] {
            volunteerQuarters[user] |= 1 << quarter
        }
    }

    mutating func jobReadiness(_ score: Double, at t: Int64, company: Int) {
        guard let quarter = DemoTimeline.quarter(of: t) else { return }
        jobReadinessSum[company][quarter] += score
        jobReadinessCount[company][quarter] += 1
    }
}
