/// The figures of one period for every company, from a bounded number of passes over the rows
/// in that period (spec 3-6). Each pass visits a row once and credits every company the row
/// is in scope for, so the cost is rows + memberships, whatever the number of companies.
struct PeriodComputation {
    let index: ActivityIndex
    let period: Period
    let settings: ReportSettings
    private(set) var tallies: [CompanyPeriodTally]
    /// SROI delta per (participant, dimension) with a score in the period, every dimension:
    /// company-independent.
    private(set) var deltas: [UserRef: [OutcomeDimension: Double]] = [:]
    /// VIS per volunteer with sessions in the period: company-independent.
    private(set) var volunteerScores: [UserRef: Double] = [:]

    init(index: ActivityIndex, period: Period, settings: ReportSettings) {
        self.index = index
        self.period = period
        self.settings = settings
        tallies = Array(repeating: CompanyPeriodTally(), count: index.data.companies.count)
        tallySessions()
        tallyMatches()
        tallyEvents()
        tallyLearning()
        tallyScores()
    }

    private var data: SnapshotData { index.data }
    private var end: Timestamp { period.endTime }

    private mutating func tallySessions() {
        let sessions = data.sessions
        let range = ActivityIndex.range(of: period, in: sessions) { $0.completedAt }
        var scopeP: [Int32] = [], scopeV: [Int32] = []
        // Per volunteer, for VIS: minutes, sessions, and the participants they met.
        // Minutes add up as Double; a duration outside 0..1440 (or NULL) adds 0 (spec 4).
        var volunteerMinutes: [UserRef: Double] = [:]
        var volunteerSessions: [UserRef: Int] = [:]
        var volunteerParticipants: [UserRef: Set<UserRef>] = [:]
        for session in sessions[range] {
            scopeP.removeAll(keepingCapacity: true)
            scopeV.removeAll(keepingCapacity: true)
            index.forEachCompany(of: session.participant, as: .participant, before: end) { scopeP.append($0) }
            index.forEachCompany(of: session.volunteer, as: .volunteer, before: end) { scopeV.append($0) }
            if scopeP.isEmpty && scopeV.isEmpty { continue }
            let minutes = Double(session.countedMinutes)
            // A company that owns both people counts the session once.
            for company in Set(scopeP).union(scopeV) {
                // Mutated in place: copying a tally out and back would copy its sets on every row.
                tallies.withUnsafeMutableBufferPointer { buffer in
                    let c = Int(company)
                    buffer[c].sessions += 1
                    if let p = session.participant { buffer[c].sessionParticipants.insert(p) }
                    if scopeP.contains(company), let p = session.participant { buffer[c].active.insert(p) }
                    if scopeV.contains(company), let v = session.volunteer {
                        buffer[c].volunteerMinutes += minutes
                        if let p = session.participant { buffer[c].hoursParticipants.insert(p) }
                        buffer[c].volunteers.insert(v)
                        buffer[c].sessionVolunteers.insert(v)
                    }
                }
            }
            if let v = session.volunteer, !scopeV.isEmpty {
                volunteerMinutes[v, default: 0] += minutes
                volunteerSessions[v, default: 0] += 1
                if let p = session.participant { volunteerParticipants[v, default: []].insert(p) }
            }
        }
        volunteerScores = computeVIS(minutes: volunteerMinutes, sessions: volunteerSessions, met: volunteerParticipants)
    }

    /// Spec 6, per volunteer: 0.3 H + 0.3 C + 0.4 O.
    private func computeVIS(minutes: [UserRef: Double], sessions: [UserRef: Int], met: [UserRef: Set<UserRef>]) -> [UserRef: Double] {
        // Sum and count of every score in the period, per participant (any dimension).
        var scoreSums: [UserRef: (sum: Double, count: Int)] = [:]
        let scores = index.scoresInTimeOrder
        let range = ActivityIndex.range(of: period, in: scores) { data.scores[Int($0)].createdAt }
        for i in scores[range] {
            let score = data.scores[Int(i)]
            scoreSums[score.participant, default: (0, 0)].sum += score.score
            scoreSums[score.participant, default: (0, 0)].count += 1
        }
        var result: [UserRef: Double] = [:]
        for (volunteer, count) in sessions {
            let hours = (minutes[volunteer] ?? 0) / 60
            let h = min(100, hours)
            let c = Self.consistencyPoints(sessionsPerMonth: Double(count) / period.months)
            var sum = 0.0, n = 0
            for participant in met[volunteer] ?? [] {
                if let s = scoreSums[participant] { sum += s.sum; n += s.count }
            }
            let mean = n > 0 ? sum / Double(n) : 0
            let o = mean < 0.1 ? 0 : min(100, (mean - 0.1) / 0.9 * 100)
            result[volunteer] = 0.3 * h + 0.3 * c + 0.4 * o
        }
        return result
    }

    /// VIS's C: points for sessions per month in the period (spec 6).
    static func consistencyPoints(sessionsPerMonth perMonth: Double) -> Double {
        perMonth >= 8 ? 100 : perMonth >= 4 ? 75 : perMonth >= 2 ? 50 : perMonth > 0 ? 25 : 0
    }

    /// Spec 4: a match is active when matched before the end and not ended before the start;
    /// its status is not consulted.
    static func isActive(_ match: MatchRow, in period: Period) -> Bool {
        guard let matched = match.matchedAt, matched < period.endTime else { return false }
        return match.endedAt.map { $0 >= period.startTime } ?? true
    }

