package no.samtale.channels.internal.snapchat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import no.samtale.channels.Account;
import no.samtale.channels.Capability;
import no.samtale.channels.CapabilityReason;
import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundDelivery;
import no.samtale.channels.Platform;

/**
 * A channel without an API (Snapchat: nothing for comments or messages, and the Public Profile API by Snap's
 * allowlist only). Nothing is fetched or sent; advisors answer in the platform's app and log it
 * ({@link ManualLog}), and its figures come by CSV ({@link FigureImport}). Every action says why it is missing.
 */
@Component
class ManualConnector implements ChannelConnector {

	@Override
	public ConnectorKind kind() {
		return ConnectorKind.MANUAL;
	}

	@Override
	public Set<Capability> capabilities(Platform platform) {
		return Set.of();
	}

	@Override
	public Map<Capability, CapabilityReason> unavailable(Account account) {
		Map<Capability, CapabilityReason> reasons = new EnumMap<>(Capability.class);
		for (Capability capability : Capability.values()) {
			reasons.put(capability, CapabilityReason.MANUAL_CHANNEL);
		}
		return reasons;
	}

	@Override
	public String deliver(OutboundDelivery delivery) throws DeliveryFailure {
		throw DeliveryFailure.permanent("A manual channel sends nothing; answer in the platform's app");
	}

}
