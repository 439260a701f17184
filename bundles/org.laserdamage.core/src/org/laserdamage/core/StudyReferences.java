package org.laserdamage.core;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.laserdamage.model.Layer;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

/**
 * The studies below a folder that use a material, so that deleting it does
 * not break them. A study that cannot be read is judged by its text, so a
 * damaged study does not hide a reference. The command line's and the
 * Materials view's delete ask it before they remove a material.
 */
public final class StudyReferences {

	/** How deep below the folder studies are looked for: projects, their folders and run folders. */
	public static final int MAX_DEPTH = 8;

	private StudyReferences() {
	}

	/**
	 * @return the studies (.ldsim) below {@code folder} whose layers refer to
	 *         {@code materialId}, sorted; folders that cannot be read are skipped
	 */
	public static List<Path> to(String materialId, Path folder) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && file.getFileName().toString().endsWith('.' + StudyIO.EXTENSION)
						&& refersTo(file, materialId)) {
					found.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				return FileVisitResult.CONTINUE;
			}
		});
		Collections.sort(found);
		return found;
	}

	private static boolean refersTo(Path file, String materialId) {
		try {
			Study study = StudyIO.load(file);
			return study.getTarget() != null
					&& study.getTarget().getLayers().stream().map(Layer::getMaterialId).anyMatch(materialId::equals);
		} catch (StudyFormatException e) {
			try {
				return Files.readString(file).contains("materialId=\"" + materialId + '"'); //$NON-NLS-1$
			} catch (IOException unreadable) {
				return false;
			}
		}
	}
}
