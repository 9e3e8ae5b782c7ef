package no.samtale.channels.internal.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import no.samtale.channels.internal.meta.CommentChanges.Change;
import no.samtale.channels.internal.meta.CommentChanges.Effect;
import no.samtale.channels.internal.meta.CommentChanges.Known;
import no.samtale.channels.internal.meta.CommentChanges.Status;

/** The order of changes to a Meta comment, without Spring or a database. */
class CommentChangesTests {

	private static final Instant NOON = Instant.parse("2026-11-24T12:00:00Z");

	@Test
	void aLaterChangeAppliesAndAnEarlierOneDoesNot() {
		Known edited = CommentChanges.first(Change.EDIT, NOON, "Ny tekst");

		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(edited, Change.EDIT, NOON.plusSeconds(1))).isTrue();
		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(edited, Change.REMOVE, NOON.minusSeconds(1))).isFalse();
	}

	@Test
	void inTheSameSecondARemovalOutranksAHideWhichOutranksAnEditWhichOutranksTheComment() {
		Known hidden = CommentChanges.first(Change.HIDE, NOON, null);

		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(hidden, Change.REMOVE, NOON)).isTrue();
		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(hidden, Change.UNHIDE, NOON)).isTrue();
		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(hidden, Change.EDIT, NOON)).isFalse();
		assertThat(CommentChanges.aChangeAppliesOnlyWhenNewer(hidden, Change.ADD, NOON)).isFalse();
	}

	@Test
	void aRemovalIsFinalAndKeepsNoText() {
		Known removed = CommentChanges.first(Change.REMOVE, NOON, null);

		Known editedAfter = CommentChanges.afterTheChange(removed, Change.EDIT, NOON.plusSeconds(5), "Tilbake?");

		assertThat(removed.status()).isEqualTo(Status.REMOVED);
		assertThat(editedAfter.status()).isEqualTo(Status.REMOVED);
		assertThat(editedAfter.body()).isNull();
		assertThat(CommentChanges.effectOf(Change.EDIT, editedAfter)).isEqualTo(Effect.REMOVED);
	}

	@Test
	void aHideKeepsTheTextAndAnEditReplacesIt() {
		Known visible = CommentChanges.first(Change.ADD, NOON, "Første");

		Known hidden = CommentChanges.afterTheChange(visible, Change.HIDE, NOON.plusSeconds(1), null);
		Known edited = CommentChanges.afterTheChange(hidden, Change.EDIT, NOON.plusSeconds(2), "Andre");

		assertThat(hidden.status()).isEqualTo(Status.HIDDEN);
		assertThat(hidden.body()).isEqualTo("Første");
		assertThat(CommentChanges.effectOf(Change.HIDE, hidden)).isEqualTo(Effect.HIDDEN_CHANGED);
		assertThat(edited.status()).isEqualTo(Status.VISIBLE);
		assertThat(edited.body()).isEqualTo("Andre");
		assertThat(CommentChanges.effectOf(Change.EDIT, edited)).isEqualTo(Effect.EDITED);
	}

	@Test
	void aCommentRemovedBeforeItArrivedNeverAppearsAndOneEditedBeforeArrivesWithItsLatestText() {
		Known tombstone = CommentChanges.first(Change.REMOVE, NOON, null);
		Known editedFirst = CommentChanges.first(Change.EDIT, NOON, "Rettet");

		assertThat(CommentChanges.textOnArrival(tombstone, "Opprinnelig")).isEmpty();
		assertThat(CommentChanges.textOnArrival(editedFirst, "Opprinnelig")).contains("Rettet");
		assertThat(CommentChanges.textOnArrival(null, "Opprinnelig")).contains("Opprinnelig");
	}

	@Test
	void onlyTheVerbsThatChangeACommentAreChanges() {
		assertThat(Change.ofVerb("edited")).contains(Change.EDIT);
		assertThat(Change.ofVerb("remove")).contains(Change.REMOVE);
		assertThat(Change.ofVerb("update")).isEmpty();
	}

	@Test
	void aFirstHideOrRemovalKeepsNoText() {
		assertThat(CommentChanges.first(Change.HIDE, NOON, "x").body()).isNull();
		assertThat(CommentChanges.first(Change.REMOVE, NOON, "x").body()).isNull();
		assertThat(CommentChanges.first(Change.ADD, NOON, "x")).isEqualTo(new Known(Status.VISIBLE, "x", NOON, 0));
	}

}
