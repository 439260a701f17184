package org.laserdamage.backup;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

/**
 * Compressed tar archives of a folder (Commons Compress, POSIX long names and
 * big numbers, so long paths and entries over 8 GiB work), and their safe
 * extraction: an entry that is absolute, has a {@code ..} segment, is a link
 * or a special file, or would land outside the target refuses the whole
 * archive, as do more entries or bytes than allowed.
 */
public final class TarArchives {

	/** What an archive holds, and its SHA-256. */
	public record Written(long size, String sha256, int entries, long bytes) {
	}

	/** An archive that must not be extracted. */
	public static final class UnsafeArchiveException extends IOException {
		private static final long serialVersionUID = 1L;

		UnsafeArchiveException(String message) {
			super(message);
		}
	}

	private TarArchives() {
	}

	/**
	 * Archives the files and folders below {@code folder} (not following links; links are left out) into
	 * {@code archive}.
	 */
	public static Written write(Path folder, Path archive, IProgressMonitor monitor) throws IOException {
		MessageDigest sha = sha256();
		long[] bytes = { 0 };
		int[] entries = { 0 };
		try (OutputStream file = Files.newOutputStream(archive);
				DigestOutputStream digest = new DigestOutputStream(new BufferedOutputStream(file, 1 << 16), sha);
				GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(digest);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			if (Files.isDirectory(folder)) {
				Files.walkFileTree(folder, new SimpleFileVisitor<>() {
					@Override
					public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
						checkCancel(monitor);
						if (!dir.equals(folder)) {
							put(dir, attrs);
						}
						return FileVisitResult.CONTINUE;
					}

					@Override
					public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
						checkCancel(monitor);
						if (attrs.isRegularFile()) {
							put(file, attrs);
							bytes[0] += attrs.size();
						}
						return FileVisitResult.CONTINUE;
					}

					private void put(Path path, BasicFileAttributes attrs) throws IOException {
						String name = folder.relativize(path).toString().replace('\\', '/') + (attrs.isDirectory() ? "/" : ""); //$NON-NLS-1$ //$NON-NLS-2$
						TarArchiveEntry entry = new TarArchiveEntry(name);
						entry.setModTime(attrs.lastModifiedTime());
						if (attrs.isRegularFile()) {
							entry.setSize(attrs.size());
						}
						tar.putArchiveEntry(entry);
						if (attrs.isRegularFile()) {
							Files.copy(path, tar);
						}
						tar.closeArchiveEntry();
						entries[0]++;
					}
				});
			}
			tar.finish();
		}
		return new Written(Files.size(archive), HexFormat.of().formatHex(sha.digest()), entries[0], bytes[0]);
	}

	/**
	 * Reads {@code archive} through: its SHA-256, and that it decompresses and every entry is whole.
	 *
	 * @return what it holds
	 */
	public static Written read(Path archive, IProgressMonitor monitor) throws IOException {
		// two passes: the decompressor marks and resets its input, which a digest on that input would count twice
		String sha = sha256(archive, monitor);
		byte[] buffer = new byte[1 << 16];
		int entries = 0;
		long bytes = 0;
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
			while (tar.getNextEntry() != null) {
				checkCancel(monitor);
				entries++;
				int n;
				while ((n = tar.read(buffer)) > 0) {
					bytes += n;
				}
			}
		}
		return new Written(Files.size(archive), sha, entries, bytes);
	}

	/** @return the SHA-256 of the file {@code archive}, hex */
	public static String sha256(Path archive, IProgressMonitor monitor) throws IOException {
		MessageDigest sha = sha256();
		byte[] buffer = new byte[1 << 16];
		try (InputStream file = Files.newInputStream(archive)) {
			int n;
			while ((n = file.read(buffer)) > 0) {
				checkCancel(monitor);
				sha.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(sha.digest());
	}

	/**
	 * Extracts {@code archive} into the empty folder {@code target}.
	 *
	 * @param maxEntries the most entries allowed
	 * @param maxBytes   the most bytes of file content allowed
	 * @throws UnsafeArchiveException for an entry that is absolute, climbs out with {@code ..}, is a link or a
	 *                                special file, or for too many entries or bytes; what was extracted stays in
	 *                                {@code target} for the caller to delete
	 */
	public static void extract(Path archive, Path target, int maxEntries, long maxBytes, IProgressMonitor monitor)
			throws IOException {
		Path root = target.toAbsolutePath().normalize();
		Files.createDirectories(root);
		int entries = 0;
		long bytes = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream file = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
				TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				checkCancel(monitor);
				if (++entries > maxEntries) {
					throw new UnsafeArchiveException(NLS.bind(Messages.Archive_tooManyEntries, archive.getFileName(), maxEntries));
				}
				Path out = safeTarget(root, entry, archive);
				if (entry.isDirectory()) {
					Files.createDirectories(out);
					continue;
				}
				Files.createDirectories(out.getParent());
				if (Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
					throw new UnsafeArchiveException(NLS.bind(Messages.Archive_unsafeEntry, archive.getFileName(), entry.getName()));
				}
				try (OutputStream o = Files.newOutputStream(out)) {
					int n;
					while ((n = tar.read(buffer)) > 0) {
						bytes += n;
						if (bytes > maxBytes) {
							throw new UnsafeArchiveException(NLS.bind(Messages.Archive_tooManyBytes, archive.getFileName(), maxBytes));
						}
						o.write(buffer, 0, n);
					}
				}
				FileTime modified = entry.getLastModifiedTime();
				if (modified != null) {
					Files.setLastModifiedTime(out, modified);
				}
			}
		}
	}

	private static Path safeTarget(Path root, TarArchiveEntry entry, Path archive) throws IOException {
		String name = entry.getName();
		boolean plain = entry.isDirectory() || entry.isFile() && !entry.isLink() && !entry.isSymbolicLink();
		if (!plain || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0 //$NON-NLS-1$ //$NON-NLS-2$
				|| name.matches("^[A-Za-z]:.*") || java.util.Arrays.asList(name.split("/")).contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			throw new UnsafeArchiveException(NLS.bind(Messages.Archive_unsafeEntry, archive.getFileName(), name));
		}
		Path out;
		try {
			out = entry.resolveIn(root).normalize();
		} catch (IOException e) {
			throw new UnsafeArchiveException(NLS.bind(Messages.Archive_unsafeEntry, archive.getFileName(), name));
		}
		if (!out.startsWith(root) || out.equals(root)) {
			throw new UnsafeArchiveException(NLS.bind(Messages.Archive_unsafeEntry, archive.getFileName(), name));
		}
		// a folder of the path that is a link (made by an earlier entry, or already there) would lead outside
		for (Path p = out.getParent(); p != null && !p.equals(root); p = p.getParent()) {
			if (Files.isSymbolicLink(p)) {
				throw new UnsafeArchiveException(NLS.bind(Messages.Archive_unsafeEntry, archive.getFileName(), name));
			}
		}
		return out;
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static void checkCancel(IProgressMonitor monitor) {
		if (monitor != null && monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}
}
