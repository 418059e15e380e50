import CSRSQLiteWriter

/// `metrics_company_period`: the platform's own per-quarter figures. They are built from the
/// tally but made to look like the platform's: some rows were computed before the quarter
/// closed (stale counts), some carry the stubbed 0.3 integration score, one quarter is missing
/// for one company, SROI and VIS come from formulas csr-report does not use. csr-report
/// recomputes everything and only reconciles against these rows.
extension DemoActivityWriter {
    func writeCompanyMetrics() throws {
        var secondMembers: [Int: [Int]] = [:]
        for (participantIndex, participant) in population.participants.enumerated() {
            if let second = participant.secondCompany { secondMembers[second.company, default: []].append(participantIndex) }
        }
        for (index, company) in population.companies.enumerated() {
            let members = company.participants + (secondMembers[index] ?? [])
            for quarter in 0..<DemoMetricsTally.quarters {
                // The platform lost one quarter of the second tenant.
                if index == 1 && quarter == 2 { continue }
                let bit = UInt16(1) << quarter
                var participantsCount = members.filter { tally.participantQuarters[$0] & bit != 0 }.count
                var volunteersCount = company.volunteers.filter { tally.volunteerQuarters[$0] & bit != 0 }.count
                var sessionsCount = tally.sessions[index][quarter]
                let start = DemoTimeline.quarterStarts[quarter], end = DemoTimeline.quarterStarts[quarter + 1]
                var created = end + 2 * DemoTimeline.day + 3 * 3_600
                if (index + quarter) % 5 == 0 {
                    // Computed six weeks into the quarter and never refreshed.
                    let share = rng.double(in: 0.45...0.7)
                    participantsCount = Int(Double(participantsCount) * share)
                    volunteersCount = Int(Double(volunteersCount) * share)
                    sessionsCount = Int(Double(sessionsCount) * share)
                    created = start + 45 * DemoTimeline.day + 3 * 3_600
                }
                let levelCount = tally.levelCount[index][quarter], jobCount = tally.jobReadinessCount[index][quarter]
                let language: SQLiteValue = levelCount == 0 ? .null : .real(rounded(tally.levelSum[index][quarter] / Double(levelCount), 1_000))
                let job: SQLiteValue = jobCount == 0 ? .null : .real(rounded(tally.jobReadinessSum[index][quarter] / Double(jobCount), 1_000))
                let integration: Double = index % 3 == 1 ? 0.3 : rounded(rng.double(in: 0.28...0.62), 1_000)
                try writer.insert(.metricsCompanyPeriod, [
                    .text(DemoUUID.next(&rng)), .text(company.id), .text(DemoTimestamp.date(start)),
                    .text(DemoTimestamp.date(end - DemoTimeline.day)),
                    .int(Int64(participantsCount)), .int(Int64(volunteersCount)), .int(Int64(sessionsCount)),
                    .real(integration), language, job,
                    participantsCount == 0 ? .null : .real(rounded(rng.double(in: 2.1...6.8), 100)),
                    volunteersCount == 0 ? .null : .real(rounded(rng.double(in: 32...84), 10)),
                    ts(min(created, DemoTimeline.exportedAt - 3_600)),
                ])
            }
        }
    }

    /// A few rows in each idempotency table, as the platform leaves them.
    func writeDeduplicationRows() throws {
        let count = max(6, Int((40 * options.scale).rounded()))
        let consumers = ["q2q-scorer", "metrics-aggregator", "safety-moderator", "buddy-sync"]
        let eventTypes = ["kintell.session.completed", "buddy.checkin.created", "buddy.feedback.submitted", "upskilling.progress.updated"]
        for number in 0..<count {
            guard let processed = timeline.sampleInstant(from: DemoTimeline.historyStart, to: DemoTimeline.exportedAt, rng: &rng) else { continue }
            let success = !rng.chance(0.08)
            try writer.insert(.eventDeduplication, [
                .text(DemoUUID.next(&rng)), .text("evt_\(String(900_000 + number * 7 + rng.int(in: 0...6)))"),
                .text(rng.pick(eventTypes)), .text(consumers[number % consumers.count]), ts(processed), .int(success ? 1 : 0),
                success ? .null : "timeout after 30000 ms", .text("{\"attempt\":\(rng.int(in: 1...3)),\"source\":\"nats\"}"),
                ts(processed - Int64(rng.int(in: 0...5))),
            ])
        }
        for number in 0..<count {
            guard let received = timeline.sampleInstant(from: DemoTimeline.historyStart, to: DemoTimeline.exportedAt, rng: &rng) else { continue }
            let source = number % 3 == 0 ? "upskilling" : "kintell"
            let success = !rng.chance(0.1)
            try writer.insert(.webhookDeduplication, [
                .text(DemoUUID.next(&rng)), .text("dlv_\(String(50_000 + number))"), .text(source),
                .text(source == "kintell" ? rng.pick(["session.completed", "session.cancelled", "feedback.created"]) : rng.pick(["course.completed", "progress.updated"])),
                ts(received), ts(received + Int64(rng.int(in: 1...20))), .int(success ? 1 : 0), .text(success ? "200" : "500"),
                success ? .null : "upstream returned 500", .text(String(success ? 0 : rng.int(in: 1...5))),
                .text("{\"delivery\":\(50_000 + number),\"version\":2}"), ts(received),
            ])
        }
        let endpoints = ["/v1/reports/generate", "/v1/buddy/matches", "/v1/kintell/sessions/import", "/v1/metrics/recompute"]
        for number in 0..<count {
            guard let requested = timeline.sampleInstant(from: DemoTimeline.historyStart, to: DemoTimeline.exportedAt, rng: &rng) else { continue }
            let user = population.users[rng.pick(population.admins + population.companies.flatMap(\.staff))]
            let failed = rng.chance(0.1)
            try writer.insert(.apiRequestDeduplication, [
                .text(DemoUUID.next(&rng)), .text("idem-\(DemoUUID.next(&rng))"), .text(user.id), .text(endpoints[number % endpoints.count]),
                .text(rng.pick(["POST", "POST", "PUT", "GET", "DELETE"])), ts(requested), ts(requested + Int64(rng.int(in: 1...30))),
                .text(failed ? "409" : "200"), failed ? .null : "{\"ok\":true}", failed ? "idempotency key reused with another body" : .null,
                ts(requested + 86_400), ts(requested),
            ])
        }
    }
}
