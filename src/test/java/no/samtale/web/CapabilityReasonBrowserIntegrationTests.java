package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.TestText;

/**
 * An action the account cannot take is shown with its reason rather than hidden: in a conversation of a manual
 * channel (Snapchat) the reply button stays focusable, does nothing, and names the reason by aria-describedby; the
 * account list shows each account's budget. Both pass axe at desktop and phone width.
 */
class CapabilityReasonBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theReplyBoxOfAManualChannelSaysWhyItCannotAnswerAndThePagesPassAxe() {
		Api admin = api().asDemo("admin");
		long snapchat = snapchat(admin);
		String subject = "Hvordan søker jeg sommerjobb " + TestText.unique();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + snapchat + "/inbound", """
				{"externalId": "snap-%1$s", "kind": "PUBLIC", "threadExternalId": "snap-%1$s",
				 "authorExternalId": "snapper", "authorName": "Snapper", "body": "%2$s"}"""
			.formatted(TestText.unique(), subject));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		Api advisor = api().asDemo("veileder4");
		long conversation = await().atMost(Duration.ofSeconds(30)).until(() -> conversation(advisor, subject),
				id -> id > 0);

		browser.loginAs("veileder4");
		String page = "/innboks/samtale/" + conversation;
		for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
			if (size.getWidth() >= 1000) {
				browser.desktopViewport();
			}
			else {
				browser.viewport(size.getWidth(), size.getHeight());
			}
			browser.open(page);
			WebElement button = browser.waitFor(By.cssSelector("button.unavailable-action[aria-disabled='true']"));
			String describedBy = button.getAttribute("aria-describedby");
			assertThat(browser.waitFor(By.id(describedBy)).getText()).contains("Svare offentlig")
				.contains("plattformens app");
			assertThat(button.getAttribute("disabled")).as("focusable, so the reason is read on focus").isNull();
			assertThat(violationsAt(size)).as("WCAG 2.1 A/AA violations on " + page + " at " + size).isEmpty();
		}
		browser.desktopViewport();
		browser.loginAs("admin");
		browser.open("/admin/kanaler");
		browser.waitFor(By.cssSelector("#main table"));
		assertThat(browser.waitFor(By.id("main")).getText()).contains("Kvote:");
	}

	private static long conversation(Api advisor, String subject) {
		for (JsonNode item : advisor.get("/api/v1/inbox/conversations?size=200&sort=newest").json().path("items")) {
			if (item.path("subject").asString().contains(subject)) {
				return item.path("id").asLong();
			}
		}
		return 0;
	}

	private static long snapchat(Api admin) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("platform").asString().equals("SNAPCHAT")) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No Snapchat account in the demo");
	}

}
