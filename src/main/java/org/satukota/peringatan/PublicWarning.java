package org.satukota.peringatan;

import java.time.Instant;

/**
 * A public warning as the portal shows it.
 *
 * @param identifier the CAP identifier
 * @param event what is happening (CAP {@code event}), e.g. "Banjir"
 * @param headline one line for the public
 * @param severity CAP severity: Extreme, Severe, Moderate, Minor or Unknown
 * @param urgency CAP urgency: Immediate, Expected, Future, Past or Unknown
 * @param areaDescription the affected area in words
 * @param instruction what people should do; may be {@code null}
 * @param sent when it was published
 * @param expires when it stops being in force
 * @param path the public page of the warning on this platform, e.g. {@code /peringatan/{identifier}}
 */
public record PublicWarning(String identifier, String event, String headline, String severity, String urgency,
		String areaDescription, String instruction, Instant sent, Instant expires, String path) {
}
