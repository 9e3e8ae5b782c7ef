package no.samtale.channels.internal.linkedin;

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
 * In demo mode NAV's LinkedIn page (made by the inbox demo on the LinkedIn connector) is organization
 * {@value LinkedInFakePlatform#ORGANIZATION}, with a demo token. Unless {@code SAMTALE_LINKEDIN_API_URL} names a
 * real or fake LinkedIn, it runs against the fake Samtale serves itself ({@link LinkedInFakePlatform}).
 */
@Component
@Order(30)
class LinkedInDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LinkedInDemo.class);

	private final boolean demo;

	private final Accounts accounts;

	private final LinkedInAccounts organizations;

	private final LinkedInSettings settings;

	LinkedInDemo(@Value("${samtale.demo:false}") boolean demo, Accounts accounts, LinkedInAccounts organizations,
			LinkedInSettings settings) {
		this.demo = demo;
		this.accounts = accounts;
		this.organizations = organizations;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!demo || organizations.ofUrn(LinkedInFakePlatform.ORGANIZATION).isPresent()) {
			return;
		}
		for (Account account : accounts.all()) {
			if (account.platform() == Platform.LINKEDIN && account.connector() == ConnectorKind.LINKEDIN
					&& account.name().equals("NAV")) {
				organizations.connect(account.id(), LinkedInFakePlatform.ORGANIZATION, "demo-linkedin-token");
				log.info("Demo mode: NAV on LinkedIn is {} at {}", LinkedInFakePlatform.ORGANIZATION, settings.apiUrl());
			}
		}
	}

}
