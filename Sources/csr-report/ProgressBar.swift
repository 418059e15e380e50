import Foundation

/// Work done / total on standard error, redrawn in place, only when standard error is a
/// terminal: CI logs and pipes stay quiet. One bar per task (the build's tenants, each table of
/// a snapshot export); `finish` ends the line.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let unit: String
    private let lock = NSLock()
    private var shown = false

    init(unit: String = "tenants") {
        self.unit = unit
    }

    /// `total` nil draws the count alone; a total that turns out low (a server's estimate) is
    /// shown full rather than overflowing.
    func show(done: Int, total: Int?, label: String? = nil) {
        guard enabled else { return }
        let prefix = label.map { "\($0.padding(toLength: 24, withPad: " ", startingAt: 0)) " } ?? ""
        let line: String
        if let total, total > 0 {
            let width = 30
            let filled = min(width, width * done / total)
            line = "\r\(prefix)[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(max(done, total)) \(unit)"
        } else if total == nil || label != nil {
            line = "\r\(prefix)\(done) \(unit)"
        } else {
            return
        }
        lock.withLock {
            shown = true
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func finish() {
        lock.withLock {
            if shown { FileHandle.standardError.write(Data("\n".utf8)) }
            shown = false
        }
    }
}
