package no.samtale.notifications.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import no.samtale.teams.Team;

/** Who is told, as pure functions; the listeners gather the people and these choose among them. */
final class Recipients {

	private Recipients() {
	}

	/** Nobody is told of their own action; a person listed twice is told once. */
	static List<Long> everyoneButTheActor(Collection<Long> people, long actorId) {
		// Id 0 is Samtale itself (a follow-up it proposed), nobody to tell.
		return people.stream()
			.filter(Objects::nonNull)
			.filter(person -> person > 0 && person != actorId)
			.distinct()
			.toList();
	}

	/**
	 * A reply waiting for approval goes first to the author's partners on duty; when nobody else of the team is on
	 * duty, to every member who may approve it ({@code FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide}). The queue
	 * itself stays open to the whole team.
	 */
	static List<Long> whoMayApproveAReplyOf(Team team, long authorId, Collection<Long> onDuty) {
		List<Long> partnersOnDuty = everyoneButTheActor(
				onDuty.stream().filter(team.memberIds()::contains).toList(), authorId);
		return partnersOnDuty.isEmpty() ? everyoneButTheActor(team.memberIds(), authorId) : partnersOnDuty;
	}

	/** A conversation close to its response target concerns the whole team: whoever is free can take it. */
	static List<Long> whoHearsOfAResponseDueSoon(Team team) {
		return everyoneButTheActor(team.memberIds(), 0);
	}

	/**
	 * A channel account's connection in trouble concerns those who can connect it again: the admins of the account's
	 * team, or every admin when none is in the team, so that somebody always hears of it.
	 */
	static List<Long> whoHearsOfAConnection(Collection<Long> teamMembers, Collection<Long> admins) {
		List<Long> ofTheTeam = everyoneButTheActor(admins.stream().filter(teamMembers::contains).toList(), 0);
		return ofTheTeam.isEmpty() ? everyoneButTheActor(admins, 0) : ofTheTeam;
	}

}
