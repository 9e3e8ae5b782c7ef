package no.samtale.privacy;

/**
 * What an erasure did to one kind of record, as a fact the privacy officer's page words in the reader's language:
 * {@code SENT_REPLY, 2} is "2 sendte svar anonymisert". {@code kind} is a stable code; see {@link #KINDS} for
 * those the modules report today.
 */
public record ErasedKind(String kind, int count) {

	/** Every kind a holder may report; the client has a wording for each. */
	public static final java.util.List<String> KINDS = java.util.List.of(
			"PRIVATE_CONVERSATION", "PUBLIC_THREAD", "MESSAGE", "SENT_REPLY", "CANCELLED_REPLY", "NOTE",
			"RAW_COPY", "SENDER_NAME", "CHAT_SESSION", "CHAT_LINE");

	public ErasedKind {
		if (!KINDS.contains(kind)) {
			throw new IllegalArgumentException("Unknown kind of erased record: " + kind);
		}
	}

}
