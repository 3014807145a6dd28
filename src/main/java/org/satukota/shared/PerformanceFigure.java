package org.satukota.shared;

/**
 * One measured figure of one unit over a period, as published in performance reports and on the command center.
 *
 * @param unitId the unit (OPD, kecamatan or kelurahan) the figure belongs to
 * @param measure a stable, module-prefixed key that is also the message-bundle key of its label, e.g.
 *        {@code permohonan.kinerja.tepat-waktu}
 * @param total how many items were counted (completed applications, answered complaints, incidents, …)
 * @param met how many of them met their target; {@code null} when the measure has no target
 * @param value a measured value when the figure is not a share (median minutes, IKM score, …); otherwise
 *        {@code null}
 * @param valueUnit what {@code value} is in: {@code minutes}, {@code hours}, {@code days}, {@code score}, or
 *        {@code null}
 */
public record PerformanceFigure(long unitId, String measure, long total, Long met, Double value, String valueUnit) {

	/** The share of {@code total} that met the target, 0–100, or {@code null} without a target or items. */
	public Double metPercent() {
		if (met == null || total == 0) {
			return null;
		}
		return 100.0 * met / total;
	}
}
