package no.samtale.publishing.internal.sponsored;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.Approvals;
import no.samtale.approval.SubjectKind;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RuleViolationException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostStatus;
import no.samtale.publishing.Posts;
import no.samtale.publishing.Themes;
import no.samtale.publishing.internal.sponsored.Sponsorship.Status;

/**
 * Sponsored posts. Marking a post sponsored (or changing its budget, audience or period) asks the approval module for
 * a second pair of eyes on the budget, exactly as a post's text is checked: the one who asked can never approve it,
 * and any change asks again. Spend and results are entered by hand after the promotion; Samtale does not talk to
 * the platforms' Marketing APIs, so nothing is bought from here.
 */
@Service
public class Sponsorships {

	/** A promotion as asked for. */
	public record SponsorshipInput(@Nullable Integer budgetNok, @Nullable String audience, @Nullable String goal,
			@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
	}

	/** What the promotion cost and gave, from the platform's ad report. */
	public record ResultsInput(@Nullable Integer spendNok, @Nullable Long reach, @Nullable Long clicks,
			@Nullable String results) {
	}

	static final int MOST_NOK = 10_000_000;

	private final JdbcClient jdbc;

	private final Posts posts;

	private final Themes themes;

	private final Approvals approvals;

	Sponsorships(JdbcClient jdbc, Posts posts, Themes themes, Approvals approvals) {
		this.jdbc = jdbc;
		this.posts = posts;
		this.themes = themes;
		this.approvals = approvals;
	}

