package no.samtale.channels.internal.youtube;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import no.samtale.channels.ConnectorKind;
import no.samtale.channels.DeliveryFailure;
import no.samtale.channels.OutboundVideos.VideoFile;
import no.samtale.channels.internal.connect.AccessTokens;
import no.samtale.channels.internal.connect.Budgets;

/**
 * A video sent to YouTube by the resumable upload protocol, in one piece: a POST with the video's metadata starts a
 * session (its address comes back in {@code Location}), then one PUT sends the file. The upload is paid from the
 * project's quota before the session starts ({@link YouTubeSettings#uploadUnits()}). Starting a session creates no
 * video, so a failure there is tried again as any other; a PUT without an answer may have made the video, and is an
 * unknown outcome the connector reads back before another upload.
 */
@Component
class YouTubeUploads {

	private final YouTubeSettings settings;

	private final AccessTokens tokens;

	private final Budgets budgets;

	private final YouTubeApi api;

	private final JsonMapper json;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	YouTubeUploads(YouTubeSettings settings, AccessTokens tokens, Budgets budgets, YouTubeApi api, JsonMapper json) {
		this.settings = settings;
		this.tokens = tokens;
		this.budgets = budgets;
		this.api = api;
		this.json = json;
	}

	/** Uploads the file as a video with this resource ({@code snippet}, {@code status}); answers the video's id. */
	String upload(long accountId, Map<String, Object> resource, VideoFile file) throws DeliveryFailure {
		budgets.spend(accountId, ConnectorKind.YOUTUBE, settings.uploadUnits());
		String token = tokens.current(accountId);
		String metadata = json.writeValueAsString(resource);
		HttpResponse<String> started = start(metadata, file, token);
		if (started.statusCode() == 401) {
			token = tokens.refreshAfterRejection(accountId, token);
			started = start(metadata, file, token);
		}
		if (started.statusCode() >= 400) {
			throw api.failure(accountId, started.statusCode(), started.body());
		}
		URI session = session(started);
		HttpResponse<String> sent = send(session, file, token);
		if (sent.statusCode() == 401) {
			sent = send(session, file, tokens.refreshAfterRejection(accountId, token));
		}
		if (sent.statusCode() == 308) {
			// YouTube kept part of the file; the next attempt starts a session of its own.
			throw DeliveryFailure.transientFailure("YouTube took only part of the video");
		}
		if (sent.statusCode() >= 400) {
			throw api.failure(accountId, sent.statusCode(), sent.body());
		}
		String id = videoId(sent.body());
		if (id.isEmpty()) {
			throw DeliveryFailure.outcomeUnknown("YouTube answered the upload without a video id",
					settings.uploadListedAfter());
		}
		return id;
	}

	private HttpResponse<String> start(String metadata, VideoFile file, String token) throws DeliveryFailure {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(settings.uploadUrl() + "/videos?uploadType=resumable&part=snippet,status"))
			.timeout(settings.timeout())
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("X-Upload-Content-Length", String.valueOf(file.sizeBytes()))
			.header("X-Upload-Content-Type", file.contentType())
			.POST(HttpRequest.BodyPublishers.ofString(metadata))
			.build();
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw DeliveryFailure.transientFailure("No upload session from YouTube (" + e.getClass().getSimpleName() + ")");
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.transientFailure("Interrupted while calling YouTube");
		}
	}

	private HttpResponse<String> send(URI session, VideoFile file, String token) throws DeliveryFailure {
		HttpRequest request;
		try {
			request = HttpRequest.newBuilder(session)
				.timeout(settings.uploadTimeout())
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", file.contentType())
				.PUT(HttpRequest.BodyPublishers.ofFile(file.path()))
				.build();
		}
		catch (FileNotFoundException gone) {
			throw DeliveryFailure.permanent("The post's video file is gone from this server");
		}
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (ConnectException | HttpConnectTimeoutException e) {
			throw DeliveryFailure.transientFailure("YouTube could not be reached (" + e.getClass().getSimpleName() + ")");
		}
		catch (IOException e) {
			throw DeliveryFailure.outcomeUnknown("No answer from YouTube to the upload (" + e.getClass().getSimpleName()
					+ ")", settings.uploadListedAfter());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw DeliveryFailure.outcomeUnknown("Interrupted while uploading to YouTube",
					settings.uploadListedAfter());
		}
	}

	private URI session(HttpResponse<String> started) throws DeliveryFailure {
		String location = started.headers().firstValue("Location").orElse("");
		if (location.isBlank()) {
			throw DeliveryFailure.transientFailure("YouTube started no upload session (no Location)");
		}
		try {
			return URI.create(settings.uploadUrl() + "/").resolve(location);
		}
		catch (IllegalArgumentException unreadable) {
			throw DeliveryFailure.transientFailure("YouTube's upload session address is not an address");
		}
	}

	private String videoId(String body) {
		try {
			return json.readTree(body == null || body.isBlank() ? "{}" : body).path("id").asString("");
		}
		catch (RuntimeException notJson) {
			return "";
		}
	}

}
