import Foundation
import NewsgraphModel

/// Lemmatizer: an exception lexicon of (XPOS, word) pairs, then suffix-rewrite rules keyed by XPOS
/// and the word's longest known ending ("VBD" + "pped" → drop "ped", add "p": stopped → stop).
/// Both are learned from the treebank; proper nouns keep their case, other words are lowercased.
public struct Lemmatizer: Sendable {
    /// A rewrite: drop `strip` characters from the end, then append `append`.
    public struct Rewrite: Hashable, Sendable {
        public var strip: Int
        public var append: String
    }

    /// "XPOS\tform" → lemma, for words the rules get wrong.
    let exceptions: [String: String]
    /// "XPOS\tending" → rewrite; endings of 0 to `maximumEnding` characters.
    let rules: [String: Rewrite]
    /// The same tables keyed by hashes, so a lookup builds no string.
    private let exceptionTable: [UInt64: String]
    private let ruleTable: [UInt64: Rewrite]
    /// Lemmas of the training words (proper nouns aside): a rule whose output is none of them gives
    /// way to a shorter-ending rule whose output is one ("climbed": "-bed → -" of "robbed" gives
    /// "clim", "-ed → -" gives the known "climb").
    let knownLemmas: Set<String>
    private let knownTable: Set<UInt64>
    static let maximumEnding = 5
    public static let modelKind = "lemmatizer"

