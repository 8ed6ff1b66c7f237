/// Canonical-enough xsd:decimal lexical forms for Doubles ("0.875", "1.0", "0.00001"):
/// Swift's shortest round-trip description, with exponent notation expanded, because
/// `1e-05` is a valid xsd:double but not a valid xsd:decimal.
public enum DecimalLexical {
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0.0" }
        let text = String(value)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.contains(".") ? text : text + ".0"
        }
        var mantissa = String(text[..<e])
        let exponent = Int(text[text.index(after: e)...])!
        var negative = false
        if mantissa.hasPrefix("-") { negative = true; mantissa.removeFirst() }
        var digits = mantissa.replacingOccurrences(".", with: "")
        let pointAt = (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) } ?? mantissa.count) + exponent
        var result: String
        if pointAt <= 0 {
            result = "0." + String(repeating: "0", count: -pointAt) + digits
        } else if pointAt >= digits.count {
            digits += String(repeating: "0", count: pointAt - digits.count)
            result = digits + ".0"
        } else {
            let i = digits.index(digits.startIndex, offsetBy: pointAt)
            result = String(digits[..<i]) + "." + String(digits[i...])
        }
        return negative ? "-" + result : result
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
