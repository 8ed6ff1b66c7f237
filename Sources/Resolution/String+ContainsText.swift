import Foundation

extension String {
    /// Whether the text contains `other`: compared byte for byte when both are ASCII (every name in
    /// practice), else by Foundation's `contains`, whose Unicode-aware search is the reference and
    /// costs a bridge to NSString on every call.
    func containsText(_ other: String) -> Bool {
        var me = self, needle = other
        let fast = me.withUTF8 { haystack -> Bool? in
            needle.withUTF8 { pattern -> Bool? in
                guard haystack.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }) else { return nil }
                if pattern.isEmpty { return nil }
                guard pattern.count <= haystack.count else { return false }
                let first = pattern[0]
                for start in 0...(haystack.count - pattern.count) where haystack[start] == first {
                    var k = 1
                    while k < pattern.count, haystack[start + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return true }
                }
                return false
            }
        }
        return fast ?? contains(other)
    }

    /// Whether the text has a space, so is a name of several words.
    var hasSpace: Bool { containsText(" ") }
}
