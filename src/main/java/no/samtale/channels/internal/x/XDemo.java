package no.samtale.channels.internal.x;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * In demo mode NAV Kunnskap's X account (made by the inbox demo) runs on the X connector as X user
 * {@value XFakePlatform#USER_ID}; without an X client, against the fake X Samtale serves itself
 * ({@link XFakePlatform}). After the inbox demo (order 20), which makes the account.
 */
@Component
@Order(40)
class XDemo implements ApplicationRunner {

	private final DemoConnections demo;

	XDemo(DemoConnections demo) {
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		demo.ensure(Platform.X, "NAV Kunnskap", "@NAVKunnskap", "NAV Kunnskap", ConnectorKind.X, XFakePlatform.USER_ID,
				"NAVKunnskap", 1);
	}

}
