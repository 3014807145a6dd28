package org.satukota.pengaduan.internal.routing;

/**
 * How well the suggestion matched real routing decisions it was not trained on.
 *
 * @param examples all examples available
 * @param heldOut how many were held out of training and used for measuring
 * @param correct how many held-out examples got the OPD that really handled them
 * @param accuracy {@code correct / heldOut}, 0 when nothing was held out
 */
public record RoutingAccuracy(int examples, int heldOut, int correct, double accuracy) {
}
