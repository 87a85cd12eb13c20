package org.policygraph.lang;

/** How an item label numbers its item. */
public enum LabelStyle { ARABIC, LOWER_LETTER, UPPER_LETTER, LOWER_ROMAN, UPPER_ROMAN, BULLET }
