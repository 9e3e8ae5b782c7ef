package no.samtale.events.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.HearingFinalSummaries;
import no.samtale.events.HearingFinalSummary;

/** The final summaries kept by {@link HearingPublishing} when it published them. */
@Component
class PublishedHearingSummaries implements HearingFinalSummaries {

	private final JdbcClient jdbc;

	PublishedHearingSummaries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<HearingFinalSummary> finalSummary(long hearingId) {
		return jdbc.sql("""
				select id, title, created_by, created_at, deadline, published_by, published_at, published_discussion_id,
				       published_summary
				from events_hearing where id = :h and published_summary is not null
				""")
			.param("h", hearingId)
			.query((rs, n) -> new HearingFinalSummary(rs.getLong("id"), rs.getString("title"), rs.getLong("created_by"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
					rs.getLong("published_by"), rs.getTimestamp("published_at").toInstant(),
					rs.getLong("published_discussion_id"), rs.getString("published_summary")))
			.optional();
	}

}
