import Testing
@testable import NLP

@Test func nlpBuilds() {}
