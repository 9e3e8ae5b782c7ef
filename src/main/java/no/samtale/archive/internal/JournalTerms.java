package no.samtale.archive.internal;

/** Noark 5's words for what the archive stores as codes (Noark wants text, not codes, in an extract). */
final class JournalTerms {

	private JournalTerms() {
	}

	static String entryType(String type) {
		return switch (type) {
			case "I" -> "Inngående dokument";
			case "U" -> "Utgående dokument";
			default -> "Organinternt dokument uten oppfølging";
		};
	}

	static String entryTitle(String type) {
		return switch (type) {
			case "I" -> "Henvendelse";
			case "U" -> "Svar";
			default -> "Internt notat";
		};
	}

}
