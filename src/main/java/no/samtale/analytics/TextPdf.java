package no.samtale.analytics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain report as PDF (Apache PDFBox): a title and lines of text on A4 pages, long lines wrapped at word
 * boundaries and further pages added as needed. Shared by the analytics monthly report and the editorial meeting's
 * export, so both print the same way. The standard fonts write WinAnsi (Latin-1, dashes, quotes, bullet, euro): other
 * characters become "?". Text is drawn as text, never interpreted, so user text is safe here.
 */
public final class TextPdf {

	private static final int LINES_PER_PAGE = 46;

	private static final int CHARS_PER_LINE = 92;

	/** The characters above Latin-1 that WinAnsi (and so the standard fonts) can draw. */
	private static final String WIN_ANSI_EXTRA = "–—‘’“”•…€";

	private TextPdf() {
	}

	/** A line that starts with "## " is drawn in bold as a heading (without the marker). */
	public static byte[] of(String title, List<String> lines) {
		List<String> wrapped = new ArrayList<>();
		lines.forEach(line -> wrapped.addAll(wrap(latin1(line))));
		try (PDDocument document = new PDDocument()) {
			document.getDocumentInformation().setTitle(latin1(title));
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			int at = 0;
			do {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream text = new PDPageContentStream(document, page)) {
					text.beginText();
					text.newLineAtOffset(50, 780);
					if (at == 0) {
						text.setFont(bold, 16);
						text.showText(latin1(title));
						text.newLineAtOffset(0, -28);
					}
					int end = Math.min(wrapped.size(), at + LINES_PER_PAGE);
					for (String line : wrapped.subList(at, end)) {
						boolean heading = line.startsWith("## ");
						text.setFont(heading ? bold : regular, heading ? 12 : 11);
						text.showText(heading ? line.substring(3) : line);
						text.newLineAtOffset(0, -16);
					}
					at = end;
					text.endText();
				}
			}
			while (at < wrapped.size());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<String> wrap(String line) {
		List<String> out = new ArrayList<>();
		String rest = line;
		String indent = rest.startsWith("  ") ? "    " : "  ";
		while (rest.length() > CHARS_PER_LINE) {
			int cut = rest.lastIndexOf(' ', CHARS_PER_LINE);
			if (cut <= indent.length()) {
				cut = CHARS_PER_LINE;
			}
			out.add(rest.substring(0, cut));
			rest = indent + rest.substring(cut).strip();
		}
		out.add(rest);
		return out;
	}

	private static boolean drawable(int c) {
		return c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xFF || WIN_ANSI_EXTRA.indexOf(c) >= 0;
	}

	private static String latin1(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints()
			.forEach(c -> out.append(drawable(c) ? (char) c : c == '\t' ? ' ' : '?'));
		return out.toString();
	}

}
