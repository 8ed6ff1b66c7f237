/// A port of the CoNLL 2018 shared-task evaluation script (conll18_ud_eval.py, Straka 2018): tokens,
/// sentences and words are spans over the concatenated non-whitespace characters of the file, so gold and
/// system tokenizations of the same text can be compared; words inside multiword tokens are aligned by
/// the longest common subsequence of their (lowercased) forms.
struct UDFile {
    struct Word {
        /// Span in the non-whitespace character stream (of the word's token, for multiword-token words).
        var start: Int
        var end: Int
        var isMultiword: Bool
        var form: String
        var upos: String
        var xpos: String
        var feats: String
        var lemma: String
        /// Universal part of DEPREL ("nmod" for "nmod:poss").
        var deprel: String
        /// Global word index of the head, nil for the root.
        var parent: Int?
    }

    var characters: [Unicode.Scalar] = []
    var tokens: [(start: Int, end: Int)] = []
    var words: [Word] = []
    var sentences: [(start: Int, end: Int)] = []

    init(_ sentences: [CoNLLUSentence]) {
        var index = 0
        var featureCache: [String: String] = [:]
        for sentence in sentences {
            let sentenceStart = index
            let firstWord = words.count
            for surface in sentence.surfaceTokens {
                let form = surface.form.unicodeScalars.filter {
                    $0.value < 0x80 ? $0 != " " : $0.properties.generalCategory != .spaceSeparator
                }
                characters.append(contentsOf: form)
                let span = (start: index, end: index + form.count)
                index += form.count
                tokens.append(span)
                let multiword = surface.words.count > 1
                for w in surface.words {
                    let word = sentence.words[w]
                    let parent: Int? = word.head.flatMap { $0 > 0 ? firstWord + $0 - 1 : nil }
                    var deprel = word.deprel
                    if let colon = deprel.firstIndex(of: ":") { deprel = String(deprel[..<colon]) }
                    let feats: String
                    if let cached = featureCache[word.feats] {
                        feats = cached
                    } else {
                        feats = Self.universalFeatures(word.feats)
                        featureCache[word.feats] = feats
                    }
                    words.append(Word(start: span.start, end: span.end, isMultiword: multiword,
                                      form: word.form.lowercased(), upos: word.upos, xpos: word.xpos, feats: feats,
                                      lemma: word.lemma, deprel: deprel, parent: parent))
                }
            }
            self.sentences.append((sentenceStart, index))
        }
    }
}

extension UDFile {
    /// The evaluation script compares only the universal features, sorted.
    static let universal: Set<Substring> = [
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number", "Case",
        "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident", "Polarity", "Person",
        "Polite",
    ]

    static func universalFeatures(_ feats: String) -> String {
        if feats == "_" { return "" }
        return feats.split(separator: "|").filter { pair in
            universal.contains(pair.split(separator: "=", maxSplits: 1).first ?? pair)
        }.sorted().joined(separator: "|")
    }
}

/// Gold-to-system word alignment.
struct UDAlignment {
    var pairs: [(gold: Int, system: Int)] = []
    var goldToSystem: [Int: Int] = [:]

    init(gold: [UDFile.Word], system: [UDFile.Word]) {
        var gi = 0, si = 0
        while gi < gold.count && si < system.count {
            if gold[gi].isMultiword || system[si].isMultiword {
                let (gs, ss, ge, se) = Self.multiwordSpan(gold, system, gi, si)
                gi = ge
                si = se
                if se > ss && ge > gs {
                    let lcs = Self.lcs(gold, system, gs, ge, ss, se)
                    var g = 0, s = 0
                    while g < ge - gs && s < se - ss {
                        if gold[gs + g].form == system[ss + s].form {
                            append(gs + g, ss + s)
                            g += 1
                            s += 1
                        } else if lcs[g][s] == (g + 1 < ge - gs ? lcs[g + 1][s] : 0) {
                            g += 1
                        } else {
                            s += 1
                        }
                    }
                }
            } else if gold[gi].start == system[si].start && gold[gi].end == system[si].end {
                append(gi, si)
                gi += 1
                si += 1
            } else if gold[gi].start <= system[si].start {
                gi += 1
            } else {
                si += 1
            }
        }
    }

    private mutating func append(_ g: Int, _ s: Int) {
        pairs.append((g, s))
        goldToSystem[g] = s
    }

    private static func beyondEnd(_ words: [UDFile.Word], _ i: Int, _ end: Int) -> Bool {
        if i >= words.count { return true }
        if words[i].isMultiword { return words[i].start >= end }
        return words[i].end > end
    }

    private static func extendEnd(_ word: UDFile.Word, _ end: Int) -> Int {
        word.isMultiword && word.end > end ? word.end : end
    }

    private static func multiwordSpan(_ gold: [UDFile.Word], _ system: [UDFile.Word], _ gi0: Int, _ si0: Int)
        -> (Int, Int, Int, Int) {
        var gi = gi0, si = si0
        var end: Int
        if gold[gi].isMultiword {
            end = gold[gi].end
            if !system[si].isMultiword && system[si].start < gold[gi].start { si += 1 }
        } else {
            end = system[si].end
            if !gold[gi].isMultiword && gold[gi].start < system[si].start { gi += 1 }
        }
        let gs = gi, ss = si
        while !beyondEnd(gold, gi, end) || !beyondEnd(system, si, end) {
            if gi < gold.count && (si >= system.count || gold[gi].start <= system[si].start) {
                end = extendEnd(gold[gi], end)
                gi += 1
            } else {
                end = extendEnd(system[si], end)
                si += 1
            }
        }
        return (gs, ss, gi, si)
    }

    private static func lcs(_ gold: [UDFile.Word], _ system: [UDFile.Word], _ gs: Int, _ ge: Int, _ ss: Int, _ se: Int)
        -> [[Int]] {
        let gn = ge - gs, sn = se - ss
        var table = [[Int]](repeating: [Int](repeating: 0, count: sn), count: gn)
        for g in stride(from: gn - 1, through: 0, by: -1) {
            for s in stride(from: sn - 1, through: 0, by: -1) {
                if gold[gs + g].form == system[ss + s].form {
                    table[g][s] = 1 + (g + 1 < gn && s + 1 < sn ? table[g + 1][s + 1] : 0)
                }
                table[g][s] = max(table[g][s], g + 1 < gn ? table[g + 1][s] : 0)
                table[g][s] = max(table[g][s], s + 1 < sn ? table[g][s + 1] : 0)
            }
        }
        return table
    }
}
