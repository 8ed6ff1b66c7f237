import NewsgraphModel

extension FixtureCorpus {
    /// A seeded random corpus of about `statements` statements (claims count their inner
    /// statements too). Hostile strings appear in a minority of places; every reference
    /// (entity keys, nested statement ids, contradiction ends, spans) points at something real.
    public static func random(seed: UInt64, statements: Int) -> Corpus {
        random(seed: seed, statements: statements, hostilePercent: 15)
    }

    /// `hostilePercent` = how often a hostile string replaces a plain word (0 for benchmarks).
    public static func random(seed: UInt64, statements target: Int, hostilePercent: Int) -> Corpus {
        var rng = SplitMix64(seed: seed)
        var b = FixtureBuilder()
        b.run = ExtractionRun(startedAt: rng.chance(20) ? "2024-11-27T10:00:00Z" : nil)
        let target = max(0, target)

        let documentCount = max(1, min(target / 40 + 1, 10_000))
        var documentIDs: [String] = []
        for d in 0..<documentCount {
            let id = rng.chance(hostilePercent) ? "doc \(d) " + rng.pick(hostilePool) : "doc-\(seed)-\(d)"
            guard !documentIDs.contains(id) else { continue }
            documentIDs.append(id)
            let month = 1 + rng.below(12)
            b.addDocument(id: id, source: "random/\(d).txt",
                          title: rng.chance(70) ? words(&rng, 3 + rng.below(6), hostilePercent) : nil,
                          date: rng.chance(80) ? CalendarDate(year: 2000 + rng.below(30), month: month, day: 1 + rng.below(28)) : nil,
                          url: rng.chance(60) ? "https://news.example/\(d)/" + (rng.chance(hostilePercent) ? rng.pick(hostilePool) : "story") : nil)
        }

        let entityCount = max(1, min(target / 5 + 1, 200_000))
        var entityKeys: [String] = []
        var entityTypes: [EntityType] = []
        for e in 0..<entityCount {
            let type = EntityType.allCases[rng.below(EntityType.allCases.count)]
            let name = words(&rng, 1 + rng.below(3), hostilePercent)
            let key = Slug.make(name) + "-" + String(e)
            let aliasCount = rng.below(3)
            let aliases = (0..<aliasCount).map { _ in words(&rng, 1 + rng.below(2), hostilePercent) }
            let sameAs = rng.chance(30) ? ["http://www.wikidata.org/entity/Q\(e + 1)"] : []
            let merges = aliases.map { MergeRecord(reason: rng.pick(["alias", "surname-in-document", "title", "pronoun"]),
                                                   merged: $0, document: rng.chance(50) ? rng.pick(documentIDs) : nil) }
            b.addEntity(Entity(key: key, name: name, type: type,
                               aliases: Array(Set(aliases)).filter { $0 != name }.sorted(), sameAs: sameAs, merges: merges))
            entityKeys.append(key)
            entityTypes.append(type)
        }

        var made = 0
        var assertedIDs: [String] = []
        var allIDs: [String] = []
        while made < target {
            let document = rng.pick(documentIDs)
            // A sentence: subject, verb, object and maybe a qualifier, each a separate phrase we can locate.
            let subjectText = words(&rng, 1 + rng.below(3), hostilePercent)
            let verb = rng.pick(verbs)
            let objectText = words(&rng, 1 + rng.below(3), hostilePercent)
            let number = String(rng.below(100_000))
            let qualifierText = rng.chance(50) ? "on 2024-\(rng.below(9) + 1 < 10 ? "0" : "")\(rng.below(9) + 1)-1\(rng.below(9))" : "near " + words(&rng, 1, hostilePercent)
            let speakerText = words(&rng, 1 + rng.below(2), hostilePercent)
            let sentenceText = "\(speakerText) said \(subjectText) \(verb) \(objectText) \(number) \(qualifierText)."
            let s = b.sentence(sentenceText, in: document)
            func argument(_ text: String, _ occurrence: Int = 0) -> Argument {
                let value: ArgumentValue
                var type: EntityType? = nil
                if rng.chance(70) {
                    let i = rng.below(entityKeys.count)
                    value = .entity(key: entityKeys[i])
                    type = entityTypes[i]
                    b.mention(entityKeys[i], text, in: s, occurrence: occurrence)
                } else {
                    value = .text
                }
                return Argument(text: text, span: b.span(of: text, in: s, occurrence: occurrence), value: value, type: type)
            }
            let speakerSpan = b.span(of: speakerText, in: s)
            // Locate later phrases after the speaker so duplicate words map to distinct occurrences.
            let subject = argument(subjectText, occurrence(of: subjectText, in: s, after: speakerSpan.end, builder: b))
            var object: Argument? = nil
            switch rng.below(4) {
            case 0: object = nil
            case 1:
                object = Argument(text: number, span: b.span(of: number, in: s, occurrence: occurrence(of: number, in: s, after: subject.span!.end, builder: b)),
                                  value: .literal(Literal(number, datatype: .integer)), type: .quantity,
                                  qualifier: rng.chance(30) ? rng.pick(["at least", "at most", "about", "vague"]) : nil)
            case 2:
                let decimal = number + ".5"
                object = Argument(text: number, span: b.span(of: number, in: s, occurrence: occurrence(of: number, in: s, after: subject.span!.end, builder: b)),
                                  value: .literal(Literal(decimal, datatype: .decimal)), type: .quantity)
            default:
                object = argument(objectText, occurrence(of: objectText, in: s, after: subject.span!.end, builder: b))
            }
            var qualifiers: [Statement.Qualifier] = []
            if rng.chance(40) {
                let role = qualifierText.hasPrefix("on ") ? "on" : "near"
                let valueText = String(qualifierText.dropFirst(role.count + 1))
                let span = b.span(of: valueText, in: s, occurrence: occurrence(of: valueText, in: s, after: (object?.span ?? subject.span!).end, builder: b))
                let value: ArgumentValue = role == "on" && CalendarDate(iso: valueText) != nil
                    ? .literal(Literal(valueText, datatype: .date)) : .text
                qualifiers.append(.init(role: role, argument: Argument(text: valueText, span: span, value: value)))
            }
            let asClaim = rng.chance(30)
            let nested = asClaim && rng.chance(25) && !allIDs.isEmpty
            let predicate = Predicate(text: verb, lemma: rng.chance(hostilePercent) ? verb + " " + rng.pick(hostilePool) : verb)
            let verbSpan = b.span(of: verb, in: s, occurrence: occurrence(of: verb, in: s, after: subject.span!.end, builder: b))
            var spans = [subject.span!, verbSpan] + [object?.span].compactMap { $0 } + qualifiers.compactMap(\.argument.span)
            let evidence = spans.removeFirst()
            let whole = spans.reduce(evidence) { $0.union($1) }
            let speaker = argument(speakerText)
            let inner = Statement(document: document, sentenceIndex: s.index, sentence: s.text, sentenceSpan: s.span, span: whole,
                                  subject: subject, predicate: predicate, object: object, qualifiers: qualifiers,
                                  asserted: !asClaim,
                                  attribution: asClaim ? Attribution(speaker: speaker, cue: rng.pick(["say", "claim", "deny"]),
                                                                     quotation: rng.chance(30) ? subjectText + " " + verb : nil) : nil,
                                  polarity: rng.chance(20) ? .negative : .positive,
                                  modality: rng.chance(15) ? rng.pick(["would", "may", "vowed", "could"]) : nil,
                                  passive: rng.chance(10), confidence: Double(rng.below(1001)) / 1000,
                                  rule: rng.pick(["nsubj-dobj", "passive-agent", "ccomp-claim", "modal"]))
            b.append(inner)
            made += 1
            allIDs.append(inner.id)
            if inner.asserted { assertedIDs.append(inner.id) }
            if asClaim {
                // The speaker relation, asserted; occasionally itself claimed (a nested claim) by a third party.
                let saidSpan = b.span(of: "said", in: s, occurrence: occurrence(of: "said", in: s, after: speakerSpan.end, builder: b))
                let claim = Statement(document: document, sentenceIndex: s.index, sentence: s.text, sentenceSpan: s.span,
                                      span: speaker.span!.union(whole), subject: speaker,
                                      predicate: Predicate(text: "said", lemma: "say"),
                                      object: Argument(text: String(s.text.unicodeScalars.count > 0 ? "claim" : ""), span: whole, value: .statement(id: inner.id)),
                                      asserted: true, confidence: Double(rng.below(1001)) / 1000, rule: "speech-verb")
                _ = saidSpan
                if nested {
                    var notAsserted = claim
                    notAsserted.asserted = false
                    notAsserted.attribution = Attribution(speaker: Argument(text: "someone", value: rng.chance(50) ? .entity(key: rng.pick(entityKeys)) : .text),
                                                          cue: "report")
                    notAsserted.id = notAsserted.contentID()
                    let outer = Statement(document: document, sentenceIndex: s.index, sentence: s.text, sentenceSpan: s.span,
                                          span: whole, subject: Argument(text: "someone"), predicate: Predicate(text: "reported", lemma: "report"),
                                          object: Argument(text: "report", value: .statement(id: notAsserted.id)),
                                          confidence: 0.5, rule: "nested")
                    b.append(notAsserted)
                    b.append(outer)
                    made += 2
                    allIDs.append(contentsOf: [notAsserted.id, outer.id])
                    assertedIDs.append(outer.id)
                } else {
                    b.append(claim)
                    made += 1
                    allIDs.append(claim.id)
                    assertedIDs.append(claim.id)
                }
            }
        }
        // Contradictions between random pairs of distinct statements.
        if allIDs.count >= 2 {
            var seen = Set<String>()
            for _ in 0..<(allIDs.count / 20 + 1) {
                let a = rng.pick(allIDs), c = rng.pick(allIDs)
                guard a != c, seen.insert(min(a, c) + "|" + max(a, c)).inserted else { continue }
                b.contradiction(a, c, reason: rng.chance(hostilePercent) ? rng.pick(hostilePool) : "value mismatch")
            }
        }
        _ = assertedIDs
        var corpus = b.build()
        // Equal content in one sentence can mint equal ids: keep the first of each.
        var ids = Set<String>()
        corpus.statements = corpus.statements.filter { ids.insert($0.id).inserted }
        return corpus
    }

