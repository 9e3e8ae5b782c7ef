package no.samtale.identity;

import java.time.Duration;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import no.samtale.identity.internal.AuthenticatedUser;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ExpiringCache;

/** The identity module's facade: who is calling, and who a user id is. */
@Service
public class Users {

	private static final String CURRENT = Users.class.getName() + ".current";

	private final JdbcClient jdbc;

	private final ExpiringCache<Long, Person> peopleCache = new ExpiringCache<>(Duration.ofMinutes(1), 50_000);

	/** The cluster signal that a user's name, unit or roles changed. */
	public static final String CHANGED = "identity-user";

	private final ClusterSignals signals;

	Users(JdbcClient jdbc, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.signals = signals;
		signals.on(CHANGED, id -> peopleCache.evict(Long.valueOf(id)));
	}

	/**
	 * Tells every node, once the current transaction commits, that the user's name, unit or roles changed, so that
	 * their cached copies are dropped within a second ({@link #CHANGED}; other modules listen for it too).
	 */
	public void changed(long userId) {
		peopleCache.evict(userId);
		signals.send(CHANGED, Long.toString(userId));
	}

	/**
	 * The caller of the current request, read once per request; fails with an authentication error when nobody is
	 * logged in.
	 */
	public CurrentUser current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AuthenticatedUser user)) {
			throw new AuthenticationCredentialsNotFoundException("Nobody is logged in");
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CURRENT, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser known
				&& known.id() == user.userId()) {
			return known;
		}
		CurrentUser current = user.currentUser()
			.or(() -> find(user.userId()))
			.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("User is gone"));
		if (request != null) {
			request.setAttribute(CURRENT, current, RequestAttributes.SCOPE_REQUEST);
		}
		return current;
	}

	/** A user by id, whether or not they are logged in, with roles, in one query. */
	public Optional<CurrentUser> find(long userId) {
		List<CurrentUser> rows = jdbc.sql("""
				select u.id, u.username, u.display_name, u.employee_id, u.unit_id, r.role
				from identity_user u left join identity_user_role r on r.user_id = u.id
				where u.id = :id
				""").param("id", userId).query((rs, row) -> {
			long unit = rs.getLong("unit_id");
			Long unitId = rs.wasNull() ? null : unit;
			String role = rs.getString("role");
			return new CurrentUser(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
					rs.getString("employee_id"), unitId, role == null ? Set.of() : Set.of(Role.valueOf(role)));
		}).list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		CurrentUser first = rows.get(0);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.forEach(row -> roles.addAll(row.roles()));
		return Optional.of(new CurrentUser(first.id(), first.username(), first.name(), first.employeeId(),
				first.unitId(), roles));
	}

	/**
	 * Name and unit of each of the given users, in at most one query; unknown ids are left out. Names are cached
	 * for a minute, since every page shows many and they seldom change.
	 */
	public Map<Long, Person> people(Collection<Long> userIds) {
		Map<Long, Person> found = new HashMap<>();
		Set<Long> missing = new HashSet<>();
		for (Long id : userIds) {
			Person known = peopleCache.get(id, key -> null);
			if (known != null) {
				found.put(id, known);
			}
			else {
				missing.add(id);
			}
		}
		for (Person person : load(missing).values()) {
			found.put(person.id(), peopleCache.get(person.id(), key -> person));
		}
		return found;
	}

	private Map<Long, Person> load(Set<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select u.id, u.display_name, n.name as unit_name
				from identity_user u left join identity_unit n on n.id = u.unit_id
				where u.id in (:ids)
				""")
			.param("ids", userIds)
			.query((rs, row) -> new Person(rs.getLong("id"), rs.getString("display_name"), rs.getString("unit_name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Person::id, Function.identity()));
	}

	public Optional<Unit> unit(long unitId) {
		return jdbc.sql("select id, name, kind from identity_unit where id = :id")
			.param("id", unitId)
			.query((rs, row) -> new Unit(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind"))))
			.optional();
	}

	public Optional<Unit> unitNamed(String name) {
		return jdbc.sql("select id, name, kind from identity_unit where name = :name")
			.param("name", name)
			.query((rs, row) -> new Unit(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind"))))
			.optional();
	}

	/** The ids of the enabled users who belong to a unit, for example everyone in a directorate department. */
	public List<Long> idsInUnit(long unitId) {
		return jdbc.sql("select id from identity_user where unit_id = :unit and enabled = true")
			.param("unit", unitId)
			.query(Long.class)
			.list();
	}

	/** The ids of the enabled users who have {@code role}, for example the admins to warn of a channel's trouble. */
	public List<Long> idsWithRole(Role role) {
		return jdbc.sql("""
				select u.id from identity_user u join identity_user_role r on r.user_id = u.id
				where r.role = :role and u.enabled = true order by u.id
				""")
			.param("role", role.name())
			.query(Long.class)
			.list();
	}

	/** A user id by username, for demo content and scripts. */
	public Optional<Long> idOf(String username) {
		// The id alone: the repository would load the whole account with its roles, and the demo asks for an id
		// for every message it writes (a tenth of the forum demo's time).
		return jdbc.sql("select id from identity_user where username = :username")
			.param("username", username)
			.query(Long.class)
			.optional();
	}

}
