package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A post's title in the calendar is its first words, cut between words, with an ellipsis when cut. */
class PostTitleTests {

	@Test
	void aShortPostIsItsOwnTitle() {
		assertThat(PostTitle.of("  Husk å søke i god tid!  ")).isEqualTo("Husk å søke i god tid!");
	}

	@Test
	void aLongLineIsCutBeforeTheWordThatPassesTheLimit() {
		String text = "Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må legge ved søknaden";
		assertThat(PostTitle.of(text)).isEqualTo("Nå kan du søke om foreldrepenger for adopsjon digitalt. Les mer om hva du må…");
	}

	@Test
	void onlyTheFirstLineCountsWithItsSpacesFolded() {
		assertThat(PostTitle.of("Ny G fra 1. mai\n\nGrunnbeløpet øker.")).isEqualTo("Ny G fra 1. mai…");
		assertThat(PostTitle.of("To\t  ord")).isEqualTo("To ord");
	}

	@Test
	void aWordLongerThanTheLimitIsCutInside() {
		assertThat(PostTitle.of("x".repeat(100))).isEqualTo("x".repeat(PostTitle.MAX) + "…");
	}

}
