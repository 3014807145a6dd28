package org.satukota.pengaduan.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The deadlines in working days, configurable per city (SP4N-LAPOR! defaults): verification 3, OPD follow-up 5,
 * reporter's reply 10 (then the report closes), the window in which a reporter may reopen, the working days after
 * a missed deadline at which the second escalation level is reached, and when a deadline counts as "due soon".
 */
@Component
class Budgets {

	final int verification;

	final int opdFollowUp;

	final int reporterReply;

	final int reopenWindow;

	final int secondEscalationAfter;

	final int dueSoon;

	Budgets(@Value("${satukota.pengaduan.verification-days:3}") int verification,
			@Value("${satukota.pengaduan.opd-days:5}") int opdFollowUp,
			@Value("${satukota.pengaduan.reporter-days:10}") int reporterReply,
			@Value("${satukota.pengaduan.reopen-days:10}") int reopenWindow,
			@Value("${satukota.pengaduan.second-escalation-days:2}") int secondEscalationAfter,
			@Value("${satukota.pengaduan.due-soon-days:1}") int dueSoon) {
		this.verification = verification;
		this.opdFollowUp = opdFollowUp;
		this.reporterReply = reporterReply;
		this.reopenWindow = reopenWindow;
		this.secondEscalationAfter = secondEscalationAfter;
		this.dueSoon = dueSoon;
	}

	static Budgets defaults() {
		return new Budgets(3, 5, 10, 10, 2, 1);
	}
}
