/// Feature extraction for the entity recognizer: gazetteer-free, hashed.
///
/// Per sentence, every token's strings (lowercase form, shape, tags, head word, name chunk) are hashed
/// once (`NERSentenceContext`); each feature is then a 64-bit mix of a template number and one to three
/// of those hashes, so extracting a token's ~45 features allocates nothing. The templates follow
/// Ratinov & Roth (2009) and spaCy's NER: word, lowercase, shape, capitalization
/// pattern (sentence-initial, all caps, title case inside a title-case headline, all-lowercase web
/// text), words and tags ±2, the previous BILOU tag (alone and with the word, shape and tag), the
/// dependency relation and head word, the proper-name chunk around the token, and what the
/// document said about the word before.
/// Per-token prefix/suffix templates were measured and dropped: on GUM dev they cost ~4 points F1
/// (with ~5k training names they memorize "-ia" = place and mislabel "Gloria"); only the name
/// chunk's last-word suffix is kept. (Template numbers of the dropped templates stay reserved.)
public struct NERFeatureExtractor: Sendable {
    public init() {}

    /// Template numbers; stable (they are hashed into the shipped model).
    enum Template: UInt64 {
        case bias = 1, word, lower, shape, shortShape, prefix1, prefix2, prefix3, suffix2, suffix3, suffix4
        case lowerM2, lowerM1, lowerP1, lowerP2, shapeM1, shapeP1, shortShapeM1M0P1
        case bigramM1, bigramP1
        case upos, uposM2, uposM1, uposP1, uposP2, uposM1M0, uposM0P1, xpos, uposLower
        case previousTag, previousTwoTags, previousTagLower, previousTagShape, previousTagUpos
        case capitalization, capitalizationUpos, capitalizationShortShape, length
        case deprel, deprelUpos, headLower, headUpos, deprelHeadLower
        case memory, memoryCapitalization, memoryM1, memoryP1
        case chunkPosition, chunkFirst, chunkLast, chunkLastSuffix, chunkCase, chunkRole, chunkLastCase
        case caseChild
        case clusterFine, clusterCoarse, clusterFineM1, clusterFineP1, clusterCoarseM1, clusterCoarseP1
        case clusterCoarseCapitalization, chunkLastClusterFine, headClusterCoarse
    }

    /// The features that depend on the previous tag (-1 at the sentence start): the transition
    /// scores of the Viterbi search, one set per previous tag. The tag-only part is the same at every
    /// token (`transitionFeatures`), so the recognizer scores it once per model.
    public func historyFeatures(at index: Int, previousTag: Int,
                                in context: NERSentenceContext, into features: inout [UInt64]) {
        transitionFeatures(previousTag: previousTag, into: &features)
        lexicalTransitionFeatures(at: index, previousTag: previousTag, in: context, into: &features)
    }

    /// The previous tag alone.
    public func transitionFeatures(previousTag: Int, into features: inout [UInt64]) {
        let previous = UInt64(bitPattern: Int64(previousTag))
        features.append(FeatureHashing.feature(Template.previousTag.rawValue, previous, 0, 0))
        // The previous tag once more, under the template that paired it with the tag before it
        // (fixed at -1 now that the search is first order). Dropping it cost 4 points on GUM dev over
        // seeds 1-3 (75.6 -> 71.6; UNER 61.0 -> 61.9): the doubled transition feature learns faster.
        features.append(FeatureHashing.feature(Template.previousTwoTags.rawValue, previous, UInt64(bitPattern: -1), 0))
    }

    /// The previous tag with the token's word, shape and POS.
    public func lexicalTransitionFeatures(at index: Int, previousTag: Int,
                                          in context: NERSentenceContext, into features: inout [UInt64]) {
        features.append(previousTagLowerFeature(at: index, previousTag: previousTag, in: context))
        previousTagClassFeatures(previousTag: previousTag, shortShape: context.shortShape[index],
                                 upos: context.upos[index], into: &features)
    }

