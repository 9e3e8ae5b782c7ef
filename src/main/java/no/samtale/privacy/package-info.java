/**
 * Protection of personal data. For now its detector: {@link no.samtale.privacy.PersonalDataDetector} finds
 * Norwegian identity numbers (fødselsnummer, D-, H- and synthetic test numbers), bank account numbers, phone
 * numbers and e-mail addresses in free text and masks them, without Spring or a database, so that any module (and
 * the log layout) can use it on a hot path.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Privacy")
package no.samtale.privacy;
