package no.samtale.teams.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import no.samtale.teams.TeamOpeningHours.Hours;

/**
 * The duty roster's rules, as pure functions: two on every shift, shifts within the accounts' opening hours, nobody
 * on two shifts at once. Times are Norwegian ({@link #ZONE}); a shift lies within one day.
 */
final class DutyRules {

	static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

	/** Fewer than this on a shift is a warning to the team's lead. */
	static final int TWO = 2;

	private DutyRules() {
	}

	/**
	 * Why a shift cannot be planned so: the field at fault, the rule's stable code (clients word it; null where the
	 * problem type says it) and what is wrong, in the server's words.
	 */
	record Objection(String field, @Nullable String code, String reason) {
	}

	/** Field error codes of the rules, for clients to word: see the problem texts in the front end. */
	static final String NEEDS_SOMEONE = "ShiftNeedsSomeone";

	static final String ENDS_AFTER_STARTS = "ShiftEndsAfterStarts";

	static final String NOT_TEAM_MEMBER = "ShiftNotTeamMember";

	/** A time in someone's shift that another shift of theirs already covers. */
	record Booked(long userId, Instant startsAt, Instant endsAt) {
	}

	/** Two people on duty, so a reply always has a partner to check it; fewer is allowed but warned about. */
	static boolean aShiftNeedsTwo(Collection<Long> people) {
		return people.stream().distinct().count() >= TWO;
	}

	/** A shift without anyone is not a shift; nor one that ends before it starts. */
	static Optional<Objection> aShiftHasSomeoneAndEndsAfterItStarts(Collection<Long> people, LocalTime starts,
			LocalTime ends) {
		if (people.isEmpty()) {
			return Optional.of(
					new Objection("userIds", NEEDS_SOMEONE, "Put at least one person on the shift (two, to have a partner)"));
		}
		if (!ends.isAfter(starts)) {
			return Optional.of(new Objection("ends", ENDS_AFTER_STARTS, "A shift ends after it starts, on the same day"));
		}
		return Optional.empty();
	}

	/**
	 * A shift lies within the opening hours of the team's accounts that day. A team without accounts takes any
	 * hours; a team whose accounts are all closed that day takes none.
	 */
	static Optional<Objection> aShiftLiesWithinOpeningHours(LocalTime starts, LocalTime ends, Optional<Hours> open,
			boolean teamHasAccounts) {
		if (!teamHasAccounts) {
			return Optional.empty();
		}
		if (open.isEmpty()) {
			return Optional.of(new Objection("date", null, "The team's accounts are closed that day"));
		}
		if (starts.isBefore(open.get().opens())) {
			return Optional.of(new Objection("starts", null, "The accounts open at " + open.get().opens()));
		}
		if (ends.isAfter(closingOf(open.get()))) {
			return Optional.of(new Objection("ends", null, "The accounts close at " + open.get().closes()));
		}
		return Optional.empty();
	}

	/** Nobody is on two shifts at once: answers the first person already booked in this time. */
	static Optional<Long> nobodyIsOnTwoShiftsAtOnce(Instant startsAt, Instant endsAt, List<Booked> booked) {
		return booked.stream()
			.filter(other -> other.startsAt().isBefore(endsAt) && startsAt.isBefore(other.endsAt()))
			.map(Booked::userId)
			.findFirst();
	}

	/** An account open "until 23:59" is open to the end of the day: a shift may end at midnight's minute. */
	private static LocalTime closingOf(Hours open) {
		return open.closes().equals(LocalTime.of(23, 59)) ? LocalTime.MAX : open.closes();
	}

}
