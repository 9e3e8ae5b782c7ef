package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Editors keep the guide as versions: a save adds one and leaves the public guide alone until it is published, a
 * route without a target or a topic that leaves a need without a route is refused naming the field, and only
 * editors may do any of it. On both databases.
 */
@AlsoOnTheEmbeddedDatabase
class GuideEditingIntegrationTests extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aSavedVersionIsLiveOnlyOnceItIsPublishedAndTheHistoryShowsEveryVersion() {
		Api editor = api().asDemo("redaktor");
		long live = liveVersion(editor);
		ObjectNode document = document(editor, live);
		ObjectNode pensjon = topic(document, "pensjon");
		((ObjectNode) pensjon.path("routes").get(0).path("title")).put("nb", "Planlegg pensjonen din på nav.no");

		Api.Response saved = editor.post("/api/v1/guide/versions", save(document, "Ny tittel for pensjon"));
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		long version = saved.json().path("version").asLong();
		assertThat(version).isGreaterThan(live);
		assertThat(firstTitle()).isEqualTo("Les og søk på nav.no");

		JsonNode history = editor.get("/api/v1/guide/versions").json();
		assertThat(history.get(0).path("version").asLong()).isEqualTo(version);
		assertThat(history.get(0).path("live").asBoolean()).isFalse();
		assertThat(history.get(0).path("note").asString()).isEqualTo("Ny tittel for pensjon");

		Api.Response preview = editor.post("/api/v1/guide/preview", """
				{"document": %s, "topic": "pensjon", "lang": "nb"}""".formatted(document));
		assertThat(preview.json().path("routes").get(0).path("title").asString()).isEqualTo("Planlegg pensjonen din på nav.no");

		assertThat(editor.post("/api/v1/guide/versions/" + version + "/publish", "").status()).isEqualTo(204);
		assertThat(firstTitle()).isEqualTo("Planlegg pensjonen din på nav.no");
		assertThat(editor.get("/api/v1/guide/versions").json().get(0).path("live").asBoolean()).isTrue();

