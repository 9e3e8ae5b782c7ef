package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Findings are stored one a line and read back as they were; a sentence stored before the codes reads as OTHER. */
class ExtractFindingTests {

	@Test
	void aFindingReadsBackWithItsCodeAndParametersInOrder() {
		ExtractFinding finding = ExtractFinding.of("ADDML_COUNT_MISMATCH", "file", "arkivstruktur.xml", "element",
				"mappe", "counted", "3", "stated", "4");

		ExtractFinding read = ExtractFinding.parse(finding.line());

		assertThat(read).isEqualTo(finding);
		assertThat(read.params().keySet()).containsExactly("file", "element", "counted", "stated");
	}

	@Test
	void tabsAndLineBreaksInAValueDoNotSplitIt() {
		ExtractFinding read = ExtractFinding.parse(ExtractFinding.of("FILE_MISSING", "file", "a\tb\nc").line());

		assertThat(read.params()).isEqualTo(Map.of("file", "a b c"));
	}

	@Test
	void anEnglishSentenceFromBeforeTheCodesIsKeptAsOther() {
		ExtractFinding read = ExtractFinding.parse("arkivstruktur.xml is missing");

		assertThat(read.code()).isEqualTo("OTHER");
		assertThat(read.params()).containsEntry("text", "arkivstruktur.xml is missing");
	}

}
