import Testing
@testable import Ingest

@Test func ingestBuilds() {}
