import Foundation

/// A read-only Bloom filter made by `scripts/make-ordinary-words.py`: the Polish and Ukrainian
/// word lists hold every inflected form (a million and more), which as a plain set would cost
/// tens of megabytes; as a filter with 1% false positives they cost about ten bits a word. A
/// false positive only makes a rare name read as an ordinary word (a missed weak cue), never the
/// reverse. Hashing must stay equal to the script's: 64-bit FNV-1a over the UTF-8 bytes, bit i of
/// k at (h1 + i * h2) mod m.
struct BloomFilter: Sendable {
    private let bits: [UInt8]
    private let bitCount: UInt64
    private let hashCount: Int

    /// Parses "bloom M K" and base64 lines; nil when the text is not such a filter.
    init?(text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard let header = lines.first else { return nil }
        let fields = header.split(separator: " ")
        guard fields.count == 3, fields[0] == "bloom", let m = UInt64(fields[1]), let k = Int(fields[2]), m > 0, k > 0, k <= 32 else { return nil }
        lines.removeFirst()
        guard let data = Data(base64Encoded: lines.joined()), UInt64(data.count) * 8 >= m else { return nil }
        bits = [UInt8](data)
        bitCount = m
        hashCount = k
    }

    func contains(_ word: String) -> Bool {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let h1 = h & 0xFFFF_FFFF, h2 = (h >> 32) | 1
        for i in 0 ..< UInt64(hashCount) {
            let j = (h1 + i * h2) % bitCount
            if bits[Int(j / 8)] & (1 << UInt8(j % 8)) == 0 { return false }
        }
        return true
    }
}
