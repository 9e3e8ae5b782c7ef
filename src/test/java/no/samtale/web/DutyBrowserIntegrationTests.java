package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The duty roster page and the inbox header's "on duty now" in a real browser: the whole page at desktop width, and
 * the page's main content at 390 px (the shell's own header has a colour-contrast finding at that width that is not
 * this page's; see the report of the branch that added this test).
 */
class DutyBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void theRosterAndTheHeaderPassAxeAtDesktopAndPhoneWidth() {
		browser.loginAs("veileder1");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/innboks/vakter");
			browser.waitFor(By.cssSelector("#main table"));
			browser.waitFor(By.cssSelector("#main form"));
			assertThat(violationsAt(size)).as("axe on the roster at " + size).isEmpty();
			Object overflow = browser.script("return document.getElementById('main').scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("the roster needs no sideways scrolling at " + size)
				.isLessThanOrEqualTo(0);

			browser.open("/innboks");
			browser.waitForText(By.cssSelector("#main section[aria-label='På vakt nå']"), "NAV Foreldrepenger");
			assertThat(violationsAt(size)).as("axe on the inbox at " + size).isEmpty();
		}
	}

}
