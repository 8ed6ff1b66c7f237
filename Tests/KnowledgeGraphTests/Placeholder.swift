import Testing
@testable import KnowledgeGraph

@Test func knowledgegraphBuilds() {}
