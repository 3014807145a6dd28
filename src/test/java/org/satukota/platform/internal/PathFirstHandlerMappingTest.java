package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

class PrefixCheckedHandlerMappingTest {

	private final PrefixCheckedHandlerMapping mapping = new PrefixCheckedHandlerMapping();

	private final RequestMappingInfo apply = info("/warga/permohonan/baru/{code}", RequestMethod.POST);

	@Test
	void theLiteralBeginningOfAPatternEndsAtItsFirstVariableOrWildcard() {
		assertThat(PrefixCheckedHandlerMapping.literalBeginning("/warga/permohonan/baru/{code}"))
			.isEqualTo("/warga/permohonan/baru/");
		assertThat(PrefixCheckedHandlerMapping.literalBeginning("/css/**")).isEqualTo("/css/");
		assertThat(PrefixCheckedHandlerMapping.literalBeginning("/f?o")).isEqualTo("/f");
		assertThat(PrefixCheckedHandlerMapping.literalBeginning("/masuk")).isEqualTo("/masuk");
	}

	@Test
	void aPathThatDoesNotStartWithThePatternsBeginningIsRuledOutWithoutTheFullCheck() {
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/staf/pengaduan/123/disposisi"))).isNull();
	}

	@Test
	void aPathThatMayMatchGetsSpringsFullCheckMethodIncluded() {
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/baru/sk-domisili"))).isNotNull();
		assertThat(mapping.getMatchingMapping(apply, request("GET", "/warga/permohonan/baru/sk-domisili"))).isNull();
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/baru"))).isNull();
	}

	@Test
	void percentEncodedPathsAreLeftToTheFullCheck() {
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/b%61ru/sk-domisili")))
			.isNotNull();
	}

	private static RequestMappingInfo info(String pattern, RequestMethod method) {
		RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
		options.setPatternParser(new PathPatternParser());
		return RequestMappingInfo.paths(pattern).methods(method).options(options).build();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}
}
