package no.samtale.channels.internal.x;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;

/**
 * Every 5 minutes, on one node, each connected X account's mentions are reconciled ({@link XMentionPoll}). One
 * poll a 5 minutes is 3 of the mentions endpoint's 15-minute window per account, well inside X's limit; an account
 * whose budget is used up is skipped until its reset. A token X refuses marks the account for reconnecting.
 */
@Configuration(proxyBeanMethods = false)
class XPollTask {

	private static final Logger log = LoggerFactory.getLogger(XPollTask.class);

	static final String NAME = "x-mention-poll";

	@Bean
	RecurringTask<Void> xMentionPollRecurring(XAccounts xAccounts, XMentionPoll poll, Accounts accounts) {
		return Tasks.recurring(NAME, FixedDelay.of(Duration.ofMinutes(5))).execute((instance, context) -> {
			for (XAccounts.XAccount account : xAccounts.all()) {
				try {
					poll.poll(account.accountId());
				}
				catch (DeliveryFailure e) {
					log.warn("X mentions of account {} could not be read: {}", account.accountId(), e.getMessage());
					if (e.credentialsRejected()) {
						accounts.markReconnectNeeded(account.accountId());
					}
				}
			}
		});
	}

}
