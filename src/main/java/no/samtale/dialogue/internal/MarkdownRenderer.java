package no.samtale.dialogue.internal;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders what people write (Markdown) to HTML that is safe to show: raw HTML in the text is escaped, so a
 * {@code <script>} or an {@code onerror=} attribute shows as text and never runs; link and image addresses keep
 * only http, https and mailto, so {@code javascript:} links are dropped.
 */
@Component
public class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(),
			StrikethroughExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		// commonmark's default also keeps data: addresses; only these three are ever a link or an image here.
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.softbreak("<br>")
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if ("a".equals(tagName)) {
				attributes.put("rel", "nofollow noopener noreferrer");
			}
		})
		.build();

	public String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown));
	}

}