    public init(exceptions: [String: String], rules: [String: Rewrite], knownLemmas: Set<String> = []) {
        self.exceptions = exceptions
        self.rules = rules
        self.knownLemmas = knownLemmas
        var knownHashes = Set<UInt64>(minimumCapacity: knownLemmas.count)
        for lemma in knownLemmas { knownHashes.insert(FeatureHashing.string(lemma)) }
        knownTable = knownHashes
        func hashedKey(_ key: String) -> UInt64 {
            let parts = key.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            return Self.key(FeatureHashing.string(parts[0]), FeatureHashing.string(parts.count > 1 ? parts[1] : ""))
        }
        exceptionTable = Dictionary(exceptions.map { (hashedKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
        ruleTable = Dictionary(rules.map { (hashedKey($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    @inline(__always)
    static func key(_ xpos: UInt64, _ text: UInt64) -> UInt64 { FeatureHashing.feature(0x4c45_4d4d, xpos, text) }

    /// The lemma of `form` tagged `upos`/`xpos`.
    public func lemma(form: String, upos: String, xpos: String) -> String {
        let xposHash = FeatureHashing.string(xpos)
        if let known = exceptionTable[Self.key(xposHash, FeatureHashing.string(form))] { return known }
        let base = Self.base(form: form, upos: upos, xpos: xpos)
        if base != form, let known = exceptionTable[Self.key(xposHash, FeatureHashing.string(base))] { return known }
        let lemma = Self.apply(rule(for: base, xposHash: xposHash), to: base)
        guard !knownTable.isEmpty, upos != "PROPN", xpos != "NNP", xpos != "NNPS", !knownTable.contains(FeatureHashing.string(lemma)) else {
            return lemma
        }
        return knownAlternative(for: base, xposHash: xposHash) ?? lemma
    }

    /// The output of the longest-ending rule that gives a known lemma, if any (rare words only).
    func knownAlternative(for base: String, xposHash: UInt64) -> String? {
        let characters = Array(base)
        for length in stride(from: min(Self.maximumEnding, characters.count - 1), through: 0, by: -1) {
            if let rewrite = ruleTable[Self.key(xposHash, FeatureHashing.string(String(characters.suffix(length))))],
               rewrite.strip < characters.count {
                let candidate = Self.apply(rewrite, to: base)
                if knownTable.contains(FeatureHashing.string(candidate)) { return candidate }
            }
        }
        return nil
    }

    /// Longest-ending rule, by hashes; ASCII words hash byte slices (one byte = one character).
    func rule(for base: String, xposHash: UInt64) -> Rewrite? {
        var copy = base
        let ascii: Rewrite?? = copy.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let raw = UnsafeRawBufferPointer(bytes)
            for length in stride(from: min(Self.maximumEnding, raw.count - 1), through: 0, by: -1) {
                let ending = FeatureHashing.bytes(UnsafeRawBufferPointer(rebasing: raw[(raw.count - length)...]))
                if let rewrite = ruleTable[Self.key(xposHash, ending)], rewrite.strip < raw.count {
                    return .some(rewrite)
                }
            }
            return .some(nil)
        }
        if let ascii { return ascii }
        let characters = Array(base)
        for length in stride(from: min(Self.maximumEnding, characters.count - 1), through: 0, by: -1) {
            if let rewrite = ruleTable[Self.key(xposHash, FeatureHashing.string(String(characters.suffix(length))))],
               rewrite.strip < characters.count {
                return rewrite
            }
        }
        return nil
    }

    /// What rules rewrite: the word itself for proper nouns, lowercased otherwise. A proper noun is
    /// either tag's say: the joint tag classes include "ADJ/NNP" ("New" in "New York"), whose lemma
    /// keeps its capital as well.
    static func base(form: String, upos: String, xpos: String) -> String {
        upos == "PROPN" || xpos == "NNP" || xpos == "NNPS" ? form : form.lowercased()
    }

    static func apply(_ rewrite: Rewrite?, to base: String) -> String {
        guard let rewrite else { return base }
        return String(base.dropLast(rewrite.strip)) + rewrite.append
    }

    /// The rewrite turning `base` into `lemma`.
    static func rewrite(from base: String, to lemma: String) -> Rewrite {
        let a = Array(base), b = Array(lemma)
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        return Rewrite(strip: a.count - common, append: String(b[common...]))
    }

    // MARK: Learning

    /// Learns rules and exceptions from gold (form, UPOS, XPOS, lemma) tuples.
    public static func learn(from sentences: [TreebankSentence], minimumRuleCount: Int = 2) -> Lemmatizer {
        var ruleCounts: [String: [Rewrite: Int]] = [:]
        var lemmaCounts: [String: [String: Int]] = [:]
        var uposOf: [String: String] = [:]
        // Rules only ever meet words the exceptions do not cover, i.e. rare ones, so a rule's support
        // is counted in distinct words: "Sept." → "September" a hundred times is one word, not a rule
        // that turns "Capt." into "Captember".
        var counted: Set<String> = []
        for sentence in sentences {
            for i in 0..<sentence.count where sentence.lemmas[i] != "_" || sentence.forms[i] == "_" {
                let form = sentence.forms[i], xpos = sentence.xpos[i], lemma = sentence.lemmas[i]
                let base = base(form: form, upos: sentence.upos[i], xpos: xpos)
                let rewrite = rewrite(from: base, to: lemma)
                let characters = Array(base)
                if counted.insert(xpos + "\t" + base + "\t" + lemma).inserted {
                    for length in 0...min(maximumEnding, characters.count - 1) where characters.count > 0 {
                        ruleCounts[xpos + "\t" + String(characters.suffix(length)), default: [:]][rewrite, default: 0] += 1
                    }
                }
                lemmaCounts[xpos + "\t" + form, default: [:]][lemma, default: 0] += 1
                uposOf[xpos + "\t" + form] = sentence.upos[i]
            }
        }
        func top<T: Hashable>(_ counts: [T: Int], _ order: (T, T) -> Bool) -> (T, Int) {
            let best = counts.max { $0.value != $1.value ? $0.value < $1.value : order($1.key, $0.key) }!
            return (best.key, best.value)
        }
        let rewriteOrder = { (x: Rewrite, y: Rewrite) in (x.strip, x.append) < (y.strip, y.append) }
        // Keep a rule only when it is frequent and says something its shorter ending does not.
        var best: [String: Rewrite] = [:]
        for (key, counts) in ruleCounts {
            let (rewrite, count) = top(counts, rewriteOrder)
            let ending = key.split(separator: "\t", omittingEmptySubsequences: false)[1]
            if count >= minimumRuleCount || ending.isEmpty { best[key] = rewrite }
        }
        var rules: [String: Rewrite] = [:]
        for (key, rewrite) in best {
            let parts = key.split(separator: "\t", omittingEmptySubsequences: false)
            let ending = parts[1]
            if ending.isEmpty { rules[key] = rewrite; continue }
            // Nearest shorter ending that has a rule.
            var shorter = ending.dropFirst()
            var parent: Rewrite?
            while parent == nil {
                parent = best[parts[0] + "\t" + shorter]
                if shorter.isEmpty { break }
                shorter = shorter.dropFirst()
            }
            if parent != rewrite { rules[key] = rewrite }
        }
        let partial = Lemmatizer(exceptions: [:], rules: rules)  // rules only, to find what they miss
        var exceptions: [String: String] = [:]
        for (key, counts) in lemmaCounts {
            let (lemma, _) = top(counts, <)
            let parts = key.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
            let xpos = String(parts[0]), form = String(parts[1])
            if partial.lemma(form: form, upos: uposOf[key] ?? "X", xpos: xpos) != lemma { exceptions[key] = lemma }
        }
        // Irregular past forms come from the grammar's table, which also overrides the treebank: where
        // the two disagree the treebank is wrong (GUM train has "fled" → "flead", "woven" → "wove").
        for (form, base) in IrregularVerbs.lemmas {
            for xpos in ["VBD", "VBN"] {
                let rulesAgree = partial.lemma(form: form, upos: "VERB", xpos: xpos) == base
                exceptions[xpos + "\t" + form] = rulesAgree ? nil : base
            }
        }
        var known: Set<String> = []
        for base in IrregularVerbs.lemmas.values { known.insert(base) }
        for sentence in sentences {
            for i in 0..<sentence.count where sentence.upos[i] != "PROPN" && sentence.lemmas[i] != "_" {
                known.insert(sentence.lemmas[i])
            }
        }
        return Lemmatizer(exceptions: exceptions, rules: rules, knownLemmas: known)
    }

    // MARK: Storage

    public func archive() -> ModelArchive {
        var archive = ModelArchive(kind: Self.modelKind)
        let exceptionEntries = exceptions.sorted { $0.key < $1.key }
        archive.set("lemmatizer.exceptions", strings: exceptionEntries.flatMap { [$0.key, $0.value] })
        let ruleEntries = rules.sorted { $0.key < $1.key }
        archive.set("lemmatizer.rules", strings: ruleEntries.flatMap { [$0.key, String($0.value.strip), $0.value.append] })
        archive.set("lemmatizer.known", strings: knownLemmas.sorted())
        return archive
    }

    public init(archive: ModelArchive) throws {
        guard archive.kind == Self.modelKind else {
            throw archive.corrupt("expected a lemmatizer model, found '\(archive.kind)'")
        }
        let exceptionFields = try archive.strings("lemmatizer.exceptions")
        let ruleFields = try archive.strings("lemmatizer.rules")
        guard exceptionFields.count % 2 == 0, ruleFields.count % 3 == 0 else {
            throw archive.corrupt("lemmatizer tables have a wrong number of fields")
        }
        var exceptions: [String: String] = [:]
        for i in stride(from: 0, to: exceptionFields.count, by: 2) { exceptions[exceptionFields[i]] = exceptionFields[i + 1] }
        var rules: [String: Rewrite] = [:]
        for i in stride(from: 0, to: ruleFields.count, by: 3) {
            guard let strip = Int(ruleFields[i + 1]), strip >= 0 else {
                throw archive.corrupt("lemmatizer rule '\(ruleFields[i])' has a bad length")
            }
            rules[ruleFields[i]] = Rewrite(strip: strip, append: ruleFields[i + 2])
        }
        self.init(exceptions: exceptions, rules: rules, knownLemmas: Set(try archive.strings("lemmatizer.known")))
    }

    /// The lemmatizer shipped in the NLP bundle (Models/lemmatizer.bin).
    public static func bundled() throws -> Lemmatizer {
        try Lemmatizer(archive: ModelArchive.bundled("lemmatizer"))
    }
}
