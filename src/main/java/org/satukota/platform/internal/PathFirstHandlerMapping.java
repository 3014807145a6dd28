package org.satukota.platform.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method for a request like Spring MVC's own mapping, but looks only at the mappings that can
 * match the request's path.
 *
 * <p>Why: a path with a variable ({@code /staf/pengaduan/{id}/disposisi}) has no direct match, so Spring MVC checks
 * all of the platform's ~280 mappings, each through half a dozen request wrappers. Two steps make that cheap:
 * <ul>
 * <li>The mappings are grouped by the first segment of their path patterns ({@code staf}, {@code warga}, …), so a
 * lookup goes through the group of its own first segment and the few mappings whose first segment is a variable or
 * wildcard. When exactly one of those matches, it is the handler: every other mapping's path cannot match.
 * Otherwise (none, or several to rank) Spring MVC's own lookup decides, so 404, 405, 415 and the ranking of
 * competing patterns stay exactly Spring's.</li>
 * <li>Each mapping's path is compared first; a mapping whose path matches gets Spring MVC's full check (method,
 * parameters, headers, media types) as before.</li>
 * </ul>
 * The request's path is read once per lookup, not once per mapping.
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** The path of the request being looked up, read from the request once instead of once per mapping. */
	private static final ThreadLocal<PathContainer> LOOKUP_PATH = new ThreadLocal<>();

	/** Built at the first lookup after the mappings changed. */
	private volatile MappingsByFirstSegment byFirstSegment;

	@Override
	protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
		PathContainer path = parsedPath(request);
		if (path == null) {
			return super.getHandlerInternal(request);
		}
		LOOKUP_PATH.set(path);
		try {
			return super.getHandlerInternal(request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		PathContainer path = LOOKUP_PATH.get();
		MappingsByFirstSegment mappings = path == null ? null : mappingsByFirstSegment();
		if (mappings == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo matched = null;
		HandlerMethod handler = null;
		for (MappingsByFirstSegment.Candidate candidate : mappings.candidates(path)) {
			RequestMappingInfo match = getMatchingMapping(candidate.mapping(), request);
			if (match != null) {
				if (matched != null) {
					return super.lookupHandlerMethod(lookupPath, request);
				}
				matched = match;
				handler = candidate.handler();
			}
		}
		if (matched == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
		handleMatch(matched, lookupPath, request);
		return handler;
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition != null && !condition.getPatterns().isEmpty()) {
			PathContainer path = LOOKUP_PATH.get();
			if (path == null) {
				path = parsedPath(request);
			}
			if (path != null && !anyMatches(condition, path)) {
				return null;
			}
		}
		return super.getMatchingMapping(info, request);
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		byFirstSegment = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		byFirstSegment = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		byFirstSegment = null;
	}

	private MappingsByFirstSegment mappingsByFirstSegment() {
		MappingsByFirstSegment current = byFirstSegment;
		if (current == null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
			current = MappingsByFirstSegment.of(getHandlerMethods());
			byFirstSegment = current;
		}
		return current;
	}

	private static PathContainer parsedPath(HttpServletRequest request) {
		return ServletRequestPathUtils.hasParsedRequestPath(request)
				? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication() : null;
	}

	private static boolean anyMatches(PathPatternsRequestCondition condition, PathContainer path) {
		for (PathPattern pattern : condition.getPatterns()) {
			if (pattern.matches(path)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The mappings grouped by the literal first segment of their path patterns; a mapping with a pattern that
	 * starts with a variable or wildcard (or has no path pattern) is a candidate for every path.
	 */
	static final class MappingsByFirstSegment {

		record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
		}

		private final Map<String, List<Candidate>> groups;

		private final List<Candidate> anyPath;

		private MappingsByFirstSegment(Map<String, List<Candidate>> groups, List<Candidate> anyPath) {
			this.groups = groups;
			this.anyPath = anyPath;
		}

		static MappingsByFirstSegment of(Map<RequestMappingInfo, HandlerMethod> handlers) {
			Map<String, Set<Candidate>> grouped = new HashMap<>();
			List<Candidate> anyPath = new ArrayList<>();
			handlers.forEach((mapping, handler) -> {
				Candidate candidate = new Candidate(mapping, handler);
				Set<String> firstSegments = literalFirstSegments(mapping);
				if (firstSegments == null) {
					anyPath.add(candidate);
				}
				else {
					firstSegments.forEach(
							segment -> grouped.computeIfAbsent(segment, key -> new LinkedHashSet<>()).add(candidate));
				}
			});
			Map<String, List<Candidate>> groups = new HashMap<>();
			grouped.forEach((segment, candidates) -> {
				List<Candidate> all = new ArrayList<>(candidates);
				all.addAll(anyPath);
				groups.put(segment, List.copyOf(all));
			});
			return new MappingsByFirstSegment(groups, List.copyOf(anyPath));
		}

		/** Every mapping whose path patterns could match {@code path}, and maybe a few more. */
		List<Candidate> candidates(PathContainer path) {
			return groups.getOrDefault(firstSegment(path), anyPath);
		}

		/** Null when some pattern of the mapping can match more than one first segment. */
		private static Set<String> literalFirstSegments(RequestMappingInfo mapping) {
			PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
			if (condition == null || condition.getPatterns().isEmpty()) {
				return null;
			}
			Set<String> segments = new LinkedHashSet<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String text = pattern.getPatternString();
				if (!text.startsWith("/")) {
					return null;
				}
				int end = text.indexOf('/', 1);
				String first = end < 0 ? text.substring(1) : text.substring(1, end);
				if (first.isEmpty() || first.indexOf('{') >= 0 || first.indexOf('*') >= 0 || first.indexOf('?') >= 0) {
					return null;
				}
				segments.add(first);
			}
			return segments;
		}

		/** The request's first path segment as patterns compare it: decoded, without matrix variables. */
		private static String firstSegment(PathContainer path) {
			for (PathContainer.Element element : path.elements()) {
				if (element instanceof PathContainer.PathSegment segment) {
					return segment.valueToMatch();
				}
			}
			return "";
		}
	}
}
