package no.samtale.analytics.internal;

/** What a survey question asks for, and so what an answer may be. */
enum QuestionKind {
	YES_NO, SINGLE_CHOICE, MULTIPLE_CHOICE, SCALE_1_5, NPS, FREE_TEXT;

	boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
	}

	/** The answers that results count, in order; empty for free text (its answers are listed, masked). */
	java.util.List<String> scale(java.util.List<String> options) {
		return switch (this) {
			case YES_NO -> java.util.List.of("yes", "no");
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> options;
			case SCALE_1_5 -> java.util.List.of("1", "2", "3", "4", "5");
			case NPS -> java.util.List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
			case FREE_TEXT -> java.util.List.of();
		};
	}
}
