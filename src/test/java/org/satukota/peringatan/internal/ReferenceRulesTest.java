package org.satukota.peringatan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.satukota.shared.PolicyViolation;

class ReferenceRulesTest {

	static final ReferenceRules.Published ALERT = new ReferenceRules.Published("A", "kota", "2026-11-22T10:00:00+07:00",
			"Alert");

	static final ReferenceRules.Published UPDATE = new ReferenceRules.Published("B", "kota",
			"2026-11-22T11:00:00+07:00", "Update");

	static final ReferenceRules.Published CANCEL = new ReferenceRules.Published("C", "kota",
			"2026-11-22T12:00:00+07:00", "Cancel");

	@Test
	void anUpdateOfAnAlertReferencesTheAlert() {
		assertThat(ReferenceRules.referencesFor(List.of(ALERT), "A"))
			.containsExactly(new Cap.Reference("kota", "A", "2026-11-22T10:00:00+07:00"));
	}

	@Test
	void aMessageFollowingAnUpdateReferencesTheWholeChainOldestFirst() {
		assertThat(ReferenceRules.referencesFor(List.of(ALERT, UPDATE), "B")).extracting(Cap.Reference::toCap)
			.containsExactly("kota,A,2026-11-22T10:00:00+07:00", "kota,B,2026-11-22T11:00:00+07:00");
	}

	@Test
	void aSupersededMessageCannotBeFollowedSoTheChainNeverForks() {
		assertThatThrownBy(() -> ReferenceRules.referencesFor(List.of(ALERT, UPDATE), "A"))
			.isInstanceOfSatisfying(PolicyViolation.class, v -> assertThat(v.code()).isEqualTo("peringatan.not-latest"));
	}

	@Test
	void aCancelledWarningCanNeitherBeUpdatedNorCancelledAgain() {
		assertThatThrownBy(() -> ReferenceRules.referencesFor(List.of(ALERT, UPDATE, CANCEL), "C"))
			.isInstanceOfSatisfying(PolicyViolation.class,
					v -> assertThat(v.code()).isEqualTo("peringatan.already-cancelled"));
		assertThatThrownBy(() -> ReferenceRules.referencesFor(List.of(ALERT, UPDATE, CANCEL), "B"))
			.isInstanceOfSatisfying(PolicyViolation.class,
					v -> assertThat(v.code()).isEqualTo("peringatan.already-cancelled"));
	}

	@Test
	void onlyPublishedMessagesCanBeFollowed() {
		assertThatThrownBy(() -> ReferenceRules.referencesFor(List.of(), "X"))
			.isInstanceOfSatisfying(PolicyViolation.class, v -> assertThat(v.code()).isEqualTo("peringatan.not-found"));
		assertThatThrownBy(() -> ReferenceRules.referencesFor(List.of(ALERT), "X"))
			.isInstanceOfSatisfying(PolicyViolation.class, v -> assertThat(v.code()).isEqualTo("peringatan.not-found"));
	}

	@Test
	void referencesParseBackFromTheirCapText() {
		assertThat(Cap.Reference.parseAll("kota,A,2026-11-22T10:00:00+07:00  kota,B,2026-11-22T11:00:00+07:00"))
			.extracting(Cap.Reference::identifier)
			.containsExactly("A", "B");
	}
}
