/// English irregular verbs (base, past, past participle), from standard grammar references.
///
/// The treebanks are too small to contain every irregular past form, and a suffix rule learned
/// from regular verbs turns an unseen one into nonsense ("fled" + the "-led → -lead" rule of "led"
/// gives "flead"), and the few it has are sometimes mislabeled (GUM train: "fled" → "flead", "bred"
/// → "bre", "woven" → "wove", "flown" → "flow"). `Lemmatizer.learn` makes these forms exceptions
/// (as VBD and VBN) wherever the learned rules get them wrong, over what the treebank says.
enum IrregularVerbs {
    /// "base past participle"; alternatives separated by "/".
    static let table: [String] = [
        "arise arose arisen", "awake awoke awoken", "be was/were been", "bear bore borne/born",
        "beat beat beaten", "become became become", "befall befell befallen", "begin began begun",
        "behold beheld beheld", "bend bent bent", "beset beset beset", "bet bet bet", "bid bid bid",
        "bind bound bound", "bite bit bitten", "bleed bled bled", "blow blew blown", "break broke broken",
        "breed bred bred", "bring brought brought", "broadcast broadcast broadcast", "build built built",
        "burn burnt/burned burnt/burned", "burst burst burst", "buy bought bought", "cast cast cast",
        "catch caught caught", "choose chose chosen", "cling clung clung", "come came come", "cost cost cost",
        "creep crept crept", "cut cut cut", "deal dealt dealt", "dig dug dug", "dive dove/dived dived",
        "do did done", "draw drew drawn", "dream dreamt/dreamed dreamt/dreamed", "drink drank drunk",
        "drive drove driven", "dwell dwelt dwelt", "eat ate eaten", "fall fell fallen", "feed fed fed",
        "feel felt felt", "fight fought fought", "find found found", "flee fled fled", "fling flung flung",
        "fly flew flown", "forbid forbade forbidden", "forecast forecast forecast", "foresee foresaw foreseen",
        "foretell foretold foretold", "forget forgot forgotten", "forgive forgave forgiven",
        "forsake forsook forsaken", "freeze froze frozen", "get got gotten/got", "give gave given",
        "go went gone", "grind ground ground", "grow grew grown", "hang hung hung", "have had had",
        "hear heard heard", "hide hid hidden", "hit hit hit", "hold held held", "hurt hurt hurt",
        "keep kept kept", "kneel knelt knelt", "know knew known", "lay laid laid", "lead led led",
        "lean leant/leaned leant/leaned", "leap leapt/leaped leapt/leaped", "learn learnt/learned learnt/learned",
        "leave left left", "lend lent lent", "let let let", "lie lay lain", "light lit lit", "lose lost lost",
        "make made made", "mean meant meant", "meet met met", "mislead misled misled",
        "mistake mistook mistaken", "misunderstand misunderstood misunderstood", "outdo outdid outdone",
        "outrun outran outrun", "overcome overcame overcome", "overhear overheard overheard",
        "override overrode overridden", "overrun overran overrun", "oversee oversaw overseen",
        "overtake overtook overtaken", "overthrow overthrew overthrown", "pay paid paid", "plead pled/pleaded pled/pleaded",
        "prove proved proven/proved", "put put put", "quit quit quit", "read read read", "rebuild rebuilt rebuilt",
        "repay repaid repaid", "retell retold retold", "rethink rethought rethought", "rewrite rewrote rewritten",
        "rid rid rid", "ride rode ridden", "ring rang rung", "rise rose risen", "run ran run", "say said said",
        "see saw seen", "seek sought sought", "sell sold sold", "send sent sent", "set set set", "sew sewed sewn",
        "shake shook shaken", "shed shed shed", "shine shone shone", "shoot shot shot", "show showed shown",
        "shrink shrank shrunk", "shut shut shut", "sing sang sung", "sink sank sunk", "sit sat sat",
        "slay slew slain", "sleep slept slept", "slide slid slid", "sling slung slung", "slit slit slit",
        "smite smote smitten", "speak spoke spoken", "speed sped sped", "spend spent spent", "spill spilt/spilled spilt/spilled",
        "spin spun spun", "spit spat spat", "split split split", "spread spread spread", "spring sprang sprung",
        "stand stood stood", "steal stole stolen", "stick stuck stuck", "sting stung stung", "stink stank stunk",
        "stride strode stridden", "strike struck struck/stricken", "string strung strung", "strive strove striven",
        "swear swore sworn", "sweep swept swept", "swell swelled swollen", "swim swam swum", "swing swung swung",
        "take took taken", "teach taught taught", "tear tore torn", "tell told told", "think thought thought",
        "throw threw thrown", "thrust thrust thrust", "tread trod trodden", "undergo underwent undergone",
        "understand understood understood", "undertake undertook undertaken", "undo undid undone",
        "upset upset upset", "uphold upheld upheld", "wake woke woken", "wear wore worn", "weave wove woven",
        "weep wept wept", "wet wet wet", "win won won", "wind wound wound", "withdraw withdrew withdrawn",
        "withhold withheld withheld", "withstand withstood withstood", "wring wrung wrung", "write wrote written",
    ]

    /// Past and participle forms → base, each form with the Penn tags it is a form under.
    /// A form that is the past of one verb and the base of another ("found", "lay") maps to the
    /// verb it is the past of; the tag ("VBD"/"VBN") is what says it is a past form at all.
    static let lemmas: [String: String] = {
        var out: [String: String] = [:]
        for entry in table {
            let fields = entry.split(separator: " ").map(String.init)
            let base = fields[0]
            for field in fields.dropFirst() {
                for form in field.split(separator: "/").map(String.init) where form != base && out[form] == nil {
                    out[form] = base
                }
            }
        }
        return out
    }()
}
