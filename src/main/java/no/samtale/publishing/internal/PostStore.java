package no.samtale.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import no.samtale.platform.NotFoundException;
import no.samtale.publishing.Post;
import no.samtale.publishing.PostDraft;
import no.samtale.publishing.PostStatus;

/** The rows of {@code publishing_post}. Each method runs in the caller's transaction. */
@Component
public class PostStore {

	private final JdbcClient jdbc;

	PostStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(PostDraft draft, long teamId, long authorId, Instant now) {
		return insert(draft, teamId, authorId, now, null);
	}

	/** As above, under an idempotency key that no other post has (the column is unique). */
	public long insert(PostDraft draft, long teamId, long authorId, Instant now, String idempotencyKey) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_post (account_id, team_id, author_id, text, publish_at, theme_id, campaign_id, link,
				    first_comment, status, version, created_at, updated_at, idempotency_key, image_id, video_link, video_id)
				values (:account, :team, :author, :text, :publishAt, :theme, :campaign, :link, :firstComment, 'DRAFT', 1,
				    :now, :now, :key, :image, :video, :videoId)
				""")
			.param("videoId", draft.videoId(), Types.BIGINT)
			.param("image", draft.imageId(), Types.BIGINT)
			.param("video", draft.videoLink(), Types.VARCHAR)
			.param("key", idempotencyKey, Types.VARCHAR)
			.param("account", draft.accountId())
			.param("team", teamId)
			.param("author", authorId)
			.param("text", draft.text())
			.param("publishAt", Timestamp.from(draft.publishAt()))
			.param("theme", draft.themeId(), Types.BIGINT)
			.param("campaign", draft.campaignId(), Types.BIGINT)
			.param("link", draft.link(), Types.VARCHAR)
			.param("firstComment", draft.firstComment(), Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Rewrites what the editor wrote; the account stays. */
	public void rewrite(long id, PostDraft draft, Instant now) {
		jdbc.sql("""
				update publishing_post set text = :text, publish_at = :publishAt, theme_id = :theme, campaign_id = :campaign,
				    link = :link, first_comment = :firstComment, image_id = :image, video_link = :video, video_id = :videoId,
				    updated_at = :now
				where id = :id
				""")
			.param("videoId", draft.videoId(), Types.BIGINT)
			.param("image", draft.imageId(), Types.BIGINT)
			.param("video", draft.videoLink(), Types.VARCHAR)
			.param("text", draft.text())
			.param("publishAt", Timestamp.from(draft.publishAt()))
			.param("theme", draft.themeId(), Types.BIGINT)
			.param("campaign", draft.campaignId(), Types.BIGINT)
			.param("link", draft.link(), Types.VARCHAR)
			.param("firstComment", draft.firstComment(), Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void status(long id, PostStatus status, Instant now) {
		jdbc.sql("update publishing_post set status = :status, updated_at = :now where id = :id")
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void submitted(long id, long approvalId, int version, Instant now) {
		jdbc.sql("""
				update publishing_post set status = 'AWAITING_APPROVAL', approval_id = :approval, version = :version,
				    rejection_comment = null, outbox_id = null, external_id = null, last_error = null, updated_at = :now
				where id = :id
				""")
			.param("approval", approvalId)
			.param("version", version)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void rejected(long id, String comment, Instant now) {
		jdbc.sql("update publishing_post set status = 'REJECTED', rejection_comment = :comment, updated_at = :now where id = :id")
			.param("comment", comment)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public void handedToOutbox(long id, long outboxId) {
		jdbc.sql("update publishing_post set outbox_id = :outbox where id = :id")
			.param("outbox", outboxId)
			.param("id", id)
			.update();
	}

	/** The platform took the post (or will publish it itself): its id is kept at once. */
	public void platformHas(long id, String externalId, Instant now) {
		jdbc.sql("update publishing_post set external_id = :external, last_error = null, updated_at = :now where id = :id")
			.param("external", externalId, Types.VARCHAR)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	public boolean published(long id, Instant now) {
		return jdbc.sql("""
				update publishing_post set status = 'PUBLISHED', published_at = :now, last_error = null, updated_at = :now
				where id = :id and status = 'SCHEDULED'
				""")
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update() > 0;
	}

	public void failed(long id, String error, Instant now) {
		jdbc.sql("""
				update publishing_post set status = 'FAILED', last_error = :error, updated_at = :now
				where id = :id and status = 'SCHEDULED'
				""")
			.param("error", error)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	/** Demo data only: a post that went out before the demo started. */
	void demoPublished(long id, String externalId, Instant publishedAt) {
		jdbc.sql("""
				update publishing_post set status = 'PUBLISHED', external_id = :external, published_at = :at, version = 1
				where id = :id
				""")
			.param("external", externalId)
			.param("at", Timestamp.from(publishedAt))
			.param("id", id)
			.update();
	}

	public Post get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Post", id));
	}

	public Optional<Post> find(long id) {
		return jdbc.sql("select * from publishing_post where id = :id").param("id", id).query(PostStore::row).optional();
	}

	public Post locked(long id) {
		return jdbc.sql("select * from publishing_post where id = :id for update")
			.param("id", id)
			.query(PostStore::row)
			.optional()
			.orElseThrow(() -> new NotFoundException("Post", id));
	}

	public Optional<Long> byKey(String idempotencyKey) {
		return jdbc.sql("select id from publishing_post where idempotency_key = :key")
			.param("key", idempotencyKey)
			.query(Long.class)
			.optional();
	}

	/** The posts of one account, by time. */
	public List<Post> of(long accountId) {
		return jdbc.sql("select * from publishing_post where account_id = :account order by publish_at, id")
			.param("account", accountId)
			.query(PostStore::row)
			.list();
	}

	/** Approved posts whose time has come and whose outbox entry the platform holds: the sweep checks them. */
	public List<Post> dueWithOutbox(Instant now) {
		return jdbc.sql("""
				select * from publishing_post where status = 'SCHEDULED' and outbox_id is not null and publish_at <= :now
				order by publish_at, id fetch first 500 rows only
				""")
			.param("now", Timestamp.from(now))
			.query(PostStore::row)
			.list();
	}

	public Optional<Post> byOutbox(long outboxId) {
		return jdbc.sql("select * from publishing_post where outbox_id = :outbox")
			.param("outbox", outboxId)
			.query(PostStore::row)
			.optional();
	}

	/** The posts of these accounts due in [from, to), by time. */
	public List<Post> between(Collection<Long> accountIds, Instant from, Instant to) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from publishing_post where account_id in (:accounts) and publish_at >= :from and publish_at < :to
				order by publish_at, id
				""")
			.param("accounts", accountIds)
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query(PostStore::row)
			.list();
	}

	/** A campaign's posts (cancelled ones too: the page says so), in time order. */
	public List<Post> ofCampaign(long campaignId) {
		return jdbc.sql("select * from publishing_post where campaign_id = :campaign order by publish_at, id")
			.param("campaign", campaignId)
			.query(PostStore::row)
			.list();
	}

	/** The posts of these teams in one status, oldest first. */
	public List<Post> inStatus(Collection<Long> teamIds, PostStatus status) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from publishing_post where team_id in (:teams) and status = :status order by publish_at, id")
			.param("teams", teamIds)
			.param("status", status.name())
			.query(PostStore::row)
			.list();
	}

	static Post row(ResultSet rs, int n) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		return new Post(rs.getLong("id"), rs.getLong("account_id"), rs.getLong("team_id"), rs.getLong("author_id"),
				rs.getString("text"), rs.getTimestamp("publish_at").toInstant(), rs.getObject("theme_id", Long.class),
				rs.getObject("campaign_id", Long.class), rs.getString("link"), rs.getString("first_comment"),
				PostStatus.valueOf(rs.getString("status")), rs.getInt("version"), rs.getObject("approval_id", Long.class),
				rs.getObject("outbox_id", Long.class), rs.getString("external_id"), rs.getString("last_error"),
				rs.getString("rejection_comment"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), published == null ? null : published.toInstant(),
				rs.getObject("image_id", Long.class), rs.getString("video_link"), rs.getObject("video_id", Long.class));
	}

}