    /// Index of the first occurrence of `needle` in the sentence starting at or after document offset `after`.
    private static func occurrence(of needle: String, in s: FixtureBuilder.SentenceRef, after: Int, builder: FixtureBuilder) -> Int {
        var k = 0
        while true {
            let span = builder.span(of: needle, in: s, occurrence: k)
            if span.begin >= after { return k }
            k += 1
        }
    }

    static let plainWords = ["police", "minister", "protest", "Islamabad", "party", "court", "march", "leader", "city",
                             "crowd", "army", "Khan", "Naqvi", "Gandapur", "road", "capital", "government", "rally"]
    static let verbs = ["arrested", "blocked", "led", "met", "joined", "left", "reached", "denied", "announced", "held"]
    static let hostilePool: [String] = [
        "\"quoted\"", "'single'", "back\\slash", "tab\there", "new\nline", "carriage\rreturn", controlCharacters,
        "😀", "𝔘nicode", "عربي", "עברית", "\u{202E}rtl", "<angle>", "{brace}", "|pipe|", "^caret", "`tick`",
        " lead", "trail ", "a b", "&amp;", "]]>", "--", "\u{7F}del", "#hash", "%25", "@at",
    ]

    private static func words(_ rng: inout SplitMix64, _ n: Int, _ hostilePercent: Int) -> String {
        (0..<n).map { _ in rng.chance(hostilePercent) ? rng.pick(hostilePool) : rng.pick(plainWords) }.joined(separator: " ")
    }
}
