package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.samtale.support.Api;
import no.samtale.support.ForumSteps;
import no.samtale.support.PublishingSteps;
import no.samtale.support.TestText;
import no.samtale.support.TimePasses;
import tools.jackson.databind.JsonNode;

/**
 * "Journalfør" on the pages of the archive's other sources, for archivists and administrators: an answered
 * escalation on its discussion, a published hearing summary, a published post in the calendar. By keyboard, axe
 * clean at desktop and at 390 px; an advisor sees no such button.
 */
class JournalButtonsBrowserIntegrationTests extends BrowserIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdministratorJournalsAnAnsweredEscalationAHearingAndAPostByKeyboard() throws Exception {
		long discussion = answeredEscalation();
		long hearing = publishedHearing();
		PublishingSteps.publishedPost(this::api, "Til journalen " + TestText.unique());
		browser.loginAs("admin");

		journalOn("/forum/diskusjon/" + discussion, "Eskaleringen og svaret er journalført som sak");
		journalOn("/horinger/" + hearing, "Høringens oppsummering er journalført som sak");
		journalOn("/publisering", "Innlegget er journalført som sak");

		browser.loginAs("veileder1");
		browser.desktopViewport();
		browser.open("/forum/diskusjon/" + discussion);
		browser.waitForText(By.id("main"), "Direktoratet avklarer");
		assertThat(browser.driver.findElements(By.xpath("//button[starts-with(normalize-space(), 'Journalfør')]")))
			.as("an advisor cannot journal an escalation").isEmpty();
	}

	private void journalOn(String path, String said) {
		browser.desktopViewport();
		browser.open(path);
		browser.waitFor(By.xpath("//button[starts-with(normalize-space(), 'Journalfør')]"));
		assertThat(browser.accessibilityViolations()).as("axe on " + path).isEmpty();
		browser.script("document.activeElement.blur()");
		browser.tabTo(f -> f.tag().equals("button") && f.text().startsWith("Journalfør"), 400);
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), said);
		browser.viewport(390, 844);
		assertThat(browser.horizontalOverflow()).as("sideways scrolling on " + path + " at 390 px").isLessThanOrEqualTo(0);
		assertThat(violationsAt(new Dimension(390, 844))).as("axe on " + path + " at 390 px").isEmpty();
	}

	private long answeredEscalation() {
		Api moderator = api().asDemo("moderator");
		long space = ForumSteps.space(api().asDemo("ansatt"), "Faglig veiledning på regelverksspørsmål");
		long discussion = ForumSteps.ask(api().asDemo("ansatt"), space, "Uklar regel " + TestText.unique(),
				"Hvordan samordnes to ytelser?");
		Api.Response raised = moderator.post("/api/v1/discussions/" + discussion + "/escalations", """
				{"departmentId": %d, "summary": "Ulik praksis mellom kontorene", "deadline": "%s"}"""
			.formatted(unit("Ytelsesavdelingen – regelverk"), LocalDate.now().plusDays(7)));
		assertThat(raised.status()).as(raised.body()).isEqualTo(201);
		long escalation = raised.json().path("id").asLong();
		Api department = api().asDemo("fagperson2");
		department.post("/api/v1/escalations/" + escalation + "/acknowledge", null);
		Api.Response answered = department.post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Direktoratet avklarer: ytelsene samordnes etter § 11-27.\"}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		return discussion;
	}

	private long publishedHearing() {
		Api admin = api().asDemo("admin");
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		Instant deadline = Instant.now().plus(Duration.ofHours(1));
		Api.Response created = api().asDemo("leder").post("/api/v1/hearings", """
				{"title": "Høring %s", "summary": "Forslag om nye vakter.", "deadline": "%s", "anonymousAllowed": false,
				 "sections": [{"title": "Vakter", "body": "Nye vakter."}],
				 "units": [{"unitId": %d, "responsibleId": %d}]}
				""".formatted(TestText.unique(), deadline, unit("NAV Hamar"), ForumSteps.userId(admin, "moderator2")));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long hearing = created.json().path("id").asLong();
		TimePasses.past(jdbc, "events_hearing", "deadline", hearing);
		Api.Response published = api().asDemo("leder").post("/api/v1/hearings/" + hearing + "/publish",
				"{\"spaceId\": " + space + "}");
		assertThat(published.status()).as(published.body()).isEqualTo(200);
		return hearing;
	}

	private long unit(String name) {
		for (JsonNode unit : api().asDemo("ansatt").get("/api/v1/units").json()) {
			if (unit.path("name").asString().equals(name)) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("No unit " + name);
	}

}
