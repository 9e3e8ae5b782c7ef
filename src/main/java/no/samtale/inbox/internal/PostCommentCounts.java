package no.samtale.inbox.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PostComments;

/**
 * Counts the comment threads under posts, on the index by account and context, so a month of a calendar costs one
 * query however many posts it shows; the threads themselves come from {@link PostCommentThreads}.
 */
@Component
class PostCommentCounts implements PostComments {

	/** A PostgreSQL statement takes at most 32,767 parameters; two per post, with room to spare. */
	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;

	private final PostCommentThreads threads;

	PostCommentCounts(JdbcClient jdbc, PostCommentThreads threads) {
		this.jdbc = jdbc;
		this.threads = threads;
	}

	@Override
	public List<CommentThread> threads(PlatformPost post) {
		return threads.of(post);
	}

	@Override
	public Map<PlatformPost, CommentCount> counts(Collection<PlatformPost> posts) {
		Map<PlatformPost, CommentCount> counts = new HashMap<>();
		Set<PlatformPost> wanted = new HashSet<>(posts);
		List<PlatformPost> all = List.copyOf(wanted);
		for (int from = 0; from < all.size(); from += CHUNK) {
			List<PlatformPost> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
			jdbc.sql("""
					select c.account_id, c.context_external_id, count(distinct c.id) conversations,
					    count(m.id) comments
					from inbox_conversation c
					left join inbox_message m on m.conversation_id = c.id and m.direction = 'IN'
					where c.account_id in (:accounts) and c.context_external_id in (:contexts)
					group by c.account_id, c.context_external_id
					""")
				.param("accounts", chunk.stream().map(PlatformPost::accountId).distinct().toList())
				.param("contexts", chunk.stream().map(PlatformPost::externalId).distinct().toList())
				.query((rs, n) -> {
					PlatformPost post = new PlatformPost(rs.getLong("account_id"), rs.getString("context_external_id"));
					if (wanted.contains(post)) {
						counts.put(post, new CommentCount(rs.getInt("conversations"), rs.getInt("comments")));
					}
					return post;
				})
				.list();
		}
		return counts;
	}

}
