package org.policygraph.store;

/** What the store holds for one document key: the hash of the file it was read from and by which parser. */
public record StoredVersion(String sha256, String parserVersion) {
}
