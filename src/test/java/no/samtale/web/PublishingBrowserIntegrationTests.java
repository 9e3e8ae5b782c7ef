package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The publishing page in a real browser: the yearly wheel (picture and table), the approval queue, the calendar
 * and the post editor pass axe at desktop and phone width, and an editor writes a post and sends it for approval
 * by keyboard alone; the partner then sees it waiting.
 */
class PublishingBrowserIntegrationTests extends BrowserIntegrationTest {

	@Test
	void thePagePassesAxeAtDesktopAndPhoneWidth() {
		browser.loginAs("redaktor");
		for (Dimension size : new Dimension[] { new Dimension(1280, 900), new Dimension(390, 844) }) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering");
			browser.waitFor(By.cssSelector("#main svg[role='img']"));
			browser.waitForText(By.cssSelector("#main"), "G-regulering");
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

}
