package org.laserdamage.ui.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/** Pictures of the screen or of one control, for assertions and for failure reports. */
public final class Screenshots {

	/** The folder of screenshots: system property {@code laserdamage.screenshots}, else target/screenshots. */
	public static final File FOLDER = new File(System.getProperty("laserdamage.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$

	private Screenshots() {
	}

	/** Saves the whole display as a PNG file {@code name} in {@link #FOLDER}. */
	public static File save(String name) {
		return save(name, () -> Ui.display().getBounds());
	}

	/** Saves the client area of the active workbench window as a PNG file {@code name} in {@link #FOLDER}. */
	public static File saveWindow(String name) {
		return save(name, () -> {
			Shell shell = Ui.workbenchShell();
			return Ui.display().map(shell, null, shell.getClientArea());
		});
	}

	private static File save(String name, Supplier<Rectangle> area) {
		File file = new File(FOLDER, name);
		Ui.run(() -> {
			Rectangle bounds = area.get();
			write(grab(bounds.x, bounds.y, bounds.width, bounds.height), file);
		});
		return file;
	}

	/**
	 * @return whether the system property {@code laserdamage.docsScreenshots}
	 *         names a folder for the documentation's screenshots
	 */
	public static boolean forDocs() {
		return !docsFolder().isBlank();
	}

	private static String docsFolder() {
		return System.getProperty("laserdamage.docsScreenshots", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Saves the whole display like {@link #save(String)} and, when
	 * {@link #forDocs()}, in the documentation's folder too (the screenshots in
	 * the documentation are taken this way, not by hand).
	 */
	public static File saveForDocs(String name) {
		return copyForDocs(save(name));
	}

	/** Saves the active workbench window like {@link #saveWindow(String)} and, when {@link #forDocs()}, for the documentation. */
	public static File saveWindowForDocs(String name) {
		return copyForDocs(saveWindow(name));
	}

	private static File copyForDocs(File file) {
		if (forDocs()) {
			try {
				Files.createDirectories(Path.of(docsFolder()));
				Files.copy(file.toPath(), Path.of(docsFolder(), file.getName()), StandardCopyOption.REPLACE_EXISTING);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return file;
	}

	/** @return what {@code control} shows on the screen now (it must be visible and not covered) */
	public static ImageData of(Control control) {
		return Ui.call(() -> {
			Point origin = control.toDisplay(0, 0);
			Point size = control.getSize();
			return grab(origin.x, origin.y, size.x, size.y);
		});
	}

	/** @return how many different colours {@code image} has (a blank area has one) */
	public static int colours(ImageData image) {
		Set<Integer> seen = new HashSet<>();
		for (int y = 0; y < image.height; y++) {
			for (int x = 0; x < image.width; x++) {
				seen.add(image.getPixel(x, y));
			}
		}
		return seen.size();
	}

	private static ImageData grab(int x, int y, int width, int height) {
		Image image = new Image(Ui.display(), Math.max(1, width), Math.max(1, height));
		GC gc = new GC(Ui.display());
		try {
			gc.copyArea(image, x, y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private static void write(ImageData data, File file) {
		file.getParentFile().mkdirs();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { data };
		loader.save(file.getPath(), SWT.IMAGE_PNG);
	}
}
