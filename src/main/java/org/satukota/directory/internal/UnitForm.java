package org.satukota.directory.internal;

import org.satukota.directory.UnitType;

/** What the admin's unit form submits. Public with bean accessors because data binding and templates need them. */
public class UnitForm {

	private UnitType type;

	private Long parentId;

	private String code;

	private String name;

	private String address;

	private String phone;

	private String email;

	private String openingHours;

	public UnitForm() {
	}

	static UnitForm of(UnitRow unit) {
		UnitForm form = new UnitForm();
		form.type = unit.type();
		form.parentId = unit.parentId();
		form.code = unit.code();
		form.name = unit.name();
		form.address = unit.address();
		form.phone = unit.phone();
		form.email = unit.email();
		form.openingHours = unit.openingHours();
		return form;
	}

	Unit.UnitDetails details() {
		return new Unit.UnitDetails(name, address, phone, email, openingHours);
	}

	public UnitType getType() {
		return type;
	}

	public void setType(UnitType type) {
		this.type = type;
	}

	public Long getParentId() {
		return parentId;
	}

	public void setParentId(Long parentId) {
		this.parentId = parentId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getOpeningHours() {
		return openingHours;
	}

	public void setOpeningHours(String openingHours) {
		this.openingHours = openingHours;
	}
}
