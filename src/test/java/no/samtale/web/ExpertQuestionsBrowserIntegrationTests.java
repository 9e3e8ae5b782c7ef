package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.TestText;

/**
 * "Spør fagpersonene" on a conversation, by keyboard: the preview hides the identity number before it is sent, and
 * the form fits a 390 px screen.
 */
class ExpertQuestionsBrowserIntegrationTests extends BrowserIntegrationTest {

	/** Made-up, with valid control digits. */
	private static final String NATIONAL_ID = "15088510140";

	@Test
	void anAdvisorPreviewsTheRedactedQuestionAndSendsItToTheExperts() {
		String question = "Kan jeg utsette foreldrepengene? " + TestText.unique();
		long account = account("NAV Foreldrepenger", "INSTAGRAM");
		api().asDemo("admin").post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "%s", "kind": "PUBLIC", "threadExternalId": "%s", "authorExternalId": "u",
				 "authorName": "Kari", "body": "%s"}""".formatted(UUID.randomUUID(), UUID.randomUUID(), question));
		long conversation = awaitConversation(api().asDemo("veileder1"), question);
		browser.loginAs("veileder1");
		browser.open("/innboks/samtale/" + conversation);

		browser.waitFor(By.xpath("//button[normalize-space() = 'Spør fagpersonene']")).sendKeys(Keys.ENTER);
		WebElement body = browser.waitFor(By.xpath("//section[.//h2[normalize-space() = 'Spør fagpersonene']]//textarea"));
		body.sendKeys(Keys.END, " Fødselsnummeret er " + NATIONAL_ID + ".");
		browser.waitFor(By.xpath("//button[normalize-space() = 'Forhåndsvis']")).sendKeys(Keys.ENTER);

		browser.waitForText(By.id("main"), "[fødselsnummer fjernet]");
		WebElement preview = browser.waitFor(By.cssSelector(".samtale-expert-preview"));
		assertThat(preview.getText()).doesNotContain(NATIONAL_ID).contains("Fjernet: fødselsnummer");
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA on the expert question form").isEmpty();
		try {
			browser.viewport(390, 844);
			assertThat(browser.horizontalOverflow()).as("pixels off a 390 px screen with the preview open").isZero();
		}
		finally {
			browser.desktopViewport();
		}
		browser.waitFor(By.xpath("//button[normalize-space() = 'Send til fagpersonene']")).sendKeys(Keys.ENTER);

		browser.waitForText(By.id("main"), "Spørsmålet er sendt til fagpersonene.");
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !api().asDemo("veileder1")
			.get("/api/v1/inbox/conversations/" + conversation).json().path("expertQuestion").isNull());
		JsonNode asked = api().asDemo("veileder1").get("/api/v1/inbox/conversations/" + conversation).json()
			.path("expertQuestion");
		String read = api().asDemo("fagperson").get("/api/v1/discussions/" + asked.path("discussionId").asLong()).body();
		assertThat(read).contains("[fødselsnummer fjernet]").doesNotContain(NATIONAL_ID);
		browser.waitForText(By.id("main"), "Venter på svar");
	}

	private long awaitConversation(Api reader, String subject) {
		long[] found = new long[1];
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (JsonNode item : reader.get("/api/v1/inbox/conversations?size=200&sort=newest").json().path("items")) {
				if (item.path("subject").asString().equals(subject)) {
					found[0] = item.path("id").asLong();
					return true;
				}
			}
			return false;
		});
		return found[0];
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
