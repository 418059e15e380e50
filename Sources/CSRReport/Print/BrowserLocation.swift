import Foundation

/// Finds the browser that prints `report.pdf`: `--chromium PATH` when given, else the first of
/// the usual Chromium names on PATH (Debian's `chromium`, Ubuntu's and others' names, Chrome).
///
/// ```swift
/// let browser = try BrowserLocation.find(explicit: nil, path: ProcessInfo.processInfo.environment["PATH"])
/// ```
/// Called before anything is read or written, so a missing browser costs nothing.
public enum BrowserLocation {
    public static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    public static func find(explicit: String?, path: String?) throws -> String {
        if let explicit {
            guard FileManager.default.isExecutableFile(atPath: explicit), !isFolder(explicit) else {
                throw PrintError.browserNotExecutable(explicit)
            }
            return explicit
        }
        // An empty PATH entry means the current folder (POSIX); a browser is never looked for there.
        let folders = (path ?? "").split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        for name in names {
            for folder in folders {
                let candidate = folder + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate), !isFolder(candidate) { return candidate }
            }
        }
        throw PrintError.noBrowser
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
