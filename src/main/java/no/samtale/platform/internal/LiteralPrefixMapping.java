package no.samtale.platform.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's request mapping, with a cheap first test: a path with a variable (/api/v1/discussions/42) has no direct
 * match, so Spring weighs every one of the application's some 400 mappings on method, parameters, headers, media
 * types and only then the path, about a third of the work of a cached page (issue 23). Here a mapping whose literal
 * start (/api/v1/discussions) the path does not begin with is passed over before any of that. It only ever rejects
 * what the path pattern would reject too, so the chosen handler, and the 404/405/406 answers (worked out apart from
 * this, over every mapping), stay what they were.
 */
final class LiteralPrefixMapping extends RequestMappingHandlerMapping {

	/** The path being looked up; set only while {@link #lookupHandlerMethod} runs on this thread. */
	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	/** Each mapping's literal starts, one per pattern; an empty array means it may match any path. */
	private final Map<RequestMappingInfo, String[]> starts = new ConcurrentHashMap<>();

	@Override
	protected org.springframework.web.method.HandlerMethod lookupHandlerMethod(String lookupPath,
			HttpServletRequest request) throws Exception {
		// An encoded character could be a literal once decoded: such a path gets Spring's full test.
		LOOKUP_PATH.set(lookupPath.indexOf('%') >= 0 ? null : lookupPath);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKUP_PATH.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		if (path != null && !mayMatch(starts.computeIfAbsent(info, LiteralPrefixMapping::literalStarts), path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	static boolean mayMatch(String[] starts, String path) {
		if (starts.length == 0) {
			return true;
		}
		for (String start : starts) {
			if (start.isEmpty() || (path.startsWith(start)
					&& (path.length() == start.length() || path.charAt(start.length()) == '/'))) {
				return true;
			}
		}
		return false;
	}

	/** The literal segments each pattern begins with, up to its first variable or wildcard ("" when none). */
	static String[] literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null) {
			return new String[0];
		}
		return patterns.getPatterns().stream().map(PathPattern::getPatternString).map(LiteralPrefixMapping::literalStart)
			.toArray(String[]::new);
	}

	static String literalStart(String pattern) {
		if (!pattern.startsWith("/")) {
			return "";
		}
		StringBuilder start = new StringBuilder();
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.chars().anyMatch(c -> c == '{' || c == '*' || c == '?' || c == '%'
					|| c == ';' || c == '\\')) {
				break;
			}
			start.append('/').append(segment);
		}
		return start.toString();
	}

}
