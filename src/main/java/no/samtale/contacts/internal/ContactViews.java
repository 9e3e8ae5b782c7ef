package no.samtale.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.contacts.ContactChannel;

/** What the contact log's API takes and answers. */
final class ContactViews {

	private ContactViews() {
	}

	/**
	 * One contact as staff log it: what it was about, how the person came, how it ended. {@code unitId} defaults to the
	 * logger's own office, {@code occurredAt} to now; {@code note} is optional and may hold no identity number.
	 */
	record NewContact(@NotNull String topic, @NotNull ContactChannel channel, @NotNull ContactOutcome outcome,
			@Nullable Long unitId, @Nullable Instant occurredAt, @Nullable @Size(max = 500) String note) {
	}

	record ContactLogged(long id, String month, long unitId) {
	}

	/** One group (a channel, office or topic) in one month. */
	record ContactFigureRow(String month, String key, String label, long contacts, long helpedToSelfService,
			long referred, long followUp) {
	}

	/** The contacts of a period grouped by month and {@code by}; {@code months} lists every month, empty ones too. */
	record ContactFigures(LocalDate from, LocalDate to, String by, List<String> months, List<ContactFigureRow> rows) {
	}

	/** A unit contacts can be logged at, for the form's office choice. */
	record ContactOffice(long id, String name) {
	}

	/** The form's choices: the topics and the logger's own office (none for someone in no office). */
	record ContactFormChoices(List<String> topics, @Nullable ContactOffice office) {
	}

}
