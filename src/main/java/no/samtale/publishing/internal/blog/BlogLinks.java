package no.samtale.publishing.internal.blog;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of the public pages, for the feed and for links shared on social accounts. The configured
 * {@code samtale.blog.base-url} (the address readers use, behind the proxy) wins; without it, the address of the
 * request at hand (forwarded headers count when the server trusts them).
 */
@Component
class BlogLinks {

	private final String baseUrl;

	BlogLinks(@Value("${samtale.blog.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String absolute(String path) {
		String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
		return base + path;
	}

	static String blogPath(Blog blog) {
		return "/blogg/" + blog.slug();
	}

	static String postPath(Blog blog, BlogPost post) {
		return "/blogg/" + blog.slug() + "/" + post.slug();
	}

}
