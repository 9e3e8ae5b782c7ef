package no.samtale.forum.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ForumPoliciesTests {

	@Test
	void aTopicWithoutAModeratorCannotOpen() {
		assertThat(ForumPolicies.whyATopicCannotOpen(Set.of(), Set.of(7L))).hasValueSatisfying(
				why -> assertThat(why).contains("moderator"));
	}

	@Test
	void aTopicWithoutAnExpertCannotOpen() {
		assertThat(ForumPolicies.whyATopicCannotOpen(Set.of(1L), Set.of())).hasValueSatisfying(
				why -> assertThat(why).contains("expert"));
	}

	@Test
	void aTopicWithAModeratorAndAnExpertMayOpen() {
		assertThat(ForumPolicies.whyATopicCannotOpen(Set.of(1L), Set.of(7L))).isEmpty();
	}

	@Test
	void theQuestionItselfCannotBeItsVerifiedAnswer() {
		assertThat(ForumPolicies.whyAMessageCannotBeVerified(true, false, true)).isPresent();
		assertThat(ForumPolicies.whyAMessageCannotBeVerified(false, true, true)).isPresent();
		assertThat(ForumPolicies.whyAMessageCannotBeVerified(false, false, false)).isPresent();
		assertThat(ForumPolicies.whyAMessageCannotBeVerified(false, false, true)).isEmpty();
	}

	@Test
	void anEscalationMovesOnlyForward() {
		assertThat(EscalationState.RAISED.mayMoveTo(EscalationState.ACKNOWLEDGED)).isTrue();
		assertThat(EscalationState.ACKNOWLEDGED.mayMoveTo(EscalationState.ANSWERED)).isTrue();
		assertThat(EscalationState.ANSWERED.mayMoveTo(EscalationState.ACKNOWLEDGED)).isFalse();
		assertThat(EscalationState.CLOSED.next()).isEmpty();
	}

	@Test
	void contributionsSpreadOverAPopulationFollowNinetyNineOne() {
		Set<Long> population = Set.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);

		ForumFigures.Spread spread = ForumFigures.spread(population, Map.of(1L, 12, 2L, 3, 99L, 40));

		assertThat(spread.creators()).isEqualTo(0.1);
		assertThat(spread.contributors()).isEqualTo(0.1);
		assertThat(spread.lurkers()).isEqualTo(0.8);
	}

}
