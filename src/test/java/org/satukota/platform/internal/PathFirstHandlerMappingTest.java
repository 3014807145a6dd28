package org.satukota.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;

class PathFirstHandlerMappingTest {

	private final PathFirstHandlerMapping mapping = new PathFirstHandlerMapping();

	private final RequestMappingInfo apply = info("/warga/permohonan/baru/{code}", RequestMethod.POST);

	@Test
	void aPathThePatternDoesNotMatchIsRuledOutWithoutTheFullCheck() {
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/staf/pengaduan/123/disposisi"))).isNull();
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/baru"))).isNull();
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/baru/a/b"))).isNull();
	}

	@Test
	void aPathThatMatchesGetsSpringsFullCheckMethodIncluded() {
		RequestMappingInfo matched = mapping.getMatchingMapping(apply,
				request("POST", "/warga/permohonan/baru/sk-domisili"));
		assertThat(matched).isNotNull();
		assertThat(matched.getPathPatternsCondition().getPatterns()).hasSize(1);
		assertThat(mapping.getMatchingMapping(apply, request("GET", "/warga/permohonan/baru/sk-domisili"))).isNull();
	}

	@Test
	void percentEncodedPathsAreComparedDecodedAsSpringDoes() {
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/b%61ru/sk-domisili")))
			.isNotNull();
	}

	@Test
	void theOutcomeIsSpringsOwnForEveryMappingAndPath() {
		SpringsOwn plain = new SpringsOwn();
		List<RequestMappingInfo> infos = List.of(apply, info("/staf/pengaduan/{id}", RequestMethod.GET),
				info("/staf/pengaduan/{id}/disposisi", RequestMethod.POST), info("/", RequestMethod.GET),
				info("/css/**", RequestMethod.GET), RequestMappingInfo.paths().methods(RequestMethod.GET).build());
		for (RequestMappingInfo info : infos) {
			for (String path : List.of("/", "/staf/pengaduan/9", "/staf/pengaduan/9/disposisi", "/css/a/b.css",
					"/warga/permohonan/baru/x", "/staf/pengaduan/9/")) {
				for (String method : List.of("GET", "POST")) {
					assertThat(mapping.getMatchingMapping(info, request(method, path)))
						.as("%s %s against %s", method, path, info)
						.isEqualTo(plain.getMatchingMapping(info, request(method, path)));
				}
			}
		}
	}

	@Test
	void aWholeLookupFindsTheHandlerOfItsOwnRequestsPathAndLeavesNothingForTheNextLookup() throws Exception {
		Handlers handlers = new Handlers();
		Method detail = Handlers.class.getDeclaredMethod("detail");
		Method dispose = Handlers.class.getDeclaredMethod("dispose");
		mapping.registerMapping(info("/staf/pengaduan/{id}", RequestMethod.GET), handlers, detail);
		mapping.registerMapping(info("/staf/pengaduan/{id}/disposisi", RequestMethod.POST), handlers, dispose);

		assertThat(mapping.getHandlerInternal(request("GET", "/staf/pengaduan/9")).getMethod()).isEqualTo(detail);
		assertThat(mapping.getHandlerInternal(request("POST", "/staf/pengaduan/9/disposisi")).getMethod())
			.isEqualTo(dispose);
		assertThat(mapping.getHandlerInternal(request("GET", "/staf/antrean/9"))).isNull();
		// Outside a lookup, the path comes from the request at hand again.
		assertThat(mapping.getMatchingMapping(apply, request("POST", "/warga/permohonan/baru/sk-domisili")))
			.isNotNull();
	}

