package no.samtale.search.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.NotFoundException;

/**
 * The synonym groups admins edit, and the query analyzer built from them. The analyzer is rebuilt after a local
 * change at once and re-read every {@link #STALE_AFTER} otherwise, so other nodes follow within seconds.
 */
@Service
class Synonyms {

	static final Duration STALE_AFTER = Duration.ofSeconds(15);

	static final int MAX_LENGTH = 1000;

	/** Letters (any language), digits, spaces, hyphens and apostrophes: nothing the synonym syntax would read. */
	private static final Pattern TERM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '\\-]{0,99}");

	record Group(long id, List<String> words, Instant updatedAt) {
	}

	private record Loaded(Analyzer analyzer, Instant at) {
	}

	private final JdbcClient jdbc;

	private volatile Loaded loaded;

	Synonyms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Group> all() {
		return jdbc.sql("select id, words, updated_at from search_synonym order by lower(words), id")
			.query((rs, row) -> new Group(rs.getLong("id"), split(rs.getString("words")),
					rs.getTimestamp("updated_at").toInstant()))
			.list();
	}

	@Transactional
	Group add(List<String> words) {
		String joined = validate(words);
		Instant now = Instant.now();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("insert into search_synonym (words, updated_at) values (:words, :now)")
			.param("words", joined).param("now", Timestamp.from(now)).update(key, "id");
		loaded = null;
		return new Group(key.getKey().longValue(), split(joined), now);
	}

	@Transactional
	Group update(long id, List<String> words) {
		String joined = validate(words);
		Instant now = Instant.now();
		int changed = jdbc.sql("update search_synonym set words = :words, updated_at = :now where id = :id")
			.param("words", joined).param("now", Timestamp.from(now)).param("id", id).update();
		if (changed == 0) {
			throw new NotFoundException("Synonym group", id);
		}
		loaded = null;
		return new Group(id, split(joined), now);
	}

	@Transactional
	void delete(long id) {
		if (jdbc.sql("delete from search_synonym where id = :id").param("id", id).update() == 0) {
			throw new NotFoundException("Synonym group", id);
		}
		loaded = null;
	}

	/** The query analyzer with the current synonyms. */
	Analyzer queryAnalyzer() {
		Loaded current = loaded;
		if (current == null || current.at().plus(STALE_AFTER).isBefore(Instant.now())) {
			current = new Loaded(NorwegianAnalysis.query(map(all())), Instant.now());
			loaded = current;
		}
		return current.analyzer();
	}

	static SynonymMap map(List<Group> groups) {
		StringBuilder rules = new StringBuilder();
		for (Group group : groups) {
			rules.append(String.join(", ", group.words())).append('\n');
		}
		try (Analyzer entries = NorwegianAnalysis.synonymEntries()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
			parser.parse(new StringReader(rules.toString()));
			return parser.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ParseException e) {
			// Validation keeps the syntax out of stored groups, so this is a bug, not bad input.
			throw new IllegalStateException("Stored synonyms do not parse at line " + e.getErrorOffset(), e);
		}
	}

	private static String validate(List<String> words) {
		if (words == null) {
			throw new InvalidInputException("words", "Give at least two words or phrases");
		}
		Set<String> distinct = new LinkedHashSet<>();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i) == null ? "" : words.get(i).strip().toLowerCase().replaceAll("\\s+", " ");
			if (!TERM.matcher(word).matches()) {
				throw new InvalidInputException("words[" + i + "]",
						"Use letters, digits, spaces, hyphens or apostrophes, at most 100 characters");
			}
			distinct.add(word);
		}
		if (distinct.size() < 2) {
			throw new InvalidInputException("words", "Give at least two different words or phrases");
		}
		String joined = String.join(", ", distinct);
		if (joined.length() > MAX_LENGTH) {
			throw new InvalidInputException("words", "A group may hold at most " + MAX_LENGTH + " characters");
		}
		return joined;
	}

	private static List<String> split(String words) {
		List<String> list = new ArrayList<>();
		for (String word : words.split(",")) {
			if (!word.isBlank()) {
				list.add(word.strip());
			}
		}
		return list;
	}

}
