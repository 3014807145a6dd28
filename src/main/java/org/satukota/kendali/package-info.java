/**
 * Pusat Kendali 112: call intake, incidents, multi-agency dispatch, unit status, response KPIs, the live wall and
 * CAP 1.2 public warnings.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pusat Kendali 112")
package org.satukota.kendali;
