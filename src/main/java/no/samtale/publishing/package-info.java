/**
 * Editorial planning and publishing: a team's yearly wheel of recurring themes (årshjul), posts planned per account
 * and checked by a partner before they leave (four eyes through {@link no.samtale.approval.Approvals}), and
 * publishing each approved post exactly once at its time through the account's connector (the channels
 * {@link no.samtale.channels.Outbox}; a Facebook page's own scheduling when the time is 10 minutes to 30 days away).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publishing")
package no.samtale.publishing;
