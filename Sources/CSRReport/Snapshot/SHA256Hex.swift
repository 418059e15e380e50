import Crypto
import Foundation

/// Lower-case hex SHA-256, the one spelling used for snippet hashes, evidence dedup and the manifest.
///
/// ```swift
/// sha256Hex(Array("abc".utf8))   // "ba7816bf..."
/// ```
public func sha256Hex<D: DataProtocol>(_ bytes: D) -> String {
    hex(SHA256.hash(data: bytes))
}

/// Lower-case hex of a byte sequence.
public func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for byte in bytes {
        out.append(digits[Int(byte >> 4)])
        out.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: out, as: UTF8.self)
}
