package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookTextTests {

	@Test
	void nulAndLoneSurrogatesAreDroppedAndEverythingElseIsKept() {
		assertThat(WebhookText.storable("Hei\u0000 du")).isEqualTo("Hei du");
		assertThat(WebhookText.storable("a\uD83Db")).isEqualTo("ab");
		assertThat(WebhookText.storable("a\uDE00b")).isEqualTo("ab");
		assertThat(WebhookText.storable("smil \uD83D\uDE00 æøå")).isEqualTo("smil \uD83D\uDE00 æøå");
		assertThat(WebhookText.storable("\u0000")).isEmpty();
		assertThat(WebhookText.storable(null)).isNull();
	}

}
