package no.samtale.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FourEyesTests {

	private static final long AUTHOR = 1;

	private static final long PARTNER = 2;

	@Test
	void aReplyCannotBeApprovedByItsOwnAuthor() {
		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(pending(), AUTHOR, true))
			.hasValueSatisfying(refusal -> assertThat(refusal.slug()).isEqualTo("own-approval"));
	}

	@Test
	void anotherAdvisorOfTheTeamMayDecide() {
		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(pending(), PARTNER, true)).isEmpty();
	}

	@Test
	void someoneOutsideTheTeamMayNotDecide() {
		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(pending(), PARTNER, false))
			.hasValueSatisfying(refusal -> assertThat(refusal.slug()).isEqualTo("forbidden"));
	}

	@Test
	void aDecisionIsMadeOnce() {
		assertThat(FourEyes.onlyAPendingRequestCanBeDecided(pending())).isEmpty();
		assertThat(FourEyes.onlyAPendingRequestCanBeDecided(in(ApprovalState.APPROVED)))
			.hasValueSatisfying(refusal -> assertThat(refusal.slug()).isEqualTo("approval-decided"));
	}

	@Test
	void onlyTheAuthorRewordsAndNotAfterApproval() {
		assertThat(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(in(ApprovalState.REJECTED), AUTHOR)).isEmpty();
		assertThat(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(pending(), PARTNER)).isPresent();
		assertThat(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(in(ApprovalState.APPROVED), AUTHOR)).isPresent();
	}

	private static ApprovalRequest pending() {
		return in(ApprovalState.PENDING);
	}

	private static ApprovalRequest in(ApprovalState state) {
		return new ApprovalRequest(10, SubjectKind.REPLY, 5, AUTHOR, "Hei", state, Instant.now(), null, null, null, false);
	}

}
