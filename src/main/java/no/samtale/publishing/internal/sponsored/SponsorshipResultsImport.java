package no.samtale.publishing.internal.sponsored;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.samtale.identity.CurrentUser;
import no.samtale.platform.CsvFault;
import no.samtale.platform.CsvReader.Parsed;
import no.samtale.platform.NotFoundException;
import no.samtale.publishing.internal.sponsored.SponsorshipResultsCsv.ResultsRow;
import no.samtale.publishing.internal.sponsored.Sponsorships.ResultsInput;

/**
 * Spend and results of many sponsored posts at once, from a CSV file made from the platform's ad report. The whole
 * file is checked first (its cells, then that each post is a sponsored post of the caller's teams whose budget was
 * approved) and every fault is answered at once; only a file without faults is written, in one transaction.
 */
@Service
class SponsorshipResultsImport {

	private final Sponsorships sponsorships;

	SponsorshipResultsImport(Sponsorships sponsorships) {
		this.sponsorships = sponsorships;
	}

	@Transactional
	List<Sponsorship> importFile(@Nullable String text, CurrentUser user) {
		Parsed<ResultsRow> parsed = SponsorshipResultsCsv.parse(text);
		List<CsvFault> faults = new ArrayList<>(parsed.faults());
		for (ResultsRow row : parsed.rows()) {
			check(row, user, faults);
		}
		if (!faults.isEmpty()) {
			throw new SponsorshipCsvRejected(faults);
		}
		return parsed.rows()
			.stream()
			.map(row -> sponsorships.results(row.postId(),
					new ResultsInput(row.spendNok(), row.reach(), row.clicks(), row.results()), user))
			.toList();
	}

	/** A post the caller cannot see is reported as unknown, as the single-post call answers 404 for it. */
	private void check(ResultsRow row, CurrentUser user, List<CsvFault> faults) {
		try {
			Sponsorship sponsorship = sponsorships.get(row.postId(), user);
			if (sponsorship.status() != Sponsorship.Status.APPROVED) {
				faults.add(new CsvFault(row.line(), "postId", "not-approved",
						"The post's budget is " + sponsorship.status() + "; results are entered once it is approved"));
			}
		}
		catch (NotFoundException e) {
			faults.add(new CsvFault(row.line(), "postId", "unknown-post",
					"No sponsored post " + row.postId() + " in your teams"));
		}
	}

}
