package no.samtale.platform.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring's request mapping, with the mappings sorted by the literal start of their paths. A path with a variable
 * (/api/v1/discussions/42) has no direct match, so Spring weighs every one of the application's some 400 mappings
 * on method, parameters, headers and media types before the path: a third of the work of a cached page (issue 23).
 * Here only the mappings whose literal start (/api/v1/discussions) the path begins with are weighed, by Spring's
 * own conditions and order. Whatever this does not settle by itself (a path with a direct mapping, an encoded
 * character, a CORS preflight, no match or a tie) goes to Spring's full search, so the handler chosen, its path
 * variables and the 404/405/406/415 answers stay exactly what they were.
 */
final class LiteralPrefixMapping extends RequestMappingHandlerMapping {

	/**
	 * The mappings by literal start, and the paths mapped directly, as of the {@link #changes} it was built at:
	 * built on first use, built anew after any mapping is added or removed.
	 */
	private record Index(Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> byStart,
			Set<String> directPaths, long builtAt) {
	}

	/** How often a mapping was added or removed: an index of an earlier count is not used. */
	private final AtomicLong changes = new AtomicLong();

	private volatile @Nullable Index index;

	@Override
	protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		Index current = index();
		if (lookupPath.indexOf('%') >= 0 || current.directPaths().contains(lookupPath)
				|| CorsUtils.isPreFlightRequest(request)) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		RequestMappingInfo best = null;
		HandlerMethod bestHandler = null;
		boolean tie = false;
		for (String start : starts(lookupPath)) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> candidate : current.byStart().getOrDefault(start,
					List.of())) {
				RequestMappingInfo match = getMatchingMapping(candidate.getKey(), request);
				if (match == null) {
					continue;
				}
				int order = best == null ? -1 : match.compareTo(best, request);
				if (order < 0) {
					best = match;
					bestHandler = candidate.getValue();
					tie = false;
				}
				else if (order == 0) {
					tie = true;
				}
			}
		}
		if (best == null || tie) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, bestHandler);
		handleMatch(best, lookupPath, request);
		return bestHandler;
	}

	// Counted after the change, so an index read before it is built anew (no lock: lookups hold Spring's read lock).
	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		changes.incrementAndGet();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		changes.incrementAndGet();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		changes.incrementAndGet();
	}

	private Index index() {
		Index current = index;
		if (current != null && current.builtAt() == changes.get()) {
			return current;
		}
		long builtAt = changes.get();
		Map<String, List<Map.Entry<RequestMappingInfo, HandlerMethod>>> byStart = new HashMap<>();
		Set<String> directPaths = new HashSet<>();
		getHandlerMethods().forEach((info, handler) -> {
			directPaths.addAll(info.getDirectPaths());
			for (String start : literalStarts(info)) {
				byStart.computeIfAbsent(start, any -> new ArrayList<>()).add(Map.entry(info, handler));
			}
		});
		current = new Index(byStart, directPaths, builtAt);
		index = current;
		return current;
	}

	/** "", "/a", "/a/b" … up to the whole path: every literal start a mapping of this path could have. */
	static List<String> starts(String path) {
		List<String> starts = new ArrayList<>();
		starts.add("");
		for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
			starts.add(path.substring(0, slash));
		}
		if (path.length() > 1 && !path.endsWith("/")) {
			starts.add(path);
		}
		return starts;
	}

	/** The literal start of each of a mapping's patterns, once each; "" for a mapping that may match any path. */
	static Set<String> literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
		if (patterns == null) {
			return Set.of("");
		}
		Set<String> starts = new HashSet<>();
		patterns.getPatterns().forEach(pattern -> starts.add(literalStart(pattern.getPatternString())));
		return starts.isEmpty() ? Set.of("") : starts;
	}

	/** The literal segments a pattern begins with, up to its first variable or wildcard ("" when none). */
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
