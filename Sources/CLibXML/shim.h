#ifndef NEWSGRAPH_CLIBXML_SHIM_H
#define NEWSGRAPH_CLIBXML_SHIM_H
// Foundation on Linux ships its own ICU; libxml2's ICU declarations clash with it
// ('UErrorCode' has different definitions in different modules). Read the version
// header first, switch ICU off, then include the parts we use.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>

// libxml2 exposes xmlFree as a global function-pointer variable, which Swift 6's strict
// concurrency checking rejects; call it through an inline function instead.
static inline void ng_xml_free(void *pointer) { xmlFree(pointer); }
#endif
