package no.samtale.archive.internal;

/**
 * The agency's archive, as the archive module sends to it live: one journaled folder at a time, answered with the
 * archive's own id of the folder. The adapter for the Noark 5 service interface is {@link NoarkRestAdapter}.
 */
interface NoarkArchive {

	boolean enabled();

	/**
	 * Sends the folder, creating in the archive only the objects {@code progress} does not know as created; an
	 * object an earlier attempt sent without hearing the answer is first looked up by its external key.
	 */
	String deliver(DeliveryPackage folder, Progress progress) throws DeliveryException;

	/** A folder as it goes out: its facts, entries, and the documents with their contents. */
	record DeliveryPackage(RecordStore.StoredRecord record, java.util.List<ExtractSource.StoredEntry> entries,
			java.util.List<Document> documents) {
	}

	record Document(ExtractSource.StoredDocument meta, byte[] content) {
	}

	/** Where one object of a delivery stands: never sent, sent without an answer, or created with the archive's id. */
	record Step(State state, String remoteId) {

		enum State {
			NOT_SENT, UNSURE, DONE
		}

		static final Step NOT_SENT = new Step(State.NOT_SENT, null);

		static final Step UNSURE = new Step(State.UNSURE, null);

		static Step done(String remoteId) {
			return new Step(State.DONE, remoteId);
		}

	}

	/** What a delivery remembers between attempts, per object by its external key ({@link DeliverySteps}). */
	interface Progress {

		Step step(String key);

		/** Written before the request, so a lost answer is known to be unsure. */
		void sending(String key);

		void created(String key, String remoteId);

		/** The archive answered no: nothing was created, so the next attempt creates it without asking. */
		void refused(String key);

	}

	/** The archive said no: {@code permanent} when asking again will not help (a refused request). */
	class DeliveryException extends Exception {

		private final boolean permanent;

		private final boolean refused;

		DeliveryException(String message, boolean permanent) {
			this(message, permanent, false);
		}

		/** {@code refused}: the archive answered that it did not take the request, so it created nothing. */
		DeliveryException(String message, boolean permanent, boolean refused) {
			super(message);
			this.permanent = permanent;
			this.refused = refused;
		}

		boolean permanent() {
			return permanent;
		}

		boolean refused() {
			return refused;
		}

	}

}
