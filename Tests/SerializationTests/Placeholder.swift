import Testing
@testable import Serialization

@Test func serializationBuilds() {}
