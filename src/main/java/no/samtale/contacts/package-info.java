/**
 * Contacts: the offices' and contact centre's contact log (walk-ins and calls counted by channel, office, topic and
 * outcome, with no personal data), figures imported from the telephony system, service complaints handled with a
 * deadline and a response checked by a second handler, and the channel mix with its digital share per month.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package no.samtale.contacts;
