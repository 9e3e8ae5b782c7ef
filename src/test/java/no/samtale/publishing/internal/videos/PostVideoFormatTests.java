package no.samtale.publishing.internal.videos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A video's type is read from its first bytes: MP4, QuickTime and WebM are taken, anything else is not. */
class PostVideoFormatTests {

	@Test
	void isoMediaIsMp4UnlessItsBrandIsQuickTimeOr3gp() {
		assertThat(detect("\0\0\0\u0018ftypisom\0\0\u0002\0isommp41")).hasValue("video/mp4");
		assertThat(detect("\0\0\0\u0018ftypmp42\0\0\0\0mp42isom")).hasValue("video/mp4");
		assertThat(detect("\0\0\0\u0014ftypqt  \0\0\u0002\0qt  ")).hasValue("video/quicktime");
		assertThat(detect("\0\0\0\u0014ftyp3gp4\0\0\0\0")).isEmpty();
	}

	@Test
	void anOldQuickTimeFileStartsWithItsMovieBox() {
		assertThat(detect("\0\0\u0001\0moov\0\0\0\u006cmvhd")).hasValue("video/quicktime");
	}

	@Test
	void ebmlIsWebMOnlyWhenItsDocumentTypeSaysSo() {
		assertThat(detect("\u001aE\u00df\u00a3\u009fB\u0086\u0081\u0001B\u0082\u0084webm")).hasValue("video/webm");
		assertThat(detect("\u001aE\u00df\u00a3\u0093B\u0082\u0088matroska")).isEmpty();
	}

	@Test
	void textImagesAndShortFilesAreNotVideos() {
		assertThat(detect("<html><script>alert(1)</script>")).isEmpty();
		assertThat(detect("\u0089PNG\r\n\u001a\n")).isEmpty();
		assertThat(detect("\0\0")).isEmpty();
	}

	private static java.util.Optional<String> detect(String bytes) {
		byte[] content = bytes.getBytes(StandardCharsets.ISO_8859_1);
		byte[] head = new byte[PostVideoFormat.HEAD];
		System.arraycopy(content, 0, head, 0, Math.min(content.length, head.length));
		return PostVideoFormat.detect(head, Math.min(content.length, head.length));
	}

}
