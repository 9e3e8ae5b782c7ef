package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.InboundMessage;
import no.samtale.channels.Visibility;
import no.samtale.channels.internal.meta.CommentChanges.Change;
import no.samtale.channels.internal.meta.MetaPayload.CommentEvent;
import no.samtale.channels.internal.meta.MetaPayload.Event;
import no.samtale.channels.internal.meta.MetaPayload.MessageEvent;

/** The one mapping of what Meta sends, by webhook and by a Graph API read, without Spring. */
class MetaPayloadTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PAGE = "1000000000001";

	private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void aWebhookCommentIsThreadedByItsTopCommentUnderItsPost() {
		JsonNode entry = JSON.readTree(MetaHooks.entry(PAGE, PAGE + "_2", PAGE + "_1", "Svar i tråden", NOW, "add"));

		List<Event> events = MetaPayload.ofEntry("page", entry, NOW.plusSeconds(9));

		CommentEvent event = (CommentEvent) events.get(0);
		assertThat(event.change()).isEqualTo(Change.ADD);
		assertThat(event.at()).isEqualTo(NOW);
		InboundMessage comment = event.comment();
		assertThat(comment.externalId()).isEqualTo(PAGE + "_2");
		assertThat(comment.threadExternalId()).isEqualTo(PAGE + "_1");
		assertThat(comment.kind()).isEqualTo(Visibility.PUBLIC);
		assertThat(comment.authorName()).isEqualTo("Kari Nordmann");
		assertThat(comment.body()).isEqualTo("Svar i tråden");
		assertThat(comment.contextExternalId()).isEqualTo(PAGE + "_777");
	}

	@Test
	void aCommentOnThePostIsItsOwnThread() {
		assertThat(MetaPayload.threadOf("c1", "", "p1")).isEqualTo("c1");
		assertThat(MetaPayload.threadOf("c1", "p1", "p1")).isEqualTo("c1");
		assertThat(MetaPayload.threadOf("c2", "c1", "p1")).isEqualTo("c1");
	}

	@Test
	void thePagesOwnCommentsAndUnknownVerbsAreNotTheCitizens() {
		String own = """
				{"id":"%s","time":1,"changes":[{"field":"feed","value":{"from":{"id":"%s"},"item":"comment",
				 "verb":"add","comment_id":"x","post_id":"p","message":"Fra siden"}}]}""".formatted(PAGE, PAGE);
		JsonNode unknownVerb = JSON.readTree(MetaHooks.entry(PAGE, PAGE + "_3", null, "Hei", NOW, "update"));

		assertThat(MetaPayload.ofEntry("page", JSON.readTree(own), NOW)).isEmpty();
		assertThat(MetaPayload.ofEntry("page", unknownVerb, NOW)).isEmpty();
	}

	@Test
	void nulAndLoneSurrogatesInAWebhookNeverReachTheText() {
		String poisoned = """
				{"id":"%s","time":1,"changes":[{"field":"feed","value":{"from":{"id":"24","name":"Ola\\u0000"},
				 "item":"comment","verb":"add","comment_id":"c\\u0000","post_id":"p","message":"Hei\\u0000 \\ud800du"}}]}"""
			.formatted(PAGE);

		InboundMessage comment = ((CommentEvent) MetaPayload.ofEntry("page", JSON.readTree(poisoned), NOW).get(0))
			.comment();

		assertThat(comment.body()).isEqualTo("Hei du");
		assertThat(comment.authorName()).isEqualTo("Ola");
		assertThat(comment.externalId()).isEqualTo("c");
	}

	@Test
	void aMessageFromACitizenIsPrivateAndThreadedByTheSenderButAnEchoIsNot() {
		String messaging = """
				{"id":"%s","time":1,"messaging":[
				 {"sender":{"id":"777"},"recipient":{"id":"%s"},"timestamp":1764000000000,"message":{"mid":"m1","text":"Hei"}},
				 {"sender":{"id":"%s"},"recipient":{"id":"777"},"timestamp":1764000000000,
				  "message":{"mid":"m2","text":"Svar","is_echo":true}}]}""".formatted(PAGE, PAGE, PAGE);

		List<Event> events = MetaPayload.ofEntry("instagram", JSON.readTree(messaging), NOW);

		assertThat(events).hasSize(1);
		MessageEvent message = (MessageEvent) events.get(0);
		InboundMessage stored = message.from("Kari");
		assertThat(stored.kind()).isEqualTo(Visibility.PRIVATE);
		assertThat(stored.threadExternalId()).isEqualTo("777");
		assertThat(stored.sentAt()).isEqualTo(Instant.ofEpochMilli(1764000000000L));
		assertThat(message.instagram()).isTrue();
	}

	@Test
	void aFeedReadAndAWebhookMapTheSameCommentTheSameWay() {
		JsonNode feed = JSON.readTree("""
				{"data":[{"id":"%s_777","message":"Et innlegg","comments":{"data":[
				 {"id":"%s_2","message":"Svar i tråden","from":{"id":"24000000000001","name":"Kari Nordmann"},
				  "created_time":"2026-11-24T12:00:00+0000","parent":{"id":"%s_1"}},
				 {"id":"%s_own","message":"Fra siden","from":{"id":"%s"},"created_time":"2026-11-24T12:00:00+0000"}]}}]}"""
			.formatted(PAGE, PAGE, PAGE, PAGE, PAGE));
		JsonNode entry = JSON.readTree(MetaHooks.entry(PAGE, PAGE + "_2", PAGE + "_1", "Svar i tråden", NOW, "add"));

		List<CommentEvent> read = MetaPayload.ofFeed(PAGE, feed);
		InboundMessage fromWebhook = ((CommentEvent) MetaPayload.ofEntry("page", entry, NOW).get(0)).comment();

		assertThat(read).hasSize(1);
		InboundMessage fromRead = read.get(0).comment();
		assertThat(fromRead.threadExternalId()).isEqualTo(fromWebhook.threadExternalId());
		assertThat(fromRead.authorName()).isEqualTo(fromWebhook.authorName());
		assertThat(fromRead.body()).isEqualTo(fromWebhook.body());
		assertThat(fromRead.contextExternalId()).isEqualTo(fromWebhook.contextExternalId());
		assertThat(fromRead.contextBody()).isEqualTo("Et innlegg");
		assertThat(read.get(0).at()).isEqualTo(NOW);
	}

	@Test
	void anInstagramReplyIsThreadedByItsCommentAndAnUnnamedTextlessOneIsKeptAsTheFactsBothWays() {
		JsonNode media = JSON.readTree("""
				{"data":[{"id":"m1","caption":"Bilde","comments":{"data":[
				 {"id":"c1","text":"","timestamp":"2026-11-24T12:00:00+0000","from":{"id":"9"},
				  "replies":{"data":[{"id":"c2","text":"Svar","username":"kari","timestamp":"2026-11-24T12:01:00+0000"}]}}]}}]}""");
		JsonNode webhook = JSON.readTree("""
				{"id":"%s","time":1,"changes":[{"field":"comments","value":{"id":"c1","text":"","from":{"id":"9"},
				 "media":{"id":"m1"}}}]}""".formatted(PAGE));

		List<CommentEvent> read = MetaPayload.ofMedia(PAGE, media);
		InboundMessage fromWebhook = ((CommentEvent) MetaPayload.ofEntry("instagram", webhook, NOW).get(0)).comment();

		assertThat(read).extracting(c -> c.comment().threadExternalId()).containsExactly("c1", "c1");
		assertThat(read.get(1).comment().authorName()).isEqualTo("kari");
		assertThat(read.get(0).comment().authorName()).isNull();
		assertThat(fromWebhook.authorName()).isNull();
		assertThat(read.get(0).comment().body()).isEmpty();
		assertThat(fromWebhook.body()).isEmpty();
		assertThat(fromWebhook.authorExternalId()).isEqualTo("9");
	}

}
