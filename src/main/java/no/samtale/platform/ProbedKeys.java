package no.samtale.platform;

import java.util.Collection;
import java.util.List;

/**
 * Many keys as the rows of a {@code values} list, for a statement that looks each one up through a unique index:
 * <pre>
 * select v.key, (select t.id from t where t.account_id = :account and t.external_id = v.key)
 * from (values :keys) v(key)
 * </pre>
 * with {@code .param("keys", ProbedKeys.of(keys))}. A scalar subquery is never turned into a join, so PostgreSQL
 * probes the index once per key whatever its statistics say. The same lookup written {@code external_id in (:keys)}
 * was planned, on a table that had grown faster than it was analysed (a burst into a new table, or autovacuum
 * off, as on the project's CI machines), as a scan of every row of the account, each tested against the list one
 * element at a time: 1.3 s for 500 keys among 42,000 rows, where the probes take 3 ms. H2 runs both alike.
 * <p>
 * An update or delete of rows by primary key takes the keys as one array instead, {@code where id = any(:ids)}
 * with {@code .param("ids", ProbedKeys.array(ids))}: the array is an index condition on the key, whatever the
 * statistics say. Not {@code where id in (select v.id from (values :ids) v(id))}: that is a semi-join, and on a
 * queue whose waiting rows the statistics put at one (they come and go between two analyses) PostgreSQL ran it
 * as a loop over every waiting row, each compared with all the keys: 0.7 s for 500 keys among 3,600 waiting rows
 * during a burst of webhook deliveries, slower the further the queue fell behind.
 */
public final class ProbedKeys {

	private ProbedKeys() {
	}

	/** The keys as one-column rows, which Spring expands to {@code (?), (?), …}. */
	public static List<Object[]> of(Collection<?> keys) {
		return keys.stream().map(key -> new Object[] { key }).toList();
	}

	/** The keys as one SQL array parameter, for {@code = any(:keys)}; Spring passes an array as one value. */
	public static Long[] array(Collection<Long> keys) {
		return keys.toArray(Long[]::new);
	}

}
