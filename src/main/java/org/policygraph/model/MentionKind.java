package org.policygraph.model;

/** Kinds of things mentioned in a text. */
public enum MentionKind {
    PROVINCE, MUNICIPALITY, ORGANISATION, PROGRAMME
}
