package org.laserdamage.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

/**
 * The API's bearer tokens, kept only as SHA-256 hashes; a presented token is
 * hashed and compared with every known hash in constant time, so neither the
 * comparison nor the configuration reveals a token.
 */
public final class Tokens {

	/** What a token may do; each role includes the ones before it. */
	public enum Role {
		/** Read jobs, events and results. */
		READ,
		/** Also submit and cancel jobs. */
		SUBMIT,
		/** Also the administrative operations. */
		ADMIN;

		public boolean includes(Role other) {
			return compareTo(other) >= 0;
		}
	}

	/** A configured token: its name (for logs and job records), role and SHA-256. */
	public record Token(String name, Role role, byte[] sha256) {
	}

	private final List<Token> tokens;
	private final boolean open;

	/**
	 * @param open true to let every request in as an administrator (auth=none on a loopback bind, for a
	 *             single user's machine)
	 */
	public Tokens(List<Token> tokens, boolean open) {
		this.tokens = List.copyOf(tokens);
		this.open = open;
	}

	/** @return whether requests need no token */
	public boolean isOpen() {
		return open;
	}

	/** @return the token whose hash matches {@code presented}, checking all of them */
	public Optional<Token> authenticate(String presented) {
		if (open) {
			return Optional.of(new Token("anonymous", Role.ADMIN, new byte[0])); //$NON-NLS-1$
		}
		if (presented == null || presented.isEmpty() || presented.length() > 512) {
			return Optional.empty();
		}
		byte[] hash = sha256(presented);
		Token found = null;
		for (Token t : tokens) {
			if (MessageDigest.isEqual(hash, t.sha256()) && found == null) {
				found = t;
			}
		}
		return Optional.ofNullable(found);
	}

	/** @return the SHA-256 of {@code text}'s UTF-8 bytes */
	public static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e); //$NON-NLS-1$
		}
	}
}
