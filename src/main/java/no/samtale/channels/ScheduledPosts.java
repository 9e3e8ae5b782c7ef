package no.samtale.channels;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.approval.ApprovalRequest;
import no.samtale.approval.ApprovalState;
import no.samtale.approval.Approvals;
import no.samtale.approval.Reviewer;
import no.samtale.approval.SubjectKind;
import no.samtale.channels.OutboxEntry.State;
import no.samtale.platform.DuplicateSafeInsert;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.RefusedContentException;
import no.samtale.platform.RuleViolationException;
import no.samtale.privacy.PersonalDataPolicy;

/**
 * Posts that the platform itself publishes at a chosen time (a Facebook page's scheduled posts). A post is checked
 * by another member of the account's team before anything goes to the platform (four eyes, through the approval
 * module); once approved it goes through the {@link Outbox} as a {@link OutboundAction#SCHEDULE}, so it is retried and
 * never sent twice, and the platform holds it from then on. For editors today, until the publishing module comes.
 */
@Service
public class ScheduledPosts {

	/** Meta publishes a scheduled post no sooner than 10 minutes and no later than 30 days after the request. */
	public static final Duration EARLIEST = Duration.ofMinutes(10);

	public static final Duration LATEST = Duration.ofDays(30);

	public static final int MAX_MESSAGE = 8000;

	private final JdbcClient jdbc;

	private final DuplicateSafeInsert inserts;

	private final Outbox outbox;

	private final Accounts accounts;

	private final Approvals approvals;

	private final PersonalDataPolicy privacy;

	ScheduledPosts(JdbcClient jdbc, DuplicateSafeInsert inserts, Outbox outbox, Accounts accounts, Approvals approvals,
			PersonalDataPolicy privacy) {
		this.jdbc = jdbc;
		this.inserts = inserts;
		this.outbox = outbox;
		this.accounts = accounts;
		this.approvals = approvals;
		this.privacy = privacy;
	}

	/**
	 * A scheduled post: its review ({@code approval}, who wrote it and who decided; all null for a post scheduled
	 * before posts were reviewed), and where its delivery to the platform stands once approved ({@code state},
	 * {@code postId} once the platform has it).
	 */
	public record ScheduledPost(long id, long accountId, long teamId, String message, Instant publishAt,
			ApprovalRequest approval, State state, String postId, String lastError, int attempts) {

		/** Reviewed and approved, or scheduled before posts were reviewed. */
		public ApprovalState approvalState() {
			return approval == null ? ApprovalState.APPROVED : approval.state();
		}

	}

	private record Row(long id, long accountId, Long approvalId, String message, Instant publishAt, Long outboxId) {
	}

	/**
	 * Schedules a post for review; answers it. The same idempotency key twice schedules once. A time outside the
	 * platform's window, or an identity number in the text (everyone reads a page's posts), is refused before anything
	 * is stored; nothing goes to the platform until another member of the account's team approved it.
	 */
	@Transactional
	public ScheduledPost schedule(long accountId, long authorId, String message, Instant publishAt,
			String idempotencyKey) {
		if (message == null || message.isBlank()) {
			throw new InvalidInputException("message", "Must not be empty");
		}
		if (message.length() > MAX_MESSAGE) {
			throw new InvalidInputException("message", "At most " + MAX_MESSAGE + " characters");
		}
		checkWindow(publishAt, Instant.now());
		Account account = accounts.get(accountId);
		if (!accounts.capabilities(account).contains(Capability.SCHEDULE)) {
			throw new RuleViolationException("cannot-schedule", null,
					"This account's platform does not take scheduled posts (Facebook pages do; Instagram does not)");
		}
		if (privacy.holdsIdentityNumber(message)) {
			throw new RefusedContentException("personal-data", "message",
					"The post holds an identity number; everyone can read it. Remove it.");
		}
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		int inserted = inserts.insert("""
				insert into channels_scheduled_post (account_id, message, publish_at, idempotency_key, created_at)
				values (:account, :message, :publishAt, :key, :now)
				""", "idempotency_key", sql -> jdbc.sql(sql)
			.param("account", accountId)
			.param("message", message.strip())
			.param("publishAt", Timestamp.from(publishAt))
			.param("key", idempotencyKey)
			.param("now", Timestamp.from(Instant.now()))
			.update(key, "id"));
		if (inserted == 0) {
			return byKey(idempotencyKey).orElseThrow();
		}
		long id = key.getKey().longValue();
		long approvalId = approvals.submit(SubjectKind.POST, account.teamId(), authorId, message.strip(), false);
		jdbc.sql("update channels_scheduled_post set approval_id = :approval where id = :id")
			.param("approval", approvalId)
			.param("id", id)
			.update();
		return get(id);
	}

