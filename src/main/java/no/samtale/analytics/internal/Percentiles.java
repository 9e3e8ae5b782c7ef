package no.samtale.analytics.internal;

import java.util.List;

/** Percentiles by the nearest-rank method: always a time that was actually measured, never an interpolation. */
final class Percentiles {

	private Percentiles() {
	}

	/** The p-th percentile of {@code sorted} (ascending), or null for no values. */
	static Long nearestRank(List<Long> sorted, int p) {
		if (sorted.isEmpty()) {
			return null;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, rank - 1));
	}

}
