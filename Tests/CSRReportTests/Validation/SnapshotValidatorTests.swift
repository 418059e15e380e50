import Foundation
import Testing
@testable import CSRReport

/// Each test plants one problem in the clean fixture and expects exactly the findings it causes.
@Suite struct SnapshotValidatorTests {
    typealias F = ValidationFixture

    @Test func cleanSnapshotHasNoFindings() throws {
        let report = try F.validate()
        #expect(report.summary == [])
        #expect(!report.hasErrors)
        #expect(report.rowsChecked == F.checkedRows)
        #expect(report.tablesChecked == 18)
        #expect(report.notInSnapshot == [])
    }

    // MARK: References

    @Test func orphanSessionParticipantIsAnError() throws {
        let report = try F.validate("UPDATE kintell_sessions SET participant_id = '\(F.missing)' WHERE id = '\(F.session)'")
        #expect(report.summary == [
            "error kintell_sessions.participant_id | refers to no users row | 1 | \(F.session)",
            // The score on that session has nobody to belong to.
            "error outcome_scores.text_id | kintell_sessions row leads to no participant: score excluded | 1 | \(F.kintellScore)",
        ])
    }

    @Test func orphanInAColumnNoFigureReadsIsAWarning() throws {
        let report = try F.validate("UPDATE program_enrollments SET user_id = '\(F.missing)'")
        #expect(report.summary == ["warning program_enrollments.user_id | refers to no users row | 1 | b1000000-0000-4000-8000-000000000001"])
    }

    @Test func referencesIgnoreCaseOnEitherSide() throws {
        // Upper-case references to lower-case ids, then upper-case ids (the scratch-table path).
        #expect(try F.validate("UPDATE kintell_sessions SET participant_id = upper(participant_id)").summary == [])
        let report = try F.validate("""
            UPDATE users SET id = upper(id);
            UPDATE buddy_matches SET id = upper(id);
            UPDATE kintell_sessions SET id = upper(id);
            UPDATE buddy_events SET match_id = '\(F.missing)';
            """)
        #expect(report.summary == ["error buddy_events.match_id | refers to no buddy_matches row | 1 | \(F.event)"])
    }

    @Test func examplesAreTheThreeSmallestIDs() throws {
        var plant = ""
        for n in (1...5).reversed() {
            plant += "INSERT INTO buddy_checkins VALUES ('e2000000-0000-4000-8000-00000000010\(n)', '\(F.missing)', '2025-07-11T18:00:00Z', 'good', NULL);\n"
        }
        let report = try F.validate(plant)
        #expect(report.findings.count == 1)
        #expect(report.findings.first?.count == 5)
        #expect(report.findings.first?.exampleIDs == (1...3).map { "e2000000-0000-4000-8000-00000000010\($0)" })
    }

    @Test func nullReferenceThatDropsARowIsAnError() throws {
        let report = try F.validate("UPDATE learning_progress SET user_id = NULL")
        #expect(report.summary == ["error learning_progress.user_id | NULL: row excluded | 1 | \(F.learning)"])
    }

    // MARK: Outcome score sources

    @Test func scoreWithoutItsSourceRow() throws {
        let report = try F.validate("UPDATE outcome_scores SET text_id = '\(F.missing)' WHERE id = '\(F.kintellScore)'")
        #expect(report.summary == ["error outcome_scores.text_id | matches no kintell_sessions row: score excluded | 1 | \(F.kintellScore)"])
    }

    @Test func scoreLooksUpTheTableOfItsTextType() throws {
        // A session id is not a check-in id.
        let report = try F.validate("UPDATE outcome_scores SET text_id = '\(F.session)' WHERE id = '\(F.checkinScore)'")
        #expect(report.summary == ["error outcome_scores.text_id | matches no buddy_checkins row: score excluded | 1 | \(F.checkinScore)"])
    }

    @Test func scoreWhoseSourceHasNoMatch() throws {
        let report = try F.validate("UPDATE buddy_feedback SET match_id = '\(F.missing)'")
        #expect(report.summary == [
            "error buddy_feedback.match_id | refers to no buddy_matches row | 1 | \(F.feedback)",
            "error outcome_scores.text_id | buddy_feedback row leads to no participant: score excluded | 1 | \(F.feedbackScore)",
        ])
    }

    @Test func scoreWithUnknownTextTypeIsCountedOnce() throws {
        let report = try F.validate("UPDATE outcome_scores SET text_type = 'email' WHERE id = '\(F.kintellScore)'")
        #expect(report.summary == ["error outcome_scores.text_type | not one of buddy_feedback | checkin_note | kintell_feedback | 1 | \(F.kintellScore)"])
    }

    @Test func scoreSourcesMatchUpperCaseIDs() throws {
        let report = try F.validate("""
            UPDATE kintell_sessions SET id = upper(id);
            UPDATE buddy_feedback SET id = upper(id);
            UPDATE outcome_scores SET text_id = upper(text_id) WHERE id = '\(F.checkinScore)';
            """)
        #expect(report.summary == [])
    }

    // MARK: Domains and ranges

    @Test func unknownDimensionIsAnError() throws {
        let report = try F.validate("UPDATE outcome_scores SET dimension = 'happiness' WHERE id = '\(F.feedbackScore)'")
        #expect(report.summary == ["error outcome_scores.dimension | not one of confidence | belonging | lang_level_proxy | job_readiness | well_being | 1 | \(F.feedbackScore)"])
    }

    @Test func enumValuesCompareIgnoringCase() throws {
        #expect(try F.validate("UPDATE users SET role = 'Participant'; UPDATE api_request_deduplication SET method = 'post'").summary == [])
    }

    @Test func scoreOutsideUnitRangeIsAnErrorRatingAWarning() throws {
        let report = try F.validate("""
            UPDATE outcome_scores SET score = 1.5 WHERE id = '\(F.kintellScore)';
            UPDATE kintell_sessions SET rating = -0.1 WHERE id = '\(F.session)';
            UPDATE learning_progress SET progress_percent = 101;
            """)
        #expect(report.summary == [
            "error outcome_scores.score | outside 0..1 | 1 | \(F.kintellScore)",
            "warning kintell_sessions.rating | outside 0..1 | 1 | \(F.session)",
            "warning learning_progress.progress_percent | outside 0..100 | 1 | \(F.learning)",
        ])
    }

    @Test func nonNumericDecimalAndFractionalMinutes() throws {
        let report = try F.validate("""
            UPDATE outcome_scores SET confidence = 'high' WHERE id = '\(F.kintellScore)';
            UPDATE kintell_sessions SET duration_minutes = 12.5 WHERE id = '\(F.session)';
            """)
        #expect(report.summary == [
            "error kintell_sessions.duration_minutes | not an integer | 1 | \(F.session)",
            "error outcome_scores.confidence | not a number | 1 | \(F.kintellScore)",
        ])
    }

    @Test func unknownCEFRLevelIsAWarning() throws {
        #expect(try F.validate("UPDATE kintell_sessions SET language_level = ' b2 '").summary == [])
        let report = try F.validate("UPDATE kintell_sessions SET language_level = 'native' WHERE id = '\(F.session)'")
        #expect(report.summary == ["warning kintell_sessions.language_level | not a CEFR level A1..C2: level skipped | 1 | \(F.session)"])
    }

    @Test func unparseableTimestampsEverywhere() throws {
        let report = try F.validate("""
            UPDATE kintell_sessions SET completed_at = '07/01/2025' WHERE id = '\(F.session)';
            UPDATE users SET created_at = 'yesterday' WHERE id = '\(F.volunteer)';
            UPDATE api_request_deduplication SET expires_at = 1751328000;
            """)
        #expect(report.summary == [
            "error kintell_sessions.completed_at | not an ISO 8601 timestamp | 1 | \(F.session)",
            "warning api_request_deduplication.expires_at | not an ISO 8601 timestamp | 1 | 96000000-0000-4000-8000-000000000001",
            "warning users.created_at | not an ISO 8601 timestamp | 1 | \(F.volunteer)",
        ])
    }

    @Test func periodDates() throws {
        #expect(try F.validate("UPDATE metrics_company_period SET period_start = '2025/07/01'").summary
                    == ["error metrics_company_period.period_start | not a YYYY-MM-DD date | 1 | 93000000-0000-4000-8000-000000000001"])
        #expect(try F.validate("UPDATE metrics_company_period SET period_end = '2025-09-30T00:00:00Z'").summary
                    == ["warning metrics_company_period.period_end | a timestamp where a YYYY-MM-DD date belongs | 1 | 93000000-0000-4000-8000-000000000001"])
    }

    @Test func invalidJSONIsAWarning() throws {
        let report = try F.validate("""
            UPDATE kintell_sessions SET topics = '["grammar"' WHERE id = '\(F.session)';
            UPDATE webhook_deduplication SET payload = 'ok';
            """)
        #expect(report.summary == [
            "warning kintell_sessions.topics | not valid JSON | 1 | \(F.session)",
            "warning webhook_deduplication.payload | not valid JSON | 1 | 95000000-0000-4000-8000-000000000001",
        ])
    }

    @Test func nullJoinedAtIsAWarning() throws {
        let report = try F.validate("UPDATE company_users SET joined_at = NULL WHERE id = '\(F.membership2)'")
        #expect(report.summary == ["warning company_users.joined_at | NULL: counted as always joined | 1 | \(F.membership2)"])
    }

    // MARK: Ids and privacy

    @Test func nonUUIDValueIsNeverEchoed() throws {
        let report = try F.validate("UPDATE kintell_sessions SET participant_id = 'ada.lovelace@example.org' WHERE id = '\(F.session)'")
        #expect(report.summary == [
            "error kintell_sessions.participant_id | not a UUID | 1 | \(F.session)",
            "error kintell_sessions.participant_id | refers to no users row | 1 | \(F.session)",
            "error outcome_scores.text_id | kintell_sessions row leads to no participant: score excluded | 1 | \(F.kintellScore)",
        ])
        #expect(!report.text().contains("lovelace"))
    }

    @Test func rowWithMalformedIDIsNamedByRowid() throws {
        let report = try F.validate("UPDATE buddy_events SET id = 'Ada Lovelace'")
        // The loader decodes buddy_events.id, so a malformed one stops the build: an error.
        #expect(report.summary == ["error buddy_events.id | not a UUID | 1 | rowid 1"])
        #expect(!report.text().contains("Ada"))
    }

    // MARK: Uniqueness

    @Test func duplicatePrimaryKeyIgnoringCase() throws {
        let report = try F.validate("""
            INSERT INTO users VALUES (upper('\(F.participant)'), 'other@example.org', 'volunteer', 'X', 'Y', NULL, NULL);
            """)
        #expect(report.summary == ["error users.id | duplicate id (ignoring case) | 2 | \(F.participant)"])
    }

    @Test func duplicateEmailIsAWarningNamedByUserIDs() throws {
        let report = try F.validate("UPDATE users SET email = 'P@Example.org' WHERE id = '\(F.volunteer)'")
        #expect(report.summary == ["warning users.email | duplicate value (ignoring case) | 2 | \(F.participant),\(F.volunteer)"])
        #expect(!report.text().contains("example.org"))
    }

    @Test func duplicateCompositeKey() throws {
        // The DDL's unique index forbids it; an export made without the index may not.
        let report = try F.validate("""
            DROP INDEX idx_external_id_mappings_external_system_external_id;
            INSERT INTO external_id_mappings VALUES ('b2000000-0000-4000-8000-000000000002', '\(F.volunteer)', 'kintell', 'k-1', NULL);
            INSERT INTO external_id_mappings VALUES ('b2000000-0000-4000-8000-000000000003', '\(F.volunteer)', 'KINTELL', 'k-1', NULL);
            """)
        #expect(report.summary == ["warning external_id_mappings.external_system+external_id | duplicate value | 2 | b2000000-0000-4000-8000-000000000001,b2000000-0000-4000-8000-000000000002"])
    }

    @Test func duplicateSnippetHashIsAWarning() throws {
        let report = try F.validate("""
            INSERT INTO evidence_snippets VALUES ('91000000-0000-4000-8000-000000000002', '\(F.kintellScore)', 'Same.', 'ABC123', NULL, NULL);
            """)
        #expect(report.summary == ["warning evidence_snippets.snippet_hash | duplicate value (ignoring case) | 2 | \(F.snippet),91000000-0000-4000-8000-000000000002"])
    }

    // MARK: Optional parts

    @Test func absentOptionalTablesAndColumnsAreSkipped() throws {
        let report = try F.validate("""
            DROP TABLE webhook_deduplication;
            DROP TABLE metrics_company_period;
            ALTER TABLE kintell_sessions DROP COLUMN topics;
            """)
        #expect(report.summary == [])
        #expect(report.notInSnapshot == ["kintell_sessions.topics", "metrics_company_period", "webhook_deduplication"])
        #expect(report.tablesChecked == 16)
    }

    // MARK: The snapshot is left alone

    @Test func runDoesNotTouchTheFileAndCanRunTwice() throws {
        let path = try F.build("UPDATE users SET id = upper(id)")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let snapshot = try Snapshot.open(path)
        let first = try SnapshotValidator(snapshot: snapshot).run()
        let second = try SnapshotValidator(snapshot: snapshot).run()
        #expect(first == second)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        // The temp tables are gone again.
        #expect(try snapshot.connection.scalarInt("SELECT count(*) FROM temp.sqlite_master") == 0)
    }
}
