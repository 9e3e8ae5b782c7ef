package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A topic's phone route shows the wait its line had on the latest imported telephony day, when that day is recent
 * and had answered calls; a need's own phone line, an old day or a day without answers shows none.
 */
class GuidePhoneWaitIntegrationTests extends IntegrationTest {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	@Autowired
	PhoneWaits phoneWaits;

	@Test
	void aTopicsPhoneRouteShowsItsLinesRecentWaitAndANeedsOwnLineNone() {
		Api editor = api().asDemo("redaktor");
		LocalDate yesterday = LocalDate.now(OSLO).minusDays(1);
		importDay(yesterday.minusDays(20), "kontantstotte", 30, 30, 900);
		phoneWaits.forget();
		// Without opening hours the line is never closed, so the estimate shows at any hour the test runs.
		ObjectNode document = alwaysOpenPhone(editor);
		assertThat(phone(preview(editor, document, null)).path("waitMinutes").isNull()).as("a day three weeks back says nothing")
			.isTrue();

		importDay(yesterday, "kontantstotte", 40, 36, 440);
		phoneWaits.forget();
		JsonNode phone = phone(preview(editor, document, null));
		JsonNode interpreter = phone(preview(editor, document, "interpreter"));

		assertThat(phone.path("waitMinutes").asInt()).isEqualTo(7);
		assertThat(phone.path("waitMeasuredOn").asString()).isEqualTo(yesterday.toString());
		assertThat(interpreter.path("waitMinutes").isNull()).as("the interpreter call-back is another queue").isTrue();

		importDay(yesterday, "kontantstotte", 12, 0, 0);
		phoneWaits.forget();
		assertThat(phone(preview(editor, document, null)).path("waitMinutes").isNull()).as("no answered call, no wait")
			.isTrue();
	}

	private void importDay(LocalDate day, String line, int calls, int answered, int waitSeconds) {
		Api.Response imported = api().asDemo("analytiker").send("POST", "/api/v1/contacts/telephony", "text/csv",
				"date,topic,calls,answered,average_wait_seconds\n%s,%s,%d,%d,%d\n".formatted(day, line, calls, answered,
						waitSeconds));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
	}

	private static ObjectNode alwaysOpenPhone(Api editor) {
		long live = 0;
		for (JsonNode version : editor.get("/api/v1/guide/versions").json()) {
			if (version.path("live").asBoolean()) {
				live = version.path("version").asLong();
			}
		}
		ObjectNode document = (ObjectNode) editor.get("/api/v1/guide/versions/" + live).json().path("document");
		for (JsonNode topic : document.path("topics")) {
			for (JsonNode route : topic.path("routes")) {
				if (route.path("channel").asString().equals("PHONE")) {
					((ObjectNode) route).remove("hours");
				}
			}
		}
		for (JsonNode need : document.path("needs")) {
			for (JsonNode route : need.path("routes")) {
				if (route.path("channel").asString().equals("PHONE")) {
					((ObjectNode) route).remove("hours");
				}
			}
		}
		return document;
	}

	private static JsonNode preview(Api editor, ObjectNode document, String need) {
		Api.Response preview = editor.post("/api/v1/guide/preview", """
				{"document": %s, "topic": "kontantstotte", "need": %s, "lang": "nb"}"""
			.formatted(document, need == null ? "null" : "\"" + need + "\""));
		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		return preview.json();
	}

	private static JsonNode phone(JsonNode answer) {
		for (JsonNode route : answer.path("routes")) {
			if (route.path("channel").asString().equals("PHONE")) {
				return route;
			}
		}
		throw new AssertionError("no phone route in " + answer);
	}

}
