package no.samtale.publishing.internal.blog;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders a blog post's Markdown (commonmark) to HTML that is safe to serve: raw HTML in the text is escaped, so a
 * {@code <script>} shows as text and never runs; link and image addresses keep only http, https and mailto. The
 * article's title is its page's only h1, so the text's highest headings become h2 and the others follow them
 * (whether the expert started at # or ##), keeping the page's heading levels without gaps.
 */
@Component
class BlogMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(AutolinkExtension.create(),
			StrikethroughExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer html = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.attributeProviderFactory(context -> (node, tagName, attributes) -> {
			if ("a".equals(tagName)) {
				attributes.put("rel", "nofollow noopener noreferrer");
			}
		})
		.build();

	String toHtml(String markdown) {
		Node document = parser.parse(markdown);
		List<Heading> headings = new java.util.ArrayList<>();
		document.accept(new AbstractVisitor() {
			@Override
			public void visit(Heading heading) {
				headings.add(heading);
				visitChildren(heading);
			}
		});
		int top = headings.stream().mapToInt(Heading::getLevel).min().orElse(2);
		headings.forEach(heading -> heading.setLevel(Math.min(6, heading.getLevel() - top + 2)));
		return html.render(document);
	}

}
