package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.AttachmentRecord;
import no.samtale.dialogue.Attachments;
import no.samtale.events.internal.HearingViews.HearingAttachment;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;

/**
 * A hearing's documents. The files are kept by the dialogue module's {@link Attachments}, which decides the type by
 * the file's first bytes (PDF and images; a renamed script is refused) and refuses files over 10 MB; this ties them to
 * the hearing. The hearing's creator or an administrator adds them while the hearing is open; everyone may read them.
 */
@Service
class HearingDocuments {

	/** How many documents one hearing holds. */
	static final int MAX_DOCUMENTS = 20;

	record Download(String filename, String contentType, byte[] content) {
	}

	private final JdbcClient jdbc;

	private final HearingRows rows;

	private final Attachments attachments;

	HearingDocuments(JdbcClient jdbc, HearingRows rows, Attachments attachments) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.attachments = attachments;
	}

	@Transactional
	HearingAttachment add(long hearingId, String filename, byte[] content, CurrentUser user) {
		HearingRows.HearingRow hearing = rows.visible(hearingId, user);
		if (user.id() != creatorOf(hearingId) && !user.hasRole(Role.ADMIN)) {
			throw new ForbiddenException("Only the hearing's creator and administrators add its documents.");
		}
		if (!hearing.open(Instant.now())) {
			throw new RuleViolationException("hearing-closed", "deadline", "The hearing's deadline has passed.");
		}
		if (of(hearingId).size() >= MAX_DOCUMENTS) {
			throw new RuleViolationException("too-many-documents", "file",
					"A hearing holds at most " + MAX_DOCUMENTS + " documents.");
		}
		AttachmentRecord stored = attachments.store(user.id(), filename, content);
		jdbc.sql("""
				insert into events_hearing_attachment (hearing_id, attachment_id, added_by, added_at)
				values (:h, :a, :by, :now)
				""")
			.param("h", hearingId)
			.param("a", stored.id())
			.param("by", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return new HearingAttachment(stored.id(), stored.filename(), stored.contentType(), stored.size());
	}

	List<HearingAttachment> of(long hearingId) {
		return jdbc.sql("select attachment_id from events_hearing_attachment where hearing_id = :h order by attachment_id")
			.param("h", hearingId)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(id -> attachments.find(id).stream())
			.map(found -> new HearingAttachment(found.id(), found.filename(), found.contentType(), found.size()))
			.toList();
	}

	@Transactional(readOnly = true)
	Download download(long hearingId, long attachmentId, CurrentUser user) {
		rows.visible(hearingId, user);
		boolean tied = jdbc.sql("select count(*) from events_hearing_attachment where hearing_id = :h and attachment_id = :a")
			.param("h", hearingId)
			.param("a", attachmentId)
			.query(Long.class)
			.single() > 0;
		AttachmentRecord found = tied ? attachments.find(attachmentId).orElse(null) : null;
		if (found == null) {
			throw new NotFoundException("Attachment", attachmentId);
		}
		return new Download(found.filename(), found.contentType(), attachments.content(attachmentId));
	}

	long creatorOf(long hearingId) {
		return jdbc.sql("select created_by from events_hearing where id = :h").param("h", hearingId).query(Long.class).single();
	}

}
