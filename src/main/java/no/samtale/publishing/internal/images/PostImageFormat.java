package no.samtale.publishing.internal.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import no.samtale.platform.InvalidInputException;

/**
 * Decides what an upload is from its first bytes (never from its name or the type the browser claims), and writes it
 * anew: at most {@link #MAX_EDGE} px on its longest edge, without the original's metadata (a phone's photo carries
 * where it was taken). JPEG stays JPEG; PNG and GIF become PNG (a GIF's first frame: the platforms take no animation
 * in a photo post). WebP is recognised but refused by name, since the JDK cannot read it.
 */
final class PostImageFormat {

	static final int MAX_EDGE = 2048;

	/** A decoded picture this large would take gigabytes of memory: refused before its pixels are read. */
	static final long MAX_PIXELS = 50_000_000L;

	record Encoded(byte[] content, String contentType, int width, int height) {
	}

	private PostImageFormat() {
	}

	/** The type named by the first bytes: image/jpeg, image/png, image/gif, image/webp. */
	static Optional<String> detect(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, 'G', 'I', 'F', '8')) {
			return Optional.of("image/gif");
		}
		if (content.length >= 12 && startsWith(content, 'R', 'I', 'F', 'F') && content[8] == 'W' && content[9] == 'E'
				&& content[10] == 'B' && content[11] == 'P') {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/** Reads, checks, shrinks and writes the upload; anything unreadable is a 400 naming {@code image}. */
	static Encoded reencode(byte[] content) {
		String type = detect(content).orElseThrow(
				() -> new InvalidInputException("image", "The file is not a JPEG, PNG or GIF image"));
		if (type.equals("image/webp")) {
			throw new InvalidInputException("image", "WebP images cannot be read here; save the image as JPEG or PNG");
		}
		BufferedImage image = decode(content);
		BufferedImage scaled = scaled(image, !type.equals("image/jpeg"));
		String written = type.equals("image/jpeg") ? "image/jpeg" : "image/png";
		byte[] bytes = written.equals("image/jpeg") ? jpeg(scaled) : png(scaled);
		return new Encoded(bytes, written, scaled.getWidth(), scaled.getHeight());
	}

	private static BufferedImage decode(byte[] content) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new InvalidInputException("image", "The image could not be read");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new InvalidInputException("image", "The image has more than 50 million pixels");
				}
				return reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException refused) {
				throw refused;
			}
			// A truncated or damaged file (or a CMYK JPEG the JDK cannot read).
			throw new InvalidInputException("image", "The image could not be read; save it again as JPEG or PNG");
		}
	}

	/** Shrinks to {@link #MAX_EDGE} keeping the proportions; a smaller image keeps its size. */
	private static BufferedImage scaled(BufferedImage image, boolean keepTransparency) {
		int width = image.getWidth();
		int height = image.getHeight();
		double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(width, height));
		int w = Math.max(1, (int) Math.round(width * factor));
		int h = Math.max(1, (int) Math.round(height * factor));
		BufferedImage target = new BufferedImage(w, h,
				keepTransparency ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			if (!keepTransparency) {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, w, h);
			}
			g.drawImage(image, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.88f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
