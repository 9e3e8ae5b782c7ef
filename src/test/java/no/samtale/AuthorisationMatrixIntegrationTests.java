package no.samtale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.AntPathMatcher;

import no.samtale.platform.PublicPaths;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Every operation of the OpenAPI description, called as nobody and as every demo role, with sample path ids and
 * minimal bodies: nobody gets past the login except on the declared public paths, only admins reach
 * {@code /api/v1/admin/**}, no call fails with a 5xx, and an advisor of one team never sees another team's
 * conversations. The list comes from {@code /v3/api-docs}, so an operation is covered the day it is added.
 */
class AuthorisationMatrixIntegrationTests extends IntegrationTest {

	/** A role of each kind in the demo organisation (README), veileder4 for the second team. */
	private static final List<String> ROLES = List.of("admin", "veileder1", "veileder4", "redaktor", "moderator",
			"fagperson", "leder", "analytiker", "ansatt", "personvern", "arkivar");

	/** Operations whose success changes more than the caller's own test data: called only where they are refused. */
	private static final Set<String> GLOBAL_EFFECTS = Set.of("POST /api/v1/admin/search/rebuild",
			"POST /api/v1/notifications/read-all", "POST /api/v1/privacy/retention/runs");

	private static final String MISSING_ID = "999999999";

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

	private static final AntPathMatcher PATHS = new AntPathMatcher();

	@Autowired
	private List<PublicPaths> publicPaths;

	private record Operation(String method, String path, JsonNode description) {

		String name() {
			return method + " " + path;
		}

	}

	@Test
	void everyOperationRefusesWhoItMustAndNeverFails() {
		List<Operation> operations = operations();
		assertThat(operations).as("the description lists the API").hasSizeGreaterThan(100);
		SoftAssertions softly = new SoftAssertions();
		for (Operation operation : operations) {
			String path = withSamples(operation, Map.of());
			Api.Response anonymous = call(api(), operation, path);
			softly.assertThat(anonymous.status()).as("anonymous %s: %s", operation.name(), anonymous.body())
				.isLessThan(500);
			if (!isPublic(operation.path())) {
				// A browser without a session meets the CSRF check first on a change; an API client the login.
				boolean change = !operation.method().equals("GET");
				softly.assertThat(anonymous.status() == 401 || change && anonymous.status() == 403
						&& anonymous.problemType().equals("urn:samtale:problem:csrf"))
					.as("anonymous %s: %s", operation.name(), anonymous.body())
					.isTrue();
				Api.Response unknownToken = call(api().as("no-such-token"), operation, path);
				softly.assertThat(unknownToken.status()).as("unknown token %s", operation.name()).isEqualTo(401);
				softly.assertThat(unknownToken.isProblem()).as("unknown token %s", operation.name()).isTrue();
			}
			for (String role : ROLES) {
				boolean admin = role.equals("admin");
				boolean adminPath = operation.path().startsWith("/api/v1/admin/");
				if (GLOBAL_EFFECTS.contains(operation.name()) && (admin || !adminPath)) {
					continue;
				}
				Api.Response response = call(api().asDemo(role), operation, path);
				softly.assertThat(response.status()).as("%s %s: %s", role, operation.name(), response.body())
					.isLessThan(500);
				if (adminPath && !admin) {
					softly.assertThat(response.status()).as("%s %s", role, operation.name()).isEqualTo(403);
				}
			}
		}
		softly.assertAll();
	}

	@Test
	void anAdvisorNeverSeesAnotherTeamsConversations() {
		Map<Long, String> jobblyst = conversationsOf(api().asDemo("veileder4"));
		Set<String> own = new HashSet<>(conversationsOf(api().asDemo("veileder1")).values());
		Set<String> foreign = new LinkedHashSet<>();
		jobblyst.values().stream().filter(subject -> !own.contains(subject) && subject.length() >= 15).forEach(foreign::add);
		assertThat(foreign).as("NAV Jobblyst has conversations of its own").isNotEmpty();
		List<Long> ids = new ArrayList<>(jobblyst.keySet()).subList(0, Math.min(4, jobblyst.size()));

		Api advisor = api().asDemo("veileder1");
		SoftAssertions softly = new SoftAssertions();
		for (Operation operation : operations()) {
			if (!operation.method().equals("GET") || operation.description().path("responses").has("200")
					&& operation.description().path("responses").path("200").path("content").has("text/event-stream")) {
				continue;
			}
			for (long id : operation.path().contains("{") ? ids : List.of(0L)) {
				String path = withSamples(operation, Map.of("integer", Long.toString(id)));
				Api.Response response = call(advisor, operation, path);
				softly.assertThat(response.status()).as("veileder1 %s", path).isLessThan(500);
				if (response.status() == 200 && response.contentType().contains("json")) {
					softly.assertThat(texts(response.json())).as("veileder1 %s", path).doesNotContainAnyElementsOf(foreign);
				}
				else if (response.status() == 200) {
					softly.assertThat(foreign).as("veileder1 %s", path)
						.noneMatch(subject -> response.body().contains(subject));
				}
			}
		}
		softly.assertAll();
		assertThat(advisor.get("/api/v1/inbox/conversations?teamId=" + teamOf(api().asDemo("veileder4"))).json()
			.path("items")).isEmpty();
	}

	/**
	 * The comments on a published post are read by the editors of its account and administrators, whether or not they
	 * are advisors; everyone else reads them in the inbox, if anywhere (403 here).
	 */
	@Test
	void theCommentsOnAPublishedPostAreReadByItsEditorsAndNobodyElse() {
		Api editor = api().asDemo("redaktor");
		java.time.LocalDate today = java.time.LocalDate.now();
		JsonNode posts = editor.get("/api/v1/publishing/calendar?from=" + today.minusDays(31) + "&to=" + today).json()
			.path("posts");
		long published = posts.valueStream()
			.filter(post -> post.path("status").asString().equals("PUBLISHED"))
			.mapToLong(post -> post.path("id").asLong())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo has published posts"));
		Set<String> readers = Set.of("admin", "redaktor");
		SoftAssertions softly = new SoftAssertions();
		for (String role : ROLES) {
			Api.Response response = api().asDemo(role).get("/api/v1/publishing/posts/" + published + "/comments");
			softly.assertThat(response.status()).as("%s: %s", role, response.body())
				.isEqualTo(readers.contains(role) ? 200 : 403);
		}
		softly.assertThat(api().get("/api/v1/publishing/posts/" + published + "/comments").status()).isEqualTo(401);
		softly.assertAll();
	}

	private List<Operation> operations() {
		JsonNode docs = api().get("/v3/api-docs").json();
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(), method.getValue()));
			}
		}
		return operations;
	}

	private boolean isPublic(String path) {
		return publicPaths.stream()
			.flatMap(paths -> paths.patterns().stream())
			.anyMatch(pattern -> PATHS.match(pattern, path));
	}

	/** The path with sample values: a missing id for numbers (or the given one), "x" for text, and required query. */
	private static String withSamples(Operation operation, Map<String, String> byType) {
		Map<String, JsonNode> parameters = new java.util.HashMap<>();
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.description().path("parameters")) {
			if (parameter.path("in").asString().equals("path")) {
				parameters.put(parameter.path("name").asString(), parameter.path("schema"));
			}
			else if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean()) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(parameter.path("name").asString())
					.append('=')
					.append(sample(parameter.path("schema"), Map.of()));
			}
		}
		Matcher variables = PATH_VARIABLE.matcher(operation.path());
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			JsonNode schema = parameters.get(variables.group(1));
			variables.appendReplacement(path, sample(schema, byType));
		}
		variables.appendTail(path);
		return path + query.toString();
	}

	private static String sample(JsonNode schema, Map<String, String> byType) {
		String type = schema == null ? "string" : schema.path("type").asString();
		if (byType.containsKey(type)) {
			return byType.get(type);
		}
		return switch (type) {
			case "integer", "number" -> MISSING_ID;
			case "boolean" -> "true";
			default -> schema != null && schema.path("enum").isArray() ? schema.path("enum").get(0).asString() : "x";
		};
	}

	private static Api.Response call(Api api, Operation operation, String path) {
		JsonNode content = operation.description().path("requestBody").path("content");
		String body = content.has("application/json") ? "{}" : null;
		String type = content.has("application/json") ? "application/json"
				: content.has("multipart/form-data") ? "multipart/form-data; boundary=x" : null;
		return api.send(operation.method(), path, type, body == null && type != null ? "--x--\r\n" : body);
	}

	private static Map<Long, String> conversationsOf(Api advisor) {
		Map<Long, String> subjects = new java.util.LinkedHashMap<>();
		String all = "status=NEW&status=IN_PROGRESS&status=AWAITING_APPROVAL&status=ANSWERED&status=CLOSED&size=200";
		for (JsonNode item : advisor.get("/api/v1/inbox/conversations?" + all).json().path("items")) {
			subjects.put(item.path("id").asLong(), item.path("subject").asString());
		}
		return subjects;
	}

	private static long teamOf(Api advisor) {
		return advisor.get("/api/v1/inbox/conversations?size=1").json().path("items").get(0).path("team").path("id").asLong();
	}

	private static Set<String> texts(JsonNode node) {
		Set<String> texts = new HashSet<>();
		collect(node, texts);
		return texts;
	}

	private static void collect(JsonNode node, Set<String> texts) {
		if (node.isString()) {
			texts.add(node.asString());
		}
		for (JsonNode child : node) {
			collect(child, texts);
		}
	}

}
