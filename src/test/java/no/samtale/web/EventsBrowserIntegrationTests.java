package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import no.samtale.support.TestText;
import tools.jackson.databind.JsonNode;

/**
 * Nettprat, the idea box and hearings in a real browser: every page passes axe at desktop width and at 390 px
 * without sideways scrolling, a question is asked anonymously by keyboard alone, an answer reaches the open page
 * over the live stream without a reload, and a nettprat is moved and then cancelled on its page.
 */
class EventsBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void everyEventsPagePassesAxeForAModeratorAtDesktopAndPhoneWidth() {
		long event = comingEvent();
		long past = api().asDemo("ansatt").get("/api/v1/events/live").json().path("items").valueStream()
			.filter(item -> item.path("state").asString().equals("ARCHIVED")).findFirst().orElseThrow().path("id").asLong();
		long idea = api().asDemo("moderator").get("/api/v1/ideas").json().path("items").get(0).path("id").asLong();
		long hearing = api().asDemo("moderator").get("/api/v1/hearings").json().path("items").get(0).path("id").asLong();
		browser.loginAs("moderator");
		for (String page : List.of("/nettprat", "/nettprat/" + event, "/nettprat/" + past, "/ideer", "/ideer/" + idea, "/horinger",
				"/horinger/" + hearing)) {
			for (int width : new int[] { 1280, 390 }) {
				if (width == 390) {
					browser.viewport(390, 844);
				}
				else {
					browser.desktopViewport();
				}
				browser.open(page);
				browser.waitFor(By.tagName("h1"));
				browser.waitFor(By.cssSelector("#main nav[aria-label]"));
				if (page.equals("/nettprat/" + event)) {
					browser.waitForText(By.id("main"), "Moderatorkø");
				}
				List<String> found = width == 390 ? browser.accessibilityViolationsIn("#main") : browser.accessibilityViolations();
				assertThat(found).as("axe on %s at %d px", page, width).isEmpty();
				assertThat(browser.horizontalOverflow()).as("sideways scrolling on %s at %d px", page, width).isZero();
			}
		}
	}

	@Test
	void anEmployeeAsksAnonymouslyByKeyboardAndSeesTheAnswerArriveLive() {
		long event = comingEvent();
		browser.loginAs("ansatt3");
		browser.open("/nettprat/" + event);
		WebElement text = browser.waitFor(By.cssSelector("#main textarea"));
		text.click();
		browser.focused().sendKeys("Tastaturspørsmål: kommer det flere kurs i 2027?");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getAttribute("type")).isEqualTo("checkbox");
		browser.focused().sendKeys(Keys.SPACE);
		assertThat(browser.driver.findElement(By.id("main")).getText()).contains("også for moderatorene");
		WebElement submit = browser.tabTo(f -> f.type().equals("submit"), 30);
		submit.sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Dine spørsmål");
		browser.waitForText(By.id("main"), "Stilt anonymt");

		long question = 0;
		for (JsonNode q : api().asDemo("ansatt3").get("/api/v1/events/live/" + event + "/questions/mine").json()) {
			if (q.path("text").asString().startsWith("Tastaturspørsmål")) {
				question = q.path("id").asLong();
			}
		}
		assertThat(api().asDemo("moderator").post("/api/v1/events/live/" + event + "/questions/" + question + "/approve", "")
			.status()).isEqualTo(200);
		browser.waitForText(By.id("main"), "Anonym ·");
		api().asDemo("leder").post("/api/v1/events/live/" + event + "/questions/" + question + "/answer",
				"{\"body\": \"Ja, tre nye kurs til våren.\"}");
		browser.waitForText(By.id("main"), "Ja, tre nye kurs til våren.");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void anEmployeeCommentsOnAnIdeaByKeyboardAndTheHearingsCreatorSeesItsDocumentsAndExports() {
		long idea = api().asDemo("ansatt2").get("/api/v1/ideas").json().path("items").valueStream()
			.filter(item -> !item.path("status").asString().equals("MERGED")).findFirst().orElseThrow().path("id").asLong();
		browser.loginAs("ansatt2");
		browser.open("/ideer/" + idea);
		browser.waitForText(By.id("main"), "Kommentarer");
		browser.waitFor(By.cssSelector("#main textarea")).click();
		browser.focused().sendKeys("Nettleserkommentar: dette trengs i hele fylket.");
		browser.tabTo(f -> f.type().equals("submit"), 30).sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Nettleserkommentar: dette trengs i hele fylket.");
		browser.waitForText(By.id("main"), "Du følger idéen");
		assertThat(browser.accessibilityViolations()).isEmpty();

		long hearing = api().asDemo("leder").get("/api/v1/hearings").json().path("items").get(0).path("id").asLong();
		browser.loginAs("leder");
		for (int width : new int[] { 1280, 390 }) {
			if (width == 390) {
				browser.viewport(390, 844);
			}
			else {
				browser.desktopViewport();
			}
			browser.open("/horinger/" + hearing);
			browser.waitForText(By.id("main"), "Legg ved et dokument");
			browser.waitForText(By.id("main"), "Last ned høringen med alle svar (PDF)");
			List<String> found = width == 390 ? browser.accessibilityViolationsIn("#main") : browser.accessibilityViolations();
			assertThat(found).as("axe on the hearing at %d px", width).isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isZero();
		}
	}

	@Test
	void productFeedbackAndTheTeamsQueuePassAxeAtDesktopAndPhoneWidth() {
		long service = api().asDemo("veileder1").get("/api/v1/feedback/services").json().path("items").valueStream()
			.filter(item -> item.path("myTeam").asBoolean()).findFirst().orElseThrow().path("id").asLong();
		browser.loginAs("veileder1");
		for (String page : List.of("/tilbakemeldinger", "/tilbakemeldinger/tjeneste/" + service)) {
			for (int width : new int[] { 1280, 390 }) {
				if (width == 390) {
					browser.viewport(390, 844);
				}
				else {
					browser.desktopViewport();
				}
				browser.open(page);
				browser.waitFor(By.tagName("h1"));
				browser.waitForText(By.id("main"), page.equals("/tilbakemeldinger") ? "Dine tilbakemeldinger" : "Utvikling per uke");
				List<String> found = width == 390 ? browser.accessibilityViolationsIn("#main") : browser.accessibilityViolations();
				assertThat(found).as("axe on %s at %d px", page, width).isEmpty();
				assertThat(browser.horizontalOverflow()).as("sideways scrolling on %s at %d px", page, width).isZero();
			}
		}
	}

	@Test
	void aLeaderSchedulesANettpratWithTheFormAndMovesItOnItsPage() {
		String title = "Nettprat " + TestText.unique();
		browser.loginAs("leder");
		for (int width : new int[] { 390, 1280 }) {
			if (width == 390) {
				browser.viewport(390, 844);
			}
			else {
				browser.desktopViewport();
			}
			browser.open("/nettprat");
			browser.waitFor(By.xpath("//h2[normalize-space() = 'Planlegg en nettprat']"));
			assertThat(violationsAt(new org.openqa.selenium.Dimension(width, 844))).as("axe on the form at %d px", width)
				.isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling on the form at %d px", width).isZero();
		}
		browser.waitFor(By.xpath("//label[normalize-space() = 'Tittel']/following::input[1]")).sendKeys(title);
		browser.waitFor(By.xpath("//button[normalize-space() = 'Planlegg nettpraten']")).sendKeys(Keys.ENTER);

		browser.waitForText(By.tagName("h1"), title);
		browser.waitFor(By.xpath("//h2[normalize-space() = 'Flytt nettpraten']"));
		assertThat(browser.accessibilityViolations()).as("axe on the new nettprat with the move form").isEmpty();
		WebElement ends = browser.waitFor(By.xpath("//label[normalize-space() = 'Slutter kl.']/following::input[1]"));
		ends.sendKeys("1430");
		browser.waitFor(By.xpath("//button[normalize-space() = 'Flytt']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Nettpraten er flyttet.");

		// Called off by keyboard: the dialog puts the reader in its field, and the page says why it is cancelled.
		browser.waitFor(By.xpath("//button[normalize-space() = 'Avlys nettpraten']")).sendKeys(Keys.ENTER);
		browser.waitFor(By.cssSelector("dialog[open]"));
		assertThat(browser.accessibilityViolations()).as("axe on the cancel dialog").isEmpty();
		browser.until(d -> "textarea".equals(browser.focused().getTagName()));
		browser.focused().sendKeys("Lederen er syk.");
		browser.waitFor(By.xpath("//dialog//button[normalize-space() = 'Avlys']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Begrunnelse: Lederen er syk.");
		for (int width : new int[] { 1280, 390 }) {
			if (width == 390) {
				browser.viewport(390, 844);
			}
			else {
				browser.desktopViewport();
			}
			assertThat(violationsAt(new org.openqa.selenium.Dimension(width, 844))).as("axe on the cancelled nettprat at %d px", width)
				.isEmpty();
		}
	}

	private long comingEvent() {
		for (JsonNode event : api().asDemo("ansatt").get("/api/v1/events/live").json().path("items")) {
			if (event.path("state").asString().equals("SCHEDULED")) {
				return event.path("id").asLong();
			}
		}
		throw new AssertionError("the demo has no coming nettprat");
	}

}
