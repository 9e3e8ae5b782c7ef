package no.samtale.events.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import no.samtale.identity.Person;

/** What the hearings API takes and answers with. */
final class HearingViews {

	private HearingViews() {
	}

	enum HearingStance {
		AGREE, DISAGREE, COMMENT
	}

	/** An invited unit's answer status; LATE is NOT_ANSWERED after the deadline. */
	enum HearingUnitStatus {
		NOT_ANSWERED, AWAITING_APPROVAL, ANSWERED, NO_COMMENTS, LATE
	}

	enum HearingResponseStatus {
		COUNTED, AWAITING_APPROVAL
	}

	record NewHearingSection(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 8000) String body) {
	}

	record HearingInvitedUnit(@NotNull Long unitId, @NotNull Long responsibleId) {
	}

	/** {@code draft: true} keeps it from the units until it is sent (on create and on edit of a draft). */
	record NewHearing(@NotBlank @Size(max = 200) String title, @Nullable @Size(max = 4000) String summary,
			@NotNull Instant deadline, @Nullable Boolean anonymousAllowed,
			@NotNull @Size(min = 1, max = 30) List<@Valid NewHearingSection> sections,
			@Nullable @Size(max = 100) List<@Valid HearingInvitedUnit> units, @Nullable Boolean draft) {
	}

	record HearingSectionAnswer(@NotNull Long sectionId, @NotNull HearingStance stance, @Nullable @Size(max = 4000) String comment) {
	}

	/** {@code unitId} set: on behalf of that unit; {@code noComments}: the unit has nothing to add. */
	record NewHearingResponse(@Nullable Long unitId, @Nullable Boolean anonymous, @Nullable Boolean noComments,
			@Nullable @Size(max = 30) List<@Valid HearingSectionAnswer> answers) {

		boolean isAnonymous() {
			return Boolean.TRUE.equals(anonymous);
		}

		boolean isNoComments() {
			return Boolean.TRUE.equals(noComments);
		}

	}

	/** What was done to an invited unit after the hearing was made. */
	enum HearingUnitChangeAction {
		INVITED, RESPONSIBLE_CHANGED, WITHDRAWN
	}

	/**
	 * One change of the invited units: {@code responsible} is who answers for the unit after it (none when withdrawn),
	 * {@code previousResponsible} who did before (none when invited).
	 */
	record HearingUnitChange(long unitId, String unitName, HearingUnitChangeAction action, @Nullable Person responsible,
			@Nullable Person previousResponsible, @Nullable Person changedBy, Instant at) {
	}

	/** A unit invited to a hearing after it was made. */
	record HearingUnitInvitation(@NotNull Long unitId, @NotNull Long responsibleId) {
	}

	/** Another person answers for an invited unit. */
	record HearingUnitResponsible(@NotNull Long responsibleId) {
	}

	record HearingResponseCreated(long id, HearingResponseStatus status) {
	}

	record HearingSummaryItem(long id, String title, Instant deadline, boolean open, int unitsInvited,
			int unitsAnswered, boolean draft) {
	}

	record HearingList(List<HearingSummaryItem> items) {
	}

	record HearingSection(long id, int position, String title, String body) {
	}

	record HearingUnitView(long unitId, String name, Person responsible, HearingUnitStatus status, boolean canSpeakFor) {
	}

	/** A unit response waiting for its responsible person's approval. */
	record HearingPendingResponse(long id, long unitId, String unitName, Person author, Instant createdAt) {
	}

	record HearingView(long id, String title, String summary, Instant deadline, boolean open, boolean anonymousAllowed,
			List<HearingSection> sections, List<HearingUnitView> units, List<HearingPendingResponse> awaitingMyApproval,
			List<HearingAttachment> attachments, boolean canManage, @Nullable Long publishedDiscussionId,
			boolean draft, List<HearingUnitChange> unitChanges) {
	}

	/** A document of the hearing (a PDF or an image), downloaded from the hearing's attachment address. */
	record HearingAttachment(long id, String filename, String contentType, long size) {
	}

	record HearingPublish(@NotNull Long spaceId) {
	}

	record HearingPublication(long discussionId) {
	}

	record HearingQuote(String text, String by, HearingStance stance) {
	}

	record HearingSectionSummary(long sectionId, String title, int agree, int disagree, int comments, List<HearingQuote> quotes) {
	}

	record HearingUnitAnswer(long sectionId, HearingStance stance, @Nullable String comment) {
	}

	record HearingUnitSummary(long unitId, String name, Person responsible, HearingUnitStatus status, List<HearingUnitAnswer> answers) {
	}

	record HearingSummary(long hearingId, String title, int responses, List<HearingSectionSummary> sections,
			List<HearingUnitSummary> units) {
	}

}
