package no.samtale.analytics.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Figures are kept per Norwegian day, whatever the server's clock says. */
final class Oslo {

	static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	private Oslo() {
	}

	static LocalDate dayOf(Instant at) {
		return at.atZone(ZONE).toLocalDate();
	}

	static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
