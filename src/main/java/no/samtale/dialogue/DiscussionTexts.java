package no.samtale.dialogue;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads discussions with their public text for indexing: one at a time when an event says it changed, or in
 * id order, a page at a time, when a search index is rebuilt. Two queries per page, never one per row.
 */
@Service
public class DiscussionTexts {

	private final JdbcClient jdbc;

	DiscussionTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<DiscussionText> find(long discussionId) {
		List<DiscussionText> found = load("d.id = :from", discussionId, 1);
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/** Up to {@code limit} discussions with ids above {@code afterId}, in id order (keyset paging). */
	public List<DiscussionText> after(long afterId, int limit) {
		return load("d.id > :from", afterId, limit);
	}

	private List<DiscussionText> load(String where, long from, int limit) {
		record Head(long id, long spaceId, SpaceKind kind, String title, boolean question, DiscussionStatus status,
				Long verified, Timestamp created, Timestamp activity) {
		}
		List<Head> heads = jdbc.sql("""
				select d.id, d.space_id, s.kind, d.title, d.question, d.status, d.verified_message_id,
				       d.created_at, d.last_activity_at
				from dialogue_discussion d join dialogue_space s on s.id = d.space_id
				where %s order by d.id limit :limit
				""".formatted(where)).param("from", from).param("limit", limit).query((rs, row) -> {
			String status = rs.getString("status");
			long verified = rs.getLong("verified_message_id");
			Long verifiedId = rs.wasNull() ? null : verified;
			return new Head(rs.getLong("id"), rs.getLong("space_id"), SpaceKind.valueOf(rs.getString("kind")),
					rs.getString("title"), rs.getBoolean("question"),
					status == null ? null : DiscussionStatus.valueOf(status), verifiedId, rs.getTimestamp("created_at"),
					rs.getTimestamp("last_activity_at"));
		}).list();
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, List<DiscussionText.Reply>> messages = new HashMap<>();
		// A range on the first index column reads the page's messages in one pass.
		jdbc.sql("""
				select id, discussion_id, body from dialogue_message
				where discussion_id between :first and :last and kind = 'POST' and removed_at is null
				order by discussion_id, created_at, id
				""")
			.param("first", heads.get(0).id())
			.param("last", heads.get(heads.size() - 1).id())
			.query((rs, row) -> messages.computeIfAbsent(rs.getLong("discussion_id"), key -> new ArrayList<>())
				.add(new DiscussionText.Reply(rs.getLong("id"), rs.getString("body"))))
			.list();
		Map<Long, DiscussionText> texts = new LinkedHashMap<>();
		for (Head h : heads) {
			texts.put(h.id(), new DiscussionText(h.id(), h.spaceId(), h.kind(), h.title(), h.question(), h.status(),
					h.verified(), h.created().toInstant(), h.activity().toInstant(),
					messages.getOrDefault(h.id(), List.of())));
		}
		return List.copyOf(texts.values());
	}

}
