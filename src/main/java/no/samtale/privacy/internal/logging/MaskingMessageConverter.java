package no.samtale.privacy.internal.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %m}, {@code %msg} and {@code %message} with personal data masked (registered in logback-spring.xml). */
public class MaskingMessageConverter extends MessageConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return LogMasking.mask(super.convert(event));
	}

}
