package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import no.samtale.identity.Role;

class OidcPropertiesTests {

	@Test
	void groupsAreMappedToTheRolesTheyGive() {
		OidcProperties properties = new OidcProperties("https://idp", "c", "s",
				"ADVISOR=6f1c-aa, 77b2 ; admin=77b2");

		assertThat(properties.rolesByGroup().get("6f1c-aa")).containsExactly(Role.ADVISOR);
		assertThat(properties.rolesByGroup().get("77b2")).containsExactlyInAnyOrder(Role.ADVISOR, Role.ADMIN);
	}

	@Test
	void noMappingMeansNoExtraRoles() {
		assertThat(new OidcProperties(null, null, null, " ").rolesByGroup()).isEmpty();
	}

	@Test
	void anUnknownRoleFailsAtStart() {
		assertThatThrownBy(() -> new OidcProperties(null, null, null, "KING=g1").rolesByGroup())
			.isInstanceOf(IllegalArgumentException.class);
	}

}
