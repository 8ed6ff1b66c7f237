import Testing
@testable import NewsgraphKit

@Test func newsgraphkitBuilds() {}
