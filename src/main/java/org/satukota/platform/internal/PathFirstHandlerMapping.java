package org.satukota.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the controller method for a request like Spring MVC's own mapping, but first rules out, cheaply, the
 * mappings whose path patterns do not match the request's path.
 *
 * <p>Why: a path with a variable ({@code /staf/pengaduan/{id}/disposisi}) has no direct match, so Spring MVC checks
 * all of the platform's ~280 mappings in full, and it compares the path last: after the method, parameters,
 * headers and the media types the request accepts, each read through half a dozen request wrappers. That was
 * about a tenth of the CPU of every request. Comparing the path first rules out nearly all of them; a mapping whose
 * path matches gets Spring MVC's full check as before, so the outcome is the same. The request's path is read once
 * per lookup, not once per mapping (each read is a request attribute, through the same wrappers).
 */
class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** The path of the request being looked up, read from the request once instead of once per mapping. */
	private static final ThreadLocal<PathContainer> LOOKUP_PATH = new ThreadLocal<>();

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
}
