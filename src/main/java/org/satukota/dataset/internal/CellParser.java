package org.satukota.dataset.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one entered or uploaded value against its column and turns it into the stored form: integers as
 * {@code Long}, decimals as {@code BigDecimal}, dates as ISO text, choices as the allowed value as defined.
 * Indonesian habits are accepted: {@code 12.500} for an integer, {@code 12,5} for a decimal, {@code 31/05/2026}
 * for a date.
 */
final class CellParser {

	static final int MAX_TEXT = 2000;

	private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");

	private static final Pattern GROUPED_INTEGER = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+");

	private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d+([.,]\\d+)?");

	private static final Pattern GROUPED_DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d{3})+,\\d+");

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	private static final Pattern LOCAL_DATE = Pattern.compile("(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})");

	/** A parsed value, or the code of what is wrong with it ({@code value} is null for an empty optional cell). */
	record Result(Object value, String problem, Object detail) {

		static Result ok(Object value) {
			return new Result(value, null, null);
		}

		static Result wrong(String problem) {
			return new Result(null, problem, null);
		}

		static Result wrong(String problem, Object detail) {
			return new Result(null, problem, detail);
		}

		boolean failed() {
			return problem != null;
		}
	}

	private CellParser() {
	}

	static Result parse(ColumnSpec column, String raw) {
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return column.required() ? Result.wrong("required") : Result.ok(null);
		}
		return switch (column.type()) {
			case TEXT -> value.length() > MAX_TEXT ? Result.wrong("too-long", MAX_TEXT) : Result.ok(value);
			case INTEGER -> integer(value);
			case DECIMAL -> decimal(value);
			case DATE -> date(value);
			case CHOICE -> column.allowed(value)
				.map(Result::ok)
				.orElseGet(() -> Result.wrong("not-allowed", String.join(", ", column.allowedValues())));
		};
	}

	private static Result integer(String value) {
		String digits = value;
		if (GROUPED_INTEGER.matcher(value).matches()) {
			digits = value.replace(".", "");
		}
		else if (!INTEGER.matcher(value).matches()) {
			return Result.wrong(DECIMAL.matcher(value).matches() ? "not-an-integer" : "not-a-number");
		}
		try {
			return Result.ok(Long.parseLong(digits.startsWith("+") ? digits.substring(1) : digits));
		}
		catch (NumberFormatException tooLarge) {
			return Result.wrong("not-a-number");
		}
	}

	private static Result decimal(String value) {
		String normal;
		if (GROUPED_DECIMAL.matcher(value).matches()) {
			normal = value.replace(".", "").replace(',', '.');
		}
		else if (DECIMAL.matcher(value).matches()) {
			normal = value.replace(',', '.');
		}
		else {
			return Result.wrong("not-a-number");
		}
		return Result.ok(new BigDecimal(normal.startsWith("+") ? normal.substring(1) : normal));
	}

	private static Result date(String value) {
		try {
			Matcher iso = ISO_DATE.matcher(value);
			if (iso.matches()) {
				return Result.ok(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
						Integer.parseInt(iso.group(3))).toString());
			}
			Matcher local = LOCAL_DATE.matcher(value);
			if (local.matches()) {
				return Result.ok(LocalDate.of(Integer.parseInt(local.group(3)), Integer.parseInt(local.group(2)),
						Integer.parseInt(local.group(1))).toString());
			}
		}
		catch (DateTimeException impossible) {
			return Result.wrong("not-a-date");
		}
		return Result.wrong("not-a-date");
	}
}
