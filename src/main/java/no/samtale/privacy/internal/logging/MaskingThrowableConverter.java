package no.samtale.privacy.internal.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;

import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Stack traces with personal data masked: an exception's message may quote the value that failed (a duplicate key,
 * a parse error), and that value may be a citizen's identity number.
 */
public class MaskingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

	@Override
	protected String throwableProxyToString(IThrowableProxy proxy) {
		return LogMasking.mask(super.throwableProxyToString(proxy));
	}

}
