package no.samtale.inbox.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.AccountSettings;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.Intake;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.Visibility;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.inbox.ConversationStatus;
import no.samtale.teams.TeamMember;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * In demo mode, sets up the teams, accounts and conversations of {@code demo/inbox.json}: every queue state, with
 * replies waiting for approval. veileder1 and veileder2 are partners on NAV Foreldrepenger.
 */
@Component
@Order(20)
class InboxDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InboxDemo.class);

	private final Teams teams;

	private final Accounts accounts;

	private final Intake intake;

	private final Threading threading;

	private final ConversationWork work;

	private final ReplyWorkflow workflow;

	private final ReplyReview review;

	private final CannedAnswers canned;

	private final Users users;

	private final JsonMapper json;

	private final boolean demo;

	InboxDemo(Teams teams, Accounts accounts, Intake intake, Threading threading,
			ConversationWork work, ReplyWorkflow workflow, ReplyReview review, CannedAnswers canned, Users users, JsonMapper json,
			@Value("${samtale.demo}") boolean demo) {
		this.teams = teams;
		this.accounts = accounts;
		this.intake = intake;
		this.threading = threading;
		this.work = work;
		this.workflow = workflow;
		this.review = review;
		this.canned = canned;
		this.users = users;
		this.json = json;
		this.demo = demo;
	}

	record DemoFile(List<DemoTeam> teams, List<DemoAccount> accounts, List<DemoConversation> conversations,
			List<DemoCanned> cannedAnswers) {
	}

	record DemoTeam(String name, String unit, String lead, List<String> members, List<String> editors) {
	}

	record DemoAccount(String key, Platform platform, String name, String handle, String team,
			ConnectorKind connector, String opens, String closes, boolean allWeek, int target,
			boolean privateApproval) {
	}

	record DemoConversation(String account, Visibility kind, String author, int minutesAgo, String post,
			List<String> messages, String state, String replyBy, String reply, Visibility visibility,
			String approvedBy, String rejectedBy, String comment, String assignee, String note, List<String> labels) {
	}

	record DemoCanned(String team, String title, String body) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!demo || !teams.all().isEmpty()) {
			return;
		}
		DemoFile file = read();
		Map<String, Long> teamIds = new HashMap<>();
		for (DemoTeam team : file.teams()) {
			long id = teams.create(team.name(), users.unitNamed(team.unit()).orElseThrow().id());
			List<TeamMember> members = new ArrayList<>();
			// The lead first: a member listed twice keeps the first role given.
			if (team.lead() != null) {
				members.add(new TeamMember(id(team.lead()), TeamRole.LEAD));
			}
			team.members().forEach(member -> members.add(new TeamMember(id(member), TeamRole.ADVISOR)));
			if (team.editors() != null) {
				team.editors().forEach(editor -> members.add(new TeamMember(id(editor), TeamRole.EDITOR)));
			}
			teams.setMembersWithRoles(id, members);
			teamIds.put(team.name(), id);
		}
		Map<String, Long> accountIds = new HashMap<>();
		for (DemoAccount a : file.accounts()) {
			EnumSet<DayOfWeek> days = a.allWeek() ? EnumSet.allOf(DayOfWeek.class)
					: EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
			accountIds.put(a.key(), accounts.create(new AccountSettings(a.platform(), a.name(), a.handle(),
					teamIds.get(a.team()), a.connector(), new OpeningHours(days, LocalTime.parse(a.opens()),
							LocalTime.parse(a.closes())), a.target(), a.privateApproval())));
		}
		int n = 0;
		for (DemoConversation c : file.conversations()) {
			load(accountIds.get(c.account()), c, n++);
		}
		for (DemoCanned answer : file.cannedAnswers()) {
			canned.create(teamIds.get(answer.team()), answer.title(), answer.body());
		}
		log.info("Demo mode: created {} inbox accounts with {} conversations", accountIds.size(), n);
	}

	private void load(long accountId, DemoConversation c, int n) {
		Instant at = Instant.now().minus(Duration.ofMinutes(c.minutesAgo()));
		String thread = "demo-thread-" + n;
		long conversationId = 0;
		for (int i = 0; i < c.messages().size(); i++) {
			long inboundId = intake.receive(accountId, new InboundMessage("demo-" + n + "-" + i, c.kind(), thread,
					"demo-person-" + n, c.author(), c.messages().get(i), c.post() == null ? null : "demo-post-" + c.post().hashCode(),
					c.post(), at)).id();
			// Threaded at once so the demo can reply in the same transaction; the event's own run is then a no-op.
			conversationId = threading.thread(inboundId);
		}
		if (c.labels() != null) {
			work.labels(conversationId, user(c.replyBy() != null ? c.replyBy() : c.assignee()), c.labels());
		}
		if (c.assignee() != null) {
			CurrentUser assignee = user(c.assignee());
			work.assign(conversationId, assignee, assignee.id());
			work.status(conversationId, assignee, ConversationStatus.IN_PROGRESS);
			work.note(conversationId, assignee, c.note());
		}
		if (c.reply() == null) {
			return;
		}
		long replyId = workflow.draft(conversationId, user(c.replyBy()), c.reply(), c.visibility(), true);
		if (c.rejectedBy() != null) {
			review.reject(replyId, user(c.rejectedBy()), c.comment());
		}
		if (c.approvedBy() != null) {
			review.approve(replyId, user(c.approvedBy()), null);
		}
		if ("CLOSED".equals(c.state())) {
			work.status(conversationId, user(c.approvedBy()), ConversationStatus.CLOSED);
		}
	}

	private CurrentUser user(String username) {
		return users.find(id(username)).orElseThrow();
	}

	private long id(String username) {
		return users.idOf(username).orElseThrow(() -> new IllegalStateException("No demo user " + username));
	}

	private DemoFile read() {
		try (InputStream in = new ClassPathResource("demo/inbox.json").getInputStream()) {
			return json.readValue(in, DemoFile.class);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
