/**
 * Complaints, aspirations and information requests (pengaduan): submission, verification and disposition to OPDs,
 * follow-up against working-day deadlines, escalation, the public side and the figures per OPD.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pengaduan")
package org.satukota.pengaduan;
