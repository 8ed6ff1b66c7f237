import Testing
@testable import NLP

/// A one-sentence CoNLL-U block from space-separated words (no multiword tokens, flat tree).
private func block(_ words: [String], newdoc: String? = nil, newpar: Bool = false) -> String {
    var lines: [String] = []
    if let newdoc { lines.append("# newdoc id = \(newdoc)") }
    if newpar { lines.append("# newpar") }
    lines.append("# text = " + words.joined(separator: " "))
    for (i, w) in words.enumerated() {
        lines.append("\(i + 1)\t\(w)\t\(w)\tX\tX\t_\t\(i == 0 ? 0 : 1)\t\(i == 0 ? "root" : "dep")\t_\t_")
    }
    return lines.joined(separator: "\n") + "\n\n"
}

/// Documents whose sentences end without punctuation, in one paragraph: "... at noon Please come ...".
private func unpunctuatedCorpus() throws -> [CoNLLUDocument] {
    var text = ""
    for d in 0..<30 {
        text += block(["The", "meeting", "is", "at", d % 2 == 0 ? "noon" : "five"], newdoc: "d\(d)", newpar: true)
        text += block(["Please", "come", "early"])
        text += block(["Thanks", "a", "lot", "."], newpar: true)
    }
    return CoNLLUDocument.split(try CoNLLUReader.parse(text))
}

private func sentenceForms(_ text: String, _ tokenizer: Tokenizer) -> [String] {
    let (tokens, sentences) = tokenizer.analyze(text)
    return sentences.map { s in s.tokens.map { tokens[$0].form }.joined(separator: " ") }
}

@Test func boundaryModelLearnsSplitsTheRulesCannotSee() throws {
    let model = SentenceBoundaryTrainer(epochs: 3, seed: 7).train(try unpunctuatedCorpus())
    let text = "The meeting is at noon Please come early"
    #expect(sentenceForms(text, Tokenizer()) == ["The meeting is at noon Please come early"])
    #expect(sentenceForms(text, Tokenizer(boundaryModel: model)) == ["The meeting is at noon", "Please come early"])
}

@Test func boundaryModelTrainingIsDeterministic() throws {
    let corpus = try unpunctuatedCorpus()
    let a = SentenceBoundaryTrainer(epochs: 2, seed: 3).train(corpus)
    let b = SentenceBoundaryTrainer(epochs: 2, seed: 3).train(corpus)
    #expect(a.archive.encoded() == b.archive.encoded())
    let reread = try SentenceBoundaryModel(archive: ModelArchive(decoding: a.archive.encoded(), path: "memory"))
    #expect(reread.archive.encoded() == a.archive.encoded())
}

/// Informal text the shipped model splits where the rules alone do not: a question followed by a
/// lowercase one, a time without final punctuation before the next sentence.
@Test func shippedBoundaryModelSplitsInformalText() throws {
    let shipped = try Tokenizer.bundled()
    #expect(sentenceForms("what time is it? are you coming?", Tokenizer()) == ["what time is it ? are you coming ?"])
    #expect(sentenceForms("what time is it? are you coming?", shipped) == ["what time is it ?", "are you coming ?"])
    let meeting = "I will be there at 5 PM Let me know if that works."
    #expect(sentenceForms(meeting, Tokenizer()).count == 1)
    #expect(sentenceForms(meeting, shipped) == ["I will be there at 5 PM", "Let me know if that works ."])
    // News text keeps its sentences.
    #expect(sentenceForms("Mr. Khan met Gen. Munir on Nov. 26 in Islamabad. He said the U.S. Embassy agreed.", shipped)
            == ["Mr. Khan met Gen. Munir on Nov. 26 in Islamabad .", "He said the U.S. Embassy agreed ."])
}
