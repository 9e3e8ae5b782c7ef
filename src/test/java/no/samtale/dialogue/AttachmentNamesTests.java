package no.samtale.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file name is stored as a person can read it: no NUL, no reversed text, no invisible characters, no path. */
class AttachmentNamesTests {

	@Test
	void controlAndFormatCharactersAreRemoved() {
		assertThat(Attachments.cleanName("rapport\u0000.pdf")).isEqualTo("rapport.pdf");
		assertThat(Attachments.cleanName("bilde\u202egpj.exe")).isEqualTo("bildegpj.exe");
		assertThat(Attachments.cleanName("a\u200bb\u2066c\u00ad.txt")).isEqualTo("abc.txt");
		assertThat(Attachments.cleanName("x\ud800.png")).isEqualTo("x.png");
		assertThat(Attachments.cleanName("smil \ud83d\ude00.png")).isEqualTo("smil \ud83d\ude00.png");
	}

	@Test
	void onlyTheLastPartOfAPathIsKept() {
		assertThat(Attachments.cleanName("C:\\\\Users\\\\ola\\\\brev.docx")).isEqualTo("brev.docx");
		assertThat(Attachments.cleanName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(Attachments.cleanName("/")).isEqualTo("vedlegg");
		assertThat(Attachments.cleanName("\u0000\u202e")).isEqualTo("vedlegg");
		assertThat(Attachments.cleanName(null)).isEqualTo("vedlegg");
	}

}
