package org.satukota.survei;

/**
 * An invitation to answer the IKM survey once.
 *
 * @param token the unguessable token in the link
 * @param path the survey page on this platform, {@code /ikm/isi/{token}}
 * @param answered whether the survey was already answered
 */
public record SurveyInvitation(String token, String path, boolean answered) {
}
