package no.samtale.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.teams.Team;
import no.samtale.teams.TeamMember;
import no.samtale.teams.TeamRole;

class RecipientsTests {

	private static final Team TEAM = new Team(1, "Team", null, List.of(new TeamMember(10, TeamRole.ADVISOR),
			new TeamMember(11, TeamRole.ADVISOR), new TeamMember(12, TeamRole.EDITOR)));

	@Test
	void nobodyIsToldOfTheirOwnActionNorTwice() {
		assertThat(Recipients.everyoneButTheActor(Arrays.asList(3L, 4L, 3L, null, 0L), 4)).containsExactly(3L);
	}

	@Test
	void aReplyWaitsForTheTeamsMembersOtherThanItsAuthor() {
		assertThat(Recipients.whoMayApproveAReplyOf(TEAM, 11, List.of())).containsExactly(10L, 12L);
		assertThat(Recipients.whoMayApproveAReplyOf(TEAM, 0, List.of())).as("a follow-up Samtale proposed")
			.containsExactly(10L, 11L, 12L);
	}

	@Test
	void aReplyGoesFirstToThePartnersOnDuty() {
		assertThat(Recipients.whoMayApproveAReplyOf(TEAM, 11, List.of(11L, 12L))).containsExactly(12L);
		assertThat(Recipients.whoMayApproveAReplyOf(TEAM, 11, List.of(11L, 99L)))
			.as("nobody else of the team on duty: everyone who may approve").containsExactly(10L, 12L);
	}

	@Test
	void aResponseDueSoonConcernsTheWholeTeam() {
		assertThat(Recipients.whoHearsOfAResponseDueSoon(TEAM)).containsExactly(10L, 11L, 12L);
	}

	@Test
	void aConnectionInTroubleConcernsTheTeamsAdminsOrElseEveryAdmin() {
		assertThat(Recipients.whoHearsOfAConnection(TEAM.memberIds(), List.of(11L, 50L))).containsExactly(11L);
		assertThat(Recipients.whoHearsOfAConnection(TEAM.memberIds(), List.of(50L, 51L))).containsExactly(50L, 51L);
	}

	@Test
	void anExpiryWarnsOncePerAccountAndEndDateAndOtherStatesOncePerChange() {
		java.time.Instant end = java.time.Instant.parse("2026-12-12T10:00:00Z");
		java.time.Instant first = java.time.Instant.parse("2026-12-05T10:00:00Z");
		java.time.Instant later = first.plusSeconds(3600);
		var expiring = new no.samtale.channels.AccountHealthChanged(7, "NAV", no.samtale.channels.Platform.LINKEDIN,
				no.samtale.channels.TokenHealth.EXPIRING, end, first);
		var again = new no.samtale.channels.AccountHealthChanged(7, "NAV", no.samtale.channels.Platform.LINKEDIN,
				no.samtale.channels.TokenHealth.EXPIRING, end, later);
		var failing = new no.samtale.channels.AccountHealthChanged(7, "NAV", no.samtale.channels.Platform.LINKEDIN,
				no.samtale.channels.TokenHealth.REFRESH_FAILING, end, first);
		var failingLater = new no.samtale.channels.AccountHealthChanged(7, "NAV",
				no.samtale.channels.Platform.LINKEDIN, no.samtale.channels.TokenHealth.REFRESH_FAILING, end, later);

		assertThat(ChannelNotifier.key(expiring)).isEqualTo(ChannelNotifier.key(again));
		assertThat(ChannelNotifier.key(failing)).isNotEqualTo(ChannelNotifier.key(failingLater))
			.isNotEqualTo(ChannelNotifier.key(expiring));
	}

}
