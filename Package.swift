// swift-tools-version:6.0
// newsgraph: news articles in, a knowledge graph out.
// Data flows one way: Ingest → NLP (annotate) → Extraction → Resolution → KnowledgeGraph → Serialization.
import PackageDescription

let package = Package(
    name: "newsgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsgraphKit", targets: ["NewsgraphKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // libxml2 (HTML parser, xmlTextWriter, XML Schema validation) behind a tiny shim.
        .systemLibrary(
            name: "CLibXML",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // Shared value types every step agrees on: documents, entities, statements, errors.
        .target(name: "NewsgraphModel"),
        // Plain text, HTML, JSON Lines, stdin, directories → SourceDocument.
        .target(name: "Ingest", dependencies: ["NewsgraphModel", "CLibXML"]),
        // Tokenizer, tagger, lemmatizer, parser, NER, CoNLL-U, training and evaluation.
        .target(name: "NLP", dependencies: ["NewsgraphModel"], resources: [.copy("Resources/Models")]),
        // Parsed sentences → statements, claims, mentions, normalized values.
        .target(name: "Extraction", dependencies: ["NewsgraphModel", "NLP"]),
        // Mentions → entities within and across documents; contradictions.
        .target(name: "Resolution", dependencies: ["NewsgraphModel", "Yams"]),
        // Corpus → RDF dataset (quads) and property-graph view; vocabulary IRIs.
        .target(name: "KnowledgeGraph", dependencies: ["NewsgraphModel"]),
        // One format enum, one writer per syntax; validators.
        .target(name: "Serialization", dependencies: ["KnowledgeGraph", "NewsgraphModel", "CLibXML"]),
        // Orchestration used by the command line and the end-to-end tests.
        .target(name: "NewsgraphKit", dependencies: [
            "NewsgraphModel", "Ingest", "NLP", "Extraction", "Resolution", "KnowledgeGraph", "Serialization",
        ]),
        .executableTarget(name: "newsgraph", dependencies: [
            "NewsgraphKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        .testTarget(name: "NLPTests", dependencies: ["NLP"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "NLP", "NewsgraphModel"]),
        .testTarget(name: "ResolutionTests", dependencies: ["Resolution", "NewsgraphModel"]),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph", "NewsgraphModel"]),
        .testTarget(name: "SerializationTests", dependencies: ["Serialization", "KnowledgeGraph", "NewsgraphModel"]),
        .testTarget(name: "NewsgraphCLITests", dependencies: ["NewsgraphKit"]),
    ]
)
