package org.satukota.directory.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code satukota.city.*}: the Kemendagri code of the city this installation serves and, optionally, the mail
 * domain of its offices (derived from the city's name when not set).
 */
@ConfigurationProperties("satukota.city")
record CityProperties(@DefaultValue("16.71") String code, String emailDomain) {
}
