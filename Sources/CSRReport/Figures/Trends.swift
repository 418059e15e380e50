/// Outcome-dimension trends (spec 7): per company, dimension and period, the number of scores,
/// distinct participants, mean score and mean model confidence, and the change of the mean.
struct TrendComputation {
    struct Cell {
        var count = 0
        var sum = 0.0
        var confidenceSum = 0.0
        var confidenceCount = 0
        var participants: Set<UserRef> = []
    }

    /// cells[period][company][dimension]
    private let cells: [[[OutcomeDimension: Cell]]]
    let periods: [Period]

    /// `periods` oldest first; one pass over each period's scores, crediting every company the
    /// scored participant belongs to at that period's end.
    init(index: ActivityIndex, periods: [Period]) {
        self.periods = periods
        let data = index.data
        cells = periods.map { period in
            var byCompany = [[OutcomeDimension: Cell]](repeating: [:], count: data.companies.count)
            let scores = index.scoresInTimeOrder
            for i in scores[ActivityIndex.range(of: period, in: scores) { data.scores[Int($0)].createdAt }] {
                let score = data.scores[Int(i)]
                index.forEachCompany(of: score.participant, as: .participant, before: period.endTime) { company in
                    // In place, through the dictionary's default subscript: no copy of the set per score.
                    byCompany[Int(company)][score.dimension, default: Cell()].count += 1
                    byCompany[Int(company)][score.dimension, default: Cell()].sum += score.score
                    if let c = score.confidence {
                        byCompany[Int(company)][score.dimension, default: Cell()].confidenceSum += c
                        byCompany[Int(company)][score.dimension, default: Cell()].confidenceCount += 1
                    }
                    byCompany[Int(company)][score.dimension, default: Cell()].participants.insert(score.participant)
                }
            }
            return byCompany
        }
    }

    /// The trend points of one company for every period but the first, which only serves as
    /// the base of the first change.
    func points(for company: Int32, rule: SmallNumberRule) -> [TrendPoint] {
        var points: [TrendPoint] = []
        for p in 1..<periods.count {
            for dimension in OutcomeDimension.allCases {
                let cell = cells[p][Int(company)][dimension] ?? Cell()
                let before = cells[p - 1][Int(company)][dimension] ?? Cell()
                let hidden = rule.hides(contributors: cell.participants.count)
                let hiddenBefore = rule.hides(contributors: before.participants.count)
                let mean: Double? = cell.count > 0 ? cell.sum / Double(cell.count) : nil
                let meanBefore: Double? = before.count > 0 ? before.sum / Double(before.count) : nil
                func shown(_ v: Double?, _ places: Int) -> FigureValue {
                    hidden ? .suppressed : v.map { .value(roundHalfAwayFromZero($0, places: places)) } ?? .noData
                }
                let change: FigureValue
                if hidden || hiddenBefore {
                    change = .suppressed
                } else if let mean, let meanBefore {
                    change = .value(roundHalfAwayFromZero(mean - meanBefore, places: 3))
                } else {
                    change = .noData
                }
                points.append(TrendPoint(
                    period: periods[p], dimension: dimension,
                    scores: hidden ? .suppressed : .value(Double(cell.count)),
                    participants: hidden ? .suppressed : .value(Double(cell.participants.count)),
                    mean: shown(mean, 3),
                    meanConfidence: shown(cell.confidenceCount > 0 ? cell.confidenceSum / Double(cell.confidenceCount) : nil, 3),
                    change: change))
            }
        }
        return points
    }
}
