package no.samtale.inbox.internal;

import static no.samtale.inbox.ConversationStatus.ANSWERED;
import static no.samtale.inbox.ConversationStatus.AWAITING_APPROVAL;
import static no.samtale.inbox.ConversationStatus.CLOSED;
import static no.samtale.inbox.ConversationStatus.IN_PROGRESS;
import static no.samtale.inbox.ConversationStatus.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import no.samtale.inbox.internal.ConversationFlow.Refusal;

/** How a conversation's status moves, without Spring or a database. */
class ConversationFlowTests {

	@Test
	void aCitizenWhoWritesAgainAfterAnAnswerOrAfterClosingIsNewInTheQueue() {
		assertThat(ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(ANSWERED)).isEqualTo(NEW);
		assertThat(ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(CLOSED)).isEqualTo(NEW);
	}

	@Test
	void aCitizenWhoWritesWhileWeWorkKeepsTheConversationWhereItIs() {
		assertThat(ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(NEW)).isEqualTo(NEW);
		assertThat(ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(IN_PROGRESS))
			.isEqualTo(IN_PROGRESS);
		assertThat(ConversationFlow.aCitizenWritingAgainPutsTheConversationBackInTheQueue(AWAITING_APPROVAL))
			.isEqualTo(AWAITING_APPROVAL);
	}

	@Test
	void aReplyUnderReviewMakesTheConversationWait() {
		assertThat(ConversationFlow.aReplyUnderReviewMakesTheConversationWait(NEW)).isEqualTo(AWAITING_APPROVAL);
		assertThat(ConversationFlow.aReplyUnderReviewMakesTheConversationWait(ANSWERED)).isEqualTo(AWAITING_APPROVAL);
	}

	@Test
	void whenNoReplyWaitsAnyMoreTheConversationIsWorkedOn() {
		assertThat(ConversationFlow.withNoReplyWaitingTheConversationIsWorkedOn(AWAITING_APPROVAL, false))
			.isEqualTo(IN_PROGRESS);
		assertThat(ConversationFlow.withNoReplyWaitingTheConversationIsWorkedOn(AWAITING_APPROVAL, true))
			.isEqualTo(AWAITING_APPROVAL);
		assertThat(ConversationFlow.withNoReplyWaitingTheConversationIsWorkedOn(ANSWERED, false)).isEqualTo(ANSWERED);
	}

	@Test
	void aDeliveredReplyAnswersUnlessAnotherWaitsAndAClosedConversationStaysClosed() {
		assertThat(ConversationFlow.aDeliveredReplyAnswersTheConversationUnlessAnotherWaits(IN_PROGRESS, false))
			.isEqualTo(ANSWERED);
		assertThat(ConversationFlow.aDeliveredReplyAnswersTheConversationUnlessAnotherWaits(IN_PROGRESS, true))
			.isEqualTo(AWAITING_APPROVAL);
		assertThat(ConversationFlow.aDeliveredReplyAnswersTheConversationUnlessAnotherWaits(CLOSED, true))
			.isEqualTo(CLOSED);
	}

	@Test
	void anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits() {
		assertThat(ConversationFlow.anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(CLOSED, false)).isEmpty();
		assertThat(ConversationFlow.anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(ANSWERED, false))
			.contains(Refusal.NOT_SET_BY_HAND);
		assertThat(ConversationFlow.anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(AWAITING_APPROVAL, false))
			.contains(Refusal.NOT_SET_BY_HAND);
		assertThat(ConversationFlow.anAdvisorSetsOnlyNewInProgressOrClosedAndNotWhileAReplyWaits(CLOSED, true))
			.contains(Refusal.REPLY_AWAITING_APPROVAL);
	}

	@Test
	void reopeningAClosedConversationResumesTheWork() {
		assertThat(ConversationFlow.aReopenedConversationIsWorkedOn(CLOSED, NEW)).isEqualTo(IN_PROGRESS);
		assertThat(ConversationFlow.aReopenedConversationIsWorkedOn(IN_PROGRESS, NEW)).isEqualTo(NEW);
		assertThat(ConversationFlow.aReopenedConversationIsWorkedOn(NEW, CLOSED)).isEqualTo(CLOSED);
	}

}
