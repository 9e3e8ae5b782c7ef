package no.samtale.search.internal;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.identity.CurrentUser;
import no.samtale.search.SearchSource;

/**
 * Records that a suggestion was used: an advisor inserted it into a reply, or an employee opened it from the ask
 * form. Kept without personal data (no user, no text), as counts per document, which lift the document a little in
 * later rankings ({@link UseCounts}, {@link UsePrior}). Always 204 for a well-formed record, so it says nothing about
 * what exists; limited per caller (`samtale.rate-limits.suggestion-use`), and what any number of uses can lift is
 * bounded anyway.
 */
@RestController
class SuggestionUses {

	enum Context {
		INBOX_REPLY, FORUM_ASK
	}

	record SuggestionUse(@NotNull SearchSource source, @NotNull @Positive Long id, @NotNull Context context) {
	}

	private final JdbcClient jdbc;

	private final UseCounts counts;

	SuggestionUses(JdbcClient jdbc, UseCounts counts) {
		this.jdbc = jdbc;
		this.counts = counts;
	}

	@PostMapping("/api/v1/search/suggestion-uses")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void record(@Valid @RequestBody SuggestionUse use, CurrentUser user) {
		jdbc.sql("""
				insert into search_suggestion_use (source, document_id, context, used_at)
				values (:source, :id, :context, :at)
				""")
			.param("source", use.source().name())
			.param("id", use.id())
			.param("context", use.context().name())
			.param("at", Timestamp.from(Instant.now()))
			.update();
		counts.add(use.source(), use.id());
	}

	/** How often a document was used as a suggestion, as the database has it. */
	long count(SearchSource source, long id) {
		return jdbc.sql("select count(*) from search_suggestion_use where source = :source and document_id = :id")
			.param("source", source.name())
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
