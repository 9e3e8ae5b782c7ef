package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import no.samtale.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * The contact log, the complaints and the channel mix in a real browser: every page passes axe at desktop width and
 * at 390 px without sideways scrolling, an office employee logs a contact by keyboard alone, and a partner approves
 * a complaint's response by keyboard.
 */
class ContactsBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void everyContactsPagePassesAxeAtDesktopAndPhoneWidth() {
		long complaint = waitingComplaint();
		browser.loginAs("admin");
		for (String page : List.of("/kontaktlogg", "/klager", "/klager/" + complaint, "/analyse/kanaler")) {
			for (int width : new int[] { 1280, 390 }) {
				if (width == 390) {
					browser.viewport(390, 844);
				}
				else {
					browser.desktopViewport();
				}
				browser.open(page);
				browser.waitFor(By.tagName("h1"));
				browser.waitFor(By.cssSelector(page.startsWith("/klager/") ? "#main dl" : "#main table"));
				if (page.equals("/analyse/kanaler")) {
					// The channel guide's two charts load after the mix; axe checks them too.
					browser.waitForText(By.id("main"), "Veiviseren: valgt kanal");
				}
				assertThat(violationsAt(new org.openqa.selenium.Dimension(width, 844))).as("axe on %s at %d px", page, width)
					.isEmpty();
				assertThat(browser.horizontalOverflow()).as("sideways scrolling on %s at %d px", page, width).isZero();
			}
		}
	}

	@Test
	void aLeaderChoosesTheChannelMixsMonthsAndTheChartsFollow() {
		browser.loginAs("admin");
		browser.desktopViewport();
		browser.open("/analyse/kanaler");
		WebElement from = browser.waitFor(By.xpath("//label[text()='Fra måned']/following::select[1]"));
		java.time.YearMonth now = java.time.YearMonth.now(java.time.ZoneId.of("Europe/Oslo"));
		new org.openqa.selenium.support.ui.Select(from).selectByValue(now.minusMonths(2).toString());
		browser.driver.findElement(By.xpath("//button[normalize-space()='Vis perioden']")).sendKeys(Keys.ENTER);
		browser.until(d -> d.findElements(By.cssSelector("#main table")).get(0)
			.findElements(By.cssSelector("tbody tr")).size() == 3);
		assertThat(browser.driver.findElement(By.xpath("//a[contains(@href, 'channel-mix/export')]")).getAttribute("href"))
			.contains("from=" + now.minusMonths(2) + "-01");
		assertThat(browser.accessibilityViolations()).as("axe with a chosen period").isEmpty();
	}

	@Test
	void anOfficeEmployeeLogsAContactByKeyboardAlone() {
		browser.loginAs("ansatt2");
		browser.open("/kontaktlogg");
		browser.waitFor(By.cssSelector("#main select"));
		browser.script("document.querySelector('#main select').focus()");
		browser.focused().sendKeys("Pensjon");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getAttribute("type")).isEqualTo("radio");
		// Nothing is chosen beforehand (walk report F15): arrows move from the first channel to the telephone.
		browser.focused().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
		assertThat(browser.focused().getAttribute("value")).isEqualTo("PHONE");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getAttribute("type")).isEqualTo("radio");
		browser.focused().sendKeys(Keys.SPACE);
		assertThat(browser.focused().getAttribute("value")).isEqualTo("HELPED_TO_SELF_SERVICE");
		browser.tabTo(f -> f.type().equals("submit"), 60).sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Registrert: Pensjon på NAV Hamar");
		assertThat(browser.focused().getTagName()).as("focus back on the topic for the next").isEqualTo("select");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void aPartnerApprovesAComplaintsResponseByKeyboard() {
		long id = api().asDemo("ansatt").post("/api/v1/complaints", """
				{"channel": "PHONE", "topic": "dagpenger", "classification": "WAIT_TIME", "text": "Nettleserklage om kø"}
				""").json().path("id").asLong();
		api().asDemo("veileder1").post("/api/v1/complaints/" + id + "/response",
				"{\"response\": \"Vi beklager ventetiden.\"}");
		browser.loginAs("veileder2");
		browser.open("/klager/" + id);
		browser.waitForText(By.id("main"), "Vi beklager ventetiden.");
		WebElement approve = browser.tabTo(f -> f.tag().equals("button") && f.text().contains("Godkjenn svaret"), 60);
		approve.sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Besvart");
		assertThat(api().asDemo("veileder2").get("/api/v1/complaints/" + id).json().path("status").asString())
			.isEqualTo("ANSWERED");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	private long waitingComplaint() {
		Api author = api().asDemo("ansatt");
		JsonNode registered = author.post("/api/v1/complaints", """
				{"channel": "OFFICE", "topic": "sosialhjelp", "classification": "ACCESSIBILITY", "text": "Stengt skranke."}
				""").json();
		long id = registered.path("id").asLong();
		api().asDemo("veileder1").post("/api/v1/complaints/" + id + "/response", "{\"response\": \"Beklager.\"}");
		return id;
	}

}
