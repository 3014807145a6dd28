package org.satukota.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method for a request like Spring MVC's own mapping, but skips at once the mappings whose
 * patterns cannot match because the request path does not start with their literal beginning.
 *
 * <p>Why: a path with a variable ({@code /warga/permohonan/baru/sk-domisili}) has no direct match, so Spring MVC
 * checks all of the platform's ~280 mappings in full (method, headers, media types, pattern) through half a dozen
 * request wrappers; that was about a tenth of the CPU of every request. A string prefix comparison rules out nearly
 * all of them; the few that remain are checked by Spring MVC as before, so the outcome is the same.
 */
class PrefixCheckedHandlerMapping extends RequestMappingHandlerMapping {

	private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			return super.getMatchingMapping(info, request);
		}
		String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
		// Percent-encoded characters are compared decoded by the patterns: leave such paths to the full check.
		if (path.indexOf('%') < 0 && !mayMatch(prefixes.computeIfAbsent(info, PrefixCheckedHandlerMapping::prefixesOf),
				path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	private static boolean mayMatch(String[] literalBeginnings, String path) {
		if (literalBeginnings == null) {
			return true;
		}
		for (String beginning : literalBeginnings) {
			if (path.startsWith(beginning)) {
				return true;
			}
		}
		return false;
	}

	/** The literal beginning of each pattern (up to its first variable or wildcard); null when not known. */
	static String[] prefixesOf(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return null;
		}
		List<String> beginnings = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			beginnings.add(literalBeginning(pattern.getPatternString()));
		}
		return beginnings.toArray(String[]::new);
	}

	static String literalBeginning(String pattern) {
		int end = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' || c == '*' || c == '?' || c == '\\') {
				end = i;
				break;
			}
		}
		return pattern.substring(0, end);
	}
}
