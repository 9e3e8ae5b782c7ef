package no.samtale.forum.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import no.samtale.dialogue.SpaceKind;
import no.samtale.dialogue.SpaceRecord;
import no.samtale.dialogue.Spaces;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ExpiringCache;
import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;
import no.samtale.platform.RuleViolationException;

/** Topics and groups: creating them, their staff and members, and opening a topic. */
@Service
class ForumSpaces {

	private final JdbcClient jdbc;

	private final Spaces spaces;

	private final ExpiringCache<Long, ForumSpace> cache = new ExpiringCache<>(Duration.ofSeconds(10), 10_000);

	private final ExpiringCache<String, Set<SpaceRole>> roleCache = new ExpiringCache<>(Duration.ofSeconds(10), 100_000);

	/** The cluster signal that a space's description or staff changed: every node drops its cached copy. */
	static final String CHANGED = "forum-space";

	private final ClusterSignals signals;

	ForumSpaces(JdbcClient jdbc, Spaces spaces, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.spaces = spaces;
		this.signals = signals;
		signals.on(CHANGED, id -> {
			cache.evict(Long.valueOf(id));
			roleCache.clear();
		});
	}

	@Transactional
	long create(SpaceKind kind, String name, String description, Membership membership) {
		long id = spaces.create(kind, name.trim(), description);
		jdbc.sql("insert into forum_space (space_id, membership, opened_at) values (:id, :membership, :opened)")
			.param("id", id)
			.param("membership", (kind == SpaceKind.TOPIC ? Membership.OPEN : membership).name())
			// A group needs no staff to start; a topic opens only by the rule in ForumPolicies.
			.param("opened", kind == SpaceKind.GROUP ? Timestamp.from(Instant.now()) : null)
			.update();
		return id;
	}

	@Transactional
	void describe(long spaceId, String name, String description, Membership membership) {
		ForumSpace space = get(spaceId);
		spaces.describe(spaceId, name.trim(), description);
		if (!space.isTopic() && membership != null) {
			jdbc.sql("update forum_space set membership = :membership where space_id = :id")
				.param("membership", membership.name())
				.param("id", spaceId)
				.update();
		}
		forgetAfterCommit(spaceId);
	}

	/**
	 * A space with its staff, cached for a few seconds because every forum request asks; changes made here evict
	 * it at once (see {@link no.samtale.platform.ExpiringCache} for other nodes).
	 */
	Optional<ForumSpace> find(long spaceId) {
		return Optional.ofNullable(cache.get(spaceId, id -> load(id).orElse(null)));
	}

	private Optional<ForumSpace> load(long spaceId) {
		record Settings(Membership membership, Instant openedAt) {
		}
		// Read the settings fully before asking for the staff: a query inside a row mapper would hold one pooled
		// connection while waiting for another, and under load the pool runs dry.
		Optional<Settings> settings = jdbc.sql("select membership, opened_at from forum_space where space_id = :id")
			.param("id", spaceId)
			.query((rs, row) -> {
				Timestamp opened = rs.getTimestamp("opened_at");
				return new Settings(Membership.valueOf(rs.getString("membership")), opened == null ? null : opened.toInstant());
			})
			.optional();
		return settings.flatMap(found -> spaces.find(spaceId).map(space -> {
			Map<SpaceRole, Set<Long>> staff = staffOf(spaceId);
			return new ForumSpace(space, found.membership(), found.openedAt(),
					staff.getOrDefault(SpaceRole.MODERATOR, Set.of()), staff.getOrDefault(SpaceRole.EXPERT, Set.of()));
		}));
	}

	ForumSpace get(long spaceId) {
		return find(spaceId).orElseThrow(() -> new NotFoundException("Space", spaceId));
	}

	List<ForumSpace> all() {
		return spaces.ofKinds(List.of(SpaceKind.TOPIC, SpaceKind.GROUP))
			.stream()
			.map(SpaceRecord::id)
			.map(this::find)
			.flatMap(Optional::stream)
			.toList();
	}

	/** The caller's roles in a space, cached like the space itself. */
	Set<SpaceRole> rolesOf(long spaceId, long userId) {
		return roleCache.get(spaceId + ":" + userId, key -> loadRoles(spaceId, userId));
	}

