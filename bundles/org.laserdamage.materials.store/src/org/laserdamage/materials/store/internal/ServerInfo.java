package org.laserdamage.materials.store.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * {@value #FILE_NAME} in a store folder: where the process that hosts the
 * embedded database serves it to other processes (loopback port, login) and
 * which process that is. The file holds a secret, so it is created readable
 * by its owner only, and it is replaced atomically, so a reader sees a whole
 * file or none.
 *
 * @param port     loopback TCP port of Derby's network server
 * @param user     database user
 * @param password the host's random secret
 * @param host     the hosting process
 */
record ServerInfo(int port, String user, String password, LockOwner host) {

	/** Name of the file in the store folder. */
	static final String FILE_NAME = "server.properties"; //$NON-NLS-1$

	private static final String PORT = "port"; //$NON-NLS-1$
	private static final String USER = "user"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$

	/** @return what {@code folder} advertises, empty when nothing (or nothing readable) */
	static Optional<ServerInfo> read(Path folder) {
		Properties p = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(FILE_NAME), StandardCharsets.ISO_8859_1)) {
			p.load(in);
			Optional<LockOwner> host = LockOwner.parse(p);
			int port = Integer.parseInt(p.getProperty(PORT, "").trim()); //$NON-NLS-1$
			String user = p.getProperty(USER);
			String password = p.getProperty(PASSWORD);
			if (host.isEmpty() || user == null || password == null) {
				return Optional.empty();
			}
			return Optional.of(new ServerInfo(port, user, password, host.get()));
		} catch (IOException | IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Writes the file, readable by this user only, replacing an older one in one step. */
	void write(Path folder) throws IOException {
		Properties p = host.properties();
		p.setProperty(PORT, Integer.toString(port));
		p.setProperty(USER, user);
		p.setProperty(PASSWORD, password);
		Path temporary = folder.resolve(FILE_NAME + '.' + ProcessHandle.current().pid() + ".tmp"); //$NON-NLS-1$
		Files.deleteIfExists(temporary);
		try {
			Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
		} catch (UnsupportedOperationException notPosix) {
			Files.createFile(temporary);
		}
		try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.ISO_8859_1)) {
			p.store(out, "Laser Damage Workbench: material database served to other processes (secret)"); //$NON-NLS-1$
		}
		try {
			Files.move(temporary, folder.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
			Files.move(temporary, folder.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Removes the file if it still names this host. */
	static void remove(Path folder, LockOwner host) {
		try {
			if (read(folder).filter(info -> info.host().equals(host)).isPresent()) {
				Files.deleteIfExists(folder.resolve(FILE_NAME));
			}
		} catch (IOException e) {
			// A file naming an ended process is ignored by the next reader.
		}
	}
}
