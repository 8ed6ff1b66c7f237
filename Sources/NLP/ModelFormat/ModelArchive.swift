import Foundation
import NewsgraphModel

/// The versioned binary container every shipped NLP model is stored in: named byte sections plus a
/// checksum. Little-endian throughout.
///
///     magic     8 bytes  "NGMODEL\0"
///     version   u32      ModelArchive.version
///     kind      u32 length + UTF-8   ("tagger", "parser", "ner", ...)
///     count     u32      number of sections, sorted by name (deterministic bytes)
///     section   u32 name length + UTF-8 name, u64 byte length, bytes, zero padding to 8 bytes
///     checksum  u64      FNV-1a-style hash of all preceding bytes, 8 bytes at a time
///
/// A model is read with one mapped read of the file; arrays are copied out of the mapping once.
public struct ModelArchive: Sendable {
    public static let magic: [UInt8] = Array("NGMODEL".utf8) + [0]
    public static let version: UInt32 = 1

    public var kind: String
    public private(set) var sections: [String: [UInt8]] = [:]
    /// Where the archive was read from (for error messages).
    public var path: String?

    public init(kind: String) {
        self.kind = kind
    }

    // MARK: Sections

    public mutating func set(_ name: String, bytes: [UInt8]) {
        sections[name] = bytes
    }

    public mutating func set<T: FixedWidthInteger>(_ name: String, array: [T]) {
        sections[name] = array.withUnsafeBytes { Array($0) }
    }

    /// Strings as u32 count, then u32 length + UTF-8 for each.
    public mutating func set(_ name: String, strings: [String]) {
        var bytes: [UInt8] = []
        Self.append(UInt32(strings.count), to: &bytes)
        for string in strings {
            let utf8 = Array(string.utf8)
            Self.append(UInt32(utf8.count), to: &bytes)
            bytes += utf8
        }
        sections[name] = bytes
    }

    /// Whether the archive has a section of this name (for optional or alternative layouts).
    public func has(_ name: String) -> Bool { sections[name] != nil }

    public func bytes(_ name: String) throws -> [UInt8] {
        guard let bytes = sections[name] else { throw corrupt("missing section '\(name)'") }
        return bytes
    }

    public func array<T: FixedWidthInteger>(_ name: String) throws -> [T] {
        let bytes = try bytes(name)
        guard bytes.count % MemoryLayout<T>.size == 0 else {
            throw corrupt("section '\(name)' is not a whole number of \(MemoryLayout<T>.size)-byte values")
        }
        return [T](unsafeUninitializedCapacity: bytes.count / MemoryLayout<T>.size) { buffer, count in
            bytes.withUnsafeBytes { source in
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            }
            count = bytes.count / MemoryLayout<T>.size
        }
    }

    public func strings(_ name: String) throws -> [String] {
        var reader = ByteReader(bytes: try bytes(name), archive: self)
        let count = Int(try reader.u32())
        var strings: [String] = []
        strings.reserveCapacity(count)
        for _ in 0..<count { strings.append(try reader.string()) }
        return strings
    }

    func corrupt(_ message: String) -> NewsgraphError {
        NewsgraphError(.modelCorrupt, file: path, "\(kind) model: \(message)")
    }

    // MARK: Encoding

    public func encoded() -> [UInt8] {
        var out = Self.magic
        Self.append(Self.version, to: &out)
        let kindBytes = Array(kind.utf8)
        Self.append(UInt32(kindBytes.count), to: &out)
        out += kindBytes
        Self.append(UInt32(sections.count), to: &out)
        for name in sections.keys.sorted() {
            let nameBytes = Array(name.utf8)
            Self.append(UInt32(nameBytes.count), to: &out)
            out += nameBytes
            let body = sections[name]!
            Self.append(UInt64(body.count), to: &out)
            out += body
            out += [UInt8](repeating: 0, count: (8 - body.count % 8) % 8)
        }
        Self.append(Self.checksum(out), to: &out)
        return out
    }

