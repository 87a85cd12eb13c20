package org.policygraph.model;

/**
 * A recommendation of an advice: a sentence that proposes or asks ("We stellen dan ook voor ...",
 * "Daarom vragen we ...", "Het zou beter zijn ...").
 *
 * @param sentence  the sentence as written, with its span
 */
public record Recommendation(Located sentence) {
}
