package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.MaterialStoreException;

/**
 * The right to boot the embedded Derby database of a store folder, which one
 * process (the host, see {@link SharedDerby}) has at a time.
 * <p>
 * It is {@value #FILE_NAME}: an operating-system lock on the file (released
 * by the kernel when the process ends, so a crash never leaves a stale lock),
 * and in it the PID, start time and command of the holder, for messages. A
 * process that holds this lock always holds the operating-system lock, so a
 * file whose lock is free names no live holder (a crashed program, a file
 * restored from a backup) and is overwritten. Only on a file system without
 * locks does the PID in the file decide, as long as it names a running
 * process. The file is emptied, never deleted, on release: deleting it would
 * let two processes lock two different files of the same name.
 */
public final class DerbyLock implements AutoCloseable {

	/** Name of the lock file in the database folder. */
	public static final String FILE_NAME = "materials.lock"; //$NON-NLS-1$

	private final FileChannel channel;
	private final FileLock lock;

	/** @param lock {@code null} on a file system without locks, where only the PID in the file protects the database */
	private DerbyLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/**
	 * @param folder the existing database folder (its real path)
	 * @return the lock, or empty when another live process holds it
	 * @throws MaterialStoreException when the lock file cannot be created
	 */
	public static Optional<DerbyLock> tryAcquire(Path folder) throws MaterialStoreException {
		Path file = folder.resolve(FILE_NAME);
		FileChannel channel = null;
		try {
			channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = channel.tryLock();
				if (lock == null) {
					closeQuietly(channel);
					return Optional.empty();
				}
			} catch (IOException noLocksHere) {
				lock = null;
				if (LockOwner.parse(read(channel)).filter(LockOwner::isOtherLiveProcess).isPresent()) {
					closeQuietly(channel);
					return Optional.empty();
				}
			}
			write(channel, LockOwner.current().format());
			return Optional.of(new DerbyLock(channel, lock));
		} catch (IOException e) {
			closeQuietly(channel);
			throw new MaterialStoreException(NLS.bind(Messages.Lock_cannotCreate, file, e), e);
		}
	}

	/** @return the process named in the lock file of {@code folder}, if any */
	public static Optional<LockOwner> owner(Path folder) {
		try (FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.READ)) {
			return LockOwner.parse(read(channel));
		} catch (IOException e) {
			return Optional.empty(); // no file (never opened), or unreadable: the message then names no process
		}
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
		}
	}

	static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// Closing a lock file cannot lose data.
			}
		}
	}
}
