/// Feature templates of the parser, after Zhang & Nivre (2011) adapted to arc-hybrid (s1 plays
/// the role of s0's head): words, tags and labels of s0–s2, b0–b2, the leftmost/rightmost
/// children of s0, s1 and b0, the s0–b0 distance, valencies and label sets. UPOS joins XPOS for
/// the core positions: it separates what XPOS conflates (AUX from VERB, SCONJ from ADP under IN,
/// PRON from DET), and predicted UPOS errs on other words than predicted XPOS. Feature set 2
/// (`DependencyParser.featureSetVersion`) adds the ambiguity classes of s0, s1, b0 and b1, the
/// grandchildren of s0 and the second children of s1.
///
/// Atoms (word and tag hashes) are computed once per sentence; a feature is then a few integer
/// mixes, with no allocation.
struct ParserFeatures {
    /// Hashes of the lowercased word forms, index 0 = root.
    let words: [UInt64]
    /// Hashes of the XPOS tags, index 0 = root.
    let tags: [UInt64]
    /// Hashes of the UPOS tags, index 0 = root.
    let coarseTags: [UInt64]
    /// Hashes of the words' ambiguity classes ("NN|VB"), index 0 = root: what tags the word
    /// could have had, so the parser can hedge where the tagger's single guess is unreliable.
    let ambiguity: [UInt64]
    /// Hash of each label index.
    let labelHashes: [UInt64]

    static let none: UInt64 = 0x6e6f_6e65
    static let rootWord: UInt64 = FeatureHashing.string("<ROOT>")
    static let rootTag: UInt64 = FeatureHashing.string("<ROOT-TAG>")

    init(forms: [String], tags: [String], upos: [String], lexicon: TagLexicon, labelHashes: [UInt64]) {
        var words = [Self.rootWord]
        var tagHashes = [Self.rootTag]
        var coarseHashes = [Self.rootTag]
        words.reserveCapacity(forms.count + 1)
        tagHashes.reserveCapacity(forms.count + 1)
        coarseHashes.reserveCapacity(forms.count + 1)
        for form in forms { words.append(FeatureHashing.string(Self.normalize(form))) }
        for tag in tags { tagHashes.append(FeatureHashing.string(tag)) }
        for tag in upos { coarseHashes.append(FeatureHashing.string(tag)) }
        self.words = words
        self.tags = tagHashes
        self.coarseTags = coarseHashes
        var ambiguity = [Self.rootTag]
        ambiguity.reserveCapacity(forms.count + 1)
        for word in words.dropFirst() { ambiguity.append(lexicon.ambiguityClass(lower: word)) }
        self.ambiguity = ambiguity
        self.labelHashes = labelHashes
    }

