package no.samtale.channels.internal.x;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** X's reply rule, ids and post shapes, at unit-test speed. */
class XUnitTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void aPublicReplyIsAllowedOnlyWhereTheCitizenMentionedOrQuotedTheAccount() {
		assertThat(XReplyRule.aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(
				Optional.of(new XReplyRule.Post(true, false)))).isEmpty();
		assertThat(XReplyRule.aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(
				Optional.of(new XReplyRule.Post(false, true)))).isEmpty();
		assertThat(XReplyRule.aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(
				Optional.of(new XReplyRule.Post(false, false)))).isPresent();
		assertThat(XReplyRule.aPublicReplyNeedsTheCitizenToHaveMentionedOrQuotedTheAccount(Optional.empty()))
			.isPresent();
	}

	@Test
	void aPostHasAtMost280CharactersCountedAsCharactersNotUnits() {
		assertThat(XReplyRule.aPostHasAtMost280Characters("😀".repeat(280))).isEmpty();
		assertThat(XReplyRule.aPostHasAtMost280Characters("a".repeat(281))).isPresent();
	}

	@Test
	void idsCompareAsNumbersNotAsText() {
		assertThat(XIds.newer("10000000000000000000", "9999999999999999999")).isTrue();
		assertThat(XIds.newer("5", null)).isTrue();
		assertThat(XIds.newer("5", "5")).isFalse();
		assertThat(XIds.newer("abc", null)).isFalse();
	}

	@Test
	void aQuoteOfTheAccountsPostCountsAndTheQuotedTextIsTheContext() {
		var post = JSON.readTree("""
				{"id":"20","author_id":"7","text":"Se her","created_at":"2026-12-05T06:00:00.000Z",
				"referenced_tweets":[{"type":"quoted","id":"10"}]}""");
		var includes = JSON.readTree("""
				{"tweets":[{"id":"10","author_id":"1","text":"Vår rapport"}],"users":[{"id":"7","name":"Kari"}]}""");

		XPosts.Read read = XPosts.post(post, includes, "1", Instant.EPOCH);

		assertThat(read.quotesAccount()).isTrue();
		assertThat(read.mentionsAccount()).isFalse();
		assertThat(read.message().contextExternalId()).isEqualTo("10");
		assertThat(read.message().contextBody()).isEqualTo("Vår rapport");
		assertThat(read.message().authorName()).isEqualTo("Kari");
		assertThat(read.message().sentAt()).isEqualTo(Instant.parse("2026-12-05T06:00:00Z"));
	}

	@Test
	void theAccountsOwnPostsAndMessagesAreNotTakenIn() {
		var own = JSON.readTree("{\"id\":\"20\",\"author_id\":\"1\",\"text\":\"Vår egen\"}");
		var ownMessage = JSON.readTree("{\"id\":\"21\",\"sender_id\":\"1\",\"text\":\"Vår egen\"}");

		assertThat(XPosts.post(own, JSON.createObjectNode(), "1", Instant.EPOCH)).isNull();
		assertThat(XPosts.directMessage(ownMessage, JSON.createObjectNode(), "1", Instant.EPOCH)).isNull();
	}

}
