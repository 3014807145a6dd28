/**
 * The community satisfaction survey (Indeks Kepuasan Masyarakat, IKM): the nine elements, invitations after each
 * completed application and closed complaint, kiosk pages and the IKM results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Survei Kepuasan (IKM)")
package org.satukota.survei;
