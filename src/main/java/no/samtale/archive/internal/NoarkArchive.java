package no.samtale.archive.internal;

/**
 * The agency's archive, as the archive module sends to it live: one journaled folder at a time, answered with the
 * archive's own id of the folder. The adapter for the Noark 5 service interface is {@link NoarkRestAdapter}.
 */
interface NoarkArchive {

	boolean enabled();

	String deliver(DeliveryPackage folder) throws DeliveryException;

	/** A folder as it goes out: its facts, entries, and the documents with their contents. */
	record DeliveryPackage(RecordStore.StoredRecord record, java.util.List<ExtractSource.StoredEntry> entries,
			java.util.List<Document> documents) {
	}

	record Document(ExtractSource.StoredDocument meta, byte[] content) {
	}

	/** The archive said no: {@code permanent} when asking again will not help (a refused request). */
	class DeliveryException extends Exception {

		private final boolean permanent;

		DeliveryException(String message, boolean permanent) {
			super(message);
			this.permanent = permanent;
		}

		boolean permanent() {
			return permanent;
		}

	}

}
