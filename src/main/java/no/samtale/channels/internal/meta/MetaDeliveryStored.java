package no.samtale.channels.internal.meta;

/** A signed webhook delivery was stored; processing it happens after the commit, away from Meta's request. */
public record MetaDeliveryStored(long deliveryId) {
}
