package org.satukota.layanan;

/**
 * What happens at a workflow step: check the application and its requirements, inspect on site, record the
 * conditions (komitmen) the applicant must fulfil, or approve and sign the document (always the last step).
 */
public enum StepKind {
	VERIFY, INSPECT, KOMITMEN, APPROVE_AND_SIGN
}
