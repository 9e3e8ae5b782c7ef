package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import no.samtale.support.ForumSteps;
import no.samtale.support.TestText;

/**
 * The publishing page in a real browser: the yearly wheel (picture and table), the approval queue, the calendar
 * and the post editor pass axe at desktop and phone width, and an editor writes a post and sends it for approval
 * by keyboard alone; the partner then sees it waiting.
 */
class PublishingBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void thePagePassesAxeAtDesktopAndPhoneWidth() {
		// A question searched in vain three times this week is offered beside the calendar (and checked by axe with it).
		String question = "hvordan søker jeg " + TestText.unique() + "tillegg";
		for (int i = 0; i < 3; i++) {
			api().asDemo("ansatt").get("/api/v1/search?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
		}
		// And an answer advisors inserted into inbox replies many times this week.
		long space = ForumSteps.space(api().asDemo("ansatt"), "Faglig veiledning på regelverksspørsmål");
		String answered = "Feriepenger for " + TestText.unique() + "stønad";
		long discussion = ForumSteps.ask(api().asDemo("ansatt"), space, answered, "Får jeg feriepenger av den?");
		for (String advisor : new String[] { "veileder3", "veileder4" }) {
			for (int i = 0; i < 8; i++) {
				api().asDemo(advisor).post("/api/v1/search/suggestion-uses",
						"{\"source\": \"FORUM\", \"id\": " + discussion + ", \"context\": \"INBOX_REPLY\"}");
			}
		}
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering");
			browser.waitFor(By.cssSelector("#main svg[role='img']"));
			browser.waitForText(By.cssSelector("#main"), "G-regulering");
			browser.waitForText(By.cssSelector("#main"), question + " (3 ganger)");
			browser.waitForText(By.cssSelector("#main"), answered);
			browser.waitForText(By.cssSelector("#main"), "(Forum, 16 ganger)");
			browser.waitFor(By.cssSelector("#main form"));
			assertThat(size.getWidth() >= 1000 ? browser.accessibilityViolations()
					: browser.accessibilityViolationsIn("#main")).as("axe on /publisering at " + size).isEmpty();
			Object overflow = browser.script("return document.getElementById('main').scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling at " + size).isLessThanOrEqualTo(0);
		}
	}

	@Test
	void theWeeklyMeetingPassesAxeAndKeepsMinutesWrittenByKeyboard() {
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering/mote");
			browser.waitForText(By.cssSelector("#main"), "Skriv tre innlegg om ferie og foreldrepenger");
			browser.waitForText(By.cssSelector("#main"), "Innboksen forrige uke");
			browser.waitFor(By.xpath("//a[normalize-space() = 'Last ned som PDF']"));
			assertThat(size.getWidth() >= 1000 ? browser.accessibilityViolations()
					: browser.accessibilityViolationsIn("#main")).as("axe on the meeting at " + size).isEmpty();
			Object overflow = browser.script("return document.getElementById('main').scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling at " + size).isLessThanOrEqualTo(0);
		}
		WebElement minutes = browser.driver.findElement(By.xpath("//h2[normalize-space() = 'Referat']/following::textarea[1]"));
		minutes.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Vi løfter barnehagestart neste uke.");
		minutes.sendKeys(Keys.TAB);
		browser.focused().sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Referatet er lagret.");
	}

	@Test
	void anEditorWritesAPostByKeyboardAndThePartnerSeesItWaiting() {
		browser.loginAs("redaktor");
		browser.open("/publisering");
		WebElement account = browser.waitFor(By.xpath("//label[normalize-space() = 'Konto']/following::select[1]"));
		new Select(account).selectByVisibleText("NAV Kunnskap (X)");
		String text = "Tastaturinnlegg om barnehagestart " + System.nanoTime();
		WebElement textArea = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Tekst']/following::textarea[1]"));
		textArea.sendKeys(text);
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
		WebElement date = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Dato']/following::input[1]"));
		date.sendKeys("%02d.%02d.%d".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()));
		WebElement time = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Klokkeslett']/following::input[1]"));
		time.sendKeys("09:30");
		time.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er lagret og sendt til godkjenning.");

		// Moved to the day after by keyboard: the post and a date, the time of day kept.
		WebElement post = browser.waitFor(By.xpath("//label[normalize-space() = 'Innlegg']/following::select[1]"));
		browser.until(d -> new Select(post).getOptions().stream().anyMatch(o -> o.getText().contains(text.substring(0, 30))));
		new Select(post).getOptions().stream().filter(o -> o.getText().contains(text.substring(0, 30))).findFirst()
			.orElseThrow().click();
		LocalDate later = tomorrow.plusDays(1);
		WebElement newDate = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Ny dato']/following::input[1]"));
		newDate.sendKeys("%02d.%02d.%d".formatted(later.getDayOfMonth(), later.getMonthValue(), later.getYear()));
		newDate.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er flyttet.");

		browser.loginAs("redaktor2");
		browser.open("/publisering");
		browser.waitForText(By.cssSelector("#main"), text);
	}

	@Test
	void anInstagramPostGetsAnImageWithAltTextByKeyboardAndThePartnerSeesItWithTheAltText() throws Exception {
		java.nio.file.Path file = java.nio.file.Files.createTempFile("barnehage", ".png");
		java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(640, 480,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		javax.imageio.ImageIO.write(picture, "png", file.toFile());
		browser.loginAs("redaktor");
		browser.open("/publisering");
		WebElement account = browser.waitFor(By.xpath("//label[normalize-space() = 'Konto']/following::select[1]"));
		new Select(account).selectByVisibleText("NAV Foreldrepenger (Instagram)");
		WebElement alt = browser.waitFor(By.xpath("//label[normalize-space() = 'Alternativ tekst']/following::textarea[1]"));
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			assertThat(size.getWidth() >= 1000 ? browser.accessibilityViolations()
					: browser.accessibilityViolationsIn("#main")).as("axe on the image form at " + size).isEmpty();
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		WebElement upload = browser.driver.findElement(By.xpath("//button[normalize-space() = 'Last opp bilde']"));
		upload.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Skriv en alternativ tekst som beskriver bildet.");
		String altText = "Et barn med sekk på vei inn i barnehagen " + System.nanoTime();
		alt.sendKeys(altText);
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Bildefil']/following::input[@type='file'][1]"))
			.sendKeys(file.toAbsolutePath().toString());
		upload.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Bildet er lastet opp.");
		browser.waitFor(By.cssSelector("#main img[alt='" + altText + "']"));
		assertThat(browser.accessibilityViolations()).as("axe with the preview").isEmpty();

		String text = "Barnehagestart med bilde " + System.nanoTime();
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Tekst']/following::textarea[1]")).sendKeys(text);
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Dato']/following::input[1]"))
			.sendKeys("%02d.%02d.%d".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()));
		WebElement time = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Klokkeslett']/following::input[1]"));
		time.sendKeys("10:15");
		time.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er lagret og sendt til godkjenning.");

		browser.loginAs("redaktor2");
		browser.open("/publisering");
		browser.waitForText(By.cssSelector("#main"), text);
		browser.waitFor(By.cssSelector("#main img[alt='" + altText + "']"));
		browser.waitForText(By.cssSelector("#main"), "Alternativ tekst: " + altText);
	}

	@Test
	void aYouTubePostGetsItsVideoByKeyboardWithTheUploadAnnouncedAndGoesForApproval() throws Exception {
		String name = "YouTube " + no.samtale.support.TestText.unique();
		youTubeAccountOfForeldrepenger(name);
		java.nio.file.Path file = java.nio.file.Files.createTempFile("sommerjobb", ".mp4");
		java.nio.file.Files.write(file, no.samtale.channels.internal.youtube.YouTubeTestVideos.mp4(64 * 1024));
		browser.loginAs("redaktor");
		browser.open("/publisering");
		WebElement account = browser.waitFor(By.xpath("//label[normalize-space() = 'Konto']/following::select[1]"));
		new Select(account).selectByVisibleText(name + " (YouTube)");
		WebElement input = browser.waitFor(By.xpath("//label[normalize-space() = 'Videofil']/following::input[@type='file'][1]"));
		assertThat(browser.accessibilityViolations()).as("axe on the video form").isEmpty();
		input.sendKeys(file.toAbsolutePath().toString());
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Last opp video']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Videoen er lastet opp.");
		browser.waitForText(By.cssSelector("#main"), "Video: video/mp4");
		assertThat(browser.accessibilityViolations()).as("axe with the video attached").isEmpty();

		String title = "Sommerjobb for ungdom " + System.nanoTime();
		WebElement text = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Tekst']/following::textarea[1]"));
		text.sendKeys(title);
		text.sendKeys(Keys.ENTER);
		text.sendKeys("Slik søker du.");
		LocalDate tomorrow = LocalDate.now(ZoneId.of("Europe/Oslo")).plusDays(1);
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Dato']/following::input[1]"))
			.sendKeys("%02d.%02d.%d".formatted(tomorrow.getDayOfMonth(), tomorrow.getMonthValue(), tomorrow.getYear()));
		WebElement time = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Klokkeslett']/following::input[1]"));
		time.sendKeys("11:30");
		time.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er lagret og sendt til godkjenning.");
	}

	/** A YouTube account of NAV Foreldrepenger (redaktor's team) on the simulator, which publishes anything. */
	private void youTubeAccountOfForeldrepenger(String name) {
		no.samtale.support.Api admin = api().asDemo("admin");
		long team = 0;
		for (tools.jackson.databind.JsonNode t : admin.get("/api/v1/channels/teams").json()) {
			if (t.path("name").asString().equals("NAV Foreldrepenger")) {
				team = t.path("id").asLong();
			}
		}
		no.samtale.support.Api.Response created = admin.post("/api/v1/channels/accounts", """
				{"platform": "YOUTUBE", "name": "%s", "handle": "@test", "teamId": %d, "connector": "SIMULATOR",
				 "openingHours": {"days": ["MONDAY"], "opens": "08:00", "closes": "16:00"},
				 "responseTargetMinutes": 60, "privateRepliesNeedApproval": true}""".formatted(name, team));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	@Test
	void theCalendarGridFlagsDaysUnderTargetAndMovesAPostByKeyboard() {
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering");
			browser.waitFor(By.cssSelector("table.publishing-grid tbody td"));
			browser.waitFor(By.cssSelector("table.publishing-grid .publishing-grid__under"));
			assertThat(size.getWidth() >= 1000 ? browser.accessibilityViolations()
					: browser.accessibilityViolationsIn("#main")).as("axe with the month grid at " + size).isEmpty();
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Uke']")).click();
		browser.waitForText(By.cssSelector("#main"), "Neste uke");
		assertThat(browser.driver.findElements(By.cssSelector("table.publishing-grid tbody tr"))).hasSize(1);
		assertThat(browser.accessibilityViolations()).as("axe with the week grid").isEmpty();

		// Next week, whose posts are all still ahead (this week's may all be past: on a Sunday, which the demo leaves
		// without posts, every post of the week has gone out). The first post that can move goes a day later by its
		// keyboard button.
		String week = browser.driver.findElement(By.cssSelector("table.publishing-grid caption")).getAttribute("textContent");
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Neste uke']")).click();
		browser.waitUpTo(Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
			.until(driver -> !driver.findElement(By.cssSelector("table.publishing-grid caption"))
				.getAttribute("textContent").equals(week));
		WebElement later = browser.waitFor(By.xpath("//table[contains(@class, 'publishing-grid')]//button[starts-with(@aria-label, 'Flytt') and contains(@aria-label, 'dagen etter')]"));
		later.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Innlegget er flyttet til");
	}

	@Test
	void theCampaignsPagePassesAxeAndTakesASponsoredPostsResultsByKeyboard() {
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering/kampanjer");
			browser.waitForText(By.cssSelector("#main"), "Nye beregningsregler for foreldrepenger");
			browser.waitForText(By.cssSelector("#main"), "Foreldre 25–40 år i Norge som venter barn");
			browser.waitForText(By.cssSelector("#main"), "Sponset, 5");
			assertThat(size.getWidth() >= 1000 ? browser.accessibilityViolations()
					: browser.accessibilityViolationsIn("#main")).as("axe on the campaigns at " + size).isEmpty();
			Object overflow = browser.script("return document.getElementById('main').scrollWidth - window.innerWidth");
			assertThat(((Number) overflow).intValue()).as("no sideways scrolling at " + size).isLessThanOrEqualTo(0);
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		String demo = "//li[.//span[contains(., 'Foreldre 25–40 år i Norge som venter barn')]]";
		WebElement spend = browser.driver.findElement(By.xpath(demo + "//label[normalize-space() = 'Brukt (kroner)']/following::input[1]"));
		spend.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-5");
		spend.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Brukt (kroner) har en ugyldig verdi.");
		spend.sendKeys(Keys.chord(Keys.CONTROL, "a"), "4200");
		spend.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Forbruk og resultater er lagret.");
		assertThat(browser.accessibilityViolations()).as("axe after the results").isEmpty();
	}

	@Test
	void aThemeIsAddedChangedAndDeletedOnTheWheelPage() {
		browser.loginAs("redaktor");
		browser.open("/publisering");
		browser.waitForText(By.cssSelector("#main"), "G-regulering");
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Nytt tema']")).sendKeys(Keys.ENTER);
		WebElement title = browser.waitFor(By.xpath("//label[normalize-space() = 'Tittel']/following::input[1]"));
		// The editor's teams load after the form opens; redaktor is in two, so the form asks which.
		Select team = new Select(browser.waitFor(By.xpath("//label[normalize-space() = 'Team']/following::select[1]")));
		team.selectByVisibleText("NAV Foreldrepenger");
		String name = "Tema fra siden " + System.nanoTime();
		title.sendKeys(name);
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Beskrivelse']/following::textarea[1]")).sendKeys("Om temaet");
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Fra']/following::input[1]")).sendKeys("13");
		browser.driver.findElement(By.xpath("//label[normalize-space() = 'Til']/following::input[1]")).sendKeys("10");
		assertThat(browser.accessibilityViolations()).as("axe with the theme form").isEmpty();
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Lagre temaet']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Fra har en ugyldig verdi.");

		WebElement from = browser.driver.findElement(By.xpath("//label[normalize-space() = 'Fra']/following::input[1]"));
		from.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, "9");
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Lagre temaet']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Temaet «" + name + "» er lagt til.");
		browser.waitForText(By.cssSelector(".publishing-wheel-list table"), name);

		browser.driver.findElement(By.xpath("//button[@aria-label = 'Endre " + name + "']")).sendKeys(Keys.ENTER);
		WebElement changed = browser.waitFor(By.xpath("//label[normalize-space() = 'Tittel']/following::input[1]"));
		changed.sendKeys(" endret");
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Lagre temaet']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Temaet «" + name + " endret» er lagret.");

		browser.driver.findElement(By.xpath("//button[@aria-label = 'Slett " + name + " endret']")).sendKeys(Keys.ENTER);
		browser.waitFor(By.xpath("//button[normalize-space() = 'Bekreft sletting av " + name + " endret']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Temaet «" + name + " endret» er slettet.");
	}

}
