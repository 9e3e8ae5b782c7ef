package no.samtale.channels.internal.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** LinkedIn's text rules and notification shapes, at unit-test speed. */
class LinkedInUnitTests {

	@Test
	void aPostsReservedCharactersAreEscapedAndOthersLeftAlone() {
		assertThat(LittleText.escape("Les mer (PDF) #nav @[x] a_b *c* ~d~ <e> {f} | g \\ h æøå"))
			.isEqualTo("Les mer \\(PDF\\) \\#nav \\@\\[x\\] a\\_b \\*c\\* \\~d\\~ \\<e\\> \\{f\\} \\| g \\\\ h æøå");
		assertThat(LittleText.escape("Helt vanlig tekst.")).isEqualTo("Helt vanlig tekst.");
	}

	@Test
	void aCommentUrnNamesThePostItIsUnder() {
		assertThat(LinkedInNotifications.postOf("urn:li:comment:(urn:li:activity:123,456)"))
			.isEqualTo("urn:li:activity:123");
		assertThat(LinkedInNotifications.postOf("urn:li:share:1")).isNull();
	}

	@Test
	void aCommentNotificationIsReadIntoAPublicMessageUnderItsPost() {
		JsonMapper json = JsonMapper.builder().build();
		var notification = json.readTree("""
				{"action":"COMMENT","organizationalEntity":"urn:li:organization:5","sourcePost":"urn:li:activity:9",
				"decoratedSourcePost":{"text":"Innlegget"},"decoratedGeneratedActivity":{"comment":{
				"entity":"urn:li:comment:(urn:li:activity:9,1)","owner":"urn:li:person:p","text":"Hei"}},
				"lastModifiedAt":1700000000000}""");

		var read = LinkedInNotifications.read(notification, Instant.EPOCH);

		assertThat(read.organization()).isEqualTo("urn:li:organization:5");
		assertThat(read.comment().externalId()).isEqualTo("urn:li:comment:(urn:li:activity:9,1)");
		assertThat(read.comment().threadExternalId()).isEqualTo(read.comment().externalId());
		assertThat(read.comment().contextExternalId()).isEqualTo("urn:li:activity:9");
		assertThat(read.comment().contextBody()).isEqualTo("Innlegget");
		assertThat(read.comment().sentAt()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
	}

	@Test
	void aDailyLimitWaitsForTheNextMidnightUtc() {
		assertThat(LinkedInFailures.nextMidnightUtc(Instant.parse("2026-12-05T23:59:00Z")))
			.isEqualTo(Instant.parse("2026-12-06T00:00:00Z"));
	}

}
