package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The web shell in a real browser: logging in by keyboard, the start page, the demo marker, and axe-core's WCAG
 * 2.1 A/AA rules on every page visited.
 */
class WebShellBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void aDemoAdvisorLogsInByKeyboardAndSeesTheStartPage() {
		browser.reset();
		browser.open("/");
		browser.waitFor(By.id("login-username"));
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("DEMO");
		assertNoViolations("login page");

		browser.driver.findElement(By.id("login-username")).click();
		browser.focused().sendKeys("veileder1");
		browser.focused().sendKeys(Keys.TAB);
		browser.focused().sendKeys("demo", Keys.ENTER);

		browser.waitForText(By.tagName("h1"), "Ingrid Solheim");
		assertThat(browser.driver.findElement(By.tagName("main")).getText()).contains("NAV Kontaktsenter Hordaland");
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("DEMO");
		assertNoViolations("start page");
	}

	@Test
	void theSkipLinkIsTheFirstStopAndLeadsToTheMainContent() {
		loginAs("ansatt");
		browser.open("/");
		browser.waitFor(By.tagName("h1"));

		browser.driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
		assertThat(browser.focused().getText()).isEqualTo("Hopp til hovedinnhold");
		browser.focused().sendKeys(Keys.ENTER);

		assertThat(browser.focused().getAttribute("id")).isEqualTo("main");
	}

	@Test
	void everyPageOfTheShellPassesAxe() {
		loginAs("admin");
		for (String page : List.of("/", "/profil", "/admin", "/admin/enheter", "/innboks", "/publisering",
				"/nettprat", "/ideer", "/horinger", "/analyse")) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			assertNoViolations(page);
		}
	}

	@Test
	void theLanguageSwitchTurnsThePageIntoNynorsk() {
		loginAs("ansatt");
		browser.open("/");
		browser.waitFor(By.tagName("h1"));

		browser.waitFor(By.xpath("//button[starts-with(@aria-label, 'Språk')]")).click();
		browser.waitFor(By.xpath("//*[@lang='nn' and contains(., 'Nynorsk')]")).click();

		browser.waitFor(By.xpath("//button[starts-with(@aria-label, 'Språk: Nynorsk')]"));
		assertThat(browser.script("return document.documentElement.lang")).isEqualTo("nn");
		assertNoViolations("start page in nynorsk");
	}

	private void loginAs(String username) {
		browser.loginAs(username);
	}

	private void assertNoViolations(String page) {
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations on " + page).isEmpty();
	}

}
