package no.samtale.archive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What the archive's API takes and answers. */
final class ArchiveViews {

	private ArchiveViews() {
	}

	record JournalRequest(@NotNull @Schema(allowableValues = { "CONVERSATION", "ESCALATION", "HEARING",
			"POST" }) String sourceKind, @NotNull Long sourceId) {
	}

	record ArchiveRecordView(long id, String systemId, String caseNumber,
			@Schema(allowableValues = { "CONVERSATION", "ESCALATION", "HEARING", "POST" }) String sourceKind,
			long sourceId, String title, @Nullable String unitName, String responsibleName,
			@Nullable String correspondentName, boolean screened, @Nullable String legalBasis, Instant openedAt,
			@Nullable Instant closedAt, Instant journaledAt, String journaledBy,
			@Schema(allowableValues = { "PENDING", "SENT", "FAILED" }) @Nullable String deliveryState,
			int deliveryAttempts, @Nullable String deliveryError, @Nullable Instant deliveryUpdatedAt) {
	}

	record ArchiveEntryView(String systemId, int position, @Schema(allowableValues = { "I", "U", "N" }) String type,
			String authorName, long messageId, @Nullable String externalId, @Nullable Long replyTo, String body,
			Instant writtenAt) {
	}

	record ArchiveDocumentView(long id, String systemId, @Schema(allowableValues = { "ARKIV", "PRODUKSJON" }) String variant,
			String format, String fileName, String sha256, long sizeBytes) {
	}

	record ArchiveRecordDetail(ArchiveRecordView record, List<ArchiveEntryView> entries,
			List<ArchiveDocumentView> documents) {
	}

	record ArchiveRuleView(@Schema(allowableValues = { "CONVERSATION", "ESCALATION", "HEARING", "POST" }) String sourceKind,
			boolean enabled, boolean includeNotes, String legalBasis, boolean automatic, Instant updatedAt) {
	}

	record ArchiveRuleUpdate(@NotNull Boolean enabled, @NotNull Boolean includeNotes,
			@NotBlank @Size(max = 200) String legalBasis) {
	}

	record ExtractRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
	}

	record ExtractCreated(long id) {
	}

	record ExtractView(long id, LocalDate from, LocalDate to,
			@Schema(allowableValues = { "BUILDING", "READY", "FAILED" }) String state, Instant requestedAt,
			@Nullable Instant finishedAt, @Nullable Long sizeBytes, @Nullable String sha256, @Nullable Integer folders,
			@Nullable Integer entries, @Nullable Integer documents, List<ExtractFinding> checkFindings,
			@Nullable String downloadUrl) {
	}

	record ArchiveOverview(boolean liveJournaling, int openFolders, int pendingDeliveries, int failedDeliveries,
			int sentDeliveries) {
	}

}