	/**
	 * Another member of the account's team approves the post: only now does it go to the platform. Its time must
	 * still be inside the platform's window; approving one whose time came too close is refused naming
	 * {@code publishAt} (send it back, and its author schedules it anew).
	 */
	@Transactional
	public ScheduledPost approve(long postId, Reviewer reviewer) {
		Row post = locked(postId);
		approvals.approve(reviewed(post), reviewer, null);
		checkWindow(post.publishAt(), Instant.now());
		long outboxId = outbox.enqueue(post.accountId(), OutboundAction.SCHEDULE, null, post.message(),
				keyOf(post.id()), post.publishAt(), null);
		jdbc.sql("update channels_scheduled_post set outbox_id = :outbox where id = :id")
			.param("outbox", outboxId)
			.param("id", postId)
			.update();
		return get(postId);
	}

	/** Another member of the team sends the post back with a comment; it never goes to the platform. */
	@Transactional
	public ScheduledPost reject(long postId, Reviewer reviewer, String comment) {
		Row post = locked(postId);
		approvals.reject(reviewed(post), reviewer, comment);
		return get(postId);
	}

	public ScheduledPost get(long postId) {
		return withState(jdbc.sql("select * from channels_scheduled_post where id = :id")
			.param("id", postId)
			.query(ScheduledPosts::row)
			.list()).stream().findFirst().orElseThrow(() -> new NotFoundException("Scheduled post", postId));
	}

	/** The account's scheduled posts, soonest first. */
	public List<ScheduledPost> of(long accountId) {
		return withState(jdbc.sql("select * from channels_scheduled_post where account_id = :account order by publish_at, id")
			.param("account", accountId)
			.query(ScheduledPosts::row)
			.list());
	}

	/** The posts that wait for review on the accounts of these teams, oldest first. */
	public List<ScheduledPost> awaitingApproval(Collection<Long> teamIds) {
		List<Long> accountIds = accounts.ofTeams(teamIds).stream().map(Account::id).toList();
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return withState(jdbc.sql("""
				select * from channels_scheduled_post where account_id in (:accounts) and outbox_id is null
				    and approval_id is not null
				order by created_at, id
				""").param("accounts", accountIds).query(ScheduledPosts::row).list())
			.stream()
			.filter(post -> post.approvalState() == ApprovalState.PENDING)
			.toList();
	}

	/** Meta refuses a time outside its window with error 100; saying so at once names the field. */
	static void checkWindow(Instant publishAt, Instant now) {
		if (publishAt == null) {
			throw new InvalidInputException("publishAt", "Must be given");
		}
		if (publishAt.isBefore(now.plus(EARLIEST))) {
			throw new InvalidInputException("publishAt", "Must be at least 10 minutes from now");
		}
		if (publishAt.isAfter(now.plus(LATEST))) {
			throw new InvalidInputException("publishAt", "Must be at most 30 days from now");
		}
	}

	private Optional<ScheduledPost> byKey(String idempotencyKey) {
		return jdbc.sql("select id from channels_scheduled_post where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(Long.class)
			.optional()
			.map(this::get);
	}

	/** The outbox key of an approved post: one per post, so approving twice (or a retry) schedules once. */
	private String keyOf(long postId) {
		return jdbc.sql("select idempotency_key from channels_scheduled_post where id = :id")
			.param("id", postId)
			.query(String.class)
			.single();
	}

	private static long reviewed(Row post) {
		if (post.approvalId() == null) {
			throw new RuleViolationException("approval-decided", null, "This post was scheduled before posts were reviewed");
		}
		return post.approvalId();
	}

	private Row locked(long postId) {
		return jdbc.sql("select * from channels_scheduled_post where id = :id for update")
			.param("id", postId)
			.query(ScheduledPosts::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Scheduled post", postId));
	}

	private List<ScheduledPost> withState(List<Row> rows) {
		Map<Long, ApprovalRequest> reviews = approvals
			.all(rows.stream().map(Row::approvalId).filter(java.util.Objects::nonNull).toList())
			.stream()
			.collect(Collectors.toMap(ApprovalRequest::id, Function.identity()));
		return rows.stream().map(row -> {
			OutboxEntry entry = row.outboxId() == null ? null : outbox.get(row.outboxId());
			return new ScheduledPost(row.id(), row.accountId(), accounts.get(row.accountId()).teamId(), row.message(),
					row.publishAt(), row.approvalId() == null ? null : reviews.get(row.approvalId()),
					entry == null ? null : entry.state(), entry == null ? null : entry.externalResultId(),
					entry == null ? null : entry.lastError(), entry == null ? 0 : entry.attempts());
		}).toList();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		long approval = rs.getLong("approval_id");
		Long approvalId = rs.wasNull() ? null : approval;
		long outbox = rs.getLong("outbox_id");
		Long outboxId = rs.wasNull() ? null : outbox;
		return new Row(rs.getLong("id"), rs.getLong("account_id"), approvalId, rs.getString("message"),
				rs.getTimestamp("publish_at").toInstant(), outboxId);
	}

}
