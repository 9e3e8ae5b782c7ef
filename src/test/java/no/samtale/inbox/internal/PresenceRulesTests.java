package no.samtale.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceRulesTests {

	@Test
	void aSecondReplyNeedsConfirmationWhileAnotherPersonWritesOrWaits() {
		assertThat(Presence.aSecondReplyNeedsConfirmation(false, false, false)).isFalse();
		assertThat(Presence.aSecondReplyNeedsConfirmation(true, false, false)).isTrue();
		assertThat(Presence.aSecondReplyNeedsConfirmation(false, true, false)).isTrue();
		assertThat(Presence.aSecondReplyNeedsConfirmation(true, true, true)).isFalse();
	}

}
