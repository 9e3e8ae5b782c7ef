package no.samtale.guide.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The guide's use per month and channel for the channel mix: counted as citizens ask, for those who read the mix. */
class GuideUsageIntegrationTests extends IntegrationTest {

	@Test
	void eachAnswerCountsOneRoutedForItsBestChannelInThisMonth() {
		Api analyst = api().asDemo("analytiker");
		String month = YearMonth.now(ZoneId.of("Europe/Oslo")).toString();
		long before = routed(analyst.get("/api/v1/guide/usage").json(), month, "SELF_SERVICE");

		assertThat(api().get("/api/v1/public/guide?topic=pensjon&lang=nb").status()).isEqualTo(200);
		assertThat(api().get("/api/v1/public/guide?topic=foreldrepenger&lang=nb").status()).isEqualTo(200);
		JsonNode usage = analyst.get("/api/v1/guide/usage").json();

		assertThat(usage.path("months")).hasSize(12);
		assertThat(usage.path("months").get(11).asString()).isEqualTo(month);
		assertThat(usage.path("rows")).hasSize(12 * 5);
		assertThat(routed(usage, month, "SELF_SERVICE")).isEqualTo(before + 2);
		assertThat(usage.path("routed").asLong()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aBadPeriodIsRefusedNamingTheFieldAndOthersMayNotRead() {
		Api analyst = api().asDemo("analytiker");

		Api.Response backwards = analyst.get("/api/v1/guide/usage?from=2026-05&to=2026-01");
		Api.Response notAMonth = analyst.get("/api/v1/guide/usage?to=mai");
		Api.Response tooLong = analyst.get("/api/v1/guide/usage?from=2020-01&to=2026-01");

		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().path("field").asString()).isEqualTo("from");
		assertThat(notAMonth.json().path("field").asString()).isEqualTo("to");
		assertThat(tooLong.json().path("field").asString()).isEqualTo("to");
		assertThat(api().asDemo("leder").get("/api/v1/guide/usage").status()).isEqualTo(200);
		assertThat(api().asDemo("veileder1").get("/api/v1/guide/usage").status()).isEqualTo(403);
	}

	private static long routed(JsonNode usage, String month, String channel) {
		for (JsonNode row : usage.path("rows")) {
			if (row.path("month").asString().equals(month) && row.path("channel").asString().equals(channel)) {
				return row.path("routed").asLong();
			}
		}
		throw new AssertionError("no row for " + month + " " + channel);
	}

}
