package no.samtale.events.internal;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.events.IdeaEscalationAnswered;
import no.samtale.forum.EscalationAnswered;

/**
 * Hears the forum's {@link EscalationAnswered} and, when the escalation was an idea's, tells the idea box: the
 * idea's followers learn that the department answered (through the notifications module, which hears
 * {@link IdeaEscalationAnswered}). The forum itself tells only the moderator who raised it and the discussion's
 * asker; the idea's followers do not follow the forum discussion. Escalations of ordinary forum questions are left
 * alone.
 */
@Component
class IdeaEscalationAnswers {

	private final JdbcClient jdbc;

	private final IdeaRows rows;

	private final IdeaFollowers followers;

	private final ApplicationEventPublisher events;

	IdeaEscalationAnswers(JdbcClient jdbc, IdeaRows rows, IdeaFollowers followers, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.followers = followers;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(EscalationAnswered answered) {
		List<Long> ideas = jdbc.sql("select distinct idea_id from events_idea_escalation where escalation_id = :escalation")
			.param("escalation", answered.escalationId())
			.query(Long.class)
			.list();
		for (long ideaId : ideas) {
			IdeaRows.IdeaRow idea = rows.get(ideaId);
			events.publishEvent(new IdeaEscalationAnswered(ideaId, idea.title(), answered.escalationId(),
					answered.messageId(), answered.answeredBy(), followers.of(ideaId), answered.at()));
		}
	}

}
