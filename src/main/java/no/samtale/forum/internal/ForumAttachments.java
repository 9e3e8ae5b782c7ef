package no.samtale.forum.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.AttachmentRecord;
import no.samtale.dialogue.Attachments;
import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessageRecord;
import no.samtale.dialogue.Messages;
import no.samtale.forum.internal.ForumViews.AttachmentView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;

/**
 * Storing an upload, and handing an attachment only to those who may read the message it belongs to (or, before it
 * belongs to one, to its uploader). Any other caller gets 404, so its existence does not leak.
 */
@Service
class ForumAttachments {

	private final Attachments attachments;

	private final Messages messages;

	private final Discussions discussions;

	private final ForumAccess access;

	ForumAttachments(Attachments attachments, Messages messages, Discussions discussions, ForumAccess access) {
		this.attachments = attachments;
		this.messages = messages;
		this.discussions = discussions;
		this.access = access;
	}

	/** An attachment's bytes with what a download needs to say about them. */
	record Download(String filename, String contentType, byte[] content) {
	}

	@Transactional
	AttachmentView upload(String filename, byte[] content, CurrentUser user) {
		AttachmentRecord stored = attachments.store(user.id(), filename, content);
		return new AttachmentView(stored.id(), stored.filename(), stored.contentType(), stored.size(),
				"/api/v1/attachments/" + stored.id());
	}

	@Transactional(readOnly = true)
	Download download(long id, CurrentUser user) {
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
		return new Download(attachment.filename(), attachment.contentType(), attachments.content(id));
	}

}
