import NewsgraphModel

/// Clusters one document's mentions: name variants, acronyms, titles and roles, then pronouns.
///
/// Order matters and is fixed: full names first (they define the clusters), then single-word
/// names and acronyms (attached only where the document makes them unambiguous), then role
/// phrases ("the Interior Minister" → the person the document introduced with that title), then
/// pronouns (agreement + recency + subject salience, see `PronounResolver`).
struct DocumentCoreference {
    let extraction: DocumentExtraction
    private(set) var clusters: [LocalCluster] = []
    /// Mention index → cluster index.
    private(set) var clusterOf: [Int: Int] = [:]
    /// Unnamed role mentions the document did not attach ("Pakistan's Interior Minister" with no name):
    /// mention index → canonical role, for cross-document role linking.
    private(set) var pendingRoles: [Int: String] = [:]
    /// Mentions that are the subject or speaker of some statement (salience for pronouns).
    let subjects: Set<Int>

    /// - Parameter extraSubjects: mentions known to be subjects beyond those the statements show
    ///   (evaluation on gold mentions, which has no statements, passes `nsubj` heads).
    /// Genders the whole batch agrees on for a name or surname ("bibi" → female from "Bushra Bibi"
    /// elsewhere), for clusters whose own mentions say nothing.
    let genderHints: [String: Gender]
    private let text: DocumentText
    private var splitKeys: [String: [String]] = [:]
    /// Words the document also writes in lower case are common nouns, whatever their case at the
    /// start of a sentence ("Police arrested..." / "the police"): collected once, for non-ASCII text.
    private var lowercaseWords: Set<Substring>?
    private var roles: [String: String] = [:]
    /// The type the whole batch's recognized mentions give a single-word name by majority ("pakistan" →
    /// place), so that one document's mis-typed mentions ("Pakistan" as a person) do not decide alone.
    let typeHints: [String: EntityType]
    /// Names of mentions already parsed for the batch hints (`HintNames.byMention`), by mention index;
    /// nil or missing means parse here.
    private let parsedNames: [MentionName?]

    init(_ extraction: DocumentExtraction, extraSubjects: Set<Int> = [], genderHints: [String: Gender] = [:],
         typeHints: [String: EntityType] = [:], parsedNames: [MentionName?] = []) {
        self.extraction = extraction
        self.parsedNames = parsedNames
        self.genderHints = genderHints
        text = DocumentText(extraction.document.text)
        self.typeHints = typeHints
        var subjects = extraSubjects
        for s in extraction.statements {
            if let m = s.subject.mention { subjects.insert(m) }
            if let m = s.attribution?.speaker.mention { subjects.insert(m) }
        }
        self.subjects = subjects
        run()
    }

    private var mentions: [ExtractedMention] { extraction.mentions }
    private var document: String { extraction.document.id }

