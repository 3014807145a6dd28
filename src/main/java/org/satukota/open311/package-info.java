/**
 * Open311 GeoReport v2: the open standard API through which FixMyStreet and other civic apps read the city's public
 * complaints and post new ones into the same flow as the web form. Talks to complaints only through
 * {@code org.satukota.pengaduan.Complaints} and {@code ComplaintCategories}; manages the API keys of its clients.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open311 GeoReport v2")
package org.satukota.open311;
