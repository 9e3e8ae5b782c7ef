package no.samtale.analytics.internal;

import org.springframework.stereotype.Component;

/** The {@link WriteVersion} of reply and conversation facts, which {@link TeamServiceFigures} are cached by. */
@Component
class FactsVersion extends WriteVersion {

}