    public func write(to url: URL) throws {
        do {
            try Data(encoded()).write(to: url, options: .atomic)
        } catch {
            throw NewsgraphError(.outputFailed, file: url.path, "cannot write model: \(error.localizedDescription)")
        }
    }

    // MARK: Decoding

    public init(decoding bytes: [UInt8], path: String? = nil) throws {
        self.kind = "?"
        self.path = path
        let fail = { (message: String) in NewsgraphError(.modelCorrupt, file: path, message) }
        guard bytes.count >= 8 + 4 + 4 + 4 + 8, Array(bytes[0..<8]) == Self.magic else {
            throw fail("not a newsgraph model file (bad magic)")
        }
        let body = Array(bytes[..<(bytes.count - 8)])
        var tail = ByteReader(bytes: Array(bytes[(bytes.count - 8)...]), archive: self)
        guard try tail.u64() == Self.checksum(body) else {
            throw fail("checksum mismatch: the file is damaged or truncated")
        }
        var reader = ByteReader(bytes: body, archive: self)
        reader.position = 8
        let version = try reader.u32()
        guard version == Self.version else {
            throw fail("model format version \(version), this build reads version \(Self.version); retrain with `newsgraph train`")
        }
        self.kind = try reader.string()
        let count = Int(try reader.u32())
        for _ in 0..<count {
            let name = try reader.string()
            let length = Int(try reader.u64())
            sections[name] = try reader.take(length)
            reader.position += (8 - length % 8) % 8
        }
        guard reader.position == body.count else { throw fail("trailing bytes after the last section") }
    }

    /// Reads a model file with one (memory-mapped) read.
    public init(contentsOf url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw NewsgraphError(.modelMissing, file: url.path, "model file not found")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .alwaysMapped)
        } catch {
            throw NewsgraphError(.modelMissing, file: url.path, "cannot read model: \(error.localizedDescription)")
        }
        try self.init(decoding: [UInt8](data), path: url.path)
    }

    /// A model shipped in the NLP module's bundle (`Resources/Models/<name>.<ext>`).
    public static func bundled(_ name: String, withExtension ext: String = "bin") throws -> ModelArchive {
        guard let url = bundledURL(name, withExtension: ext) else {
            throw NewsgraphError(.modelMissing, file: "Models/\(name).\(ext)",
                                 "the bundled \(name) model is missing from the NLP resources; run `newsgraph train \(name)`")
        }
        return try ModelArchive(contentsOf: url)
    }

    public static func bundledURL(_ name: String, withExtension ext: String = "bin") -> URL? {
        Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Models")
    }

    // MARK: Helpers

    static func append<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    /// FNV-1a over little-endian 64-bit words (tail zero-padded): fast enough to verify a 15 MB
    /// model in a few milliseconds, and catches truncation and bit rot.
    static func checksum(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for i in 0..<words {
                hash ^= UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self))
                hash = hash &* 0x0000_0100_0000_01b3
            }
            var last: UInt64 = 0
            for (k, byte) in raw[(words * 8)...].enumerated() { last |= UInt64(byte) << (8 * UInt64(k)) }
            hash ^= last ^ UInt64(raw.count)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Bounds-checked little-endian reader over a byte array.
struct ByteReader {
    let bytes: [UInt8]
    let archive: ModelArchive
    var position = 0

    init(bytes: [UInt8], archive: ModelArchive) {
        self.bytes = bytes
        self.archive = archive
    }

    mutating func take(_ count: Int) throws -> [UInt8] {
        guard count >= 0, position + count <= bytes.count else {
            throw archive.corrupt("truncated at byte \(position) (wanted \(count) more)")
        }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    mutating func u32() throws -> UInt32 {
        let raw = try take(4)
        return raw.withUnsafeBytes { UInt32(littleEndian: $0.loadUnaligned(as: UInt32.self)) }
    }

    mutating func u64() throws -> UInt64 {
        let raw = try take(8)
        return raw.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
    }

    mutating func string() throws -> String {
        let length = Int(try u32())
        guard let string = String(validating: try take(length), as: UTF8.self) else {
            throw archive.corrupt("invalid UTF-8 string at byte \(position)")
        }
        return string
    }
}
