import Foundation
import NewsgraphModel

/// A byte buffer flushed to a file with fwrite every 64 KiB: writers append bytes, never
/// Foundation-formatted strings, so output speed is bounded by escaping, not by allocation.
///
/// All mutable state lives behind an unsafe pointer held in a `let`: a class's `var`s would
/// cost a dynamic exclusivity check on every append, which dominated the profile.
final class ByteSink {
    static let flushThreshold = 1 << 16

    private struct State {
        var base: UnsafeMutablePointer<UInt8>
        var count: Int
        var capacity: Int
        /// The first write error, reported by `flush`/`close` (appends cannot throw).
        var failed: Int32
    }

    private let state: UnsafeMutablePointer<State>
    private let file: UnsafeMutablePointer<FILE>?
    private let path: String

    /// Writes to `url` (the caller passes AtomicFile's temporary path).
    init(url: URL) throws {
        path = url.path
        guard let f = fopen(url.path, "wb") else {
            throw NewsgraphError(.outputFailed, file: url.path, "cannot open for writing: \(String(cString: strerror(errno)))")
        }
        file = f
        state = Self.allocateState(capacity: ByteSink.flushThreshold * 2)
    }

    /// An in-memory sink (tests, escaping once): it grows instead of flushing.
    init() {
        file = nil
        path = "<memory>"
        state = Self.allocateState(capacity: 256)
    }

    private static func allocateState(capacity: Int) -> UnsafeMutablePointer<State> {
        let s = UnsafeMutablePointer<State>.allocate(capacity: 1)
        s.initialize(to: State(base: .allocate(capacity: capacity), count: 0, capacity: capacity, failed: 0))
        return s
    }

    deinit {
        if let file { fclose(file) }
        state.pointee.base.deallocate()
        state.deallocate()
    }

    /// Makes room for `n` more bytes: flushes a file sink, grows a memory sink.
    @inline(never) private func reserve(_ n: Int) {
        if file != nil {
            writeOut()
            if n <= state.pointee.capacity { return }
        }
        var capacity = state.pointee.capacity
        while capacity - state.pointee.count < n { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: state.pointee.base, count: state.pointee.count)
        state.pointee.base.deallocate()
        state.pointee.base = grown
        state.pointee.capacity = capacity
    }

    @inline(__always) func byte(_ b: UInt8) {
        if state.pointee.count == state.pointee.capacity { reserve(1) }
        state.pointee.base[state.pointee.count] = b
        state.pointee.count += 1
    }

    @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let n = bytes.count
        if n == 0 { return }
        if state.pointee.capacity - state.pointee.count < n { reserve(n) }
        (state.pointee.base + state.pointee.count).update(from: bytes.baseAddress!, count: n)
        state.pointee.count += n
    }

    @inline(__always) func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    @inline(__always) func bytes(_ s: StaticString) {
        append(UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    /// Appends a string's UTF-8 verbatim (the caller knows it needs no escaping).
    @inline(__always) func raw(_ s: String) {
        var s = s
        s.withUTF8 { append($0) }
    }

    func decimal(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        var v = value.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { d in
            var i = 20
            repeat {
                i -= 1
                d[i] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            } while v > 0
            append(UnsafeBufferPointer(rebasing: d[i...]))
        }
    }

    /// Kept for call sites between records; appends already flush a file sink when full.
    @inline(__always) func maybeFlush() throws {
        if state.pointee.failed != 0 { try flush() }
    }

    private func writeOut() {
        guard let file, state.pointee.count > 0 else { return }
        if state.pointee.failed == 0, fwrite(state.pointee.base, 1, state.pointee.count, file) != state.pointee.count {
            state.pointee.failed = errno == 0 ? EIO : errno
        }
        state.pointee.count = 0
    }

    func flush() throws {
        writeOut()
        if state.pointee.failed != 0 {
            throw NewsgraphError(.outputFailed, file: path, "write failed: \(String(cString: strerror(state.pointee.failed)))")
        }
    }

    /// Flushes and closes; errors from the final write (e.g. disk full) surface here.
    func close() throws {
        try flush()
        guard let file else { return }
        if fflush(file) != 0 {
            throw NewsgraphError(.outputFailed, file: path, "write failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Bytes written so far (in-memory sinks).
    var buffer: [UInt8] { Array(UnsafeBufferPointer(start: state.pointee.base, count: state.pointee.count)) }
    var text: String { String(decoding: UnsafeBufferPointer(start: state.pointee.base, count: state.pointee.count), as: UTF8.self) }
}
