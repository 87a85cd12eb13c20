package org.policygraph.model;

/** Kinds of documents that texts refer to. */
public enum ReferenceKind {
    DECREE, DECISION, POLICY_NOTE, WEB
}
