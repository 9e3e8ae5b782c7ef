package no.samtale.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import no.samtale.platform.InvalidInputException;

class PasswordPolicyTests {

	@Test
	void aLongPassphraseIsAccepted() {
		assertThatCode(() -> PasswordPolicy.check("password", "hest batteri stift", "kari")).doesNotThrowAnyException();
	}

	@Test
	void aShortPasswordIsRejectedNamingTheField() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "kort", "kari"))
			.isInstanceOf(InvalidInputException.class)
			.extracting("field")
			.isEqualTo("newPassword");
	}

	@Test
	void aPasswordLongerThanBcryptReadsIsRejected() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "æ".repeat(37), "kari"))
			.hasMessageContaining("72 bytes");
	}

	@Test
	void aPasswordContainingTheUsernameIsRejected() {
		assertThatThrownBy(() -> PasswordPolicy.check("password", "veileder1-er-best", "veileder1"))
			.hasMessageContaining("username");
	}

}
