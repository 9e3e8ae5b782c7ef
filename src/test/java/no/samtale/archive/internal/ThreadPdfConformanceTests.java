package no.samtale.archive.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * What PDF/A-1b (ISO 19005-1) asks of the thread's document that can be read back from the file, since no PDF/A
 * validator can be had whole from Maven Central (veraPDF's validation-model resolves, but its validation profiles are
 * not in the published jars): the identification in XMP, XMP equal to the Info dictionary, an output intent with an
 * ICC profile older than version 4, every font embedded with its CIDSet, a file identifier, PDF 1.4 with a plain
 * cross-reference table, no encryption, no JavaScript and no transparency groups.
 */
class ThreadPdfConformanceTests {

	private static final String PDFAID = "http://www.aiim.org/pdfa/ns/id/";

	private final byte[] pdf = ThreadPdf.render(folder(), "2026/42");

	@Test
	void identifiesItselfAsPdfA1bInXmpMetadata() throws Exception {
		Document xmp = xmp();
		assertThat(text(xmp, PDFAID, "part")).isEqualTo("1");
		assertThat(text(xmp, PDFAID, "conformance")).isEqualTo("B");
	}

	@Test
	void keepsTheXmpMetadataEqualToTheInfoDictionary() throws Exception {
		Document xmp = xmp();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var info = document.getDocumentInformation();
			assertThat(text(xmp, "http://purl.org/dc/elements/1.1/", "title")).isEqualTo(info.getTitle());
			assertThat(text(xmp, "http://ns.adobe.com/pdf/1.3/", "Producer")).isEqualTo(info.getProducer());
			assertThat(OffsetDateTime.parse(text(xmp, "http://ns.adobe.com/xap/1.0/", "CreateDate")).toInstant())
				.isEqualTo(info.getCreationDate().toInstant());
			assertThat(info.getModificationDate()).as("no ModDate without xmp:ModifyDate").isNull();
		}
	}

	@Test
	void hasAnRgbOutputIntentWithAnIccProfileOlderThanVersion4() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			var intents = document.getDocumentCatalog().getOutputIntents();
			assertThat(intents).hasSize(1);
			COSDictionary intent = intents.get(0).getCOSObject();
			assertThat(intent.getNameAsString(COSName.S)).isEqualTo("GTS_PDFA1");
			assertThat(intent.getString(COSName.OUTPUT_CONDITION_IDENTIFIER)).isNotBlank();
			COSStream profile = (COSStream) intent.getDictionaryObject(COSName.DEST_OUTPUT_PROFILE);
			byte[] icc = profile.createInputStream().readAllBytes();
			assertThat(icc[8]).as("ICC major version").isLessThan((byte) 4);
			assertThat(new String(icc, 16, 4, StandardCharsets.US_ASCII)).as("colour space").isEqualTo("RGB ");
			assertThat(profile.getInt(COSName.N)).isEqualTo(3);
		}
	}

	@Test
	void embedsEveryFontOnEveryPageWithItsCidSet() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).as("a long thread breaks onto more pages").isGreaterThan(1);
			List<String> checked = new ArrayList<>();
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					PDFontDescriptor descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
					assertThat(descriptor.getFontFile2()).as("the TrueType program").isNotNull();
					assertThat(descriptor.getCOSObject().getDictionaryObject(COSName.CID_SET))
						.as("PDF/A-1 wants a subset's CIDSet").isNotNull();
					checked.add(font.getName());
				}
			}
			assertThat(checked).isNotEmpty();
		}
	}

	@Test
	void isPdf14WithAFileIdentifierAPlainCrossReferenceTableAndNothingForbidden() throws Exception {
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		assertThat(raw).startsWith("%PDF-1.4");
		assertThat(raw).contains("\nxref").doesNotContain("/ObjStm").doesNotContain("/XRefStm");
		assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/S /Transparency")
			.doesNotContain("/Encrypt").doesNotContain("/EmbeddedFile");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(document.isEncrypted()).isFalse();
			COSArray id = document.getDocument().getTrailer().getCOSArray(COSName.ID);
			assertThat(id).isNotNull();
			assertThat(id.size()).isEqualTo(2);
			assertThat(document.getDocumentCatalog().getMetadata().getCOSObject().getNameAsString(COSName.SUBTYPE))
				.isEqualTo("XML");
			assertThat(document.getDocumentCatalog().getMetadata().getCOSObject().getItem(COSName.FILTER))
				.as("the XMP stream stays readable (unfiltered)").isNull();
		}
	}

	private Document xmp() throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			byte[] bytes = document.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes();
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
		}
	}

	private static String text(Document xmp, String namespace, String name) {
		Element element = (Element) xmp.getElementsByTagNameNS(namespace, name).item(0);
		assertThat(element).as(namespace + name).isNotNull();
		return element.getTextContent().strip();
	}

	private static CaseFolder folder() {
		Instant at = OffsetDateTime.of(2026, 11, 3, 10, 0, 0, 0, ZoneOffset.UTC).toInstant();
		List<CaseFolder.Entry> entries = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			entries.add(new CaseFolder.Entry(i % 2 == 0 ? "I" : "U", i % 2 == 0 ? "Kari Nordmann" : "Veileder Ås", i,
					"p-" + i, i == 0 ? null : (long) i - 1,
					"Melding " + i + ": hvordan søker jeg foreldrepenger når jeg æ ø å har vært sykmeldt?", at.plusSeconds(i)));
		}
		return new CaseFolder(SourceKind.CONVERSATION, 1, "Foreldrepenger & sykmelding <privat>", "NAV Hamar",
				"Veileder Ås", "Kari Nordmann", "fb-1", "FACEBOOK", at, at.plusSeconds(3600), entries, Map.of());
	}

}
