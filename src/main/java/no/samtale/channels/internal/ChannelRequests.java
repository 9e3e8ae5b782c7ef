package no.samtale.channels.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import no.samtale.channels.AccountSettings;
import no.samtale.channels.ConnectorKind;
import no.samtale.channels.InboundMessage;
import no.samtale.channels.OpeningHours;
import no.samtale.channels.Platform;
import no.samtale.channels.Visibility;

/** Request bodies of the channels API. */
final class ChannelRequests {

	private static final String TIME = "([01]\\d|2[0-3]):[0-5]\\d";

	private ChannelRequests() {
	}

	record Hours(@NotEmpty Set<DayOfWeek> days, @NotNull @Pattern(regexp = TIME) String opens,
			@NotNull @Pattern(regexp = TIME) String closes) {

		OpeningHours toOpeningHours() {
			return new OpeningHours(days, LocalTime.parse(opens), LocalTime.parse(closes));
		}

	}

	record AccountForm(@NotNull Platform platform, @NotBlank @Size(max = 200) String name,
			@NotBlank @Size(max = 200) String handle, @NotNull Long teamId, @NotNull ConnectorKind connector,
			@NotNull @Valid Hours openingHours, @NotNull @Min(1) @Max(10080) Integer responseTargetMinutes,
			boolean privateRepliesNeedApproval) {

		AccountSettings toSettings() {
			return new AccountSettings(platform, name.strip(), handle.strip(), teamId, connector,
					openingHours.toOpeningHours(), responseTargetMinutes, privateRepliesNeedApproval);
		}

	}

	record Context(@NotBlank @Size(max = 200) String externalId, @Size(max = 8000) String text) {
	}

	record Pushed(@NotBlank @Size(max = 200) String externalId, @NotNull Visibility kind,
			@NotBlank @Size(max = 200) String threadExternalId, @NotBlank @Size(max = 200) String authorExternalId,
			@NotBlank @Size(max = 200) String authorName, @NotBlank @Size(max = 8000) String body,
			@Valid Context context, Instant sentAt) {

		InboundMessage toMessage() {
			return new InboundMessage(externalId, kind, threadExternalId, authorExternalId, authorName, body,
					context == null ? null : context.externalId(), context == null ? null : context.text(), sentAt);
		}

	}

	record Accepted(long id, boolean duplicate) {
	}

}
