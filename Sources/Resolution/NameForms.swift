import NewsgraphModel

/// How resolution reads names, titles, roles and pronouns. Closed word lists only: these are
/// grammatical classes (honorifics, title nouns, pronouns), never entity-specific rules.
enum NameForms {
    /// Honorifics with the gender they mark (nil: either).
    static let honorifics: [String: Gender?] = [
        "mr": .male, "mr.": .male, "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female, "miss": .female,
        "sir": .male, "dame": .female, "lord": .male, "lady": .female, "dr": nil, "dr.": nil, "prof": nil, "prof.": nil,
    ]

    /// Words that make up titles and roles in front of a name ("Khyber Pakhtunkhwa Chief Minister").
    static let titleWords: Set<String> = [
        "minister", "president", "premier", "chancellor", "chief", "leader", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "secretary-general", "chairman", "chairwoman", "chair", "director", "governor", "senator", "mayor",
        "judge", "justice", "general", "gen", "gen.", "colonel", "col", "col.", "major", "captain", "commander",
        "commissioner", "inspector", "officer", "ambassador", "king", "queen", "prince", "princess", "emperor", "empress", "pope", "ceo",
        "founder", "head", "editor", "correspondent", "reporter", "writer", "lawyer", "attorney", "adviser", "advisor",
        "aide", "deputy", "representative", "speaker", "prime", "vice", "former", "interior", "home", "foreign",
        "finance", "defence", "defense", "information", "federal", "provincial", "acting", "senior", "regional",
        "executive", "army", "staff", "supreme", "national", "security", "intelligence", "jailed", "imprisoned",
        "incarcerated", "ousted", "late", "then", "ex", "of", "the", "for", "state", "department", "press",
        "spokesperson,", "associated", "lt", "lt.", "sheriff", "prosecutor", "professor", "envoy",
    ]

    /// Ministry portfolios: title words that the recognizer sometimes cuts out of an office as a name.
    static let portfolios: Set<String> = ["interior", "home", "foreign", "finance", "defence", "defense", "information"]

    /// Military and police ranks, written right before a name.
    static let ranks: Set<String> = [
        "general", "gen", "gen.", "colonel", "col", "col.", "major", "captain", "lieutenant", "lt", "lt.", "admiral",
        "brigadier", "marshal", "sergeant", "commander",
    ]

    /// Role words that carry a gender.
    static let genderedRoles: [String: Gender] = [
        "wife": .female, "mother": .female, "daughter": .female, "sister": .female, "widow": .female,
        "spokeswoman": .female, "chairwoman": .female, "queen": .female, "princess": .female, "first lady": .female,
        "husband": .male, "father": .male, "son": .male, "brother": .male, "widower": .male,
        "spokesman": .male, "chairman": .male, "king": .male, "prince": .male, "emperor": .male, "empress": .female,
    ]

    /// Given names whose bearer's gender is conventional; a closed list for agreement only.
    /// An unknown first name leaves gender open (compatible with he and she).
    static let givenNames: [String: Gender] = {
        var table: [String: Gender] = [:]
        for n in ["imran", "ali", "amin", "mohsin", "shehbaz", "asif", "asim", "nawaz", "zulfi", "waqas", "farhan",
                  "matthew", "david", "richard", "michael", "antónio", "antonio", "alexander", "joe", "donald", "john",
                  "james", "robert", "william", "thomas", "mark", "paul", "peter", "george", "charles", "joseph",
                  "mohammad", "muhammad", "ahmed", "ahmad", "hassan", "hussain", "bilawal", "shah", "omar", "umar",
                  "khalid", "tariq", "attaullah", "munir", "bab", "vladimir", "emmanuel", "keir", "rishi", "narendra",
                  "xi", "recep", "barack", "bill", "steve", "elon", "jeff", "tom", "ben", "sam", "daniel", "andrew"] {
            table[n] = .male
        }
        for n in ["bushra", "maryam", "benazir", "fatima", "ayesha", "aisha", "patricia", "mary", "elizabeth",
                  "sarah", "jennifer", "linda", "susan", "karen", "nancy", "lisa", "anna", "maria", "hillary",
                  "kamala", "angela", "ursula", "theresa", "liz", "margaret", "emma", "olivia", "sophia", "hina",
                  "sherry", "shireen", "aleema", "uzma", "nadia", "sana", "zainab", "jane", "julia", "laura"] {
            table[n] = .female
        }
        return table
    }()

