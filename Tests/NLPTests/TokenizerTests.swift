import Testing
@testable import NLP

private func forms(_ text: String) -> [String] { Tokenizer().tokenize(text).map(\.form) }

private func sentences(_ text: String, _ tokenizer: Tokenizer = Tokenizer()) -> [String] {
    let (tokens, sentences) = tokenizer.analyze(text)
    return sentences.map { s in s.tokens.map { tokens[$0].form }.joined(separator: " ") }
}

/// Hard cases from news text, with the exact tokens UD English (EWT/GUM) would give.
private let tokenCases: [(String, [String])] = [
    ("Khan's supporters", ["Khan", "'s", "supporters"]),
    ("Pakistan’s Chief of Army Staff", ["Pakistan", "’s", "Chief", "of", "Army", "Staff"]),
    ("described the incident as a “massacre,” accusing", ["described", "the", "incident", "as", "a", "“", "massacre", ",", "”", "accusing"]),
    ("in Islamabad on Nov. 26, 2024.", ["in", "Islamabad", "on", "Nov.", "26", ",", "2024", "."]),
    ("about 10 km (6.2 miles) away", ["about", "10", "km", "(", "6.2", "miles", ")", "away"]),
    ("Mr. Khans", ["Mr.", "Khans"]),
    ("Pakistan Tehreek-e-Insaf (PTI)", ["Pakistan", "Tehreek", "-", "e", "-", "Insaf", "(", "PTI", ")"]),
    ("party (PTI).", ["party", "(", "PTI", ")", "."]),
    ("gathered near D-Chowk, located", ["gathered", "near", "D", "-", "Chowk", ",", "located"]),
    ("a 15-year term", ["a", "15", "-", "year", "term"]),
    ("non-violent co-founder e-mail", ["non-violent", "co-founder", "e-mail"]),
    ("I don't know, we can't and won't", ["I", "do", "n't", "know", ",", "we", "ca", "n't", "and", "wo", "n't"]),
    ("I'm sure they're here, you've seen it, we'll go, he'd say",
     ["I", "'m", "sure", "they", "'re", "here", ",", "you", "'ve", "seen", "it", ",", "we", "'ll", "go", ",", "he", "'d", "say"]),
    ("It doesn’t matter", ["It", "does", "n’t", "matter"]),
    ("I cannot, we're gonna", ["I", "can", "not", ",", "we", "'re", "gon", "na"]),
    // Apostrophe-less contractions split as UD English does; ambiguous forms and names stay whole.
    ("Dont worry, im fine and thats it", ["Do", "nt", "worry", ",", "i", "m", "fine", "and", "that", "s", "it"]),
    ("its tail, your lets, Cant and Im said", ["its", "tail", ",", "your", "lets", ",", "Cant", "and", "Im", "said"]),
    // Brackets, straight double quotes and angle brackets inside a chunk stand alone (EWT); URLs keep theirs.
    ("your account(s) by mail", ["your", "account", "(", "s", ")", "by", "mail"]),
    ("See Stocks.pdf)(See attached", ["See", "Stocks.pdf", ")", "(", "See", "attached"]),
    ("Julie\"<julie...@bellsouth.net> wrote", ["Julie", "\"", "<", "julie...@bellsouth.net", ">", "wrote"]),
    ("<< News >> at http://en.wikipedia.org/wiki/D_(film) now", ["<<", "News", ">>", "at", "http://en.wikipedia.org/wiki/D_(film)", "now"]),
    ("4,000 people, 10.5 percent, 12% and $4.5 million", ["4,000", "people", ",", "10.5", "percent", ",", "12", "%", "and", "$", "4.5", "million"]),
    ("€20 or £3,500 or Rs. 1,000", ["€", "20", "or", "£", "3,500", "or", "Rs", ".", "1,000"]),
    ("the U.S. Army and the U.N.", ["the", "U.S.", "Army", "and", "the", "U.N."]),
    ("Gen. Asim Munir and Dr. Jennifer M. Anderson", ["Gen.", "Asim", "Munir", "and", "Dr.", "Jennifer", "M.", "Anderson"]),
    ("No. 10 Downing St.", ["No.", "10", "Downing", "St."]),
    ("He said no. Then", ["He", "said", "no", ".", "Then"]),
    ("at 5 p.m. on Tuesday", ["at", "5", "p.m.", "on", "Tuesday"]),
    ("\"A massacre has unfolded,\" the media reported.", ["\"", "A", "massacre", "has", "unfolded", ",", "\"", "the", "media", "reported", "."]),
    ("the protesters' demands", ["the", "protesters", "'", "demands"]),
    ("Wait... what?!", ["Wait", "...", "what", "?!"]),
    ("clashes—six dead—and", ["clashes", "—", "six", "dead", "—", "and"]),
    ("from 2023 – 2024", ["from", "2023", "–", "2024"]),
    ("Read https://example.com/a/b?x=1. Then", ["Read", "https://example.com/a/b?x=1", ".", "Then"]),
    ("(see www.dawn.com/news)", ["(", "see", "www.dawn.com/news", ")"]),
    ("Write to news.desk@example.org, or", ["Write", "to", "news.desk@example.org", ",", "or"]),
    ("follow @ImranKhanPTI and #FreeImranKhan now", ["follow", "@ImranKhanPTI", "and", "#FreeImranKhan", "now"]),
    ("X/Abihasays", ["X", "/", "Abihasays"]),
    ("on 11/28/2000 at 10:30", ["on", "11/28/2000", "at", "10:30"]),
    ("call 713-853-3989 today", ["call", "713-853-3989", "today"]),
    ("ISLAMABAD (Reuters) -", ["ISLAMABAD", "(", "Reuters", ")", "-"]),
    ("Let's go", ["Let", "'s", "go"]),
    ("the '90s", ["the", "'90s"]),
    ("Smith & Co. said", ["Smith", "&", "Co.", "said"]),
    ("It's 5°C", ["It", "'s", "5°C"]),
]

