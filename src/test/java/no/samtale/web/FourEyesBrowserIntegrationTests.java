package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.TestText;

/** Four eyes as a person sees them: what the composer promises, and a partner's edit that its author accepts. */
class FourEyesBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theAuthorSeesAPartnersEditBesideTheirOwnWordingAndAcceptsItByKeyboard() {
		long conversation = citizenWrites(account("NAV Foreldrepenger", "INSTAGRAM"), "PUBLIC");
		long reply = api().asDemo("veileder1")
			.post("/api/v1/inbox/conversations/" + conversation + "/replies",
					"{\"body\": \"Hei! Vi ser på saken.\", \"visibility\": \"PUBLIC\"}")
			.json()
			.path("id")
			.asLong();
		Api.Response edited = api().asDemo("veileder2").post("/api/v1/approvals/" + reply + "/approve",
				"{\"body\": \"Hei! Vi ser på saken din i dag, og svarer deg i morgen.\"}");
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);

		browser.loginAs("veileder1");
		browser.open("/innboks/samtale/" + conversation);
		browser.waitForText(By.id("main"), "Med endringen");
		browser.waitForText(By.id("main"), "Ola Bergstrøm har foreslått en endring i svaret ditt");
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations with an edit to accept").isEmpty();

		browser.waitFor(By.xpath("//button[normalize-space() = 'Godta endringen']")).sendKeys(Keys.ENTER);
		browser.waitUpTo(Duration.ofSeconds(10))
			.until(d -> !status(conversation, reply).equals("AWAITING_APPROVAL"));
		assertThat(status(conversation, reply)).isIn("APPROVED", "SENT");
		browser.waitForText(By.id("main"), "Du har godtatt endringen");
	}

	@Test
	void theComposerSaysAPrivateChatAnswerGoesStraightToTheCitizen() {
		long conversation = citizenWrites(account("Chat med NAV om foreldrepenger", "WEB_CHAT"), "PRIVATE");

		browser.loginAs("veileder1");
		browser.open("/innboks/samtale/" + conversation);

		browser.waitForText(By.id("main"), "går rett til innbyggeren, uten godkjenning");
		assertThat(browser.driver.findElements(By.xpath("//form//button[normalize-space() = 'Send']"))).hasSize(1);
		assertThat(browser.driver.findElements(By.xpath("//button[normalize-space() = 'Send til godkjenning']")))
			.isEmpty();
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations in the chat composer").isEmpty();
	}

	private long citizenWrites(long account, String kind) {
		String text = "Fire øyne i nettleseren " + TestText.unique();
		Api.Response pushed = api().asDemo("admin").post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "%s", "kind": "%s", "threadExternalId": "%s", "authorExternalId": "u-%s",
				 "authorName": "Kari", "body": "%s"}""".formatted(UUID.randomUUID(), kind, UUID.randomUUID(),
				UUID.randomUUID(), text));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		long[] found = new long[1];
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode item : api().asDemo("veileder1").get("/api/v1/inbox/conversations?size=200&sort=newest").json()
				.path("items")) {
				if (item.path("subject").asString().equals(text)) {
					found[0] = item.path("id").asLong();
					return true;
				}
			}
			return false;
		});
		return found[0];
	}

	private String status(long conversation, long reply) {
		for (JsonNode item : api().asDemo("veileder1").get("/api/v1/inbox/conversations/" + conversation).json()
			.path("replies")) {
			if (item.path("id").asLong() == reply) {
				return item.path("status").asString();
			}
		}
		throw new AssertionError("No reply " + reply);
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
