enum ExpectedSmallCorpus {
    static let turtleBody = ""
    static let nTriples = ""
}
