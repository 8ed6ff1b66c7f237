/// Runs components in order on one text, checking each component's requirements.
public struct NLPPipeline: Sendable {
    public var components: [any PipelineComponent]

    public init(components: [any PipelineComponent]) {
        self.components = components
    }

    public func callAsFunction(_ text: String) -> AnalyzedDocument {
        var document = AnalyzedDocument(text: text)
        run(&document)
        return document
    }

    public func run(_ document: inout AnalyzedDocument) {
        for component in components {
            assert(component.requires.isSubset(of: document.annotations),
                   "\(component.name) requires \(component.requires.subtracting(document.annotations))")
            component.process(&document)
            document.annotations.formUnion(component.assigns)
        }
    }
}
