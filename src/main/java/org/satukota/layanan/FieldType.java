package org.satukota.layanan;

/**
 * The type of an application form field. {@code NIK} is checked with the NIK rules; {@code ADDRESS} is a free
 * address text; {@code KELURAHAN} picks a kelurahan/desa unit of the city (the value is the unit id).
 */
public enum FieldType {
	TEXT, TEXTAREA, NUMBER, DATE, CHOICE, NIK, ADDRESS, KELURAHAN
}
