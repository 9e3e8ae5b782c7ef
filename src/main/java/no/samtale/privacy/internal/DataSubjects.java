package no.samtale.privacy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import no.samtale.platform.InvalidInputException;
import no.samtale.platform.RandomTokens;
import no.samtale.privacy.DataSubject;
import no.samtale.privacy.ErasedKind;
import no.samtale.privacy.ErasureHold;
import no.samtale.privacy.HeldRecord;
import no.samtale.privacy.PersonalDataHolder;
import no.samtale.privacy.SubjectRecord;

/** Everything the modules hold about one person, gathered from every {@link PersonalDataHolder}. */
@Component
class DataSubjects {

	private final List<PersonalDataHolder> holders;

	private final List<ErasureHold> holds;

	DataSubjects(List<PersonalDataHolder> holders, List<ErasureHold> holds) {
		this.holders = holders;
		this.holds = holds;
	}

	/** What keeps this person's data from being erased (records under archive duty), from every module. */
	List<HeldRecord> holds(DataSubject subject) {
		return holds.stream().flatMap(hold -> hold.holds(subject).stream()).toList();
	}

	static DataSubject subject(String platform, String externalId, String name) {
		String id = blankToNull(externalId);
		String who = blankToNull(name);
		if (id == null && who == null) {
			throw new InvalidInputException("externalId", "Give the person's platform id or their name");
		}
		if (who != null && who.length() < 3) {
			throw new InvalidInputException("name", "At least 3 characters, so a search does not sweep up strangers");
		}
		String plat = blankToNull(platform);
		return new DataSubject(plat == null ? null : plat.toUpperCase(Locale.ROOT), id, who);
	}

	/** Identifies the subject in logs and audits without naming them. */
	static String fingerprint(DataSubject subject) {
		return RandomTokens.sha256(subject.platform() + "|" + subject.externalId() + "|"
				+ (subject.name() == null ? null : subject.name().toLowerCase(Locale.ROOT)));
	}

	Map<String, List<SubjectRecord>> find(DataSubject subject) {
		Map<String, List<SubjectRecord>> found = new LinkedHashMap<>();
		holders.forEach(holder -> found.put(holder.name(), holder.find(subject)));
		return found;
	}

	/** Erases in every module; answers what was done per kind, summed over the modules, in the kinds' order. */
	List<ErasedKind> erase(DataSubject subject) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		ErasedKind.KINDS.forEach(kind -> counts.put(kind, 0));
		holders.forEach(holder -> holder.erase(subject).forEach(done -> counts.merge(done.kind(), done.count(), Integer::sum)));
		return counts.entrySet().stream().map(count -> new ErasedKind(count.getKey(), count.getValue())).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
