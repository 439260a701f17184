package org.laserdamage.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A backup set found in a destination folder.
 *
 * @param id       its id ({@code yyyyMMdd_HHmmss})
 * @param folder   its folder
 * @param manifest its manifest, or null when there is none that can be read
 * @param status   {@link Status#VERIFIED} only for a complete set whose archives matched its manifest
 */
public record BackupSet(String id, Path folder, Manifest manifest, Status status) {

	/** What a set in a destination is. */
	public enum Status {
		/** Complete, and every archive matched its manifest when it was last checked. */
		VERIFIED,
		/** Its archives did not match, or it could not be written. */
		FAILED,
		/** Being written, or its writer was stopped before it was verified: not a backup. */
		INCOMPLETE
	}

	/** The id format, the seed's {@code date +%Y%m%d_%H%M%S} in UTC. */
	public static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC); //$NON-NLS-1$
	/** Names of set folders: the id, then nothing (verified), {@code .failed} or {@code .incomplete}. */
	static final String ID_PATTERN = "\\d{8}_\\d{6}"; //$NON-NLS-1$
	static final String FAILED_SUFFIX = ".failed"; //$NON-NLS-1$
	static final String INCOMPLETE_SUFFIX = ".incomplete"; //$NON-NLS-1$

	/** @return whether it may be restored from: verified */
	public boolean isGood() {
		return status == Status.VERIFIED;
	}

	/** @return when it was started, from its id */
	public Instant time() {
		return time(id).orElse(Instant.EPOCH);
	}

	/** @return the time an id names, if it is one */
	public static Optional<Instant> time(String id) {
		try {
			return Optional.of(LocalDateTime.parse(id, ID).toInstant(ZoneOffset.UTC));
		} catch (DateTimeParseException e) {
			return Optional.empty();
		}
	}
}
