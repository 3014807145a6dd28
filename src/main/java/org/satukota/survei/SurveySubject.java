package org.satukota.survei;

/**
 * What a survey is about.
 *
 * @param kind {@code permohonan} or {@code pengaduan}
 * @param subjectId the application's or complaint's identifier
 * @param unitId the unit that delivered the service (results are reported per unit and per OPD above it)
 * @param serviceKey the service type code or complaint category code (results are reported per service)
 * @param serviceName the service's name as the respondent knows it
 */
public record SurveySubject(String kind, String subjectId, long unitId, String serviceKey, String serviceName) {
}
