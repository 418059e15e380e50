/// Lookups over the loaded rows that every period's computation shares: who belongs where,
/// and each participant's sessions, matches, courses and scores in time order. Built once per
/// snapshot in one pass over each table, so a build costs rows + companies, not rows x companies.
struct ActivityIndex: Sendable {
    let data: SnapshotData
    /// Memberships of each user (by `UserRef`).
    let membershipsByUser: [[MembershipRow]]
    /// (completion, CEFR level) of each participant's sessions with a valid level, in time order.
    let levelsByParticipant: [UserRef: [(time: Timestamp, level: UInt8)]]
    let matchesByParticipant: [UserRef: [Int32]]
    /// Event and check-in dates per match, sorted.
    let eventDatesByMatch: [Int32: [Timestamp]]
    let checkinDatesByMatch: [Int32: [Timestamp]]
    let learningByUser: [UserRef: [Int32]]
    /// Indexes into `data.scores` ordered by (created_at, id), the order of spec 5.
    let scoresInTimeOrder: [Int32]
    /// Each participant's scores, in the same order.
    let scoresByParticipant: [UserRef: [Int32]]
    /// Events sorted by date, for range scans.
    let eventsInTimeOrder: [MatchActivityRow]

    init(_ data: SnapshotData) {
        self.data = data
        var byUser = [[MembershipRow]](repeating: [], count: data.users.count)
        for membership in data.memberships { byUser[Int(membership.user)].append(membership) }
        membershipsByUser = byUser

        var levels: [UserRef: [(time: Timestamp, level: UInt8)]] = [:]
        for session in data.sessions {   // already sorted by completion
            if let participant = session.participant, let level = session.languageLevel {
                levels[participant, default: []].append((session.completedAt, level))
            }
        }
        levelsByParticipant = levels

        var matches: [UserRef: [Int32]] = [:]
        for (index, match) in data.matches.enumerated() {
            if let participant = match.participant { matches[participant, default: []].append(Int32(index)) }
        }
        matchesByParticipant = matches

        func datesByMatch(_ rows: [MatchActivityRow]) -> [Int32: [Timestamp]] {
            var result: [Int32: [Timestamp]] = [:]
            for row in rows { result[row.match, default: []].append(row.date) }
            return result.mapValues { $0.sorted() }
        }
        eventDatesByMatch = datesByMatch(data.events)
        checkinDatesByMatch = datesByMatch(data.checkins)

        var learning: [UserRef: [Int32]] = [:]
        for (index, row) in data.learning.enumerated() { learning[row.user, default: []].append(Int32(index)) }
        learningByUser = learning

        let ordered = data.scores.indices.sorted { a, b in
            let x = data.scores[a], y = data.scores[b]
            return x.createdAt != y.createdAt ? x.createdAt < y.createdAt : x.id < y.id
        }.map(Int32.init)
        scoresInTimeOrder = ordered
        var byParticipant: [UserRef: [Int32]] = [:]
        for index in ordered { byParticipant[data.scores[Int(index)].participant, default: []].append(index) }
        scoresByParticipant = byParticipant

        eventsInTimeOrder = data.events.sorted { $0.date < $1.date }
    }

    /// Calls `body` with each company where `user` has `role` and had joined before `end`
    /// (spec 3: `joined_at < end`; NULL counts as always joined). Each company once.
    @inline(__always)
    func forEachCompany(of user: UserRef?, as role: UserRole, before end: Timestamp, _ body: (Int32) -> Void) {
        guard let user, data.users[Int(user)].role == role else { return }
        let memberships = membershipsByUser[Int(user)]
        for (offset, membership) in memberships.enumerated() {
            guard membership.joinedAt.map({ $0 < end }) ?? true else { continue }
            // A user linked twice to one company counts once.
            if memberships[..<offset].contains(where: { $0.company == membership.company && ($0.joinedAt.map { $0 < end } ?? true) }) {
                continue
            }
            body(membership.company)
        }
    }

    func isMember(_ user: UserRef, of company: Int32, as role: UserRole, before end: Timestamp) -> Bool {
        guard data.users[Int(user)].role == role else { return false }
        return membershipsByUser[Int(user)].contains { $0.company == company && ($0.joinedAt.map { $0 < end } ?? true) }
    }

    /// The half-open index range of sorted `times` that falls in [start, end).
    static func range<C: RandomAccessCollection>(of period: Period, in items: C, time: (C.Element) -> Timestamp) -> Range<C.Index> {
        func lowerBound(_ t: Timestamp) -> C.Index {
            var low = items.startIndex, high = items.endIndex
            while low < high {
                let mid = items.index(low, offsetBy: items.distance(from: low, to: high) / 2)
                if time(items[mid]) < t { low = items.index(after: mid) } else { high = mid }
            }
            return low
        }
        return lowerBound(period.startTime)..<lowerBound(period.endTime)
    }

    /// The latest valid CEFR level (1...6) of a participant's sessions completed before `end`.
    func latestLevel(of participant: UserRef, before end: Timestamp) -> UInt8? {
        guard let levels = levelsByParticipant[participant] else { return nil }
        let upTo = levels.partitioningIndex { $0.time >= end }
        return upTo > 0 ? levels[upTo - 1].level : nil
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, for a predicate that is false then true.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
