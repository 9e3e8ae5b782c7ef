package no.samtale.publishing.internal.blog;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.identity.Users;
import no.samtale.teams.Team;
import no.samtale.teams.TeamMember;
import no.samtale.teams.TeamRole;
import no.samtale.teams.Teams;

/**
 * In demo mode, once: NAV Kunnskap's pension blog at /blogg/pensjonsbloggen on its BLOG account, with the expert
 * {@code fagperson} in the team, three articles he wrote and {@code redaktor} approved (published two weeks, one
 * week and two days ago), and one reader's question through the form, waiting in the inbox. Runs after the
 * publishing demo has made redaktor and redaktor2 editors of the team.
 */
@Component
@Order(45)
class BlogDemo implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BlogDemo.class);

	static final String SLUG = "pensjonsbloggen";

	private final boolean demo;

	private final Teams teams;

	private final Users users;

	private final Accounts accounts;

	private final BlogStore store;

	private final Approvals approvals;

	private final BlogComments comments;

	private final CommentFormTokens tokens;

	private final TransactionTemplate transaction;

	BlogDemo(@Value("${samtale.demo:false}") boolean demo, Teams teams, Users users, Accounts accounts,
			BlogStore store, Approvals approvals, BlogComments comments, CommentFormTokens tokens,
			TransactionTemplate transaction) {
		this.demo = demo;
		this.teams = teams;
		this.users = users;
		this.accounts = accounts;
		this.store = store;
		this.approvals = approvals;
		this.comments = comments;
		this.tokens = tokens;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Optional<Team> kunnskap = teams.all().stream().filter(team -> team.name().equals("NAV Kunnskap")).findFirst();
		Optional<Long> expert = users.idOf("fagperson");
		Optional<Long> redaktor = users.idOf("redaktor");
		if (!demo || kunnskap.isEmpty() || expert.isEmpty() || redaktor.isEmpty()
				|| store.blogBySlug(SLUG).isPresent()) {
			return;
		}
		Long accountId = accounts.ofTeams(List.of(kunnskap.get().id()))
			.stream()
			.filter(account -> account.connector() == ConnectorKind.BLOG)
			.map(Account::id)
			.findFirst()
			.orElse(null);
		transaction.executeWithoutResult(status -> {
			member(kunnskap.get(), expert.get());
			Instant now = Instant.now();
			long blogId = store.insertBlog(kunnskap.get().id(), accountId, SLUG, "Det er din pensjon",
					"NAVs pensjonsblogg: pensjonseksperter i NAV skriver om alderspensjon, AFP og uttak av pensjon, "
							+ "for å gjøre pensjonsvalgene dine litt enklere.",
					now.minus(Duration.ofDays(30)));
			Reviewer partner = new Reviewer(redaktor.get(), teams.teamIdsOf(redaktor.get()));
			List<Long> ids = new ArrayList<>();
			int[] daysAgo = { 14, 7, 2 };
			List<BlogPostDraft> drafts = BlogDemoArticles.all();
			for (int i = 0; i < drafts.size(); i++) {
				BlogPostDraft draft = drafts.get(i);
				Instant at = now.minus(Duration.ofDays(daysAgo[i])).minus(Duration.ofHours(3));
				long id = store.insertPost(blogId, draft, Slugs.of(draft.title()), expert.get(), at);
				long approval = approvals.submit(SubjectKind.POST, kunnskap.get().id(), expert.get(),
						draft.title() + "\n\n" + draft.summary() + "\n\n" + draft.body(), false);
				store.submitted(id, approval, at);
				approvals.approve(approval, partner, null);
				store.published(id, redaktor.get(), at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(2)));
				ids.add(id);
			}
			Blog blog = store.blog(blogId).orElseThrow();
			BlogPost newest = store.post(ids.get(ids.size() - 1));
			comments.receive(blog, newest, tokens.issue(newest.id(), now), "Bjørg",
					"Jeg er 63 og jobber fullt. Kan jeg ta ut hel alderspensjon nå og fortsette å jobbe, "
							+ "uten at pensjonen blir avkortet?", now);
		});
		log.info("Demo: the pension blog with three articles at /blogg/{}", SLUG);
	}

	private void member(Team team, long userId) {
		if (!team.hasMember(userId)) {
			List<TeamMember> members = new ArrayList<>(team.members());
			members.add(new TeamMember(userId, TeamRole.EDITOR));
			teams.setMembersWithRoles(team.id(), members);
		}
	}

}
