package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.TestText;

/**
 * An account's connection page (YouTube: health, budget, what it cannot do, connect) and a manual channel's log
 * (Snapchat) pass axe at desktop and phone width, and the connect button is reached by keyboard.
 */
class ChannelConnectionBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theConnectionPageAndTheManualChannelPagePassAxe() {
		Api admin = api().asDemo("admin");
		long youtube = youtubeAccount(admin);
		long snapchat = account(admin, "NAV Jobblyst", "SNAPCHAT");
		browser.loginAs("admin");
		for (String page : List.of("/admin/kanaler/konto/" + youtube, "/kanaler/manuell/" + snapchat,
				"/admin/kanaler")) {
			for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
				if (size.getWidth() >= 1000) {
					browser.desktopViewport();
				}
				else {
					browser.viewport(size.getWidth(), size.getHeight());
				}
				browser.open(page);
				browser.waitFor(By.tagName("h1"));
				browser.waitFor(By.cssSelector("#main form, #main table"));
				assertThat(violationsAt(size)).as("WCAG 2.1 A/AA violations on " + page + " at " + size).isEmpty();
			}
		}
		browser.desktopViewport();
		browser.open("/admin/kanaler/konto/" + youtube);
		browser.waitForText(By.id("main"), "Ikke koblet til");
		assertThat(browser.waitFor(By.xpath("//button[normalize-space() = 'Koble til']")).isEnabled()).isTrue();
	}

	private static long youtubeAccount(Api admin) {
		long team = account(admin, "NAV Jobblyst", "SNAPCHAT");
		long teamId = 0;
		for (JsonNode a : admin.get("/api/v1/channels/accounts").json()) {
			if (a.path("id").asLong() == team) {
				teamId = a.path("team").path("id").asLong();
			}
		}
		Api.Response created = admin.post("/api/v1/channels/accounts", """
				{"platform": "YOUTUBE", "name": "YouTube %s", "handle": "@test", "teamId": %d, "connector": "YOUTUBE",
				 "openingHours": {"days": ["MONDAY"], "opens": "08:00", "closes": "16:00"},
				 "responseTargetMinutes": 60, "privateRepliesNeedApproval": true}""".formatted(TestText.unique(), teamId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	private static long account(Api admin, String name, String platform) {
		for (JsonNode account : admin.get("/api/v1/channels/accounts").json()) {
			if (account.path("name").asString().equals(name) && account.path("platform").asString().equals(platform)) {
				return account.path("id").asLong();
			}
		}
		throw new AssertionError("No account " + name + " on " + platform);
	}

}
