package no.samtale.channels.internal.simulator;

/**
 * How a simulated account behaves: citizen messages per minute, the share of them that are private, and whether
 * the simulated platform is down (TRANSIENT: it answers like a 500; PERMANENT: like a refused request).
 */
record SimulatorSettings(int ratePerMinute, double privateShare, FailureMode failureMode) {

	enum FailureMode {
		NONE, TRANSIENT, PERMANENT
	}

	static final SimulatorSettings IDLE = new SimulatorSettings(0, 0.3, FailureMode.NONE);

}