    private mutating func run() {
        var names: [Int: MentionName] = [:]
        for (i, m) in mentions.enumerated() where !m.isPronoun && m.type != .date && m.type != .quantity {
            if m.named, let n = (i < parsedNames.count ? parsedNames[i] : nil) ?? MentionName(m) { names[i] = n }
            // An argument phrase that is a bare proper name the NER missed ("Naqvi").
            // The cheap word test first: most argument phrases have a lowercase word and are not parsed.
            else if !m.named, NameForms.words(m.text).allSatisfy({ MentionName.isNameWord($0) || $0.lowercased() == "the" }),
                    let n = MentionName(m), MentionName.isNameWord(n.name.split(separator: " ").first.map(String.init) ?? "") {
                var common = false
                for token in n.tokens where writesLowercase(NameForms.dePossessive(token)) {
                    common = true
                    break
                }
                // One capitalized word opening a sentence says nothing about being a name ("Police arrested").
                let sentenceInitial = n.tokens.count == 1 && extraction.sentences.indices.contains(m.sentenceIndex)
                    && text.slice(Span(begin: min(extraction.sentences[m.sentenceIndex].begin, m.span.begin), end: m.span.begin))
                        .allSatisfy { !$0.isLetter && !$0.isNumber }
                if !common && !sentenceInitial { names[i] = n }
            }
        }
        let order = names.keys.sorted { mentions[$0].span < mentions[$1].span }
        // 1. Full names.
        for i in order where names[i]!.isMultiToken { attachFullName(i, names[i]!) }
        // 2. Single words: acronyms, exact names, surnames.
        //    Acronyms first, so that a name they define ("Pakistan Tehreek-e-Insaf (PTI)") is known to be
        //    an organization's before a bare word of it ("Pakistan") looks for a person to join.
        let singles = order.filter { !names[$0]!.isMultiToken }
        for i in singles.filter({ MentionName.isAcronym(names[$0]!.name) }) + singles.filter({ !MentionName.isAcronym(names[$0]!.name) }) {
            attachSingleWord(i, names[i]!)
        }
        // Roles the extractor stated ("Interior Minister Mohsin Naqvi" → role statement).
        for s in extraction.statements where s.predicate.lemma == "role" {
            guard let m = s.subject.mention, let c = clusterOf[m], let object = s.object else { continue }
            let role = NameForms.role(object.text)
            if NameForms.isRole(role) { clusters[c].roles.insert(role) }
        }
        // 3. Role phrases, except the role a name is given in its own phrase or apposition
        //    ("Interior Minister" in "Interior Minister Mohsin Naqvi" is a statement about him, not a mention).
        var stated = Set<Int>()
        for s in extraction.statements where s.predicate.lemma == "role" || s.rule.hasPrefix("appos") || s.rule == "title" {
            if let m = s.object?.mention { stated.insert(m) }
        }
        // A title inside a person's own mention ("Interior Minister" in "Interior Minister Mohsin Naqvi")
        // belongs to that name; a role whose phrase holds a place ("Pakistan's Interior Minister") does not.
        let namedSpans = names.keys.filter { mentions[$0].type == .person || names[$0]!.titledPerson }.map { mentions[$0].span }
        for (i, m) in mentions.enumerated() where names[i] == nil && !m.isPronoun && m.type != .date && m.type != .quantity {
            guard !stated.contains(i), !namedSpans.contains(where: { $0.overlaps(m.span) }) else { continue }
            attachRole(i, m)
        }
        for c in clusters.indices where clusters[c].type == .person && clusters[c].genderVotes.isEmpty {
            let hinted = Set(clusters[c].nameKeys.compactMap { genderHints[$0] })
            if hinted.count == 1, let g = hinted.first { clusters[c].genderVotes[g] = 1 }
        }
        // 4. Pronouns.
        var resolver = PronounResolver(mentions: mentions, subjects: subjects)
        for (i, m) in mentions.enumerated() where m.isPronoun || NameForms.pronouns[m.text.lowercased()] != nil {
            if let c = resolver.antecedentCluster(of: i, clusters: clusters, clusterOf: clusterOf) {
                join(i, c, name: nil, reason: "pronoun", merged: m.text.lowercased())
                // A resolved he/she tells the cluster's gender to later pronouns ("Byron ... he ... she").
                if let g = NameForms.pronouns[m.text.lowercased()]?.gender, g != .neuter, clusters[c].type == .person,
                   clusters[c].genderVotes.isEmpty || clusters[c].genderVotes[g] != nil {
                    clusters[c].genderVotes[g, default: 0] += 1
                }
            }
        }
    }

    private mutating func newCluster(_ i: Int, _ name: MentionName) {
        var c = LocalCluster(document: document)
        c.add(i, mentions[i], name: name)
        clusters.append(c)
        clusterOf[i] = clusters.count - 1
    }

    private mutating func join(_ i: Int, _ c: Int, name: MentionName?, reason: String?, merged: String) {
        clusters[c].add(i, mentions[i], name: name)
        clusterOf[i] = c
        if let reason { clusters[c].record(reason, merged) }
    }

    private mutating func attachFullName(_ i: Int, _ name: MentionName) {
        let type = name.titledPerson ? .person : mentions[i].type
        if let c = clusters.firstIndex(where: { $0.nameKeys.contains(name.key) && LocalCluster.compatible($0.type, type) }) {
            join(i, c, name: name, reason: nil, merged: name.name)
            return
        }
        if let c = sameBareName(i, name) {
            join(i, c, name: name, reason: nil, merged: name.name)
            return
        }
        // "Imran Khan" / "Imran Khan Niazi": one name contained in the other, word for word;
        // "Joshua Norton" / "Joshua Abraham Norton": the same first and last names, middle names left out;
        // "Imran Kha" / "Imran Khan": a name cut off at the end (captions), same words before it.
        if type == .person || type == .other {
            for c in clusters.indices where clusters[c].type == .person {
                for key in clusters[c].multiTokenKeys where isNameVariant(key, keyWords(key), of: name) {
                    join(i, c, name: name, reason: "name-variant", merged: name.name)
                    return
                }
            }
        }
        newCluster(i, name)
    }

