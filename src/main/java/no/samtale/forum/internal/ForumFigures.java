package no.samtale.forum.internal;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.MonthFigures;
import no.samtale.dialogue.Spaces;

/**
 * A topic's or group's month in figures, with how contributions are spread over its population (the 90-9-1
 * pattern: most read, a few write now and then, a handful write most). The population of a group is its members
 * and staff; an open topic has no member list, so it is everyone who read or wrote in it that month.
 */
@Component
class ForumFigures {

	/** Ten or more posts in a month makes a "creator" in the 90-9-1 sense. */
	static final int CREATOR_POSTS = 10;

	private final Spaces spaces;

	private final JdbcClient jdbc;

	ForumFigures(Spaces spaces, JdbcClient jdbc) {
		this.spaces = spaces;
		this.jdbc = jdbc;
	}

	record Spread(double creators, double contributors, double lurkers) {
	}

	record Figures(String month, long discussions, long messages, long views, long uniqueReaders,
			long uniqueContributors, long population, Spread contributionSpread) {
	}

	Figures of(ForumSpace space, YearMonth month) {
		MonthFigures m = spaces.figures(space.id(), month);
		Set<Long> population = new HashSet<>();
		if (space.isTopic()) {
			population.addAll(m.readers());
			population.addAll(m.postsByAuthor().keySet());
		}
		else {
			population.addAll(jdbc.sql("select distinct user_id from forum_space_role where space_id = :space")
				.param("space", space.id())
				.query(Long.class)
				.list());
		}
		return new Figures(month.toString(), m.discussions(), m.messages(), m.views(), m.readers().size(),
				m.postsByAuthor().size(), population.size(), spread(population, m.postsByAuthor()));
	}

	static Spread spread(Set<Long> population, Map<Long, Integer> postsByAuthor) {
		if (population.isEmpty()) {
			return new Spread(0, 0, 0);
		}
		long creators = population.stream().filter(id -> postsByAuthor.getOrDefault(id, 0) >= CREATOR_POSTS).count();
		long contributors = population.stream().filter(id -> {
			int posts = postsByAuthor.getOrDefault(id, 0);
			return posts > 0 && posts < CREATOR_POSTS;
		}).count();
		double total = population.size();
		return new Spread(creators / total, contributors / total, (total - creators - contributors) / total);
	}

}
