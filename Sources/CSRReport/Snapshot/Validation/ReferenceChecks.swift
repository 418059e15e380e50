extension ValidationRun {
    /// Rows whose `rule.columns[0]` is not NULL and matches no `parent.id`, ignoring case.
    func checkReference(_ rule: ValidationRule, parent: String) throws {
        guard snapshot.columns[parent]?.contains("id") == true else { return }
        let name = ValidationSQL.name
        let column = "c.\(name(rule.columns[0]))"
        let sql = """
            SELECT \(idExpression(rule.table, alias: "c")), \(rowidExpression(rule.table, alias: "c"))
            FROM main.\(name(rule.table)) AS c
            WHERE \(column) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM \(try keyTable(parent)) AS p WHERE p."id" = lower(\(column)))
            """
        try snapshot.query(sql) { stmt in
            tally.add(.orphan(parent: parent), table: rule.table, columns: rule.columns, example: ExampleID.of(stmt))
        }
    }

    /// Outcome scores whose source text cannot be followed to a participant (spec 3): no row of
    /// the text type's table has the `text_id`, or that row's match or participant is missing.
    /// An unknown or NULL `text_type` is the domain check's finding, not counted again here.
    ///
    /// One pass over the scores; per score, one scalar subquery follows the hops with index
    /// lookups and says how far it got: no row (NULL), a source row without a participant (0),
    /// or a participant (1). Separate EXISTS / NOT EXISTS tests would repeat the lookups.
    func checkScoreSources(_ rule: ValidationRule) throws {
        let name = ValidationSQL.name
        let sources = ScoreSourceType.all.filter(isResolvable)
        guard !sources.isEmpty, snapshot.columns["outcome_scores"]?.contains("text_type") == true else { return }
        var cases: [String] = []
        for source in sources {
            var from = "\(try keyTable(source.table)) AS h0"
            for (offset, hop) in source.hops.enumerated() {
                from += " LEFT JOIN \(try keyTable(hop.table)) AS h\(offset + 1)"
                    + " ON h\(offset + 1).\"id\" = lower(h\(offset).\(name(hop.column)))"
            }
            let participant = "h\(source.hops.count)"
            cases.append("WHEN \(ValidationSQL.literal(source.textType)) THEN (SELECT \(participant).\"id\" IS NOT NULL "
                         + "FROM \(from) WHERE h0.\"id\" = lower(o.\"text_id\"))")
        }
        let sql = """
            SELECT \(idExpression("outcome_scores", alias: "o")), \(rowidExpression("outcome_scores", alias: "o")),
                   lower(o."text_type"),
                   CASE lower(o."text_type") \(cases.joined(separator: "\n        ")) END
            FROM main."outcome_scores" AS o
            WHERE o."text_id" IS NOT NULL
            """
        let tables = Dictionary(uniqueKeysWithValues: sources.map { ($0.textType, $0.table) })
        try snapshot.query(sql) { stmt in
            guard let table = stmt.text(2).flatMap({ tables[$0] }) else { return }   // unknown type: domain check
            if stmt.isNull(3) {
                tally.add(.noSourceRow(sourceTable: table), table: rule.table, columns: rule.columns, example: ExampleID.of(stmt))
            } else if stmt.int64(3) == 0 {
                tally.add(.sourceWithoutParticipant(sourceTable: table), table: rule.table, columns: rule.columns,
                          example: ExampleID.of(stmt))
            }
        }
    }

    /// A source type can be checked when its table and every hop's column are in the snapshot.
    private func isResolvable(_ source: ScoreSourceType) -> Bool {
        var table = source.table
        for hop in source.hops {
            guard snapshot.columns[table]?.isSuperset(of: ["id", hop.column]) == true else { return false }
            table = hop.table
        }
        return snapshot.columns[table]?.contains("id") == true
    }

    /// A table to look ids of `table` up in by `"id" = lower(x)`, using an index.
    ///
    /// UUIDs compare case-insensitively (spec 1), but `lower(id) = lower(x)` cannot use the
    /// primary-key index and turns each check into a scan per row. When the value pass saw no
    /// upper-case id in `table` (the usual export), `lower(id)` is `id` and the table itself is
    /// used; otherwise the ids, lower-cased, and the columns the score-source hops follow are
    /// copied once into an indexed TEMP table.
    func keyTable(_ table: String) throws -> String {
        let name = ValidationSQL.name
        guard mayHoldUpperCase(table, "id") else { return "main.\(name(table))" }
        if let copy = loweredCopies[table] { return copy }
        let copy = "temp.\(name("csr_validate_\(table)"))"
        let carried = Self.hopColumns(from: table).filter { snapshot.columns[table]?.contains($0) == true }
        let definitions = (["\"id\" TEXT PRIMARY KEY"] + carried.map(name)).joined(separator: ", ")
        let values = (["lower(\"id\")"] + carried.map(name)).joined(separator: ", ")
        // Ids that differ only in case keep the first row, as in the loader.
        try execute("""
            DROP TABLE IF EXISTS \(copy);
            CREATE TEMP TABLE \(name("csr_validate_\(table)")) (\(definitions)) WITHOUT ROWID;
            INSERT OR IGNORE INTO \(copy) SELECT \(values) FROM main.\(name(table)) WHERE "id" IS NOT NULL;
            """)
        loweredCopies[table] = copy
        return copy
    }

    /// The columns the score-source paths follow out of `table` (e.g. buddy_matches.participant_id).
    private static func hopColumns(from table: String) -> [String] {
        var columns: [String] = []
        for source in ScoreSourceType.all {
            var current = source.table
            for hop in source.hops {
                if current == table, !columns.contains(hop.column) { columns.append(hop.column) }
                current = hop.table
            }
        }
        return columns
    }
}
