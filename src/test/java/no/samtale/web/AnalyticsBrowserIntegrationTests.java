package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

import no.samtale.support.Api;

/**
 * The analytics pages and the citizens' survey page in a real browser: axe-clean at desktop and phone width, no
 * sideways scrolling at 390 px, every chart with its table, and a survey answered with the keyboard alone.
 */
class AnalyticsBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theFiguresAndSurveyPagesPassAxeAtDesktopAndPhoneWidth() {
		browser.loginAs("analytiker");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/analyse");
			browser.waitFor(By.cssSelector("#main table"));
			browser.waitFor(By.cssSelector("#main .samtale-analytics-chart svg"));
			browser.waitForText(By.cssSelector("#main"), "Året i tall");
			assertThat(violationsAt(size)).as("axe on /analyse at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling on /analyse at " + size).isLessThanOrEqualTo(0);

			browser.open("/analyse/undersokelser");
			browser.waitFor(By.cssSelector("#main table"));
			assertThat(violationsAt(size)).as("axe on the surveys at " + size).isEmpty();
			browser.driver.findElement(By.linkText("Brukerundersøkelse: NAV Foreldrepenger på Facebook")).click();
			browser.waitFor(By.cssSelector("#main .samtale-analytics-chart svg"));
			assertThat(violationsAt(size)).as("axe on a survey's results at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling on the results at " + size).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theForumsFiguresPagePassesAxeAndItsSpacePickerWorksByKeyboard() {
		browser.loginAs("analytiker");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/analyse/forum");
			browser.waitForText(By.cssSelector("#main"), "Flest innlegg");
			browser.waitFor(By.cssSelector("#main .samtale-analytics-chart svg"));
			assertThat(browser.driver.findElements(By.cssSelector("#main table"))).hasSize(3);
			assertThat(violationsAt(size)).as("axe on /analyse/forum at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling at " + size).isLessThanOrEqualTo(0);
		}
		browser.script("document.querySelector('#main select').focus()");
		browser.focused().sendKeys(Keys.ARROW_DOWN);
		browser.waitForText(By.cssSelector("#main h2"), "Aktivitet – Arbeidsrettet");
	}

	@Test
	void theSatisfactionQuestionsAndAnEmployeesSurveyPassAxeAndAnswerByKeyboard() {
		long chat = 0;
		for (var account : api().asDemo("admin").get("/api/v1/channels/accounts").json()) {
			if (account.path("platform").asString().equals("WEB_CHAT")) {
				chat = account.path("id").asLong();
			}
		}
		browser.reset();
		browser.driver.manage().window().setSize(new Dimension(390, 844));
		browser.open("/tilbakemelding/" + chat);
		browser.waitForText(By.tagName("h1"), "Tilbakemelding på svaret fra NAV");
		browser.waitFor(By.cssSelector("input[type=radio][value=yes]"));
		assertThat(browser.accessibilityViolations()).as("axe on the feedback page at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
		browser.script("document.querySelector('input[type=radio][value=yes]').focus()");
		browser.focused().sendKeys(Keys.SPACE);
		browser.script("document.querySelector('.samtale-satisfaction button[type=submit]').focus()");
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("main"), "Takk for svaret ditt!");

		Api analyst = api().asDemo("analytiker");
		long id = analyst.post("/api/v1/surveys", """
				{"title": "Kanalomleggingen hos oss", "audience": "EMPLOYEES",
				 "questions": [{"kind": "YES_NO", "text": "Går omleggingen bra?"}]}
				""").json().path("id").asLong();
		analyst.post("/api/v1/surveys/" + id + "/publish", "");
		browser.loginAs("veileder1");
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		browser.open("/analyse/undersokelser/" + id + "/svar");
		browser.waitForText(By.tagName("h1"), "Kanalomleggingen hos oss");
		assertThat(violationsAt(new Dimension(1280, 900))).as("axe on an employee's survey").isEmpty();
	}

	@Test
	void aCitizenAnswersASurveyWithTheKeyboardAlone() {
		Api editor = api().asDemo("redaktor");
		long id = editor.post("/api/v1/surveys", """
				{"title": "Fant du det du lette etter?", "audience": "PUBLIC",
				 "questions": [{"kind": "YES_NO", "text": "Fikk du svar uten å spørre selv?"}]}
				""").json().path("id").asLong();
		String token = editor.post("/api/v1/surveys/" + id + "/publish", "").json().path("token").asString();
		browser.reset();
		browser.driver.manage().window().setSize(new Dimension(390, 844));

		browser.open("/undersokelse/" + token);
		browser.waitForText(By.tagName("h1"), "Fant du det du lette etter?");
		assertThat(browser.accessibilityViolations()).as("axe on the citizens' survey page at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
		browser.script("document.querySelector('input[type=radio][value=yes]').focus()");
		browser.focused().sendKeys(Keys.SPACE);
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getText()).isEqualTo("Send svar");
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("main"), "Takk for svaret ditt!");

		var counts = editor.get("/api/v1/surveys/" + id + "/results").json().path("questions").get(0).path("counts");
		assertThat(counts.get(0).path("count").asInt()).isEqualTo(1);
		assertThat(browser.accessibilityViolations()).as("axe on the thanks").isEmpty();
	}

}
