package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * The short satisfaction questions after a web chat (no login, anonymous, in the survey results) and employee
 * surveys for chosen units (only their employees fetch and answer; bad units refused with nothing written).
 */
@AlsoOnTheEmbeddedDatabase
class SatisfactionAndUnitSurveysIntegrationTests extends IntegrationTest {

	@Test
	void aCitizenAnswersTheSatisfactionQuestionsAtTheEndOfAWebChatWithoutLogin() {
		long chat = AnalyticsIntegrationTests.account(api().asDemo("admin"), "Chat med NAV om foreldrepenger",
				"WEB_CHAT");
		Api citizen = api();

		Api.Response form = citizen.get("/api/v1/public/satisfaction/" + chat + "?moment=CHAT");
		assertThat(form.status()).as(form.body()).isEqualTo(200);
		String token = form.json().path("token").asString();
		long helped = form.json().path("helpedQuestionId").asLong();
		long satisfied = form.json().path("satisfiedQuestionId").asLong();
		assertThat(citizen.get("/api/v1/public/satisfaction/" + chat + "?moment=CHAT").json().path("token").asString())
			.as("one survey per account and moment").isEqualTo(token);

		Api.Response outside = citizen.post("/api/v1/public/surveys/" + token + "/responses", """
				{"answers": [{"questionId": %d, "value": true}, {"questionId": %d, "value": 6}]}
				""".formatted(helped, satisfied));
		Api.Response beyondAnInt = citizen.post("/api/v1/public/surveys/" + token + "/responses", """
				{"answers": [{"questionId": %d, "value": true}, {"questionId": %d, "value": 2147483648}]}
				""".formatted(helped, satisfied));
		Api.Response answered = citizen.post("/api/v1/public/surveys/" + token + "/responses", """
				{"answers": [{"questionId": %d, "value": true}, {"questionId": %d, "value": 5}]}
				""".formatted(helped, satisfied));

		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.json().path("field").asString()).isEqualTo("answers[1].value");
		assertThat(beyondAnInt.status()).as(beyondAnInt.body()).isEqualTo(400);
		assertThat(beyondAnInt.json().path("field").asString()).isEqualTo("answers[1].value");
		assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		Api analyst = api().asDemo("analytiker");
		long id = 0;
		for (JsonNode survey : analyst.get("/api/v1/surveys").json()) {
			if (survey.path("title").asString().equals("Tilfredshet etter nettprat: Chat med NAV om foreldrepenger")) {
				id = survey.path("id").asLong();
			}
		}
		JsonNode results = analyst.get("/api/v1/surveys/" + id + "/results").json();
		assertThat(results.path("responses").asInt()).as("the outside value wrote nothing").isEqualTo(1);
		assertThat(citizen.get("/api/v1/public/satisfaction/" + chat + "?moment=LATER").json().path("field")
			.asString()).isEqualTo("moment");
		assertThat(citizen.get("/api/v1/public/satisfaction/987654321?moment=ANSWERED").status()).isEqualTo(404);
	}

	@Test
	void onlyEmployeesOfTheChosenUnitsFetchAndAnswerTheirSurvey() {
		Api analyst = api().asDemo("analytiker");
		long unit = api().asDemo("veileder1").get("/api/v1/me").json().path("unit").path("id").asLong();
		String outsider = null;
		for (String name : List.of("ansatt", "moderator", "fagperson", "redaktor", "veileder2")) {
			JsonNode other = api().asDemo(name).get("/api/v1/me").json().path("unit");
			if (other.isMissingNode() || other.isNull() || other.path("id").asLong() != unit) {
				outsider = name;
				break;
			}
		}
		assertThat(outsider).as("a demo user outside veileder1's unit").isNotNull();
		long id = analyst.post("/api/v1/surveys", """
				{"title": "Kanalomleggingen på kontoret", "audience": "EMPLOYEES", "unitIds": [%d],
				 "questions": [{"kind": "SCALE_1_5", "text": "Hvor godt fungerer omleggingen?"}]}
				""".formatted(unit)).json().path("id").asLong();
		analyst.post("/api/v1/surveys/" + id + "/publish", "");
		assertThat(analyst.get("/api/v1/surveys/" + id).json().path("unitIds").get(0).asLong()).isEqualTo(unit);

		Api.Response form = api().asDemo("veileder1").get("/api/v1/surveys/" + id + "/form");
		long question = form.json().path("questions").get(0).path("id").asLong();
		String answer = "{\"answers\": [{\"questionId\": " + question + ", \"value\": 4}]}";
		Api.Response member = api().asDemo("veileder1").post("/api/v1/surveys/" + id + "/responses", answer);
		Api.Response stranger = api().asDemo(outsider).post("/api/v1/surveys/" + id + "/responses", answer);

		assertThat(form.status()).as(form.body()).isEqualTo(200);
		assertThat(member.status()).as(member.body()).isEqualTo(201);
		assertThat(stranger.status()).isEqualTo(403);
		assertThat(api().asDemo(outsider).get("/api/v1/surveys/" + id + "/form").status()).isEqualTo(403);
		assertThat(analyst.get("/api/v1/surveys/" + id + "/results").json().path("responses").asInt()).isEqualTo(1);
	}

	@Test
	void unitsAreForEmployeeSurveysAndMustExistWithNothingWritten() {
		Api analyst = api().asDemo("analytiker");
		int before = analyst.get("/api/v1/surveys").json().size();

		Api.Response publicWithUnits = analyst.post("/api/v1/surveys", """
				{"title": "x", "audience": "PUBLIC", "unitIds": [1],
				 "questions": [{"kind": "YES_NO", "text": "Ja?"}]}
				""");
		Api.Response unknownUnit = analyst.post("/api/v1/surveys", """
				{"title": "x", "audience": "EMPLOYEES", "unitIds": [987654321],
				 "questions": [{"kind": "YES_NO", "text": "Ja?"}]}
				""");

		assertThat(publicWithUnits.status()).isEqualTo(400);
		assertThat(publicWithUnits.json().path("field").asString()).isEqualTo("unitIds");
		assertThat(unknownUnit.status()).isEqualTo(400);
		assertThat(unknownUnit.json().path("field").asString()).isEqualTo("unitIds[0]");
		assertThat(analyst.get("/api/v1/surveys").json().size()).isEqualTo(before);
	}

}
