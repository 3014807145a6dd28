package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class RememberingAttributeReaderTest {

	private final AtomicInteger deserialized = new AtomicInteger();

	private final Converter<byte[], Object> counting = new Converter<>() {
		private final DeserializingConverter real = new DeserializingConverter();

		@Override
		public Object convert(byte[] source) {
			deserialized.incrementAndGet();
			return real.convert(source);
		}
	};

	private final RememberingAttributeReader reader = new RememberingAttributeReader(counting);

	@Test
	void theSameStoredBytesAreDeserializedOnceAndGiveAnEqualValue() {
		DefaultCsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "abc123");

		Object first = reader.convert(bytes(token));
		Object second = reader.convert(bytes(token));

		assertThat(deserialized).hasValue(1);
		assertThat(first).isInstanceOf(DefaultCsrfToken.class);
		assertThat(((DefaultCsrfToken) second).getToken()).isEqualTo("abc123");
	}

	@Test
	void differentBytesGiveTheirOwnValue() {
		assertThat(reader.convert(bytes("satu"))).isEqualTo("satu");
		assertThat(reader.convert(bytes("dua"))).isEqualTo("dua");
		assertThat(deserialized).hasValue(2);
	}

	@Test
	void eachReadGetsItsOwnSecurityContextSoSigningOutOneRequestLeavesTheOthersSignedIn() {
		SecurityContext stored = new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("warga-42",
				null, List.of(new SimpleGrantedAuthority("ROLE_WARGA"))));
		byte[] bytes = bytes(stored);

		SecurityContext signingOut = (SecurityContext) reader.convert(bytes);
		SecurityContext other = (SecurityContext) reader.convert(bytes);
		signingOut.setAuthentication(null);

		assertThat(deserialized).hasValue(1);
		assertThat(other).isNotSameAs(signingOut);
		assertThat(other.getAuthentication().getName()).isEqualTo("warga-42");
		assertThat(((SecurityContext) reader.convert(bytes)).getAuthentication().getName()).isEqualTo("warga-42");
	}

	@Test
	void aValueARequestCanChangeIsDeserializedOnEveryRead() {
		byte[] bytes = bytes(new ArrayList<>(List.of(1L, 2L)));

		@SuppressWarnings("unchecked")
		List<Long> first = (List<Long>) reader.convert(bytes);
		first.add(3L);

		assertThat(reader.convert(bytes)).isEqualTo(List.of(1L, 2L));
		assertThat(deserialized).hasValue(2);
	}

	@Test
	void theRememberedValuesStayBounded() {
		for (int i = 0; i < RememberingAttributeReader.MAX_REMEMBERED + 10; i++) {
			reader.convert(bytes("nilai-" + i));
		}
		assertThat(reader.rememberedCount()).isLessThanOrEqualTo(RememberingAttributeReader.MAX_REMEMBERED);
		assertThat(reader.convert(bytes("nilai-3"))).isEqualTo("nilai-3");
	}

	private static byte[] bytes(Object value) {
		return new SerializingConverter().convert(value);
	}
}
