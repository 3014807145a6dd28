/**
 * The working-day calendar: which days the city's offices are open (Monday–Friday minus national holidays,
 * cuti bersama and the region's own holidays), in the city's time zone, and the arithmetic every deadline in
 * hari kerja is computed with ({@link org.satukota.calendar.WorkingCalendar},
 * {@link org.satukota.calendar.SlaClock}). Holidays are data an admin edits, seeded from the national list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Kalender hari kerja")
package org.satukota.calendar;
