package no.samtale.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The shared plain PDF: every line is drawn, long lines wrap at words, pages are added, odd characters do not fail. */
class TextPdfTests {

	@Test
	void aLongReportHasEveryLineOnAsManyPagesAsItNeeds() throws Exception {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			lines.add("Linje nummer " + i + " – med bindestrek og emoji 🙂");
		}
		lines.add("## Overskrift");
		lines.add("ord ".repeat(60).strip());

		byte[] pdf = TextPdf.of("Rapport: øæå", lines);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(3);
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Rapport: øæå", "Linje nummer 0 – med bindestrek og emoji ?", "Linje nummer 119",
					"Overskrift");
			assertThat(text).doesNotContain("## ");
		}
	}

	@Test
	void aLineLongerThanAPageIsWrappedAtAWordAndIndented() {
		List<String> wrapped = TextPdf.wrap("- " + "ordet ".repeat(40).strip());
		assertThat(wrapped).hasSizeGreaterThan(1);
		assertThat(wrapped).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(92));
		assertThat(wrapped.get(1)).startsWith("  ordet");
	}

}
