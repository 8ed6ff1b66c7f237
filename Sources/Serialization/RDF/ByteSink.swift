import Foundation
import NewsgraphModel

/// A byte buffer flushed to a file with fwrite every 64 KiB: writers append bytes, never
/// Foundation-formatted strings, so output speed is bounded by escaping, not by allocation.
final class ByteSink {
    static let flushThreshold = 1 << 16
    var buffer: [UInt8] = []
    private let file: UnsafeMutablePointer<FILE>?
    private let path: String

    /// Writes to `url` (the caller passes AtomicFile's temporary path).
    init(url: URL) throws {
        path = url.path
        guard let f = fopen(url.path, "wb") else {
            throw NewsgraphError(.outputFailed, file: url.path, "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        file = f
        buffer.reserveCapacity(ByteSink.flushThreshold + 4096)
    }

    /// An in-memory sink (tests): nothing is flushed until `bytes` is read.
    init() {
        file = nil
        path = "<memory>"
    }

    deinit { if let file { fclose(file) } }

    @inline(__always) func byte(_ b: UInt8) { buffer.append(b) }

    @inline(__always) func bytes(_ s: StaticString) {
        s.withUTF8Buffer { buffer.append(contentsOf: $0) }
    }

    /// Appends a string's UTF-8 verbatim (the caller knows it needs no escaping).
    @inline(__always) func raw(_ s: String) {
        var s = s
        s.withUTF8 { buffer.append(contentsOf: $0) }
    }

    func decimal(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var v = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            } while v > 0
            for i in stride(from: n - 1, through: 0, by: -1) { buffer.append(d[i]) }
        }
    }

    /// Flushes when the buffer passed the threshold; call between records.
    @inline(__always) func maybeFlush() throws {
        if buffer.count >= ByteSink.flushThreshold, file != nil { try flush() }
    }

    func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != buffer.count {
            throw NewsgraphError(.outputFailed, file: path, "write failed: \(String(cString: strerror(errno)))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes; errors from the final write (e.g. disk full) surface here.
    func close() throws {
        try flush()
        guard let file else { return }
        if fflush(file) != 0 {
            throw NewsgraphError(.outputFailed, file: path, "write failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Text written so far (in-memory sinks).
    var text: String { String(decoding: buffer, as: UTF8.self) }
}