@Test(arguments: tokenCases.indices)
func tokenizerHardCase(_ index: Int) {
    let (text, expected) = tokenCases[index]
    #expect(forms(text) == expected, "\(text)")
}

@Test func tokenOffsetsAreExactScalarOffsets() {
    let text = "Police fired at “PTI’s” supporters — 4,000 of them.\n\nNext"
    let tokens = Tokenizer().tokenize(text)
    let scalars = Array(text.unicodeScalars)
    for token in tokens {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[token.begin..<token.end])
        #expect(String(view) == token.form)
    }
    #expect(tokens.map { [$0.begin, $0.end] } == [[0, 6], [7, 12], [13, 15], [16, 17], [17, 20], [20, 22], [22, 23],
                                                  [24, 34], [35, 36], [37, 42], [43, 45], [46, 50], [50, 51], [53, 57]])
    #expect(tokens.map(\.spaceAfter) == [true, true, true, false, false, false, true, true, true, true, true, false, true, false])
}

@Test func offsetsCountUnicodeScalarsNotCharacters() {
    // "é" as e + combining accent is 2 scalars; the emoji flag is 2 scalars.
    let text = "Cafe\u{301} 🇵🇰 Khan"
    let tokens = Tokenizer().tokenize(text)
    #expect(tokens.last?.form == "Khan" && tokens.last?.begin == 9 && tokens.last?.end == 13)
    #expect(tokens.first?.form == "Cafe\u{301}" && tokens.first?.end == 5)
}