    /// Whether a full name already in a cluster (`key`, split into `words`) and a new one are variants of
    /// each other: compared as word arrays when both are ASCII (where a space never carries a
    /// combining mark), as text otherwise.
    private func isNameVariant(_ key: String, _ words: [String], of name: MentionName) -> Bool {
        let ascii = key.utf8.allSatisfy { $0 < 0x80 } && name.key.utf8.allSatisfy { $0 < 0x80 }
        let variant = ascii
            ? Self.containsWords(words, name.tokens) || Self.containsWords(name.tokens, words)
                || Self.dropsMiddleNames(words, name.tokens) || Self.dropsMiddleNames(name.tokens, words)
            : Self.containsWords(key, name.key) || Self.containsWords(name.key, key)
                || Self.dropsMiddleNames(key, name.key) || Self.dropsMiddleNames(name.key, key)
        return variant || Self.isTruncation(name.tokens, of: words) || Self.isTruncation(words, of: name.tokens)
    }

    /// Whether `phrase` is a run of consecutive words of `name`.
    static func containsWords(_ name: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= name.count else { return false }
        return (0...(name.count - phrase.count)).contains { start in
            name[start..<(start + phrase.count)].elementsEqual(phrase)
        }
    }

    private mutating func attachSingleWord(_ i: Int, _ name: MentionName) {
        let m = mentions[i]
        let word = name.key
        // Acronym right after the name it abbreviates: "Pakistan Tehreek-e-Insaf (PTI)".
        if MentionName.isAcronym(name.name) {
            // The parenthesis defines the acronym only when it spells the name's initials: a photo credit
            // ("Imran Khan (AFP)") or another body's acronym after a place ("... of Pakistan (HRCP)") does not.
            let letters = name.name.filter { $0.isLetter }
            let spelled = parentheticalOwner(of: m).flatMap { c in
                clusters[c].names.contains { $0.hasSpace && MentionName.initials($0).contains(letters) } ? c : nil
            }
            if let c = spelled ?? initialsOwner(name.name) {
                join(i, c, name: name, reason: "acronym", merged: name.name)
                clusters[c].acronyms.insert(name.name)
                return
            }
        }
        if let c = clusters.firstIndex(where: { ($0.nameKeys.contains(word) || $0.acronyms.contains(name.name)) && LocalCluster.compatible($0.type, m.type) }) {
            join(i, c, name: name, reason: nil, merged: name.name)
            return
        }
        if let c = sameBareName(i, name) {
            join(i, c, name: name, reason: nil, merged: name.name)
            return
        }
        // A surname or given name of a person named in full in this document. A word the recognizer
        // typed as an organization or place joins only as the surname of exactly one such person.
        let personLike = m.type == .person || m.type == .other
        // A word the batch mostly recognizes as a place, organization or event ("Pakistan") is not a
        // surname, whatever this mention was typed: "Mr. Khans Pakistan" does not own it.
        if let hint = typeHints[word], hint != .person, hint != .other {
            newCluster(i, name)
            clusters[clusters.count - 1].hintedType = hint
            return
        }
        for candidate in [word, word.hasSuffix("s") && word.count > 3 ? String(word.dropLast()) : nil].compactMap({ $0 }) {
            // A name abbreviated by its initials ("Pakistan Tehreek-e-Insaf (PTI)") is no person's.
            // A full name nobody typed yet (seen only as an argument, the recognizer missed it) may
            // own its last word too: the surname position is the evidence, and the joining mention's
            // type then votes for the cluster's.
            // (The cheap tests first: the type is a vote count, and most clusters hold no such word.)
            let owners = clusters.indices.filter { c in
                guard clusters[c].acronyms.isEmpty, clusters[c].multiTokenKeys.contains(where: { keyWords($0).contains(candidate) })
                else { return false }
                let type = clusters[c].type
                guard type == .person || type == .other else { return false }
                return clusters[c].multiTokenKeys.contains {
                    let words = keyWords($0)
                    return personLike && type == .person ? words.contains(candidate) : words.last == candidate
                }
            }
            if !personLike && owners.count != 1 { continue }
            guard !owners.isEmpty else { continue }
            // Several people share the word: the most recently mentioned one, then the most mentioned.
            let c = owners.max { (clusters[$0].lastOffset < m.span.begin ? clusters[$0].lastOffset : -1, clusters[$0].mentions.count)
                < (clusters[$1].lastOffset < m.span.begin ? clusters[$1].lastOffset : -1, clusters[$1].mentions.count) }!
            // "Mr. Khans" (a possessive without its apostrophe) is recorded as "Khan".
            let joined = candidate == word ? name : MentionName(name: String(name.name.dropLast()), roles: name.roles, gender: name.gender)
            join(i, c, name: joined, reason: "surname-in-document", merged: name.name)
            return
        }
        newCluster(i, name)
    }

