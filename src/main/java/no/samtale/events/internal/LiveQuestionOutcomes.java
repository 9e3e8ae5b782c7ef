package no.samtale.events.internal;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import no.samtale.events.NettpratQuestionSettled;
import no.samtale.events.NettpratQuestionSettled.Outcome;
import no.samtale.events.internal.LiveQuestionRows.QuestionRow;
import no.samtale.identity.CurrentUser;

/**
 * Tells the notifications module, through {@link NettpratQuestionSettled}, what became of a question, in the
 * transaction that did it. An anonymous question's asker is named only by the keyed hash the row already keeps, and
 * an asker who settled their own question (a moderator declining it, a leader answering it) is told nothing.
 */
@Component
class LiveQuestionOutcomes {

	private final JdbcClient jdbc;

	private final LiveEvents events;

	private final AskerKeys askerKeys;

	private final ApplicationEventPublisher publisher;

	LiveQuestionOutcomes(JdbcClient jdbc, LiveEvents events, AskerKeys askerKeys, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.events = events;
		this.askerKeys = askerKeys;
		this.publisher = publisher;
	}

	void declined(QuestionRow question, CurrentUser by) {
		settled(question, Outcome.DECLINED, by, Instant.now());
	}

	void merged(QuestionRow question, CurrentUser by) {
		settled(question, Outcome.MERGED, by, Instant.now());
	}

	/** The question and every question merged into it: their askers' questions were answered there. */
	void answered(QuestionRow question, CurrentUser by) {
		Instant now = Instant.now();
		settled(question, Outcome.ANSWERED, by, now);
		jdbc.sql("select * from events_question where merged_into = :id order by id")
			.param("id", question.id())
			.query(LiveQuestionRows::row)
			.list()
			.forEach(merged -> settled(merged, Outcome.ANSWERED, by, now));
	}

	private void settled(QuestionRow question, Outcome outcome, CurrentUser by, Instant at) {
		boolean anonymous = question.askerKey() != null;
		if (anonymous && question.askerKey().equals(askerKeys.of(question.eventId(), by.id()))) {
			return;
		}
		publisher.publishEvent(new NettpratQuestionSettled(question.eventId(), events.get(question.eventId()).title(),
				question.id(), outcome, question.askerId(), question.askerKey(), by.id(), at));
	}

}
