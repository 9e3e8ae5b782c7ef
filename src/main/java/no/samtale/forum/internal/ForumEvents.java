package no.samtale.forum.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a forum event from code that runs outside a transaction (a controller): a module listener only hears
 * events published in one, where the publication registry stores them. Inside a use case's transaction, publish
 * directly instead.
 */
@Component
class ForumEvents {

	private final ApplicationEventPublisher events;

	ForumEvents(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Transactional
	void publish(Object event) {
		events.publishEvent(event);
	}

}
