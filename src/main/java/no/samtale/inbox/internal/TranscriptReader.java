package no.samtale.inbox.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.inbox.ConversationStatus;
import no.samtale.inbox.ConversationTranscript;
import no.samtale.inbox.ConversationTranscripts;

/**
 * A conversation with its messages and notes in order. A reply answers the citizen's last message before it; a
 * note answers nothing, and carries only its author's id (the reader names the employee).
 */
@Component
class TranscriptReader implements ConversationTranscripts {

	private final JdbcClient jdbc;

	TranscriptReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ConversationTranscript> transcript(long conversationId) {
		return transcripts(List.of(conversationId)).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ConversationTranscript> transcripts(List<Long> conversationIds) {
		if (conversationIds.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ConversationTranscript.Line>> lines = lines(conversationIds);
		return jdbc.sql("select * from inbox_conversation where id in (:ids) order by id")
			.param("ids", conversationIds)
			.query((row, n) -> conversation(row, lines.getOrDefault(row.getLong("id"), List.of())))
			.list();
	}

	/** The conversations' messages and notes, each conversation's in order, read with one query each. */
	private Map<Long, List<ConversationTranscript.Line>> lines(List<Long> conversationIds) {
		Map<Long, List<ConversationTranscript.Line>> lines = new HashMap<>();
		Map<Long, Long> lastInbound = new HashMap<>();
		jdbc.sql("select * from inbox_message where conversation_id in (:ids) order by conversation_id, created_at, id")
			.param("ids", conversationIds)
			.query((ResultSet row) -> {
				long id = row.getLong("id");
				long conversation = row.getLong("conversation_id");
				boolean in = "IN".equals(row.getString("direction"));
				lines.computeIfAbsent(conversation, c -> new ArrayList<>())
					.add(new ConversationTranscript.Line(id, in ? "IN" : "OUT", row.getString("author_name"),
							(Long) row.getObject("author_id", Long.class), row.getString("external_id"),
							in ? null : lastInbound.get(conversation), row.getString("body"),
							row.getTimestamp("created_at").toInstant()));
				if (in) {
					lastInbound.put(conversation, id);
				}
			});
		jdbc.sql("""
				select id, conversation_id, author_id, body, created_at from inbox_note where conversation_id in (:ids)
				""")
			.param("ids", conversationIds)
			.query((ResultSet row) -> {
				lines.computeIfAbsent(row.getLong("conversation_id"), c -> new ArrayList<>())
					.add(new ConversationTranscript.Line(row.getLong("id"), "NOTE", "", row.getLong("author_id"), null,
							null, row.getString("body"), row.getTimestamp("created_at").toInstant()));
			});
		lines.values().forEach(each -> each.sort(Comparator.comparing(ConversationTranscript.Line::at)));
		return lines;
	}

	private static ConversationTranscript conversation(ResultSet row, List<ConversationTranscript.Line> lines)
			throws SQLException {
		Timestamp closed = row.getTimestamp("closed_at");
		return new ConversationTranscript(row.getLong("id"), row.getLong("account_id"), row.getLong("team_id"),
				"PRIVATE".equals(row.getString("kind")), row.getString("subject"), row.getString("correspondent_name"),
				row.getString("correspondent_external_id"), (Long) row.getObject("assignee_id", Long.class),
				ConversationStatus.valueOf(row.getString("status")), row.getTimestamp("opened_at").toInstant(),
				closed == null ? null : closed.toInstant(), lines);
	}

}
