package org.satukota.berkas;

/**
 * A file as received from a person: the name their device gave it (shown back to them, never trusted for the
 * type) and its bytes.
 */
public record Upload(String originalName, byte[] content) {
}
