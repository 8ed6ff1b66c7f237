import NewsgraphModel

/// Test corpora for every exporter: one hand-built corpus that exercises every feature of
/// the model with hostile strings wherever text can go, and seeded random corpora for
/// property tests and benchmarks. Both are deterministic and reference only what exists.
public enum FixtureCorpus {
    /// Every control character the RDF and XML writers must survive (U+0001–U+001F, U+007F).
    public static let controlCharacters: String = {
        var s = ""
        for v in UInt32(1)...0x1F { s.unicodeScalars.append(Unicode.Scalar(v)!) }
        s.unicodeScalars.append(Unicode.Scalar(0x7F)!)
        return s
    }()

    /// Characters that are illegal or special in IRIs, Turtle, JSON, XML, CSV and Cypher.
    public static let syntaxCharacters = "<>\"{}|^`\\ '&;,:#%@$~[]()"

    /// A hand-built corpus covering every feature (see the cases listed inline).
    public static func handBuilt() -> Corpus {
        var b = FixtureBuilder()
        let dawn = "dawn-2024-11-27"
        let geo = "geo 2024/11/27 <odd> \"id\" {x}|^`\\ end"
        let tribune = "tribune-ü-😀"
        let blank = "  empty-ish  "

        b.addDocument(id: dawn, source: "seeds/dawn-2024-11-27.txt", title: "Protesters dispersed, \"D-Chowk\" cleared",
                      date: CalendarDate(year: 2024, month: 11, day: 27), url: "https://www.dawn.com/news/1875123/protesters-dispersed")
        b.addDocument(id: geo, source: "input/geo news.jsonl:3",
                      title: " Tabs\tand\nnewlines\r, 'quotes' \"double\" \\back\\slash ",
                      date: CalendarDate(year: 2024, month: 11, day: 28),
                      url: "https://geo.example/news/a b<c>\"d\"{e}|f^g`h\\i?q=1&r=2#frag")
        b.addDocument(id: tribune, source: "seeds/tribune.html", title: "עברית ערבית — العربية \u{202E}reversed\u{202C} 😀 𝔘",
                      date: nil, url: nil, preamble: "Preamble with controls [\(controlCharacters)] ends. ")
        b.addDocument(id: blank, source: "-", title: "", date: CalendarDate(year: 2023, month: 8, day: 5), url: " ")

        // Entities: every EntityType, aliases, sameAs, merge records.
        b.addEntity(Entity(key: "mohsin-naqvi", name: "Mohsin Naqvi", type: .person,
                           aliases: ["Interior Minister", "Naqvi"],
                           sameAs: ["http://www.wikidata.org/entity/Q6894519"],
                           merges: [MergeRecord(reason: "surname-in-document", merged: "Naqvi", document: dawn),
                                    MergeRecord(reason: "title", merged: "Interior Minister", document: dawn)]))
        b.addEntity(Entity(key: "ali-amin-gandapur", name: "Ali Amin Gandapur", type: .person,
                           aliases: ["Gandapur", "گنڈاپور"],
                           sameAs: ["http://www.wikidata.org/entity/Q4725632", "https://dbpedia.org/resource/Ali_Amin_Gandapur"],
                           merges: [MergeRecord(reason: "alias", merged: "گنڈاپور")]))
        b.addEntity(Entity(key: "imran-khan", name: "Imran Khan", type: .person, aliases: ["Khan", "Mr \"Khan\""],
                           sameAs: ["http://www.wikidata.org/entity/Q15649"],
                           merges: [MergeRecord(reason: "surname-in-document", merged: "Khan", document: dawn),
                                    MergeRecord(reason: "user-alias", merged: "Mr \"Khan\"", document: geo)]))
        b.addEntity(Entity(key: "pti", name: "Pakistan Tehreek-e-Insaf", type: .organization,
                           aliases: ["PTI", "the party", "P<T>I & \"co\" \\ {x}"],
                           sameAs: ["http://www.wikidata.org/entity/Q1365766"],
                           merges: [MergeRecord(reason: "alias", merged: "PTI")]))
        b.addEntity(Entity(key: "police", name: "police", type: .organization))
        b.addEntity(Entity(key: "protesters", name: "protesters", type: .other, aliases: ["we", " demonstrators "]))
        b.addEntity(Entity(key: "d-chowk", name: "D-Chowk", type: .place, aliases: ["Democracy Chowk"]))
        b.addEntity(Entity(key: "islamabad", name: "Islamabad", type: .place, aliases: ["إسلام آباد", "Isl\u{202E}amabad"],
                           sameAs: ["http://www.wikidata.org/entity/Q1362"]))
        b.addEntity(Entity(key: "protest-2024-11-24", name: "the protest", type: .event, aliases: ["the march"]))
        b.addEntity(Entity(key: "2024-11-26", name: "26 November 2024", type: .date))
        b.addEntity(Entity(key: "4000", name: "at least 4,000", type: .quantity))
        b.addEntity(Entity(key: "hostile-thing", name: " Hostile \"thing\" \\ 'x' \n\r\t 😀 𝔘 " + controlCharacters + " ",
                           type: .other, aliases: [syntaxCharacters, "שלום", "\u{202E}evil"],
                           sameAs: ["https://example.org/has space/and<angle>\"quote\"{brace}|pipe^caret`tick\\bs"],
                           merges: [MergeRecord(reason: "alias " + syntaxCharacters, merged: controlCharacters, document: geo)]))

        // Dawn: the attributed claim, counts with qualifiers, negation, passive, nested claims, a quotation.
        let s1 = b.sentence("Interior Minister Mohsin Naqvi claimed that Gandapur fled from D-Chowk.", in: dawn)
        b.mention("mohsin-naqvi", "Interior Minister Mohsin Naqvi", in: s1)
        b.mention("ali-amin-gandapur", "Gandapur", in: s1)
        b.mention("d-chowk", "D-Chowk", in: s1)
        let naqvi1 = b.argument("Mohsin Naqvi", in: s1, value: .entity(key: "mohsin-naqvi"), type: .person)
        let fled = b.statement(in: s1, subject: b.argument("Gandapur", in: s1, value: .entity(key: "ali-amin-gandapur"), type: .person),
                               predicate: Predicate(text: "fled from", lemma: "flee from"), predicateAt: "fled",
                               object: b.argument("D-Chowk", in: s1, value: .entity(key: "d-chowk"), type: .place),
                               asserted: false, attribution: Attribution(speaker: naqvi1, cue: "claim"),
                               confidence: 0.8, rule: "ccomp-claim")
        let naqviClaimed = b.statement(in: s1, subject: naqvi1, predicate: Predicate(text: "claimed", lemma: "claim"),
                                       object: b.argument("Gandapur fled from D-Chowk", in: s1, value: .statement(id: fled)),
                                       confidence: 0.95, rule: "speech-verb")

        let s2 = b.sentence("Police arrested at least 4,000 protesters on 26 November 2024 in Islamabad.", in: dawn)
        b.mention("police", "Police", in: s2)
        b.mention("islamabad", "Islamabad", in: s2)
        b.mention("2024-11-26", "26 November 2024", in: s2)
        b.mention("4000", "at least 4,000", in: s2)
        let arrested4000 = b.statement(
            in: s2, subject: b.argument("Police", in: s2, value: .entity(key: "police"), type: .organization),
            predicate: Predicate(text: "arrested", lemma: "arrest"),
            object: b.argument("at least 4,000 protesters", in: s2, value: .literal(Literal("4000", datatype: .integer)),
                               type: .quantity, qualifier: "at least"),
            qualifiers: [
                .init(role: "on", argument: b.argument("26 November 2024", in: s2, value: .literal(Literal("2024-11-26", datatype: .date)), type: .date)),
                .init(role: "in", argument: b.argument("Islamabad", in: s2, value: .entity(key: "islamabad"), type: .place)),
            ], confidence: 0.875, rule: "nsubj-dobj")

        let s3 = b.sentence("The PTI did not call off the protest.", in: dawn)
        b.mention("pti", "PTI", in: s3)
        b.mention("protest-2024-11-24", "the protest", in: s3)
        b.statement(in: s3, subject: b.argument("The PTI", in: s3, value: .entity(key: "pti"), type: .organization),
                    predicate: Predicate(text: "did not call off", lemma: "call off"),
                    object: b.argument("the protest", in: s3, value: .entity(key: "protest-2024-11-24"), type: .event),
                    polarity: .negative, confidence: 0.7, rule: "neg-particle")

        let s4 = b.sentence("Khan was arrested by police in August 2023.", in: dawn)
        b.mention("imran-khan", "Khan", in: s4)
        b.mention("police", "police", in: s4)
        b.statement(in: s4, subject: b.argument("police", in: s4, value: .entity(key: "police"), type: .organization),
                    predicate: Predicate(text: "was arrested by", lemma: "arrest"), predicateAt: "was arrested",
                    object: b.argument("Khan", in: s4, value: .entity(key: "imran-khan"), type: .person),
                    qualifiers: [.init(role: "in", argument: b.argument("August 2023", in: s4, value: .literal(Literal("2023-08", datatype: .gYearMonth)), type: .date))],
                    passive: true, confidence: 0.66, rule: "passive-agent")

        let s5 = b.sentence("Turnout would fall by 12.5 percent.", in: dawn)
        b.statement(in: s5, subject: b.argument("Turnout", in: s5), predicate: Predicate(text: "would fall by", lemma: "fall by"),
                    predicateAt: "fall by",
                    object: b.argument("12.5 percent", in: s5, value: .literal(Literal("12.5", datatype: .decimal)), type: .quantity),
                    modality: "would", confidence: 0.5, rule: "modal")

        // A claim nested in a claim: Khan said (asserted) → Naqvi claimed (not asserted) → protesters were armed (not asserted).
        let s6 = b.sentence("Khan said Naqvi claimed that the protesters were armed.", in: dawn)
        b.mention("imran-khan", "Khan", in: s6)
        b.mention("mohsin-naqvi", "Naqvi", in: s6)
        b.mention("protesters", "the protesters", in: s6)
        let khan6 = b.argument("Khan", in: s6, value: .entity(key: "imran-khan"), type: .person)
        let naqvi6 = b.argument("Naqvi", in: s6, value: .entity(key: "mohsin-naqvi"), type: .person)
        let armed = b.statement(in: s6, subject: b.argument("the protesters", in: s6, value: .entity(key: "protesters")),
                                predicate: Predicate(text: "were armed", lemma: "be armed"), asserted: false,
                                attribution: Attribution(speaker: naqvi6, cue: "claim"), passive: true, confidence: 0.6,
                                rule: "ccomp-claim")
        let naqviClaimedArmed = b.statement(in: s6, subject: naqvi6, predicate: Predicate(text: "claimed", lemma: "claim"),
                                            object: b.argument("the protesters were armed", in: s6, value: .statement(id: armed)),
                                            asserted: false, attribution: Attribution(speaker: khan6, cue: "say"),
                                            confidence: 0.6, rule: "ccomp-claim")
        b.statement(in: s6, subject: khan6, predicate: Predicate(text: "said", lemma: "say"),
                    object: b.argument("Naqvi claimed that the protesters were armed", in: s6, value: .statement(id: naqviClaimedArmed)),
                    confidence: 0.9, rule: "speech-verb")

        // A quotation with a negated, modal inner statement.
        let s7 = b.sentence("\"We will not leave,\" Gandapur said.", in: dawn)
        b.mention("ali-amin-gandapur", "Gandapur", in: s7)
        b.mention("protesters", "We", in: s7)
        let gandapur7 = b.argument("Gandapur", in: s7, value: .entity(key: "ali-amin-gandapur"), type: .person)
        let leave = b.statement(in: s7, subject: b.argument("We", in: s7, value: .entity(key: "protesters")),
                                predicate: Predicate(text: "will not leave", lemma: "leave"), predicateAt: "leave",
                                asserted: false,
                                attribution: Attribution(speaker: gandapur7, cue: "say", quotation: "We will not leave,"),
                                polarity: .negative, modality: "will", confidence: 0.85, rule: "quote")
        b.statement(in: s7, subject: gandapur7, predicate: Predicate(text: "said", lemma: "say"),
                    object: b.argument("We will not leave,", in: s7, value: .statement(id: leave)), confidence: 0.9, rule: "quote")

        // Geo (hostile id and url): a contradicting count, hostile sentence text and arguments.
        let g1 = b.sentence("Police arrested 450 protesters, officials said.", in: geo)
        b.mention("police", "Police", in: g1)
        let arrested450 = b.statement(in: g1, subject: b.argument("Police", in: g1, value: .entity(key: "police"), type: .organization),
                                      predicate: Predicate(text: "arrested", lemma: "arrest"),
                                      object: b.argument("450 protesters", in: g1, value: .literal(Literal("450", datatype: .integer)), type: .quantity),
                                      confidence: 0.8, rule: "nsubj-dobj")
        let g2 = b.sentence("Khan \"denied\" that Gandapur fled.", in: geo)
        b.mention("imran-khan", "Khan", in: g2)
        b.mention("ali-amin-gandapur", "Gandapur", in: g2)
        let khanG = b.argument("Khan", in: g2, value: .entity(key: "imran-khan"), type: .person)
        let notFled = b.statement(in: g2, subject: b.argument("Gandapur", in: g2, value: .entity(key: "ali-amin-gandapur"), type: .person),
                                  predicate: Predicate(text: "fled", lemma: "flee"), asserted: false,
                                  attribution: Attribution(speaker: khanG, cue: "deny"), polarity: .negative,
                                  confidence: 0.7, rule: "ccomp-deny")
        b.statement(in: g2, subject: khanG, predicate: Predicate(text: "denied", lemma: "deny"),
                    object: b.argument("Gandapur fled", in: g2, value: .statement(id: notFled)), confidence: 0.8, rule: "speech-verb")
        let hostileText = " '\"quoted\"' \\back\\ \t tab \n nl \r cr " + controlCharacters + " 😀𝔘 <>{}|^` "
        let g3 = b.sentence("The crowd chanted \(hostileText) loudly.", in: geo)
        b.mention("hostile-thing", hostileText, in: g3)
        b.statement(in: g3, subject: b.argument("The crowd", in: g3), predicate: Predicate(text: "chanted", lemma: "chant \"<x>\""),
                    object: b.argument(hostileText, in: g3, value: .entity(key: "hostile-thing")),
                    qualifiers: [.init(role: "manner \\ \"odd\" <role>", argument: b.argument("loudly", in: g3))],
                    modality: "may \"perhaps\" \\", confidence: 0.123456789,
                    rule: "rule with \"quotes\" and \\ and \n" + controlCharacters)

        // Tribune: RTL and non-BMP text, a literal string object with a language-free value.
        let t1 = b.sentence("في إسلام آباد, Islamabad police detained 😀 𝔘 supporters \u{202E}near\u{202C} שלום D-Chowk.", in: tribune)
        b.mention("islamabad", "إسلام آباد", in: t1)
        b.mention("d-chowk", "D-Chowk", in: t1)
        b.statement(in: t1, subject: b.argument("Islamabad police", in: t1, value: .entity(key: "police"), type: .organization),
                    predicate: Predicate(text: "detained", lemma: "detain"),
                    object: b.argument("😀 𝔘 supporters", in: t1),
                    qualifiers: [.init(role: "near", argument: b.argument("D-Chowk", in: t1, value: .entity(key: "d-chowk"), type: .place)),
                                 .init(role: "in", argument: b.argument("إسلام آباد", in: t1, value: .entity(key: "islamabad"), type: .place))],
                    confidence: 1, rule: "nsubj-dobj")
        let t2 = b.sentence("Naqvi said the march began on 24 November.", in: tribune)
        b.mention("mohsin-naqvi", "Naqvi", in: t2)
        b.mention("protest-2024-11-24", "the march", in: t2)
        b.statement(in: t2, subject: b.argument("the march", in: t2, value: .entity(key: "protest-2024-11-24"), type: .event),
                    predicate: Predicate(text: "began", lemma: "begin"),
                    qualifiers: [.init(role: "on", argument: b.argument("24 November", in: t2, value: .literal(Literal("2024-11-24", datatype: .date)), type: .date))],
                    confidence: 0, rule: "intransitive")

        // Empty-ish document: whitespace-only title, whitespace url, leading/trailing spaces in text.
        let e1 = b.sentence("  Gandapur did not flee.  ", in: blank)
        b.mention("ali-amin-gandapur", "Gandapur", in: e1)
        let didNotFlee = b.statement(in: e1, subject: b.argument("Gandapur", in: e1, value: .entity(key: "ali-amin-gandapur"), type: .person),
                                     predicate: Predicate(text: "did not flee", lemma: "flee"), predicateAt: "flee",
                                     polarity: .negative, confidence: 0.75, rule: "neg-particle")
        let e2 = b.sentence(" ", in: blank)
        b.statement(in: e2, subject: Argument(text: " ", span: e2.span), predicate: Predicate(text: " ", lemma: " "),
                    predicateAt: " ", confidence: 0.01, rule: "")

        b.contradiction(arrested4000, arrested450, reason: "4000 (\"at least\") vs 450 for arrest/object")
        b.contradiction(fled, didNotFlee, reason: "flee vs not flee \\ <polarity>")
        b.contradiction(fled, notFled, reason: "claimed vs denied")
        _ = naqviClaimed
        _ = naqviClaimedArmed
        return b.build()
    }
}
