package no.samtale.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.support.AlsoOnTheEmbeddedDatabase;
import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.IntegrationTest;
import no.samtale.support.TestText;
import no.samtale.platform.PageQuery;
import no.samtale.teams.Duty;
import no.samtale.teams.ShiftUnderstaffed;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * Who is told of what, once per event and person and never of their own action; and each notification read on its
 * own, by its recipient only.
 */
@AlsoOnTheEmbeddedDatabase
class NotificationsIntegrationTests extends IntegrationTest {

	private static final String RULES = "Faglig veiledning på regelverksspørsmål";

	@Autowired
	private ForumNotifier forumNotifier;

	@Autowired
	private NotificationStore store;

	@Autowired
	private InboxNotifier inboxNotifier;

	@Autowired
	private Teams teams;

	@Autowired
	private Duty duty;

	@Test
	void aNewQuestionReachesTheTopicsExpertsAndAnAnswerItsFollowersButNeverTheirAuthor() {
		Api asker = api().asDemo("ansatt");
		Api expert = api().asDemo("fagperson");
		long space = ForumSteps.space(asker, RULES);
		long discussion = ForumSteps.ask(asker, space, "Varsel til fagpersoner", "Hvem får vite om dette?");

		awaitKinds(expert, "discussionId", discussion, List.of("NEW_QUESTION"));
		awaitKinds(api().asDemo("fagperson2"), "discussionId", discussion, List.of("NEW_QUESTION"));
		assertThat(of(expert, "discussionId", discussion).get(0).path("text").asString())
			.isEqualTo("Varsel til fagpersoner");

		ForumSteps.reply(expert, discussion, "Fagpersonene i temaet.");
		awaitKinds(asker, "discussionId", discussion, List.of("NEW_MESSAGE"));
		assertThat(kinds(expert, "discussionId", discussion)).as("not told of their own answer")
			.containsExactly("NEW_QUESTION");
	}

	@Test
	void theSameEventDeliveredTwiceTellsEachPersonOnce() {
		Api asker = api().asDemo("ansatt2");
		long space = ForumSteps.space(asker, RULES);
		long discussion = ForumSteps.ask(asker, space, "Dobbel levering", "Kommer varselet to ganger?");
		long message = ForumSteps.reply(api().asDemo("fagperson2"), discussion, "Bare én gang.");
		long author = asker.get("/api/v1/me").json().path("id").asLong();
		awaitKinds(asker, "discussionId", discussion, List.of("NEW_MESSAGE"));

		long replier = api().asDemo("fagperson2").get("/api/v1/me").json().path("id").asLong();
		MessagePosted again = new MessagePosted(message, discussion, space, replier, MessageKind.POST);
		forumNotifier.on(again);
		forumNotifier.on(again);

		assertThat(kinds(asker, "discussionId", discussion)).containsExactly("NEW_MESSAGE");
		assertThat(author).isNotEqualTo(replier);
	}

	@Test
	void aReplyReachesThePartnersOnDutyOrElseTheTeamAndItsAuthorWhenSentBack() {
		Api author = api().asDemo("veileder1");
		Api partner = api().asDemo("veileder2");
		long authorId = author.get("/api/v1/me").json().path("id").asLong();
		long partnerId = partner.get("/api/v1/me").json().path("id").asLong();
		long conversation = citizenComments("Får jeg varsel om svaret " + TestText.unique() + "?");
		Api.Response replied = author.post("/api/v1/inbox/conversations/" + conversation + "/replies",
				"{\"body\": \"Ja.\", \"visibility\": \"PUBLIC\"}");
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);
		long reply = replied.json().path("id").asLong();

