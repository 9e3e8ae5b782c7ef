package no.samtale.channels.internal.x;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;

/**
 * In demo mode the NAV Kunnskap X account (made by the inbox demo on the X connector) is X user
 * {@value XFakePlatform#USER_ID}, with a demo token. Unless {@code SAMTALE_X_API_URL} names a real or fake X, it
 * runs against the fake X Samtale serves itself ({@link XFakePlatform}).
 */
@Component
@Order(30)
class XDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(XDemo.class);

	private final boolean demo;

	private final Accounts accounts;

	private final XAccounts xAccounts;

	private final XSettings settings;

	XDemo(@Value("${samtale.demo:false}") boolean demo, Accounts accounts, XAccounts xAccounts, XSettings settings) {
		this.demo = demo;
		this.accounts = accounts;
		this.xAccounts = xAccounts;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || xAccounts.ofUser(XFakePlatform.USER_ID).isPresent()) {
			return;
		}
		for (Account account : accounts.all()) {
			if (account.platform() == Platform.X && account.connector() == ConnectorKind.X
					&& account.name().equals("NAV Kunnskap")) {
				xAccounts.connect(account.id(), XFakePlatform.USER_ID, "NAVKunnskap", "demo-x-token");
				log.info("Demo mode: NAV Kunnskap is X user {} at {}", XFakePlatform.USER_ID, settings.apiUrl());
			}
		}
	}

}
