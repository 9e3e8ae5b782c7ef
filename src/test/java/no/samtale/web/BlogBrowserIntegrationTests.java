package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The blog in a real browser: the editors' page and the public article (rendered on the server, no script needed)
 * pass axe at desktop and phone width without sideways scrolling; a reader asks a question with the plain form;
 * an expert writes a post by keyboard and the editor approves it.
 */
class BlogBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final String ARTICLE = "/blogg/pensjonsbloggen/alderspensjon-fra-62-ar-dette-bor-du-vite-for-du-velger";

	private static final Dimension[] SIZES = { new Dimension(1280, 900), new Dimension(390, 844) };

	@Test
	void theEditorsPagePassesAxeAtDesktopAndPhoneWidth() {
		browser.loginAs("redaktor");
		for (Dimension size : SIZES) {
			browser.viewport(size.getWidth(), size.getHeight());
			browser.open("/publisering/blogg");
			browser.waitForText(By.cssSelector("#main"), "AFP i privat sektor: har du rett?");
			browser.waitForText(By.cssSelector("#main"), "Del «");
			assertThat(violationsAt(size)).as("axe on /publisering/blogg at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling at " + size).isZero();
		}
	}

	@Test
	void thePublicArticlePassesAxeAtDesktopAndPhoneWidthAndTakesAQuestion() {
		browser.reset();
		for (Dimension size : SIZES) {
			browser.viewport(size.getWidth(), size.getHeight());
			browser.open(ARTICLE);
			browser.waitForText(By.tagName("h1"), "Alderspensjon fra 62 år");
			assertThat(browser.accessibilityViolations()).as("axe on the article at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling at " + size).isZero();
			assertThat(browser.contentSecurityPolicyErrors()).isEmpty();
		}
		browser.open("/blogg/pensjonsbloggen");
		browser.waitForText(By.tagName("h1"), "Det er din pensjon");
		assertThat(browser.accessibilityViolations()).as("axe on the list").isEmpty();

		browser.open(ARTICLE);
		browser.driver.findElement(By.id("kommentar")).sendKeys("Gjelder dette også for AFP? " + System.nanoTime());
		browser.driver.findElement(By.cssSelector("form button[type='submit']")).click();
		browser.waitForText(By.cssSelector("main"), "Spørsmålet ditt er mottatt");
		assertThat(browser.accessibilityViolations()).as("axe after the question").isEmpty();

		browser.driver.findElement(By.cssSelector("form button[type='submit']")).click();
		browser.waitForText(By.cssSelector("main"), "Skriv spørsmålet ditt før du sender.");
		assertThat(browser.accessibilityViolations()).as("axe with the form's error").isEmpty();
	}

	@Test
	void anExpertWritesAPostByKeyboardAndTheEditorApprovesIt() {
		browser.loginAs("fagperson");
		browser.open("/publisering/blogg");
		String title = "Tastaturinnlegg om pensjon " + System.nanoTime();
		WebElement titleField = browser.waitFor(By.xpath("//label[normalize-space() = 'Tittel']/following::input[1]"));
		titleField.sendKeys(title);
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Ingress']/following::textarea[1]"))
			.sendKeys("Kort om pensjon.");
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Tekst']/following::textarea[1]"))
			.sendKeys("## Overskrift\n\nLitt tekst.");
		WebElement expert = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Fagekspert']/following::input[1]"));
		expert.sendKeys("Per Kristian Moen", Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er sendt til godkjenning.");
		browser.waitForText(By.cssSelector("#main ul"), title);

		browser.loginAs("redaktor");
		browser.open("/publisering/blogg");
		WebElement approve = browser.waitFor(By.xpath("//h3[normalize-space() = '" + title
				+ "']/ancestor::li[1]//button[normalize-space() = 'Godkjenn og publiser']"));
		approve.click();
		browser.waitForText(By.cssSelector("#main"), "Innlegget er godkjent og publisert.");
	}

}
