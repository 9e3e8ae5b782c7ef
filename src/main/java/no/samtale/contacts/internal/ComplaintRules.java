package no.samtale.contacts.internal;

import java.time.LocalDate;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RuleViolationException;

/** The rules of a complaint's life as sentences; each throws the problem a client sees when it is broken. */
final class ComplaintRules {

	/** Three weeks, the time NAV's service guarantee gives for answering a written enquiry. */
	static final int DAYS_TO_ANSWER = 21;

	private ComplaintRules() {
	}

	static LocalDate theDeadlineIsThreeWeeksUnlessSetAndNeverBeforeReceipt(LocalDate receivedOn, LocalDate deadline) {
		if (deadline == null) {
			return receivedOn.plusDays(DAYS_TO_ANSWER);
		}
		if (deadline.isBefore(receivedOn)) {
			throw new InvalidInputException("deadline", "The deadline is before the complaint was received");
		}
		return deadline;
	}

	static void aComplaintIsRegisteredWhenItCameAndNotBeforeAYearAgo(LocalDate receivedOn, LocalDate today) {
		if (receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "A complaint cannot be received in the future");
		}
		if (receivedOn.isBefore(today.minusYears(1))) {
			throw new InvalidInputException("receivedOn", "At most a year back");
		}
	}

	static void anAnsweredComplaintIsClosed(ComplaintStatus status) {
		if (status == ComplaintStatus.ANSWERED) {
			throw new RuleViolationException("complaint-answered", "status", "The complaint is answered and closed");
		}
	}

	static void onlyAResponseUnderReviewCanBeDecided(ComplaintStatus status) {
		if (status != ComplaintStatus.AWAITING_APPROVAL) {
			throw new RuleViolationException("complaint-no-response", "status", "No response waits for review");
		}
	}

	static boolean isOverdue(ComplaintStatus status, LocalDate deadline, LocalDate today) {
		return status != ComplaintStatus.ANSWERED && deadline.isBefore(today);
	}

}