private let sentenceCases: [(String, [String])] = [
    ("Khan faces charges. He was removed in 2022.", ["Khan faces charges .", "He was removed in 2022 ."]),
    // A closing quote after the period stays in the sentence.
    ("He said, \"We will march.\" Police fired tear gas.", ["He said , \" We will march . \"", "Police fired tear gas ."]),
    ("The media called it a “massacre.” Officials denied it.", ["The media called it a “ massacre . ”", "Officials denied it ."]),
    ("\"Why?\" he asked.", ["\" Why ? \" he asked ."]),
    // Brackets.
    ("Six died (including a civilian.) The army deployed.", ["Six died ( including a civilian . )", "The army deployed ."]),
    ("Supporters of Pakistan Tehreek-e-Insaf (PTI). The party said so.",
     ["Supporters of Pakistan Tehreek - e - Insaf ( PTI ) .", "The party said so ."]),
    // Abbreviations before capitalized words.
    ("Mr. Khan and Gen. Munir met Dr. Ali on Nov. 26.", ["Mr. Khan and Gen. Munir met Dr. Ali on Nov. 26 ."]),
    ("He moved to the U.S. The move was quick.", ["He moved to the U.S.", "The move was quick ."]),
    ("The U.S. Embassy said.", ["The U.S. Embassy said ."]),
    ("Bush nominated Jennifer M. Anderson.", ["Bush nominated Jennifer M. Anderson ."]),
    // Headlines and lines without final punctuation.
    ("Pakistan: Supporters clash with police\n\nWorld News: The protest began.",
     ["Pakistan : Supporters clash with police", "World News : The protest began ."]),
    ("Author Image\nNews Desk\nX/Abihasays\n\nWorld News: Supporters gathered.",
     ["Author Image", "News Desk", "X / Abihasays", "World News : Supporters gathered ."]),
    ("Midnight Police Operation Escalates Tensions\nThe violence erupted.", ["Midnight Police Operation Escalates Tensions", "The violence erupted ."]),
    // A line break inside a sentence (hard-wrapped text) does not split before a lowercase word.
    ("The police fired\nrubber bullets at them.", ["The police fired rubber bullets at them ."]),
    ("Is it over? Yes! It is... Really.", ["Is it over ?", "Yes !", "It is ...", "Really ."]),
    ("Decimals like 6.2 miles stay. Fine.", ["Decimals like 6.2 miles stay .", "Fine ."]),
    ("He studied at Harrow.[19] His lack of moderation", ["He studied at Harrow . [ 19 ]", "His lack of moderation"]),
    // Bylines, datelines and credit lines.
    ("By Munir Ahmed\nISLAMABAD (AP) — Police fired tear gas. Six died.",
     ["By Munir Ahmed", "ISLAMABAD ( AP ) — Police fired tear gas .", "Six died ."]),
    ("ISLAMABAD, Nov 26 (Reuters) - Police fired tear gas.", ["ISLAMABAD , Nov 26 ( Reuters ) - Police fired tear gas ."]),
    ("It ended.\n\n—Associated Press writer Munir Ahmed contributed to this report.",
     ["It ended .", "— Associated Press writer Munir Ahmed contributed to this report ."]),
    ("Posted by @ImranKhanPTI. #FreeImranKhan trended.", ["Posted by @ImranKhanPTI .", "#FreeImranKhan trended ."]),
]

@Test(arguments: sentenceCases.indices)
func sentenceSplitterCase(_ index: Int) {
    let (text, expected) = sentenceCases[index]
    #expect(sentences(text) == expected, "\(text)")
}

/// The shipped tokenizer (rules + sentence-boundary model) keeps every hard case of the rules.
@Test(arguments: sentenceCases.indices)
func sentenceSplitterCaseWithBoundaryModel(_ index: Int) throws {
    let (text, expected) = sentenceCases[index]
    #expect(sentences(text, try Tokenizer.bundled()) == expected, "\(text)")
}

@Test func sentencesCoverTokensAndHaveOffsets() {
    let text = "  First one. Second one!\n\nThird  "
    let (tokens, sents) = Tokenizer().analyze(text)
    #expect(sents.map(\.tokens) == [0..<3, 3..<6, 6..<7])
    #expect(sents.map { [$0.begin, $0.end] } == [[2, 12], [13, 24], [26, 31]])
    #expect(tokens.last?.spaceAfter == true)
}

@Test func emptyAndWhitespaceTextGiveNothing() {
    #expect(Tokenizer().analyze("").tokens.isEmpty)
    #expect(Tokenizer().analyze(" \n\t ").sentences.isEmpty)
}

@Test func tokenizerIsThePipelinesFirstComponent() throws {
    let document = try NLPPipeline.standard()("Khan's party protested. Police responded.")
    #expect(document.annotations.isSuperset(of: [.tokens, .sentences]))
    #expect(document.sentences.count == 2)
    #expect(document.tokens.prefix(2).map(\.form) == ["Khan", "'s"])
}
