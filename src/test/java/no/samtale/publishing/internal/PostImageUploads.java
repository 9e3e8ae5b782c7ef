package no.samtale.publishing.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import no.samtale.support.Api;

/** Uploads to {@code POST /api/v1/publishing/images} as the browser's form does, and images to upload. */
final class PostImageUploads {

	private PostImageUploads() {
	}

	/** A multipart form with the given fields (null values left out) and the file as {@code image}. */
	static Api.Response upload(Api api, String user, Map<String, String> fields, String filename, byte[] file)
			throws IOException, InterruptedException {
		String boundary = "samtale" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, String> field : fields.entrySet()) {
			if (field.getValue() != null) {
				body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
		}
		if (file != null) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"" + filename
					+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.write(file);
			body.write("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/publishing/images"))
					.header("Authorization", "Bearer demo-token-" + user)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
				response.body());
	}

	static Map<String, String> fields(long accountId, String altText) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("accountId", String.valueOf(accountId));
		fields.put("altText", altText);
		return fields;
	}

	/** A picture of the given size in the given format ("png", "jpeg", "gif"). */
	static byte[] picture(int width, int height, String format) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0x3366aa));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

}
