package no.samtale.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import no.samtale.support.IntegrationTest;

/**
 * {@link LiteralPrefixMapping} picks, for a path made from each of the application's own patterns (and for a few
 * that match nothing), the very handler Spring's full test over every mapping picks, and says where a pattern's
 * literal start ends.
 */
class LiteralPrefixMappingIntegrationTests extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void theApplicationsMappingTestsLiteralStartsFirst() {
		assertThat(mapping).isInstanceOf(LiteralPrefixMapping.class);
	}

	@Test
	void everyPatternsPathGetsTheHandlerThatSpringsFullTestPicks() throws Exception {
		Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (RequestMappingInfo info : all.keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.add(request(method.name(), pattern.replaceAll("\\{[^}]*}", "1").replace("**", "x")
						.replace("*", "x")));
				}
			}
		}
		for (String nowhere : List.of("/api/v1/nowhere/1", "/api/v1/discussions/1/nowhere", "/api/v2/info",
				"/api/v1/discussions/%31", "/api/v1/spaces/1/discussions/", "/", "/api/v1/discussions/")) {
			requests.add(request("GET", nowhere));
		}
		assertThat(requests).hasSizeGreaterThan(300);
		for (MockHttpServletRequest request : requests) {
			assertThat(handler(request)).as(request.getMethod() + " " + request.getRequestURI())
				.isEqualTo(bestOfAll(all, request));
		}
	}

	@Test
	void aPatternsLiteralStartEndsAtItsFirstVariableOrWildcard() {
		assertThat(LiteralPrefixMapping.literalStart("/api/v1/discussions/{id}/messages")).isEqualTo(
				"/api/v1/discussions");
		assertThat(LiteralPrefixMapping.literalStart("/api/v1/info")).isEqualTo("/api/v1/info");
		assertThat(LiteralPrefixMapping.literalStart("/assets/**")).isEqualTo("/assets");
		assertThat(LiteralPrefixMapping.literalStart("/files/*.png")).isEqualTo("/files");
		assertThat(LiteralPrefixMapping.literalStart("/")).isEmpty();
		assertThat(LiteralPrefixMapping.starts("/api/v1/discussions/1")).containsExactly("", "/api", "/api/v1",
				"/api/v1/discussions", "/api/v1/discussions/1");
		assertThat(LiteralPrefixMapping.starts("/api/v1/")).containsExactly("", "/api", "/api/v1");
		assertThat(LiteralPrefixMapping.starts("/")).containsExactly("");
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (!method.equals("GET") && !method.equals("DELETE")) {
			request.setContentType("application/json");
		}
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	/** What the mapping picks, or null when it picks nothing (no handler, or a 404/405/406/415 problem). */
	private Method handler(MockHttpServletRequest request) {
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? null : ((HandlerMethod) chain.getHandler()).getMethod();
		}
		catch (Exception noMatch) {
			return null;
		}
	}

	/** Spring's own rule over every mapping: of those whose conditions all hold, the most specific. */
	private static Method bestOfAll(Map<RequestMappingInfo, HandlerMethod> all,
			MockHttpServletRequest request) {
		RequestMappingInfo best = null;
		for (RequestMappingInfo info : all.keySet()) {
			RequestMappingInfo match = info.getMatchingCondition(request);
			if (match != null && (best == null || match.compareTo(best, request) < 0)) {
				best = match;
			}
		}
		if (best == null) {
			return null;
		}
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : all.entrySet()) {
			if (entry.getKey().getMatchingCondition(request) != null
					&& entry.getKey().getMatchingCondition(request).compareTo(best, request) == 0) {
				return entry.getValue().getMethod();
			}
		}
		return null;
	}

}
