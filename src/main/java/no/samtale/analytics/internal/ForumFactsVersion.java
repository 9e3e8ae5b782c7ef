package no.samtale.analytics.internal;

import org.springframework.stereotype.Component;

/**
 * The {@link WriteVersion} of the forum's figures ({@link ForumCounting}, the demo history, a deleted discussion's
 * views), which {@link ForumReports} are cached by.
 */
@Component
class ForumFactsVersion extends WriteVersion {

}
