package no.samtale.publishing.internal.sponsored;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A post's paid promotion: the budget in whole kroner (NOK), who it is shown to, why, and when. The budget waits for
 * a second member of the team ({@code status} AWAITING_APPROVAL, then APPROVED or REJECTED); spend and results are
 * entered by hand once the promotion has run, null until then.
 */
public record Sponsorship(long postId, long teamId, int budgetNok, String audience, String goal, LocalDate startsOn,
		LocalDate endsOn, Status status, long approvalId, long requestedBy, @Nullable Long decidedBy,
		@Nullable String rejectionComment, @Nullable Integer spendNok, @Nullable Long reach, @Nullable Long clicks,
		@Nullable String results, @Nullable Long resultsBy, Instant updatedAt) {

	public enum Status {
		AWAITING_APPROVAL, APPROVED, REJECTED
	}

}
