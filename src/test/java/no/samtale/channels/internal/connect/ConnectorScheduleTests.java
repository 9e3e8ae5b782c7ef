package no.samtale.channels.internal.connect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

import org.junit.jupiter.api.Test;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.TokenHealth;

/** The polling schedule keeps 100 accounts within a shared budget by construction; health follows the dates. */
class ConnectorScheduleTests {

	private record Due(Instant at, int account) {
	}

	@Test
	void aHundredChannelsPollingADayStayWithinTheProjectsQuotaAndLeaveTheWriteReserve() {
		Instant start = Instant.parse("2026-12-05T08:00:00Z");
		Instant reset = start.plus(Duration.ofDays(1));
		int limit = 10_000;
		int remaining = limit;
		int[] polls = new int[100];
		PriorityQueue<Due> queue = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
		for (int account = 0; account < 100; account++) {
			queue.add(new Due(start, account));
		}
		while (!queue.isEmpty() && queue.peek().at().isBefore(reset)) {
			Due due = queue.poll();
			if (remaining < 1) {
				break;
			}
			remaining--;
			polls[due.account()]++;
			Budgets.Budget budget = new Budgets.Budget("YOUTUBE", limit, remaining, reset, null);
			queue.add(new Due(due.at().plus(Polling.interval(Duration.ofMinutes(1), 1, budget, 0.2, 100, due.at())),
					due.account()));
		}
		assertThat(limit - remaining).isLessThanOrEqualTo(8_000 + 100);
		assertThat(remaining).isGreaterThanOrEqualTo(1_900);
		for (int count : polls) {
			// About every 20 minutes each: fresh enough for a comment section, within the budget.
			assertThat(count).isBetween(60, 90);
		}
	}

	@Test
	void pollsWaitForTheBreakerAndForTheResetWhenOnlyTheReserveIsLeft() {
		Instant now = Instant.parse("2026-12-05T08:00:00Z");
		Instant reset = now.plus(Duration.ofHours(10));
		assertThat(Polling.interval(Duration.ofMinutes(1), 1, new Budgets.Budget("k", 10_000, 10_000, reset,
				now.plus(Duration.ofHours(3))), 0.2, 1, now)).isEqualTo(Duration.ofHours(3));
		assertThat(Polling.interval(Duration.ofMinutes(1), 1, new Budgets.Budget("k", 10_000, 1_999, reset, null), 0.2,
				1, now)).isEqualTo(Duration.ofHours(10));
		assertThat(Polling.interval(Duration.ofMinutes(1), 1, new Budgets.Budget("k", 10_000, 10_000, reset, null), 0.2,
				1, now)).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void aGrantEndingWithinAWeekIsExpiringAndOnePastItsEndRevoked() {
		Instant now = Instant.parse("2026-12-05T08:00:00Z");
		assertThat(HealthCheck.judge(connection(now.plus(Duration.ofDays(6)), false, TokenHealth.VALID), now))
			.isEqualTo(TokenHealth.EXPIRING);
		assertThat(HealthCheck.judge(connection(now.plus(Duration.ofDays(30)), false, TokenHealth.VALID), now))
			.isEqualTo(TokenHealth.VALID);
		assertThat(HealthCheck.judge(connection(now.minusSeconds(1), false, TokenHealth.EXPIRING), now))
			.isEqualTo(TokenHealth.REVOKED);
		// An access token that refreshes itself is not "expiring".
		assertThat(HealthCheck.judge(connection(now.plus(Duration.ofHours(1)), true, TokenHealth.VALID), now))
			.isEqualTo(TokenHealth.VALID);
		assertThat(HealthCheck.judge(connection(now.minusSeconds(1), false, TokenHealth.QUOTA_EXHAUSTED), now))
			.isEqualTo(TokenHealth.QUOTA_EXHAUSTED);
	}

	@Test
	void scopesNotGrantedAreNamedAndPkceChallengeIsS256() {
		assertThat(OAuthFlow.missingScopes("a b c", "a c")).containsExactly("b");
		assertThat(OAuthFlow.missingScopes("a b", null)).isEmpty();
		// RFC 7636, appendix B.
		assertThat(OAuthFlow.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
			.isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	private static Connection connection(Instant accessEnds, boolean refreshable, TokenHealth health) {
		return new Connection(1, ConnectorKind.YOUTUBE, "x", "x", accessEnds, null, null, health, null, null, null,
				null, null, accessEnds, refreshable);
	}

}
