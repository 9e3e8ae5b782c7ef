package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import no.samtale.support.Api;
import no.samtale.support.IntegrationTest;

/**
 * The web shell's caching and compression: the content-named assets are kept for a year and sent gzipped, the page
 * that names them never kept nor compressed, and fonts come from Samtale itself, which is all the
 * Content-Security-Policy allows.
 */
class StaticAssetCachingIntegrationTests extends IntegrationTest {

	private static final Pattern ASSET = Pattern.compile("/assets/[\\w.-]+\\.(?:js|css)");

	@Test
	void theHashedAssetsAreKeptForAYearAndThePageIsNeverStored() {
		for (String page : new String[] { "/", "/innboks/samtale/7", "/index.html" }) {
			Api.Response shell = api().getAny(page);
			assertThat(shell.status()).isEqualTo(200);
			assertThat(shell.header("Cache-Control")).as(page).contains("no-store");
		}
		Matcher asset = ASSET.matcher(api().getAny("/").body());
		assertThat(asset.find()).as("index.html names a built asset").isTrue();
		Api.Response script = api().getAny(asset.group());
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
	}

	@Test
	void scriptsAndStylesGoGzippedToABrowserThatAsksButPagesAndApiAnswersNever() {
		Matcher asset = ASSET.matcher(api().getAny("/").body());
		assertThat(asset.find()).as("index.html names a built asset").isTrue();
		Api browser = api().header("Accept-Encoding", "gzip, deflate, br");
		Api.Response script = browser.getAny(asset.group());
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(script.header("Vary")).containsIgnoringCase("Accept-Encoding");
		assertThat(api().getAny(asset.group()).header("Content-Encoding")).as("not asked for").isNull();
		// Pages and answers can carry a secret beside text a user typed: never compressed (BREACH).
		Api.Response shell = browser.getAny("/");
		assertThat(shell.body()).contains("<html");
		assertThat(shell.header("Content-Encoding")).isNull();
		Api.Response answer = browser.asDemo("ansatt").get("/api/v1/search/similar?q=foreldrepenger&limit=10");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body().length()).as("long enough to be compressed if JSON were").isGreaterThan(1024);
		assertThat(answer.header("Content-Encoding")).isNull();
	}

	@Test
	void aMissingAssetIsNotFoundAndNotKept() {
		Api.Response missing = api().getAny("/assets/index-doesnotexist.js");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.header("Cache-Control")).doesNotContain("immutable");
	}

	@Test
	void thePolicyAllowsFontsFromSamtaleOnly() {
		String policy = api().getAny("/").header("Content-Security-Policy");
		assertThat(policy).contains("font-src 'self'").doesNotContain("cdn.nav.no");
	}

}
