package no.samtale.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.events.IdeaMerged;
import no.samtale.events.HearingPublished;
import no.samtale.events.HearingReminderDue;
import no.samtale.events.IdeaStatusChanged;

/**
 * Tells people about the events module's idea box and hearings: followers of an idea when its status changes, the
 * voters and followers of an idea merged into another (their votes followed it there), the responsible person of a
 * unit that has not answered a hearing close to its deadline, and the invited units' responsible people when the
 * final summary is published. Never the person who acted.
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