    private mutating func tallyMatches() {
        var scopeP: [Int32] = [], scopeV: [Int32] = []
        for match in data.matches where Self.isActive(match, in: period) {
            scopeP.removeAll(keepingCapacity: true)
            scopeV.removeAll(keepingCapacity: true)
            index.forEachCompany(of: match.participant, as: .participant, before: end) { scopeP.append($0) }
            index.forEachCompany(of: match.buddy, as: .volunteer, before: end) { scopeV.append($0) }
            for company in Set(scopeP).union(scopeV) {
                tallies[Int(company)].activeMatches += 1
                if let p = match.participant { tallies[Int(company)].matchParticipants.insert(p) }
                if scopeP.contains(company), let p = match.participant { tallies[Int(company)].active.insert(p) }
                if scopeV.contains(company), let b = match.buddy { tallies[Int(company)].volunteers.insert(b) }
            }
        }
    }

    private mutating func tallyEvents() {
        let events = index.eventsInTimeOrder
        var scope: Set<Int32> = []
        for event in events[ActivityIndex.range(of: period, in: events) { $0.date }] {
            let match = data.matches[Int(event.match)]
            scope.removeAll(keepingCapacity: true)
            index.forEachCompany(of: match.participant, as: .participant, before: end) { scope.insert($0) }
            index.forEachCompany(of: match.buddy, as: .volunteer, before: end) { scope.insert($0) }
            for company in scope {
                tallies[Int(company)].events += 1
                if let p = match.participant { tallies[Int(company)].eventParticipants.insert(p) }
            }
        }
    }

    private mutating func tallyLearning() {
        for row in data.learning {
            let touched = [row.startedAt, row.completedAt, row.updatedAt].contains { $0.map(period.contains) ?? false }
            let completedInPeriod = row.status == .completed && (row.completedAt.map(period.contains) ?? false)
            guard touched || completedInPeriod else { continue }
            index.forEachCompany(of: row.user, as: .participant, before: end) { company in
                if touched { tallies[Int(company)].active.insert(row.user) }
                if completedInPeriod { tallies[Int(company)].coursesCompleted += 1 }
            }
        }
    }

    private mutating func tallyScores() {
        let valued = Set(settings.valuation.valuedDimensions)
        let scores = index.scoresInTimeOrder
        var scored: [UserRef: Set<OutcomeDimension>] = [:]
        for i in scores[ActivityIndex.range(of: period, in: scores) { data.scores[Int($0)].createdAt }] {
            let score = data.scores[Int(i)]
            scored[score.participant, default: []].insert(score.dimension)
            index.forEachCompany(of: score.participant, as: .participant, before: end) { company in
                if score.dimension == .jobReadiness {
                    tallies[Int(company)].jobReadinessSum += score.score
                    tallies[Int(company)].jobReadinessCount += 1
                    tallies[Int(company)].jobReadinessParticipants.insert(score.participant)
                }
                if valued.contains(score.dimension) { tallies[Int(company)].valuedParticipants.insert(score.participant) }
                tallies[Int(company)].scoredParticipants.insert(score.participant)
            }
        }
        // Every dimension, valued or not: improvers are counted in all of them (spec 5).
        for (participant, dimensions) in scored {
            var perDimension: [OutcomeDimension: Double] = [:]
            for dimension in dimensions {
                perDimension[dimension] = delta(of: participant, in: dimension)
            }
            deltas[participant] = perDimension
        }
    }

    /// Spec 5: last score within the period minus the last before it (or, failing that, the
    /// first within it). Scores are already in (created_at, id) order.
    private func delta(of participant: UserRef, in dimension: OutcomeDimension) -> Double {
        var before: Double?, first: Double?, last: Double?
        for i in index.scoresByParticipant[participant] ?? [] {
            let score = data.scores[Int(i)]
            guard score.dimension == dimension else { continue }
            if score.createdAt < period.startTime {
                before = score.score
            } else if score.createdAt < period.endTime {
                if first == nil { first = score.score }
                last = score.score
            } else {
                break
            }
        }
        guard let last else { return 0 }
        return last - (before ?? first ?? last)
    }

    /// Spec 4: 0.4 L + 0.3 S + 0.3 J for one active participant.
    func integrationScore(of participant: UserRef) -> Double {
        let l = index.latestLevel(of: participant, before: end).map { Double($0) / 6 } ?? 0
        var inActiveMatch = false
        var events = 0, checkins = 0
        for m in index.matchesByParticipant[participant] ?? [] {
            if Self.isActive(data.matches[Int(m)], in: period) { inActiveMatch = true }
            if let dates = index.eventDatesByMatch[m] { events += dates[ActivityIndex.range(of: period, in: dates) { $0 }].count }
            if let dates = index.checkinDatesByMatch[m] { checkins += dates[ActivityIndex.range(of: period, in: dates) { $0 }].count }
        }
        let s = 0.4 * (inActiveMatch ? 1 : 0) + 0.3 * min(Double(events) / 5, 1) + 0.3 * min(Double(checkins) / 10, 1)
        var completed = 0, inProgress = 0
        for i in index.learningByUser[participant] ?? [] {
            let row = data.learning[Int(i)]
            if row.status == .completed, let done = row.completedAt, done < end { completed += 1 }
            let began = row.startedAt ?? row.createdAt
            let openAtEnd = row.status == .inProgress || (row.status == .completed && (row.completedAt.map { $0 >= end } ?? false))
            if let began, began < end, openAtEnd { inProgress += 1 }
        }
        let j = min(0.15 * Double(completed), 0.6) + min(0.1 * Double(inProgress), 0.4)
        return 0.4 * l + 0.3 * s + 0.3 * j
    }
}
