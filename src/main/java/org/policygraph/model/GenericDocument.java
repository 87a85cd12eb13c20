package org.policygraph.model;

import java.util.Optional;

/**
 * A document that is not (yet) read as a more specific kind: kept with its title when one can be
 * told, so that nothing in the corpus is silently dropped.
 *
 * @param kind   what the detector took it for
 * @param title  the first heading, when there is one
 */
public record GenericDocument(DocumentKind kind, Optional<Located> title) implements ParsedDocument {
}
