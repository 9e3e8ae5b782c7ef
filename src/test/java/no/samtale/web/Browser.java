package no.samtale.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium, with axe-core for accessibility checks. Fails loudly when Chromium
 * or ChromeDriver is missing: a browser test that silently skips proves nothing. (.ci/run installs both.)
 */
final class Browser {

	private static Browser shared;

	/**
	 * One Chromium for the whole run, since starting it is the slow part; each test starts from a clean session
	 * with {@link #reset}. Closed when the test JVM ends.
	 */
	static synchronized Browser shared(String base) {
		if (shared == null) {
			shared = new Browser(base);
			Runtime.getRuntime().addShutdownHook(new Thread(shared.driver::quit));
		}
		return shared;
	}

	static final Path CHROMIUM = Path.of(System.getProperty("samtale.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("samtale.test.chromedriver", "/usr/bin/chromedriver"));

	private static final Path AXE = Path.of("frontend/node_modules/axe-core/axe.min.js");

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	final WebDriver driver;

	private final String base;

	private final WebDriverWait wait;

	Browser(String base) {
		requireFile(CHROMIUM, "Chromium (apt-get install chromium)");
		requireFile(CHROMEDRIVER, "ChromeDriver (apt-get install chromium-driver)");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		// The flags that keep Chromium from reaching for the network, which this machine does not have.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--lang=nb");
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.base = base;
		this.wait = waitUpTo(Duration.ofSeconds(15));
	}

	/**
	 * A wait that looks every 50 ms. Selenium's own looks every 500 ms: the suite waits for a page, a text or a
	 * status several hundred times, nearly always for something that holds within tens of milliseconds, and each
	 * such wait cost a quarter of a second on average (as Awaitility's default did, see IntegrationTest).
	 */
	WebDriverWait waitUpTo(Duration timeout) {
		return new WebDriverWait(driver, timeout, Duration.ofMillis(50));
	}

	/** Renders the page as a screen of this many CSS pixels would, a phone's or a narrow laptop's. */
	void viewport(int width, int height) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
	}

	/** Back to the window's own size, the desktop the other tests expect. */
	void desktopViewport() {
		((ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/** How many CSS pixels the page is wider than the screen; 0 when nothing runs off to the side. */
	long horizontalOverflow() {
		return (Long) script("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth)");
	}

	/** The console's messages since the last call that say the Content-Security-Policy refused something. */
	List<String> contentSecurityPolicyErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(message -> message.contains("Content Security Policy"))
			.toList();
	}

	void open(String path) {
		driver.get(base + path);
	}

	WebElement waitFor(By locator) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	void waitForText(By locator, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	/** Waits until the condition gives something other than null or false, as {@link #waitFor} does for elements. */
	<T> T until(java.util.function.Function<WebDriver, T> condition) {
		return wait.until(condition);
	}

	Object script(String javascript) {
		return ((JavascriptExecutor) driver).executeScript(javascript);
	}

	WebElement focused() {
		return driver.switchTo().activeElement();
	}

	/** What has the keyboard focus, read in one round trip: tag (lower case), type, id and visible text (stripped). */
	record Focus(String tag, String type, String id, String text) {

		boolean isButton(String name) {
			return tag.equals("button") && text.equals(name);
		}

	}

	/**
	 * Presses Tab until {@code wanted} has the focus, at most {@code presses} times, and answers the focused element.
	 * The focus is looked at before the first press too, so ask for what can take the focus (a button, a field): the
	 * page's body, focused before the first press, holds every text. It proves the element is in the tab order, as a
	 * keyboard user reaches it. Each press and each look is one round trip to the browser (a long page takes a few hundred), and the
	 * focus is read by script, so a form that re-renders around the focus (suggestions arriving) leaves no stale
	 * element to read.
	 */
	@SuppressWarnings("unchecked")
	WebElement tabTo(Predicate<Focus> wanted, int presses) {
		Focus focus = null;
		for (int i = 0; i <= presses; i++) {
			if (i > 0) {
				new Actions(driver).sendKeys(Keys.TAB).perform();
			}
			List<String> read = (List<String>) script("""
					const e = document.activeElement;
					return e ? [e.tagName.toLowerCase(), String(e.type || ''), e.id || '', (e.innerText || '').trim()]
					    : ['', '', '', ''];
					""");
			focus = new Focus(read.get(0), read.get(1), read.get(2), read.get(3));
			if (wanted.test(focus)) {
				return focused();
			}
		}
		throw new AssertionError("Tab never reached the element in " + presses + " presses; focus is on " + focus);
	}

	/** The WCAG 2.1 A and AA violations axe-core finds on the current page, one line each. */
	List<String> accessibilityViolations() {
		return accessibilityViolationsIn("html");
	}

	/** The same, within the first element the CSS selector finds (a page's {@code #main}). */
	@SuppressWarnings("unchecked")
	List<String> accessibilityViolationsIn(String selector) {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		// axe-core is half a megabyte of script: sent once per page, not once per check.
		if (Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'undefined'"))) {
			js.executeScript(axeSource());
		}
		// A dialog or panel that is still fading in has colours half-way, which axe reports as too little contrast
		// (CI, once, on a modal's primary button): wait until the running finite animations are over (at most 2 s).
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const waitUntil = Date.now() + 2000;
				const moving = () => document.getAnimations().some(a => a.playState === 'running'
				    && a.effect && a.effect.getComputedTiming().iterations !== Infinity);
				const check = () => {
				  if (moving() && Date.now() < waitUntil) { requestAnimationFrame(check); return; }
				  axe.run(document.querySelector(arguments[1]), { runOnly: { type: 'tag', values: arguments[0] } })
				    .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): '
				        + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
				    .catch(e => done(['axe failed: ' + e]));
				};
				check();
				""", WCAG_21_AA, selector);
		return (List<String>) result;
	}

	private static String axeScript;

	private static synchronized String axeSource() {
		try {
			if (axeScript == null) {
				axeScript = Files.readString(AXE);
			}
			return axeScript;
		}
		catch (IOException e) {
			throw new UncheckedIOException("axe-core comes with the front end's npm install: " + AXE, e);
		}
	}

	private static void requireFile(Path path, String what) {
		if (!Files.isExecutable(path)) {
			throw new IllegalStateException("Browser tests need " + what + " at " + path);
		}
	}

	/** Logged out, default language, on the login page. */
	void reset() {
		driver.manage().deleteAllCookies();
		open("/login");
		script("localStorage.clear()");
		open("/login");
		waitFor(By.id("login-username"));
	}

	void loginAs(String username) {
		reset();
		driver.findElement(By.id("login-username")).sendKeys(username);
		driver.findElement(By.id("login-password")).sendKeys("demo", org.openqa.selenium.Keys.ENTER);
		waitFor(By.id("main"));
		waitForText(By.tagName("header"), "Samtale");
		wait.until(d -> d.findElements(By.id("login-username")).isEmpty());
	}

}
