import Testing
@testable import CSRReport

@Suite struct FigureTextTests {
    let text = FigureText(k: 5, catalog: TestLanguages.english)

    @Test func valuesReadAsTheSpecSays() {
        #expect(text.value(.value(4.2666), .sroiRatio) == "4.27 : 1")
        #expect(text.value(.value(412), .sessionsCount) == "412")
        #expect(text.value(.value(517.45), .volunteerHours) == "517.5")
        #expect(text.value(.value(0.5), .avgJobReadiness) == "0.500")
        #expect(text.value(.suppressed, .participantsCount) == "fewer than 5")
        #expect(text.value(.suppressed, .volunteersCount) == "fewer than 5")
        #expect(text.value(.suppressed, .sessionsCount) == "not shown (fewer than 5 people)")
        #expect(text.value(.suppressed, .sroiRatio) == "not shown (fewer than 5 people)")
        #expect(text.money(.suppressed, "EUR") == "not shown (fewer than 5 people)")
        #expect(text.plain(.suppressed, places: 0, .headCount) == "fewer than 5")
        #expect(text.trendChange(.suppressed) == "not shown (fewer than 5 people)")
        #expect(text.value(.noData, .avgJobReadiness) == "no data")
    }

    @Test func changesReadInWordsAndArrows() {
        let report = RenderFixtures.report()
        #expect(text.change(in: report, .participantsCount, from: report.previous).words == "▲ up 12 (+8.8%) vs 2025-Q2")
        let small = RenderFixtures.smallReport()
        #expect(text.change(in: small, .participantsCount, from: small.previous).words == "change not shown vs 2025-Q2")
        #expect(text.change(in: small, .avgJobReadiness, from: small.previous).words == "no comparison with 2025-Q2 (no data)")
    }
}
