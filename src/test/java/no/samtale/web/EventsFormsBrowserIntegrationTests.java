package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import no.samtale.support.Api;
import no.samtale.support.TestText;
import tools.jackson.databind.JsonNode;

/**
 * The events module's forms in a real browser, by keyboard, with axe at desktop width and at 390 px: a hearing
 * written, saved as a draft, edited and sent; an idea lifted to the directorate, showing the department's answer;
 * a nettprat scheduled with a helper who types for the leader.
 */
class EventsFormsBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void aLeaderWritesAHearingSavesItAsADraftEditsItAndSendsIt() {
		String title = "Høring " + TestText.unique();
		browser.loginAs("leder");
		for (int width : new int[] { 390, 1280 }) {
			size(width);
			browser.open("/horinger/ny");
			browser.waitForText(By.tagName("h1"), "Ny høring");
			browser.waitFor(By.xpath("//label[normalize-space() = 'Enhet']/following::select[1]"));
			assertThat(violations(width)).as("axe on the new hearing at %d px", width).isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isZero();
		}
		// Sent empty, every field says what is wrong with it, in Norwegian.
		button("Send på høring").sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Skriv en tittel.");
		browser.waitForText(By.id("main"), "Skriv en tittel på delen.");
		assertThat(browser.accessibilityViolations()).as("axe with the errors shown").isEmpty();