    /// Determiners and country words stripped from role phrases ("Pakistan's Interior Minister").
    static let roleNoise: Set<String> = [
        "the", "a", "an", "pakistan", "pakistan's", "pakistani", "pakistan’s", "country's", "country’s", "its",
        "his", "her", "their", "u.s.", "us", "american", "uk", "u.k.", "british", "un", "belarusian", "jailed",
        "imprisoned", "incarcerated",
    ]

    /// Role synonyms, after noise words are removed.
    static let roleSynonyms: [String: String] = [
        "home minister": "interior minister", "minister of the interior": "interior minister",
        "minister of interior": "interior minister", "interior minister": "interior minister",
        "premier": "prime minister", "pm": "prime minister",
        "minister of information": "information minister", "information minister": "information minister",
        "army chief": "chief of army staff", "coas": "chief of army staff",
    ]

    /// Words of a phrase with surrounding quotes, brackets and punctuation removed (a final period
    /// stays on a short word: "Mr.", "U.S.").
    static func words(_ text: String) -> [String] {
        if let ascii = asciiWords(text) { return ascii }
        return text.split(whereSeparator: { $0.isWhitespace }).compactMap { raw -> String? in
            var w = Substring(raw)
            while let c = w.first, "\"“”‘'(),;:[]".contains(c) { w = w.dropFirst() }
            while let c = w.last, "\"“”‘'(),;:[].".contains(c), !(w.count <= 4 && w.hasSuffix(".") && c == ".") { w = w.dropLast() }
            return w.isEmpty ? nil : String(w)
        }
    }

