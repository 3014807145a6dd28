package org.satukota.pengaduan.internal.routing;

/**
 * The OPD the classifier considers most likely to handle a complaint.
 *
 * @param opdId the directory unit id of the suggested OPD
 * @param confidence the normalised posterior probability, between 0 and 1
 */
public record OpdSuggestion(long opdId, double confidence) {
}
