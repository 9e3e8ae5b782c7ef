package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The main pages on a phone (390 px) and a narrow laptop (1024 px): nothing runs off the side of the screen, the
 * header folds into a menu button that works by keyboard, axe finds nothing, and the Content-Security-Policy
 * refuses nothing the pages ask for (the bundled font included).
 */
class ResponsiveBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final List<String> MAIN_PAGES = List.of("/", "/forum", "/sok", "/innboks", "/profil", "/admin",
			"/admin/enheter", "/admin/kanaler", "/admin/personvern", "/admin/statistikk");

	/** The narrow header's menu; the wide header's own links and menus are in the page too, hidden. */
	private static final String MENU = "//div[contains(@class, 'samtale-narrow-menu')]";

	@Test
	void onAPhoneTheMainPagesFitTheScreenAndPassAxe() {
		browser.loginAs("admin");
		browser.viewport(390, 844);
		browser.contentSecurityPolicyErrors();
		for (String page : MAIN_PAGES) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			assertThat(browser.horizontalOverflow()).as("pixels running off a 390 px screen on " + page).isZero();
			assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations at 390 px on " + page).isEmpty();
			assertThat(browser.contentSecurityPolicyErrors()).as("CSP refusals on " + page).isEmpty();
		}
	}

	@Test
	void onANarrowLaptopNoPageIsWiderThanTheScreen() {
		browser.loginAs("admin");
		browser.viewport(1024, 768);
		for (String page : MAIN_PAGES) {
			browser.open(page);
			browser.waitFor(By.tagName("h1"));
			assertThat(browser.horizontalOverflow()).as("pixels running off a 1024 px screen on " + page).isZero();
		}
	}

	@Test
	void onAPhoneTheMenuButtonOpensTheModulesLanguageAndLogOutByKeyboard() {
		browser.loginAs("admin");
		browser.viewport(390, 844);
		browser.open("/");
		browser.waitFor(By.tagName("h1"));
		assertThat(browser.driver.findElements(By.cssSelector("nav.samtale-nav"))).allSatisfy(nav -> assertThat(nav.isDisplayed()).isFalse());

		WebElement menuButton = browser.waitFor(By.xpath("//header//button[normalize-space(.)='Meny']"));
		// The page moves focus to its heading once it has loaded, which closes a menu opened just before: press
		// again until the menu stays open.
		browser.until(driver -> {
			if (!"true".equals(menuButton.getAttribute("aria-expanded"))) {
				menuButton.sendKeys(Keys.ENTER);
			}
			return driver.findElement(By.xpath(MENU + "//button[normalize-space(.)='Logg ut']")).isDisplayed();
		});
		// The inbox's entry may carry a badge with the number of replies waiting for approval.
		WebElement inbox = browser.waitFor(By.xpath(MENU + "//a[starts-with(normalize-space(.), 'Innboks')]"));
		assertThat(browser.driver.findElement(By.xpath(MENU + "//button[@lang='nn']")).isDisplayed()).isTrue();
		assertThat(browser.accessibilityViolations()).as("WCAG 2.1 A/AA violations with the menu open").isEmpty();

		for (int i = 0; i < 10 && !browser.focused().equals(inbox); i++) {
			browser.focused().sendKeys(Keys.TAB);
		}
		assertThat(browser.focused()).as("the inbox link reached by Tab").isEqualTo(inbox);
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.tagName("h1"), "Innboks");
	}

}
