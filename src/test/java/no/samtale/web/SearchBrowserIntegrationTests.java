package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import no.samtale.support.ForumSteps;

/** Search in a real browser: by keyboard, marked snippets, suggestions while asking, and axe-core on each page. */
class SearchBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final String RULES = "Faglig veiledning på regelverksspørsmål";

	@Test
	void anEmployeeSearchesByKeyboardAndSeesTheMatchedWordsMarked() {
		ask("Hvordan søker jeg om kanotstønad?", "Jeg padler til jobben og lurer på kanotstønaden.");
		browser.loginAs("ansatt");
		browser.open("/sok");

		WebElement box = browser.waitFor(By.cssSelector("input[type=search]"));
		box.click();
		browser.focused().sendKeys("kanotstønad");
		browser.focused().sendKeys(Keys.ENTER);

		// The page first lists the newest discussions unmarked; the marks come with the answer to the words.
		browser.waitFor(By.cssSelector(".samtale-search-results mark"));
		List<WebElement> marks = browser.waitFor(By.cssSelector(".samtale-search-results")).findElements(By.tagName("mark"));
		assertThat(marks).isNotEmpty();
		assertThat(marks.get(0).getText().toLowerCase()).startsWith("kanotstønad");
		assertNoViolations("/sok with results");
	}

	@Test
	void theAskFormSuggestsTheEarlierQuestionWhileTheUserTypes() {
		long earlier = ask("Regler for seilbåtpermisjon", "Kan jeg ta seilbåtpermisjon i sommer?");
		browser.loginAs("ansatt2");
		browser.open("/forum/rom/" + space() + "/ny");

		browser.waitFor(By.id("ask-title")).click();
		browser.focused().sendKeys("seilbåtpermisjon om sommeren");

		browser.waitForText(By.cssSelector(".samtale-similar"), "Regler for seilbåtpermisjon");
		WebElement link = browser.waitFor(By.cssSelector(".samtale-similar a"));
		assertThat(link.getAttribute("href")).endsWith("/forum/diskusjon/" + earlier);
		assertNoViolations("the ask form with suggestions");
	}

	@Test
	void theSearchAdministrationPagePassesAxe() {
		browser.loginAs("admin");
		browser.open("/admin/sok");
		browser.waitFor(By.tagName("table"));

		assertNoViolations("/admin/sok");
	}

	@Test
	void anEditorFindsANettpratAnswerBySourceAndTurnsAQuestionWithoutAnswerIntoAPostIdea() {
		browser.loginAs("redaktor");
		browser.open("/sok?source=NETTPRAT&q=hjemmekontordager");
		browser.waitForText(By.cssSelector(".samtale-search-results"), "Nettprat");
		assertThat(new Select(browser.waitFor(By.xpath("//select[@id=//label[text()='Kilde']/@for]")))
			.getFirstSelectedOption().getText()).isEqualTo("Nettprat");
		assertNoViolations("/sok filtered by source");

		// An answer inserted into an inbox reply: the page's second table lists it (and axe checks it).
		long answered = ask("Svart fra innboksen om pelikanpenger", "Hvem får pelikanpenger?");
		api().asDemo("veileder3").post("/api/v1/search/suggestion-uses",
				"{\"source\": \"FORUM\", \"id\": " + answered + ", \"context\": \"INBOX_REPLY\"}");
		browser.open("/sok?q=albatrosstillegg");
		browser.waitForText(By.cssSelector("#main"), "Ingen");
		browser.driver.findElement(By.linkText("Spørsmål uten svar")).click();
		browser.waitForText(By.cssSelector("#main table"), "albatrosstillegg");
		browser.waitForText(By.cssSelector("#main"), "Svart fra innboksen om pelikanpenger");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			assertThat(violationsAt(size)).as("axe on /sok/ubesvart at " + size).isEmpty();
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		Select theme = new Select(browser.waitFor(By.xpath("//select[@id=//label[text()='Tema for innleggsidé']/@for]")));
		browser.until(d -> theme.getOptions().size() > 1);
		theme.selectByIndex(1);
		WebElement row = browser.driver.findElement(By.xpath("//tr[td[contains(., 'albatrosstillegg')]]"));
		row.findElement(By.xpath(".//button[contains(., 'Lag innleggsidé')]")).click();
		browser.waitForText(By.cssSelector("[role=status]"), "Ideen er lagt til temaet.");
	}

	private long ask(String title, String body) {
		return ForumSteps.ask(api().asDemo("ansatt"), space(), title, body);
	}

	private long space() {
		return ForumSteps.space(api().asDemo("ansatt"), RULES);
	}

	private void assertNoViolations(String page) {
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
	}

}
