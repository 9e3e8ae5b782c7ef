package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The citizens' channel guide in a real browser: at 390 px, by keyboard alone, with visible focus and no axe
 * violation, from the skip link to the routes; and the editors' page with its history, form, refusals at their
 * fields, preview and diff, axe-clean at desktop and phone width.
 */
class GuideBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void aCitizenIsGuidedByKeyboardOnAPhoneSizedScreen() {
		browser.reset();
		browser.driver.manage().deleteAllCookies();
		browser.viewport(390, 844);
		browser.open("/veiviser");
		browser.waitForText(By.tagName("h1"), "Finn riktig hjelp");
		assertThat(browser.accessibilityViolations()).as("axe on the first screen at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);

		browser.script("document.activeElement.blur()");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getText()).isEqualTo("Hopp til innholdet");
		assertThat(focusOutline()).as("focus is visible").isNotEqualTo("none");
		for (int i = 0; i < 4; i++) {
			browser.focused().sendKeys(Keys.TAB);
		}
		assertThat(browser.focused().getAttribute("id")).isEqualTo("topic-foreldrepenger");
		browser.focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("topic-sykepenger");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("need-none");
		browser.focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(browser.focused().getAttribute("id")).isEqualTo("need-interpreter");
		browser.focused().sendKeys(Keys.TAB);
		browser.focused().sendKeys("2317");
		browser.focused().sendKeys(Keys.TAB);
		assertThat(browser.focused().getText()).isEqualTo("Vis hvor jeg får hjelp");
		assertThat(focusOutline()).isNotEqualTo("none");
		browser.focused().sendKeys(Keys.ENTER);

		browser.waitForText(By.id("results"), "Her får du hjelp");
		String routes = browser.driver.findElement(By.cssSelector("ol.routes")).getText();
		assertThat(routes).contains("Ring NAV og be om tolk", "55 55 33 33", "NAV Hamar", "Vangsvegen 73");
		assertThat(routes.indexOf("Ring NAV og be om tolk")).isLessThan(routes.indexOf("NAV Hamar"));
		assertThat(browser.accessibilityViolations()).as("axe on the routes at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).isLessThanOrEqualTo(0);
		assertThat(browser.driver.manage().getCookies()).as("the guide sets no cookie").isEmpty();

		browser.driver.findElement(By.linkText("English")).click();
		browser.waitForText(By.id("results"), "Where you get help");
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("en");
		assertThat(browser.accessibilityViolations()).as("axe in English").isEmpty();
	}

	@Test
	void anUnknownPlaceShowsThePhoneAndTheOfficeAndPassesAxe() {
		browser.reset();
		browser.viewport(390, 844);
		browser.open("/veiviser?lang=nn&topic=pensjon&municipality=Atlantis");
		browser.waitForText(By.id("error-title"), "Vi fann ikkje det du valde");
		assertThat(browser.driver.findElement(By.cssSelector(".error")).getText()).contains("55 55 33 33", "NAV-kontoret ditt");
		assertThat(browser.accessibilityViolations()).isEmpty();
	}

	@Test
	void editorsSeeTheHistoryTheFormAndAPreviewOnAnAxeCleanPage() {
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.viewport(size.getWidth(), size.getHeight());
			browser.open("/publisering/veiviser");
			browser.waitFor(By.cssSelector("#main table"));
			browser.waitFor(By.xpath("//label[text()='Tema du redigerer']"));
			assertThat(browser.driver.findElement(By.cssSelector("#main table")).getText()).contains("Publisert nå");
			assertThat(violationsAt(size)).as("axe on the guide's editor at " + size).isEmpty();
			assertThat(browser.horizontalOverflow()).as("no sideways scrolling at " + size + ": " + widest())
				.isLessThanOrEqualTo(0);
		}
		new Select(browser.driver.findElement(By.xpath("//label[text()='Tema']/following::select[1]"))).selectByValue("dagpenger");
		new Select(browser.driver.findElement(By.xpath("//label[text()='Behov']/following::select[1]"))).selectByValue("crisis");
		browser.driver.findElement(By.xpath("//button[normalize-space()='Vis rutene']")).click();
		browser.waitForText(By.cssSelector(".samtale-guide-routes"), "113");
		assertThat(violationsAt(new Dimension(390, 844))).as("axe with the preview").isEmpty();
	}

	@Test
	void anEditorChangesARouteInTheFormByKeyboardSeesARefusalAtItsFieldAndTheDiffOfTheSavedVersion() {
		browser.loginAs("redaktor");
		browser.desktopViewport();
		browser.open("/publisering/veiviser");
		WebElement topic = browser.waitFor(By.xpath("//label[text()='Tema du redigerer']/following::select[1]"));
		new Select(topic).selectByVisibleText("Dagpenger når du er arbeidsledig");
		WebElement link = browser.waitFor(By.xpath("//fieldset[.//legend[normalize-space()='Rute 1']]//label[text()='Lenke']/following::input[1]"));
		String url = link.getAttribute("value");
		link.click();
		link.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		WebElement save = browser.driver.findElement(By.xpath("//button[normalize-space()='Lagre som ny versjon']"));
		save.sendKeys(Keys.ENTER);

		browser.waitForText(By.id("main"), "Rett dette før du lagrer:");
		assertThat(browser.driver.findElement(By.id("main")).getText()).contains("Ruten mangler et mål: fyll ut Lenke.");
		assertThat(link.getAttribute("aria-invalid")).isEqualTo("true");
		browser.viewport(390, 844);
		assertThat(violationsAt(new Dimension(390, 844))).as("axe with the refusals at 390 px").isEmpty();
		assertThat(browser.horizontalOverflow()).as("no sideways scrolling with the form: " + widest()).isLessThanOrEqualTo(0);
		browser.desktopViewport();

		link.sendKeys(url);
		WebElement nynorsk = browser.driver.findElement(By.xpath(
				"//fieldset[.//legend[normalize-space()='Rute 1']]//fieldset[.//legend[normalize-space()='Tittel']]//label[text()='Nynorsk']/following::input[1]"));
		nynorsk.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		nynorsk.sendKeys("Søk dagpengar på nav.no no");
		save.sendKeys(Keys.ENTER);
		browser.waitForText(By.id("main"), "Lagret som versjon");

		WebElement show = browser.waitFor(By.xpath("//button[normalize-space()='Vis endringer']"));
		show.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector(".samtale-guide-diff"), "Søk dagpengar på nav.no no");
		assertThat(browser.driver.findElement(By.cssSelector(".samtale-guide-diff")).getText())
			.contains("Tema dagpenger › Rute 1 › Tittel › Nynorsk", "Endret");
		assertThat(browser.accessibilityViolations()).as("axe with the diff").isEmpty();
	}

	/** The elements that reach past the window's right edge, to say what a sideways scroll comes from. */
	private Object widest() {
		return browser.script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth).slice(-4).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(' | ')");
	}

	/** The focused element's outline, which the page draws for focus. */
	private String focusOutline() {
		return (String) browser.script("return getComputedStyle(document.activeElement).outlineStyle");
	}

}
