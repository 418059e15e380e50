import Dispatch

/// Runs `count` independent pieces of work on every core and returns their results in order.
/// The figures of one report need several passes (three periods, the trends, the evidence
/// candidates) that read the same immutable index and share nothing else.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
        slots.deinitialize()
        slots.deallocate()
    }
    // Each iteration writes only its own slot, so the buffer is never touched by two threads.
    nonisolated(unsafe) let results = slots
    DispatchQueue.concurrentPerform(iterations: count) { i in results[i] = body(i) }
    return slots.map { $0! }
}
