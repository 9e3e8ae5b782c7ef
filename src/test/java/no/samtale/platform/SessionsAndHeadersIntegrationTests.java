package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * No HTTP session for a request that does not log in; the headers a browser needs (Referrer-Policy everywhere, HSTS
 * and a Secure session cookie behind a TLS proxy); metrics only for an admin, a scraper's token or the management
 * port; health for anyone.
 */
class SessionsAndHeadersIntegrationTests extends IntegrationTest {

	@Test
	void anonymousCallsLeaveNoSessionBehind() {
		long chat = RateLimitIntegrationTests.chatAccount(api().asDemo("admin"));
		for (Api.Response response : List.of(api().get("/api/v1/info"), api().get("/api/v1/me"),
				api().get("/api/v1/spaces"), api().post("/api/v1/privacy/scan", "{\"text\": \"hei\"}"),
				api().get("/api/v1/webchat/" + chat), api().getAny("/actuator/health"),
				api().post("/api/v1/me/tokens", "{\"name\": \"x\"}"), api().getAny("/forum"))) {
			assertThat(response.headers().allValues("Set-Cookie")).as(response.body())
				.noneMatch(cookie -> cookie.startsWith("SAMTALE_SESSION"));
		}
		Api browser = api();
		assertThat(browser.login("ansatt", "demo").status()).isEqualTo(200);
		assertThat(browser.cookie("SAMTALE_SESSION")).as("a login makes a session").isNotBlank();
	}

	@Test
	void everyAnswerSaysItsReferrerPolicy() {
		assertThat(api().get("/api/v1/info").header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api().getAny("/").header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api().get("/webhooks/meta").header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(api().get("/api/v1/info").header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
	}

	@Test
	void behindATlsProxyHstsIsSentAndTheSessionCookieIsSecure() {
		Api browser = api().header("X-Forwarded-Proto", "https");
		Api.Response info = browser.get("/api/v1/info");
		assertThat(info.header("Strict-Transport-Security")).contains("max-age=");
		assertThat(info.headers().allValues("Set-Cookie")).anyMatch(
				cookie -> cookie.startsWith("XSRF-TOKEN") && cookie.toLowerCase().contains("secure"));
		// The test client talks plain HTTP to the "proxied" application, so it sends the Secure cookie itself.
		browser.header("Cookie", "XSRF-TOKEN=" + browser.cookie("XSRF-TOKEN"));
		Api.Response login = browser.login("ansatt", "demo");
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.headers().allValues("Set-Cookie")).anyMatch(
				cookie -> cookie.startsWith("SAMTALE_SESSION") && cookie.toLowerCase().contains("secure"));
	}

	@Test
	void metricsNeedAnAdminOrTheScrapersToken() {
		assertThat(api().getAny("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(api().asDemo("veileder1").getAny("/actuator/prometheus").status()).isEqualTo(403);
		assertThat(api().as("wrong-token").getAny("/actuator/prometheus").status()).isEqualTo(401);
		Api.Response admin = api().asDemo("admin").getAny("/actuator/prometheus");
		assertThat(admin.status()).isEqualTo(200);
		assertThat(admin.body()).contains("jvm_memory_used_bytes");
		assertThat(api().as(METRICS_TOKEN).getAny("/actuator/prometheus").status()).isEqualTo(200);
		assertThat(api().as(METRICS_TOKEN).get("/api/v1/me").status()).as("the scraper's token opens nothing else")
			.isEqualTo(401);
		assertThat(api().getAny("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(api().getAny("/actuator/health/liveness").status()).isEqualTo(200);
	}

}
