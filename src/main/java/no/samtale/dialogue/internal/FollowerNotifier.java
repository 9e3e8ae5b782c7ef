package no.samtale.dialogue.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import no.samtale.dialogue.Discussions;
import no.samtale.dialogue.DiscussionRecord;
import no.samtale.dialogue.MessageKind;
import no.samtale.dialogue.MessagePosted;
import no.samtale.dialogue.NotificationKind;
import no.samtale.dialogue.Notifications;

/** Tells the followers of a discussion about a new public message, after the message is safely stored. */
@Component
class FollowerNotifier {

	private final Discussions discussions;

	private final Notifications notifications;

	FollowerNotifier(Discussions discussions, Notifications notifications) {
		this.discussions = discussions;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(MessagePosted posted) {
		if (posted.kind() != MessageKind.POST) {
			return;
		}
		DiscussionRecord discussion = discussions.get(posted.discussionId());
		List<Long> others = discussions.followers(posted.discussionId())
			.stream()
			.filter(follower -> follower != posted.authorId())
			.toList();
		notifications.notify(others, NotificationKind.NEW_MESSAGE, discussion.title(), discussion.id());
	}

}
