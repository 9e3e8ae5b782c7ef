package no.samtale.inbox.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import no.samtale.teams.Team;
import no.samtale.teams.Teams;
import no.samtale.approval.Reviewer;
import no.samtale.identity.CurrentUser;
import no.samtale.identity.Role;
import no.samtale.platform.ForbiddenException;
import no.samtale.platform.NotFoundException;

/**
 * Who sees and works on which conversations: advisors those of their teams, admins all of them (to read and
 * configure; writing to citizens is for advisors of the team). Another team's conversation is a 404, not a 403,
 * so ids do not reveal what exists.
 */
@Component
class InboxAccess {

	private final Teams teams;

	private final ConversationStore conversations;

	InboxAccess(Teams teams, ConversationStore conversations) {
		this.teams = teams;
		this.conversations = conversations;
	}

	List<Long> teamsOf(CurrentUser user) {
		if (user.hasRole(Role.ADMIN)) {
			return teams.all().stream().map(Team::id).toList();
		}
		return user.hasRole(Role.ADVISOR) ? teams.teamIdsOf(user.id()) : List.of();
	}

	/** The person as a checker of replies: of the teams they belong to. */
	Reviewer reviewer(CurrentUser user) {
		return new Reviewer(user.id(), teams.teamIdsOf(user.id()));
	}

	boolean mayWork(CurrentUser user, long teamId) {
		return user.hasRole(Role.ADVISOR) && teams.isMember(teamId, user.id());
	}

	Conversation visible(long conversationId, CurrentUser user) {
		Conversation conversation = conversations.get(conversationId);
		if (!user.hasRole(Role.ADMIN) && !mayWork(user, conversation.teamId())) {
			throw new NotFoundException("Conversation", conversationId);
		}
		return conversation;
	}

	/**
	 * A conversation the person may work on. Someone who may see it but is not on the team that answers the account
	 * (an admin) is told so with a problem type of its own, {@code not-team-member}, rather than a plain refusal.
	 */
	Conversation workable(long conversationId, CurrentUser user) {
		Conversation conversation = visible(conversationId, user);
		if (!teams.isMember(conversation.teamId(), user.id())) {
			throw new ForbiddenException("not-team-member",
					"You are not on the team that answers this account; only its advisors can do this");
		}
		if (!user.hasRole(Role.ADVISOR)) {
			throw new ForbiddenException("Only advisors of the team that answers this account can do this");
		}
		return conversation;
	}

}
