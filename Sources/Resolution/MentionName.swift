import NewsgraphModel

/// What a named mention says about its entity: the bare name, any title or role in front of it,
/// an acronym given in parentheses, and the gender its honorific or given name marks.
///
/// "Interior Minister Mohsin Naqvi" → name "Mohsin Naqvi", role "interior minister";
/// "Mr. Khan's" → name "Khan", gender male; "Pakistan Tehreek-e-Insaf (PTI)" → name
/// "Pakistan Tehreek-e-Insaf", acronym "PTI".
struct MentionName: Hashable, Sendable {
    let name: String
    /// Lowercased name words and their join, computed once (matching compares them often).
    let tokens: [String]
    let key: String
    var roles: [String]
    var gender: Gender?
    var acronym: String?
    /// A title stood in front of the name ("Home Minister Mohsin Naqvi"): whatever type the recognizer
    /// gave the span, its bearer is a person.
    var titledPerson = false

    var isMultiToken: Bool { tokens.count > 1 }

    init(name: String, roles: [String] = [], gender: Gender? = nil, acronym: String? = nil) {
        self.name = name
        let lower = name.lowercased()
        // ASCII names (nearly all) split on bytes: the same words as splitting Characters on " ".
        tokens = lower.utf8.allSatisfy { $0 < 0x80 }
            ? lower.utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
            : lower.split(separator: " ").map(String.init)
        key = tokens.joined(separator: " ")
        self.roles = roles
        self.gender = gender
        self.acronym = acronym
    }

