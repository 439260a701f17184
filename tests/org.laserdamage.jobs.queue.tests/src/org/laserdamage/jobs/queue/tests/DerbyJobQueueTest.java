package org.laserdamage.jobs.queue.tests;

import java.util.Properties;

import org.laserdamage.materials.store.internal.Dialect;

/** The queue on the embedded database of a single node. */
class DerbyJobQueueTest extends JobQueueContract {

	@Override
	String url() {
		return Dialect.derbyUrl(tmp.resolve("queue-db"));
	}

	@Override
	Properties credentials() {
		return new Properties();
	}
}
