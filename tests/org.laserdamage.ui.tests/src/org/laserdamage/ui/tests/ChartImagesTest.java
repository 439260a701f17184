package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.laserdamage.ui.charts.ChartImages;
import org.laserdamage.ui.testsupport.NoLoggedProblems;

/** The AWT-to-SWT pixel copy keeps every colour, through the direct and the general path. */
@ExtendWith(NoLoggedProblems.class)
class ChartImagesTest {

	private static final int[] COLOURS = { 0xff0000, 0x00ff00, 0x0000ff, 0x123456, 0xffffff, 0x000000, 0x80ff7f };

	@Test
	void copiesIntRasterPixelsExactly() {
		assertCopied(BufferedImage.TYPE_INT_RGB);
	}

	@Test
	void copiesOtherRastersExactly() {
		assertCopied(BufferedImage.TYPE_3BYTE_BGR);
	}

	private static void assertCopied(int type) {
		int width = 5;
		int height = 3;
		BufferedImage image = new BufferedImage(width, height, type);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, COLOURS[(x + y * width) % COLOURS.length]);
			}
		}
		ImageData data = ChartImages.toImageData(image);
		assertEquals(width, data.width);
		assertEquals(height, data.height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				int rgb = COLOURS[(x + y * width) % COLOURS.length];
				assertEquals(new RGB(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff), data.palette.getRGB(data.getPixel(x, y)),
						"pixel " + x + "," + y); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
