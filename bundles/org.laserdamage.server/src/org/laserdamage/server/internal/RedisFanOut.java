package org.laserdamage.server.internal;

import java.net.URI;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Live job changes between replicas through Redis pub/sub: a replica that
 * changes a job publishes its id on {@value #CHANNEL}; every replica's
 * subscriber wakes the event streams of that job at once, so a client
 * following a job through any replica sees the progress of whichever replica
 * runs it without waiting for the next database poll. Pub/sub can drop
 * messages (a replica that was disconnected misses them): streams always read
 * the events themselves from the database, so a lost message only delays them
 * to the next poll. The subscriber reconnects with back-off when Redis goes
 * away.
 */
public final class RedisFanOut implements AutoCloseable {

	/** The channel of job ids. */
	public static final String CHANNEL = "laserdamage:job-events"; //$NON-NLS-1$

	private static final Logger LOG = LoggerFactory.getLogger(RedisFanOut.class);

	private final URI uri;
	private final JedisPooled publisher;
	private final Consumer<String> changed;
	private final Thread subscriber;
	private volatile JedisPubSub subscription;
	private volatile boolean closed;
	private volatile boolean subscribed;

	/**
	 * @param url     redis://[:password@]host:port[/db]
	 * @param changed told the id of every job a replica changed
	 */
	public RedisFanOut(String url, Consumer<String> changed) {
		this.uri = URI.create(url);
		if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("REDIS_URL (redis.url) must look like redis://HOST:6379/0, not " + redact(url)); //$NON-NLS-1$
		}
		this.publisher = new JedisPooled(uri);
		this.changed = changed;
		this.subscriber = new Thread(this::subscribe, "laserdamage-redis-subscriber"); //$NON-NLS-1$
		subscriber.setDaemon(true);
		subscriber.start();
	}

	/** @return whether the subscriber is connected now */
	public boolean isSubscribed() {
		return subscribed;
	}

	/** Tells every replica that {@code jobId} changed; a Redis that is away only costs the latency. */
	public void publish(String jobId) {
		try {
			publisher.publish(CHANNEL, jobId);
		} catch (JedisException e) {
			LOG.debug("Redis publish failed ({}); streams fall back to polling the database", e.getMessage()); //$NON-NLS-1$
		}
	}

	private void subscribe() {
		long backoff = 200;
		while (!closed) {
			try (Jedis jedis = new Jedis(uri)) {
				JedisPubSub pubSub = new JedisPubSub() {
					@Override
					public void onSubscribe(String channel, int count) {
						subscribed = true;
						LOG.info("Subscribed to {} on {}", channel, redact(uri.toString())); //$NON-NLS-1$
					}

					@Override
					public void onMessage(String channel, String message) {
						changed.accept(message);
					}
				};
				subscription = pubSub;
				backoff = 200;
				jedis.subscribe(pubSub, CHANNEL); // blocks until unsubscribed or disconnected
			} catch (JedisException e) {
				if (!closed) {
					LOG.warn("Redis subscription lost ({}); retrying in {} ms", e.getMessage(), backoff); //$NON-NLS-1$
				}
			} finally {
				subscribed = false;
			}
			try {
				Thread.sleep(backoff);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			backoff = Math.min(5000, backoff * 2);
		}
	}

	/** @return {@code url} without its password */
	public static String redact(String url) {
		return url.replaceAll("//[^/@]*@", "//***@"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void close() {
		closed = true;
		JedisPubSub s = subscription;
		if (s != null) {
			try {
				s.unsubscribe();
			} catch (JedisException | NullPointerException e) {
				// not connected
			}
		}
		subscriber.interrupt();
		publisher.close();
	}
}
