package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Recognising a reply an interrupted attempt made: the page's own, the same text, not older than the entry. */
class MetaEarlierDeliveriesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant SINCE = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void thePagesOwnReplyWithTheSameTextSinceTheEntryIsTheEarlierDelivery() {
		JsonNode replies = JSON.readTree("""
				[{"id":"r1","message":"Hei! Pengene kommer den 25.","from":{"id":"24"},"created_time":"2026-11-24T12:00:05+0000"},
				 {"id":"r2","message":"Hei! Pengene kommer den 25.","from":{"id":"P"},"created_time":"2026-11-24T11:00:00+0000"},
				 {"id":"r3","message":"Et annet svar","from":{"id":"P"},"created_time":"2026-11-24T12:00:05+0000"},
				 {"id":"r4","message":" Hei! Pengene kommer den 25.\\n","from":{"id":"P"},"created_time":"2026-11-24T12:00:06+0000"}]""");

		assertThat(MetaEarlierDeliveries.ownItem(replies, "P", "message", "created_time", "Hei! Pengene kommer den 25.",
				SINCE)).contains("r4");
		assertThat(MetaEarlierDeliveries.ownItem(replies, "P", "message", "created_time", "Noe helt annet", SINCE))
			.isEmpty();
	}

}
