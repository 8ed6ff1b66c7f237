/// Per-token atoms and feature templates of the POS tagger (Collins 2002; Honnibal's greedy
/// averaged-perceptron tagger): the word, its lowercase form, prefixes and suffixes, shape, the
/// two previous predicted tags, the neighbouring words, and the ambiguity classes (TagLexicon) of the
/// word and the next two.
struct TaggerFeatures {
    struct Atoms {
        var form: UInt64 = 0
        var lower: UInt64 = 0
        var suffix1: UInt64 = 0
        var suffix2: UInt64 = 0
        var suffix3: UInt64 = 0
        var suffix4: UInt64 = 0
        var prefix1: UInt64 = 0
        var prefix2: UInt64 = 0
        var prefix3: UInt64 = 0
        var shape: UInt64 = 0
        /// Hashed ambiguity class (TagLexicon) of the word.
        var ambiguity: UInt64 = 0
    }

    static let padding = Atoms(form: 0x5f70_6164, lower: 0x5f70_6164, suffix1: 1, suffix2: 2, suffix3: 3,
                               suffix4: 4, prefix1: 5, prefix2: 6, prefix3: 7, shape: 0x5f70_6164,
                               ambiguity: 0x5f70_6164)
    let atoms: [Atoms]

    init(atoms: [Atoms]) { self.atoms = atoms }

    init(forms: [String], lexicon: TagLexicon) {
        atoms = forms.map { form in
            var atoms = Self.atoms(of: form)
            atoms.ambiguity = lexicon.ambiguityClass(lower: atoms.lower)
            return atoms
        }
    }

    /// The same words in reverse order, for a tagger that reads sentences right to left.
    func reversed() -> TaggerFeatures { TaggerFeatures(atoms: atoms.reversed()) }

    static func atoms(of form: String) -> Atoms {
        let lower = ParserFeatures.normalize(form)
        var copy = lower
        // ASCII words (nearly all): hash byte slices directly; one byte is one character, so the
        // hashes are exactly those of the general path below.
        if let atoms = copy.withUTF8({ bytes -> Atoms? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            let raw = UnsafeRawBufferPointer(bytes)
            func suffix(_ n: Int) -> UInt64 { FeatureHashing.bytes(UnsafeRawBufferPointer(rebasing: raw[max(0, raw.count - n)...])) }
            func prefix(_ n: Int) -> UInt64 { FeatureHashing.bytes(UnsafeRawBufferPointer(rebasing: raw[..<min(n, raw.count)])) }
            return Atoms(form: FeatureHashing.string(form), lower: FeatureHashing.bytes(raw),
                         suffix1: suffix(1), suffix2: suffix(2), suffix3: suffix(3), suffix4: suffix(4),
                         prefix1: prefix(1), prefix2: prefix(2), prefix3: prefix(3),
                         shape: FeatureHashing.string(shape(of: form)))
        }) {
            return atoms
        }
        let characters = Array(lower)
        func suffix(_ n: Int) -> UInt64 {
            FeatureHashing.string(String(characters.suffix(n)))
        }
        func prefix(_ n: Int) -> UInt64 {
            FeatureHashing.string(String(characters.prefix(n)))
        }
        return Atoms(form: FeatureHashing.string(form), lower: FeatureHashing.string(lower),
                     suffix1: suffix(1), suffix2: suffix(2), suffix3: suffix(3), suffix4: suffix(4),
                     prefix1: prefix(1), prefix2: prefix(2), prefix3: prefix(3),
                     shape: FeatureHashing.string(shape(of: form)))
    }

    /// Word shape with repeated classes collapsed after two: "McDonald's" → "XxXxx'x", "1,200" → "d,ddd"→"d,dd".
    static func shape(of form: String) -> String {
        var copy = form
        if let ascii = copy.withUTF8({ bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var last: UInt8 = 0, run = 0
            for byte in bytes {
                let mapped: UInt8
                switch byte {
                case 0x41...0x5A: mapped = 0x58  // X
                case 0x61...0x7A: mapped = 0x78  // x
                case 0x30...0x39: mapped = 0x64  // d
                default: mapped = byte
                }
                if mapped == last { run += 1 } else { run = 1; last = mapped }
                if run <= 2 { out.append(mapped) }
            }
            return String(decoding: out, as: UTF8.self)
        }) {
            return ascii
        }
        var out = ""
        var last: Character = " "
        var run = 0
        for character in form {
            let mapped: Character
            if character.isUppercase { mapped = "X" }
            else if character.isLowercase { mapped = "x" }
            else if character.isNumber { mapped = "d" }
            else { mapped = character }
            if mapped == last { run += 1 } else { run = 1; last = mapped }
            if run <= 2 { out.append(mapped) }
        }
        return out
    }

    /// Fills `out` with the features of word `i` given the hashed tags of the two previous words.
    func extract(_ i: Int, previousTag: UInt64, secondPreviousTag: UInt64, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let a = atoms[i]
        let p1 = i >= 1 ? atoms[i - 1] : Self.padding
        let p2 = i >= 2 ? atoms[i - 2] : Self.padding
        let n1 = i + 1 < atoms.count ? atoms[i + 1] : Self.padding
        let n2 = i + 2 < atoms.count ? atoms[i + 2] : Self.padding
        typealias F = FeatureHashing
        out.append(F.feature(1, 1))
        out.append(F.feature(2, a.lower)); out.append(F.feature(3, a.form))
        out.append(F.feature(4, a.suffix1)); out.append(F.feature(5, a.suffix2))
        out.append(F.feature(6, a.suffix3)); out.append(F.feature(7, a.suffix4))
        out.append(F.feature(8, a.prefix1)); out.append(F.feature(9, a.prefix2)); out.append(F.feature(10, a.prefix3))
        out.append(F.feature(11, a.shape))
        out.append(F.feature(12, previousTag)); out.append(F.feature(13, secondPreviousTag))
        out.append(F.feature(14, previousTag, secondPreviousTag)); out.append(F.feature(15, previousTag, a.lower))
        out.append(F.feature(16, p1.lower)); out.append(F.feature(17, p1.suffix3)); out.append(F.feature(18, p2.lower))
        out.append(F.feature(19, n1.lower)); out.append(F.feature(20, n1.suffix3)); out.append(F.feature(21, n2.lower))
        out.append(F.feature(22, p1.lower, a.lower)); out.append(F.feature(23, a.lower, n1.lower))
        out.append(F.feature(24, n1.shape)); out.append(F.feature(25, UInt64(i == 0 ? 1 : 0), a.shape))
        out.append(F.feature(26, previousTag, a.suffix3)); out.append(F.feature(27, p1.shape))
        out.append(F.feature(28, n1.suffix2)); out.append(F.feature(29, previousTag, n1.lower))
        out.append(F.feature(30, a.suffix3, n1.suffix3)); out.append(F.feature(31, p1.suffix3, a.suffix3))
        // Right context through ambiguity classes: the tags the next words can take.
        out.append(F.feature(32, a.ambiguity)); out.append(F.feature(33, n1.ambiguity))
        out.append(F.feature(34, n2.ambiguity)); out.append(F.feature(35, a.ambiguity, n1.ambiguity))
        out.append(F.feature(36, n1.ambiguity, n2.ambiguity)); out.append(F.feature(37, previousTag, n1.ambiguity))
        out.append(F.feature(38, previousTag, a.ambiguity, n1.ambiguity))
    }
}
