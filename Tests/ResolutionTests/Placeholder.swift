import Testing
@testable import Resolution

@Test func resolutionBuilds() {}
