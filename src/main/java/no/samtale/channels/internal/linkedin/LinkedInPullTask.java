package no.samtale.channels.internal.linkedin;

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
 * Every 10 minutes, on one node, each connected LinkedIn organization's comment notifications are pulled
 * ({@link LinkedInPull}): 144 calls a day per organization, far below LinkedIn's daily application limits. A token
 * LinkedIn refuses marks the account for reconnecting.
 */
@Configuration(proxyBeanMethods = false)
class LinkedInPullTask {

	private static final Logger log = LoggerFactory.getLogger(LinkedInPullTask.class);

	static final String NAME = "linkedin-notification-pull";

	@Bean
	RecurringTask<Void> linkedInPullRecurring(LinkedInAccounts organizations, LinkedInPull pull, Accounts accounts) {
		return Tasks.recurring(NAME, FixedDelay.of(Duration.ofMinutes(10))).execute((instance, context) -> {
			for (LinkedInAccounts.Organization organization : organizations.all()) {
				try {
					pull.pull(organization.accountId());
				}
				catch (DeliveryFailure e) {
					log.warn("LinkedIn notifications of account {} could not be pulled: {}", organization.accountId(),
							e.getMessage());
					if (e.credentialsRejected()) {
						accounts.markReconnectNeeded(organization.accountId());
					}
				}
			}
		});
	}

}
