package no.samtale.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntakePressureTests {

	@Test
	void aQuietIntakeIsNoBurst() {
		IntakePressure pressure = new IntakePressure();
		assertThat(pressure.inBurst()).isFalse();
		pressure.arrived(1);
		pressure.arrived(10);
		assertThat(pressure.inBurst()).as("11 deliveries in a quarter second is 44 a second").isFalse();
	}

	@Test
	void manyDeliveriesAtOnceAreABurst() {
		IntakePressure pressure = new IntakePressure();
		pressure.arrived(250);
		assertThat(pressure.inBurst()).isTrue();
	}

	@Test
	void bulkWorkIsNotHeldWhenThereIsNoBurst() throws InterruptedException {
		IntakePressure pressure = new IntakePressure();
		Thread waiter = new Thread(() -> {
			try {
				pressure.awaitCalm();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		waiter.start();
		waiter.join(5_000);
		assertThat(waiter.isAlive()).isFalse();
	}

}
