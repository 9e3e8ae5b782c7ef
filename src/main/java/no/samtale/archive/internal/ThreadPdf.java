package no.samtale.archive.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * A case folder's thread as a PDF/A-1b document: the font embedded, an sRGB output intent, and XMP metadata naming
 * the conformance, so the archive format (PDF/A) is what Noark 5 asks for. One page after another, text wrapped.
 */
final class ThreadPdf {

	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(OSLO);

	private static final float MARGIN = 56;

	private static final float SIZE = 10.5f;

	private static final float LEADING = 15;

	private ThreadPdf() {
	}

	static byte[] render(CaseFolder folder, String caseNumber) {
		try (PDDocument document = new PDDocument();
				InputStream fontFile = ThreadPdf.class
					.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
			PDType0Font font = PDType0Font.load(document, fontFile);
			Writer writer = new Writer(document, font);
			writer.line("Sak " + caseNumber + ": " + folder.title(), 14);
			writer.line("Ansvarlig: " + folder.responsibleName()
					+ (folder.unitName() == null ? "" : " (" + folder.unitName() + ")"), SIZE);
			if (folder.correspondentName() != null) {
				writer.line("Avsender/mottaker: " + folder.correspondentName(), SIZE);
			}
			writer.blank();
			for (CaseFolder.Entry entry : folder.entries()) {
				String direction = switch (entry.type()) {
					case "I" -> "Inn";
					case "U" -> "Ut";
					default -> "Notat";
				};
				writer.line(direction + " · " + entry.authorName() + " · " + WHEN.format(entry.at()), SIZE);
				writer.paragraph(entry.body());
				writer.blank();
			}
			writer.close();
			conform(document, folder.title());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			// PDF/A-1 is PDF 1.4: no object or cross-reference streams, so the file is saved without them.
			document.setVersion(1.4f);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void conform(PDDocument document, String title) throws IOException {
		// Whole seconds in Oslo: the Info dictionary's date has no fractions, and PDF/A wants it equal to xmp:CreateDate.
		Calendar now = GregorianCalendar.getInstance(java.util.TimeZone.getTimeZone(OSLO));
		now.set(Calendar.MILLISECOND, 0);
		String created = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX").withZone(OSLO).format(now.toInstant());
		PDDocumentInformation info = document.getDocumentInformation();
		info.setTitle(title);
		info.setProducer("Samtale");
		info.setCreationDate(now);
		String xmp = """
				<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
				<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
				<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"><pdfaid:part>1</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>
				<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title></rdf:Description>
				<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"><pdf:Producer>Samtale</pdf:Producer></rdf:Description>
				<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"><xmp:CreateDate>%s</xmp:CreateDate></rdf:Description>
				</rdf:RDF></x:xmpmeta>
				<?xpacket end="w"?>""".formatted(escape(title), created);
		PDMetadata metadata = new PDMetadata(document);
		metadata.importXMPMetadata(xmp.getBytes(StandardCharsets.UTF_8));
		document.getDocumentCatalog().setMetadata(metadata);
		byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(icc));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		document.getDocumentCatalog().addOutputIntent(intent);
		byte[] id = java.util.UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII);
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		document.getDocument().getTrailer().setItem(COSName.ID, ids);
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	/** Lays lines out top-down and starts a new page when one is full. */
	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font font;

		private PDPageContentStream stream;

		private float y;

		Writer(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			newPage();
		}

		void line(String text, float size) throws IOException {
			for (String part : wrap(printable(text), size)) {
				if (y < MARGIN) {
					newPage();
				}
				stream.beginText();
				stream.setFont(font, size);
				stream.newLineAtOffset(MARGIN, y);
				stream.showText(part);
				stream.endText();
				y -= Math.max(LEADING, size + 4);
			}
		}

		void paragraph(String text) throws IOException {
			for (String line : text.split("\\R")) {
				line(line, SIZE);
			}
		}

		void blank() {
			y -= LEADING / 2;
		}

		void close() throws IOException {
			stream.close();
		}

		private void newPage() throws IOException {
			if (stream != null) {
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private List<String> wrap(String text, float size) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			List<String> lines = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (String word : text.split(" ")) {
				String candidate = current.isEmpty() ? word : current + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !current.isEmpty()) {
					lines.add(current.toString());
					current = new StringBuilder(word);
				}
				else {
					current = new StringBuilder(candidate);
				}
			}
			lines.add(current.toString());
			return lines;
		}

		/** Characters the embedded font has; anything else (emoji) becomes a question mark rather than a failure. */
		private String printable(String text) {
			StringBuilder out = new StringBuilder();
			text.codePoints().forEach(cp -> {
				String one = new String(Character.toChars(cp));
				boolean has = cp >= 32;
				if (has) {
					try {
						font.encode(one);
					}
					catch (IllegalArgumentException | IOException noGlyph) {
						has = false;
					}
				}
				out.append(has ? one : cp == '\t' ? " " : "?");
			});
			return out.toString();
		}

	}

}
