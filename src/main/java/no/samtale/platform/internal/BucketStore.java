package no.samtale.platform.internal;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Where the token buckets live: in the database shared by every node, or in this process on H2. */
interface BucketStore {

	ConsumptionProbe consume(long key, BucketConfiguration configuration);

	void refund(long key, BucketConfiguration configuration);

	/** Forgets buckets nobody has used for a while (a full bucket is the same as none). */
	void forgetIdle();

}