    /// The previous tag with the token's lowercase word (the only open-class transition feature).
    @inline(__always)
    func previousTagLowerFeature(at index: Int, previousTag: Int, in context: NERSentenceContext) -> UInt64 {
        FeatureHashing.feature(Template.previousTagLower.rawValue, UInt64(bitPattern: Int64(previousTag)),
                               context.lower[index], 0)
    }

    /// The previous tag with the token's short shape and UPOS (hashes as in `NERSentenceContext`):
    /// few distinct values, so the recognizer caches their scores (`NERTransitionRows`).
    func previousTagClassFeatures(previousTag: Int, shortShape: UInt64, upos: UInt64,
                                  into features: inout [UInt64]) {
        let previous = UInt64(bitPattern: Int64(previousTag))
        features.append(FeatureHashing.feature(Template.previousTagShape.rawValue, previous, shortShape, 0))
        features.append(FeatureHashing.feature(Template.previousTagUpos.rawValue, previous, upos, 0))
    }

    /// The features that do not depend on the previous tags.
    public func staticFeatures(at index: Int, in context: NERSentenceContext, into features: inout [UInt64]) {
        let c = context
        func at(_ offset: Int, _ values: [UInt64]) -> UInt64 {
            let position = index + offset
            return position < 0 ? Hash.sentenceStart : position >= values.count ? Hash.sentenceEnd : values[position]
        }
        func add(_ template: Template, _ a: UInt64, _ b: UInt64 = 0, _ d: UInt64 = 0) {
            features.append(FeatureHashing.feature(template.rawValue, a, b, d))
        }
        let lower = c.lower[index], shape = c.shape[index], upos = c.upos[index]
        add(.bias, 0)
        add(.word, c.word[index])
        add(.lower, lower)
        add(.shape, shape)
        add(.shortShape, c.shortShape[index])
        add(.lowerM2, at(-2, c.lower)); add(.lowerM1, at(-1, c.lower))
        add(.lowerP1, at(1, c.lower)); add(.lowerP2, at(2, c.lower))
        add(.shapeM1, at(-1, c.shape)); add(.shapeP1, at(1, c.shape))
        add(.shortShapeM1M0P1, at(-1, c.shortShape), c.shortShape[index], at(1, c.shortShape))
        add(.bigramM1, at(-1, c.lower), lower); add(.bigramP1, lower, at(1, c.lower))
        add(.upos, upos); add(.xpos, c.xpos[index]); add(.uposLower, upos, lower)
        add(.uposM2, at(-2, c.upos)); add(.uposM1, at(-1, c.upos))
        add(.uposP1, at(1, c.upos)); add(.uposP2, at(2, c.upos))
        add(.uposM1M0, at(-1, c.upos), upos); add(.uposM0P1, upos, at(1, c.upos))
        let capitalization = c.capitalization[index]
        add(.capitalization, capitalization)
        add(.capitalizationUpos, capitalization, upos)
        add(.capitalizationShortShape, capitalization, c.shortShape[index])
        add(.length, c.length[index])
        add(.memory, c.memory[index])
        add(.memoryCapitalization, c.memory[index], capitalization)
        add(.memoryM1, at(-1, c.memory)); add(.memoryP1, at(1, c.memory))
        add(.chunkPosition, c.chunkPosition[index])
        add(.chunkFirst, c.chunkFirst[index]); add(.chunkLast, c.chunkLast[index])
        add(.chunkLastSuffix, c.chunkLastSuffix[index])
        if c.parsed {
            add(.chunkCase, c.chunkCase[index]); add(.chunkRole, c.chunkRole[index], c.chunkRoleHead[index])
            add(.chunkLastCase, c.chunkLast[index], c.chunkCase[index])
            add(.caseChild, c.caseChild[index])
        }
        if c.parsed {
            add(.deprel, c.deprel[index]); add(.deprelUpos, c.deprel[index], upos)
            add(.headLower, c.headLower[index]); add(.headUpos, c.headUpos[index])
            add(.deprelHeadLower, c.deprel[index], c.headLower[index])
            add(.headClusterCoarse, c.headClusterCoarse[index])
        }
        add(.clusterFine, c.clusterFine[index]); add(.clusterCoarse, c.clusterCoarse[index])
        add(.clusterFineM1, at(-1, c.clusterFine)); add(.clusterFineP1, at(1, c.clusterFine))
        add(.clusterCoarseM1, at(-1, c.clusterCoarse)); add(.clusterCoarseP1, at(1, c.clusterCoarse))
        add(.clusterCoarseCapitalization, c.clusterCoarse[index], capitalization)
        add(.chunkLastClusterFine, c.chunkLastClusterFine[index])
    }
}

