package no.samtale.publishing.internal.sponsored;

import java.util.List;

import no.samtale.platform.CsvFault;

/** A results file with faults: nothing of it was stored. */
class SponsorshipCsvRejected extends RuntimeException {

	private final List<CsvFault> faults;

	SponsorshipCsvRejected(List<CsvFault> faults) {
		super(faults.size() + " faults in the file; nothing was imported");
		this.faults = List.copyOf(faults);
	}

	List<CsvFault> faults() {
		return faults;
	}

}
