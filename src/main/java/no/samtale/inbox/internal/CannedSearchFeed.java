package no.samtale.inbox.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.AfterCommit;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;

/**
 * Puts a team's canned answers into the one search (source CANNED): the title as the question, the text as the
 * answer, the team as the "space", read only by the team's advisors (and admins), like its conversations. The
 * placeholders ({navn} …) stay as written; they are filled only where an answer is used.
 */
@Component
class CannedSearchFeed implements SearchFeed, SpaceReaders {

	private final JdbcClient jdbc;

	private final SearchIndex index;

	private final SearchableTeams searchable;

	CannedSearchFeed(JdbcClient jdbc, SearchIndex index, SearchableTeams searchable) {
		this.jdbc = jdbc;
		this.index = index;
		this.searchable = searchable;
	}

	@Override
	public SearchSource source() {
		return SearchSource.CANNED;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return searchable.readableBy(user);
	}

	@Override
	public String spaceName(long teamId) {
		return searchable.name(teamId);
	}

	/** Reindexes one answer once the writing transaction has committed (at once when there is none). */
	void changed(long id) {
		Runnable reindex = () -> index.reindex(SearchSource.CANNED, id,
				() -> documents("where id = :id", id).stream().findFirst());
		AfterCommit.run(reindex);
	}

	@Override
	public long feed(Consumer<IndexableDocument> sink) {
		List<IndexableDocument> all = documents("order by id", null);
		all.forEach(sink);
		return all.size();
	}

	private List<IndexableDocument> documents(String where, Long id) {
		var sql = jdbc.sql("select id, team_id, title, body, updated_at from inbox_canned_answer " + where);
		if (id != null) {
			sql = sql.param("id", id);
		}
		return sql.query((rs, n) -> new IndexableDocument(SearchSource.CANNED, rs.getLong("id"), rs.getLong("team_id"),
				"CANNED", rs.getString("title"), "", rs.getString("body"), null, false,
				rs.getTimestamp("updated_at") == null ? Instant.EPOCH : rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

}