	@Test
	void aLookupFindsWhatSpringMvcFindsForEveryPathAndMethodIncludingNoMatchAndCompetingPatterns() throws Exception {
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		Handlers handlers = new Handlers();
		for (RequestMappingHandlerMapping each : List.of(mapping, plain)) {
			each.registerMapping(info("/staf/pengaduan/{id}", RequestMethod.GET), handlers, handler("detail"));
			each.registerMapping(info("/staf/pengaduan/{id}/disposisi", RequestMethod.POST), handlers,
					handler("dispose"));
			each.registerMapping(info("/staf/pengaduan/antrean", RequestMethod.GET), handlers, handler("queue"));
			each.registerMapping(info("/staf/pengaduan/a{x}", RequestMethod.GET), handlers, handler("prefixed"));
			each.registerMapping(info("/warga/pengaduan/baru", RequestMethod.GET), handlers, handler("form"));
			each.registerMapping(info("/warga/pengaduan/{number}", RequestMethod.GET), handlers, handler("status"));
			each.registerMapping(info("/{slug}", RequestMethod.GET), handlers, handler("page"));
			each.registerMapping(info("/", RequestMethod.GET), handlers, handler("home"));
			each.registerMapping(info("/css/**", RequestMethod.GET), handlers, handler("css"));
		}
		for (String path : List.of("/", "/staf/pengaduan/9", "/staf/pengaduan/9/disposisi", "/staf/pengaduan/antrean",
				"/staf/pengaduan/abc", "/warga/pengaduan/baru", "/warga/pengaduan/ADU-1", "/warga", "/staf",
				"/css/a/b.css", "/st%61f/pengaduan/9", "/staf;v=1/pengaduan/9", "/tidak/ada", "//staf/pengaduan/9",
				"/staf/pengaduan/9/")) {
			for (String method : List.of("GET", "POST")) {
				assertThat(outcome(mapping, method, path)).as("%s %s", method, path)
					.isEqualTo(outcome(plain, method, path));
			}
		}
		assertThat(outcome(mapping, "GET", "/staf/pengaduan/antrean")).isEqualTo("queue");
		assertThat(outcome(mapping, "GET", "/staf")).isEqualTo("page");
		assertThat(outcome(mapping, "POST", "/staf/pengaduan/9")).isEqualTo("HttpRequestMethodNotSupportedException");
	}

	@Test
	void aLookupGoesThroughTheMappingsAlongItsPathAndThoseThatMatchAnyPath() throws Exception {
		Handlers handlers = new Handlers();
		RequestMappingInfo detail = info("/staf/pengaduan/{id}", RequestMethod.GET);
		RequestMappingInfo queue = info("/staf/antrean", RequestMethod.GET);
		RequestMappingInfo staff = info("/staf/**", RequestMethod.GET);
		RequestMappingInfo form = info("/warga/pengaduan/baru", RequestMethod.GET);
		RequestMappingInfo page = info("/{slug}", RequestMethod.GET);
		mapping.registerMapping(detail, handlers, handler("detail"));
		mapping.registerMapping(queue, handlers, handler("queue"));
		mapping.registerMapping(staff, handlers, handler("css"));
		mapping.registerMapping(form, handlers, handler("form"));
		mapping.registerMapping(page, handlers, handler("page"));

		PathFirstHandlerMapping.MappingsByLiteralPrefix grouped = PathFirstHandlerMapping.MappingsByLiteralPrefix
			.of(mapping.getHandlerMethods());

		assertThat(grouped.candidates(PathContainer.parsePath("/staf/pengaduan/9")))
			.extracting(PathFirstHandlerMapping.MappingsByLiteralPrefix.Candidate::mapping)
			.containsExactlyInAnyOrder(detail, staff, page);
		assertThat(grouped.candidates(PathContainer.parsePath("/staf/antrean")))
			.extracting(PathFirstHandlerMapping.MappingsByLiteralPrefix.Candidate::mapping)
			.containsExactlyInAnyOrder(queue, staff, page);
		assertThat(grouped.candidates(PathContainer.parsePath("/lain")))
			.extracting(PathFirstHandlerMapping.MappingsByLiteralPrefix.Candidate::mapping)
			.containsExactly(page);
	}

	@Test
	void aMappingRegisteredAfterTheFirstLookupIsFoundByTheNext() throws Exception {
		Handlers handlers = new Handlers();
		mapping.registerMapping(info("/staf/pengaduan/{id}", RequestMethod.GET), handlers, handler("detail"));
		assertThat(outcome(mapping, "GET", "/warga/pengaduan/ADU-1")).isEqualTo("null");

		mapping.registerMapping(info("/warga/pengaduan/{number}", RequestMethod.GET), handlers, handler("status"));
		assertThat(outcome(mapping, "GET", "/warga/pengaduan/ADU-1")).isEqualTo("status");

		mapping.unregisterMapping(info("/warga/pengaduan/{number}", RequestMethod.GET));
		assertThat(outcome(mapping, "GET", "/warga/pengaduan/ADU-1")).isEqualTo("null");
	}

	/** The handler's method name, "null" when none, or the exception's simple name. */
	private static String outcome(RequestMappingHandlerMapping lookup, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = lookup.getHandler(request);
			return chain == null ? "null" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private static Method handler(String name) throws NoSuchMethodException {
		return Handlers.class.getDeclaredMethod(name);
	}

	/** Handlers to look up. */
	static final class Handlers {

		void detail() {
		}

		void dispose() {
		}

		void queue() {
		}

		void prefixed() {
		}

		void form() {
		}

		void status() {
		}

		void page() {
		}

		void home() {
		}

		void css() {
		}
	}

	/** Spring MVC's mapping as it comes. */
	private static final class SpringsOwn extends RequestMappingHandlerMapping {

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			return super.getMatchingMapping(info, request);
		}
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
