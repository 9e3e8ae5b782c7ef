package no.samtale.channels.internal.youtube;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.connect.DemoConnections;

/**
 * In demo mode without a Google app, Jobblyst's YouTube channel (Jobblyst started one because its audience is
 * there) runs on the real connector against the fake YouTube Samtale serves itself: its comments are polled into
 * the inbox and answered through the outbox like any other. After the inbox demo (order 20), which makes the team.
 */
@Component
@Order(40)
class YouTubeDemo implements ApplicationRunner {

	private final YouTubeSettings settings;

	private final DemoConnections demo;

	YouTubeDemo(YouTubeSettings settings, DemoConnections demo) {
		this.settings = settings;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (settings.fake()) {
			demo.ensure(Platform.YOUTUBE, "NAV Jobblyst", "@navjobblyst", "NAV Jobblyst", ConnectorKind.YOUTUBE,
					"UC-demo-jobblyst", "NAV Jobblyst", 1);
		}
	}

}