    /// The cluster already holding this exact name when the recognizer typed the two mentions differently
    /// ("Coron" a person here and a place there): within one document the same bare name is the same
    /// entity, and the type votes settle its type. Only a recognized name written alone counts: a title
    /// phrase ("Emperor of the United States") is not the place it ends with.
    private func sameBareName(_ i: Int, _ name: MentionName) -> Int? {
        let m = mentions[i]
        guard m.named, NameForms.words(m.text).map({ NameForms.dePossessive($0).lowercased() }) == name.tokens else { return nil }
        return clusters.firstIndex { $0.nameKeys.contains(name.key) }
    }

    /// Whether the document writes `word` in lower case somewhere.
    private mutating func writesLowercase(_ word: String) -> Bool {
        if let found = text.writesLowercaseWord(word) { return found }
        if lowercaseWords == nil { lowercaseWords = text.lowercaseWords() }
        return lowercaseWords!.contains(Substring(word))
    }

    /// `NameForms.role` of a mention's text, once per distinct text in the document ("the police",
    /// "the government" recur).
    private mutating func roleOf(_ text: String) -> String {
        if let role = roles[text] { return role }
        let role = NameForms.role(text)
        roles[text] = role
        return role
    }

    /// The words of a name key, split once per document (single words are matched against every
    /// full name in the document).
    private mutating func keyWords(_ key: String) -> [String] {
        if let words = splitKeys[key] { return words }
        let words = key.split(separator: " ").map(String.init)
        splitKeys[key] = words
        return words
    }

    private func parentheticalOwner(of m: ExtractedMention) -> Int? {
        let before = text.slice(Span(begin: max(0, m.span.begin - 3), end: m.span.begin))
        guard before.hasSuffix("(") else { return nil }
        let owner = mentions.indices.filter { j in
            let other = mentions[j]
            return other.span.end <= m.span.begin && m.span.begin - other.span.end <= 3 && clusterOf[j] != nil
        }.max { mentions[$0].span.end < mentions[$1].span.end }
        return owner.flatMap { clusterOf[$0] }
    }

    private func initialsOwner(_ acronym: String) -> Int? {
        let letters = acronym.filter { $0.isLetter }
        let owners = clusters.indices.filter { c in
            clusters[c].type != .person && clusters[c].names.contains { $0.hasSpace && MentionName.initials($0).contains(letters) }
        }
        return owners.count == 1 ? owners[0] : nil
    }

    private mutating func attachRole(_ i: Int, _ m: ExtractedMention) {
        let role = roleOf(m.text)
        guard NameForms.isRole(role) else { return }
        let holders = clusters.indices.filter { c in clusters[c].roles.contains { NameForms.role($0, matches: role) } }
        if holders.isEmpty {
            // "He was jailed. The 72-year-old PTI leader faces..." : a definite role phrase right after
            // exactly one named person refers back to that person, as an epithet does.
            // A person known to hold another office of the same name ("prime minister" for "the former
            // prime minister") is not meant.
            // The phrase must name a person ("the PTI leader"), not an institution ("the emergency department").
            let office = role.split(separator: " ").last
            let personal = office.map { MentionName.officeNouns.contains(String($0)) || PronounResolver.personNouns.contains(String($0)) } ?? false
            if isDefinite(m), personal, let c = soleRecentPerson(before: m),
               !clusters[c].roles.contains(where: { $0.split(separator: " ").last == office }) {
                join(i, c, name: nil, reason: "epithet", merged: role)
                return
            }
            pendingRoles[i] = role
            return
        }
        // Prefer the holder introduced before the phrase, then the most recent.
        let c = holders.max { (clusters[$0].lastOffset <= m.span.begin ? 1 : 0, clusters[$0].lastOffset) <
            (clusters[$1].lastOffset <= m.span.begin ? 1 : 0, clusters[$1].lastOffset) }!
        join(i, c, name: nil, reason: "title", merged: role)
    }

