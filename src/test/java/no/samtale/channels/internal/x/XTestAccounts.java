package no.samtale.channels.internal.x;

import no.samtale.channels.Account;
import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.OutboundAction;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.support.TestText;

/** X accounts of their own for tests that change what X lets an account do (its budget, its token). */
final class XTestAccounts {

	private XTestAccounts() {
	}

	/** A new X account in the demo X account's team, connected as X user {@code userId} with {@code token}. */
	static Account create(Accounts accounts, XAccounts xAccounts, long teamId, String userId, String token) {
		long id = accounts.create(new AccountSettings(Platform.X, "X " + TestText.unique(), "@test", teamId,
				ConnectorKind.X, OpeningHours.weekdays("08:00", "16:00"), 60, true));
		xAccounts.connect(id, userId, "test" + userId.substring(userId.length() - 6), token);
		return accounts.get(id);
	}

	static OutboundDelivery delivery(Account account, OutboundAction action, String target, String body) {
		return new OutboundDelivery(System.nanoTime(), account, action, target, body, "test-" + TestText.unique(), null,
				null);
	}

}
