package org.satukota.notifikasi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A message to send: to whom, over which channel, which template and the values it is filled with.
 * @param channel how to deliver it
 * @param recipient an email address for {@link Channel#EMAIL}, a phone number (e.g. {@code +6281234567890}) for the
 *     others
 * @param template the template key, e.g. {@code akun-terdaftar} (see {@code templates/notifikasi/mail/})
 * @param values the template's values by name (names are letters and digits, e.g. {@code namaPengguna})
 * @param locale the language to render in; {@code null} means Bahasa Indonesia
 */
public record Notification(Channel channel, String recipient, String template, Map<String, String> values,
		Locale locale) {

	/** The platform's default language. */
	public static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private static final Pattern TEMPLATE_KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern VALUE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{8,15}");

	public Notification {
		Objects.requireNonNull(channel, "channel");
		recipient = recipient == null ? "" : recipient.strip();
		if (!(channel == Channel.EMAIL ? EMAIL : PHONE).matcher(recipient).matches()) {
			throw new IllegalArgumentException("recipient is not a valid address for " + channel);
		}
		if (template == null || !TEMPLATE_KEY.matcher(template).matches()) {
			throw new IllegalArgumentException("template key must be lower-case words joined by '-': " + template);
		}
		Map<String, String> copy = new LinkedHashMap<>();
		if (values != null) {
			values.forEach((name, value) -> {
				if (name == null || !VALUE_NAME.matcher(name).matches()) {
					throw new IllegalArgumentException("template value names are letters and digits: " + name);
				}
				copy.put(name, value == null ? "" : value);
			});
		}
		values = Collections.unmodifiableMap(copy);
		locale = locale == null ? INDONESIAN : locale;
	}

	/** An email in Bahasa Indonesia. */
	public static Notification email(String address, String template, Map<String, String> values) {
		return new Notification(Channel.EMAIL, address, template, values, INDONESIAN);
	}

	/** The same message in another language (falls back to Bahasa Indonesia where no translation exists). */
	public Notification in(Locale locale) {
		return new Notification(channel, recipient, template, values, locale);
	}

	/** Whether {@code address} would be accepted as an email recipient. */
	public static boolean isEmailAddress(String address) {
		return address != null && EMAIL.matcher(address.strip()).matches();
	}
}
