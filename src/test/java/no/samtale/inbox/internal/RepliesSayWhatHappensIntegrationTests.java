package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;

/**
 * What the page promises is what happens: it says before the click whether a reply goes to a partner, identity
 * numbers never leave in public, and an admin off the team is told that is why they cannot write.
 */
class RepliesSayWhatHappensIntegrationTests extends IntegrationTest {

	/** A valid, made-up fødselsnummer (individual number in the reserve series). */
	private static final String IDENTITY_NUMBER = "15088510140";

	@Test
	void theConversationSaysWhetherAReplyGoesToAPartnerFirst() {
		Api admin = api().asDemo("admin");
		long chat = Inbox.account(admin, "Chat med NAV om foreldrepenger", "WEB_CHAT");
		long chatConversation = Inbox.citizenWrites(admin, chat, "PRIVATE", "Chat om permisjon " + TestText.unique());
		long comment = Inbox.citizenComments(admin, "Kommentar om permisjon " + TestText.unique());

		JsonNode inChat = Inbox.conversation(api().asDemo("veileder1"), chatConversation).path("approvalNeeded");
		JsonNode inComments = Inbox.conversation(api().asDemo("veileder1"), comment).path("approvalNeeded");

		assertThat(inChat.path("privateReply").asBoolean()).as("the chat account exempts private replies").isFalse();
		assertThat(inChat.path("publicReply").asBoolean()).isTrue();
		assertThat(inComments.path("privateReply").asBoolean()).isTrue();
		assertThat(inComments.path("publicReply").asBoolean()).isTrue();
		Api.Response replied = api().asDemo("veileder1").post("/api/v1/inbox/conversations/" + chatConversation
				+ "/replies", "{\"body\": \"Hei! Vi ser på det.\", \"visibility\": \"PRIVATE\"}");
		assertThat(replied.json().path("status").asString()).as("as the page said").isEqualTo("APPROVED");
	}

	@Test
	void aPublicReplyWithAnIdentityNumberIsRefusedNamingTheBodyInEitherWriting() {
		Api admin = api().asDemo("admin");
		Api advisor = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Hvem er jeg? " + TestText.unique());
		String path = "/api/v1/inbox/conversations/" + conversation + "/replies";

		for (String number : new String[] { IDENTITY_NUMBER, "150885 10140" }) {
			Api.Response refused = advisor.post(path,
					"{\"body\": \"Vi fant saken på " + number + ".\", \"visibility\": \"PUBLIC\"}");
			assertThat(refused.status()).as(refused.body()).isEqualTo(422);
			assertThat(refused.problemType()).isEqualTo("urn:samtale:problem:personal-data");
			assertThat(refused.json().path("field").asString()).isEqualTo("body");
		}
		assertThat(Inbox.conversation(advisor, conversation).path("replies").size()).as("nothing stored").isZero();
	}

	@Test
	void aPrivateReplyWithAnIdentityNumberIsAcceptedWithAWarning() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Hvilket nummer? " + TestText.unique());

		Api.Response replied = api().asDemo("veileder1").post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"Nummeret vi har er " + IDENTITY_NUMBER + ".\", \"visibility\": \"PRIVATE\"}");

		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		assertThat(replied.json().path("personalData").toString()).contains("national-id");
	}

	@Test
	void anApproversEditAndTheAuthorsRewordingAreCheckedToo() {
		Api admin = api().asDemo("admin");
		Api author = api().asDemo("veileder1");
		long conversation = Inbox.citizenComments(admin, "Sjekk dette " + TestText.unique());
		long reply = Inbox.reply(author, conversation, "Vi ser på det.", "PUBLIC");

		Api.Response edit = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve",
				"{\"body\": \"Vi ser på saken til 150885 10140.\"}");
		Api.Response reworded = author.put("/api/v1/inbox/replies/" + reply,
				"{\"body\": \"Saken til " + IDENTITY_NUMBER + " er under behandling.\"}");

		assertThat(edit.status()).isEqualTo(422);
		assertThat(edit.json().path("field").asString()).isEqualTo("body");
		assertThat(reworded.status()).isEqualTo(422);
		assertThat(Inbox.replyIn(author, conversation, reply).path("body").asString()).isEqualTo("Vi ser på det.");
	}

	@Test
	void anAdminWhoIsNotOnTheTeamIsToldSoRatherThanThatTheAccountCannotReply() {
		Api admin = api().asDemo("admin");
		long conversation = Inbox.citizenComments(admin, "Svarer dere? " + TestText.unique());

		JsonNode permissions = Inbox.conversation(admin, conversation).path("permissions");
		Api.Response replied = admin.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"Hei!\", \"visibility\": \"PUBLIC\"}");

		assertThat(permissions.path("memberOfTeam").asBoolean()).isFalse();
		assertThat(permissions.path("canReply").asBoolean()).isFalse();
		assertThat(replied.status()).isEqualTo(403);
		assertThat(replied.problemType()).isEqualTo("urn:samtale:problem:not-team-member");
		assertThat(Inbox.conversation(api().asDemo("veileder1"), conversation).path("permissions")
			.path("memberOfTeam").asBoolean()).isTrue();
	}

}