/// One sentence's per-token string hashes, computed once before tagging it.
public struct NERSentenceContext: Sendable {
    var word: [UInt64] = [], lower: [UInt64] = [], shape: [UInt64] = [], shortShape: [UInt64] = []
    var upos: [UInt64] = [], xpos: [UInt64] = [], capitalization: [UInt64] = [], length: [UInt64] = []
    var deprel: [UInt64] = [], headLower: [UInt64] = [], headUpos: [UInt64] = []
    /// Per token, the label the document memory has for its word (`noMemory` when none).
    var memory: [UInt64] = []
    /// Proper-name chunk (maximal PROPN run, split after a title) around each token: position and length, its first and
    /// last word, the last word's suffix, the preposition ("case" child) and role of its syntactic
    /// head. "Trinity College" vs "San Francisco Bay", "in X" vs "X said".
    var chunkPosition: [UInt64] = [], chunkFirst: [UInt64] = [], chunkLast: [UInt64] = []
    var chunkLastSuffix: [UInt64] = [], chunkCase: [UInt64] = [], chunkRole: [UInt64] = [], chunkRoleHead: [UInt64] = []
    /// The token's own "case" dependent (its preposition), for any token.
    var caseChild: [UInt64] = []
    /// Word classes learned from unlabelled text (`WordClusters`): the token's, its name chunk's
    /// last word's, and its syntactic head's.
    var clusterFine: [UInt64] = [], clusterCoarse: [UInt64] = [], chunkLastClusterFine: [UInt64] = []
    var headClusterCoarse: [UInt64] = []
    static let noMemory: UInt64 = 0x4E4F_4D45_4D00_0004
    /// Whether the sentence has a dependency parse (heads/deprels); features on it are skipped if not.
    let parsed: Bool

    /// `tokens` is one sentence; `headOffset` is subtracted from each `head` to make it sentence-local
    /// (the sentence's first document index at run time, 0 for training sentences).
    public init(tokens: some Collection<Token>, headOffset: Int = 0, clusters: WordClusters = .empty) {
        let tokens = Array(tokens)
        parsed = tokens.contains { !$0.deprel.isEmpty }
        let casing = SentenceCasing(tokens.map(\.form))
        var lowerForms: [String] = []
        for (index, token) in tokens.enumerated() {
            let form = token.form, lowered = FastCase.lowercased(form)
            lowerForms.append(lowered)
            word.append(Hash.string(form))
            lower.append(Hash.string(lowered))
            shape.append(Hash.string(WordShape.shape(form)))
            shortShape.append(Hash.string(WordShape.shortShape(form)))
            upos.append(Hash.string(token.upos))
            xpos.append(Hash.string(token.xpos))
            capitalization.append(casing.patternHash(at: index))
            length.append(UInt64(min(lowered.unicodeScalars.count, 12)))
            deprel.append(Hash.string(token.deprel))
            let classes = clusters.atoms(ofLowerHash: lower[index])
            clusterFine.append(classes.fine)
            clusterCoarse.append(classes.coarse)
        }
        memory = [UInt64](repeating: Self.noMemory, count: tokens.count)
        for token in tokens {
            let head = token.head - headOffset
            let inside = token.head >= 0 && head >= 0 && head < tokens.count
            headLower.append(inside ? lower[head] : Hash.root)
            headUpos.append(inside ? upos[head] : Hash.root)
            headClusterCoarse.append(inside ? clusterCoarse[head] : Hash.root)
        }
        computeChunks(tokens, headOffset: headOffset)
    }

