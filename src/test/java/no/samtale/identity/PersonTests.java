package no.samtale.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonTests {

	@Test
	void theFirstNameIsTheDisplayNamesFirstWord() {
		assertThat(new Person(1, "Ingrid Solheim", "NAV").firstName()).isEqualTo("Ingrid");
		assertThat(new Person(1, "  Kari Anne Nordmann ", "NAV").firstName()).isEqualTo("Kari");
		assertThat(new Person(1, "Ada", null).firstName()).isEqualTo("Ada");
	}

}