    /// `words` on bytes, for ASCII text (nearly every phrase): the same words without walking grapheme
    /// clusters, which made `words` resolution's most expensive call. Nil for any other text.
    private static func asciiWords(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var out: [String] = []
            var i = 0
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                guard b < 0x80 else { return nil }
                if isASCIISpace(b) { i += 1; continue }
                var end = i
                while end < n, !isASCIISpace(bytes[end]) {
                    guard bytes[end] < 0x80 else { return nil }
                    end += 1
                }
                var lo = i, hi = end
                while lo < hi, isLeadingStrip(bytes[lo]) { lo += 1 }
                // A final period stays on a short word ("Mr.", "U.S."): the Character rule, in bytes.
                while lo < hi, isLeadingStrip(bytes[hi - 1]) || bytes[hi - 1] == UInt8(ascii: ".") {
                    if bytes[hi - 1] == UInt8(ascii: "."), hi - lo <= 4 { break }
                    hi -= 1
                }
                if lo < hi { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self)) }
                i = end
            }
            return out
        }
    }

    /// ASCII whitespace as `Character.isWhitespace` sees it (Unicode White_Space): tab, newline,
    /// vertical tab, form feed, carriage return, space.
    private static func isASCIISpace(_ b: UInt8) -> Bool {
        (b >= 0x09 && b <= 0x0D) || b == 0x20
    }

    /// The ASCII characters of the leading strip set `"“”‘'(),;:[]`.
    private static func isLeadingStrip(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: ","),
             UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "]"):
            return true
        default:
            return false
        }
    }

    /// Strips a possessive ending: "Khan's" → "Khan", "Khans'" → "Khans".
    static func dePossessive(_ word: String) -> String {
        // Every suffix ends in the byte "s", "'" or 0x99 (the last byte of "’"): any other word is kept
        // as it is without comparing Characters.
        guard let end = word.utf8.last, end == UInt8(ascii: "s") || end == UInt8(ascii: "'") || end == 0x99 else { return word }
        for suffix in ["'s", "’s", "'", "’"] where word.hasSuffix(suffix) && word.count > suffix.count {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    /// A canonical role phrase: lowercased, noise removed, synonyms folded. Empty when nothing is left.
    static func role(_ text: String) -> String {
        // A tokenizer may have split the possessive off: "Pakistan 's Interior Minister".
        // (Only a text with the byte "'" or 0x99, the last of "’", can hold such a word.)
        let attached = text.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0x99 }) ? text.split(separator: " ").filter { $0 != "'s" && $0 != "’s" }.joined(separator: " ") : text
        var ws = words(attached).map { dePossessive($0).lowercased() }.filter { !roleNoise.contains($0) }
        while let f = ws.first, f == "of" || f == "the" { ws.removeFirst() }
        let joined = ws.joined(separator: " ")
        if let s = roleSynonyms[joined] { return s }
        // Fold a synonym that ends the phrase ("former home minister"). No synonym ends another, so at
        // most one matches.
        // A synonym can end the phrase only if the phrase's last word ends the synonym.
        guard let last = ws.last, roleSynonymLastWords.contains(last) else { return joined }
        for (suffix, from, to) in roleSynonymSuffixes where joined.hasSuffix(suffix) {
            return String(joined.dropLast(from.count)) + to
        }
        return joined
    }

    private static let roleSynonymLastWords = Set(roleSynonyms.keys.compactMap { $0.split(separator: " ").last.map(String.init) })

    /// `roleSynonyms` as (" " + from, from, to), built once.
    private static let roleSynonymSuffixes: [(String, String, String)] =
        roleSynonyms.keys.sorted().map { (" " + $0, $0, roleSynonyms[$0]!) }

    /// Whether a role phrase names an office (ends with a title noun).
    static func isRole(_ role: String) -> Bool {
        guard let last = lastWord(role) else { return false }
        return titleWords.contains(last) && !notRoleEnds.contains(last) || role.hasSuffix("chief of army staff")
    }

    /// Title words that end a phrase without making it an office.
    private static let notRoleEnds: Set<String> = ["of", "the", "for", "former", "jailed"]

    /// The last space-separated word: found on bytes in ASCII text (no space there can carry a
    /// combining mark), by splitting Characters otherwise.
    private static func lastWord(_ text: String) -> String? {
        let utf8 = text.utf8
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ").last.map(String.init) }
        guard let last = utf8.lastIndex(where: { $0 != UInt8(ascii: " ") }) else { return nil }
        let start = utf8[..<last].lastIndex(of: UInt8(ascii: " ")).map { utf8.index(after: $0) } ?? utf8.startIndex
        return String(text[start...last])
    }

    /// Whether an office named in passing ("the prime minister") is the one a person holds ("prime minister"),
    /// allowing extra scope words in front ("khyber pakhtunkhwa chief minister" vs "the chief minister") but
    /// never across "former", "deputy", "vice" or "ex".
    static func role(_ held: String, matches mentioned: String) -> Bool {
        if held == mentioned { return true }
        guard held.hasSuffix(" " + mentioned) else { return false }
        let extra = held.dropLast(mentioned.count).split(separator: " ")
        return !extra.contains { ["former", "deputy", "vice", "ex", "acting"].contains(String($0)) }
    }

    static let pronouns: [String: PronounFeatures] = [
        "he": .init(gender: .male, plural: false), "him": .init(gender: .male, plural: false),
        "his": .init(gender: .male, plural: false), "himself": .init(gender: .male, plural: false),
        "she": .init(gender: .female, plural: false), "her": .init(gender: .female, plural: false),
        "hers": .init(gender: .female, plural: false), "herself": .init(gender: .female, plural: false),
        "it": .init(gender: .neuter, plural: false), "its": .init(gender: .neuter, plural: false),
        "itself": .init(gender: .neuter, plural: false),
        "they": .init(gender: nil, plural: true), "them": .init(gender: nil, plural: true),
        "their": .init(gender: nil, plural: true), "theirs": .init(gender: nil, plural: true),
        "themselves": .init(gender: nil, plural: true),
    ]

    /// First and second person pronouns and other words that never name a node.
    static let unresolvable: Set<String> = [
        "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your", "yours",
        "yourself", "who", "whom", "which", "that", "this", "these", "those", "one", "someone", "anyone",
        "everyone", "nobody", "none", "some", "all", "both", "each", "others", "another",
    ]

    static func isPronounText(_ text: String) -> Bool {
        let w = text.lowercased().trimmingCharacters(in: .whitespacesAndPunctuation)
        return pronouns[w] != nil || unresolvable.contains(w)
    }

    /// Group nouns that take plural agreement ("police", "personnel").
    static let pluralGroupNouns: Set<String> = ["police", "personnel", "people", "forces", "authorities", "staff"]
}

enum Gender: String, Hashable, Sendable { case male, female, neuter }

struct PronounFeatures: Hashable, Sendable {
    var gender: Gender?
    var plural: Bool
}

extension String {
    func trimmingCharacters(in set: CharacterClass) -> String {
        var s = Substring(self)
        while let c = s.first, set.contains(c) { s = s.dropFirst() }
        while let c = s.last, set.contains(c) { s = s.dropLast() }
        return String(s)
    }
}

enum CharacterClass {
    case whitespacesAndPunctuation
    func contains(_ c: Character) -> Bool {
        c.isWhitespace || c.isPunctuation || c.isSymbol
    }
}