    private mutating func computeChunks(_ tokens: [Token], headOffset: Int) {
        let count = tokens.count
        let none = Hash.string("<none>")
        func localHead(_ index: Int) -> Int? {
            let head = tokens[index].head - headOffset
            return tokens[index].head >= 0 && head >= 0 && head < count ? head : nil
        }
        caseChild = [UInt64](repeating: none, count: count)
        for index in 0..<count where tokens[index].deprel == "case" {
            if let head = localHead(index), caseChild[head] == none { caseChild[head] = lower[index] }
        }
        func isName(_ token: Token) -> Bool {
            token.upos.isEmpty ? (token.form.first?.isUppercase ?? false) : token.upos == "PROPN"
        }
        chunkPosition = [UInt64](repeating: none, count: count)
        chunkFirst = chunkPosition; chunkLast = chunkPosition; chunkLastSuffix = chunkPosition
        chunkCase = chunkPosition; chunkRole = chunkPosition; chunkRoleHead = chunkPosition
        chunkLastClusterFine = chunkPosition
        var start = 0
        while start < count {
            guard isName(tokens[start]) else { start += 1; continue }
            var end = start + 1
            // A title ends its chunk ("Home Minister | Mohsin Naqvi"): the parse attaches it to the
            // name as nmod:desc, and the name the recognizer learns leaves it out.
            while end < count, isName(tokens[end]), tokens[end - 1].deprel != "nmod:desc" { end += 1 }
            let chunk = start..<end
            let head = chunk.first { index in localHead(index).map { !chunk.contains($0) } ?? true } ?? end - 1
            let lastForm = Array(tokens[end - 1].form.lowercased().unicodeScalars)
            let suffix = Hash.string(String(String.UnicodeScalarView(lastForm.suffix(3))))
            let role = Hash.string(tokens[head].deprel)
            let roleHead = localHead(head).map { lower[$0] } ?? Hash.root
            for index in chunk {
                let position = chunk.count == 1 ? "U" : index == start ? "B" : index == end - 1 ? "L" : "I"
                chunkPosition[index] = Hash.string(position + String(min(chunk.count, 4)))
                chunkFirst[index] = lower[start]
                chunkLast[index] = lower[end - 1]
                chunkLastClusterFine[index] = clusterFine[end - 1]
                chunkLastSuffix[index] = suffix
                chunkCase[index] = caseChild[head]
                chunkRole[index] = role
                chunkRoleHead[index] = roleHead
            }
            start = end
        }
    }
}

extension NERSentenceContext {
    /// Looks every token's word up in the document memory (before tagging the sentence).
    mutating func recall(_ documentMemory: NERDocumentMemory) {
        for index in lower.indices {
            memory[index] = documentMemory.label(of: lower[index]).map { UInt64($0) } ?? Self.noMemory
        }
    }

    /// Stores the sentence's recognized spans in the document memory (after tagging it).
    func remember(_ spans: [EntitySpan], scheme: BILOUScheme, in documentMemory: inout NERDocumentMemory) {
        documentMemory.remember(spans.compactMap { span in
            scheme.labels.firstIndex(of: span.label).map { (span.tokens, $0) }
        }, lower: lower)
    }
}

/// Capitalization pattern of a token within its sentence: the same title-case word means different
/// things at the start of a sentence, inside a title-case headline, in all-caps or all-lowercase text.
struct SentenceCasing {
    let forms: [String]
    let headline: Bool, allLower: Bool, allUpper: Bool

    init(_ forms: [String]) {
        self.forms = forms
        let words = forms.filter { $0.unicodeScalars.first.map(ScalarClass.isLetter) ?? false }
        let cased = words.filter { $0.unicodeScalars.count > 3 }
        let titled = cased.filter { ScalarClass.isUpper($0.unicodeScalars.first!) }
        headline = cased.count >= 3 && titled.count * 10 >= cased.count * 8
        allLower = !words.isEmpty && !words.contains { $0.unicodeScalars.contains(where: ScalarClass.isUpper) }
        let upperWords = words.filter { $0.unicodeScalars.count > 1 && !$0.unicodeScalars.contains(where: ScalarClass.isLower) }
        allUpper = words.count >= 3 && upperWords.count * 10 >= words.count * 8
    }

