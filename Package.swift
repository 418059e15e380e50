// swift-tools-version: 6.1
import PackageDescription

// The pipeline lives in one library, `CSRReport`, one folder per stage
// (Snapshot -> Figures -> Privacy (redaction) -> Render -> Bundle), each knowing only the one
// before it, run in order by `Pipeline/ReportPipeline`; the executable only parses arguments.
// The producers of snapshots are not stages and live beside it: `CSRSnapshotExport` (PostgreSQL)
// and `CSRDemoData` (the synthetic demo), both writing through `CSRSQLiteWriter`; `CSRReport`
// reads snapshots only and links neither.
// The C libraries (SQLite, cmark, libpq) come from Debian through system-library targets; `make setup`
// (scripts/bootstrap) installs them, because SwiftPM's `providers` only prints a hint.
let package = Package(
    name: "csr-report",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "csr-report", targets: ["csr-report"]),
        .library(name: "CSRReport", targets: ["CSRReport"]),
        .library(name: "CSRSnapshotExport", targets: ["CSRSnapshotExport"]),
        .library(name: "CSRDemoData", targets: ["CSRDemoData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // strings.toml, the per-language catalogs, and csr-report.toml, the project file; builds toml++ (C++).
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "CSRReport",
            dependencies: [
                "CSQLite",
                "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // PostgreSQL -> snapshot: not a stage of the report pipeline, so not in CSRReport
        // (which never talks to a server); only the command line links libpq.
        .target(
            name: "CSRSnapshotExport",
            dependencies: ["CSRReport", "CSRSQLiteWriter", "CLibPQ"]
        ),
        // The synthetic demo snapshot: a producer of snapshots like the export, not a stage.
        .target(
            name: "CSRDemoData",
            dependencies: ["CSRReport", "CSRSQLiteWriter", .product(name: "Crypto", package: "swift-crypto")]
        ),
        // The one SQLite writer (and the write-then-rename of a finished file) of the two
        // producers; CSRReport reads snapshots only and does not link it.
        .target(
            name: "CSRSQLiteWriter",
            dependencies: ["CSQLite"]
        ),
        .executableTarget(name: "embed-files"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["embed-files"]),
        .executableTarget(
            name: "csr-report",
            dependencies: [
                "CSRReport",
                "CSRSnapshotExport",
                "CSRDemoData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CSRReportTests",
            // The executable is a dependency so that `swift test` builds it for the CLI tests.
            // ZIPFoundation reads figures.xlsx back.
            dependencies: ["CSRReport", "CSRSnapshotExport", "CSRDemoData", "CSRSQLiteWriter", "csr-report",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
