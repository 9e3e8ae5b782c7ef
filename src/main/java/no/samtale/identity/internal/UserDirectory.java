package no.samtale.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import no.samtale.identity.Role;
import no.samtale.identity.UnitKind;
import no.samtale.identity.internal.UserViews.UnitRef;
import no.samtale.identity.internal.UserViews.UnitView;
import no.samtale.identity.internal.UserViews.UserView;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Read model for listing and showing users and units. */
@Repository
class UserDirectory {

	private static final String SELECT_USERS = """
			select u.id, u.username, u.display_name, u.employee_id, u.email, u.enabled, u.locked_until,
			       n.id as unit_id, n.name as unit_name, n.kind as unit_kind
			from identity_user u left join identity_unit n on n.id = u.unit_id
			""";

	private static final String MATCHES = """
			where cast(:pattern as varchar(200)) is null
			   or lower(u.username) like :pattern escape '\\'
			   or lower(u.display_name) like :pattern escape '\\'
			   or lower(u.employee_id) like :pattern escape '\\'
			""";

	private final JdbcClient jdbc;

	UserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageResponse<UserView> users(String search, PageQuery page) {
		String pattern = likePattern(search);
		long total = jdbc.sql("select count(*) from identity_user u " + MATCHES)
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<UserView> users = jdbc.sql(SELECT_USERS + MATCHES + " order by lower(u.display_name), u.id limit :limit offset :offset")
			.param("pattern", pattern)
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(this::userRow)
			.list();
		return PageResponse.of(withRoles(users), page, total);
	}

	Optional<UserView> user(long id) {
		return jdbc.sql(SELECT_USERS + " where u.id = :id")
			.param("id", id)
			.query(this::userRow)
			.optional()
			.map(user -> withRoles(List.of(user)).get(0));
	}

	List<UnitView> units() {
		return jdbc.sql("select id, name, kind, parent_id from identity_unit order by name")
			.query((rs, row) -> new UnitView(rs.getLong("id"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
					(Long) rs.getObject("parent_id", Long.class)))
			.list();
	}

	private List<UserView> withRoles(List<UserView> users) {
		if (users.isEmpty()) {
			return users;
		}
		Map<Long, List<Role>> roles = new HashMap<>();
		jdbc.sql("select user_id, role from identity_user_role where user_id in (:ids) order by role")
			.param("ids", users.stream().map(UserView::id).toList())
			.query((rs, row) -> roles.computeIfAbsent(rs.getLong("user_id"), key -> new ArrayList<>())
				.add(Role.valueOf(rs.getString("role"))))
			.list();
		return users.stream()
			.map(user -> new UserView(user.id(), user.username(), user.name(), user.employeeId(), user.email(),
					user.unit(), sorted(roles.getOrDefault(user.id(), List.of())), user.enabled(), user.locked(),
					user.lockedUntil()))
			.toList();
	}

	private static List<Role> sorted(List<Role> roles) {
		EnumMap<Role, Boolean> ordered = new EnumMap<>(Role.class);
		roles.forEach(role -> ordered.put(role, true));
		return List.copyOf(ordered.keySet());
	}

	private UserView userRow(ResultSet rs, int row) throws SQLException {
		Timestamp lockedUntil = rs.getTimestamp("locked_until");
		Instant until = lockedUntil == null ? null : lockedUntil.toInstant();
		boolean locked = until != null && until.isAfter(Instant.now());
		long unitId = rs.getLong("unit_id");
		UnitRef unit = rs.wasNull() ? null
				: new UnitRef(unitId, rs.getString("unit_name"), UnitKind.valueOf(rs.getString("unit_kind")));
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("employee_id"), rs.getString("email"), unit, List.of(), rs.getBoolean("enabled"), locked,
				locked ? until : null);
	}

	/** A case-insensitive "contains" pattern with the user's own % and _ taken literally. */
	private static String likePattern(String search) {
		if (search == null || search.isBlank()) {
			return null;
		}
		String escaped = search.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}

}
