package no.samtale.publishing.internal.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Themes;

/**
 * Images for posts over HTTP: a multipart upload ({@code image}, {@code accountId}, {@code altText}) answered with
 * the stored image, then named by its id in a post. Only the team the image was uploaded for sees it.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PostImagesController {

	/** {@code url}: where the stored (re-encoded) image is read, for the editor's preview. */
	record PostImageView(long id, String altText, String contentType, int width, int height, long sizeBytes,
			String url) {

		static PostImageView of(PostImage image) {
			return new PostImageView(image.id(), image.altText(), image.contentType(), image.width(), image.height(),
					image.sizeBytes(), "/api/v1/publishing/images/" + image.id() + "/content");
		}

	}

	private final PostImages images;

	private final Themes themes;

	PostImagesController(PostImages images, Themes themes) {
		this.images = images;
		this.themes = themes;
	}

	@PostMapping(path = "/api/v1/publishing/images", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	PostImageView upload(@RequestParam(name = "image", required = false) @Nullable MultipartFile image,
			@RequestParam(name = "accountId", required = false) @Nullable Long accountId,
			@RequestParam(name = "altText", required = false) @Nullable String altText, CurrentUser user) {
		try {
			return PostImageView.of(images.upload(accountId, altText, image == null ? null : image.getBytes(), user));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@GetMapping("/api/v1/publishing/images/{id}")
	PostImageView get(@PathVariable long id, CurrentUser user) {
		return PostImageView.of(visible(id, user));
	}

	/** Served inline with the type it was written as, never sniffed, for the editor's own preview. */
	@GetMapping("/api/v1/publishing/images/{id}/content")
	ResponseEntity<byte[]> content(@PathVariable long id, CurrentUser user) {
		PostImage image = visible(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(image.contentType()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
			.header("X-Content-Type-Options", "nosniff")
			.body(images.content(id));
	}

	/** An image of another team is answered as not found, like one that does not exist. */
	private PostImage visible(long id, CurrentUser user) {
		PostImage image = images.get(id);
		if (!themes.teamsOf(user).contains(image.teamId())) {
			throw new NotFoundException("Image", id);
		}
		return image;
	}

}
