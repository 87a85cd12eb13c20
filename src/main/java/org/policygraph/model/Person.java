package org.policygraph.model;

/**
 * A person named in a document, with the name in normal case ("Kurt De Loor").
 */
public record Person(String name) {

    public Person {
        if (name == null || name.isBlank())
            throw new IllegalArgumentException("A person needs a name");
    }
}
