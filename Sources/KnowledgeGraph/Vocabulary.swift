/// Every vocabulary term the RDF mapping uses, in one place, so Schemas/newsgraph.ttl can be
/// checked against it (a test asserts each `ng:` term here is declared there).
public enum Vocabulary {
    public enum RDF {
        public static let type = RDFIRI(.rdf, "type")
        public static let statement = RDFIRI(.rdf, "Statement")
        public static let property = RDFIRI(.rdf, "Property")
        public static let subject = RDFIRI(.rdf, "subject")
        public static let predicate = RDFIRI(.rdf, "predicate")
        public static let object = RDFIRI(.rdf, "object")
        public static let reifies = RDFIRI(.rdf, "reifies")
    }
    public enum RDFS {
        public static let label = RDFIRI(.rdfs, "label")
    }
    public enum XSD {
        public static let integer = RDFIRI(.xsd, "integer")
        public static let nonNegativeInteger = RDFIRI(.xsd, "nonNegativeInteger")
        public static let decimal = RDFIRI(.xsd, "decimal")
        public static let double = RDFIRI(.xsd, "double")
        public static let boolean = RDFIRI(.xsd, "boolean")
        public static let date = RDFIRI(.xsd, "date")
        public static let dateTime = RDFIRI(.xsd, "dateTime")
        public static let gYearMonth = RDFIRI(.xsd, "gYearMonth")
        public static let gYear = RDFIRI(.xsd, "gYear")
        public static let duration = RDFIRI(.xsd, "duration")
        public static let string = RDFIRI(.xsd, "string")
    }
    public enum OWL {
        public static let sameAs = RDFIRI(.owl, "sameAs")
    }
    public enum SKOS {
        public static let prefLabel = RDFIRI(.skos, "prefLabel")
        public static let altLabel = RDFIRI(.skos, "altLabel")
    }
    public enum PROV {
        public static let activity = RDFIRI(.prov, "Activity")
        public static let softwareAgent = RDFIRI(.prov, "SoftwareAgent")
        public static let entity = RDFIRI(.prov, "Entity")
        public static let wasAssociatedWith = RDFIRI(.prov, "wasAssociatedWith")
        public static let used = RDFIRI(.prov, "used")
        public static let startedAtTime = RDFIRI(.prov, "startedAtTime")
        public static let wasDerivedFrom = RDFIRI(.prov, "wasDerivedFrom")
        public static let wasGeneratedBy = RDFIRI(.prov, "wasGeneratedBy")
        public static let wasAttributedTo = RDFIRI(.prov, "wasAttributedTo")
    }
    public enum NIF {
        public static let context = RDFIRI(.nif, "Context")
        public static let sentenceClass = RDFIRI(.nif, "Sentence")
        public static let phrase = RDFIRI(.nif, "Phrase")
        public static let string = RDFIRI(.nif, "String")
        public static let offsetBasedString = RDFIRI(.nif, "OffsetBasedString")
        public static let isString = RDFIRI(.nif, "isString")
        public static let beginIndex = RDFIRI(.nif, "beginIndex")
        public static let endIndex = RDFIRI(.nif, "endIndex")
        public static let anchorOf = RDFIRI(.nif, "anchorOf")
        public static let referenceContext = RDFIRI(.nif, "referenceContext")
        public static let sentence = RDFIRI(.nif, "sentence")
        public static let sourceUrl = RDFIRI(.nif, "sourceUrl")
    }
    public enum ITSRDF {
        public static let taIdentRef = RDFIRI(.itsrdf, "taIdentRef")
    }
    public enum Schema {
        public static let person = RDFIRI(.schema, "Person")
        public static let organization = RDFIRI(.schema, "Organization")
        public static let place = RDFIRI(.schema, "Place")
        public static let event = RDFIRI(.schema, "Event")
        public static let thing = RDFIRI(.schema, "Thing")
        public static let newsArticle = RDFIRI(.schema, "NewsArticle")
        public static let headline = RDFIRI(.schema, "headline")
        public static let datePublished = RDFIRI(.schema, "datePublished")
        public static let url = RDFIRI(.schema, "url")
        public static let softwareVersion = RDFIRI(.schema, "softwareVersion")
    }
    /// newsgraph's own terms (declared in Schemas/newsgraph.ttl).
    public enum NG {
        // Classes.
        public static let document = RDFIRI(.ng, "Document")
        public static let entity = RDFIRI(.ng, "Entity")
        public static let date = RDFIRI(.ng, "Date")
        public static let quantity = RDFIRI(.ng, "Quantity")
        public static let statement = RDFIRI(.ng, "Statement")
        public static let claim = RDFIRI(.ng, "Claim")
        public static let relation = RDFIRI(.ng, "Relation")
        public static let phrase = RDFIRI(.ng, "Phrase")
        public static let qualifierClass = RDFIRI(.ng, "Qualifier")
        public static let mergeRecord = RDFIRI(.ng, "MergeRecord")
        public static let contradiction = RDFIRI(.ng, "Contradiction")
        public static let extractionRun = RDFIRI(.ng, "ExtractionRun")
        public static let polarityClass = RDFIRI(.ng, "Polarity")
        // Individuals.
        public static let positive = RDFIRI(.ng, "positive")
        public static let negative = RDFIRI(.ng, "negative")
        public static let none = RDFIRI(.ng, "none")
        // Document properties.
        public static let documentID = RDFIRI(.ng, "documentId")
        public static let source = RDFIRI(.ng, "source")
        public static let urlText = RDFIRI(.ng, "urlText")
        public static let nifContext = RDFIRI(.ng, "nifContext")
        // Entity properties.
        public static let key = RDFIRI(.ng, "key")
        public static let entityType = RDFIRI(.ng, "entityType")
        public static let sameAsText = RDFIRI(.ng, "sameAsText")
        public static let merge = RDFIRI(.ng, "merge")
        public static let reason = RDFIRI(.ng, "reason")
        public static let mergedName = RDFIRI(.ng, "mergedName")
        // Statement properties.
        public static let asserted = RDFIRI(.ng, "asserted")
        public static let subjectText = RDFIRI(.ng, "subjectText")
        public static let predicateText = RDFIRI(.ng, "predicateText")
        public static let objectText = RDFIRI(.ng, "objectText")
        public static let objectQualifier = RDFIRI(.ng, "objectQualifier")
        public static let confidence = RDFIRI(.ng, "confidence")
        public static let polarity = RDFIRI(.ng, "polarity")
        public static let modality = RDFIRI(.ng, "modality")
        public static let passive = RDFIRI(.ng, "passive")
        public static let rule = RDFIRI(.ng, "rule")
        public static let evidence = RDFIRI(.ng, "evidence")
        public static let claimContent = RDFIRI(.ng, "claim")
        public static let cue = RDFIRI(.ng, "cue")
        public static let quotation = RDFIRI(.ng, "quotation")
        public static let speakerText = RDFIRI(.ng, "speakerText")
        public static let qualifier = RDFIRI(.ng, "qualifier")
        public static let role = RDFIRI(.ng, "role")
        public static let value = RDFIRI(.ng, "value")
        public static let valueText = RDFIRI(.ng, "valueText")
        public static let valueQualifier = RDFIRI(.ng, "valueQualifier")
        public static let contradicts = RDFIRI(.ng, "contradicts")
        public static let contradictionStatement = RDFIRI(.ng, "statement")
    }

    /// Every `ng:` local name above, for the schema consistency test.
    public static let ngLocalNames: [String] = [
        "Document", "Entity", "Date", "Quantity", "Statement", "Claim", "Relation", "Phrase", "Qualifier",
        "MergeRecord", "Contradiction", "ExtractionRun", "Polarity", "positive", "negative", "none",
        "documentId", "source", "urlText", "nifContext", "key", "entityType", "sameAsText", "merge", "reason",
        "mergedName", "asserted", "subjectText", "predicateText", "objectText", "objectQualifier",
        "confidence", "polarity", "modality", "passive", "rule", "evidence", "claim", "cue", "quotation",
        "speakerText", "qualifier", "role", "value", "valueText", "valueQualifier", "contradicts", "statement",
    ]
}
