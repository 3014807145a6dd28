package org.satukota.layanan;

import org.satukota.account.Role;

/** One step of a service's workflow: which role acts (in the issuing unit) and its deadline in working days. */
public record WorkflowStep(String key, String label, StepKind kind, Role actingRole, int deadlineWorkingDays) {
}
