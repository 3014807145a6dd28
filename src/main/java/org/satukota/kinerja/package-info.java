/**
 * The performance report (kinerja): collects every {@link org.satukota.shared.PerformanceSource} and shows the
 * figures per unit and OPD per month or year — publicly at {@code /kinerja} and, one row per OPD, as the command
 * center's and the leadership's evaluation page {@code /kinerja/opd}. Every screen reads the same sources, so every
 * screen shows the same numbers. The module has no API of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kinerja")
package org.satukota.kinerja;
