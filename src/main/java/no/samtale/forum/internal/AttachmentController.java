package no.samtale.forum.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

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

import no.samtale.dialogue.AttachmentRecord;
import no.samtale.dialogue.Attachments;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.internal.ForumViews.AttachmentView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;

/** Uploading attachments, and downloading them for those who may read the message they belong to. */
@RestController
class AttachmentController {

	private final Attachments attachments;

	private final Messages messages;

	private final Discussions discussions;

	private final ForumAccess access;

	AttachmentController(Attachments attachments, Messages messages, Discussions discussions, ForumAccess access) {
		this.attachments = attachments;
		this.messages = messages;
		this.discussions = discussions;
		this.access = access;
	}

	@PostMapping(path = "/api/v1/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<AttachmentView> upload(@RequestParam("file") MultipartFile file, CurrentUser user) {
		try {
			AttachmentRecord stored = attachments.store(user.id(), file.getOriginalFilename(), file.getBytes());
			return ResponseEntity.status(HttpStatus.CREATED)
				.body(new AttachmentView(stored.id(), stored.filename(), stored.contentType(), stored.size(),
						"/api/v1/attachments/" + stored.id()));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Served as a download with its detected type, so a browser never runs it as a page. */
	@GetMapping("/api/v1/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id, CurrentUser user) {
		AttachmentRecord attachment = attachments.find(id).orElseThrow(() -> new NotFoundException("Attachment", id));
		if (attachment.messageId() == null) {
			if (attachment.uploaderId() != user.id()) {
				throw new NotFoundException("Attachment", id);
			}
		}
		else {
			MessageRecord message = messages.get(attachment.messageId(), user.id());
			Access caller = access.toRead(discussions.get(message.discussionId()).spaceId(), user);
			if (message.removed() || message.kind() == MessageKind.NOTE && !caller.canSeeBackOffice()) {
				throw new NotFoundException("Attachment", id);
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.filename(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(attachments.content(id));
	}

}
