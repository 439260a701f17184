package org.laserdamage.backup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.google.gson.JsonObject;

/**
 * The notification after a backup, as the seed's script sends it: a JSON
 * POST whose {@code text} a Slack (or compatible) incoming webhook shows,
 * with the set's id, status and problem beside it for other receivers. A
 * webhook that fails is reported, never fatal: the backup stands.
 */
public final class Webhook {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final URI address;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	/**
	 * @throws IllegalArgumentException for an address that is not http(s)
	 */
	public Webhook(String address) {
		URI uri = URI.create(address.strip());
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException("The backup webhook must be an http(s) address, not " + address); //$NON-NLS-1$
		}
		this.address = uri;
	}

	/**
	 * Posts the outcome of a backup.
	 *
	 * @param id      the set's id
	 * @param ok      whether it was written and verified
	 * @param details where it is, or why it failed
	 * @return why the webhook did not take it, if it did not (the caller says so; the backup stands)
	 */
	public Optional<String> post(String id, boolean ok, String details) {
		JsonObject body = new JsonObject();
		body.addProperty("text", (ok ? "Laser Damage backup verified: " : "Laser Damage backup FAILED: ") + id //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " (" + details + ')'); //$NON-NLS-1$
		body.addProperty("id", id); //$NON-NLS-1$
		body.addProperty("status", ok ? "verified" : "failed"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		body.addProperty("details", details); //$NON-NLS-1$
		HttpRequest request = HttpRequest.newBuilder(address).timeout(TIMEOUT).header("Content-Type", "application/json") //$NON-NLS-1$ //$NON-NLS-2$
				.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build();
		try {
			HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() / 100 == 2 ? Optional.empty()
					: Optional.of("the webhook " + address.getHost() + " answered HTTP " + answer.statusCode()); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			return Optional.of("the webhook " + address.getHost() + " did not answer: " //$NON-NLS-1$ //$NON-NLS-2$
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Optional.of("interrupted while posting to the webhook"); //$NON-NLS-1$
		}
	}
}
