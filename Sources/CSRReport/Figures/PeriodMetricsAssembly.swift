extension PeriodComputation {
    /// One company's figures for this period: values, rounding, contributors, suppression.
    func metrics(for companyIndex: Int32) -> PeriodMetrics { metricsAndRawValues(for: companyIndex).metrics }

    /// The figures, and the unrounded values before suppression that only the operator sees
    /// (`TenantAudit`); contributor counts are used here and go no further.
    func metricsAndRawValues(for companyIndex: Int32) -> (metrics: PeriodMetrics, raw: [MetricName: FigureValue]) {
        let tally = tallies[Int(companyIndex)]
        let company = index.data.companies[Int(companyIndex)]
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

        // SROI (spec 5): change per dimension, then value it under each scenario of the range
        // and the sensitivity; the investment does not depend on the scenario.
        let valuedParticipants = tally.valuedParticipants.sorted()
        var changeByDimension: [OutcomeDimension: Double] = [:]
        var participantsByDimension: [OutcomeDimension: Set<Int32>] = [:]
        for participant in valuedParticipants {
            for (dimension, delta) in deltas[participant] ?? [:] where valuation.outcomes[dimension] != nil {
                changeByDimension[dimension, default: 0] += delta
                participantsByDimension[dimension, default: []].insert(participant)
            }
        }
        var improverCounts: [OutcomeDimension: Int] = [:]
        for participant in tally.scoredParticipants {
            for (dimension, delta) in deltas[participant] ?? [:] where delta > 0 {
                improverCounts[dimension, default: 0] += 1
            }
        }
        let dimensions = valuation.valuedDimensions
        func gross(rate: Double) -> Double {
            dimensions.reduce(0) { sum, d in
                sum + max(0, changeByDimension[d] ?? 0) * (valuation.outcomes[d]?.valuePerPointYear ?? 0) * valuation.pvFactor(d, rate: rate)
            }
        }
        let hour = valuation.hourValue(forCountry: company.country)
        let investment = tally.volunteerMinutes / 60 * hour.value + Double(activeCount) * valuation.costPerParticipant
        func ratio(_ scenario: ValuationScenario) -> Double? {
            investment > 0 ? scenario.net(gross(rate: scenario.discountRate)) / investment : nil
        }
        let central = ValuationScenario.central(valuation)
        let sroiContributors = valuedParticipants.count
        let sroiHidden = rule.hides(contributors: sroiContributors)
        exact[.sroiRatio] = ratio(central).map(FigureValue.value) ?? .noData
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
        func shownRatio(_ scenario: ValuationScenario) -> FigureValue {
            if sroiHidden { return .suppressed }
            return ratio(scenario).map { .value(roundHalfAwayFromZero($0, places: 2)) } ?? .noData
        }
        func money(_ v: Double, hidden: Bool) -> FigureValue {
            hidden ? .suppressed : .value(roundHalfAwayFromZero(v, places: 2))
        }
        let sensitivity = ValuationAssumption.allCases.map { assumption -> SROIResult.Sensitivity in
            let least = central.with(assumption, assumption.leastFavourable(in: valuation))
            let most = central.with(assumption, assumption.mostFavourable(in: valuation))
            let swing = sroiHidden ? nil : ratio(least).flatMap { l in ratio(most).map { abs($0 - l) } }
            return SROIResult.Sensitivity(assumption: assumption, leastFavourable: shownRatio(least), mostFavourable: shownRatio(most), swing: swing)
        }
        let centralGross = gross(rate: central.discountRate)
        let sroi = SROIResult(
            ratio: shown[.sroiRatio] ?? .noData,
            low: shownRatio(.leastFavourable(valuation)),
            high: shownRatio(.mostFavourable(valuation)),
            sensitivity: sensitivity,
            dimensions: dimensions.enumerated().map { offset, dimension in
                let hidden = protection.hidden[offset] || protection.totalHidden
                let outcome = valuation.outcomes[dimension]!
                let factor = valuation.pvFactor(dimension, rate: central.discountRate)
                let value = max(0, changeByDimension[dimension] ?? 0) * outcome.valuePerPointYear * factor
                return SROIResult.SROIDimension(
                    dimension: dimension,
                    totalChange: hidden ? .suppressed : .value(roundHalfAwayFromZero(changeByDimension[dimension] ?? 0, places: 3)),
                    valuePerPointYear: outcome.valuePerPointYear, durationYears: outcome.durationYears, dropOff: outcome.dropOff,
                    pvFactor: factor, value: money(value, hidden: hidden))
            },
            improvers: OutcomeDimension.allCases.map { dimension in
                let count = improverCounts[dimension] ?? 0
                return (dimension, sroiHidden || rule.hides(contributors: count) ? .suppressed : .value(Double(count)))
            },
            gross: money(centralGross, hidden: protection.totalHidden),
            net: money(central.net(centralGross), hidden: protection.totalHidden),
            investment: money(investment, hidden: sroiHidden),
            hourValue: sroiHidden ? .suppressed : .value(hour.value),
            hourValueCountry: hour.country,
            valuation: valuation)

        let levelLabel = shown[.avgLanguageLevel]?.number.map(CEFR.nearestLabel)
        let band = shown[.visScore]?.number.map(VISBand.init(roundedScore:))
        let metrics = PeriodMetrics(period: period, values: shown, exactValues: shownExact, suppressed: suppressed,
                                    languageLevelLabel: levelLabel, visBand: band, sroi: sroi)
        return (metrics, exact)
    }
}
