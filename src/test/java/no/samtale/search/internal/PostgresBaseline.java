package no.samtale.search.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL's own full-text search with the {@code norwegian} configuration and {@code ts_rank}, the baseline
 * DESIGN.md names. {@code plainto_tsquery} and {@code websearch_to_tsquery} AND every word, which a paraphrase
 * rarely satisfies, so the fair comparison ORs the question's lexemes; the AND form is reported too.
 */
final class PostgresBaseline {

	private final JdbcClient jdbc;

	private final EvaluationSet set;

	PostgresBaseline(JdbcClient jdbc, EvaluationSet set) {
		this.jdbc = jdbc;
		this.set = set;
	}

	Recall orQuery() {
		return run("PostgreSQL norwegian, lexemes OR-ed, ts_rank", """
				with q as (
				  select to_tsquery('simple', coalesce(string_agg(quote_literal(lexeme), ' | '), '')) as query
				  from unnest(to_tsvector('norwegian', :q)))
				select e.id from search_eval_doc e, q where e.doc @@ q.query
				order by ts_rank(e.doc, q.query) desc, e.id limit 10
				""");
	}

	Recall websearchQuery() {
		return run("PostgreSQL norwegian, websearch_to_tsquery (AND), ts_rank", """
				select id from search_eval_doc where doc @@ websearch_to_tsquery('norwegian', :q)
				order by ts_rank(doc, websearch_to_tsquery('norwegian', :q)) desc, id limit 10
				""");
	}

	private Recall run(String name, String sql) {
		jdbc.sql("drop table if exists search_eval_doc").update();
		jdbc.sql("create table search_eval_doc (id bigint primary key, doc tsvector not null)").update();
		try {
			for (EvaluationSet.Discussion d : set.discussions()) {
				jdbc.sql("insert into search_eval_doc (id, doc) values (:id, to_tsvector('norwegian', :body))")
					.param("id", d.id())
					.param("body", d.text())
					.update();
			}
			return Recall.of(name, set, question -> {
				List<Long> ids = jdbc.sql(sql).param("q", question).query(Long.class).list();
				return ids;
			});
		}
		finally {
			jdbc.sql("drop table search_eval_doc").update();
		}
	}

}
