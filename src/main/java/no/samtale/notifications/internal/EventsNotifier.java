package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.events.IdeaEscalationAnswered;
import no.samtale.events.IdeaMerged;
import no.samtale.events.HearingInvited;
import no.samtale.events.HearingPublished;
import no.samtale.events.HearingReminderDue;
import no.samtale.events.IdeaStatusChanged;

/**
 * Tells people about the events module's idea box and hearings: followers of an idea when its status changes, the
 * voters and followers of an idea merged into another (their votes followed it there), the responsible person of a
 * unit invited to a hearing (when it is sent, or the unit is added or handed to them), of a unit that has not
 * answered a hearing close to its deadline, and the invited units' responsible people when the
 * final summary is published, and followers of an idea lifted to a directorate department when the department
 * answers. Never the person who acted.
 */
@Component
class EventsNotifier {

	private final NotificationStore store;

	EventsNotifier(NotificationStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(IdeaStatusChanged changed) {
		store.deliver(Recipients.everyoneButTheActor(changed.followers(), changed.changedBy()),
				NewNotification.aboutIdea(NotificationKind.IDEA_STATUS_CHANGED,
						"IdeaStatusChanged:" + changed.ideaId() + ":" + changed.at().toEpochMilli(), changed.title(),
						changed.ideaId(), changed.at()));
	}

	/** Leads to the idea it went into, where the votes now are; the subject is the title the voters backed. */
	@ApplicationModuleListener
	void on(IdeaMerged merged) {
		store.deliver(Recipients.everyoneButTheActor(merged.told(), merged.mergedBy()),
				NewNotification.aboutIdea(NotificationKind.IDEA_MERGED, "IdeaMerged:" + merged.ideaId(), merged.title(),
						merged.intoId(), merged.at()));
	}

	/**
	 * Keyed by the answer's forum post, as the forum's own notifications of it are: a follower who also hears of it
	 * from the forum (the moderator who raised it, the discussion's asker or followers) is told once, and a plain
	 * "new post" that got there first becomes the department's answer.
	 */
	@ApplicationModuleListener
	void on(IdeaEscalationAnswered answered) {
		String key = "MessagePosted:" + answered.answerMessageId();
		List<Long> told = Recipients.everyoneButTheActor(answered.followers(), answered.answeredBy());
		store.deliver(told, NewNotification.aboutIdea(NotificationKind.IDEA_ESCALATION_ANSWERED, key, answered.title(),
				answered.ideaId(), answered.at()));
		told.forEach(person -> store.promote(person, key, NotificationKind.NEW_MESSAGE,
				NotificationKind.ESCALATION_ANSWERED));
	}

	/** Once per hearing, unit and responsible person: a unit handed back to someone tells them nothing new. */
	@ApplicationModuleListener
	void on(HearingInvited invited) {
		store.deliver(Recipients.everyoneButTheActor(List.of(invited.responsibleId()), invited.invitedBy()),
				NewNotification.aboutHearing(NotificationKind.HEARING_INVITED,
						"HearingInvited:" + invited.hearingId() + ":" + invited.unitId() + ":" + invited.responsibleId(),
						invited.title(), invited.hearingId(), invited.at()));
	}

	@ApplicationModuleListener
	void on(HearingReminderDue due) {
		store.deliver(List.of(due.responsibleId()),
				NewNotification.aboutHearing(NotificationKind.HEARING_REMINDER,
						"HearingReminderDue:" + due.hearingId() + ":" + due.unitId() + ":" + due.reminder(), due.title(),
						due.hearingId(), Instant.now()));
	}

	@ApplicationModuleListener
	void on(HearingPublished published) {
		store.deliver(Recipients.everyoneButTheActor(published.invited(), published.publishedBy()),
				NewNotification.aboutHearing(NotificationKind.HEARING_PUBLISHED, "HearingPublished:" + published.hearingId(),
						published.title(), published.hearingId(), published.at()));
	}

}
