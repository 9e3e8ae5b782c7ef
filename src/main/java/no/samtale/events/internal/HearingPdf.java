package no.samtale.events.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import no.samtale.events.internal.HearingReport.Report;
import no.samtale.events.internal.HearingReport.ReportAnswer;
import no.samtale.events.internal.HearingViews.HearingSectionSummary;
import no.samtale.events.internal.HearingViews.HearingUnitSummary;

/**
 * A hearing as a PDF (Apache PDFBox): the summary per section, the units with their status, every answer. Text is
 * set in Helvetica, whose encoding holds Norwegian letters; a character it cannot show becomes "?".
 */
final class HearingPdf {

	private static final float MARGIN = 50;

	private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private HearingPdf() {
	}

	static byte[] write(Report report) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle(printable(report.title()));
			document.setDocumentInformation(info);
			Writer writer = new Writer(document);
			writer.line(report.title(), BOLD, 16);
			writer.line("Frist: " + HearingXlsx.DAY.format(report.deadline()) + ". Svar som teller: "
					+ report.counts().responses() + ".", REGULAR, 10);
			if (!report.summary().isBlank()) {
				writer.line(report.summary(), REGULAR, 10);
			}
			writer.gap();
			writer.line("Oppsummering per del", BOLD, 13);
			for (HearingSectionSummary section : report.counts().sections()) {
				writer.line(section.title(), BOLD, 11);
				writer.line("Enig: " + section.agree() + "   Uenig: " + section.disagree() + "   Kommentarer: "
						+ section.comments(), REGULAR, 10);
			}
			writer.gap();
			writer.line("Høringsinstanser", BOLD, 13);
			for (HearingUnitSummary unit : report.counts().units()) {
				writer.line(unit.name() + " (" + (unit.responsible() == null ? "" : unit.responsible().name()) + "): "
						+ HearingReport.status(unit.status()), REGULAR, 10);
			}
			writer.gap();
			writer.line("Alle svar", BOLD, 13);
			for (ReportAnswer answer : report.answers()) {
				writer.line(answer.section() + " - " + answer.by() + ": " + HearingReport.stance(answer.stance()), BOLD, 10);
				if (answer.comment() != null) {
					writer.line(answer.comment(), REGULAR, 10);
				}
			}
			writer.close();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not write the hearing's PDF", e);
		}
	}

	/** Writes lines top to bottom, wrapping at the margin and starting a new A4 page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private PDPageContentStream content;

		private float y;

		Writer(PDDocument document) throws IOException {
			this.document = document;
			newPage();
		}

		void line(String text, PDType1Font font, float size) throws IOException {
			for (String paragraph : printable(text).split("\n")) {
				for (String line : wrap(paragraph, font, size, PDRectangle.A4.getWidth() - 2 * MARGIN)) {
					if (y < MARGIN + size) {
						newPage();
					}
					content.beginText();
					content.setFont(font, size);
					content.newLineAtOffset(MARGIN, y);
					content.showText(line);
					content.endText();
					y -= size * 1.4f;
				}
			}
		}

		void gap() {
			y -= 10;
		}

		private void newPage() throws IOException {
			close();
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		void close() throws IOException {
			if (content != null) {
				content.close();
				content = null;
			}
		}

	}

	private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/** Only what Helvetica's encoding can show: other characters become "?", tabs and carriage returns spaces. */
	static String printable(String text) {
		StringBuilder out = new StringBuilder();
		text.replace('\t', ' ').replace("\r", "").codePoints().forEach(c -> {
			if (c == '\n' || c >= 0x20 && encodable(c)) {
				out.appendCodePoint(c);
			}
			else {
				out.append('?');
			}
		});
		return out.toString();
	}

	private static boolean encodable(int codePoint) {
		try {
			REGULAR.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

}
