package org.satukota.directory.internal;

import java.time.Instant;

import org.satukota.directory.UnitType;
import org.satukota.directory.UnitView;
import org.satukota.shared.PolicyViolation;

/**
 * One unit of the city government. Its type, code and place in the tree never change once created (other modules
 * keep its id); its contact details may, and it can be retired and reactivated but never deleted.
 */
final class Unit {

	private final Long id;

	private final String cityCode;

	private final Long parentId;

	private final UnitType type;

	private final String code;

	private UnitDetails details;

	private boolean active;

	private Instant retiredAt;

	private String retiredReason;

	private final Instant createdAt;

	private Instant updatedAt;

	Unit(Long id, String cityCode, Long parentId, UnitType type, String code, UnitDetails details, boolean active,
			Instant retiredAt, String retiredReason, Instant createdAt, Instant updatedAt) {
		this.id = id;
		this.cityCode = cityCode;
		this.parentId = parentId;
		this.type = type;
		this.code = code;
		this.details = details;
		this.active = active;
		this.retiredAt = retiredAt;
		this.retiredReason = retiredReason;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
	}

	static Unit create(String cityCode, Unit parent, UnitType type, String code, UnitDetails details, Instant now) {
		return new Unit(null, cityCode, parent.id(), type, code, details, true, null, null, now, now);
	}

	void changeDetails(UnitDetails newDetails, Instant now) {
		this.details = newDetails;
		this.updatedAt = now;
	}

	void retire(String reason, Instant now) {
		if (type == UnitType.KOTA) {
			throw new PolicyViolation("directory.city-cannot-be-retired");
		}
		if (!active) {
			throw new PolicyViolation("directory.unit-already-retired", details.name());
		}
		this.active = false;
		this.retiredAt = now;
		this.retiredReason = reason;
		this.updatedAt = now;
	}

	void reactivate(Instant now) {
		if (active) {
			throw new PolicyViolation("directory.unit-not-retired", details.name());
		}
		this.active = true;
		this.retiredAt = null;
		this.retiredReason = null;
		this.updatedAt = now;
	}

	UnitView view() {
		return new UnitView(id, parentId, type, code, details.name(), details.address(), details.phone(),
				details.email(), details.openingHours(), active);
	}

	Long id() {
		return id;
	}

	String cityCode() {
		return cityCode;
	}

	Long parentId() {
		return parentId;
	}

	UnitType type() {
		return type;
	}

	String code() {
		return code;
	}

	UnitDetails details() {
		return details;
	}

	String name() {
		return details.name();
	}

	boolean active() {
		return active;
	}

	Instant retiredAt() {
		return retiredAt;
	}

	String retiredReason() {
		return retiredReason;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	/** The editable part of a unit. */
	record UnitDetails(String name, String address, String phone, String email, String openingHours) {
	}
}
