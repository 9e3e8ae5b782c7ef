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
	 * A reply waiting for approval goes to those who may approve it: the team's members other than its author
	 * ({@code FourEyes.onlyAnotherAdvisorOfTheTeamMayDecide}). The one place to prefer the partner on duty once the
	 * team has a duty roster.
	 */
	static List<Long> whoMayApproveAReplyOf(Team team, long authorId) {
		return everyoneButTheActor(team.memberIds(), authorId);
	}

	/** A conversation close to its response target concerns the whole team: whoever is free can take it. */
	static List<Long> whoHearsOfAResponseDueSoon(Team team) {
		return everyoneButTheActor(team.memberIds(), 0);
	}

}
