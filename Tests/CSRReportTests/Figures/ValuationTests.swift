import Foundation
import Testing
@testable import CSRReport

/// Valuation v2 (spec 5): the built-in set, the present-value factor, the hour value by
/// country, the merge rule and every mistake a valuation file can hold.
@Suite struct ValuationTests {
    private func write(_ json: String, name: String = "my-valuation.json") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("csr-report-tests-valuation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try json.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// 1/1.05 + 0.8/1.05^2 + 0.64/1.05^3 = 0.952381 + 0.725624 + 0.552856 = 2.230861
    @Test func presentValueFactorSumsDiscountedDroppingYears() {
        #expect(abs(Valuation.pvFactor(durationYears: 3, dropOff: 0.2, rate: 0.05) - 2.2308605982075367) < 1e-12)
        #expect(Valuation.pvFactor(durationYears: 1, dropOff: 0.9, rate: 0) == 1)
        // The built-in well-being entry: 1/1.035 + 0.5/1.035^2 = 1.432939
        #expect(abs(Valuation.builtIn.pvFactor(.wellBeing, rate: 0.035) - 1.4329389250624287) < 1e-12)
        #expect(Valuation.builtIn.pvFactor(.confidence, rate: 0.035) == 0)   // not valued
    }

    @Test func hourValueByCountryIsCaseInsensitiveWithTheDefaultAsFallback() {
        let v = Valuation.builtIn
        #expect(v.hourValue(forCountry: "NO") == (53.7, "NO"))
        #expect(v.hourValue(forCountry: "no") == (53.7, "NO"))
        #expect(v.hourValue(forCountry: " De ") == (43.4, "DE"))
        #expect(v.hourValue(forCountry: "UA") == (33.5, nil))   // Ukraine: not in Eurostat's table
        #expect(v.hourValue(forCountry: nil) == (33.5, nil))
    }

    /// Every number of data/valuation.json has its source.
    @Test func builtInSetCitesASourceForEveryNumber() throws {
        let v = Valuation.builtIn
        #expect(v.origin == .builtIn)
        #expect(v.currency == "EUR" && v.priceYear == 2024)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(Valuation.builtInJSON.utf8)) as? [String: Any])
        for key in object.keys where key != "sources" && key != "outcomes" {
            #expect(v.sources[key] != nil, "no source for \(key)")
        }
        for d in v.valuedDimensions { #expect(v.sources["outcomes.\(d.rawValue)"] != nil) }
        for code in v.hourValueByCountry.keys { #expect(v.sources["hour_value_by_country"]?.contains("\(code) ") == true, "\(code)") }
        // Only one life-satisfaction value: confidence and belonging are improvers, not valued.
        #expect(v.valuedDimensions == [.langLevelProxy, .wellBeing])
    }

    @Test func valuationCommandPrintsTheBuiltInSetInTheShapeItReads() throws {
        let result = try CLI.run(["valuation"])
        #expect(result.status == 0)
        let path = try write(result.stdout)
        var loaded = try ValuationFile.load(path: path)
        loaded.origin = .builtIn
        #expect(loaded == Valuation.builtIn)
    }

    /// Top-level keys replace one by one; outcomes, countries and sources entry by entry; an
    /// outcome entry whole; null removes.
    @Test func fileReplacesWhatItNamesAndNullStopsValuing() throws {
        let json = """
            {"deadweight": {"central": 0.3, "low": 0.2, "high": 0.4},
             "hour_value_by_country": {"se": 40, "PL": null},
             "outcomes": {"well_being": null, "lang_level_proxy": {"value_per_point_year": 100, "duration_years": 3, "drop_off": 0.1},
                          "job_readiness": {"value_per_point_year": 700, "duration_years": 1, "drop_off": 0}},
             "sources": {"outcomes.job_readiness": "our own study"}}
            """
        let path = try write(json)
        let v = try ValuationFile.load(path: path)
        let base = Valuation.builtIn
        #expect(v.deadweight == .init(central: 0.3, low: 0.2, high: 0.4))
        #expect(v.attribution == base.attribution)
        #expect(v.hourValueByCountry["SE"] == 40 && v.hourValueByCountry["NO"] == 53.7 && v.hourValueByCountry["PL"] == nil)
        #expect(v.outcomes[.wellBeing] == nil)
        #expect(v.outcomes[.langLevelProxy] == .init(valuePerPointYear: 100, durationYears: 3, dropOff: 0.1))
        #expect(v.outcomes[.jobReadiness]?.valuePerPointYear == 700)
        #expect(v.sources["outcomes.job_readiness"] == "our own study" && v.sources["hour_value"] == base.sources["hour_value"])
        #expect(v.origin == .file(name: "my-valuation.json", sha256: sha256Hex(Data(json.utf8))))
    }

    @Test(arguments: [
        ("{", "is not valid JSON"),
        ("[1]", "the top level must be a JSON object"),
        (#"{"proxies": {}}"#, "proxies: unknown key"),
        (#"{"deadweight": {"central": 0.2, "low": 0.1, "high": 0.3, "mid": 0.2}}"#, "deadweight.mid: unknown key"),
        (#"{"hour_value": "33"}"#, "hour_value: must be a number"),
        (#"{"hour_value": null}"#, "hour_value: must be a number, not null"),
        (#"{"attribution": {"central": 1.5, "low": 0.1, "high": 2}}"#, "attribution.central: must lie in 0..1, got 1.5"),
        (#"{"discount_rate": {"central": 0.03, "low": -0.01, "high": 0.05}}"#, "discount_rate.low: must lie in 0..1, got -0.01"),
        (#"{"deadweight": {"central": 0.2, "low": 0.3, "high": 0.5}}"#, "deadweight.low: must not be above central"),
        (#"{"deadweight": {"central": 0.6, "low": 0.3, "high": 0.5}}"#, "deadweight.central: must not be above high"),
        (#"{"deadweight": {"central": 0.2, "high": 0.5}}"#, "deadweight.low: is missing"),
        (#"{"outcomes": {"well_being": {"value_per_point_year": 1, "duration_years": 11, "drop_off": 0}}}"#, "outcomes.well_being.duration_years: must be a whole number in 1..10, got 11"),
        (#"{"outcomes": {"well_being": {"value_per_point_year": 1, "duration_years": 2.5, "drop_off": 0}}}"#, "outcomes.well_being.duration_years: must be a whole number in 1..10, got 2.5"),
        (#"{"outcomes": {"well_being": {"value_per_point_year": 1, "duration_years": 2, "drop_off": 1.2}}}"#, "outcomes.well_being.drop_off: must lie in 0..1, got 1.2"),
        (#"{"outcomes": {"well_being": {"value_per_point_year": 1, "duration_years": 2}}}"#, "outcomes.well_being.drop_off: is missing"),
        (#"{"outcomes": {"happiness": null}}"#, "outcomes.happiness: is not an outcome dimension"),
        (#"{"hour_value_by_country": {"NOR": 50}}"#, "hour_value_by_country.NOR: is not a country code"),
        (#"{"currency": "euro"}"#, "currency: must be a three-letter currency code"),
        (#"{"price_year": 2024.5}"#, "price_year: must be a whole number"),
    ])
    func everyMistakeIsOneLineNamingFileAndKey(json: String, expected: String) throws {
        let path = try write(json, name: "bad.json")
        do {
            _ = try ValuationFile.load(path: path)
            Issue.record("no error for \(json)")
        } catch {
            let message = error.description
            #expect(message.hasPrefix("\(path): \(expected)"), "\(message)")
            #expect(!message.contains("\n"))
        }
    }

    /// The demo companies: Norway and Poland have their own hour value, Ukraine uses the default;
    /// a file changing Poland's reaches the figures and the range still brackets the ratio.
    @Test func demoFiguresUseTheCompanysCountryAndTheFile() throws {
        let db = try TestPaths.demo()
        func figures(_ extra: [String]) throws -> [[String: Any]] {
            let result = try CLI.run(["figures", "--db", db] + extra)
            #expect(result.status == 0, "\(result.stderr)")
            return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        }
        func hour(_ rows: [[String: Any]], _ prefix: String) -> Double? {
            rows.first { ($0["company_name"] as? String)?.hasPrefix(prefix) == true }?["hour_value"] as? Double
        }
        let builtIn = try figures([])
        #expect(hour(builtIn, "Sjøvik") == 53.7)
        #expect(hour(builtIn, "Wytwórnia") == 17.3)
        #expect(hour(builtIn, "ТОВ") == 33.5)
        for row in builtIn {
            guard let ratio = row["sroi_ratio"] as? Double, let low = row["sroi_low"] as? Double, let high = row["sroi_high"] as? Double else { continue }
            #expect(low <= ratio && ratio <= high)
            let pairs = try #require(row["sroi_sensitivity"] as? [String: [Double]])
            #expect(Set(pairs.keys) == ["deadweight", "attribution", "displacement", "discount_rate"])
            for (_, pair) in pairs { #expect(pair[0] <= ratio && ratio <= pair[1]) }
        }
        let path = try write(#"{"hour_value_by_country": {"pl": 30}}"#)
        #expect(hour(try figures(["--valuation", path]), "Wytwórnia") == 30)
    }

    @Test func buildStopsOnABadValuationFileWithOneLineAndExitOne() throws {
        let path = try write(#"{"deadweight": {"central": 0.2, "low": 0.3, "high": 0.5}}"#, name: "bad.json")
        let out = TestPaths.fresh("bad-valuation")
        let result = try CLI.run(["build", "--db", try TestPaths.demo(), "--out", out, "--valuation", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("bad.json: deadweight.low: must not be above central"))
        #expect(!FileManager.default.fileExists(atPath: out + "/index.html"))
    }
}
