package org.satukota.calendar.internal;

import org.satukota.calendar.HolidayAdded;
import org.satukota.calendar.HolidayDeactivated;
import org.satukota.calendar.HolidayReactivated;
import org.satukota.calendar.WorkingCalendar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Reloads this node's calendar right after an admin's change commits, so the next deadline computed here does
 * not pay for the reload. Other nodes notice the new revision on their next call.
 */
@Component
class CalendarRefresher {

	private final WorkingCalendar calendar;

	CalendarRefresher(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	@TransactionalEventListener
	void on(HolidayAdded event) {
		calendar.snapshot();
	}

	@TransactionalEventListener
	void on(HolidayDeactivated event) {
		calendar.snapshot();
	}

	@TransactionalEventListener
	void on(HolidayReactivated event) {
		calendar.snapshot();
	}
}
