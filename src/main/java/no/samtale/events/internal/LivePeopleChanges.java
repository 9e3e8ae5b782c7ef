package no.samtale.events.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.internal.LiveEvents.EventRole;
import no.samtale.events.internal.LiveViews.LivePersonChange;
import no.samtale.events.internal.LiveViews.LivePersonChangeAction;
import no.samtale.identity.Person;
import no.samtale.identity.Users;

/** The record of who was added to or removed from a nettprat's leaders, helpers and moderators, by whom and when. */
@Component
class LivePeopleChanges {

	private final JdbcClient jdbc;

	private final Users users;

	LivePeopleChanges(JdbcClient jdbc, Users users) {
		this.jdbc = jdbc;
		this.users = users;
	}

	void record(long eventId, long userId, EventRole role, LivePersonChangeAction action, long changedBy, Instant at) {
		jdbc.sql("""
				insert into events_live_person_change (event_id, user_id, role, action, changed_by, changed_at)
				values (:event, :user, :role, :action, :by, :at)
				""")
			.param("event", eventId)
			.param("user", userId)
			.param("role", role.name())
			.param("action", action.name())
			.param("by", changedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Oldest first, with the people named. */
	List<LivePersonChange> of(long eventId) {
		record Row(long user, String role, String action, long by, Instant at) {
		}
		List<Row> rows = jdbc.sql("select * from events_live_person_change where event_id = :event order by id")
			.param("event", eventId)
			.query((rs, n) -> new Row(rs.getLong("user_id"), rs.getString("role"), rs.getString("action"),
					rs.getLong("changed_by"), rs.getTimestamp("changed_at").toInstant()))
			.list();
		Set<Long> ids = new HashSet<>();
		rows.forEach(row -> {
			ids.add(row.user());
			ids.add(row.by());
		});
		Map<Long, Person> people = users.people(ids);
		return rows.stream()
			.map(row -> new LivePersonChange(people.get(row.user()), LiveViews.LivePersonRole.valueOf(row.role()),
					LivePersonChangeAction.valueOf(row.action()), people.get(row.by()), row.at()))
			.toList();
	}

}
