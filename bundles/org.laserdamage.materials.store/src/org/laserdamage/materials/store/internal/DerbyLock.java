package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Keeps a second process away from an embedded Derby database, with a message
 * that names the process holding it.
 * <p>
 * Embedded Derby lets only one process (JVM) open a database; a second one
 * fails with the cryptic XSDB6 error, and on file systems without working
 * locks Derby cannot even detect it. So the store holds
 * {@value #FILE_NAME} next to the database while it is open: an operating
 * system lock on it (released by the kernel when the process ends, so a crash
 * never leaves a stale lock), and in it the PID, start time and command of the
 * holder. A file that names a running process also counts as held, which
 * covers file systems without locks; a file that names a process that has
 * ended, or a later process that reuses its PID, is ignored and overwritten.
 * The file is emptied, never deleted, on release: deleting it would let two
 * processes lock two different files of the same name.
 */
public final class DerbyLock implements AutoCloseable {

	/** Name of the lock file in the database folder. */
	public static final String FILE_NAME = "materials.lock"; //$NON-NLS-1$

	/** Folders locked by this process: a second channel's close would drop the first one's lock. */
	private static final Set<Path> HELD = new HashSet<>();

	private final Path real;
	private final FileChannel channel;
	private final FileLock lock;

	/** @param lock {@code null} on a file system without locks, where only the PID in the file protects the database */
	private DerbyLock(Path real, FileChannel channel, FileLock lock) {
		this.real = real;
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param folder the database folder, created when missing
	 * @throws MaterialStoreException naming the process that holds the folder, or why it cannot be created
	 */
	public static DerbyLock acquire(Path folder) throws MaterialStoreException {
		Path real;
		try {
			real = Files.createDirectories(folder).toRealPath();
		} catch (IOException e) {
			throw new MaterialStoreException(NLS.bind(Messages.Lock_cannotCreate, folder, e), e);
		}
		synchronized (HELD) {
			if (!HELD.add(real)) {
				throw new MaterialStoreException(NLS.bind(Messages.Lock_thisProcess, folder));
			}
		}
		try {
			return lock(folder, real);
		} catch (MaterialStoreException | RuntimeException e) {
			forget(real);
			throw e;
		}
	}

	private static DerbyLock lock(Path folder, Path real) throws MaterialStoreException {
		Path file = real.resolve(FILE_NAME);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			boolean heldElsewhere;
			try {
				lock = channel.tryLock();
				heldElsewhere = lock == null;
			} catch (IOException noLocksHere) {
				lock = null;
				heldElsewhere = false;
			}
			Optional<LockOwner> owner = LockOwner.parse(read(channel));
			if (heldElsewhere || owner.filter(LockOwner::isOtherLiveProcess).isPresent()) {
				throw inUse(folder, owner);
			}
			write(channel, LockOwner.current().format());
			return new DerbyLock(real, channel, lock);
		} catch (IOException e) {
			closeQuietly(channel);
			throw new MaterialStoreException(NLS.bind(Messages.Lock_cannotCreate, file, e), e);
		} catch (MaterialStoreException e) {
			closeQuietly(channel);
			throw e;
		}
	}

	private static MaterialStoreException inUse(Path folder, Optional<LockOwner> owner) {
		if (owner.isEmpty()) {
			return new MaterialStoreException(NLS.bind(Messages.Lock_inUseUnknown, folder));
		}
		String command = owner.get().describe();
		return new MaterialStoreException(NLS.bind(Messages.Lock_inUse, new Object[] { folder, owner.get().pid(),
				command.isEmpty() ? Messages.Lock_commandUnknown : command }));
	}

	private static String read(FileChannel channel) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
		channel.read(buffer, 0);
		return new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
	}

	private static void write(FileChannel channel, String text) throws IOException {
		channel.truncate(0);
		channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.ISO_8859_1)), 0);
		channel.force(false);
	}

	/** Empties the lock file and releases the lock; the database must be shut down before. */
	@Override
	public void close() {
		try {
			channel.truncate(0);
			if (lock != null) {
				lock.release();
			}
		} catch (IOException e) {
			// The lock goes with the channel below; an empty file is only tidier.
		} finally {
			closeQuietly(channel);
			forget(real);
		}
	}

	private static void forget(Path real) {
		synchronized (HELD) {
			HELD.remove(real);
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// Closing a lock file cannot lose data.
			}
		}
	}
}
