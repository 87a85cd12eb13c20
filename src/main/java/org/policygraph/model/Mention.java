package org.policygraph.model;

/**
 * A place, organisation or programme named in the text.
 *
 * @param kind   what it is
 * @param label  the name, normalised for identity ("Sint-Niklaas", "VIVO vzw", "Plan Samenleven")
 * @param quote  the name as written and where it stands
 */
public record Mention(MentionKind kind, String label, Located quote) {
}
