package org.policygraph.model;

/**
 * A numbered section of a document ("2 Advies").
 *
 * @param number   the section number as written ("2", "2.1")
 * @param heading  the heading text ("Advies")
 * @param text     the section's text, without its heading
 * @param span     the whole section, heading included
 */
public record Section(String number, Located heading, Located text, Span span) {
}
