/**
 * Open data: datasets an OPD defines (typed columns), fills by form or CSV and publishes; public catalogue and
 * downloads, freshness by update frequency, a CKAN-compatible read API and a DCAT catalogue, and the platform's
 * live performance figures as datasets.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data terbuka")
package org.satukota.dataset;
