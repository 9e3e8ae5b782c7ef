package no.samtale.publishing.internal.blog;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The blog's Atom 1.0 feed (RFC 4287): the newest published articles with their summary and full text. Ids are the
 * articles' absolute addresses, which never change once published (the slug is fixed after publishing).
 */
@Component
class BlogFeed {

	private final BlogMarkdown markdown;

	private final BlogLinks links;

	BlogFeed(BlogMarkdown markdown, BlogLinks links) {
		this.markdown = markdown;
		this.links = links;
	}

	String atom(Blog blog, List<BlogPost> posts) {
		String blogUrl = links.absolute(BlogLinks.blogPath(blog));
		Instant updated = posts.isEmpty() ? blog.createdAt() : posts.get(0).publishedAt();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")
			.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nb\">\n")
			.append("<title>").append(xml(blog.title())).append("</title>\n")
			.append("<subtitle>").append(xml(blog.description())).append("</subtitle>\n")
			.append("<link rel=\"self\" type=\"application/atom+xml\" href=\"").append(xml(blogUrl))
			.append("/atom.xml\"/>\n")
			.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(blogUrl)).append("\"/>\n")
			.append("<id>").append(xml(blogUrl)).append("</id>\n")
			.append("<updated>").append(updated).append("</updated>\n")
			.append("<author><name>").append(xml(blog.title())).append("</name></author>\n");
		for (BlogPost post : posts) {
			String url = links.absolute(BlogLinks.postPath(blog, post));
			xml.append("<entry>\n")
				.append("<title>").append(xml(post.title())).append("</title>\n")
				.append("<link rel=\"alternate\" type=\"text/html\" href=\"").append(xml(url)).append("\"/>\n")
				.append("<id>").append(xml(url)).append("</id>\n")
				.append("<published>").append(post.publishedAt()).append("</published>\n")
				.append("<updated>").append(post.publishedAt()).append("</updated>\n")
				.append("<author><name>").append(xml(post.expertName())).append("</name></author>\n")
				.append("<summary type=\"text\">").append(xml(post.summary())).append("</summary>\n")
				.append("<content type=\"html\">").append(xml(markdown.toHtml(post.body()))).append("</content>\n")
				.append("</entry>\n");
		}
		return xml.append("</feed>\n").toString();
	}

	/** Escaped for XML text and attributes; characters XML 1.0 cannot hold at all are left out. */
	static String xml(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
							|| c >= 0x10000) {
						out.appendCodePoint(c);
					}
				}
			}
		});
		return out.toString();
	}

}
