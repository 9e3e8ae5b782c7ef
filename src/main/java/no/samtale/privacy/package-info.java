/**
 * Protection of personal data. {@link no.samtale.privacy.PersonalDataDetector} finds Norwegian identity numbers
 * (fødselsnummer, D-, H- and synthetic test numbers), bank account numbers, phone numbers and e-mail addresses in
 * free text and masks them, without Spring or a database, so that any module (and the log layout) can use it on a
 * hot path; {@link no.samtale.privacy.PersonalDataPolicy} holds the rules for what employees write. The
 * {@link no.samtale.privacy.AccessLog} records who read, revealed, searched, exported or erased personal data.
 * Retention runs nightly against every module's {@link no.samtale.privacy.RetentionTarget} (delete or anonymise
 * per {@link no.samtale.privacy.RetentionCategory}); data-subject requests find and export everything about one
 * external person from every {@link no.samtale.privacy.PersonalDataHolder}, and erase it once a second person
 * approves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package no.samtale.privacy;
