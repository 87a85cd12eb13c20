package org.policygraph.model;

/**
 * One input file as read: where it came from, what its bytes were, and its normalised text.
 * All offsets of extracted facts point into {@link #text()}.
 *
 * @param key        identity of the document within the store: its path relative to the folder
 *                   it was found in (just the file name for a file given directly); stable across
 *                   machines, so the same file always lands in the same named graph
 * @param fileName   the file's own name
 * @param sha256     hex SHA-256 of the raw bytes
 * @param byteSize   number of raw bytes
 * @param mediaType  e.g. {@code text/plain}, {@code text/markdown}
 * @param encoding   the character encoding the bytes were decoded with
 * @param text       normalised text
 */
public record SourceDocument(String key, String fileName, String sha256, long byteSize,
                             String mediaType, String encoding, String text) {
}
