/// The tables and column types the server has, read from `pg_catalog` inside the export's
/// transaction, checked against what the report reads before a single row is copied.
///
/// ```swift
/// let catalogue = try ServerCatalogue.read(server, tables: ["users", "companies"])
/// let plan = try catalogue.plan(ExportedTable.all, target: "db:5432/platform")   // or one clear error
/// ```
/// Tables are found the way an unqualified name in a query is: through the session's
/// `search_path`. Views and materialised views count as tables; extra tables and columns are
/// ignored.
struct ServerCatalogue {
    /// table -> (schema-qualified, quoted relation; column -> type name as `format_type` writes it)
    var tables: [String: (relation: String, columns: [String: String])] = [:]

    static func read(_ server: PostgresConnection, tables names: [String]) throws(SnapshotExportError) -> ServerCatalogue {
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        // A domain is checked as its base type; dropped columns are not columns.
        let rows = try server.rows("""
            SELECT c.relname, n.nspname, a.attname,
                   pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END, NULL)
            FROM pg_catalog.pg_class c
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
            LEFT JOIN pg_catalog.pg_type t ON t.oid = a.atttypid
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND pg_catalog.pg_table_is_visible(c.oid)
              AND c.relname IN (\(list))
            """, what: "reading the catalogue")
        var catalogue = ServerCatalogue()
        for row in rows {
            guard let table = row[0], let schema = row[1] else { continue }
            var entry = catalogue.tables[table] ?? (relation: "\(quoted(schema)).\(quoted(table))", columns: [:])
            if let column = row[2], let type = row[3] { entry.columns[column] = type }
            catalogue.tables[table] = entry
        }
        return catalogue
    }

    /// Each exported table with the relation to read it from; optional tables the server
    /// lacks are left out. Throws for the first table, column or type that does not fit.
    func plan(_ wanted: [ExportedTable], target: String) throws(SnapshotExportError) -> [(ExportedTable, String)] {
        var plan: [(ExportedTable, String)] = []
        for table in wanted {
            guard let found = tables[table.name] else {
                if table.isOptional { continue }
                throw .missingTable(target: target, table: table.name)
            }
            for column in table.columns {
                guard let type = found.columns[column.name] else {
                    throw .missingColumn(target: target, table: table.name, column: column.name)
                }
                guard column.kind.acceptedTypes.contains(type) else {
                    throw .wrongColumnType(target: target, table: table.name, column: column.name, found: type,
                                           expected: column.kind.acceptedTypes)
                }
            }
            plan.append((table, found.relation))
        }
        return plan
    }

    /// An identifier as PostgreSQL quotes it.
    static func quoted(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
