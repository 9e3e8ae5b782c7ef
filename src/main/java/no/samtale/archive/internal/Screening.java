package no.samtale.archive.internal;

/**
 * Screening (skjerming) of personal data: a folder about a person's own case hides the person's name in the public
 * title and in the public journal, on the legal basis its rule gives.
 */
final class Screening {

	static final String HIDDEN = "*****";

	private Screening() {
	}

	/** The title the public journal shows: the kind of case without who it is about. */
	static String publicTitle(RecordStore.StoredRecord record) {
		return switch (record.sourceKind()) {
			case CONVERSATION -> "Henvendelse om egen sak";
			case ESCALATION -> "Prinsipielt spørsmål til direktoratet";
			case HEARING -> "Høring";
			case POST -> "Publisert innlegg";
		};
	}

	static String correspondent(RecordStore.StoredRecord record, String name) {
		return record.screened() ? HIDDEN : name;
	}

}
