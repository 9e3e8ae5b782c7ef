package no.samtale.archive.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a source gives the archive to journal: a folder's facts and its entries, oldest first, and the original as
 * it stood (kept as the JSON variant of the document). {@code closedAt} is null while the case is still open.
 */
record CaseFolder(SourceKind kind, long sourceId, String title, @Nullable String unitName, String responsibleName,
		@Nullable String correspondentName, @Nullable String correspondentId, @Nullable String platform,
		Instant openedAt, @Nullable Instant closedAt, List<Entry> entries, Map<String, Object> original) {

	/**
	 * One journalpost: {@code type} I (incoming, the citizen's message), U (outgoing, an approved reply or answer) or
	 * N (internal note).
	 */
	record Entry(String type, String authorName, long messageId, @Nullable String externalId, @Nullable Long replyTo,
			String body, Instant at) {
	}

}
