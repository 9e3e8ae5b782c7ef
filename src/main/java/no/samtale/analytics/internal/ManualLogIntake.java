package no.samtale.analytics.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.analytics.internal.AccountDayStore.Counter;
import no.samtale.channels.ManualConversationLogged;

/**
 * A conversation held in a manual channel's app (Snapchat), logged by an advisor, counts as what it was: a private
 * message that came in and a reply that went out, on the day it was held, so the manual channel stands beside the
 * connected ones in the account's daily figures. Counted once per log entry.
 */
@Component
class ManualLogIntake {

	private final AccountDayStore days;

	ManualLogIntake(AccountDayStore days) {
		this.days = days;
	}

	@ApplicationModuleListener
	void on(ManualConversationLogged logged) {
		count(logged);
	}

	@Transactional
	void count(ManualConversationLogged logged) {
		if (!days.claim("manual-log:" + logged.entryId())) {
			return;
		}
		days.add(logged.accountId(), logged.heldOn(), Counter.PRIVATE_MESSAGES, 1);
		days.add(logged.accountId(), logged.heldOn(), Counter.REPLIES_SENT, 1);
	}

}
