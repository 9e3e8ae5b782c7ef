package no.samtale.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

import tools.jackson.databind.JsonNode;

import no.samtale.support.Api;
import no.samtale.support.PublishingSteps;
import no.samtale.support.TestText;

/**
 * A published post's page with its comments to read for an editor who is no advisor, the inbox filtered to that post
 * and linking back, sponsored posts' results imported from a CSV file, and a post dragged to another day by a finger: each in a
 * real browser, with axe at desktop and phone width.
 */
class PublishingCommentsBrowserIntegrationTests extends BrowserIntegrationTest {

	private static final Dimension[] SIZES = { new Dimension(1280, 900), new Dimension(390, 844) };

	@Test
	void aPublishedPostShowsItsCommentsAndTheInboxListsThemAndLinksBack() {
		long post = publishedPostWithAComment("Gjelder de nye reglene for adopsjon " + TestText.unique());
		browser.loginAs("redaktor");
		for (Dimension size : SIZES) {
			browser.driver.manage().window().setSize(size);
			browser.open("/publisering/innlegg/" + post);
			// redaktor is no advisor: the comment is read on the post's page, and answered by the advisors.
			browser.waitForText(By.cssSelector("#main"), "Gjelder de nye reglene for adopsjon");
			browser.waitForText(By.cssSelector("#main"), "Du kan lese kommentarene her.");
			assertThat(browser.driver.findElements(By.xpath("//main//a[normalize-space() = 'Se kommentarene i innboksen']")))
				.as("no way into the inbox for an editor who is no advisor").isEmpty();
			assertThat(violationsAt(size)).as("axe on the post's page at " + size).isEmpty();
		}

		browser.loginAs("admin");
		for (Dimension size : SIZES) {
			browser.driver.manage().window().setSize(size);
			browser.open("/innboks?post=" + post);
			browser.waitForText(By.cssSelector("#main"), "Viser samtaler om innlegg nr. " + post + ".");
			browser.waitForText(By.cssSelector("#main"), "Gjelder de nye reglene for adopsjon");
			assertThat(violationsAt(size)).as("axe on the inbox by post at " + size).isEmpty();
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));
		browser.driver.findElement(By.xpath("//main//a[contains(., 'Gjelder de nye reglene for adopsjon')]")).sendKeys(Keys.ENTER);
		WebElement back = browser.waitFor(By.xpath("//main//a[normalize-space() = 'Åpne innlegget i publisering']"));
		back.sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("h1"), "Innlegg nr. " + post);
	}

	@Test
	void sponsoredResultsAreImportedFromACsvFileAndABadLineIsNamedWithNothingStored() throws Exception {
		browser.loginAs("redaktor");
		browser.open("/publisering/kampanjer");
		browser.waitForText(By.cssSelector("#main"), "Foreldre 25–40 år i Norge som venter barn");
		String demo = "//li[.//span[contains(., 'Foreldre 25–40 år i Norge som venter barn')]]";
		String number = browser.waitFor(By.xpath(demo + "//p[starts-with(normalize-space(), 'Innlegg nr.')]")).getText()
			.replaceAll("\\D", "");
		Path bad = Files.createTempFile("resultater", ".csv");
		Files.writeString(bad, "postId;spendNok;reach;clicks;results\n" + number + ";-5;;;\n");
		Path good = Files.createTempFile("resultater", ".csv");
		Files.writeString(good, "postId,spendNok,reach,clicks,results\n" + number + ",4300,52 000,1200,Fra annonserapporten\n");

		WebElement file = browser.driver.findElement(By.id("sponsorship-results-file"));
		file.sendKeys(bad.toAbsolutePath().toString());
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Importer resultater']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Linje 2, kolonne spendNok: kan ikke være negativt");
		for (Dimension size : SIZES) {
			browser.driver.manage().window().setSize(size);
			assertThat(violationsAt(size)).as("axe with the file's faults at " + size).isEmpty();
		}
		browser.driver.manage().window().setSize(new Dimension(1280, 900));

		file.sendKeys(good.toAbsolutePath().toString());
		browser.driver.findElement(By.xpath("//button[normalize-space() = 'Importer resultater']")).sendKeys(Keys.ENTER);
		browser.waitForText(By.cssSelector("#main"), "Resultater for 1 sponsede innlegg er lagret.");
		JsonNode stored = api().asDemo("redaktor").get("/api/v1/publishing/posts/" + number + "/sponsorship").json();
		assertThat(stored.path("spendNok").asInt()).isEqualTo(4300);
		assertThat(stored.path("reach").asLong()).isEqualTo(52000);
	}

	@Test
	void aPostIsDraggedToAnotherDayByAFingerOnItsGrip() {
		browser.loginAs("redaktor");
		browser.driver.manage().window().setSize(new Dimension(390, 844));
		browser.open("/publisering");
		WebElement grip = browser.waitFor(By.cssSelector("table.publishing-grid .publishing-grid__grip"));
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", grip);
		WebElement cell = grip.findElement(By.xpath("ancestor::td[1]"));
		List<WebElement> next = cell.findElements(By.xpath("following-sibling::td[1]"));
		WebElement target = next.isEmpty() ? cell.findElement(By.xpath("preceding-sibling::td[1]")) : next.get(0);
		String day = target.getAttribute("data-day");

		PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
		Sequence drag = new Sequence(finger, 0)
			.addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(grip), 0, 0))
			.addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
			.addAction(finger.createPointerMove(Duration.ofMillis(150), PointerInput.Origin.fromElement(grip), 12, 0))
			.addAction(finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.fromElement(target), 0, 0))
			.addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
		((Interactive) browser.driver).perform(List.of(drag));

		browser.waitForText(By.cssSelector("#main"), "Innlegget er flyttet til " + day + ".");
	}

	/** A post on a new simulated page, written, approved by the partner, published, and commented on once. */
	private long publishedPostWithAComment(String comment) {
		Api admin = api().asDemo("admin");
		Api redaktor = api().asDemo("redaktor");
		PublishingSteps.PublishedPost post = PublishingSteps.publishedPost(this::api, "Nye regler for adopsjon");
		long account = post.accountId();
		long id = post.postId();
		String externalId = post.externalId();
		String key = TestText.unique();
		Api.Response pushed = admin.post("/api/v1/channels/accounts/" + account + "/inbound", """
				{"externalId": "c-%s", "kind": "PUBLIC", "threadExternalId": "t-%s", "authorExternalId": "u-%s",
				 "authorName": "Kari Nordmann", "body": "%s", "context": {"externalId": "%s", "text": "Nye regler"}}
				""".formatted(key, key, key, comment, externalId));
		assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> redaktor.get("/api/v1/publishing/posts/" + id).json().path("comments").path("comments").asInt() == 1);
		return id;
	}

}
