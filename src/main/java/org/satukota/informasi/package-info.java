/**
 * The public portal: the home page, news and announcements, the agenda, documents and regulations owned by OPDs,
 * the contacts directory with per-kecamatan emergency contacts, the site-wide search, and the freshness and link
 * checks that keep published content from going stale unnoticed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Informasi publik")
package org.satukota.informasi;