    func pattern(at index: Int) -> String {
        Self.kinds[kind(at: index)] + "|" + Self.positions[index == 0 ? 0 : 1] + "|" + Self.texts[textIndex]
    }

    /// `Hash.string(pattern(at:))`, from a table of every pattern's hash (no string built per token).
    func patternHash(at index: Int) -> UInt64 {
        Self.patternHashes[(kind(at: index) * Self.positions.count + (index == 0 ? 0 : 1)) * Self.texts.count + textIndex]
    }

    private static let kinds = ["digit", "punct", "initial", "upper", "mixed", "title", "camel", "lower"]
    private static let positions = ["first", "mid"]
    private static let texts = ["headline", "lowertext", "uppertext", "normal"]
    private static let patternHashes: [UInt64] = kinds.flatMap { kind in
        positions.flatMap { position in texts.map { Hash.string(kind + "|" + position + "|" + $0) } }
    }

    private var textIndex: Int { headline ? 0 : allLower ? 1 : allUpper ? 2 : 3 }

    /// Index into `kinds` of the token's letter-case class.
    private func kind(at index: Int) -> Int {
        let scalars = forms[index].unicodeScalars
        if scalars.contains(where: ScalarClass.isDigit) { return 0 }
        if !scalars.contains(where: ScalarClass.isLetter) { return 1 }
        if !scalars.contains(where: ScalarClass.isLower) { return scalars.count == 1 ? 2 : 3 }
        if ScalarClass.isUpper(scalars.first!) { return scalars.dropFirst().contains(where: ScalarClass.isUpper) ? 4 : 5 }
        return scalars.contains(where: ScalarClass.isUpper) ? 6 : 7
    }
}

/// Letter case and digit tests on scalars, with an ASCII fast path (Unicode property lookups
/// dominate feature extraction otherwise).
enum ScalarClass {
    @inline(__always) static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value &- 65) < 26 : scalar.properties.isUppercase
    }
    @inline(__always) static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value &- 97) < 26 : scalar.properties.isLowercase
    }
    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? (scalar.value &- 48) < 10 : scalar.properties.numericType != nil
    }
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 128 ? isUpper(scalar) || isLower(scalar) : scalar.properties.isAlphabetic
    }
}

/// Word shapes: "Islamabad" → "Xxxxx" (runs capped at 4) and "Xx"; "2024" → "dddd" and "d";
/// "U.S." → "X.X." and "X.X.".
enum WordShape {
    static func shape(_ form: String) -> String {
        var result = String.UnicodeScalarView(), last: Unicode.Scalar = "\0", run = 0
        for scalar in form.unicodeScalars {
            let mapped = map(scalar)
            run = mapped == last ? run + 1 : 1
            last = mapped
            if run <= 4 { result.append(mapped) }
        }
        return String(result)
    }

    static func shortShape(_ form: String) -> String {
        var result = String.UnicodeScalarView(), last: Unicode.Scalar = "\0"
        for scalar in form.unicodeScalars {
            let mapped = map(scalar)
            if mapped != last { result.append(mapped) }
            last = mapped
        }
        return String(result)
    }

    @inline(__always) private static func map(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if ScalarClass.isDigit(scalar) { return "d" }
        if ScalarClass.isUpper(scalar) { return "X" }
        if ScalarClass.isLetter(scalar) { return "x" }
        return scalar
    }
}

/// Lowercase with an ASCII fast path.
enum FastCase {
    static func lowercased(_ form: String) -> String {
        guard form.utf8.contains(where: { $0 >= 65 && $0 <= 90 || $0 >= 128 }) else { return form }
        if !form.utf8.contains(where: { $0 >= 128 }) {
            return String(decoding: form.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
        }
        return form.lowercased()
    }
}

/// Boundary atoms for context features that fall outside the sentence.
enum Hash {
    static let sentenceStart: UInt64 = 0x5354_4152_5400_0001
    static let sentenceEnd: UInt64 = 0x454E_4400_0000_0002
    static let root: UInt64 = 0x524F_4F54_0000_0003

    static func string(_ text: String) -> UInt64 { FeatureHashing.string(text) }
}
