package no.samtale.forum.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import no.samtale.forum.internal.ForumViews.AttachmentView;
import no.samtale.identity.CurrentUser;

/** Attachments over HTTP; who may fetch which is {@link ForumAttachments}'s to say. */
@RestController
class AttachmentController {

	private final ForumAttachments attachments;

	AttachmentController(ForumAttachments attachments) {
		this.attachments = attachments;
	}

	@PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> upload(@RequestParam("file") MultipartFile file, CurrentUser user) {
		try {
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(attachments.upload(file.getOriginalFilename(), file.getBytes(), user));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Served as a download with its detected type, so a browser never runs it as a page. */
	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
		ForumAttachments.Download download = attachments.download(id, user);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(download.filename(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(download.content());
	}

}
