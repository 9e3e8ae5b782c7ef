package no.samtale.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * Surveys end to end: an editor builds and publishes one, citizens answer without login, values outside a question's
 * scale are refused naming the answer, results count per option with free text masked, a closed survey takes
 * nothing more, and a one-answer-per-browser form takes its nonce once.
 */
@AlsoOnTheEmbeddedDatabase
class SurveysIntegrationTests extends IntegrationTest {

	static final String SURVEY = """
			{"title": "Var siden nyttig?", "audience": "PUBLIC", "questions": [
			  {"kind": "YES_NO", "text": "Fikk du svar uten å spørre selv?"},
			  {"kind": "SINGLE_CHOICE", "text": "Hvor fant du siden?", "options": ["Google", "nav.no", "Facebook"]},
			  {"kind": "MULTIPLE_CHOICE", "text": "Hva lette du etter?", "options": ["Satser", "Søknad", "Utbetaling"]},
			  {"kind": "SCALE_1_5", "text": "Hvor fornøyd er du?"},
			  {"kind": "NPS", "text": "Vil du anbefale siden?"},
			  {"kind": "FREE_TEXT", "text": "Noe mer?"}]}
			""";

	@Test
	void aCitizenAnswersWithoutLoginAndTheResultsCountEachOption() {
		Api editor = api().asDemo("redaktor");
		Api citizen = api();
		Api.Response created = editor.post("/api/v1/surveys", SURVEY);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		JsonNode questions = editor.get("/api/v1/surveys/" + id).json().path("questions");
		Api.Response published = editor.post("/api/v1/surveys/" + id + "/publish", "");
		String token = published.json().path("token").asString();
		assertThat(published.json().path("url").asString()).endsWith("/undersokelse/" + token);
		String path = "/api/v1/public/surveys/" + token + "/responses";

		assertThat(citizen.get("/api/v1/public/surveys/" + token).json().path("anonymous").asBoolean()).isTrue();
		for (int i = 0; i < 7; i++) {
			Api.Response answered = citizen.post(path, answers(questions, i < 5 ? "true" : "false", "\"nav.no\"",
					"[\"Satser\", \"Søknad\"]", "4", "10", "\"Ring meg på 91234567\""));
			assertThat(answered.status()).as(answered.body()).isEqualTo(201);
		}
		Api.Response outsideScale = citizen.post(path, answers(questions, "true", "\"nav.no\"", "[\"Satser\"]", "6",
				"10", "\"\""));
		Api.Response notAnOption = citizen.post(path, answers(questions, "true", "\"Bing\"", "[\"Satser\"]", "3",
				"10", "\"\""));
		Api.Response maybe = citizen.post(path, "{\"answers\": [{\"questionId\": %d, \"value\": \"kanskje\"}]}"
			.formatted(questions.get(0).path("id").asLong()));

		assertThat(outsideScale.status()).isEqualTo(400);
		assertThat(outsideScale.json().path("field").asString()).isEqualTo("answers[3].value");
		assertThat(notAnOption.json().path("field").asString()).isEqualTo("answers[1].value");
		assertThat(maybe.status()).isEqualTo(400);
		JsonNode results = editor.get("/api/v1/surveys/" + id + "/results").json();
		assertThat(results.path("responses").asInt()).as("refused answers left nothing behind").isEqualTo(7);
		JsonNode yesNo = results.path("questions").get(0).path("counts");
		assertThat(yesNo.get(0).path("option").asString()).isEqualTo("yes");
		assertThat(yesNo.get(0).path("count").asInt()).isEqualTo(5);
		assertThat(yesNo.get(1).path("count").asInt()).isEqualTo(2);
		assertThat(results.path("questions").get(2).path("counts").get(1).path("count").asInt()).isEqualTo(7);
		assertThat(results.path("questions").get(4).path("npsScore").asInt()).isEqualTo(100);
		assertThat(results.path("questions").get(5).path("texts").get(0).asString())
			.as("free text is masked by the personal-data detector")
			.doesNotContain("91234567");
		Api.Response csv = editor.getAny("/api/v1/surveys/" + id + "/results/export?format=csv");
		long yes = results.path("questions").get(0).path("id").asLong();
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.body()).as("the export holds the results' counts").contains(yes + ",Fikk du svar uten å spørre selv?,yes,5")
			.contains(yes + ",Fikk du svar uten å spørre selv?,no,2")
			.doesNotContain("Ring meg");
	}

	@Test
	void aClosedSurveyTakesNoMoreAnswers() {
		Api editor = api().asDemo("redaktor");
		long id = editor.post("/api/v1/surveys", SURVEY).json().path("id").asLong();
		JsonNode questions = editor.get("/api/v1/surveys/" + id).json().path("questions");
		String token = editor.post("/api/v1/surveys/" + id + "/publish", "").json().path("token").asString();
		editor.post("/api/v1/surveys/" + id + "/close", "");

		Api.Response late = api().post("/api/v1/public/surveys/" + token + "/responses",
				answers(questions, "true", "\"nav.no\"", "[\"Satser\"]", "3", "7", "\"\""));

		assertThat(late.status()).isEqualTo(409);
		assertThat(late.problemType()).isEqualTo("urn:samtale:problem:survey-closed");
	}

	@Test
	void aFormThatTakesOneAnswerPerBrowserTakesItsNonceOnce() {
		Api editor = api().asDemo("analytiker");
		long id = editor.post("/api/v1/surveys", """
				{"title": "Én gang", "audience": "PUBLIC", "oneAnswerPerBrowser": true,
				 "questions": [{"kind": "YES_NO", "text": "Ja?"}]}
				""").json().path("id").asLong();
		long question = editor.get("/api/v1/surveys/" + id).json().path("questions").get(0).path("id").asLong();
		String token = editor.post("/api/v1/surveys/" + id + "/publish", "").json().path("token").asString();
		String nonce = api().get("/api/v1/public/surveys/" + token).json().path("nonce").asString();
		String path = "/api/v1/public/surveys/" + token + "/responses";
		String answer = "{\"answers\": [{\"questionId\": %d, \"value\": true}], \"nonce\": \"%s\"}";

		Api.Response first = api().post(path, answer.formatted(question, nonce));
		Api.Response again = api().post(path, answer.formatted(question, nonce));
		Api.Response without = api().post(path, "{\"answers\": [{\"questionId\": %d, \"value\": true}]}"
			.formatted(question));

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.problemType()).isEqualTo("urn:samtale:problem:survey-answered");
		assertThat(without.status()).isEqualTo(400);
		assertThat(without.json().path("field").asString()).isEqualTo("nonce");
		assertThat(editor.get("/api/v1/surveys/" + id + "/results").json().path("responses").asInt()).isEqualTo(1);
	}

	@Test
	void aBadSurveyIsRefusedWholeAndOnlyThoseWhoRunSurveysBuildThem() {
		Api editor = api().asDemo("redaktor");
		Api.Response noOptions = editor.post("/api/v1/surveys", """
				{"title": "X", "audience": "PUBLIC", "questions": [{"kind": "SINGLE_CHOICE", "text": "Hvilken?"}]}
				""");
		Api.Response badKind = editor.post("/api/v1/surveys", """
				{"title": "X", "audience": "PUBLIC", "questions": [{"kind": "STARS", "text": "Hvor mange?"}]}
				""");
		Api.Response badAudience = editor.post("/api/v1/surveys", """
				{"title": "X", "audience": "ALL", "questions": [{"kind": "NPS", "text": "Anbefale?"}]}
				""");
		Api.Response byAdvisor = api().asDemo("veileder1").post("/api/v1/surveys", SURVEY);

		assertThat(noOptions.json().path("field").asString()).isEqualTo("questions[0].options");
		assertThat(badKind.json().path("field").asString()).isEqualTo("questions[0].kind");
		assertThat(badAudience.json().path("field").asString()).isEqualTo("audience");
		assertThat(byAdvisor.status()).isEqualTo(403);
	}

	@Test
	void anIdentityNumberIsRefusedAndAMissingTextIsNamedByItsConstraint() {
		Api analyst = api().asDemo("analytiker");
		Api.Response withNumber = analyst.post("/api/v1/surveys", """
				{"title": "Tilbakemelding", "audience": "PUBLIC",
				 "questions": [{"kind": "YES_NO", "text": "Fnr 15038510190?"}]}
				""");
		Api.Response inTitle = analyst.post("/api/v1/surveys", """
				{"title": "Gjelder 15038510190", "audience": "PUBLIC", "questions": [{"kind": "NPS", "text": "Anbefale?"}]}
				""");
		Api.Response noTitle = analyst.post("/api/v1/surveys", """
				{"title": " ", "audience": "PUBLIC", "questions": [{"kind": "NPS", "text": "Anbefale?"}]}
				""");

		assertThat(withNumber.status()).isEqualTo(422);
		assertThat(withNumber.problemType()).isEqualTo("urn:samtale:problem:personal-data");
		assertThat(withNumber.json().path("field").asString()).isEqualTo("questions[0].text");
		assertThat(inTitle.json().path("field").asString()).isEqualTo("title");
		assertThat(noTitle.status()).isEqualTo(400);
		assertThat(noTitle.json().path("errors").get(0).path("code").asString()).isEqualTo("NotBlank");
	}

	@Test
	void anEmployeeSurveyIsAnsweredLoggedInAndNotOnThePublicPath() {
		Api analyst = api().asDemo("analytiker");
		long id = analyst.post("/api/v1/surveys", """
				{"title": "Kanalomleggingen", "audience": "EMPLOYEES",
				 "questions": [{"kind": "SCALE_1_5", "text": "Hvor godt fungerer det?"}]}
				""").json().path("id").asLong();
		long question = analyst.get("/api/v1/surveys/" + id).json().path("questions").get(0).path("id").asLong();
		String token = analyst.post("/api/v1/surveys/" + id + "/publish", "").json().path("token").asString();
		String answer = "{\"answers\": [{\"questionId\": %d, \"value\": 4}]}".formatted(question);

		assertThat(api().get("/api/v1/public/surveys/" + token).status()).isEqualTo(404);
		assertThat(api().asDemo("ansatt").post("/api/v1/surveys/" + id + "/responses", answer).status()).isEqualTo(201);
		JsonNode results = analyst.get("/api/v1/surveys/" + id + "/results").json();
		assertThat(results.path("questions").get(0).path("average").asDouble()).isEqualTo(4.0);
	}

	@Test
	void theDemoHasTheForeldrepengerSurveyNearItsSeedFigures() {
		Api analyst = api().asDemo("analytiker");
		long id = -1;
		for (JsonNode survey : analyst.get("/api/v1/surveys").json()) {
			if (survey.path("title").asString().contains("Foreldrepenger")) {
				id = survey.path("id").asLong();
			}
		}
		JsonNode results = analyst.get("/api/v1/surveys/" + id + "/results").json();
		int responses = results.path("responses").asInt();
		double noNeedToAsk = results.path("questions").get(0).path("counts").get(0).path("count").asDouble() / responses;
		double satisfied = results.path("questions").get(1).path("counts").get(0).path("count").asDouble() / responses;
		assertThat(responses).isBetween(200, 1000);
		assertThat(noNeedToAsk).isBetween(0.62, 0.68);
		assertThat(satisfied).isBetween(0.88, 0.94);
	}

	private static String answers(JsonNode questions, String... values) {
		StringBuilder json = new StringBuilder("{\"answers\": [");
		for (int i = 0; i < values.length; i++) {
			json.append(i == 0 ? "" : ", ")
				.append("{\"questionId\": ")
				.append(questions.get(i).path("id").asLong())
				.append(", \"value\": ")
				.append(values[i])
				.append('}');
		}
		return json.append("]}").toString();
	}

}
