package no.samtale.publishing.internal.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import no.samtale.platform.NotFoundException;

/** The blogs and their posts, in SQL one can read. */
@Repository
class BlogStore {

	private final JdbcClient jdbc;

	BlogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insertBlog(long teamId, Long accountId, String slug, String title, String description, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_blog (team_id, account_id, slug, title, description, created_at)
				values (:team, :account, :slug, :title, :description, :now)
				""")
			.param("team", teamId).param("account", accountId).param("slug", slug).param("title", title)
			.param("description", description).param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	Optional<Blog> blog(long id) {
		return jdbc.sql("select * from publishing_blog where id = :id").param("id", id).query(BlogStore::blogRow)
			.optional();
	}

	Optional<Blog> blogBySlug(String slug) {
		return jdbc.sql("select * from publishing_blog where slug = :slug").param("slug", slug)
			.query(BlogStore::blogRow).optional();
	}

	Optional<Blog> blogOfAccount(long accountId) {
		return jdbc.sql("select * from publishing_blog where account_id = :account").param("account", accountId)
			.query(BlogStore::blogRow).optional();
	}

	/** Every blog, for the public index at /blogg: each blog's own page is public already. */
	List<Blog> allBlogs() {
		return jdbc.sql("select * from publishing_blog order by title").query(BlogStore::blogRow).list();
	}

	List<Blog> blogsOf(Collection<Long> teamIds) {
		if (teamIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from publishing_blog where team_id in (:teams) order by title")
			.param("teams", teamIds).query(BlogStore::blogRow).list();
	}

	long insertPost(long blogId, BlogPostDraft draft, String slug, long authorId, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into publishing_blog_post (blog_id, slug, title, summary, body, expert_name, expert_title,
				    author_id, status, publish_at, created_at, updated_at)
				values (:blog, :slug, :title, :summary, :body, :expert, :expertTitle, :author, 'DRAFT', :publishAt,
				    :now, :now)
				""")
			.param("blog", blogId).param("slug", slug).param("title", draft.title())
			.param("summary", draft.summary()).param("body", draft.body()).param("expert", draft.expertName())
			.param("expertTitle", draft.expertTitle()).param("author", authorId)
			.param("publishAt", timestamp(draft.publishAt())).param("now", Timestamp.from(now))
			.update(key, "id");
		return key.getKey().longValue();
	}

	void rewrite(long id, BlogPostDraft draft, String slug, long authorId, Instant now) {
		jdbc.sql("""
				update publishing_blog_post set slug = :slug, title = :title, summary = :summary, body = :body,
				    expert_name = :expert, expert_title = :expertTitle, author_id = :author, publish_at = :publishAt,
				    updated_at = :now
				where id = :id
				""")
			.param("slug", slug).param("title", draft.title()).param("summary", draft.summary())
			.param("body", draft.body()).param("expert", draft.expertName()).param("expertTitle", draft.expertTitle())
			.param("author", authorId).param("publishAt", timestamp(draft.publishAt()))
			.param("now", Timestamp.from(now)).param("id", id)
			.update();
	}

	void status(long id, BlogPostStatus status, Instant now) {
		jdbc.sql("update publishing_blog_post set status = :status, updated_at = :now where id = :id")
			.param("status", status.name()).param("now", Timestamp.from(now)).param("id", id).update();
	}

	void submitted(long id, long approvalId, Instant now) {
		jdbc.sql("""
				update publishing_blog_post set status = 'AWAITING_APPROVAL', approval_id = :approval,
				    approver_id = null, rejection_comment = null, updated_at = :now
				where id = :id
				""").param("approval", approvalId).param("now", Timestamp.from(now)).param("id", id).update();
	}

	void published(long id, long approverId, Instant publishedAt, Instant now) {
		jdbc.sql("""
				update publishing_blog_post set status = 'PUBLISHED', approver_id = :approver,
				    published_at = :publishedAt, updated_at = :now
				where id = :id
				""").param("approver", approverId).param("publishedAt", Timestamp.from(publishedAt))
			.param("now", Timestamp.from(now)).param("id", id).update();
	}

	void rejected(long id, long approverId, String comment, Instant now) {
		jdbc.sql("""
				update publishing_blog_post set status = 'REJECTED', approver_id = :approver,
				    rejection_comment = :comment, updated_at = :now
				where id = :id
				""").param("approver", approverId).param("comment", comment).param("now", Timestamp.from(now))
			.param("id", id).update();
	}

	BlogPost post(long id) {
		return jdbc.sql("select * from publishing_blog_post where id = :id").param("id", id)
			.query(BlogStore::postRow).optional().orElseThrow(() -> new NotFoundException("Blog post", id));
	}

	/** The post, its row locked until the transaction ends, so two decisions on it never interleave. */
	BlogPost locked(long id) {
		return jdbc.sql("select * from publishing_blog_post where id = :id for update").param("id", id)
			.query(BlogStore::postRow).optional().orElseThrow(() -> new NotFoundException("Blog post", id));
	}

	Optional<BlogPost> postBySlug(long blogId, String slug) {
		return jdbc.sql("select * from publishing_blog_post where blog_id = :blog and slug = :slug")
			.param("blog", blogId).param("slug", slug).query(BlogStore::postRow).optional();
	}

	boolean slugTaken(long blogId, String slug, long exceptId) {
		return jdbc.sql("select count(*) from publishing_blog_post where blog_id = :blog and slug = :slug and id <> :id")
			.param("blog", blogId).param("slug", slug).param("id", exceptId).query(Long.class).single() > 0;
	}

	/** Every post of the blog, newest change first: the editors' list. */
	List<BlogPost> posts(long blogId) {
		return jdbc.sql("select * from publishing_blog_post where blog_id = :blog order by updated_at desc, id desc")
			.param("blog", blogId).query(BlogStore::postRow).list();
	}

	/** What readers see, newest first. */
	List<BlogPost> published(long blogId, Instant now, int limit) {
		return jdbc.sql("""
				select * from publishing_blog_post
				where blog_id = :blog and status = 'PUBLISHED' and published_at <= :now
				order by published_at desc, id desc
				limit :limit
				""").param("blog", blogId).param("now", Timestamp.from(now)).param("limit", limit)
			.query(BlogStore::postRow).list();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Blog blogRow(ResultSet rs, int n) throws SQLException {
		return new Blog(rs.getLong("id"), rs.getLong("team_id"), nullableLong(rs, "account_id"), rs.getString("slug"),
				rs.getString("title"), rs.getString("description"), instant(rs, "created_at"));
	}

	private static BlogPost postRow(ResultSet rs, int n) throws SQLException {
		return new BlogPost(rs.getLong("id"), rs.getLong("blog_id"), rs.getString("slug"), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getString("expert_name"),
				rs.getString("expert_title"), rs.getLong("author_id"), BlogPostStatus.valueOf(rs.getString("status")),
				nullableLong(rs, "approval_id"), nullableLong(rs, "approver_id"), rs.getString("rejection_comment"),
				instant(rs, "publish_at"), instant(rs, "published_at"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

}
