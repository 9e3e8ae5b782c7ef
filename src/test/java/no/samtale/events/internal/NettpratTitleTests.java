package no.samtale.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NettpratTitleTests {

	@Test
	void marksATitleAsANettpratOnce() {
		assertThat(NettpratTitle.inForum("Ny organisering av kontaktsentrene"))
			.isEqualTo("Nettprat: Ny organisering av kontaktsentrene");
		assertThat(NettpratTitle.inForum("Nettprat: ny organisering av kontaktsentrene"))
			.isEqualTo("Nettprat: ny organisering av kontaktsentrene");
		assertThat(NettpratTitle.inForum("nettprat med arbeids- og velferdsdirektøren"))
			.isEqualTo("nettprat med arbeids- og velferdsdirektøren");
	}

	@Test
	void keepsWithinTheForumsLimit() {
		assertThat(NettpratTitle.inForum("a".repeat(300))).hasSize(200).startsWith("Nettprat: ");
	}

}
