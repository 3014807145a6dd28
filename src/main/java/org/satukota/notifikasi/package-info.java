/**
 * Notifications to citizens and staff: one {@link org.satukota.notifikasi.Notifications} service that every module
 * uses. Messages are rendered from templates, stored in an outbox in the caller's transaction and delivered later
 * by a scheduled dispatcher through a {@link org.satukota.notifikasi.NotificationChannel}; without a configured
 * channel (a demo without SMTP) they stay in the outbox for administrators to read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifikasi")
package org.satukota.notifikasi;
