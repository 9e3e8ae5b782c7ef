package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.DeliveryFailure;
import no.samtale.platform.RuleViolationException;
import no.samtale.channels.internal.connect.TokenCipher;

/** The signature check, the reading of Graph API errors and usage headers, and the token encryption. */
class MetaUnitTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theSignatureIsTheHmacOfTheRawBytes() {
		byte[] body = "{\"object\":\"page\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
		// Computed with: printf '%s' '{"object":"page","entry":[]}' | openssl dgst -sha256 -hmac s3cret
		String real = "sha256=0798c798c2a0c4b160d0779c9886c7b2ed8aeffc6321169172af70412d25f0cb";
		String oneOff = real.substring(0, real.length() - 1) + "c";

		assertThat(WebhookSignature.header("s3cret", body)).isEqualTo(real);
		assertThat(WebhookSignature.valid("s3cret", body, real)).isTrue();
		assertThat(WebhookSignature.valid("s3cret", body, real.toUpperCase().replace("SHA256=", "sha256="))).isTrue();
		assertThat(WebhookSignature.valid("s3cret", body, oneOff)).isFalse();
		assertThat(WebhookSignature.valid("other", body, real)).isFalse();
		assertThat(WebhookSignature.valid("s3cret", "{}".getBytes(StandardCharsets.UTF_8), real)).isFalse();
		assertThat(WebhookSignature.valid("s3cret", body, null)).isFalse();
		assertThat(WebhookSignature.valid("s3cret", body, real.replace("sha256=", "sha1="))).isFalse();
		assertThat(WebhookSignature.valid("s3cret", body, "sha256=zz")).isFalse();
		assertThat(WebhookSignature.valid("", body, real)).isFalse();
	}

	@Test
	void graphErrorsAreTransientPermanentOrACallToReconnect() {
		DeliveryFailure unknown = GraphFailures.classify(500, error(1, "A1"), null, json);
		DeliveryFailure throttled = GraphFailures.classify(400, error(613, "B2"),
				"{\"123\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":7}]}", json);
		DeliveryFailure token = GraphFailures.classify(400, error(190, "C3"), null, json);
		DeliveryFailure badParameter = GraphFailures.classify(400, error(100, "D4"), null, json);
		DeliveryFailure permission = GraphFailures.classify(403, error(200, "E5"), null, json);
		DeliveryFailure duplicate = GraphFailures.classify(400, error(506, "F6"), null, json);
		DeliveryFailure gateway = GraphFailures.classify(502, "<html>Bad gateway</html>", null, json);

		assertThat(unknown.permanent()).isFalse();
		assertThat(unknown.trace()).isEqualTo("A1");
		assertThat(throttled.permanent()).isFalse();
		assertThat(throttled.retryAfter()).isEqualTo(Duration.ofMinutes(7));
		assertThat(token.permanent()).isTrue();
		assertThat(token.credentialsRejected()).isTrue();
		assertThat(token.getMessage()).contains("190");
		assertThat(badParameter.permanent()).isTrue();
		assertThat(badParameter.credentialsRejected()).isFalse();
		assertThat(permission.permanent()).isTrue();
		assertThat(duplicate.permanent()).isTrue();
		assertThat(gateway.permanent()).isFalse();
		assertThat(gateway.trace()).isNull();
	}

	@Test
	void usageAbove80PerCentPausesTheNextCall() {
		assertThat(GraphUsage.pause("{\"call_count\":40,\"total_time\":10,\"total_cputime\":5}", null, json)).isZero();
		assertThat(GraphUsage.pause("{\"call_count\":80}", null, json)).isEqualTo(Duration.ofSeconds(15));
		assertThat(GraphUsage.pause("{\"call_count\":100}", null, json)).isEqualTo(Duration.ofSeconds(300));
		assertThat(GraphUsage.pause(null,
				"{\"1\":[{\"type\":\"pages\",\"total_time\":90,\"estimated_time_to_regain_access\":0}]}", json))
			.isBetween(Duration.ofSeconds(15), Duration.ofSeconds(300));
		assertThat(GraphUsage.pause(null,
				"{\"1\":[{\"type\":\"pages\",\"call_count\":100,\"estimated_time_to_regain_access\":30}]}", json))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(GraphUsage.pause("not json", "[]", json)).isZero();
	}

	@Test
	void tokensRoundTripWithAFreshIvAndATamperedOneIsRefused() {
		TokenCipher cipher = new TokenCipher("a-long-random-secret-key", false);

		String once = cipher.encrypt("EAAB-page-token");
		String twice = cipher.encrypt("EAAB-page-token");

		assertThat(once).startsWith("v1:").doesNotContain("EAAB").isNotEqualTo(twice);
		assertThat(cipher.decrypt(once)).isEqualTo("EAAB-page-token");
		assertThat(cipher.decrypt(twice)).isEqualTo("EAAB-page-token");
		assertThatThrownBy(() -> new TokenCipher("another-key", false).decrypt(once))
			.isInstanceOf(IllegalStateException.class);
		byte[] sealed = java.util.Base64.getDecoder().decode(once.substring(3));
		sealed[sealed.length - 1] ^= 1;
		String tampered = "v1:" + java.util.Base64.getEncoder().encodeToString(sealed);
		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void withoutAKeyTokensAreRefusedOutsideTheDemo() {
		assertThat(new TokenCipher("", true).available()).isTrue();
		TokenCipher none = new TokenCipher("", false);
		assertThat(none.available()).isFalse();
		assertThatThrownBy(() -> none.encrypt("token")).isInstanceOf(RuleViolationException.class);
	}

	private static String error(int code, String trace) {
		return "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":" + code + ",\"fbtrace_id\":\"" + trace
				+ "\"}}";
	}

}
