package no.samtale.inbox.internal;

import static no.samtale.inbox.internal.ReplyStatus.APPROVED;
import static no.samtale.inbox.internal.ReplyStatus.AWAITING_APPROVAL;
import static no.samtale.inbox.internal.ReplyStatus.FAILED;
import static no.samtale.inbox.internal.ReplyStatus.REJECTED;
import static no.samtale.inbox.internal.ReplyStatus.SENT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a reply's status moves, without Spring or a database. */
class ReplyStatusTests {

	@Test
	void aNewReplyWaitsForAPartnerUnlessTheAccountExemptsIt() {
		assertThat(ReplyStatus.aNewReplyWaitsForAPartnerUnlessTheAccountExemptsIt(true)).isEqualTo(AWAITING_APPROVAL);
		assertThat(ReplyStatus.aNewReplyWaitsForAPartnerUnlessTheAccountExemptsIt(false)).isEqualTo(APPROVED);
	}

	@Test
	void onlyAWaitingReplyIsApprovedOrSentBack() {
		assertThat(AWAITING_APPROVAL.aWaitingReplyIsDecided(true)).contains(APPROVED);
		assertThat(AWAITING_APPROVAL.aWaitingReplyIsDecided(false)).contains(REJECTED);
		assertThat(REJECTED.aWaitingReplyIsDecided(true)).isEmpty();
		assertThat(SENT.aWaitingReplyIsDecided(false)).isEmpty();
	}

	@Test
	void aRewordedReplyWaitsAgainButAnApprovedOneCannotBeReworded() {
		assertThat(REJECTED.aRewordedReplyWaitsForAPartnerAgain()).contains(AWAITING_APPROVAL);
		assertThat(AWAITING_APPROVAL.aRewordedReplyWaitsForAPartnerAgain()).contains(AWAITING_APPROVAL);
		assertThat(APPROVED.aRewordedReplyWaitsForAPartnerAgain()).isEmpty();
		assertThat(SENT.aRewordedReplyWaitsForAPartnerAgain()).isEmpty();
	}

	@Test
	void theOutboxReportsOnlyOnAQueuedReply() {
		assertThat(APPROVED.aQueuedReplyIsDeliveredOrFails(true)).contains(SENT);
		assertThat(APPROVED.aQueuedReplyIsDeliveredOrFails(false)).contains(FAILED);
		assertThat(FAILED.aQueuedReplyIsDeliveredOrFails(false)).as("a repeated report changes nothing").isEmpty();
	}

	@Test
	void onlyAFailedDeliveryIsRetried() {
		assertThat(FAILED.onlyAFailedDeliveryIsRetried()).contains(APPROVED);
		assertThat(SENT.onlyAFailedDeliveryIsRetried()).isEmpty();
		assertThat(AWAITING_APPROVAL.onlyAFailedDeliveryIsRetried()).isEmpty();
	}

}
