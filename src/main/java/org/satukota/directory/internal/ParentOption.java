package org.satukota.directory.internal;

/** One choice in the "parent unit" select. Public only for templates. */
public record ParentOption(long id, String label) {
}
