/// Words written with a final period that keep it (spaCy's tokenizer exceptions, Punkt's abbreviation list).
/// The list combines common English news abbreviations with every such form seen at least twice in the
/// UD English EWT and GUM training data (`Attn.`, `Arrv.`, `div.`, ...). Entries omit the final period.
enum AbbreviationLexicon {
    /// Case-sensitive abbreviations.
    static let abbreviations: Set<String> = [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Lt", "Col", "Maj",
        "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
        "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Sr", "Jr", "Esq", "Atty", "Amb", "Lieut", "Sec",
        "Gens", "Mgr", "Msgr", "Rt", "Ph",
        // Places and addresses.
        "St", "Mt", "Ft", "Ave", "Blvd", "Rd", "Sq", "Ln", "Hwy", "Pk", "Apt", "Dist",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La",
        "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va",
        "Vt", "Wash", "Wis", "Wyo",
        // Months and days.
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
        // Organizations and references.
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Dept", "Univ", "Assn", "Assoc", "Intl", "Mfg", "Pty", "Plc",
        "No", "Nos", "Vol", "Vols", "Fig", "Figs", "Eq", "Ch", "Ed", "Eds", "Op", "Cf",
        // From the UD training data.
        "Attn", "Arrv", "arrv", "E.g", "div",
        // Lowercase.
        "etc", "vs", "al", "approx", "est", "fig", "figs", "p", "pp", "cf", "ca", "viz", "vol", "vols", "no", "nos",
        "incl", "esp", "dept", "min", "max", "hr", "hrs", "sec", "mos", "yr", "yrs", "ft", "lb", "lbs", "oz",
        "mi", "km", "cm", "mm", "kg", "ed", "eds", "op", "cit", "ibid", "seq", "ff", "sq", "govt", "vers", "v", "c",
        "Cal", "Calif",
    ]

    /// Abbreviations that introduce a name or a number and so never end a sentence themselves.
    static let neverFinal: Set<String> = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Gen", "Lt", "Col", "Maj",
        "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig", "Gov", "Govs", "Sen", "Sens", "Rep", "Reps",
        "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "St", "Mt", "Ft", "No", "Nos", "Vol", "Fig", "Figs",
        "vs", "v", "pp", "p", "Atty", "Amb", "Lieut", "Gens", "Msgr", "Rt", "Attn", "E.g", "e.g", "i.e", "cf", "Cf",
    ]

    /// Abbreviations that are also ordinary words ("No", "no", "Sun", "Mar", "Wash", "Miss", "Ill", "Mass",
    /// "min", "sec", "est", "v"): they keep the period only when a number or capitalized name follows them.
    static let ambiguous: Set<String> = [
        "No", "no", "Nos", "nos", "Sun", "Mar", "Wash", "Miss", "Ill", "Mass", "Ind", "La", "Pa", "Mo", "Del",
        "Ore", "Mon", "Sat", "Wed", "Fri", "Co", "min", "max", "sec", "est", "ed", "op", "v", "Ch", "Op", "Ed",
        "mi", "ft", "Sec", "Det", "Fr", "Col", "Gen", "Cos", "Jun", "Sep", "Eq", "Dist", "Sq", "Ln", "Pk", "Apt",
        "hr", "yr", "Vol", "Fig", "al", "div", "c", "Cal",
    ]

    /// Words that usually start a sentence, used to split after an abbreviation such as "U.S." or "Inc.":
    /// "... in the U.S. The ..." ends a sentence, "... the U.S. Army ..." does not.
    static let sentenceStarters: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "If", "When", "While", "After", "Before", "As", "His", "Her",
        "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "All", "No", "Not", "What", "Why", "How",
        "Who", "Where", "Which", "However", "Meanwhile", "Also", "Then", "Yet", "For", "Since", "Although",
        "Though", "Because", "Now", "Today", "Yesterday", "Earlier", "Later", "Here", "Please", "Thanks", "Thank",
        "Police", "Officials", "According", "Both", "Each", "Every", "One", "Two", "Three", "Several", "Such",
        "Still", "Despite", "During", "Under", "With", "Without", "From", "By", "To", "Is", "Are", "Was", "Were",
        "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Let", "Let's", "Hi", "Hello", "Yes",
    ]

    /// Word-initial prefixes after which the UD English treebanks keep a hyphenated word whole
    /// ("non-commercial", "co-founder", "e-mail"); elsewhere a hyphen between letters is its own token.
    static let hyphenPrefixes: Set<String> = [
        "e", "non", "mid", "pre", "anti", "re", "co", "post", "over", "multi", "pro", "ex", "sub", "semi", "cross",
        "neo", "psycho", "counter", "intra", "un", "socio", "mini", "inter", "arch", "micro", "macro", "ultra",
        "extra", "quasi", "trans", "bi", "tri", "pan", "de", "mis", "hyper", "infra", "meta", "vice",
    ]

    /// Whether `form` (without its final period) keeps the period as an abbreviation.
    static func isAbbreviation(_ stem: [Unicode.Scalar]) -> Bool {
        if stem.isEmpty { return false }
        // Initials and dotted acronyms: "M", "U.S", "a.m", "Ph.D", "D.C".
        if isDottedAcronym(stem) { return true }
        var string = String.UnicodeScalarView()
        string.append(contentsOf: stem)
        return abbreviations.contains(String(string))
    }

    /// "M", "U.S", "a.m", "Ph.D", "M.Sc": letters in groups of at most 2, at least one dot, or one capital letter.
    static func isDottedAcronym(_ stem: [Unicode.Scalar]) -> Bool {
        if stem.count == 1 { return CharacterClass.isUppercase(stem[0]) }
        var run = 0, dots = 0
        for s in stem {
            if s == "." {
                if run == 0 { return false }
                run = 0
                dots += 1
            } else if CharacterClass.isLetter(s) {
                run += 1
                if run > 3 { return false }
            } else {
                return false
            }
        }
        return dots >= 1 && run > 0
    }
}
