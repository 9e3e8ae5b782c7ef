package no.samtale.channels.internal.youtube;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;

/** How a post becomes a YouTube video, and how an earlier upload is recognised among the channel's uploads. */
class YouTubeVideoPostsTests {

	private static final Instant NOW = Instant.parse("2026-12-13T10:00:00Z");

	@Test
	void theFirstLineIsTheTitleAndTheRestTheDescription() throws DeliveryFailure {
		YouTubeVideoPosts.Parts parts = YouTubeVideoPosts.parts("  Søk dagpenger \n\nSlik gjør du det.\n\nnav.no ");

		assertThat(parts.title()).isEqualTo("Søk dagpenger");
		assertThat(parts.description()).isEqualTo("Slik gjør du det.\n\nnav.no");
		assertThat(YouTubeVideoPosts.parts("Bare tittel").description()).isEmpty();
	}

	@Test
	void aTitleOverAHundredCharactersOrAngleBracketsAreRefusedForGood() {
		assertThatThrownBy(() -> YouTubeVideoPosts.parts("a".repeat(101))).isInstanceOf(DeliveryFailure.class)
			.matches(failure -> ((DeliveryFailure) failure).permanent());
		assertThatThrownBy(() -> YouTubeVideoPosts.parts("Tittel\nSe <her>")).isInstanceOf(DeliveryFailure.class);
		assertThatThrownBy(() -> YouTubeVideoPosts.parts("   ")).isInstanceOf(DeliveryFailure.class);
	}

	@Test
	void aPostForLaterIsPrivateWithItsTimeAndOneDueNowIsPublic() {
		Instant later = NOW.plus(Duration.ofDays(1)).plusMillis(250);

		assertThat(YouTubeVideoPosts.status(later, NOW)).containsEntry("privacyStatus", "private")
			.containsEntry("publishAt", "2026-12-14T10:00:00Z")
			.containsEntry("selfDeclaredMadeForKids", false);
		assertThat(YouTubeVideoPosts.status(NOW.plusSeconds(30), NOW)).containsEntry("privacyStatus", "public")
			.doesNotContainKey("publishAt");
		assertThat(YouTubeVideoPosts.status(null, NOW)).containsEntry("privacyStatus", "public");
	}

	@Test
	void anEarlierUploadIsTheVideoWithTheTitleAddedSinceTheAttempt() {
		var items = JsonMapper.builder().build().readTree("""
				{"items":[
				 {"snippet":{"title":"Søk dagpenger","publishedAt":"2026-12-13T09:00:00Z","resourceId":{"videoId":"oldVideo123"}}},
				 {"snippet":{"title":"Annet","publishedAt":"2026-12-13T10:01:00Z","resourceId":{"videoId":"otherVideo1"}}},
				 {"snippet":{"title":"Søk dagpenger","publishedAt":"2026-12-13T10:02:00Z","resourceId":{"videoId":"newVideo123"}}}
				]}""");

		assertThat(YouTubeVideoPosts.withTitle(items, "Søk dagpenger", NOW)).hasValue("newVideo123");
		assertThat(YouTubeVideoPosts.withTitle(items, "Søk dagpenger", NOW.plusSeconds(3600))).isEmpty();
	}

	@Test
	void aTargetOfElevenCharactersIsAVideoAndLongerOnesAreComments() {
		assertThat(YouTubeVideoPosts.isVideoId("dQw4w9WgXcQ")).isTrue();
		assertThat(YouTubeVideoPosts.isVideoId("UgzDE2tasfmrYLyNkGt4AaABAg")).isFalse();
		assertThat(YouTubeVideoPosts.isVideoId("UgzDE2tasfmrYLyNkGt4AaABAg.9xyz")).isFalse();
	}

	@Test
	void theUploadAddressIsTheApisWithUploadBeforeIt() {
		assertThat(YouTubeSettings.uploadUrlFor("https://www.googleapis.com/youtube/v3"))
			.isEqualTo("https://www.googleapis.com/upload/youtube/v3");
		assertThat(YouTubeSettings.uploadUrlFor("http://localhost:8089/youtube/v3"))
			.isEqualTo("http://localhost:8089/upload/youtube/v3");
		assertThat(YouTubeSettings.uploadUrlFor("https://proxy.example/yt")).isEqualTo("https://proxy.example/yt");
	}

}
