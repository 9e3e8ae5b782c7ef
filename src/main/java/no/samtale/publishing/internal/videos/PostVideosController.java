package no.samtale.publishing.internal.videos;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.FileSystemResource;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Themes;

/**
 * Videos for YouTube posts over HTTP: the file is the request body itself ({@code POST ?accountId=}, any type; the
 * server reads the bytes), so a video of a gigabyte is streamed to disk rather than held as a multipart part, and the
 * browser can show the upload's progress. Answered with the stored video, then named by its id in a post.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'EDITOR')")
class PostVideosController {

	/** {@code url}: where the editor plays the stored video back. */
	record PostVideoView(long id, String contentType, long sizeBytes, String url) {

		static PostVideoView of(PostVideo video) {
			return new PostVideoView(video.id(), video.contentType(), video.sizeBytes(),
					"/api/v1/publishing/videos/" + video.id() + "/content");
		}

	}

	private final PostVideos videos;

	private final Themes themes;

	PostVideosController(PostVideos videos, Themes themes) {
		this.videos = videos;
		this.themes = themes;
	}

	@PostMapping("/api/v1/publishing/videos")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			description = "The video file: MP4, QuickTime (MOV) or WebM, at most SAMTALE_MAX_VIDEO_SIZE",
			content = @Content(mediaType = "application/octet-stream",
					schema = @Schema(type = "string", format = "binary"))))
	PostVideoView upload(@RequestParam(name = "accountId", required = false) @Nullable Long accountId,
			HttpServletRequest request, CurrentUser user) throws IOException {
		return PostVideoView.of(videos.upload(accountId, request.getInputStream(), user));
	}

	@GetMapping("/api/v1/publishing/videos/{id}")
	PostVideoView get(@PathVariable long id, CurrentUser user) {
		return PostVideoView.of(visible(id, user));
	}

	/** Served with the type its bytes showed, never sniffed; ranges let the browser's player seek. */
	@GetMapping("/api/v1/publishing/videos/{id}/content")
	ResponseEntity<FileSystemResource> content(@PathVariable long id, CurrentUser user) {
		PostVideo video = visible(id, user);
		FileSystemResource file = videos.file(id)
			.map(found -> new FileSystemResource(found.path()))
			.orElseThrow(() -> new NotFoundException("Video", id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(video.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Cache-Control", "private, max-age=3600")
			.body(file);
	}

	/** A video of another team is answered as not found, like one that does not exist. */
	private PostVideo visible(long id, CurrentUser user) {
		PostVideo video = videos.get(id);
		if (!themes.teamsOf(user).contains(video.teamId())) {
			throw new NotFoundException("Video", id);
		}
		return video;
	}

}
