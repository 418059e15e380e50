extension ValidationRun {
    /// Ids shared by more than one row, ignoring case. The examples are the duplicated ids
    /// themselves (each once), the count is the number of rows that share one.
    func checkPrimaryKey(_ rule: ValidationRule) throws {
        // Without upper-case ids, GROUP BY "id" walks the primary-key index instead of sorting.
        let key = mayHoldUpperCase(rule.table, "id") ? "lower(\"id\")" : "\"id\""
        try duplicates(rule, keys: [key], problem: .duplicatePrimaryKey)
    }

    /// Rows sharing a value of a unique key with another row; NULL never duplicates (as in SQL).
    /// The examples are the rows' ids, never the shared value (an email, a hash).
    func checkUnique(_ rule: ValidationRule, ignoringCase: Bool) throws {
        let keys = rule.columns.map { ignoringCase ? "lower(\(ValidationSQL.name($0)))" : ValidationSQL.name($0) }
        try duplicates(rule, keys: keys, problem: .duplicateKey(ignoringCase: ignoringCase))
    }

    private func duplicates(_ rule: ValidationRule, keys: [String], problem: ValidationProblem) throws {
        let name = ValidationSQL.name
        let table = "main.\(name(rule.table))"
        let tuple = keys.count == 1 ? keys[0] : "(\(keys.joined(separator: ", ")))"
        let notNull = rule.columns.map { "\(name($0)) IS NOT NULL" }.joined(separator: " AND ")
        let groups = (1...keys.count).map(String.init).joined(separator: ", ")
        let sql = """
            SELECT \(idExpression(rule.table, alias: "c")), \(rowidExpression(rule.table, alias: "c"))
            FROM \(table) AS c
            WHERE \(notNull)
              AND \(tuple) IN (SELECT \(keys.joined(separator: ", ")) FROM \(table) WHERE \(notNull)
                               GROUP BY \(groups) HAVING count(*) > 1)
            """
        try snapshot.query(sql) { stmt in
            tally.add(problem, table: rule.table, columns: rule.columns, example: ExampleID.of(stmt))
        }
    }
}
