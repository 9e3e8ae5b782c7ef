package no.samtale.contacts.internal;

import java.util.List;

import no.samtale.platform.CsvFault;

/** A telephony file with faults: nothing of it was stored. */
class TelephonyCsvRejected extends RuntimeException {

	private final List<CsvFault> faults;

	TelephonyCsvRejected(List<CsvFault> faults) {
		super(faults.size() + " faults in the file; nothing was imported");
		this.faults = List.copyOf(faults);
	}

	List<CsvFault> faults() {
		return faults;
	}

}
