package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.events.NettpratCancelled;
import no.samtale.events.NettpratMoved;
import no.samtale.events.NettpratPeopleAdded;
import no.samtale.events.NettpratQuestionSettled;
import no.samtale.events.NettpratQuestionsDue;
import no.samtale.events.NettpratQuestionsOwned;

/**
 * Tells people about a nettprat: those named on it (when it is scheduled with them or they are added later) and when
 * it moves; those named on it and everyone who sent it a question when it is cancelled, with the reason; an asker what became of their question, an anonymous asker too, under the keyed hash that stands for
 * them ({@link NotificationStore#deliverSealed}); an owner of unanswered questions when given them and before they
 * are due. Each leads to the nettprat's page. Never the person who acted.
 */
@Component
class NettpratNotifier {

	private final NotificationStore store;

	NettpratNotifier(NotificationStore store) {
		this.store = store;
	}

	/** One notification per person and change, by the weightiest role the change gave them. */
	@ApplicationModuleListener
	void on(NettpratPeopleAdded added) {
		List<Long> told = new ArrayList<>();
		tell(added, added.leaderIds(), NotificationKind.NETTPRAT_LEADER_ADDED, told);
		tell(added, added.moderatorIds(), NotificationKind.NETTPRAT_MODERATOR_ADDED, told);
		tell(added, added.helperIds(), NotificationKind.NETTPRAT_HELPER_ADDED, told);
	}

	private void tell(NettpratPeopleAdded added, List<Long> people, NotificationKind kind, List<Long> told) {
		List<Long> untold = Recipients.everyoneButTheActor(people, added.addedBy())
			.stream()
			.filter(person -> !told.contains(person))
			.toList();
		told.addAll(untold);
		for (long person : untold) {
			// Keyed by the person and the change's time: a redelivered change tells nobody twice, a later one again.
			store.deliver(List.of(person), NewNotification.aboutNettprat(kind, "NettpratPeopleAdded:"
					+ added.nettpratId() + ":" + person + ":" + added.at().toEpochMilli(), added.title(),
					added.nettpratId(), added.at()));
		}
	}

	@ApplicationModuleListener
	void on(NettpratMoved moved) {
		store.deliver(Recipients.everyoneButTheActor(moved.people(), moved.movedBy()),
				NewNotification.aboutNettprat(NotificationKind.NETTPRAT_MOVED,
						"NettpratMoved:" + moved.nettpratId() + ":" + moved.at().toEpochMilli(), moved.title(),
						moved.nettpratId(), moved.at()));
	}

	/**
	 * Once per person (named on it, asking by name, or both) and once per anonymous asker's keyed hash, however
	 * many questions they sent. The reason goes with it as the notification's detail.
	 */
	@ApplicationModuleListener
	void on(NettpratCancelled cancelled) {
		NewNotification notification = NewNotification.aboutNettprat(NotificationKind.NETTPRAT_CANCELLED,
				"NettpratCancelled:" + cancelled.nettpratId(), cancelled.title(), cancelled.nettpratId(),
				cancelled.reason(), cancelled.at());
		store.deliver(Recipients.everyoneButTheActor(cancelled.people(), cancelled.cancelledBy()), notification);
		for (String key : new java.util.LinkedHashSet<>(cancelled.askerKeys())) {
			store.deliverSealed(key, notification);
		}
	}

	/** A question settles once per outcome; an anonymous asker is told under their keyed hash, never by name. */
	@ApplicationModuleListener
	void on(NettpratQuestionSettled settled) {
		NewNotification notification = NewNotification.aboutNettprat(kindOf(settled.outcome()),
				"NettpratQuestionSettled:" + settled.questionId() + ":" + settled.outcome(), settled.title(),
				settled.nettpratId(), settled.at());
		if (settled.askerKey() != null) {
			store.deliverSealed(settled.askerKey(), notification);
		}
		else if (settled.askerId() != null) {
			store.deliver(Recipients.everyoneButTheActor(List.of(settled.askerId()), settled.settledBy()), notification);
		}
	}

	static NotificationKind kindOf(NettpratQuestionSettled.Outcome outcome) {
		return switch (outcome) {
			case ANSWERED -> NotificationKind.NETTPRAT_QUESTION_ANSWERED;
			case DECLINED -> NotificationKind.NETTPRAT_QUESTION_DECLINED;
			case MERGED -> NotificationKind.NETTPRAT_QUESTION_MERGED;
		};
	}

	@ApplicationModuleListener
	void on(NettpratQuestionsOwned owned) {
		store.deliver(Recipients.everyoneButTheActor(List.of(owned.ownerId()), owned.assignedBy()),
				NewNotification.aboutNettprat(NotificationKind.NETTPRAT_QUESTIONS_OWNED,
						"NettpratQuestionsOwned:" + owned.nettpratId() + ":" + owned.ownerId() + ":"
								+ owned.at().toEpochMilli(),
						owned.title(), owned.nettpratId(), owned.at()));
	}

	/** Once per nettprat, owner and due date, however many of its questions they hold. */
	@ApplicationModuleListener
	void on(NettpratQuestionsDue due) {
		store.deliver(List.of(due.ownerId()),
				NewNotification.aboutNettprat(NotificationKind.NETTPRAT_QUESTIONS_DUE,
						"NettpratQuestionsDue:" + due.nettpratId() + ":" + due.ownerId() + ":" + due.dueOn(), due.title(),
						due.nettpratId(), Instant.now()));
	}

}
