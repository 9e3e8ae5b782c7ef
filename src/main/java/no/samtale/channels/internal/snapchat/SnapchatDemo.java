package no.samtale.channels.internal.snapchat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;

/**
 * In demo mode the inbox demo's Snapchat account (Jobblyst's) is a manual channel, as Snapchat is in production:
 * its earlier conversations stay, new ones are logged by hand. After the inbox demo (order 20).
 */
@Component
@Order(40)
class SnapchatDemo implements ApplicationRunner {

	private final boolean demo;

	private final Accounts accounts;

	SnapchatDemo(@Value("${samtale.demo:false}") boolean demo, Accounts accounts) {
		this.demo = demo;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo) {
			return;
		}
		for (Account a : accounts.all()) {
			if (a.platform() == Platform.SNAPCHAT && a.connector() == ConnectorKind.SIMULATOR) {
				accounts.update(a.id(), new AccountSettings(a.platform(), a.name(), a.handle(), a.teamId(),
						ConnectorKind.MANUAL, a.openingHours(), a.responseTargetMinutes(),
						a.privateRepliesNeedApproval()));
			}
		}
	}

}