	/** Marks the post sponsored, or changes its promotion; either way the budget waits for a second person. */
	@Transactional
	public Sponsorship request(long postId, SponsorshipInput input, CurrentUser user) {
		Post post = post(postId, user);
		if (post.status() == PostStatus.CANCELLED || post.status() == PostStatus.REJECTED) {
			throw new RuleViolationException("post-state", "status", "A " + post.status() + " post is not promoted");
		}
		check(input);
		find(postId).ifPresent(old -> {
			if (old.status() == Status.AWAITING_APPROVAL) {
				approvals.cancel(List.of(old.approvalId()));
			}
			jdbc.sql("delete from publishing_sponsorship where post_id = :post").param("post", postId).update();
		});
		String summary = "Sponset innlegg: " + input.budgetNok() + " kr, " + input.startsOn() + "–" + input.endsOn()
				+ ", målgruppe: " + input.audience().strip();
		long approvalId = approvals.submit(SubjectKind.SPONSORSHIP, post.teamId(), user.id(), summary, false);
		jdbc.sql("""
				insert into publishing_sponsorship (post_id, team_id, budget_nok, audience, goal, starts_on, ends_on,
				    status, approval_id, requested_by, updated_at)
				values (:post, :team, :budget, :audience, :goal, :startsOn, :endsOn, 'AWAITING_APPROVAL', :approval,
				    :by, :now)
				""")
			.param("post", postId)
			.param("team", post.teamId())
			.param("budget", input.budgetNok())
			.param("audience", input.audience().strip())
			.param("goal", input.goal() == null ? "" : input.goal().strip())
			.param("startsOn", Date.valueOf(input.startsOn()))
			.param("endsOn", Date.valueOf(input.endsOn()))
			.param("approval", approvalId)
			.param("by", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return find(postId).orElseThrow();
	}

	/** Another member of the team approves the budget; the approval module refuses the one who asked. */
	@Transactional
	public Sponsorship approve(long postId, CurrentUser user) {
		Sponsorship sponsorship = awaiting(postId, user);
		approvals.approve(sponsorship.approvalId(), posts.reviewer(user), null);
		decide(postId, Status.APPROVED, user, null);
		return find(postId).orElseThrow();
	}

	@Transactional
	public Sponsorship reject(long postId, @Nullable String comment, CurrentUser user) {
		if (comment == null || comment.isBlank()) {
			throw new InvalidInputException("comment", "Say why the budget is sent back");
		}
		if (comment.length() > 2000) {
			throw new InvalidInputException("comment", "At most 2000 characters");
		}
		Sponsorship sponsorship = awaiting(postId, user);
		approvals.reject(sponsorship.approvalId(), posts.reviewer(user), comment.strip());
		decide(postId, Status.REJECTED, user, comment.strip());
		return find(postId).orElseThrow();
	}

	/** Spend and results, entered (and corrected) by hand once the approved promotion has run. */
	@Transactional
	public Sponsorship results(long postId, ResultsInput input, CurrentUser user) {
		post(postId, user);
		Sponsorship sponsorship = find(postId).orElseThrow(() -> new NotFoundException("Sponsorship", postId));
		if (sponsorship.status() != Status.APPROVED) {
			throw new RuleViolationException("sponsorship-state", "status",
					"Results are entered for an approved promotion; this one is " + sponsorship.status());
		}
		if (input.spendNok() == null || input.spendNok() < 0 || input.spendNok() > MOST_NOK) {
			throw new InvalidInputException("spendNok", "Whole kroner from 0 to " + MOST_NOK);
		}
		if (input.reach() != null && input.reach() < 0) {
			throw new InvalidInputException("reach", "Must not be negative");
		}
		if (input.clicks() != null && input.clicks() < 0) {
			throw new InvalidInputException("clicks", "Must not be negative");
		}
		if (input.results() != null && input.results().length() > 2000) {
			throw new InvalidInputException("results", "At most 2000 characters");
		}
		jdbc.sql("""
				update publishing_sponsorship set spend_nok = :spend, reach = :reach, clicks = :clicks,
				    results = :results, results_by = :by, updated_at = :now
				where post_id = :post
				""")
			.param("spend", input.spendNok())
			.param("reach", input.reach(), Types.BIGINT)
			.param("clicks", input.clicks(), Types.BIGINT)
			.param("results", input.results() == null ? null : input.results().strip(), Types.VARCHAR)
			.param("by", user.id())
			.param("now", Timestamp.from(Instant.now()))
			.param("post", postId)
			.update();
		return find(postId).orElseThrow();
	}

	public Sponsorship get(long postId, CurrentUser user) {
		post(postId, user);
		return find(postId).orElseThrow(() -> new NotFoundException("Sponsorship", postId));
	}

	/** The promotions of the caller's teams, latest start first. */
	public List<Sponsorship> visible(CurrentUser user) {
		List<Long> teamIds = themes.teamsOf(user);
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from publishing_sponsorship where team_id in (:teams) order by starts_on desc, post_id")
			.param("teams", teamIds)
			.query(Sponsorships::row)
			.list();
	}

	/** Writes a demo promotion as it would stand after its approval. */
	public void demo(long postId, long teamId, int budgetNok, String audience, String goal, LocalDate startsOn,
			LocalDate endsOn, long requestedBy, long approvedBy) {
		long approvalId = approvals.submit(SubjectKind.SPONSORSHIP, teamId, requestedBy,
				"Sponset innlegg: " + budgetNok + " kr", false);
		approvals.approve(approvalId, new no.samtale.approval.Reviewer(approvedBy, List.of(teamId)), null);
		jdbc.sql("""
				insert into publishing_sponsorship (post_id, team_id, budget_nok, audience, goal, starts_on, ends_on,
				    status, approval_id, requested_by, decided_by, updated_at)
				values (:post, :team, :budget, :audience, :goal, :startsOn, :endsOn, 'APPROVED', :approval, :by,
				    :approver, :now)
				""")
			.param("post", postId).param("team", teamId).param("budget", budgetNok).param("audience", audience)
			.param("goal", goal).param("startsOn", Date.valueOf(startsOn)).param("endsOn", Date.valueOf(endsOn))
			.param("approval", approvalId).param("by", requestedBy).param("approver", approvedBy)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	Optional<Sponsorship> find(long postId) {
		return jdbc.sql("select * from publishing_sponsorship where post_id = :post")
			.param("post", postId)
			.query(Sponsorships::row)
			.optional();
	}

	private Post post(long postId, CurrentUser user) {
		Post post = posts.get(postId);
		if (!themes.teamsOf(user).contains(post.teamId())) {
			throw new NotFoundException("Post", postId);
		}
		return post;
	}

	private Sponsorship awaiting(long postId, CurrentUser user) {
		post(postId, user);
		Sponsorship sponsorship = find(postId).orElseThrow(() -> new NotFoundException("Sponsorship", postId));
		if (sponsorship.status() != Status.AWAITING_APPROVAL) {
			throw new RuleViolationException("sponsorship-state", "status",
					"Only a budget waiting for approval is decided; this one is " + sponsorship.status());
		}
		return sponsorship;
	}

	private void decide(long postId, Status status, CurrentUser user, @Nullable String comment) {
		jdbc.sql("""
				update publishing_sponsorship set status = :status, decided_by = :by, rejection_comment = :comment,
				    updated_at = :now
				where post_id = :post
				""")
			.param("status", status.name())
			.param("by", user.id())
			.param("comment", comment, Types.VARCHAR)
			.param("now", Timestamp.from(Instant.now()))
			.param("post", postId)
			.update();
	}

	private static void check(SponsorshipInput input) {
		if (input.budgetNok() == null || input.budgetNok() < 1 || input.budgetNok() > MOST_NOK) {
			throw new InvalidInputException("budgetNok", "Whole kroner from 1 to " + MOST_NOK);
		}
		if (input.audience() == null || input.audience().isBlank()) {
			throw new InvalidInputException("audience", "Say who the promotion is shown to");
		}
		if (input.audience().strip().length() > 1000) {
			throw new InvalidInputException("audience", "At most 1000 characters");
		}
		if (input.goal() != null && input.goal().strip().length() > 1000) {
			throw new InvalidInputException("goal", "At most 1000 characters");
		}
		if (input.startsOn() == null) {
			throw new InvalidInputException("startsOn", "Must be given");
		}
		if (input.endsOn() == null || input.endsOn().isBefore(input.startsOn())) {
			throw new InvalidInputException("endsOn", "Must be given, on or after startsOn");
		}
		if (input.endsOn().isAfter(input.startsOn().plusYears(1))) {
			throw new InvalidInputException("endsOn", "A promotion runs at most a year");
		}
	}

	private static Sponsorship row(ResultSet rs, int n) throws SQLException {
		return new Sponsorship(rs.getLong("post_id"), rs.getLong("team_id"), rs.getInt("budget_nok"),
				rs.getString("audience"), rs.getString("goal"), rs.getDate("starts_on").toLocalDate(),
				rs.getDate("ends_on").toLocalDate(), Status.valueOf(rs.getString("status")), rs.getLong("approval_id"),
				rs.getLong("requested_by"), rs.getObject("decided_by", Long.class), rs.getString("rejection_comment"),
				rs.getObject("spend_nok", Integer.class), rs.getObject("reach", Long.class),
				rs.getObject("clicks", Long.class), rs.getString("results"), rs.getObject("results_by", Long.class),
				rs.getTimestamp("updated_at").toInstant());
	}

}