    init?(_ mention: ExtractedMention) {
        var text = mention.text
        var acronym: String?
        // "Pakistan Tehreek-e-Insaf (PTI)": the parenthesized acronym is an alias.
        // (A "(" Character is the one byte 0x28: most texts have none, found without walking Characters.)
        if text.utf8.contains(UInt8(ascii: "(")), let open = text.firstIndex(of: "("), let close = text[open...].firstIndex(of: ")") {
            let inner = String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespacesAndPunctuation)
            // A person's parenthesis abbreviates a title ("Chief of Army Staff (COAS)"), not the person.
            if MentionName.isAcronym(inner), mention.type != .person { acronym = inner }
            text = String(text[..<open]) + String(text[text.index(after: close)...])
        }
        var words = NameForms.words(text)
        // "Khan's Pakistan Tehreek-e-Insaf": a possessor in front of a name of two or more words is another
        // entity; "Pakistan People's Party" (one word after the possessive) is a name of its own.
        if let owner = words.dropLast(2).lastIndex(where: { NameForms.dePossessive($0) != $0 }) {
            words.removeFirst(owner + 1)
        }
        if let last = words.last { words[words.count - 1] = NameForms.dePossessive(last) }
        guard !words.isEmpty else { return nil }
        var gender: Gender?
        var prefix: [String] = []
        var nameWords: [String]
        var titled = false
        // People (and untyped argument phrases) carry titles in front of the name; other names
        // ("26th Amendment", "Liberation from Slavery Day") are taken whole.
        if mention.type == .person || (mention.type == .other && !mention.named) {
            // The name is the last run of capitalized words that are not titles or honorifics.
            guard var end = words.lastIndex(where: { MentionName.isNameWord($0) }) else { return nil }
            var start = end
            while start > 0, MentionName.isNameWord(words[start - 1]) { start -= 1 }
            // A name after "of" is where the person belongs, not the person: "Patricia Gossman of Human
            // Rights Watch" is named before it, and "Emperor of the United States" is an office (a role).
            var of = start
            while of > 0, words[of - 1].lowercased() == "the" { of -= 1 }
            if of >= 2, words[of - 1].lowercased() == "of" {
                guard let holder = words[..<(of - 1)].lastIndex(where: { MentionName.isNameWord($0) }) else { return nil }
                end = holder
                start = end
                while start > 0, MentionName.isNameWord(words[start - 1]) { start -= 1 }
            }
            nameWords = Array(words[start...end])
            prefix = Array(words[..<start])
        } else if let split = MentionName.titledName(words) {
            // "Home Minister Mohsin Naqvi" typed as a place or an organization: the office in front is a
            // title and the full name after it a person's, whatever the recognizer said.
            prefix = Array(words[..<split])
            nameWords = Array(words[split...])
            titled = true
        } else {
            nameWords = words
            while let f = nameWords.first, f.lowercased() == "the" { nameWords.removeFirst() }
            guard !nameWords.isEmpty else { return nil }
            // "Prime Minister" tagged as a name is an office, not an entity of its own: it is read as a
            // role phrase (and joins its holder) instead.
            if let last = nameWords.last?.lowercased(), MentionName.officeNouns.contains(last),
               nameWords.allSatisfy({ NameForms.titleWords.contains($0.lowercased()) }) { return nil }
            // "Interior" cut out of "the Minister of the Interior" names a ministry's portfolio, not an entity.
            if nameWords.count == 1, NameForms.portfolios.contains(nameWords[0].lowercased()) { return nil }
        }
        // "Sunday", "August": a date, whatever case or type it was given, names no entity.
        if CalendarNames.isDate(nameWords) { return nil }
        // Honorifics and roles from the text in front of the name and from the extractor's modifiers.
        var roles: [String] = []
        for source in [prefix.joined(separator: " ")] + mention.modifiers {
            var ws = NameForms.words(source)
            while let f = ws.first, let g = NameForms.honorifics[f.lowercased()] {
                gender = gender ?? g
                ws.removeFirst()
            }
            // A rank right before the name is a title of its own: "Chief of Army Staff General Asim Munir".
            var phrases = [ws]
            if ws.count > 1, let last = ws.last, NameForms.ranks.contains(last.lowercased()) {
                phrases = [Array(ws.dropLast()), [last]]
            }
            for phrase in phrases {
                let role = NameForms.role(phrase.joined(separator: " "))
                if NameForms.isRole(role), !roles.contains(role) { roles.append(role) }
                if let g = NameForms.genderedRoles[role] { gender = gender ?? g }
            }
        }
        if mention.type == .person || titled, nameWords.count > 1, let g = NameForms.givenNames[nameWords[0].lowercased()] {
            gender = gender ?? g
        }
        self.init(name: nameWords.joined(separator: " "), roles: roles, gender: gender, acronym: acronym)
        titledPerson = titled
    }

    /// Where the name starts in "<title words ending in an office> <name words>", or nil:
    /// "Prime Minister Shehbaz Sharif" → 2. The office must end the title ("Supreme Court" has none) and
    /// the rest must be a full name of capitalized non-title words, so "Chief of Army Staff" stays whole.
    static func titledName(_ words: [String]) -> Int? {
        // One name word is enough after a title of two words or more ("Prime Minister Imran"), not after
        // a single one ("General Motors").
        guard let split = words.firstIndex(where: { isNameWord($0) }), split > 0, words.count - split >= (split >= 2 ? 1 : 2),
              words[split...].allSatisfy({ isNameWord($0) }),
              words[..<split].allSatisfy({ NameForms.titleWords.contains($0.lowercased()) || NameForms.honorifics[$0.lowercased()] != nil })
        else { return nil }
        let title = words[..<split].filter { NameForms.honorifics[$0.lowercased()] == nil }
        guard let office = title.last?.lowercased() else { return split }
        return officeNouns.contains(office) ? split : nil
    }

    /// Title words that name an office by themselves (not qualifiers such as "interior" or "supreme").
    static let officeNouns: Set<String> = [
        "minister", "president", "premier", "chancellor", "chief", "leader", "spokesman", "spokeswoman", "spokesperson",
        "secretary", "chairman", "chairwoman", "director", "governor", "senator", "mayor", "judge", "justice", "general",
        "gen", "gen.", "colonel", "col", "col.", "major", "captain", "commander", "commissioner", "inspector", "ambassador",
        "king", "queen", "prince", "princess", "emperor", "empress", "pope", "ceo", "sheriff", "prosecutor", "professor", "envoy", "lt", "lt.",
    ]

    /// Capitalized (or starting with a digit), not a title word or honorific.
    static func isNameWord(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        let lower = word.lowercased()
        // A plural office ("Senators", "Ministers") addresses or counts people; it names nobody.
        let plural = lower.hasSuffix("s") && MentionName.officeNouns.contains(String(lower.dropLast()))
        return !NameForms.titleWords.contains(lower) && NameForms.honorifics[lower] == nil && !plural
    }

    /// "PTI", "HRCP", "U.N.", "PML-N".
    static func isAcronym(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every word): the same test on bytes, where letters are A-Z and a-z.
            var letters = 0
            for b in word.utf8 {
                if (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z")) {
                    letters += 1
                } else if (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b != UInt8(ascii: ".") && b != UInt8(ascii: "-")) {
                    return false
                }
            }
            return letters >= 2 && letters <= 8
        }
        let letters = word.filter { $0.isLetter }
        return letters.count >= 2 && letters.count <= 8 && letters.allSatisfy { $0.isUppercase }
            && word.allSatisfy { $0.isLetter || $0 == "." || $0 == "-" }
    }

    /// Initials of the capitalized words of a name, hyphenated parts included:
    /// "Human Rights Commission of Pakistan" → "HRCP", "Pakistan Tehreek-e-Insaf" → "PTI".
    static func initials(_ name: String) -> [String] {
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiInitials(name) }
        var strict = "", loose = ""
        for word in name.split(separator: " ") {
            for (i, part) in word.split(separator: "-").enumerated() {
                guard let c = part.first else { continue }
                if c.isUppercase { strict.append(c); loose.append(c) } else if i == 0 { loose.append(Character(c.uppercased())) }
            }
        }
        return strict == loose ? [strict] : [strict, loose]
    }

    /// `initials` on bytes for ASCII names: the first byte of every non-empty hyphen part of every word,
    /// uppercase letters in both spellings, others (uppercased) in the loose one for a word's first part.
    private static func asciiInitials(_ name: String) -> [String] {
        var strict: [UInt8] = [], loose: [UInt8] = []
        var part = 0, atPartStart = true
        for b in name.utf8 {
            if b == UInt8(ascii: " ") {
                part = 0
                atPartStart = true
            } else if b == UInt8(ascii: "-") {
                if !atPartStart { part += 1 }
                atPartStart = true
            } else if atPartStart {
                atPartStart = false
                if b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") {
                    strict.append(b)
                    loose.append(b)
                } else if part == 0 {
                    loose.append(b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") ? b - 0x20 : b)
                }
            }
        }
        let s = String(decoding: strict, as: UTF8.self), l = String(decoding: loose, as: UTF8.self)
        return s == l ? [s] : [s, l]
    }
}
