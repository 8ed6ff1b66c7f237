import CLibXML
import Foundation
import NewsgraphModel

/// libxml2 version this binary is linked against, e.g. "20914".
public var libxmlVersion: String { String(LIBXML_VERSION) }
