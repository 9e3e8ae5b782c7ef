package no.samtale.analytics.internal;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import no.samtale.platform.BackgroundLoop;

/**
 * Follows the inbox's messages on a thread of this node's own ({@link InboxFollowing}), every
 * {@code samtale.analytics.follow-every} (2 s) and at once while it is behind, so today's comments and new
 * conversations are in the figures within seconds (the issue promises a minute). A hole in the ids waits at most
 * {@code samtale.analytics.follow-grace} (20 s) for its row to commit ({@link LateCommits}). Every node runs one;
 * the cursor's lock lets one of them count a given round. A message that cannot be counted is found and passed
 * ({@link FailingRounds}, {@link FollowSkips}) rather than stopping the count for every message after it. Off, like the listeners, with
 * {@code samtale.analytics.intake=false}.
 */
@Component
@ConditionalOnProperty(name = "samtale.analytics.intake", havingValue = "true", matchIfMissing = true)
class InboxFollower extends BackgroundLoop {

	private final InboxFollowing following;

	private final LateCommits late;

	private final FailingRounds rounds = new FailingRounds(InboxFollowing.ROUND);

	InboxFollower(InboxFollowing following, @Value("${samtale.analytics.follow-every:2s}") Duration every,
			@Value("${samtale.analytics.follow-grace:20s}") Duration grace) {
		super("analytics-inbox-follower", every, Duration.ofSeconds(5), SmartLifecycle.DEFAULT_PHASE);
		this.following = following;
		this.late = new LateCommits(grace);
	}

	@Override
	protected boolean runOnce() {
		boolean more;
		try {
			more = following.round(late, rounds.size());
		}
		catch (RuntimeException e) {
			if (!rounds.failed()) {
				throw e;
			}
			following.skipNext(late, e.getClass().getName());
			more = true;
		}
		rounds.succeeded();
		return more;
	}

}
