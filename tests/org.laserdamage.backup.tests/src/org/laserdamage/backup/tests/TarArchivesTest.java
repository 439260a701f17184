package org.laserdamage.backup.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.backup.Backups;
import org.laserdamage.backup.TarArchives;

/**
 * Hostile archives: each is refused as a whole and nothing is written outside
 * the target folder (the test looks at the whole temporary tree).
 */
class TarArchivesTest {

	@TempDir
	Path root;

	/** One entry of a hand-made archive: a name, and a link target (symbolic with "->", hard with "=>"). */
	private Path archive(String... entries) throws IOException {
		Path archive = root.resolve("hostile.tar.gz"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(archive);
				TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
			tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			for (String e : entries) {
				TarArchiveEntry entry;
				if (e.contains("->")) { //$NON-NLS-1$
					entry = new TarArchiveEntry(e.substring(0, e.indexOf("->")), TarArchiveEntry.LF_SYMLINK); //$NON-NLS-1$
					entry.setLinkName(e.substring(e.indexOf("->") + 2)); //$NON-NLS-1$
				} else if (e.contains("=>")) { //$NON-NLS-1$
					entry = new TarArchiveEntry(e.substring(0, e.indexOf("=>")), TarArchiveEntry.LF_LINK); //$NON-NLS-1$
					entry.setLinkName(e.substring(e.indexOf("=>") + 2)); //$NON-NLS-1$
				} else {
					entry = new TarArchiveEntry(e, true); // absolute names and .. kept as written
					entry.setSize(5);
				}
				tar.putArchiveEntry(entry);
				if (entry.isFile() && !entry.isLink() && !entry.isSymbolicLink()) {
					tar.write("owned".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
				}
				tar.closeArchiveEntry();
			}
		}
		return archive;
	}

	private void assertRefused(Path archive, int maxEntries) throws IOException {
		Path target = root.resolve("target"); //$NON-NLS-1$
		Set<Path> before = Trees.paths(root);
		assertThrows(TarArchives.UnsafeArchiveException.class,
				() -> TarArchives.extract(archive, target, maxEntries, 1 << 20, null));
		Set<Path> after = Trees.paths(root);
		after.removeIf(p -> p.startsWith(target));
		before.removeIf(p -> p.startsWith(target));
		assertEquals(before, after, "nothing written outside the target"); //$NON-NLS-1$
		assertTrue(Files.notExists(Path.of("/tmp/laserdamage-escape.txt")), "nothing written at an absolute path"); //$NON-NLS-1$ //$NON-NLS-2$
		Backups.deleteTree(target);
	}

	@Test
	void anAbsoluteEntryIsRefused() throws IOException {
		assertRefused(archive("ok.txt", "/tmp/laserdamage-escape.txt"), 100); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aDotDotEntryIsRefused() throws IOException {
		assertRefused(archive("ok.txt", "../escape.txt"), 100); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(archive("a/b/../../../escape.txt"), 100); //$NON-NLS-1$
	}

	@Test
	void aSymbolicLinkIsRefused() throws IOException {
		assertRefused(archive("link->/etc", "link/passwd"), 100); //$NON-NLS-1$ //$NON-NLS-2$
		assertRefused(archive("up->..", "up/escape.txt"), 100); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aHardLinkIsRefused() throws IOException {
		assertRefused(archive("hard=>/etc/passwd"), 100); //$NON-NLS-1$
		assertRefused(archive("ok.txt", "hard=>../escape.txt"), 100); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void moreEntriesThanTheManifestListsAreRefused() throws IOException {
		String[] many = new String[2000];
		for (int i = 0; i < many.length; i++) {
			many[i] = "f" + i; //$NON-NLS-1$
		}
		assertRefused(archive(many), 1000);
	}

	@Test
	void anHonestArchiveRoundTrips(@TempDir Path source) throws Exception {
		Trees.write(source, "a/b/c.txt", "c"); //$NON-NLS-1$ //$NON-NLS-2$
		Trees.write(source, "x".repeat(120) + "/" + "y".repeat(120) + ".txt", "long"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Files.createDirectories(source.resolve("empty")); //$NON-NLS-1$
		Path archive = root.resolve("honest.tar.gz"); //$NON-NLS-1$
		TarArchives.Written w = TarArchives.write(source, archive, null);
		TarArchives.Written r = TarArchives.read(archive, null);
		assertEquals(w, r);
		Path target = root.resolve("out"); //$NON-NLS-1$
		TarArchives.extract(archive, target, w.entries(), w.bytes(), null);
		assertEquals(Trees.read(source), Trees.read(target));
	}
}
