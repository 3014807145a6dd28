package org.satukota.dataset.internal;

/**
 * How a dataset is drawn as a time series: x = {@code timeColumn} (a date column), y = {@code valueColumn} (a
 * number column), one line per distinct value of {@code seriesColumn} (optional). Several rows for the same time and
 * series (e.g. one price per market) are averaged.
 */
record ChartSpec(String timeColumn, String valueColumn, String seriesColumn) {
}
