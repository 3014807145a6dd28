package org.satukota.dataset.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;

import java.util.Locale;

/**
 * One thing wrong with an uploaded file or an entered row. {@code row} is the row number as a spreadsheet shows
 * it (the header is row 1, so the first data row is row 2; 0 for the file as a whole); {@code code} is a
 * message-bundle key whose arguments are the row, the column and then {@code args}.
 */
record Problem(int row, String column, String code, List<Object> args) {

	Problem {
		args = List.copyOf(args);
	}

	static Problem of(int row, String column, String code, Object... args) {
		return new Problem(row, column, code, List.of(args));
	}

	String message(MessageSource messages, Locale locale) {
		List<Object> all = new ArrayList<>();
		all.add(String.valueOf(row));
		all.add(column == null ? "" : column);
		all.addAll(args);
		return messages.getMessage(code, all.toArray(), code, locale);
	}
}
