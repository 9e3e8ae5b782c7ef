package no.samtale.inbox.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.channels.Visibility;
import no.samtale.inbox.InboxMessageFeed;

/** Reads {@code inbox_message} by id with its conversation's team and account: one range read on the key. */
@Component
class InboxMessageFeedReader implements InboxMessageFeed {

	private final JdbcClient jdbc;

	InboxMessageFeedReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Logged> after(long afterId, int max) {
		return jdbc.sql("""
				select m.id, m.conversation_id, c.team_id, c.account_id, m.direction, m.visibility, m.created_at
				from inbox_message m join inbox_conversation c on c.id = m.conversation_id
				where m.id > :after order by m.id limit :max
				""")
			.param("after", afterId)
			.param("max", max)
			.query((rs, n) -> new Logged(rs.getLong("id"), rs.getLong("conversation_id"), rs.getLong("team_id"),
					rs.getLong("account_id"), "IN".equals(rs.getString("direction")),
					Visibility.valueOf(rs.getString("visibility")), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Override
	public List<Long> idsAfter(long afterId, int max) {
		return jdbc.sql("select id from inbox_message where id > :after order by id limit :max")
			.param("after", afterId)
			.param("max", max)
			.query(Long.class)
			.list();
	}

	@Override
	public long last() {
		return jdbc.sql("select coalesce(max(id), 0) from inbox_message").query(Long.class).single();
	}

}
