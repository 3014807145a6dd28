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
 * <li>The mappings are kept in a tree of the literal leading segments of their path patterns ({@code staf} →
 * {@code pengaduan}), so a lookup goes through the mappings along its own path and the few whose pattern starts with
 * a variable or wildcard. When exactly one of those matches, it is the handler: every other mapping's path cannot
 * match. Otherwise (none, or several to rank) Spring MVC's own lookup decides, so 404, 405, 415 and the ranking of
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
	private volatile MappingsByLiteralPrefix byLiteralPrefix;

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
		MappingsByLiteralPrefix mappings = path == null ? null : mappingsByLiteralPrefix();
		if (mappings == null) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo matched = null;
		HandlerMethod handler = null;
		for (MappingsByLiteralPrefix.Candidate candidate : mappings.candidates(path)) {
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
		byLiteralPrefix = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		byLiteralPrefix = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		byLiteralPrefix = null;
	}

	private MappingsByLiteralPrefix mappingsByLiteralPrefix() {
		MappingsByLiteralPrefix current = byLiteralPrefix;
		if (current == null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
			current = MappingsByLiteralPrefix.of(getHandlerMethods());
			byLiteralPrefix = current;
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
	 * The mappings in a tree of the literal leading segments of their path patterns ({@code staf} → {@code pengaduan}
	 * for {@code /staf/pengaduan/{id}/disposisi}); a mapping with a pattern that starts with a variable or wildcard
	 * (or has no path pattern) is a candidate for every path.
	 */
	static final class MappingsByLiteralPrefix {

		record Candidate(RequestMappingInfo mapping, HandlerMethod handler) {
		}

		/** The mappings whose literal prefix ends here, and the longer prefixes below. */
		private static final class Node {

			private final Map<String, Node> children = new HashMap<>();

			private final Set<Candidate> here = new LinkedHashSet<>();

			private List<Candidate> ending = List.of();

			Node child(String segment) {
				return children.computeIfAbsent(segment, key -> new Node());
			}

			void freeze() {
				ending = List.copyOf(here);
				children.values().forEach(Node::freeze);
			}
		}

		private final Node root;

		private MappingsByLiteralPrefix(Node root) {
			this.root = root;
		}

		static MappingsByLiteralPrefix of(Map<RequestMappingInfo, HandlerMethod> handlers) {
			Node root = new Node();
			handlers.forEach((mapping, handler) -> {
				Candidate candidate = new Candidate(mapping, handler);
				PathPatternsRequestCondition condition = mapping.getPathPatternsCondition();
				if (condition == null || condition.getPatterns().isEmpty()) {
					root.here.add(candidate);
					return;
				}
				for (PathPattern pattern : condition.getPatterns()) {
					Node node = root;
					for (String segment : literalPrefix(pattern.getPatternString())) {
						node = node.child(segment);
					}
					node.here.add(candidate);
				}
			});
			root.freeze();
			return new MappingsByLiteralPrefix(root);
		}

		/** Every mapping whose path patterns could match {@code path}, and maybe a few more. */
		List<Candidate> candidates(PathContainer path) {
			List<Candidate> candidates = new ArrayList<>(root.ending);
			Node node = root;
			for (PathContainer.Element element : path.elements()) {
				if (element instanceof PathContainer.PathSegment segment) {
					node = node.children.get(segment.valueToMatch());
					if (node == null) {
						break;
					}
					candidates.addAll(node.ending);
				}
			}
			return candidates;
		}

		/**
		 * The leading segments of a pattern that match only themselves (no variable, wildcard or empty segment);
		 * patterns compare them with the request's decoded segments, as {@link #candidates} does.
		 */
		private static List<String> literalPrefix(String pattern) {
			List<String> literal = new ArrayList<>();
			if (!pattern.startsWith("/")) {
				return literal;
			}
			for (String segment : pattern.substring(1).split("/", -1)) {
				if (segment.isEmpty() || segment.indexOf('{') >= 0 || segment.indexOf('*') >= 0
						|| segment.indexOf('?') >= 0) {
					break;
				}
				literal.add(segment);
			}
			return literal;
		}
	}
}
