package org.policygraph.text;

/** Raw text as decoded from bytes, before normalisation, with the encoding that was detected. */
public record DecodedText(String text, String encoding) {
}