    /// Whether "the" stands right before the phrase (the extractor's core leaves the article out).
    private func isDefinite(_ m: ExtractedMention) -> Bool {
        if NameForms.words(m.text).first?.lowercased() == "the" { return true }
        let before = text.slice(Span(begin: max(0, m.span.begin - 4), end: m.span.begin))
        return before.lowercased() == "the " || before.hasSuffix("\nThe ") || before == " The " || before.lowercased().hasSuffix(" the ")
    }

    /// The one person known by a full name (a bare "PTI" the recognizer called a person is none, nor
    /// a name its acronym abbreviates)
    /// mentioned in the phrase's sentence (before it) or the
    /// `PronounResolver.window` sentences before; nil when there are none or several.
    private func soleRecentPerson(before m: ExtractedMention) -> Int? {
        let recent = Set(clusters.indices.filter { c in
            clusters[c].type == .person && clusters[c].hasFullName && clusters[c].acronyms.isEmpty && clusters[c].mentions.contains { j in
                let x = mentions[j]
                return x.span.end <= m.span.begin && m.sentenceIndex - x.sentenceIndex <= PronounResolver.window
            }
        })
        return recent.count == 1 ? recent.first : nil
    }

    /// "imran kha" of "imran khan": same words except the last, which is the other's last word cut
    /// short by one or two letters (at least three kept).
    static func isTruncation(_ short: [String], of long: [String]) -> Bool {
        guard short.count == long.count, short.count > 1, short.dropLast() == long.dropLast(),
              let s = short.last, let l = long.last, s.count >= 3, l.count > s.count, l.count - s.count <= 2 else { return false }
        return l.hasPrefix(s)
    }

    /// Name and surname → gender, over a batch, from honorifics, given names and gendered roles;
    /// names seen with both genders are left out.
    static func genderHints(_ extractions: [DocumentExtraction]) -> [String: Gender] {
        genderHints(HintNames(extractions))
    }

    /// `genderHints` from names already parsed.
    static func genderHints(_ names: HintNames) -> [String: Gender] {
        var seen: [String: Set<Gender>] = [:]
        for document in names.documents {
            for (type, n) in document where type == .person {
                guard let g = n.gender else { continue }
                seen[n.key, default: []].insert(g)
                if n.isMultiToken, let last = n.tokens.last { seen[last, default: []].insert(g) }
            }
        }
        return seen.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// Single-word name → the majority type of its recognized mentions over a batch (dates, quantities
    /// and untyped phrases do not vote; ties go to the fixed type order of `LocalCluster.majority`).
    /// A type only one mention backs is that mention's own guess, not evidence: it gives no hint.
    static func typeHints(_ extractions: [DocumentExtraction]) -> [String: EntityType] {
        typeHints(HintNames(extractions))
    }

    /// `typeHints` from names already parsed.
    static func typeHints(_ names: HintNames) -> [String: EntityType] {
        var votes: [String: [EntityType: Int]] = [:]
        for document in names.documents {
            for (type, n) in document {
                guard !n.isMultiToken, !n.titledPerson else { continue }
                votes[n.key, default: [:]][type, default: 0] += 1
            }
        }
        return votes.compactMapValues { v in LocalCluster.majority(v).flatMap { v[$0]! >= 2 ? $0 : nil } }
    }

    /// Whether `short` is `long` without some of its middle words ("joshua norton", "joshua abraham norton").
    static func dropsMiddleNames(_ long: String, _ short: String) -> Bool {
        dropsMiddleNames(long.split(separator: " "), short.split(separator: " "))
    }

    /// `dropsMiddleNames` on names already split into words.
    static func dropsMiddleNames<S: StringProtocol>(_ l: [S], _ s: [S]) -> Bool {
        guard s.count >= 2, l.count > s.count, l.first == s.first, l.last == s.last else { return false }
        var k = 0
        for word in l where k < s.count && word == s[k] { k += 1 }
        return k == s.count
    }

    /// Whether `phrase` appears in `name` as whole consecutive words.
    static func containsWords(_ name: String, _ phrase: String) -> Bool {
        (" " + name + " ").containsText(" " + phrase + " ")
    }
}
