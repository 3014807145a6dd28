package org.satukota.antrean.internal;

/** Where a booking stands; all but {@link #DIBATALKAN} count against the day's quota. */
enum AppointmentStatus {
	/** Booked, waiting to be called. */
	MENUNGGU,
	/** Called to the counter. */
	DIPANGGIL,
	/** Served. */
	SELESAI,
	/** Called but did not come. */
	TIDAK_HADIR,
	/** Cancelled by the citizen before the day. */
	DIBATALKAN
}
