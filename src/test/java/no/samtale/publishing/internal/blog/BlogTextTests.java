package no.samtale.publishing.internal.blog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The blog's small rules at unit-test speed: addresses, rendering, shortening, the form's token, the feed's text. */
class BlogTextTests {

	@Test
	void aNorwegianTitleBecomesAPlainAddress() {
		assertThat(Slugs.of("Uttak av alderspensjon – fra 62 år?")).isEqualTo("uttak-av-alderspensjon-fra-62-ar");
		assertThat(Slugs.of("Særaldersgrense og økonomi")).isEqualTo("saeraldersgrense-og-okonomi");
		assertThat(Slugs.valid("afp-i-privat-sektor")).isTrue();
		assertThat(Slugs.valid("AFP i privat")).isFalse();
		assertThat(Slugs.valid("dobbel--strek")).isFalse();
	}

	@Test
	void theTextsHighestHeadingsBecomeH2AndRawHtmlIsText() {
		BlogMarkdown markdown = new BlogMarkdown();
		assertThat(markdown.toHtml("## Del\n\n### Under")).contains("<h2>Del</h2>", "<h3>Under</h3>");
		assertThat(markdown.toHtml("# Del")).contains("<h2>Del</h2>");
		assertThat(markdown.toHtml("Tekst <b onclick=x>fet</b>")).contains("&lt;b onclick=x&gt;").doesNotContain("<b ");
		assertThat(markdown.toHtml("[lenke](javascript:alert(1))")).doesNotContain("javascript:");
		assertThat(markdown.toHtml("[nav](https://www.nav.no)")).contains("href=\"https://www.nav.no\"",
				"rel=\"nofollow noopener noreferrer\"");
	}

	@Test
	void aSharedTextIsShortenedAtAWordToWhatThePlatformTakes() {
		assertThat(BlogShare.fitted("kort", 10)).isEqualTo("kort");
		String fitted = BlogShare.fitted("Alderspensjon fra 62 år: dette bør du vite før du velger", 30);
		assertThat(fitted).hasSizeLessThanOrEqualTo(30).endsWith("…").doesNotContain(" …");
	}

	@Test
	void theFormsTokenHoldsForItsOwnArticleForADay() {
		CommentFormTokens tokens = new CommentFormTokens("hemmelig");
		Instant now = Instant.parse("2026-12-05T10:15:00Z");
		String token = tokens.issue(7, now);
		assertThat(tokens.valid(token, 7, now.plus(Duration.ofHours(23)))).isTrue();
		assertThat(tokens.valid(token, 8, now)).as("another article").isFalse();
		assertThat(tokens.valid(token, 7, now.plus(Duration.ofDays(2)))).as("too old").isFalse();
		assertThat(tokens.valid(token.replace('.', ','), 7, now)).isFalse();
		assertThat(tokens.valid("7." + (now.getEpochSecond() / 3600) + ".falsk", 7, now)).isFalse();
		assertThat(new CommentFormTokens("annen").valid(token, 7, now)).as("another key").isFalse();
	}

	@Test
	void theFeedsTextIsEscapedAndKeepsOnlyWhatXmlCanHold() {
		assertThat(BlogFeed.xml("AFP & <alder> \"sitat\" 'x'\u0001")).isEqualTo("AFP &amp; &lt;alder&gt; &quot;sitat&quot; &apos;x&apos;");
	}

	@Test
	void aReadersQuestionKeepsItsLinesButNoControlCharacters() {
		assertThat(BlogComments.plain(" Når\u0001 får jeg\u0000 svar?\nHilsen\tmeg \uD800")).isEqualTo("Når får jeg svar?\nHilsen\tmeg");
		assertThat(BlogComments.plain("\u0002\u0003")).isEmpty();
		assertThat(BlogComments.plain(null)).isEmpty();
		assertThat(BlogComments.plain("smil \uD83D\uDE00")).as("a pair is a character").isEqualTo("smil \uD83D\uDE00");
	}

}
