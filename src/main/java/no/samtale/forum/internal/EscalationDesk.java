package no.samtale.forum.internal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.forum.internal.ForumQueries.EscalationFilter;
import no.samtale.forum.internal.ForumViews.EscalationView;
import no.samtale.identity.CurrentUser;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageResponse;

/**
 * The department's use cases on an escalation, each one transaction that returns the escalation as it now stands.
 * One the caller may not see answers 404, so its existence does not leak; {@link Escalations} keeps the rules.
 */
@Service
class EscalationDesk {

	private final Escalations escalations;

	private final ForumReading reading;

	EscalationDesk(Escalations escalations, ForumReading reading) {
		this.escalations = escalations;
		this.reading = reading;
	}

	@Transactional(readOnly = true)
	PageResponse<EscalationView> queue(EscalationFilter filter, CurrentUser user) {
		return escalations.queue(user, filter.departmentId(), filter.state(), filter.paging()).map(reading::escalation);
	}

	@Transactional(readOnly = true)
	EscalationView show(long id, CurrentUser user) {
		return reading.escalation(visible(id, user));
	}

	@Transactional
	EscalationView acknowledge(long id, CurrentUser user) {
		visible(id, user);
		escalations.acknowledge(id, user);
		return reading.escalation(escalations.get(id));
	}

	/** The answer goes into the discussion as a public message, in the same transaction. */
	@Transactional
	EscalationView answer(long id, String answer, CurrentUser user) {
		visible(id, user);
		escalations.answer(id, user, answer);
		return reading.escalation(escalations.get(id));
	}

	@Transactional
	EscalationView close(long id, CurrentUser user) {
		visible(id, user);
		escalations.close(id, user);
		return reading.escalation(escalations.get(id));
	}

	private Escalation visible(long id, CurrentUser user) {
		Escalation escalation = escalations.get(id);
		if (!escalations.canSee(escalation, user)) {
			throw new NotFoundException("Escalation", id);
		}
		return escalation;
	}

}
