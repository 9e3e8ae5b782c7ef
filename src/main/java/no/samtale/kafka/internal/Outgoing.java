package no.samtale.kafka.internal;

/** An event ready for Kafka: its topic, its key (which orders it among the key's events) and its value. */
record Outgoing(String topic, String key, Envelope envelope) {

	Outgoing withSequence(long number) {
		return new Outgoing(topic, key, envelope.withSequence(number));
	}

}
