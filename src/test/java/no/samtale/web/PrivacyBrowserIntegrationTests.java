package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.TestText;

/** The privacy officer's page in a real browser: axe-core on each of its three parts, and an erasure by keyboard. */
class PrivacyBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void everyPartOfThePrivacyPagePassesAxe() {
		browser.loginAs("personvern");
		for (String page : List.of("/admin/personvern", "/admin/personvern/oppbevaring", "/admin/personvern/innsyn")) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			browser.waitFor(By.cssSelector("#main table, #main form"));
			assertNoViolations(page);
		}

		browser.open("/admin/personvern/oppbevaring");
		browser.waitFor(By.xpath("//button[normalize-space() = 'Prøvekjøring']")).click();
		browser.waitFor(By.id("retention-report-heading"));
		assertNoViolations("/admin/personvern/oppbevaring with a dry run's report");
	}

	@Test
	void aPrivacyOfficerFindsAPersonAndRequestsErasureUsingOnlyTheKeyboard() {
		String who = "u-" + UUID.randomUUID();
		String text = "Jeg heter Ola og vil bli glemt " + TestText.unique();
		pushPrivate(who, text);
		browser.loginAs("personvern");
		browser.open("/admin/personvern/innsyn");
		browser.waitFor(By.tagName("h1"));

		browser.tabTo(f -> f.id().equals("subject-external-id"), 60);
		browser.focused().sendKeys(who);
		browser.tabTo(f -> f.id().equals("subject-reason"), 60);
		browser.focused().sendKeys("Innsynskrav i brev");
		browser.tabTo(f -> f.isButton("Søk"), 60);
		browser.focused().sendKeys(Keys.ENTER);

		browser.waitForText(By.id("main"), text);
		assertNoViolations("/admin/personvern/innsyn with what was found");
		browser.tabTo(f -> f.isButton("Be om sletting"), 60);
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitFor(By.cssSelector("dialog[open]"));
		browser.tabTo(f -> f.id().equals("erasure-reason"), 60);
		browser.focused().sendKeys("Sletting krevd i brev");
		browser.tabTo(f -> f.isButton("Send til godkjenning"), 60);
		browser.focused().sendKeys(Keys.ENTER);

		browser.waitForText(By.id("main"), "Slettekravet er sendt");
		browser.waitForText(By.id("erasures-heading"), "Slettekrav");
		browser.waitForText(By.id("main"), "Du ba om denne slettingen");
		assertNoViolations("/admin/personvern/innsyn with a pending erasure");
		JsonNode pending = erasureOf(who);
		assertThat(pending.path("state").asString()).isEqualTo("PENDING");
		assertThat(pending.path("reason").asString()).isEqualTo("Sletting krevd i brev");
		assertThat(pending.path("requestedBy").path("name").asString()).isEqualTo("Hilde Brekke");
	}

	private JsonNode erasureOf(String externalId) {
		for (JsonNode erasure : api().asDemo("admin").get("/api/v1/privacy/erasures").json()) {
			if (externalId.equals(erasure.path("subject").path("externalId").asString())) {
				return erasure;
			}
		}
		throw new AssertionError("No erasure request for " + externalId);
	}

	/** A citizen's private message on the simulated Instagram account, through the intake into the inbox. */
	private void pushPrivate(String who, String text) {
		Api admin = api().asDemo("admin");
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + instagram(admin) + "/inbound", """
				{"externalId": "m-%s", "kind": "PRIVATE", "threadExternalId": "%s", "authorExternalId": "%s",
				 "authorName": "Ola Testesen", "body": "%s"}""".formatted(UUID.randomUUID(), who, who, text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> admin
			.get("/api/v1/privacy/subjects?externalId=" + who + "&reason=Testoppsett")
			.body()
			.contains(text));
	}

	private static long instagram(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals("NAV Foreldrepenger")
					&& account.path("platform").asString().equals("INSTAGRAM")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No simulated Instagram account");
	}

	private void assertNoViolations(String page) {
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
	}

}
