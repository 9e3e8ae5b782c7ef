package no.samtale.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;

/** The Meta connection page in a real browser: accessible, and reconnecting works by keyboard alone. */
class MetaBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theMetaPagePassesAxeConnectedAndWhenItNeedsReconnecting() {
		long demo = account("NAV Foreldrepenger", "FACEBOOK");
		long broken = brokenAccount("9100000000091");
		browser.loginAs("admin");
		for (long account : new long[] { demo, broken }) {
			String page = "/admin/kanaler/meta/" + account;
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			browser.waitFor(By.cssSelector("#main form"));
			assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
		}
		browser.waitForText(By.id("main"), "Kontoen må kobles til på nytt");
	}

	@Test
	void anAdminReconnectsAnAccountUsingOnlyTheKeyboard() {
		String pageId = "9200000000092";
		long broken = brokenAccount(pageId);
		String token = "keyboard-token-" + UUID.randomUUID();
		GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + pageId + "\",\"name\":\"Tastatur\"}")));
		browser.loginAs("admin");
		browser.open("/admin/kanaler/meta/" + broken);
		browser.waitForText(By.id("main"), "Kontoen må kobles til på nytt");

		WebElement reconnect = browser.waitFor(By.xpath("//button[normalize-space() = 'Koble til på nytt']"));
		reconnect.sendKeys(Keys.ENTER);
		WebElement focused = browser.focused();
		assertThat(focused.getAttribute("type")).isEqualTo("password");
		focused.sendKeys(token, Keys.ENTER);

		browser.waitForText(By.id("main"), "er koblet til Meta.");
		assertThat(browser.driver.findElement(By.cssSelector("input[type=password]")).getAttribute("value")).isEmpty();
		JsonNode meta = api().asDemo("admin").get("/api/v1/channels/accounts/" + broken + "/meta").json();
		assertThat(meta.path("state").asString()).isEqualTo("ACTIVE");
		assertThat(browser.driver.getPageSource()).doesNotContain(token);
	}

	/** A connected Facebook account whose token Meta then rejected, found out by a figures pull. */
	private long brokenAccount(String pageId) {
		Api admin = api().asDemo("admin");
		long team = 0;
		for (JsonNode t : admin.get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals("NAV Foreldrepenger")) {
				team = t.path("id").asLong();
			}
		}
		long account = admin.post("/api/v1/channels/accounts", """
				{"platform": "FACEBOOK", "name": "Nettleser %s", "handle": "test", "teamId": %d, "connector": "META",
				 "openingHours": {"days": ["MONDAY"], "opens": "08:00", "closes": "16:00"},
				 "responseTargetMinutes": 60, "privateRepliesNeedApproval": true}""".formatted(UUID.randomUUID(), team))
			.json()
			.path("id")
			.asLong();
		String token = "browser-token-" + pageId;
		GRAPH.stubFor(get(urlPathEqualTo("/me")).withQueryParam("access_token", equalTo(token))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"" + pageId + "\"}")));
		GRAPH.stubFor(get(urlPathEqualTo("/" + pageId + "/insights")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"message\":\"Session has expired\",\"code\":190,\"fbtrace_id\":\"TB\"}}")));
		assertThat(admin.put("/api/v1/channels/accounts/" + account + "/meta", "{\"pageId\": \"" + pageId
				+ "\", \"accessToken\": \"" + token + "\", \"kind\": \"FACEBOOK_PAGE\"}").status()).isEqualTo(200);
		assertThat(admin.post("/api/v1/channels/accounts/" + account + "/figures/pull", "").status()).isEqualTo(409);
		return account;
	}

	private long account(String name, String platform) {
		for (JsonNode account : api().asDemo("admin").get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals(name) && account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No account " + name + " on " + platform);
	}

}
