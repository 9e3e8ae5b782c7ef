package no.samtale.forum.internal;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.forum.ForumExperts;

/** Answers {@link ForumExperts} from the topic's staff roles. */
@Component
class TopicExperts implements ForumExperts {

	private final JdbcClient jdbc;

	TopicExperts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> expertsOf(long spaceId) {
		return new TreeSet<>(jdbc.sql("select user_id from forum_space_role where space_id = :space and role = :role")
			.param("space", spaceId)
			.param("role", SpaceRole.EXPERT.name())
			.query(Long.class)
			.list());
	}

}
