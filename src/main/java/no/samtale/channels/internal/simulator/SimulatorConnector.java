package no.samtale.channels.internal.simulator;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Capability;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;
import no.samtale.channels.internal.simulator.SimulatorSettings.FailureMode;

/**
 * A stand-in platform for the demo, for load tests and for trying failures: it can do everything a social
 * platform can, records what it receives, and fails on request.
 */
@Component
class SimulatorConnector implements ChannelConnector {

	private final SimulatedPlatform platform;

	SimulatorConnector(SimulatedPlatform platform) {
		this.platform = platform;
	}

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.SIMULATOR;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return EnumSet.allOf(Capability.class);
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		FailureMode failure = platform.settings(delivery.account().id()).failureMode();
		if (failure == FailureMode.TRANSIENT) {
			throw DeliveryFailure.transientFailure("The simulated platform is down (HTTP 500)");
		}
		if (failure == FailureMode.PERMANENT) {
			throw DeliveryFailure.permanent("The simulated platform refused the request (HTTP 400)");
		}
		platform.record(delivery);
		return "sim-" + delivery.outboxId();
	}

}