	private Set<SpaceRole> loadRoles(long spaceId, long userId) {
		Set<SpaceRole> roles = EnumSet.noneOf(SpaceRole.class);
		jdbc.sql("select role from forum_space_role where space_id = :space and user_id = :user")
			.param("space", spaceId)
			.param("user", userId)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(SpaceRole.valueOf(role)));
		return roles;
	}

	/** Replaces a space's moderators and experts; an open topic must keep at least one of each. */
	@Transactional
	void staff(long spaceId, Collection<Long> moderators, Collection<Long> experts) {
		ForumSpace space = get(spaceId);
		if (space.isTopic() && space.open()) {
			ForumPolicies.whyATopicCannotOpen(moderators, experts).ifPresent(why -> {
				throw new RuleViolationException("topic-not-staffed", moderators.isEmpty() ? "moderatorIds" : "expertIds",
						"An open topic must keep its staff: " + why.toLowerCase());
			});
		}
		jdbc.sql("delete from forum_space_role where space_id = :space and role in ('MODERATOR', 'EXPERT')")
			.param("space", spaceId)
			.update();
		for (long user : new HashSet<>(moderators)) {
			grant(spaceId, user, SpaceRole.MODERATOR);
		}
		for (long user : new HashSet<>(experts)) {
			grant(spaceId, user, SpaceRole.EXPERT);
		}
		forgetAfterCommit(spaceId);
	}

	/** Opens a topic to readers, once it has a moderator and an expert. */
	@Transactional
	void open(long spaceId) {
		ForumSpace space = get(spaceId);
		if (!space.isTopic() || space.open()) {
			return;
		}
		ForumPolicies.whyATopicCannotOpen(space.moderators(), space.experts()).ifPresent(why -> {
			throw new RuleViolationException("topic-not-staffed", null, why);
		});
		jdbc.sql("update forum_space set opened_at = :now where space_id = :id")
			.param("now", Timestamp.from(Instant.now()))
			.param("id", spaceId)
			.update();
		forgetAfterCommit(spaceId);
	}

	@Transactional
	void addMember(long spaceId, long userId) {
		if (get(spaceId).isTopic()) {
			throw new InvalidInputException("userId", "Topics have no members: every employee may read an open topic");
		}
		grant(spaceId, userId, SpaceRole.MEMBER);
		forgetAfterCommit(spaceId);
	}

	@Transactional
	void removeMember(long spaceId, long userId) {
		jdbc.sql("delete from forum_space_role where space_id = :space and user_id = :user and role = 'MEMBER'")
			.param("space", spaceId)
			.param("user", userId)
			.update();
		forgetAfterCommit(spaceId);
	}

	PageResponse<Long> members(long spaceId, PageQuery page) {
		long total = memberCount(spaceId);
		List<Long> ids = jdbc.sql("""
				select user_id from forum_space_role where space_id = :space and role = 'MEMBER'
				order by user_id limit :limit offset :offset
				""").param("space", spaceId).param("limit", page.size()).param("offset", page.offset()).query(Long.class).list();
		return PageResponse.of(ids, page, total);
	}

	long memberCount(long spaceId) {
		return jdbc.sql("select count(*) from forum_space_role where space_id = :space and role = 'MEMBER'")
			.param("space", spaceId)
			.query(Long.class)
			.single();
	}

	/** Evicts now and again after commit, so no request caches what another transaction is changing. */
	private void forgetAfterCommit(long spaceId) {
		// Other nodes forget it when this transaction has committed.
		signals.send(CHANGED, Long.toString(spaceId));
		cache.evict(spaceId);
		// Roles are keyed by space and user; changes are rare enough to drop them all.
		roleCache.clear();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					cache.evict(spaceId);
					roleCache.clear();
				}
			});
		}
	}

	private void grant(long spaceId, long userId, SpaceRole role) {
		try {
			jdbc.sql("""
					insert into forum_space_role (space_id, user_id, role)
					select :space, :user, :role
					where not exists (select 1 from forum_space_role where space_id = :space and user_id = :user and role = :role)
					""").param("space", spaceId).param("user", userId).param("role", role.name()).update();
		}
		catch (DuplicateKeyException alreadyThere) {
			// Granted twice at once; once is what was asked for.
		}
	}

	private Map<SpaceRole, Set<Long>> staffOf(long spaceId) {
		Map<SpaceRole, Set<Long>> staff = new HashMap<>();
		jdbc.sql("select user_id, role from forum_space_role where space_id = :space and role in ('MODERATOR', 'EXPERT')")
			.param("space", spaceId)
			.query((rs, row) -> staff.computeIfAbsent(SpaceRole.valueOf(rs.getString("role")), key -> new HashSet<>())
				.add(rs.getLong("user_id")))
			.list();
		return staff;
	}

}
