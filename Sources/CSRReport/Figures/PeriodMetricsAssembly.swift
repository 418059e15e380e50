extension PeriodComputation {
    /// One company's figures for this period: values, rounding, contributors, suppression.
    func metrics(for company: Int32) -> PeriodMetrics {
        let tally = tallies[Int(company)]
        let rule = SmallNumberRule(k: settings.minGroupSize)
        let valuation = settings.valuation
        var exact: [MetricName: FigureValue] = [:]
        var contributors: [MetricName: Int] = [:]

        func mean(_ values: [Double]) -> FigureValue {
            values.isEmpty ? .noData : .value(values.reduce(0, +) / Double(values.count))
        }
        let active = tally.active.sorted()
        let activeCount = active.count

        exact[.participantsCount] = .value(Double(activeCount))
        contributors[.participantsCount] = activeCount
        exact[.volunteersCount] = .value(Double(tally.volunteers.count))
        contributors[.volunteersCount] = tally.volunteers.count
        exact[.sessionsCount] = .value(Double(tally.sessions))
        contributors[.sessionsCount] = tally.sessionParticipants.count
        exact[.volunteerHours] = .value(tally.volunteerMinutes / 60)
        contributors[.volunteerHours] = tally.hoursParticipants.count
        exact[.buddyMatchesActive] = .value(Double(tally.activeMatches))
        contributors[.buddyMatchesActive] = tally.matchParticipants.count
        exact[.buddyEventsCount] = .value(Double(tally.events))
        contributors[.buddyEventsCount] = tally.eventParticipants.count
        exact[.coursesCompleted] = .value(Double(tally.coursesCompleted))
        contributors[.coursesCompleted] = activeCount

        let levels = active.compactMap { index.latestLevel(of: $0, before: period.endTime).map { Double($0) / 6 } }
        exact[.avgLanguageLevel] = mean(levels)
        contributors[.avgLanguageLevel] = activeCount
        exact[.avgIntegrationScore] = mean(active.map(integrationScore(of:)))
        contributors[.avgIntegrationScore] = activeCount
        exact[.avgJobReadiness] = tally.jobReadinessCount == 0 ? .noData : .value(tally.jobReadinessSum / Double(tally.jobReadinessCount))
        contributors[.avgJobReadiness] = tally.jobReadinessParticipants.count

        // SROI (spec 5).
        let valuedParticipants = tally.valuedParticipants.sorted()
        var changeByDimension: [OutcomeDimension: Double] = [:]
        var participantsByDimension: [OutcomeDimension: Set<Int32>] = [:]
        for participant in valuedParticipants {
            for (dimension, delta) in deltas[participant] ?? [:] {
                changeByDimension[dimension, default: 0] += delta
                participantsByDimension[dimension, default: []].insert(participant)
            }
        }
        let dimensions = valuation.valuedDimensions
        let values = dimensions.map { max(0, changeByDimension[$0] ?? 0) * (valuation.proxies[$0] ?? 0) }
        let gross = values.reduce(0, +)
        let investment = tally.volunteerMinutes / 60 * valuation.hourValue + Double(activeCount) * valuation.costPerParticipant
        func ratio(_ deadweight: Double, _ attribution: Double, _ displacement: Double) -> FigureValue {
            investment > 0 ? .value(valuation.net(gross, deadweight: deadweight, attribution: attribution, displacement: displacement) / investment) : .noData
        }
        let sroiContributors = valuedParticipants.count
        let sroiHidden = rule.hides(contributors: sroiContributors)
        exact[.sroiRatio] = valuedParticipants.isEmpty && investment > 0 ? .value(0) : ratio(valuation.deadweight.value, valuation.attribution.value, valuation.displacement.value)
        contributors[.sroiRatio] = sroiContributors

        // VIS (spec 6): mean over the company's volunteers with counted sessions.
        let vis = tally.sessionVolunteers.sorted().compactMap { volunteerScores[$0] }
        exact[.visScore] = mean(vis)
        contributors[.visScore] = tally.volunteers.count

        // Suppression, then rounding.
        var shownExact: [MetricName: FigureValue] = [:]
        var shown: [MetricName: FigureValue] = [:]
        var suppressed: [MetricName] = []
        for metric in MetricName.allCases {
            let value = rule.apply(exact[metric] ?? .noData, contributors: contributors[metric] ?? 0)
            shownExact[metric] = value
            if value == .suppressed { suppressed.append(metric) }
            if case .value(let v) = value {
                shown[metric] = .value(roundHalfAwayFromZero(v, places: metric.places))
            } else {
                shown[metric] = value
            }
        }

        // The SROI workings are shown only with the ratio, and a dimension with fewer than k
        // participants is hidden with enough others that gross minus the rest cannot reveal it.
        let parts = dimensions.map { (contributors: participantsByDimension[$0] ?? [], hidden: rule.hides(contributors: participantsByDimension[$0]?.count ?? 0)) }
        let protection = rule.protectTotal(parts: parts, totalHidden: sroiHidden)
        func sroiValue(_ v: Double, places: Int = 2) -> FigureValue {
            sroiHidden ? .suppressed : .value(roundHalfAwayFromZero(v, places: places))
        }
        func rounded(_ value: FigureValue) -> FigureValue {
            if sroiHidden { return .suppressed }
            if case .value(let v) = value { return .value(roundHalfAwayFromZero(v, places: 2)) }
            return value
        }
        let sroi = SROIResult(
            ratio: shown[.sroiRatio] ?? .noData,
            low: rounded(ratio(valuation.deadweight.least, valuation.attribution.least, valuation.displacement.least)),
            high: rounded(ratio(valuation.deadweight.most, valuation.attribution.most, valuation.displacement.most)),
            dimensions: dimensions.enumerated().map { offset, dimension in
                let hidden = protection.hidden[offset] || protection.totalHidden
                return SROIResult.SROIDimension(
                    dimension: dimension,
                    totalChange: hidden ? .suppressed : .value(roundHalfAwayFromZero(changeByDimension[dimension] ?? 0, places: 3)),
                    proxy: valuation.proxies[dimension] ?? 0,
                    value: hidden ? .suppressed : .value(roundHalfAwayFromZero(values[offset], places: 2)))
            },
            gross: protection.totalHidden ? .suppressed : sroiValue(gross),
            net: protection.totalHidden ? .suppressed : sroiValue(valuation.net(gross, deadweight: valuation.deadweight.value, attribution: valuation.attribution.value, displacement: valuation.displacement.value)),
            investment: sroiHidden ? .suppressed : .value(roundHalfAwayFromZero(investment, places: 2)),
            valuation: valuation)

        let levelLabel = shown[.avgLanguageLevel]?.number.map(CEFR.nearestLabel)
        let band = shown[.visScore]?.number.map(VISBand.init(roundedScore:))
        return PeriodMetrics(period: period, values: shown, exactValues: shownExact, rawValues: exact, contributors: contributors,
                             suppressed: suppressed, languageLevelLabel: levelLabel, visBand: band, sroi: sroi)
    }
}
