package no.samtale.privacy;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What an erasure did to one kind of record, as a fact the privacy officer's page words in the reader's language:
 * {@code SENT_REPLY, 2} is "2 sendte svar anonymisert". {@code kind} is a stable code; see {@link #KINDS} for
 * those the modules report today.
 */
public record ErasedKind(@Schema(allowableValues = { "PRIVATE_CONVERSATION", "PUBLIC_THREAD", "MESSAGE", "SENT_REPLY",
		"CANCELLED_REPLY", "NOTE", "RAW_COPY", "SENDER_NAME", "CHAT_SESSION", "CHAT_LINE" }) String kind, int count) {

	/**
	 * Every kind a holder may report; the client has a wording for each. Read from the schema annotation above, so
	 * the API description (and the client's generated types) and this check are one list.
	 */
	public static final List<String> KINDS = kindsInTheSchema();

	public ErasedKind {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown kind of erased record: " + kind);
		}
	}

	// The annotation lands on the record's field (Schema does not target record components).
	private static List<String> kindsInTheSchema() {
		try {
			return List.of(ErasedKind.class.getDeclaredField("kind").getAnnotation(Schema.class).allowableValues());
		}
		catch (NoSuchFieldException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
