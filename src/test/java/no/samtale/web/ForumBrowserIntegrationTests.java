package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;

/** The forum's pages in a real browser: asking by keyboard, and axe-core on every page. */
class ForumBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void anEmployeeAsksAQuestionUsingOnlyTheKeyboard() {
		long rules = space("Faglig veiledning på regelverksspørsmål");
		browser.loginAs("ansatt2");
		browser.open("/forum/rom/" + rules + "/ny");

		browser.waitFor(By.id("ask-title")).click();
		browser.focused().sendKeys("Tastaturspørsmål om pleiepenger");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("ask-body");
		browser.focused().sendKeys("Hvordan søker man pleiepenger for et barn som er innlagt?");
		WebElement submit = browser.tabTo(f -> f.type().equals("submit"), 15);
		submit.sendKeys(Keys.ENTER);

		browser.waitForText(By.tagName("h1"), "Tastaturspørsmål om pleiepenger");
		assertNoViolations("a new discussion");
		JsonNode mine = api().asDemo("ansatt2").get("/api/v1/spaces/" + rules + "/discussions").json().path("items");
		assertThat(mine.findValuesAsString("title")).contains("Tastaturspørsmål om pleiepenger");
	}

	@Test
	void everyForumPagePassesAxeForAModerator() {
		long rules = space("Faglig veiledning på regelverksspørsmål");
		long escalated = escalatedDiscussion();
		browser.loginAs("moderator");
		for (String page : List.of("/forum", "/forum/rom/" + rules, "/forum/rom/" + rules + "/ny",
				"/forum/diskusjon/" + escalated, "/forum/moderering", "/forum/rom/" + rules + "/tall")) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			browser.waitFor(By.id("main"));
			assertNoViolations(page);
		}
	}

	@Test
	void spaceAdministrationAndTheAuditTrailPassAxeForAnAdmin() {
		long rules = space("Faglig veiledning på regelverksspørsmål");
		browser.loginAs("admin");
		for (String page : List.of("/forum/admin", "/forum/rom/" + rules + "/logg")) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			browser.waitFor(By.tagName("table"));
			assertNoViolations(page);
		}
	}

	@Test
	void theDepartmentsEscalationQueuePassesAxe() {
		browser.loginAs("fagperson");
		browser.open("/forum/eskaleringer");
		browser.waitFor(By.tagName("h1"));
		browser.waitForText(By.id("main"), "AAP");

		assertNoViolations("/forum/eskaleringer");
	}

	@Test
	void anOpenDiscussionShowsANewAnswerWithoutReloadAndKeepsTheHalfWrittenReply() {
		long rules = space("Faglig veiledning på regelverksspørsmål");
		long discussion = api().asDemo("ansatt2").post("/api/v1/spaces/" + rules + "/discussions",
				"{\"title\": \"Direkte oppdatering\", \"body\": \"Kommer svaret uten ny lasting?\"}").json().path("id").asLong();
		browser.loginAs("ansatt2");
		browser.open("/forum/diskusjon/" + discussion);
		browser.waitForText(By.tagName("h1"), "Direkte oppdatering");
		WebElement reply = browser.waitFor(By.tagName("textarea"));
		reply.sendKeys("Et halvskrevet svar");

		// The page subscribed to the stream as soon as the discussion was shown, before the typing above.
		api().asDemo("fagperson").post("/api/v1/discussions/" + discussion + "/messages",
				"{\"body\": \"Ja, svaret kommer direkte.\"}");
		browser.waitForText(By.id("main"), "Ja, svaret kommer direkte.");

		assertThat(browser.waitFor(By.tagName("textarea")).getAttribute("value")).isEqualTo("Et halvskrevet svar");
		browser.waitForText(By.id("discussion-live"), "Nytt svar i diskusjonen.");
		assertNoViolations("a live discussion");
	}

	private long space(String name) {
		for (JsonNode space : api().asDemo("ansatt").get("/api/v1/spaces").json().path("items")) {
			if (space.path("name").asString().equals(name)) {
				return space.path("id").asLong();
			}
		}
		throw new AssertionError("No space " + name);
	}

	private long escalatedDiscussion() {
		Api.Response queue = api().asDemo("fagperson").get("/api/v1/escalations");
		return queue.json().path("items").get(0).path("discussionId").asLong();
	}

	private void assertNoViolations(String page) {
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
	}

}
