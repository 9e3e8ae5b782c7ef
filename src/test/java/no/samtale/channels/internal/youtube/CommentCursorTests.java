package no.samtale.channels.internal.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The time watermark with the ids seen at it; midnight Pacific for the quota. */
class CommentCursorTests {

	@Test
	void twoCommentsInTheSameSecondAreBothNewAndNeitherTwice() {
		Instant t = Instant.parse("2026-12-05T10:00:00Z");
		CommentCursor cursor = CommentCursor.START.seen("a", t);
		assertThat(cursor.isNew("b", t)).isTrue();
		CommentCursor both = CommentCursor.parse(cursor.seen("b", t).format());
		assertThat(both.isNew("a", t)).isFalse();
		assertThat(both.isNew("b", t)).isFalse();
		assertThat(both.isNew("c", t.minusSeconds(1))).isFalse();
		assertThat(both.isNew("c", t.plusSeconds(1))).isTrue();
		assertThat(both.seen("old", t.minusSeconds(5))).isEqualTo(both);
		assertThat(CommentCursor.parse(null).isStart()).isTrue();
	}

	@Test
	void theQuotaResetsAtMidnightPacificTimeSummerAndWinter() {
		YouTubeQuota quota = new YouTubeQuota(null);
		assertThat(quota.nextReset(Instant.parse("2026-12-05T10:00:00Z")))
			.isEqualTo(Instant.parse("2026-12-06T08:00:00Z"));
		assertThat(quota.nextReset(Instant.parse("2026-07-01T06:59:00Z")))
			.isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
	}

	@Test
	void aReplyIsAnsweredUnderItsTopLevelComment() {
		assertThat(YouTubeConnector.topLevel("UgxAbc.8zYx")).isEqualTo("UgxAbc");
		assertThat(YouTubeConnector.topLevel("UgxAbc")).isEqualTo("UgxAbc");
	}

}
