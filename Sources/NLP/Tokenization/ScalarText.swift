/// A text as Unicode scalars (what offsets count) plus its UTF-8 bytes, so that the string between two
/// scalar offsets is one copy of bytes instead of scalar-by-scalar appends (the tokenizer's hot path).
struct ScalarText {
    let scalars: [Unicode.Scalar]
    private let utf8: [UInt8]
    /// UTF-8 offset of each scalar, plus one entry for the end.
    private let offsets: [Int]

    init(_ text: String) {
        var scalars: [Unicode.Scalar] = []
        var offsets: [Int] = []
        let utf8 = Array(text.utf8)
        scalars.reserveCapacity(utf8.count)
        offsets.reserveCapacity(utf8.count + 1)
        var offset = 0
        for s in text.unicodeScalars {
            scalars.append(s)
            offsets.append(offset)
            offset += UTF8.width(s)
        }
        offsets.append(offset)
        self.scalars = scalars
        self.utf8 = utf8
        self.offsets = offsets
    }

    var count: Int { scalars.count }

    /// The text between two scalar offsets (clamped).
    func string(_ begin: Int, _ end: Int) -> String {
        let b = max(0, min(begin, scalars.count)), e = max(b, min(end, scalars.count))
        return utf8.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offsets[b]..<offsets[e]]), as: UTF8.self)
        }
    }
}
