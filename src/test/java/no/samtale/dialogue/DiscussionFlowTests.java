package no.samtale.dialogue;

import static no.samtale.dialogue.DiscussionStatus.ANSWERED;
import static no.samtale.dialogue.DiscussionStatus.OPEN;
import static no.samtale.dialogue.DiscussionStatus.VERIFIED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The life of a question, without Spring or a database. */
class DiscussionFlowTests {

	@Test
	void aQuestionStartsOpenAndOtherDiscussionsHaveNoStatus() {
		assertThat(DiscussionFlow.aQuestionStartsOpenAndOtherDiscussionsHaveNoStatus(true)).isEqualTo(OPEN);
		assertThat(DiscussionFlow.aQuestionStartsOpenAndOtherDiscussionsHaveNoStatus(false)).isNull();
	}

	@Test
	void someoneElsesReplyAnswersAnOpenQuestionButTheAskersOwnDoesNot() {
		assertThat(DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(OPEN, false)).isEqualTo(ANSWERED);
		assertThat(DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(OPEN, true)).isEqualTo(OPEN);
	}

	@Test
	void aReplyLeavesAnAnsweredOrVerifiedQuestionAndADiscussionWithoutStatusAsTheyWere() {
		assertThat(DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(ANSWERED, false)).isEqualTo(ANSWERED);
		assertThat(DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(VERIFIED, false)).isEqualTo(VERIFIED);
		assertThat(DiscussionFlow.someoneElsesReplyAnswersAnOpenQuestion(null, false)).isNull();
	}

	@Test
	void aVerifiedAnswerMakesTheDiscussionVerified() {
		assertThat(DiscussionFlow.aVerifiedAnswerMakesTheDiscussionVerified()).isEqualTo(VERIFIED);
	}

	@Test
	void withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied() {
		assertThat(DiscussionFlow.withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied(true, 3)).isEqualTo(ANSWERED);
		assertThat(DiscussionFlow.withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied(true, 1)).isEqualTo(OPEN);
		assertThat(DiscussionFlow.withoutAVerifiedAnswerAQuestionIsAnsweredIfAnyoneReplied(false, 3)).isNull();
	}

}