		// The demo roster follows the clock: whoever is on duty now decides who is told first.
		Team team = teams.all().stream().filter(t -> t.memberIds().containsAll(List.of(authorId, partnerId)))
			.findFirst().orElseThrow();
		List<Long> told = Recipients.whoMayApproveAReplyOf(team, authorId, duty.onDuty(team.id(), Instant.now()));
		assertThat(told).isNotEmpty().doesNotContain(authorId);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(told)
			.allSatisfy(person -> assertThat(aboutReply(person, reply)).containsExactly("REPLY_AWAITS_APPROVAL")));
		assertThat(aboutReply(authorId, reply)).isEmpty();
		if (!told.contains(partnerId)) {
			assertThat(aboutReply(partnerId, reply)).as("off duty while a partner is on").isEmpty();
		}

		assertThat(partner.post("/api/v1/approvals/" + reply + "/reject", "{\"comment\": \"Forklar mer.\"}").status())
			.as("anyone on the team may still decide").isEqualTo(200);
		awaitKinds(author, "conversationId", conversation, List.of("REPLY_SENT_BACK"));
		assertThat(aboutReply(partnerId, reply)).doesNotContain("REPLY_SENT_BACK");
	}

	@Test
	void aThinShiftReachesTheTeamsLeadsOnce() {
		Team team = teams.all().get(0);
		long lead = team.memberIds().get(0);
		long shift = 900_000 + Math.abs(UUID.randomUUID().hashCode() % 1000);
		Instant at = Instant.now();
		ShiftUnderstaffed thin = new ShiftUnderstaffed(team.id(), shift, at, at.plusSeconds(3600), 1, List.of(lead), at);
		long before = thinShifts(lead, team);
		// The listener runs asynchronously, as it does for a published event.
		inboxNotifier.on(thin);
		await().atMost(Duration.ofSeconds(10)).until(() -> thinShifts(lead, team) == before + 1);
		inboxNotifier.on(thin);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
			.untilAsserted(() -> assertThat(thinShifts(lead, team)).as("the same event twice is one notification")
				.isEqualTo(before + 1));
	}

	private long thinShifts(long lead, Team team) {
		return store.of(lead, false, new PageQuery(0, 100)).items().stream()
			.filter(n -> n.kind() == NotificationKind.SHIFT_UNDERSTAFFED && team.name().equals(n.text()))
			.count();
	}

	private List<String> aboutReply(long person, long reply) {
		return store.of(person, false, new PageQuery(0, 100)).items().stream()
			.filter(n -> Long.valueOf(reply).equals(n.replyId()))
			.map(n -> n.kind().name())
			.toList();
	}

	@Test
	void anAssignmentReachesTheAssigneeAndReadingOneLeavesTheOthersUnread() {
		Api advisor = api().asDemo("veileder1");
		Api assignee = api().asDemo("veileder2");
		long assigneeId = assignee.get("/api/v1/me").json().path("id").asLong();
		long first = citizenComments("Første tildeling " + TestText.unique());
		long second = citizenComments("Andre tildeling " + TestText.unique());
		for (long conversation : List.of(first, second)) {
			assertThat(advisor.post("/api/v1/inbox/conversations/" + conversation + "/assignee",
					"{\"userId\": " + assigneeId + "}").status()).isEqualTo(200);
		}
		awaitKinds(assignee, "conversationId", first, List.of("CONVERSATION_ASSIGNED"));
		awaitKinds(assignee, "conversationId", second, List.of("CONVERSATION_ASSIGNED"));
		assertThat(kinds(advisor, "conversationId", first)).as("not told of their own assignment").isEmpty();

		long unreadBefore = assignee.get("/api/v1/notifications").json().path("unreadCount").asLong();
		long one = of(assignee, "conversationId", first).get(0).path("id").asLong();
		assertThat(assignee.post("/api/v1/notifications/" + one + "/read", null).status()).isEqualTo(204);

		assertThat(of(assignee, "conversationId", first).get(0).path("read").asBoolean()).isTrue();
		assertThat(of(assignee, "conversationId", second).get(0).path("read").asBoolean()).isFalse();
		JsonNode unread = assignee.get("/api/v1/notifications?unread=true&size=100").json();
		assertThat(unread.path("unreadCount").asLong()).isEqualTo(unreadBefore - 1);
		assertThat(unread.path("items").findValuesAsString("read")).doesNotContain("true");
		assertThat(unread.path("items").findValues("conversationId").stream().map(JsonNode::asLong).toList())
			.contains(second)
			.doesNotContain(first);
	}

	@Test
	void nobodyReadsAnotherPersonsNotificationAndBadInputIsAProblem() {
		Api expert = api().asDemo("fagperson");
		long discussion = ForumSteps.ask(api().asDemo("ansatt"), ForumSteps.space(expert, RULES), "Ikke din",
				"Hvem kan lese varselet?");
		awaitKinds(expert, "discussionId", discussion, List.of("NEW_QUESTION"));
		long theirs = of(expert, "discussionId", discussion).get(0).path("id").asLong();

		Api.Response byOther = api().asDemo("moderator").post("/api/v1/notifications/" + theirs + "/read", null);
		assertThat(byOther.status()).isEqualTo(404);
		assertThat(byOther.isProblem()).isTrue();
		assertThat(of(expert, "discussionId", discussion).get(0).path("read").asBoolean()).isFalse();
		assertThat(expert.post("/api/v1/notifications/999999999/read", null).status()).isEqualTo(404);
		Api.Response notAnId = expert.post("/api/v1/notifications/abc/read", null);
		assertThat(notAnId.status()).isEqualTo(400);
		assertThat(notAnId.isProblem()).isTrue();
		Api.Response badFilter = expert.get("/api/v1/notifications?unread=maybe");
		assertThat(badFilter.status()).isEqualTo(400);
		assertThat(badFilter.isProblem()).isTrue();
	}

	private long citizenComments(String text) {
		Api admin = api().asDemo("admin");
		long account = -1;
		for (JsonNode candidate : admin.get("/api/v1/channels/accounts").json()) {
			if (candidate.path("name").asString().equals("NAV Foreldrepenger")
					&& candidate.path("platform").asString().equals("INSTAGRAM")) {
				account = candidate.path("id").asLong();
			}
		}
		String id = UUID.randomUUID().toString();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "n-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "%s", "context": {"externalId": "post-1", "text": "Et innlegg"}}
				""".formatted(id, id, id, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		long[] found = new long[1];
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode item : admin.get("/api/v1/inbox/conversations?status=NEW&size=200&sort=newest").json()
				.path("items")) {
				if (item.path("subject").asString().equals(text)) {
					found[0] = item.path("id").asLong();
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	private static void awaitKinds(Api reader, String idField, long id, List<String> expected) {
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(kinds(reader, idField, id)).containsExactlyElementsOf(expected));
	}

	private static List<String> kinds(Api reader, String idField, long id) {
		return of(reader, idField, id).stream().map(n -> n.path("kind").asString()).toList();
	}

	/** The reader's notifications about one discussion or conversation, newest first. */
	private static List<JsonNode> of(Api reader, String idField, long id) {
		List<JsonNode> found = new ArrayList<>();
		for (JsonNode notification : reader.get("/api/v1/notifications?size=100").json().path("items")) {
			if (notification.path(idField).asLong() == id) {
				found.add(notification);
			}
		}
		return found;
	}

}
