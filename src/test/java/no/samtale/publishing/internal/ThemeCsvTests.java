package no.samtale.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.samtale.platform.InvalidInputException;
import no.samtale.publishing.Theme;
import no.samtale.publishing.ThemePeriod;
import no.samtale.publishing.Themes.ThemeInput;

/** The wheel's CSV: what is written reads back the same, commas and quotes included, and no cell is a formula. */
class ThemeCsvTests {

	@Test
	void aThemeWrittenReadsBackTheSame() {
		Theme theme = new Theme(1, 7, 2027, "Ferie, sol og \"permisjon\"", "=SUM(A1)",
				List.of("Utsett foreldrepenger", "Feriepenger"), List.of("https://www.nav.no"), List.of(3L, 4L),
				new ThemePeriod(ThemePeriod.Unit.WEEKS, 26, 31));

		String csv = ThemeCsv.write(List.of(theme));
		List<ThemeInput> read = ThemeCsv.read(csv, 7);

		assertThat(csv).contains("'=SUM(A1)").contains("\"Ferie, sol og \"\"permisjon\"\"\"");
		assertThat(read).containsExactly(new ThemeInput(7L, 2027, "Ferie, sol og \"permisjon\"", "=SUM(A1)",
				List.of("Utsett foreldrepenger", "Feriepenger"), List.of("https://www.nav.no"), List.of(3L, 4L), "WEEKS",
				26, 31));
	}

	@Test
	void aFileWithoutTheHeaderOrWithAShortLineIsRefusedNamingTheLine() {
		assertThatThrownBy(() -> ThemeCsv.read("tittel,periode\r\n", 7)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("csv"));
		assertThatThrownBy(() -> ThemeCsv.read(ThemeCsv.HEADER + "\r\nG-regulering,MONTHS,5\r\n", 7))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("csv[2]"));
	}

}
