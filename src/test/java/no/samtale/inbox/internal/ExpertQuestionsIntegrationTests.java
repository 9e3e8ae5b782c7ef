package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * An advisor takes a citizen's question to the forum's experts: redacted before the forum stores it, linked back to
 * the conversation, refused for another team, and the verified answer comes back as a draft and a notification.
 */
@AlsoOnTheEmbeddedDatabase
class ExpertQuestionsIntegrationTests extends IntegrationTest {

	static final String RULES = "Faglig veiledning på regelverksspørsmål";

	/** Made-up numbers with valid control digits. */
	static final String NATIONAL_ID = "15088510140";

	static final String ACCOUNT = "1234.56.78903";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theQuestionReachesTheExpertsWithoutPersonalDataAndTheVerifiedAnswerComesBack() {
		Api admin = api().asDemo("admin");
		String tag = TestText.unique();
		long conversation = Inbox.citizenComments(admin, "Kan jeg utsette foreldrepengene? " + tag);
		Api advisor = api().asDemo("veileder1");
		long space = ForumSteps.space(advisor, RULES);
		String body = "Kari Nordmann (" + NATIONAL_ID + ", konto " + ACCOUNT + ", tlf 91234567, kari@example.no) "
				+ "spør om hun kan utsette foreldrepengene mens hun er innlagt. Kari lurer også på fristen. " + tag;

		JsonNode preview = advisor.post(path(conversation) + "/preview",
				json(Map.of("title", "Utsettelse for Kari", "body", body))).json();
		assertThat(preview.path("title").asString()).isEqualTo("Utsettelse for [navn fjernet]");
		assertThat(preview.path("body").asString()).doesNotContain(NATIONAL_ID, "78903", "91234567", "kari@", "Kari")
			.contains("[fødselsnummer fjernet]", "[kontonummer fjernet]", "[telefonnummer fjernet]",
					"[e-post fjernet]", "[navn fjernet]", tag);
		assertThat(preview.path("removed").valueStream().map(JsonNode::asString))
			.contains("identity-number", "bank-account", "phone", "email", "name");

		Api.Response asked = advisor.post(path(conversation),
				json(Map.of("spaceId", space, "title", "Utsettelse for Kari", "body", body)));
		assertThat(asked.status()).as(asked.body()).isEqualTo(201);
		long discussion = asked.json().path("discussionId").asLong();

		Api.Response read = api().asDemo("fagperson").get("/api/v1/discussions/" + discussion);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).doesNotContain(NATIONAL_ID, "91234567", "kari@example.no", "Kari Nordmann")
			.contains(tag, "/innboks/samtale/" + conversation);
		JsonNode shown = Inbox.conversation(advisor, conversation).path("expertQuestion");
		assertThat(shown.path("discussionId").asLong()).isEqualTo(discussion);
		assertThat(shown.path("status").asString()).isEqualTo("OPEN");
		assertThat(shown.path("verifiedAnswer").isNull()).isTrue();

		long answer = ForumSteps.reply(api().asDemo("fagperson"), discussion,
				"Ja, utsettelse ved innleggelse gjelder etter folketrygdloven § 14-10. " + tag);
		Api.Response verified = api().asDemo("moderator").post("/api/v1/discussions/" + discussion + "/verified-answer",
				"{\"messageId\": " + answer + "}");
		assertThat(verified.status()).as(verified.body()).isEqualTo(200);

		JsonNode back = Inbox.conversation(advisor, conversation).path("expertQuestion");
		assertThat(back.path("status").asString()).isEqualTo("VERIFIED");
		assertThat(back.path("verifiedAnswer").asString()).contains("§ 14-10", tag);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			JsonNode items = advisor.get("/api/v1/notifications").json().path("items");
			assertThat(items.valueStream()
				.filter(item -> item.path("kind").asString().equals("EXPERT_ANSWER_READY"))
				.map(item -> item.path("conversationId").asLong())).contains(conversation);
		});
	}

	@Test
	void anotherTeamsAdvisorGetsA404AndNothingIsWritten() {
		Api admin = api().asDemo("admin");
		String tag = TestText.unique();
		long conversation = Inbox.citizenComments(admin, "Hva er satsen for dagpenger? " + tag);
		Api other = api().asDemo("veileder4");
		long space = ForumSteps.space(other, RULES);
		String request = json(Map.of("spaceId", space, "title", "Sats " + tag, "body", "Hva er satsen? " + tag));

		assertThat(other.post(path(conversation), request).status()).isEqualTo(404);
		assertThat(other.post(path(conversation) + "/preview", json(Map.of("title", "t", "body", "b"))).status())
			.isEqualTo(404);
		assertThat(other.post(path(Long.MAX_VALUE), request).status()).isEqualTo(404);

		assertThat(Inbox.conversation(api().asDemo("veileder1"), conversation).path("expertQuestion").isNull()).isTrue();
		assertThat(api().asDemo("fagperson").get("/api/v1/spaces/" + space + "/discussions?size=50").body())
			.doesNotContain(tag);
	}

	@Test
	void badInputIsAProblemAndLeavesNothingHalfWritten() {
		Api admin = api().asDemo("admin");
		String tag = TestText.unique();
		long conversation = Inbox.citizenComments(admin, "Når kommer pengene? " + tag);
		Api advisor = api().asDemo("veileder1");
		long space = ForumSteps.space(advisor, RULES);

		Api.Response noSpace = advisor.post(path(conversation), json(Map.of("title", "Tittel", "body", "Tekst")));
		Api.Response blankBody = advisor.post(path(conversation),
				json(Map.of("spaceId", space, "title", "Tittel", "body", " ")));
		Api.Response unknownSpace = advisor.post(path(conversation),
				json(Map.of("spaceId", Long.MAX_VALUE, "title", "Tittel " + tag, "body", "Tekst " + tag)));

		assertThat(noSpace.status()).isEqualTo(400);
		assertThat(noSpace.body()).contains("spaceId");
		assertThat(blankBody.status()).isEqualTo(400);
		assertThat(blankBody.body()).contains("body");
		assertThat(unknownSpace.status()).isEqualTo(404);
		assertThat(Inbox.conversation(advisor, conversation).path("expertQuestion").isNull()).isTrue();
	}

	private static String path(long conversation) {
		return "/api/v1/inbox/conversations/" + conversation + "/expert-questions";
	}

	private static String json(Map<String, Object> fields) {
		return JSON.writeValueAsString(fields);
	}

}
