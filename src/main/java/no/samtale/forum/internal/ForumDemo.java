package no.samtale.forum.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.Messages;
import no.samtale.dialogue.SpaceKind;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * In demo mode, fills the forum with the Norwegian topics, group and discussions in {@code demo/forum.json}, dated
 * relative to today so the demo always looks alive. Runs after the identity module's demo organisation.
 */
@Component
@Order(10)
class ForumDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ForumDemo.class);

	private final ForumSpaces spaces;

	private final Discussions discussions;

	private final Messages messages;

	private final Escalations escalations;

	private final Users users;

	private final boolean demo;

	ForumDemo(ForumSpaces spaces, Discussions discussions, Messages messages, Escalations escalations, Users users,
			@Value("${samtale.demo}") boolean demo) {
		this.spaces = spaces;
		this.discussions = discussions;
		this.messages = messages;
		this.escalations = escalations;
		this.users = users;
		this.demo = demo;
	}

	record DemoFile(List<DemoSpace> spaces) {
	}

	record DemoSpace(String key, SpaceKind kind, String name, String description, Membership membership,
			List<String> moderators, List<String> experts, List<String> members, List<DemoDiscussion> discussions) {
	}

	record DemoDiscussion(String title, String author, boolean question, int daysAgo, List<DemoMessage> messages,
			List<DemoMessage> backOffice, DemoEscalation escalation) {
	}

	record DemoMessage(String author, String body, int hoursAfter, boolean verified) {
	}

	record DemoEscalation(String department, String raisedBy, String summary, int daysAgo, int deadlineInDays) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || !spaces.all().isEmpty()) {
			return;
		}
		DemoFile file = read();
		Instant now = Instant.now();
		int count = 0;
		for (DemoSpace space : file.spaces()) {
			long spaceId = spaces.create(space.kind(), space.name(), space.description(), space.membership());
			spaces.staff(spaceId, ids(space.moderators()), ids(space.experts()));
			ids(space.members()).forEach(member -> spaces.addMember(spaceId, member));
			spaces.open(spaceId);
			for (DemoDiscussion discussion : space.discussions()) {
				load(spaceId, discussion, now);
				count++;
			}
		}
		log.info("Demo mode: created {} forum spaces with {} discussions", file.spaces().size(), count);
	}

	private void load(long spaceId, DemoDiscussion d, Instant now) {
		Instant asked = now.minus(Duration.ofDays(d.daysAgo()));
		DemoMessage opening = d.messages().get(0);
		long id = discussions.start(spaceId, id(d.author()), d.title(), opening.body(), d.question(), List.of(), asked);
		for (DemoMessage reply : d.messages().subList(1, d.messages().size())) {
			Instant at = asked.plus(Duration.ofHours(reply.hoursAfter()));
			long messageId = messages.post(id, id(reply.author()), MessageKind.POST, reply.body(), List.of(), at);
			discussions.follow(id, id(reply.author()));
			if (reply.verified()) {
				discussions.verify(id, messageId);
			}
		}
		for (DemoMessage note : d.backOffice() == null ? List.<DemoMessage>of() : d.backOffice()) {
			messages.post(id, id(note.author()), MessageKind.NOTE, note.body(), List.of(),
					asked.plus(Duration.ofHours(note.hoursAfter())));
		}
		if (d.escalation() != null) {
			DemoEscalation e = d.escalation();
			CurrentUser moderator = users.find(id(e.raisedBy())).orElseThrow();
			Instant raised = now.minus(Duration.ofDays(e.daysAgo()));
			long department = users.unitNamed(e.department()).orElseThrow().id();
			LocalDate deadline = LocalDate.ofInstant(raised, ZoneId.of("Europe/Oslo")).plusDays(e.deadlineInDays());
			escalations.raise(discussions.get(id), moderator, department, e.summary(), deadline, raised);
		}
	}

	private Set<Long> ids(List<String> usernames) {
		return usernames == null ? Set.of() : usernames.stream().map(this::id).collect(Collectors.toSet());
	}

	private long id(String username) {
		return users.idOf(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

	private static DemoFile read() {
		try (InputStream in = new ClassPathResource("demo/forum.json").getInputStream()) {
			// Absent flags ("verified") mean false in the demo file.
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.build()
				.readValue(in, DemoFile.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException("The forum's demo content is missing", e);
		}
	}

}
