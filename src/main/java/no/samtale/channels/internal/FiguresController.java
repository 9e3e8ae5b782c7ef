package no.samtale.channels.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Accounts;
import no.samtale.channels.Figures;
import no.samtale.channels.Figures.Figure;
import no.samtale.platform.InvalidInputException;

/** An account's page and post figures, for the people who plan, report and administer. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST', 'EDITOR', 'LEADER')")
class FiguresController {

	static final int LONGEST_RANGE_DAYS = 366;

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	record FiguresView(long accountId, LocalDate from, LocalDate to, List<Figure> figures) {
	}

	private final Accounts accounts;

	private final Figures figures;

	FiguresController(Accounts accounts, Figures figures) {
		this.accounts = accounts;
		this.figures = figures;
	}

	/** {@code from} and {@code to} are ISO dates, both included; by default the last 28 days. */
	@GetMapping("/api/v1/channels/accounts/{id}/figures")
	FiguresView figures(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		accounts.get(id);
		LocalDate last = to == null || to.isBlank() ? LocalDate.now(OSLO) : date("to", to);
		LocalDate first = from == null || from.isBlank() ? last.minusDays(27) : date("from", from);
		if (first.isAfter(last)) {
			throw new InvalidInputException("from", "Must not be after 'to'");
		}
		if (ChronoUnit.DAYS.between(first, last) >= LONGEST_RANGE_DAYS) {
			throw new InvalidInputException("to", "At most " + LONGEST_RANGE_DAYS + " days after 'from'");
		}
		return new FiguresView(id, first, last, figures.of(id, first, last));
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(field, "Must be a date such as 2026-11-24");
		}
	}

}
