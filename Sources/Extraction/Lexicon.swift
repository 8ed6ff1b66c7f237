/// Closed word lists the extractor consults. They name grammatical classes (reporting verbs,
/// modals, titles), never sentence patterns: structure comes from the dependency parse.
enum Lexicon {
    /// Verbs whose clausal complement is someone's claim rather than the writer's assertion.
    static let reportingVerbs: Set<String> = [
        "say", "claim", "allege", "accuse", "deny", "announce", "report", "tweet", "warn", "urge", "state",
        "add", "confirm", "insist", "tell", "assert", "argue", "believe", "think", "suggest", "maintain",
        "declare", "reveal", "admit", "acknowledge", "explain", "note", "stress", "emphasize", "emphasise",
        "write", "post", "reply", "respond", "remark", "observe", "predict", "promise", "vow", "threaten",
        "demand", "call", "estimate", "contend", "assure", "inform", "indicate", "mention", "repeat",
        "reiterate", "testify", "concede", "complain", "charge", "suspect", "fear", "hope", "expect",
        "know", "learn", "hear", "show", "find", "conclude", "pledge", "swear", "speculate", "recall",
    ]

    /// Verbs whose object is the subject of the accusation that follows ("accused police of firing").
    static let accusationVerbs: Set<String> = ["accuse", "blame", "charge", "criticize", "criticise", "condemn", "suspect"]

    /// Reporting cues whose complement the speaker holds to be false.
    static let denialVerbs: Set<String> = ["deny", "reject", "dismiss", "refute", "dispute"]

    static let modals: Set<String> = [
        "will", "would", "may", "might", "can", "could", "shall", "should", "must", "ought", "'ll", "wo", "ca",
    ]

    static let negations: Set<String> = ["not", "n't", "never", "no", "neither", "nor"]

    /// Head nouns of roles and titles ("Interior Minister", "Chief of Army Staff").
    static let titleNouns: Set<String> = [
        "minister", "president", "premier", "chancellor", "chief", "leader", "spokesman", "spokeswoman",
        "spokesperson", "secretary", "chairman", "chairwoman", "chair", "director", "governor", "senator",
        "mayor", "judge", "justice", "general", "colonel", "major", "captain", "commander", "commissioner",
        "inspector", "officer", "ambassador", "king", "queen", "prince", "princess", "emperor", "pope",
        "bishop", "cardinal", "ceo", "founder", "head", "editor", "correspondent", "reporter", "lawyer",
        "advocate", "attorney", "adviser", "advisor", "aide", "deputy", "representative", "rep", "sen",
        "gen", "gov", "lt", "col", "speaker", "member", "candidate", "mp", "mna", "mpa", "superintendent",
        "sheriff", "prosecutor", "professor", "coach", "manager", "chairperson", "envoy", "counsel",
        "official", "constable", "sergeant", "admiral", "marshal", "magistrate", "councillor", "councilor",
    ]

    /// Words that qualify a title and belong to it ("Home", "Prime", "former").
    static let titleQualifiers: Set<String> = [
        "prime", "chief", "deputy", "vice", "former", "interior", "home", "foreign", "finance", "defence",
        "defense", "information", "federal", "provincial", "state", "acting", "senior", "junior", "assistant",
        "executive", "general", "attorney", "army", "staff", "supreme", "high", "inspector", "police",
        "district", "national", "security", "adviser", "special", "then", "late", "ex", "first", "lady",
        "opposition", "party", "cabinet", "health", "education", "law", "justice", "trade", "commerce",
        "planning", "railways", "energy", "water", "labour", "labor", "human", "rights", "of",
    ]

    /// Honorifics: kept as mention modifiers, no role statement.
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "miss"]

    /// Relational nouns of an apposition or possessive and the relation they name.
    static let kinship: [String: String] = [
        "wife": "spouse", "husband": "spouse", "spouse": "spouse", "partner": "spouse",
        "son": "child", "daughter": "child", "child": "child", "father": "parent", "mother": "parent",
        "brother": "sibling", "sister": "sibling",
    ]

    static let relativePronouns: Set<String> = ["who", "whom", "which", "that", "whose", "where", "when"]

    static let personalPronouns: Set<String> = [
        "he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "it", "its", "i", "me",
        "my", "we", "us", "our", "you", "your", "himself", "herself", "themselves", "itself",
    ]
    static let personPronouns: Set<String> = ["he", "him", "his", "she", "her", "hers", "himself", "herself", "i", "me", "my"]

    static let articles: Set<String> = ["a", "an", "the"]

    /// Heads of temporal obliques, which stay qualifiers rather than joining the predicate.
    static let timeWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "year", "month", "week", "day", "night", "morning", "evening", "afternoon", "hour", "minute", "time",
        "today", "yesterday", "tomorrow", "tonight", "weekend", "decade", "century", "period", "midnight",
        "noon", "season", "era", "moment",
    ]

    static let quoteMarks: Set<String> = ["\"", "“", "”", "``", "''", "‘", "„", "«", "»"]
    static let openingQuotes: Set<String> = ["“", "``", "‘", "„", "«"]
    static let closingQuotes: Set<String> = ["”", "''", "»"]
}
