package no.samtale.inbox.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.identity.CurrentUser;
import no.samtale.identity.Users;
import no.samtale.platform.AfterCommit;
import no.samtale.platform.ClusterSignals;
import no.samtale.platform.ExpiringCache;
import no.samtale.search.IndexableDocument;
import no.samtale.search.SearchFeed;
import no.samtale.search.SearchIndex;
import no.samtale.search.SearchSource;
import no.samtale.search.SpaceReaders;
import no.samtale.teams.Team;
import no.samtale.teams.Teams;

/**
 * Puts a team's canned answers into the one search (source CANNED): the title as the question, the text as the
 * answer, the team as the "space", read only by the team's advisors (and admins), like its conversations. The
 * placeholders ({navn} …) stay as written; they are filled only where an answer is used.
 */
@Component
class CannedSearchFeed implements SearchFeed, SpaceReaders {

	private final JdbcClient jdbc;

	private final SearchIndex index;

	private final InboxAccess access;

	private final Teams teams;

	private final ExpiringCache<Long, Set<Long>> readable = new ExpiringCache<>(Duration.ofSeconds(5), 50_000);

	CannedSearchFeed(JdbcClient jdbc, SearchIndex index, InboxAccess access, Teams teams, ClusterSignals signals) {
		this.jdbc = jdbc;
		this.index = index;
		this.access = access;
		this.teams = teams;
		signals.on(Teams.MEMBERS_CHANGED, team -> readable.clear());
		signals.on(Users.CHANGED, user -> readable.evict(Long.valueOf(user)));
	}

	@Override
	public SearchSource source() {
		return SearchSource.CANNED;
	}

	@Override
	public Set<Long> readableSpaceIds(CurrentUser user) {
		return readable.get(user.id(), id -> Set.copyOf(access.teamsOf(user)));
	}

	@Override
	public String spaceName(long teamId) {
		return teams.find(teamId).map(Team::name).orElse(null);
	}

	/** Reindexes one answer once the writing transaction has committed (at once when there is none). */
	void changed(long id) {
		Runnable reindex = () -> documents("where id = :id", id).stream().findFirst()
			.ifPresentOrElse(index::put, () -> index.remove(SearchSource.CANNED, id));
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
