package no.samtale.publishing.internal.images;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.platform.NotFoundException;
import no.samtale.platform.PublicPaths;

/**
 * An approved post's image at a public, unguessable address, for the platform to fetch (Meta's photo and Instagram
 * calls take an image by URL). Anything else, including an image whose post is not approved, is not found.
 */
@RestController
class PublicPostImagesController {

	private final PostImages images;

	PublicPostImagesController(PostImages images) {
		this.images = images;
	}

	@GetMapping("/api/v1/public/publishing/images/{token}")
	ResponseEntity<byte[]> image(@PathVariable String token) {
		PostImage image = images.published(token).orElseThrow(() -> new NotFoundException("Image", token));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.header("X-Content-Type-Options", "nosniff")
			.body(images.content(image.id()));
	}

	@Configuration(proxyBeanMethods = false)
	static class PublicPostImagesAreOpen {

		@Bean
		PublicPaths publicPostImagesAreOpen() {
			return PublicPaths.sessionless("/api/v1/public/publishing/images/**");
		}

	}

}
