/// FNV-1a 64-bit: a stable, platform-independent hash for IRIs and ids.
/// (Swift's `Hasher` is seeded per process and must never reach output.)
public enum StableHash {
    public static func fnv1a64(_ string: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in string.utf8 {
            h ^= UInt64(byte)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }

    /// 16 lowercase hex digits.
    public static func hex(_ string: String) -> String { hex(fnv1a64(string)) }

    /// A hash value as 16 lowercase hex digits.
    public static func hex(_ value: UInt64) -> String {
        let s = String(value, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// FNV-1a 64 fed part by part: the same value as `fnv1a64` of the parts joined by U+001F,
    /// without building the joined string.
    public struct Parts {
        public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        private var empty = true

        public init() {}

        public mutating func append(_ part: String) {
            if !empty { mix(0x1F) }
            empty = false
            // Hashed from the contiguous UTF-8 buffer: the `utf8` view's iterator decoded byte by byte.
            var part = part
            var hash = value
            part.withUTF8 { bytes in
                for byte in bytes {
                    hash ^= UInt64(byte)
                    hash &*= 0x0000_0100_0000_01b3
                }
            }
            value = hash
        }

        private mutating func mix(_ byte: UInt8) {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01b3
        }
    }

    /// A short (8 hex digit) suffix for disambiguating slugs.
    public static func short(_ string: String) -> String { String(hex(string).prefix(8)) }
}

/// Readable, IRI- and NMTOKEN-safe slugs: "Imran Khan" → "imran-khan".
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 60) -> String {
        var out = ""
        var lastDash = true
        for scalar in text.unicodeScalars {
            let folded = foldLatin(scalar)
            for ch in folded.lowercased().unicodeScalars {
                if (ch >= "a" && ch <= "z") || (ch >= "0" && ch <= "9") {
                    out.unicodeScalars.append(ch)
                    lastDash = false
                } else if !lastDash {
                    out.append("-")
                    lastDash = true
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        if out.count > maxLength {
            out = String(out.prefix(maxLength))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? "x" : out
    }

    /// Drops common Latin diacritics so "Zürich" slugs as "zurich".
    private static func foldLatin(_ s: Unicode.Scalar) -> String {
        switch s {
        case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å": return "a"
        case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë": return "e"
        case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï": return "i"
        case "ò", "ó", "ô", "õ", "ö", "ø", "Ò", "Ó", "Ô", "Õ", "Ö", "Ø": return "o"
        case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": return "u"
        case "ç", "Ç": return "c"
        case "ñ", "Ñ": return "n"
        case "ß": return "ss"
        default: return String(s)
        }
    }
}
