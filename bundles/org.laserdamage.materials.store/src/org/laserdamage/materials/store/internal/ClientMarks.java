package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Tells the host of a shared database whether other processes still use it:
 * {@value #FILE_NAME} in the store folder, on which every client holds a
 * shared operating-system lock while it is connected. The host takes the
 * exclusive lock before it stops serving; that succeeds once the last client
 * has gone (the kernel also drops the lock of a client that died), and while
 * the host holds it a newcomer cannot register and waits for the next host
 * instead of connecting to one that is going away.
 */
final class ClientMarks implements AutoCloseable {

	/** Name of the file in the store folder. */
	static final String FILE_NAME = "materials.clients"; //$NON-NLS-1$

	private final FileChannel channel;
	private final FileLock lock;

	private ClientMarks(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** @return a client's mark, or empty when the host is shutting down (it holds the exclusive lock) */
	static Optional<ClientMarks> register(Path folder) throws IOException {
		return tryLock(folder, true);
	}

	/** @return the host's exclusive lock, or empty while a client is registered */
	static Optional<ClientMarks> noClients(Path folder) throws IOException {
		return tryLock(folder, false);
	}

	private static Optional<ClientMarks> tryLock(Path folder, boolean shared) throws IOException {
		FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.READ,
				StandardOpenOption.WRITE);
		try {
			FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
			if (lock == null) {
				channel.close();
				return Optional.empty();
			}
			return Optional.of(new ClientMarks(channel, lock));
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	@Override
	public void close() {
		try {
			lock.release();
		} catch (IOException e) {
			// Closing the channel releases it as well.
		} finally {
			DerbyLock.closeQuietly(channel);
		}
	}
}
