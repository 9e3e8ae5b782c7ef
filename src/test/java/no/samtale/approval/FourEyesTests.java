package no.samtale.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class FourEyesTests {

	private static final long AUTHOR = 1;

	private static final long PARTNER = 2;

	private static final long THIRD = 3;

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
		assertThat(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(in(ApprovalState.CANCELLED), AUTHOR)).isPresent();
	}

	@Test
	void anEditedTextGoesBackToItsAuthorBeforeItLeaves() {
		assertThat(FourEyes.anEditedTextGoesBackToItsAuthorBeforeItLeaves(pending(), "Hei, og velkommen"))
			.isEqualTo(FourEyes.Outcome.EDIT_AWAITS_ACCEPTANCE);
		assertThat(FourEyes.anEditedTextGoesBackToItsAuthorBeforeItLeaves(pending(), " Hei "))
			.as("the same wording is no edit").isEqualTo(FourEyes.Outcome.APPROVED);
		assertThat(FourEyes.anEditedTextGoesBackToItsAuthorBeforeItLeaves(pending(), null))
			.isEqualTo(FourEyes.Outcome.APPROVED);
	}

	@Test
	void anApproverCannotApproveTheirOwnEditButTheAuthorOrAThirdMemberCan() {
		ApprovalRequest edited = editedBy(PARTNER);

		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(edited, PARTNER, true))
			.hasValueSatisfying(refusal -> assertThat(refusal.slug()).isEqualTo("own-approval"));
		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(edited, AUTHOR, true)).isEmpty();
		assertThat(FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide(edited, THIRD, true)).isEmpty();
		assertThat(edited.editAwaitsAcceptance()).isTrue();
		assertThat(pending().editAwaitsAcceptance()).isFalse();
	}

	@Test
	void theAuthorAnswersAnEditByAcceptingOrRewordingNotBySendingItBack() {
		assertThat(FourEyes.theAuthorRewordsRatherThanSendsBack(editedBy(PARTNER), AUTHOR)).isPresent();
		assertThat(FourEyes.theAuthorRewordsRatherThanSendsBack(editedBy(PARTNER), THIRD)).isEmpty();
		assertThat(FourEyes.onlyTheAuthorMayRewordBeforeTheDecision(editedBy(PARTNER), AUTHOR)).isEmpty();
	}

	@Test
	void everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks() {
		assertThat(FourEyes.everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks(true, false)).isTrue();
		assertThat(FourEyes.everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks(false, true)).isTrue();
		assertThat(FourEyes.everyPublicReplyIsCheckedAndPrivateOnesWhereTheAccountAsks(false, false)).isFalse();
	}

	private static ApprovalRequest editedBy(long editor) {
		return new ApprovalRequest(10, SubjectKind.REPLY, 5, AUTHOR, "Hei, og velkommen", ApprovalState.PENDING,
				Instant.now(), null, null, null, false, editor, "Hei");
	}

	private static ApprovalRequest pending() {
		return in(ApprovalState.PENDING);
	}

	private static ApprovalRequest in(ApprovalState state) {
		return new ApprovalRequest(10, SubjectKind.REPLY, 5, AUTHOR, "Hei", state, Instant.now(), null, null, null, false);
	}

}
