/**
 * Responsiveness per sub-question (issue 19.1): how a minister's answer responds to each thing
 * asked, read from the answer parts aligned to it and the cue phrases of {@code lang/ResponseCues}.
 * Free of Jena; {@code rdf/ResponsivenessMapping} writes the result.
 */
package org.policygraph.extract.responsiveness;
