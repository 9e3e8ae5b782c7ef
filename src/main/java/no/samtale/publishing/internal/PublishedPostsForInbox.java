package no.samtale.publishing.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.inbox.PlatformPost;
import no.samtale.inbox.PublishedPosts;

/**
 * Tells the inbox which of the platform's posts are Samtale's own, so a comment thread links back to its post and the
 * inbox can be filtered by post. A post Meta has scheduled already has its id, but no comment can come before it is
 * published, so the id alone is enough.
 */
@Component
class PublishedPostsForInbox implements PublishedPosts {

	private final JdbcClient jdbc;

	PublishedPostsForInbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<PlatformPost> onPlatform(long postId) {
		return jdbc.sql("select account_id, external_id from publishing_post where id = :id and external_id is not null")
			.param("id", postId)
			.query((rs, n) -> new PlatformPost(rs.getLong("account_id"), rs.getString("external_id")))
			.optional();
	}

	@Override
	public Optional<Long> postId(PlatformPost post) {
		return jdbc.sql("""
				select id from publishing_post where account_id = :account and external_id = :external
				order by id fetch first 1 rows only
				""")
			.param("account", post.accountId())
			.param("external", post.externalId())
			.query(Long.class)
			.optional();
	}

}
