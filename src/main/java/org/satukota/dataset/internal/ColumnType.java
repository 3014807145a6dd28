package org.satukota.dataset.internal;

/** What a dataset column holds; decides how a cell is checked and how it is written to JSON. */
enum ColumnType {
	TEXT, INTEGER, DECIMAL, DATE, CHOICE;

	public boolean numeric() {
		return this == INTEGER || this == DECIMAL;
	}
}
