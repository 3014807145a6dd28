package org.satukota.directory.internal;

import java.util.List;

/** A unit with the units listed under it (a kecamatan and its kelurahan/desa). Public only for templates. */
public record UnitGroup<T>(T head, List<T> members) {
}
