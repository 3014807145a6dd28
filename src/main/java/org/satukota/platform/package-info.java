/**
 * Runtime infrastructure: the database (embedded PostgreSQL unless one is configured), the clock, web and
 * security configuration and error rendering. Other modules do not depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.satukota.platform;
