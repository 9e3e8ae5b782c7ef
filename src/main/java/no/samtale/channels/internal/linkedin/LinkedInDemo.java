package no.samtale.channels.internal.linkedin;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * In demo mode NAV's LinkedIn page (27,000 followers in life; made here in NAV Kunnskap's team if the inbox demo has
 * none) runs on the LinkedIn connector as organization {@value LinkedInFakePlatform#ORGANIZATION}; without a
 * LinkedIn client, against the fake LinkedIn Samtale serves itself ({@link LinkedInFakePlatform}).
 */
@Component
@Order(40)
class LinkedInDemo implements ApplicationRunner {

	private final DemoConnections demo;

	LinkedInDemo(DemoConnections demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.ensure(Platform.LINKEDIN, "NAV", "nav", "NAV Kunnskap", ConnectorKind.LINKEDIN,
				LinkedInFakePlatform.ORGANIZATION, "NAV", 60);
	}

}
