package no.samtale.channels.internal.youtube;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import no.samtale.support.Api;

/** Videos sent to {@code POST /api/v1/publishing/videos} as the editor's page sends them: the file as the body. */
public final class YouTubeTestVideos {

	private YouTubeTestVideos() {
	}

	/** The body as it is, with the type the browser would claim. */
	public static Api.Response upload(Api api, String user, Long accountId, byte[] body, String contentType)
			throws IOException, InterruptedException {
		String query = accountId == null ? "" : "?accountId=" + accountId;
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create(api.base() + "/api/v1/publishing/videos" + query))
					.header("Authorization", "Bearer demo-token-" + user)
					.header("Content-Type", contentType)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		return new Api.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), null,
				response.body());
	}

	/** The start of an MP4 file (its {@code ftyp} box, brand isom) padded to {@code size} bytes. */
	public static byte[] mp4(int size) {
		byte[] head = "\0\0\0\u0018ftypisom\0\0\u0002\0isommp41".getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = new byte[Math.max(size, head.length)];
		System.arraycopy(head, 0, file, 0, head.length);
		for (int i = head.length; i < file.length; i++) {
			file[i] = (byte) (i * 31);
		}
		return file;
	}

}
