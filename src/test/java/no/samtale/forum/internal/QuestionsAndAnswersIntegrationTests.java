package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/** Asking in a topic, answering, the moderator's quality-assured answer, edits, reactions and views. */
@AlsoOnTheEmbeddedDatabase
class QuestionsAndAnswersIntegrationTests extends IntegrationTest {

	@Test
	void theDemoForumHasItsTopicsAndGroupEachStaffed() {
		JsonNode spaces = api().asDemo("ansatt").get("/api/v1/spaces").json().path("items");

		assertThat(spaces.findValuesAsString("name")).contains(Forum.RULES, "NAV Kontaktsenter",
				"Arbeidsrettet sykefraværsoppfølging", "Hjelpemidler – idéer og innovasjon", Forum.GROUP);
		for (JsonNode space : spaces) {
			if (space.path("kind").asString().equals("TOPIC")) {
				assertThat(space.path("open").asBoolean()).isTrue();
				assertThat(space.path("moderators").size()).isPositive();
				assertThat(space.path("experts").size()).isPositive();
				assertThat(space.path("discussionCount").asLong()).isPositive();
			}
		}
	}

	@Test
	void anEmployeeAsksAnExpertAnswersAndTheModeratorVerifies() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Gradert uttak av foreldrepenger",
				"Kan far ta ut foreldrepenger gradert mens mor er hjemme?");
		assertThat(status(discussion)).isEqualTo("OPEN");

		long answer = Forum.reply(api().asDemo("fagperson"), discussion, "Ja, se **folketrygdloven § 14-16**.");
		assertThat(status(discussion)).isEqualTo("ANSWERED");

		Api.Response byExpert = api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");
		Api.Response byAsker = api().asDemo("ansatt").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");
		Api.Response byModerator = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");

		assertThat(byExpert.status()).isEqualTo(403);
		assertThat(byAsker.status()).isEqualTo(403);
		assertThat(byModerator.status()).isEqualTo(200);
		JsonNode shown = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json();
		assertThat(shown.path("status").asString()).isEqualTo("VERIFIED");
		assertThat(shown.path("verifiedMessageId").asLong()).isEqualTo(answer);
		assertThat(shown.path("messages").get(1).path("verified").asBoolean()).isTrue();
		assertThat(shown.path("messages").get(1).path("authorRole").asString()).isEqualTo("EXPERT");
		assertThat(shown.path("messages").get(1).path("html").asString()).contains("<strong>folketrygdloven § 14-16</strong>");
	}

	@Test
	void theQuestionItselfCannotBeVerified() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Selvsvar", "Kan jeg svare meg selv?");
		long opening = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("messages").get(0)
			.path("id").asLong();

		Api.Response attempt = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + opening + "}");

		assertThat(attempt.status()).isEqualTo(400);
		assertThat(attempt.json().path("field").asString()).isEqualTo("messageId");
	}

	@Test
	void scriptsInMarkdownAreStoredButNeverRendered() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Skript",
				"Hei <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");

		String html = api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("messages").get(0)
			.path("html").asString();

		assertThat(html).doesNotContain("<script", "<img", "javascript:").contains("&lt;script&gt;");
	}

	@Test
	void emptyOrOversizedPostsAreRefusedNamingTheFieldAndNothingIsStored() {
		Api ansatt = api().asDemo("ansatt");
		long space = Forum.space(ansatt, Forum.RULES);
		long before = ansatt.get("/api/v1/spaces/" + space + "/discussions").json().path("totalElements").asLong();

		Api.Response empty = ansatt.post("/api/v1/spaces/" + space + "/discussions", "{\"title\": \"\", \"body\": \"\"}");
		Api.Response huge = ansatt.post("/api/v1/spaces/" + space + "/discussions",
				"{\"title\": \"Langt\", \"body\": \"" + "x".repeat(20_001) + "\"}");
		Api.Response emptyReply = ansatt.post("/api/v1/discussions/" + Forum.ask(ansatt, space, "Tomt svar", "Spørsmål")
				+ "/messages", "{\"body\": \"   \"}");

		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").findValuesAsString("field")).contains("title", "body");
		assertThat(huge.status()).isEqualTo(400);
		assertThat(huge.json().path("field").asString()).isEqualTo("body");
		assertThat(emptyReply.status()).isEqualTo(400);
		long after = ansatt.get("/api/v1/spaces/" + space + "/discussions").json().path("totalElements").asLong();
		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void aReaderCountsAsOneViewPerDay() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Visninger", "Telles visninger riktig?");

		api().asDemo("veileder1").get("/api/v1/discussions/" + discussion);
		api().asDemo("veileder1").get("/api/v1/discussions/" + discussion);
		int views = api().asDemo("veileder2").get("/api/v1/discussions/" + discussion).json().path("viewCount").asInt();

		assertThat(views).isEqualTo(2);
	}

	@Test
	void anAuthorEditsTheirMessageAndTheEarlierWordingIsKept() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Redigering", "Første versjon");
		long reply = Forum.reply(api().asDemo("veileder1"), discussion, "Skrivefeil her");

		Api.Response byOther = api().asDemo("ansatt").put("/api/v1/messages/" + reply, "{\"body\": \"Kapret\"}");
		Api.Response edited = api().asDemo("veileder1").put("/api/v1/messages/" + reply, "{\"body\": \"Rettet tekst\"}");

		assertThat(byOther.status()).isEqualTo(403);
		assertThat(edited.json().path("body").asString()).isEqualTo("Rettet tekst");
		assertThat(edited.json().path("editedAt").asString()).isNotBlank();
		assertThat(api().asDemo("veileder1").get("/api/v1/messages/" + reply + "/revisions").json().get(0).path("body")
			.asString()).isEqualTo("Skrivefeil her");
	}

	@Test
	void reactionsAreCountedOncePerReader() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Reaksjoner", "Hjelp?");
		long reply = Forum.reply(api().asDemo("fagperson"), discussion, "Her er hjelp");

		api().asDemo("ansatt").put("/api/v1/messages/" + reply + "/reactions/HELPFUL", null);
		Api.Response twice = api().asDemo("ansatt").put("/api/v1/messages/" + reply + "/reactions/HELPFUL", null);
		assertThat(twice.json().path("reactions").path("HELPFUL").asInt()).isEqualTo(1);
		assertThat(twice.json().path("myReactions").toString()).contains("HELPFUL");

		Api.Response removed = api().asDemo("ansatt").delete("/api/v1/messages/" + reply + "/reactions/HELPFUL");
		assertThat(removed.json().path("reactions").path("HELPFUL").asInt()).isZero();
	}

	@Test
	void monthlyFiguresCountDiscussionsMessagesAndReaders() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		Forum.ask(api().asDemo("ansatt2"), space, "Tall", "Teller dette?");

		JsonNode figures = api().asDemo("analytiker").get("/api/v1/spaces/" + space + "/figures").json();

		assertThat(figures.path("discussions").asLong()).isPositive();
		assertThat(figures.path("messages").asLong()).isPositive();
		assertThat(figures.path("uniqueContributors").asLong()).isPositive();
		double spread = figures.path("contributionSpread").path("creators").asDouble()
				+ figures.path("contributionSpread").path("contributors").asDouble()
				+ figures.path("contributionSpread").path("lurkers").asDouble();
		assertThat(spread).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.0001));
		assertThat(api().asDemo("analytiker").get("/api/v1/spaces/" + space + "/figures?month=nå").json().path("field")
			.asString()).isEqualTo("month");
	}

	@Test
	void withdrawingTheVerifiedAnswerLeavesTheQuestionAnsweredAndTheAskersOwnReplyAnswersNothing() {
		long space = Forum.space(api().asDemo("ansatt"), Forum.RULES);
		long discussion = Forum.ask(api().asDemo("ansatt"), space, "Tilbaketrukket svar",
				"Gjelder aktivitetsplikten også i permisjon?");
		Forum.reply(api().asDemo("ansatt"), discussion, "Jeg lurer fortsatt.");
		assertThat(status(discussion)).isEqualTo("OPEN");
		long answer = Forum.reply(api().asDemo("fagperson"), discussion, "Nei, ikke i permisjon.");
		api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");
		assertThat(status(discussion)).isEqualTo("VERIFIED");

		Api.Response withdrawn = api().asDemo("moderator").delete("/api/v1/discussions/" + discussion + "/verified-answer");

		assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
		assertThat(withdrawn.json().path("status").asString()).isEqualTo("ANSWERED");
		assertThat(withdrawn.json().path("verifiedMessageId").isNull()).isTrue();
	}

	private String status(long discussion) {
		return api().asDemo("ansatt").get("/api/v1/discussions/" + discussion).json().path("status").asString();
	}

}
