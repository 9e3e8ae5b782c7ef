package no.samtale.channels.internal.meta;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Accounts;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.internal.meta.MetaPages.Page;
import no.samtale.channels.internal.meta.MetaPages.PageKind;
import no.samtale.platform.RuleViolationException;

/** An admin pulls a page's figures now instead of waiting for the daily pull (after connecting, say). */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class MetaFiguresController {

	record Pulled(int stored) {
	}

	private final Accounts accounts;

	private final MetaPages pages;

	private final MetaFigures figures;

	private final MetaSettings settings;

	MetaFiguresController(Accounts accounts, MetaPages pages, MetaFigures figures, MetaSettings settings) {
		this.accounts = accounts;
		this.pages = pages;
		this.figures = figures;
		this.settings = settings;
	}

	@PostMapping("/api/v1/channels/accounts/{id}/figures/pull")
	Pulled pull(@PathVariable long id) {
		accounts.get(id);
		Page page = pages.of(id).orElseThrow(() -> new RuleViolationException("meta-not-connected", null,
				"The account is not connected to a Meta page"));
		if (page.kind() != PageKind.FACEBOOK_PAGE) {
			throw new RuleViolationException("figures-not-available", null,
					"Figures are pulled for Facebook pages; Instagram's are not yet");
		}
		if (!settings.configured()) {
			throw new RuleViolationException("meta-not-configured", null,
					"Meta is not configured on this server (SAMTALE_META_APP_SECRET is unset)");
		}
		try {
			return new Pulled(figures.pull(page, LocalDate.now(ZoneOffset.UTC)));
		}
		catch (DeliveryFailure failure) {
			if (failure.credentialsRejected()) {
				accounts.markReconnectNeeded(id);
			}
			throw new RuleViolationException("meta-figures-failed", null, "Meta could not give the figures: "
					+ failure.getMessage() + (failure.trace() == null ? "" : " (trace " + failure.trace() + ")"));
		}
		catch (IllegalStateException undecryptable) {
			accounts.markReconnectNeeded(id);
			throw new RuleViolationException("meta-figures-failed", null, "The stored token cannot be read; reconnect");
		}
	}

}
