package no.samtale.channels.internal.simulator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import no.samtale.channels.Account;
import no.samtale.channels.Accounts;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.internal.simulator.SimulatedPlatform.Sent;
import no.samtale.channels.internal.simulator.SimulatorSettings.FailureMode;
import no.samtale.platform.NotFoundException;
import no.samtale.platform.PageQuery;
import no.samtale.platform.PageResponse;

/** Admins drive a simulated account: its message rate, an outage, and what it has received. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class SimulatorController {

	private final Accounts accounts;

	private final SimulatedPlatform platform;

	SimulatorController(Accounts accounts, SimulatedPlatform platform) {
		this.accounts = accounts;
		this.platform = platform;
	}

	record Settings(@NotNull @Min(0) @Max(6000) Integer ratePerMinute,
			@NotNull @DecimalMin("0") @DecimalMax("1") Double privateShare, FailureMode failureMode) {
	}

	record State(int ratePerMinute, double privateShare, FailureMode failureMode, long generated,
			long repliesReceived) {
	}

	@GetMapping("/api/v1/channels/accounts/{id}/simulator")
	State state(@PathVariable long id) {
		simulated(id);
		SimulatorSettings settings = platform.settings(id);
		return new State(settings.ratePerMinute(), settings.privateShare(), settings.failureMode(),
				platform.generated(id), platform.sentCount(id));
	}

	@PutMapping("/api/v1/channels/accounts/{id}/simulator")
	State configure(@PathVariable long id, @Valid @RequestBody Settings request) {
		simulated(id);
		platform.configure(id, new SimulatorSettings(request.ratePerMinute(), request.privateShare(),
				request.failureMode() == null ? FailureMode.NONE : request.failureMode()));
		return state(id);
	}

	@GetMapping("/api/v1/channels/accounts/{id}/simulator/sent")
	PageResponse<Sent> sent(@PathVariable long id, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		simulated(id);
		return platform.sent(id, PageQuery.of(page, size));
	}

	private Account simulated(long id) {
		return accounts.find(id)
			.filter(account -> account.connector() == ConnectorKind.SIMULATOR)
			.orElseThrow(() -> new NotFoundException("Simulated account", id));
	}

}
