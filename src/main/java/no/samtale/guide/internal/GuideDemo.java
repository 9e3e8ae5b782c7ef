package no.samtale.guide.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import no.samtale.identity.Users;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, a published guide of eleven topics, the four needs and five offices (Hamar, Nannestad, Bergen, Oslo,
 * Tromsø with Karlsøy), saved and published by the demo editor through the same rules as an editor's save, once.
 * It comes after the inbox's demo, which makes the web chat the foreldrepenger topic names.
 */
@Component
@Order(60)
class GuideDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GuideDemo.class);

	private final Guide guide;

	private final GuideVersions versions;

	private final Users users;

	private final JsonMapper json;

	private final boolean demo;

	GuideDemo(Guide guide, GuideVersions versions, Users users, JsonMapper json, @Value("${samtale.demo}") boolean demo) {
		this.guide = guide;
		this.versions = versions;
		this.users = users;
		this.json = json;
		this.demo = demo;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!demo || !versions.history().isEmpty()) {
			return;
		}
		long editor = users.idOf("redaktor").orElseThrow();
		GuideDocument document;
		try (InputStream in = new ClassPathResource("guide/demo-guide.json").getInputStream()) {
			document = json.readValue(in, GuideDocument.class);
		}
		long version = guide.save(document, "Første versjon", editor, Instant.now());
		guide.publish(version, editor, Instant.now());
		log.info("Demo mode: published the channel guide with {} topics", document.topics().size());
	}

}
