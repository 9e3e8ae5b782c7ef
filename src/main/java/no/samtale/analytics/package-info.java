/**
 * Figures and surveys: a metrics store written as the other modules' events happen (per account and Norwegian day,
 * per team from delivered replies), read by the dashboards and exported as CSV and XLSX; and questionnaires answered
 * by citizens without login or by employees, anonymous by default. It reads no other module's tables: what an event
 * lacked was added to the event, and the citizens' messages, too many for a listener transaction each, are followed
 * through the inbox's public {@code InboxMessageFeed} with a cursor of analytics' own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package no.samtale.analytics;
