package no.samtale.search;

import java.time.Instant;

/**
 * One searchable unit: a discussion or conversation with its question and its answers. The {@code kind} is the
 * space's kind (TOPIC, GROUP, later the inbox's channels); {@code status} may be null.
 *
 * @param answers the verified answer first, then the other replies
 */
public record IndexableDocument(SearchSource source, long id, long spaceId, String kind, String title,
		String question, String answers, String status, boolean verified, Instant createdAt) {

	/** The document's unique key in the index, such as {@code FORUM:42}. */
	public String key() {
		return key(source, id);
	}

	/** The key of the document {@code id} of {@code source}. */
	public static String key(SearchSource source, long id) {
		return source.name() + ":" + id;
	}

}
