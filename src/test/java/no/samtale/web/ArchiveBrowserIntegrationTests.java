package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The archivist's page in a real browser: axe at desktop and 390 px, and last month's extract made by keyboard
 * alone, its report shown and its download offered.
 */
class ArchiveBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void anArchivistMakesLastMonthsExtractByKeyboardAndThePagePassesAxe() {
		browser.loginAs("admin");
		browser.open("/arkiv");
		browser.waitFor(By.tagName("h1"));
		browser.waitForText(By.id("main"), "Regler for journalføring");
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on /arkiv").isEmpty();

		browser.tabTo(f -> f.isButton("Lag uttrekk"), 200);
		browser.focused().sendKeys(Keys.ENTER);

		LocalDate first = LocalDate.now(ZoneId.of("Europe/Oslo")).withDayOfMonth(1).minusMonths(1);
		browser.waitForText(By.id("main"), "Uttrekket lages nå.");
		browser.waitFor(By.xpath("//a[normalize-space() = 'Last ned']"));
		browser.waitForText(By.id("main"), "mapper");
		assertThat(browser.waitFor(By.xpath("//a[normalize-space() = 'Last ned']")).getAttribute("aria-label"))
			.contains(first.toString());
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on /arkiv with an extract").isEmpty();

		browser.viewport(390, 844);
		browser.open("/arkiv");
		browser.waitForText(By.id("main"), "Regler for journalføring");
		assertThat(browser.horizontalOverflow()).as("pixels running off a 390 px screen on /arkiv").isZero();
		assertThat(violationsAt(new org.openqa.selenium.Dimension(390, 844))).as("WCAG 2.1 A/AA at 390 px").isEmpty();
	}

	@Test
	void theArchivistHasThePageOfTheirOwnAndAnAdvisorJournalsAConversationFromTheInboxByKeyboard() {
		browser.loginAs("arkivar");
		for (int width : new int[] { 1280, 390 }) {
			if (width == 390) {
				browser.viewport(390, 844);
			}
			else {
				browser.desktopViewport();
			}
			browser.open("/arkiv");
			browser.waitForText(By.id("main"), "Regler for journalføring");
			assertThat(violationsAt(new org.openqa.selenium.Dimension(width, 844))).as("axe on /arkiv for arkivar at %d px",
					width).isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling on /arkiv at %d px", width).isZero();
		}

		long conversation = api().asDemo("veileder1").get("/api/v1/inbox/conversations?size=50").json().path("items").get(0)
			.path("id").asLong();
		browser.desktopViewport();
		browser.loginAs("veileder1");
		browser.open("/innboks/samtale/" + conversation);
		browser.waitFor(By.xpath("//h2[normalize-space() = 'Arkiv']"));
		assertThat(browser.accessibilityViolations()).as("axe on the conversation with the journal button").isEmpty();
		browser.tabTo(f -> f.isButton("Journalfør"), 200);
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "journalført som sak");
		browser.viewport(390, 844);
		assertThat(browser.horizontalOverflow()).as("sideways scrolling on the conversation at 390 px").isZero();
		assertThat(violationsAt(new org.openqa.selenium.Dimension(390, 844))).as("axe on the conversation at 390 px")
			.isEmpty();
	}

}
