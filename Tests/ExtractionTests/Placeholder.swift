import Testing
@testable import Extraction

@Test func extractionBuilds() {}
