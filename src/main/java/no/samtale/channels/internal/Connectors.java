package no.samtale.channels.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.samtale.channels.ChannelConnector;
import no.samtale.channels.ConnectorKind;

/** The installed connectors by kind. */
@Component
class Connectors {

	private final Map<ConnectorKind, ChannelConnector> byKind;

	Connectors(List<ChannelConnector> connectors) {
		this.byKind = connectors.stream().collect(Collectors.toMap(ChannelConnector::kind, Function.identity()));
	}

	ChannelConnector of(ConnectorKind kind) {
		return byKind.get(kind);
	}

}
