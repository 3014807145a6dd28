/**
 * Applications (permohonan) for administrative services, end to end: a citizen fills the form of a service version,
 * uploads the requirements and submits (idempotently); staff of the issuing unit verify, return for correction,
 * reject, inspect, confirm komitmen and finally approve, which issues the signed document. Other modules read a
 * citizen's applications through {@link org.satukota.permohonan.Applications} and listen to the decision events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Permohonan")
package org.satukota.permohonan;
