package no.samtale.contacts.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.approval.ApprovalState;
import no.samtale.contacts.ContactChannel;

/** What the complaints API takes and answers. */
final class ComplaintViews {

	private ComplaintViews() {
	}

	/**
	 * A complaint as received. {@code receivedOn} defaults to today, {@code deadline} to three weeks after it,
	 * {@code unitId} to the registering person's office.
	 */
	record NewComplaint(@NotNull ContactChannel channel, @NotNull String topic,
			@NotNull ComplaintClassification classification, @NotBlank @Size(max = 4000) String text,
			@Nullable LocalDate receivedOn, @Nullable LocalDate deadline, @Nullable Long unitId) {
	}

	record ComplaintRegistered(long id, ComplaintStatus status, LocalDate deadline) {
	}

	/** The response a handler proposes; a second handler checks it before it counts as given. */
	record ComplaintResponseDraft(@NotBlank @Size(max = 8000) String response) {
	}

	record ComplaintRejection(@NotBlank @Size(max = 2000) String comment) {
	}

	/**
	 * A complaint in a list: its text masked (identity numbers, phone numbers, e-mail and account numbers become '•')
	 * and cut short, because lists are seen over shoulders; the full text is on its own page.
	 */
	record ComplaintSummary(long id, LocalDate receivedOn, ContactChannel channel, String topic,
			ComplaintClassification classification, ComplaintStatus status, LocalDate deadline, boolean overdue,
			String excerpt, @Nullable String unitName) {
	}

	record ComplaintList(List<ComplaintSummary> items, int page, int size, long total) {
	}

	/** The response under review: its wording now, its state, and who may act on it. */
	record ComplaintResponseView(long approvalId, String text, ApprovalState state, long authorId,
			@Nullable String authorName, @Nullable String rejectionComment, boolean mayApprove, boolean mayReword) {
	}

	/**
	 * One complaint in full for its handlers. {@code personalData} lists the kinds the detector found in the text
	 * (shown as a warning: it is stored, but must not be copied elsewhere).
	 */
	record ComplaintView(long id, LocalDate receivedOn, ContactChannel channel, String topic,
			ComplaintClassification classification, String text, List<String> personalData, ComplaintStatus status,
			LocalDate deadline, boolean overdue, @Nullable String unitName, @Nullable String handlerName,
			@Nullable ComplaintResponseView response, @Nullable String answer, @Nullable Instant answeredAt) {
	}

	/** How many complaints in one month had one classification or came through one channel. */
	record ComplaintFigureRow(String month, String key, long complaints) {
	}

	/**
	 * What people complain about over a period: per month by classification and by channel, and how many of those
	 * answered were answered by their deadline.
	 */
	record ComplaintFigures(LocalDate from, LocalDate to, List<String> months, List<ComplaintFigureRow> byClassification,
			List<ComplaintFigureRow> byChannel, long total, long answered, long answeredInTime) {
	}

}