		field("Tittel").sendKeys(title);
		field("Tittel på del 1").sendKeys("Felles vaktliste");
		button("Legg til en del").sendKeys(Keys.ENTER);
		browser.waitFor(By.xpath("//label[normalize-space() = 'Tittel på del 2']/following::input[1]")).sendKeys("Kveldsvakt");
		WebElement unit = browser.waitFor(By.xpath("//label[normalize-space() = 'Enhet']/following::select[1]"));
		new Select(unit).selectByVisibleText("NAV Hamar");
		WebElement person = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Ansvarlig']/following::select[1]"));
		browser.until(d -> new Select(person).getOptions().stream().anyMatch(o -> o.getText().equals("Geir Holm")));
		new Select(person).selectByVisibleText("Geir Holm");
		button("Inviter enheten").sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "NAV Hamar – ansvarlig: Geir Holm");
		button("Lagre som utkast").sendKeys(Keys.ENTER);

		browser.waitForText(By.tagName("h1"), title);
		browser.waitForText(By.id("main"), "Dette er et utkast.");
		for (int width : new int[] { 390, 1280 }) {
			size(width);
			browser.driver.navigate().refresh();
			browser.waitForText(By.id("main"), "Dette er et utkast.");
			assertThat(violations(width)).as("axe on the draft at %d px", width).isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling on the draft at %d px", width).isZero();
		}
		browser.waitFor(By.xpath("//a[normalize-space() = 'Rediger utkastet']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.tagName("h1"), "Rediger utkast");
		assertThat(field("Tittel").getAttribute("value")).isEqualTo(title);
		field("Tittel på del 2").sendKeys(" to dager i uka");
		button("Send på høring").sendKeys(Keys.ENTER);
		browser.waitForText(By.tagName("h1"), title);
		browser.until(d -> d.findElement(By.id("main")).getText().contains("Gi høringssvar"));

		JsonNode sent = hearing(title);
		assertThat(sent.path("draft").asBoolean()).isFalse();
		assertThat(sent.path("sections").valueStream().map(s -> s.path("title").asString()))
			.containsExactly("Felles vaktliste", "Kveldsvakt to dager i uka");
		assertThat(sent.path("units").get(0).path("responsible").path("name").asString()).isEqualTo("Geir Holm");
	}

	@Test
	void theIdeaSpacesModeratorLiftsAnIdeaByKeyboardAndItShowsTheDepartmentsAnswer() {
		long space = api().asDemo("ansatt").get("/api/v1/ideas").json().path("spaceId").asLong();
		String title = "Idé til løfting " + TestText.unique();
		long idea = api().asDemo("ansatt").post("/api/v1/ideas",
				"{\"spaceId\": %d, \"title\": \"%s\", \"body\": \"Felles regler for utlån.\"}".formatted(space, title))
			.json().path("id").asLong();
		browser.loginAs("moderator");
		browser.open("/ideer/" + idea);
		button("Løft til direktoratet").sendKeys(Keys.ENTER);
		browser.waitFor(By.cssSelector("dialog[open]"));
		assertThat(browser.accessibilityViolations()).as("axe on the lift dialog").isEmpty();
		button("Løft idéen").sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("dialog[open]"), "Velg avdelingen idéen skal til.");
		browser.waitForText(By.cssSelector("dialog[open]"), "Skriv hvorfor idéen løftes.");

		WebElement department = browser.driver.findElement(By.xpath("//dialog//label[normalize-space() = 'Avdeling']/following::select[1]"));
		browser.until(d -> new Select(department).getOptions().size() > 1);
		new Select(department).selectByVisibleText("Ytelsesavdelingen – regelverk");
		browser.driver.findElement(By.xpath("//dialog//label[normalize-space() = 'Begrunnelse']/following::textarea[1]"))
			.sendKeys("Hvem eier hjelpemiddelet når brukeren flytter?");
		button("Løft idéen").sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Idéen er løftet til direktoratet");
		browser.waitForText(By.id("main"), "Til Ytelsesavdelingen – regelverk, løftet av Marit Sønsteby");

		long escalation = api().asDemo("moderator").get("/api/v1/ideas/" + idea).json().path("escalation").path("id").asLong();
		api().asDemo("fagperson2").post("/api/v1/escalations/" + escalation + "/answer",
				"{\"answer\": \"Hjelpemiddelsentralen i det nye fylket overtar.\"}");
		for (int width : new int[] { 1280, 390 }) {
			size(width);
			browser.open("/ideer/" + idea);
			browser.waitForText(By.id("main"), "Hjelpemiddelsentralen i det nye fylket overtar.");
			browser.waitForText(By.id("main"), "Besvart");
			assertThat(violations(width)).as("axe on the answered idea at %d px", width).isEmpty();
			assertThat(browser.horizontalOverflow()).as("sideways scrolling at %d px", width).isZero();
		}
	}

	@Test
	void aLeaderSchedulesANettpratWithAHelperWhoTypesForHer() {
		String title = "Nettprat med hjelper " + TestText.unique();
		browser.loginAs("leder");
		browser.open("/nettprat");
		browser.waitFor(By.xpath("//h2[normalize-space() = 'Planlegg en nettprat']"));
		field("Tittel").sendKeys(title);
		WebElement unit = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Enhet']/following::select[1]"));
		new Select(unit).selectByVisibleText("Ytelsesavdelingen – regelverk");
		WebElement person = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Person']/following::select[1]"));
		browser.until(d -> new Select(person).getOptions().stream().anyMatch(o -> o.getText().equals("Per Kristian Moen")));
		new Select(person).selectByVisibleText("Per Kristian Moen");
		button("Legg til som hjelper").sendKeys(Keys.ENTER);
		browser.waitForText(By.xpath("//legend[normalize-space() = 'Hjelpere som skriver svar for en leder']/.."), "Per Kristian Moen");
		assertThat(browser.accessibilityViolations()).as("axe on the form with a helper").isEmpty();
		button("Planlegg nettpraten").sendKeys(Keys.ENTER);

		browser.waitForText(By.tagName("h1"), title);
		browser.waitForText(By.id("main"), "Skriver for lederne: Per Kristian Moen");
		Api.Response events = api().asDemo("leder").get("/api/v1/events/live");
		long id = events.json().path("items").valueStream().filter(e -> e.path("title").asString().equals(title))
			.findFirst().orElseThrow().path("id").asLong();
		assertThat(api().asDemo("leder").get("/api/v1/events/live/" + id).json().path("helpers").get(0).path("name").asString())
			.isEqualTo("Per Kristian Moen");
	}

	private JsonNode hearing(String title) {
		JsonNode found = api().asDemo("leder").get("/api/v1/hearings").json().path("items").valueStream()
			.filter(h -> h.path("title").asString().equals(title)).findFirst().orElseThrow();
		return api().asDemo("leder").get("/api/v1/hearings/" + found.path("id").asLong()).json();
	}

	private WebElement field(String label) {
		return browser.waitFor(By.xpath("//label[normalize-space() = '" + label + "']/following::*[self::input or self::textarea][1]"));
	}

	private WebElement button(String text) {
		return browser.waitFor(By.xpath("//button[normalize-space() = '" + text + "']"));
	}

	private void size(int width) {
		if (width == 390) {
			browser.viewport(390, 844);
		}
		else {
			browser.desktopViewport();
		}
	}

	private List<String> violations(int width) {
		return width == 390 ? browser.accessibilityViolationsIn("#main") : browser.accessibilityViolations();
	}

}
