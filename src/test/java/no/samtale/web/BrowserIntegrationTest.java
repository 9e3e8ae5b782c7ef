package no.samtale.web;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Dimension;

import no.samtale.support.IntegrationTest;

/**
 * A test in the one shared browser against the running application: each test starts from the shared browser and
 * leaves it at desktop width for the next.
 */
abstract class BrowserIntegrationTest extends IntegrationTest {

	protected Browser browser;

	@BeforeEach
	void startBrowser() {
		browser = Browser.shared("http://localhost:" + port);
	}

	@AfterEach
	void backToTheDesktop() {
		browser.desktopViewport();
	}

	/**
	 * What axe finds at this window size: the whole page on a desktop, the main content on a phone, where the header
	 * folds into a menu whose hidden links the desktop pass has already checked.
	 */
	protected List<String> violationsAt(Dimension size) {
		return size.getWidth() >= 1000 ? browser.accessibilityViolations() : browser.accessibilityViolationsIn("#main");
	}

}
