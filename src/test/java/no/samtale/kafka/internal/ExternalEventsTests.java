package no.samtale.kafka.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.Visibility;
import no.samtale.forum.AnswerVerified;
import no.samtale.forum.EscalationAnswered;
import no.samtale.forum.EscalationRaised;
import no.samtale.inbox.ConversationChanged;
import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.MessageReceived;
import no.samtale.inbox.ReplyDelivered;
import no.samtale.publishing.PostPublished;

class ExternalEventsTests {

	private static final Instant AT = Instant.parse("2026-12-05T09:00:00.123456Z");

	private final ExternalEvents events = new ExternalEvents("samtale.");

	@Test
	void aConversationsFactsShareOneTopicAndTheConversationsKey() {
		Outgoing received = events.outgoing(new MessageReceived(7, 70, 3, 4, Visibility.PRIVATE, AT)).orElseThrow();
		Outgoing sent = events.outgoing(new ReplyDelivered(71, 7, 3, 4, 99, true, AT, AT, AT, AT)).orElseThrow();

		assertThat(List.of(received.topic(), sent.topic())).containsOnly("samtale.inbox.conversations");
		assertThat(List.of(received.key(), sent.key())).containsOnly("7");
		assertThat(received.envelope().type()).isEqualTo("inbox.message-received");
		assertThat(sent.envelope().type()).isEqualTo("inbox.reply-sent");
	}

	@Test
	void aDiscussionsVerificationAndEscalationsShareTheDiscussionsKey() {
		List<Outgoing> out = List.of(events.outgoing(new AnswerVerified(12, 120, 5, AT)).orElseThrow(),
				events.outgoing(new EscalationRaised(1, 12, 2, 9, 5, LocalDate.of(2026, 12, 24), AT)).orElseThrow(),
				events.outgoing(new EscalationAnswered(1, 12, 2, 121, 6, 5, AT)).orElseThrow());

		assertThat(out).extracting(Outgoing::topic).containsOnly("samtale.forum.discussions");
		assertThat(out).extracting(Outgoing::key).containsOnly("12");
		assertThat(out).extracting(o -> o.envelope().type())
			.containsExactly("forum.answer-verified", "forum.escalation-raised", "forum.escalation-answered");
	}

	@Test
	void aPostIsKeyedByItself() {
		Outgoing post = events.outgoing(new PostPublished(42, 4, 3, AT)).orElseThrow();

		assertThat(post.topic()).isEqualTo("samtale.publishing.posts");
		assertThat(post.key()).isEqualTo("42");
	}

	@Test
	void theSameFactAlwaysGetsTheSameIdAndAnotherFactAnother() {
		String once = events.outgoing(new MessageReceived(7, 70, 3, 4, Visibility.PUBLIC, AT)).orElseThrow()
			.envelope().id();
		String again = events.outgoing(new MessageReceived(7, 70, 3, 4, Visibility.PUBLIC, AT)).orElseThrow()
			.envelope().id();
		String other = events.outgoing(new MessageReceived(7, 71, 3, 4, Visibility.PUBLIC, AT)).orElseThrow()
			.envelope().id();

		assertThat(again).isEqualTo(once);
		assertThat(other).isNotEqualTo(once);
		assertThat(once).isEqualTo(ExternalEvents.idOf("inbox.message-received", "70"));
	}

	@Test
	void anAnswerVerifiedAgainLaterIsANewFact() {
		String first = events.outgoing(new AnswerVerified(12, 120, 5, AT)).orElseThrow().envelope().id();
		String later = events.outgoing(new AnswerVerified(12, 120, 5, AT.plusSeconds(60))).orElseThrow().envelope().id();

		assertThat(later).isNotEqualTo(first);
	}

	@Test
	void eventsOthersOutsideDoNotNeedStayInside() {
		ConversationChanged changed = new ConversationChanged(7, 3, ConversationStatus.values()[0], null);

		assertThat(events.leaves(changed)).isFalse();
		assertThat(events.outgoing(changed)).isEmpty();
		assertThat(events.leaves(new PostPublished(42, 4, 3, AT))).isTrue();
	}

	@Test
	void theValueCarriesIdsAndFactsButNoPersonsId() {
		Outgoing sent = events.outgoing(new ReplyDelivered(71, 7, 3, 4, 99, true, null, AT, AT, AT)).orElseThrow();

		JsonNode value = JsonMapper.builder().build().valueToTree(sent.envelope());

		assertThat(value.path("version").asInt()).isEqualTo(1);
		assertThat(value.path("occurredAt").asString()).isEqualTo("2026-12-05T09:00:00.123456Z");
		JsonNode data = value.path("data");
		assertThat(data.propertyNames()).containsExactlyInAnyOrder("conversationId", "teamId", "accountId", "replyId",
				"publicReply", "waitingSince", "submittedAt", "approvedAt", "sentAt");
		assertThat(data.toString()).doesNotContain("99");
	}

}
