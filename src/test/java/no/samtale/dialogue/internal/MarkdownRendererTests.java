package no.samtale.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

	private final MarkdownRenderer markdown = new MarkdownRenderer();

	@Test
	void rendersOrdinaryMarkdown() {
		assertThat(markdown.toHtml("Se **§ 14-16** og [nav.no](https://www.nav.no).\n\n- én\n- to"))
			.contains("<strong>§ 14-16</strong>", "href=\"https://www.nav.no\"", "rel=\"nofollow noopener noreferrer\"",
					"<li>én</li>");
	}

	@Test
	void aScriptTagIsShownAsTextNeverRun() {
		String html = markdown.toHtml("Hei <script>alert(1)</script>");

		assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
	}

	@Test
	void anEventHandlerAttributeIsShownAsText() {
		String html = markdown.toHtml("<img src=x onerror=alert(2)>");

		assertThat(html).doesNotContain("<img").contains("&lt;img");
	}

	@Test
	void aJavascriptLinkLosesItsAddress() {
		String html = markdown.toHtml("[klikk](javascript:alert(3)) ![bilde](javascript:alert(4))");

		assertThat(html).doesNotContain("javascript:");
	}

	@Test
	void onlyHttpHttpsAndMailtoAddressesAreKept() {
		String html = markdown.toHtml("[a](data:text/html;base64,PHNjcmlwdD4=) ![b](data:image/svg+xml;base64,PHN2Zz4=) "
				+ "[c](vbscript:x) [d](https://nav.no) [e](mailto:post@nav.no) [f](http://nav.no)");
		assertThat(html).doesNotContain("data:").doesNotContain("vbscript:");
		assertThat(html).contains("href=\"https://nav.no\"", "href=\"mailto:post@nav.no\"", "href=\"http://nav.no\"");
	}

}
