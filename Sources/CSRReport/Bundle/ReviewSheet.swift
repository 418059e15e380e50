import Foundation

/// The account manager's review sheet (README, "Reviewing quotes"): `<review>/<tenant>.csv`,
/// one row per quoted excerpt with its snippet id, so that a quote can be vetoed with
/// `--exclude-evidence` before the report is sent. It holds only what the report itself
/// quotes (redacted text) plus which kinds were redacted, never the original text.
///
/// The folder lives outside the published site: `SiteBuilder` refuses a review folder inside
/// `--out`, so nothing of it reaches the site, the manifest or a zip.
///
/// The sheet's rows come from the operator's side of the figures (`ReviewSheetCSV`); this
/// stage only writes the bytes it is given.
public enum ReviewSheet {
    /// Writes each sheet (`ReviewSheetCSV`) into `folder` (created when missing) as
    /// `<tenant>.csv`, each under a temporary name and renamed over the old sheet, after checking
    /// that `folder` lies outside the site folder `out`. Sheets of other tenants are left as they are.
    static func write(_ sheets: [(tenant: String, bytes: [UInt8])], to folder: String, outside out: String,
                      fs: SiteFileSystem) throws {
        if let problem = problem(review: folder, out: out) { throw ReviewSheetError.insideSite(problem) }
        try fs.makeFolder(folder)
        for sheet in sheets {
            let target = folder + "/" + sheet.tenant + ".csv"
            let temporary = folder + "/." + sheet.tenant + ".csv.tmp-\(getpid())"
            unlink(temporary)
            try fs.write(sheet.bytes, to: temporary)
            try fs.rename(temporary, target)
        }
    }

    /// The review folder for an output folder: `review/` beside it (`site` -> `review`,
    /// `/srv/reports/site` -> `/srv/reports/review`).
    public static func defaultFolder(besideOutput out: String) -> String {
        let absolute = out.hasPrefix("/") ? out : FileManager.default.currentDirectoryPath + "/" + out
        let parent = ((absolute as NSString).standardizingPath as NSString).deletingLastPathComponent
        return parent == "/" ? "/review" : parent + "/review"
    }

    /// Nil when `review` may hold the sheets of a site built into `out`; otherwise why not.
    /// Inside `--out` the sheets would be published with the site; `--out` itself inside the
    /// review folder would be as bad the other way round.
    public static func problem(review: String, out: String) -> String? {
        let r = standardised(review), o = standardised(out)
        if r == o { return "--review \(review) is the output folder: the review sheet must stay outside the published site" }
        if r.hasPrefix(o == "/" ? "/" : o + "/") {
            return "--review \(review) is inside --out \(out): the review sheet must stay outside the published site"
        }
        if o.hasPrefix(r == "/" ? "/" : r + "/") {
            return "--out \(out) is inside --review \(review): keep the review folder and the site apart"
        }
        return nil
    }

    /// An absolute path with `.`/`..` and symbolic links of existing parts resolved.
    static func standardised(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (URL(fileURLWithPath: absolute).standardizedFileURL.resolvingSymlinksInPath().path as NSString).standardizingPath
    }
}

/// A review folder that would end up inside the published site.
public enum ReviewSheetError: Error, Equatable, Sendable, CustomStringConvertible {
    case insideSite(String)

    public var description: String {
        switch self {
        case .insideSite(let why): why
        }
    }
}