		assertThat(editor.post("/api/v1/guide/versions/" + live + "/publish", "").status()).isEqualTo(204);
		assertThat(firstTitle()).isEqualTo("Les og søk på nav.no");
	}

	@Test
	void aRouteWithoutATargetIsRefusedNamingIt() {
		Api editor = api().asDemo("redaktor");
		ObjectNode document = document(editor, liveVersion(editor));
		int index = topicIndex(document, "pensjon");
		((ObjectNode) topic(document, "pensjon").path("routes").get(0)).remove("url");

		Api.Response refused = editor.post("/api/v1/guide/versions", save(document, null));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString())
			.isEqualTo("document.topics[" + index + "].routes[0].url");
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("RouteWithoutTarget");
	}

	@Test
	void aDiffBetweenTwoVersionsNamesTheTextsThatChangedByTopicKey() {
		Api editor = api().asDemo("redaktor");
		long live = liveVersion(editor);
		ObjectNode document = document(editor, live);
		((ObjectNode) topic(document, "dagpenger").path("routes").get(0).path("title")).put("nn", "Søk dagpengar her");
		ArrayNode topics = (ArrayNode) document.path("topics");
		topics.remove(topicIndex(document, "hjelpemidler"));
		long saved = editor.post("/api/v1/guide/versions", save(document, "Diff")).json().path("version").asLong();

		Api.Response diff = editor.get("/api/v1/guide/diff?from=" + live + "&to=" + saved);

		assertThat(diff.status()).as(diff.body()).isEqualTo(200);
		JsonNode changes = diff.json().path("changes");
		JsonNode changed = find(changes, "topics[dagpenger].routes[0].title.nn");
		assertThat(changed.path("kind").asString()).isEqualTo("CHANGED");
		assertThat(changed.path("after").asString()).isEqualTo("Søk dagpengar her");
		assertThat(find(changes, "topics[hjelpemidler].name.nb").path("kind").asString()).isEqualTo("REMOVED");
		for (JsonNode change : changes) {
			assertThat(change.path("path").asString()).as("nothing else changed")
				.matches("topics\\[(dagpenger|hjelpemidler)\\].*");
		}
		assertThat(editor.get("/api/v1/guide/diff?from=" + live + "&to=999999").status()).isEqualTo(404);
		assertThat(api().asDemo("veileder1").get("/api/v1/guide/diff?from=1&to=1").status()).isEqualTo(403);
	}

	private static JsonNode find(JsonNode changes, String path) {
		for (JsonNode change : changes) {
			if (change.path("path").asString().equals(path)) {
				return change;
			}
		}
		throw new AssertionError(path + " is not among " + changes);
	}

	@Test
	void aGuideThatLeavesATopicWithoutARouteForANeedIsRefusedNamingIt() {
		Api editor = api().asDemo("redaktor");
		long before = editor.get("/api/v1/guide/versions").json().size();
		ObjectNode document = document(editor, liveVersion(editor));
		int index = topicIndex(document, "barnetrygd");
		ArrayNode routes = (ArrayNode) topic(document, "barnetrygd").path("routes");
		for (int i = routes.size() - 1; i >= 0; i--) {
			String channel = routes.get(i).path("channel").asString();
			if (channel.equals("PHONE") || channel.equals("OFFICE")) {
				routes.remove(i);
			}
		}

		Api.Response refused = editor.post("/api/v1/guide/versions", save(document, null));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("errors").get(0).path("field").asString())
			.isEqualTo("document.topics[" + index + "].routes");
		assertThat(refused.json().path("errors").get(0).path("detail").asString()).contains("digital-help");
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("TopicLeavesNeedWithoutRoute");
		assertThat(editor.get("/api/v1/guide/versions").json().size()).as("nothing saved").isEqualTo(before);
	}

	@Test
	void onlyEditorsKeepTheGuide() {
		Api advisor = api().asDemo("veileder1");
		assertThat(advisor.get("/api/v1/guide/versions").status()).isEqualTo(403);
		assertThat(advisor.post("/api/v1/guide/versions/1/publish", "").status()).isEqualTo(403);
		assertThat(api().get("/api/v1/guide/versions").status()).isEqualTo(401);
	}

	@Test
	void thePageWorksWithoutJavaScriptAndNeverEndsInADeadEnd() {
		Api citizen = api();
		Api.Response first = citizen.getAny("/veiviser");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.contentType()).startsWith("text/html");
		assertThat(first.header("Set-Cookie")).isNull();
		assertThat(first.body()).contains("<html lang=\"nb\">", "<a class=\"skip\" href=\"#main\">", "<main id=\"main\"",
				"<form method=\"get\" action=\"/veiviser\">", "<legend>Hva gjelder det?</legend>",
				"<label for=\"topic-foreldrepenger\">Foreldrepenger</label>", "<label for=\"municipality\">")
			.doesNotContain("<script");

		Api.Response routed = citizen.getAny("/veiviser?lang=nn&topic=sykepenger&need=interpreter&municipality=2317");
		assertThat(routed.status()).isEqualTo(200);
		assertThat(routed.body()).contains("<html lang=\"nn\">", "Her får du hjelp", "Ring NAV og be om tolk",
				"NAV Hamar", "Vangsvegen 73", "/veiviser/videre?lang=nn&amp;topic=sykepenger&amp;need=interpreter");

		Api.Response unknown = citizen.getAny("/veiviser?topic=%3Cscript%3E&lang=en");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.body()).contains("We do not know that topic", "55 55 33 33", "Your NAV office")
			.doesNotContain("<script>");

		Api.Response nowhere = citizen.getAny("/veiviser?topic=pensjon&municipality=Atlantis");
		assertThat(nowhere.status()).isEqualTo(400);
		assertThat(nowhere.body()).contains("aria-invalid=\"true\"", "value=\"Atlantis\"", "55 55 33 33");
	}

	private String firstTitle() {
		return api().get("/api/v1/public/guide?topic=pensjon").json().path("routes").get(0).path("title").asString();
	}

	private static long liveVersion(Api editor) {
		for (JsonNode version : editor.get("/api/v1/guide/versions").json()) {
			if (version.path("live").asBoolean()) {
				return version.path("version").asLong();
			}
		}
		throw new AssertionError("no live version");
	}

	private static ObjectNode document(Api editor, long version) {
		return (ObjectNode) editor.get("/api/v1/guide/versions/" + version).json().path("document");
	}

	private static ObjectNode topic(ObjectNode document, String key) {
		return (ObjectNode) document.path("topics").get(topicIndex(document, key));
	}

	private static int topicIndex(ObjectNode document, String key) {
		JsonNode topics = document.path("topics");
		for (int i = 0; i < topics.size(); i++) {
			if (topics.get(i).path("key").asString().equals(key)) {
				return i;
			}
		}
		throw new AssertionError("no topic " + key);
	}

	private static String save(ObjectNode document, String note) {
		ObjectNode body = JSON.createObjectNode();
		body.set("document", document);
		body.put("note", note);
		return body.toString();
	}

}
