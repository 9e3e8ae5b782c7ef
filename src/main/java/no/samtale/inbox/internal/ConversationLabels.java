package no.samtale.inbox.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labels advisors put on conversations. */
@Component
class ConversationLabels {

	private final JdbcClient jdbc;

	ConversationLabels(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(long id) {
		return of(List.of(id)).getOrDefault(id, List.of());
	}

	Map<Long, List<String>> of(Collection<Long> ids) {
		Map<Long, List<String>> labels = new HashMap<>();
		if (ids.isEmpty()) {
			return labels;
		}
		jdbc.sql("select conversation_id, label from inbox_label where conversation_id in (:ids) order by label")
			.param("ids", ids)
			.query((rs, n) -> labels.computeIfAbsent(rs.getLong("conversation_id"), k -> new ArrayList<>())
				.add(rs.getString("label")))
			.list();
		return labels;
	}

	/** Puts one label on, unless it is there already. */
	void add(long id, String label) {
		if (!of(id).contains(label)) {
			jdbc.sql("insert into inbox_label (conversation_id, label) values (:id, :label)")
				.param("id", id)
				.param("label", label)
				.update();
		}
	}

	void set(long id, Collection<String> labels) {
		jdbc.sql("delete from inbox_label where conversation_id = :id").param("id", id).update();
		for (String label : labels) {
			jdbc.sql("insert into inbox_label (conversation_id, label) values (:id, :label)")
				.param("id", id)
				.param("label", label)
				.update();
		}
	}

	/** The labels in use in these teams, most used first. */
	List<String> inUse(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select l.label from inbox_label l join inbox_conversation c on c.id = l.conversation_id
				where c.team_id in (:teams)
				group by l.label order by count(*) desc, l.label
				fetch first 100 rows only
				""")
			.param("teams", teamIds)
			.query(String.class)
			.list();
	}

}
