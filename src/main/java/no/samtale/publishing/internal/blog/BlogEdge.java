package no.samtale.publishing.internal.blog;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import no.samtale.platform.PublicPaths;
import no.samtale.platform.RateLimitedPath;

/**
 * The blog's pages are public and served without any session: nothing a login knows is read there, and no session
 * or CSRF cookie is made for a reader. The comment form is limited per address ({@code samtale.rate-limits.blog-comment}).
 */
@Configuration(proxyBeanMethods = false)
class BlogEdge {

	@Bean
	PublicPaths blogPublicPaths() {
		return PublicPaths.sessionless("/blogg/**");
	}

	@Bean
	RateLimitedPath blogCommentLimit() {
		return RateLimitedPath.perAddress("blog-comment", HttpMethod.POST, "/blogg/{blog}/{post}/kommentarer");
	}

}
