package no.samtale.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins failed password logins in a row that lock an account
 * @param lockoutDuration how long a locked account stays locked unless an admin unlocks it
 */
@ConfigurationProperties("samtale.security")
record IdentityProperties(int maxFailedLogins, Duration lockoutDuration) {
}
