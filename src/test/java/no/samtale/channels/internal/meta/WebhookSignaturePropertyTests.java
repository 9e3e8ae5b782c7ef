package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;
import net.jqwik.api.constraints.Size;

/** Whatever a caller sends as body and signature header, the check answers yes or no and never throws. */
class WebhookSignaturePropertyTests {

	@Property(tries = 500)
	void anyHeaderIsAnsweredWithoutAnError(@ForAll @NotBlank String secret, @ForAll @Size(max = 2000) byte[] body,
			@ForAll String header) {
		assertThat(WebhookSignature.valid(secret, body, header)).isIn(true, false);
		assertThat(WebhookSignature.valid(secret, body, "sha256=" + header)).isIn(true, false);
	}

	@Property(tries = 300)
	void onlyTheBodysOwnSignatureIsValid(@ForAll @NotBlank String secret, @ForAll @Size(max = 2000) byte[] body,
			@ForAll @Size(min = 1, max = 2000) byte[] other) {
		String header = WebhookSignature.header(secret, body);
		assertThat(WebhookSignature.valid(secret, body, header)).isTrue();
		assertThat(WebhookSignature.valid(secret, body, header.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
		if (!java.util.Arrays.equals(body, other)) {
			assertThat(WebhookSignature.valid(secret, other, header)).isFalse();
		}
		assertThat(WebhookSignature.valid(secret + "x", body, header)).isFalse();
		assertThat(WebhookSignature.valid(secret, body, header.substring(0, header.length() - 2))).isFalse();
		assertThat(WebhookSignature.valid(secret, body, new String(body, StandardCharsets.ISO_8859_1))).isFalse();
	}

}