    /// Lowercase, and digits folded to "0" so numbers share statistics.
    static func normalize(_ form: String) -> String {
        var copy = form
        // ASCII fast path, same result as the general one.
        if let ascii = copy.withUTF8({ bytes -> String?? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            guard bytes.contains(where: { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) }) else {
                return .some(nil)  // nothing to change
            }
            return .some(String(decoding: bytes.map { byte -> UInt8 in
                switch byte {
                case 0x41...0x5A: return byte + 0x20
                case 0x30...0x39: return 0x30
                default: return byte
                }
            }, as: UTF8.self))
        }) {
            return ascii ?? form
        }
        var needsWork = false
        for scalar in form.unicodeScalars where scalar.properties.isUppercase || ("0"..."9").contains(scalar) {
            needsWork = true
            break
        }
        guard needsWork else { return form }
        var out = String.UnicodeScalarView()
        for scalar in form.lowercased().unicodeScalars {
            out.append(("0"..."9").contains(scalar) ? "0" : scalar)
        }
        return String(out)
    }

    @inline(__always) private func w(_ i: Int) -> UInt64 { i >= 0 ? words[i] : Self.none }
    @inline(__always) private func t(_ i: Int) -> UInt64 { i >= 0 ? tags[i] : Self.none }
    @inline(__always) private func u(_ i: Int) -> UInt64 { i >= 0 ? coarseTags[i] : Self.none }
    @inline(__always) private func a(_ i: Int) -> UInt64 { i >= 0 ? ambiguity[i] : Self.none }

    /// Fills `out` with the feature keys of `state`: the buffer-only ones, the settled stack ones,
    /// then the rest. (Training sums integer-valued weights, exactly in any order, so the grouping
    /// changes no trained model.)
    func extract(_ state: ArcHybridConfiguration, into out: inout [UInt64]) {
        extractBufferOnly(state, into: &out)
        appendStackSettled(state, to: &out)
        appendStackDependent(state, to: &out)
    }

    /// Fills `out` with the features of the first buffer words alone (b0–b2: words, tags, UPOS,
    /// ambiguity classes) and the bias. Only SHIFT moves the buffer, so the parser sums their
    /// scores once per buffer front instead of once per transition.
    func extractBufferOnly(_ state: ArcHybridConfiguration, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let b0 = state.bufferItem(0) ?? -1
        let b1 = state.bufferItem(1) ?? -1
        let b2 = state.bufferItem(2) ?? -1
        let b0w = w(b0), b0t = t(b0), b1w = w(b1), b1t = t(b1), b2w = w(b2), b2t = t(b2)
        typealias F = FeatureHashing
        out.append(F.feature(1, 1))  // bias
        out.append(F.feature(5, b0w)); out.append(F.feature(6, b0t)); out.append(F.feature(7, F.feature(0, b0w, b0t)))
        out.append(F.feature(8, b1w)); out.append(F.feature(9, b1t)); out.append(F.feature(10, b1w, b1t))
        out.append(F.feature(11, b2w)); out.append(F.feature(12, b2t))
        out.append(F.feature(27, b0t, b1t)); out.append(F.feature(40, b0t, b1t, b2t))
        out.append(F.feature(121, u(b0)))
        out.append(F.feature(131, a(b0), b0t)); out.append(F.feature(132, a(b1), b1t))
    }

    /// Appends the features that stay fixed while the stack is at least this deep: the top three
    /// words (s0–s2: words, tags, UPOS, ambiguity classes, the s1–s0 distance), s0's left children
    /// and s1's children. In arc-hybrid a word gets its left children before it is shifted and its
    /// right children only when the word above it is popped onto it, so until a SHIFT puts a new
    /// word at this depth only s0's right side changes. The parser keeps these scores per stack
    /// depth instead of looking them up at every transition.
    func appendStackSettled(_ state: ArcHybridConfiguration, to out: inout [UInt64]) {
        let s0 = state.stackItem(0) ?? -1
        let s1 = state.stackItem(1) ?? -1
        let s2 = state.stackItem(2) ?? -1
        func child(_ table: [Int], _ i: Int) -> Int { i >= 0 ? table[i] : -1 }
        func l(_ i: Int) -> UInt64 { i >= 0 && state.labels[i] >= 0 ? labelHashes[state.labels[i]] : Self.none }
        let s0l1 = child(state.leftmost, s0), s0l2 = child(state.secondLeftmost, s0)
        let s1l1 = child(state.leftmost, s1), s1r1 = child(state.rightmost, s1)
        let s0w = w(s0), s0t = t(s0), s1w = w(s1), s1t = t(s1), s2t = t(s2)
        let s0wt = FeatureHashing.feature(0, s0w, s0t)
        let s1wt = FeatureHashing.feature(0, s1w, s1t)
        let distance1 = UInt64(s1 > 0 && s0 > 0 ? min(s0 - s1, 6) : 0)
        let s0vl = UInt64(s0 >= 0 ? state.leftValency[s0] : 0)
        let s1vr = UInt64(s1 >= 0 ? state.rightValency[s1] : 0)
        let s0ls = s0 >= 0 ? state.leftLabelSet[s0] : 0
        let s0u = u(s0), s1u = u(s1), s0a = a(s0), s1a = a(s1)
        typealias F = FeatureHashing
        // Single words.
        out.append(F.feature(2, s0w)); out.append(F.feature(3, s0t)); out.append(F.feature(4, s0wt))
        out.append(F.feature(13, s1w)); out.append(F.feature(14, s1t)); out.append(F.feature(15, s1wt))
        out.append(F.feature(16, s2t))
        // The s1–s0 pair and the top three tags.
        out.append(F.feature(28, s1wt, s0wt)); out.append(F.feature(29, s1t, s0t))
        out.append(F.feature(30, s1w, s0w)); out.append(F.feature(31, s1t, s0w))
        out.append(F.feature(32, s1w, s0t))
        out.append(F.feature(43, s2t, s1t, s0t))
        out.append(F.feature(56, s1t, s0t, distance1)); out.append(F.feature(57, s1w, s0w, distance1))
        // s1's children with s0, s0's left valency and s1's right valency.
        out.append(F.feature(47, s1t, t(s1r1), s0t)); out.append(F.feature(49, s1t, t(s1l1), s0t))
        out.append(F.feature(62, s0w, s0vl)); out.append(F.feature(63, s0t, s0vl))
        out.append(F.feature(66, s1t, s1vr))
        // s0's left children, s1's children: words, tags, labels.
        out.append(F.feature(70, w(s0l1))); out.append(F.feature(71, t(s0l1))); out.append(F.feature(72, l(s0l1)))
        out.append(F.feature(79, t(s0l2))); out.append(F.feature(80, l(s0l2)))
        out.append(F.feature(85, w(s1r1))); out.append(F.feature(86, t(s1r1))); out.append(F.feature(87, l(s1r1)))
        out.append(F.feature(88, l(s1l1)))
        out.append(F.feature(90, s0t, t(s0l1), t(s0l2)))
        // s0's left label set.
        out.append(F.feature(102, s0w, s0ls)); out.append(F.feature(103, s0t, s0ls))
        out.append(F.feature(106, s1t, s0t, s0ls))
        // UPOS and ambiguity classes of s0 and s1.
        out.append(F.feature(120, s0u)); out.append(F.feature(124, s1u, s0u))
        out.append(F.feature(130, s0a, s0t)); out.append(F.feature(133, s1a, s1t)); out.append(F.feature(137, s1a, s0a))
        // s0's leftmost grandchild, s1's second right and left children.
        out.append(F.feature(147, s0t, t(child(state.leftmost, s0l1))))
        out.append(F.feature(149, l(child(state.leftmost, s0l1)), l(s0l1)))
        out.append(F.feature(151, s1t, t(child(state.secondRightmost, s1)), t(s1r1)))
        out.append(F.feature(152, s1t, t(s1l1)))
    }

    /// Appends the features that involve the buffer or s0's right side, with the stack.
    func appendStackDependent(_ state: ArcHybridConfiguration, to out: inout [UInt64]) {
        let s0 = state.stackItem(0) ?? -1
        let s1 = state.stackItem(1) ?? -1
        let b0 = state.bufferItem(0) ?? -1
        let b1 = state.bufferItem(1) ?? -1
        func child(_ table: [Int], _ i: Int) -> Int { i >= 0 ? table[i] : -1 }
        let s0l1 = child(state.leftmost, s0)
        let s0r1 = child(state.rightmost, s0), s0r2 = child(state.secondRightmost, s0)
        let b0l1 = child(state.leftmost, b0), b0l2 = child(state.secondLeftmost, b0)
        func l(_ i: Int) -> UInt64 { i >= 0 && state.labels[i] >= 0 ? labelHashes[state.labels[i]] : Self.none }

        let s0w = w(s0), s0t = t(s0), s1t = t(s1)
        let b0w = w(b0), b0t = t(b0), b1t = t(b1)
        let s0wt = FeatureHashing.feature(0, s0w, s0t)
        let b0wt = FeatureHashing.feature(0, b0w, b0t)
        typealias F = FeatureHashing
        // Word pairs.
        out.append(F.feature(20, s0wt, b0wt)); out.append(F.feature(21, s0wt, b0w))
        out.append(F.feature(22, s0w, b0wt)); out.append(F.feature(23, s0wt, b0t))
        out.append(F.feature(24, s0t, b0wt)); out.append(F.feature(25, s0w, b0w))
        out.append(F.feature(26, s0t, b0t))
        // Tag trigrams.
        out.append(F.feature(41, s0t, b0t, b1t))
        out.append(F.feature(42, s1t, s0t, b0t))
        out.append(F.feature(44, s0t, t(s0l1), b0t)); out.append(F.feature(45, s0t, t(s0r1), b0t))
        out.append(F.feature(46, s0t, b0t, t(b0l1)))
        out.append(F.feature(48, s1t, s0t, t(s0r1)))
        // Distance (capped) between s0 and b0.
        let distance = UInt64(s0 > 0 && b0 > 0 ? min(b0 - s0, 6) : 0)
        out.append(F.feature(50, s0w, distance)); out.append(F.feature(51, s0t, distance))
        out.append(F.feature(52, b0w, distance)); out.append(F.feature(53, b0t, distance))
        out.append(F.feature(54, s0w, b0w, distance)); out.append(F.feature(55, s0t, b0t, distance))
        // Valency.
        let s0vr = UInt64(s0 >= 0 ? state.rightValency[s0] : 0)
        let b0vl = UInt64(b0 >= 0 ? state.leftValency[b0] : 0)
        out.append(F.feature(60, s0w, s0vr)); out.append(F.feature(61, s0t, s0vr))
        out.append(F.feature(64, b0w, b0vl)); out.append(F.feature(65, b0t, b0vl))
        // Children: words, tags, labels.
        out.append(F.feature(73, w(s0r1))); out.append(F.feature(74, t(s0r1))); out.append(F.feature(75, l(s0r1)))
        out.append(F.feature(76, w(b0l1))); out.append(F.feature(77, t(b0l1))); out.append(F.feature(78, l(b0l1)))
        out.append(F.feature(81, t(s0r2))); out.append(F.feature(82, l(s0r2)))
        out.append(F.feature(83, t(b0l2))); out.append(F.feature(84, l(b0l2)))
        out.append(F.feature(91, s0t, t(s0r1), t(s0r2)))
        out.append(F.feature(92, b0t, t(b0l1), t(b0l2)))
        out.append(F.feature(93, s0w, l(s0l1), l(s0r1))); out.append(F.feature(94, b0w, l(b0l1)))
        // Label sets.
        let s0rs = s0 >= 0 ? state.rightLabelSet[s0] : 0
        let b0ls = b0 >= 0 ? state.leftLabelSet[b0] : 0
        out.append(F.feature(100, s0w, s0rs)); out.append(F.feature(101, s0t, s0rs))
        out.append(F.feature(104, b0w, b0ls)); out.append(F.feature(105, b0t, b0ls))
        out.append(F.feature(107, s0t, b0t, s0rs))
        // Whether s0 could still be the single root word (the root is right below it).
        out.append(F.feature(110, UInt64(s1 == 0 ? 1 : 0), s0t, b0t))
        // UPOS: the s0–b0 pair, with the s0 and b0 words, and trigrams.
        let s0u = u(s0), s1u = u(s1), b0u = u(b0), b1u = u(b1)
        out.append(F.feature(123, s0u, b0u))
        out.append(F.feature(125, s0w, b0u)); out.append(F.feature(126, s0u, b0w))
        out.append(F.feature(127, s1u, s0u, b0u)); out.append(F.feature(128, s0u, b0u, b1u))
        // Ambiguity classes of s0 and b0 in pairs.
        let s0a = a(s0), b0a = a(b0)
        out.append(F.feature(134, s0a, b0a)); out.append(F.feature(135, s0t, b0a, b0t))
        out.append(F.feature(136, s0a, s0t, b0t))
        // s0's rightmost grandchild (the rightmost child of its rightmost child).
        out.append(F.feature(148, s0t, t(child(state.rightmost, s0r1))))
        out.append(F.feature(150, l(child(state.rightmost, s0r1)), l(s0r1)))
    }
}
