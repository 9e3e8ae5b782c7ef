package no.samtale.inbox.internal;

import java.util.List;

import no.samtale.channels.Visibility;
import no.samtale.inbox.ConversationStatus;

/**
 * Which conversations a queue shows. {@code text} matches subject and correspondent; {@code context} is the
 * platform's id of the post the conversations comment on.
 */
record InboxFilter(List<Long> teamIds, List<ConversationStatus> statuses, Long accountId, Long assigneeId,
		boolean unassigned, Visibility kind, String label, String text, boolean newestFirst, String context) {
}
