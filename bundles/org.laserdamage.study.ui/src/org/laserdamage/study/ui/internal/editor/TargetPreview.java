package org.laserdamage.study.ui.internal.editor;

import java.util.EventObject;
import java.util.List;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.laserdamage.model.GaussianProfile;
import org.laserdamage.model.Layer;
import org.laserdamage.model.Probe;
import org.laserdamage.model.SpatialProfile;
import org.laserdamage.model.Study;
import org.laserdamage.model.TopHatProfile;
import org.laserdamage.ui.DisplayUnitsChange;
import org.laserdamage.ui.LaserDamageUI;

/**
 * A schematic of the target in r–z, to scale: the axisymmetric plate as a
 * cross-section from -R to R with its layers from the front face down, the
 * probes, and over the front face the beam's intensity profile (Gaussian or
 * top-hat) on the same radial scale. Redrawn after every change.
 */
final class TargetPreview {

	/** Widget key of the canvas. */
	static final String KEY = "preview"; //$NON-NLS-1$

	private static final List<Color> LAYER_COLOURS = List.of(new Color(120, 150, 200), new Color(170, 170, 170),
			new Color(200, 170, 110), new Color(140, 190, 140), new Color(190, 140, 180));
	private static final Color BEAM = new Color(210, 40, 40);
	private static final int LEFT = 16;
	private static final int RIGHT = 200;
	private static final int TOP = 70;
	private static final int BOTTOM = 36;
	private static final int BEAM_HEIGHT = 50;

	private final Canvas canvas;
	private final StudyDocument document;

	TargetPreview(Composite parent, StudyDocument document) {
		this.document = document;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setData(LaserDamageUI.WIDGET_KEY, KEY);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 300).applyTo(canvas);
		canvas.addPaintListener(e -> paint(e.gc, canvas.getClientArea()));
		CommandStackListener changed = (EventObject event) -> {
			if (!canvas.isDisposed()) {
				canvas.redraw();
			}
		};
		document.domain().getCommandStack().addCommandStackListener(changed);
		canvas.addDisposeListener(e -> document.domain().getCommandStack().removeCommandStackListener(changed));
		DisplayUnitsChange.onChange(canvas, canvas::redraw);
	}

	private void paint(GC gc, Rectangle area) {
		Study study = document.study();
		gc.setAntialias(SWT.ON);
		gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		double radius = study.getTarget() == null ? 0 : study.getTarget().getRadius();
		double depth = study.getTarget() == null ? 0
				: study.getTarget().getLayers().stream().mapToDouble(l -> Math.max(0, l.getThickness())).sum();
		int width = area.width - LEFT - RIGHT;
		int height = area.height - TOP - BOTTOM;
		if (!(radius > 0) || !(depth > 0) || width < 20 || height < 10) {
			gc.drawText(Messages.Preview_nothing, area.x + LEFT, area.y + TOP, true);
			return;
		}
		double scale = Math.min(width / (2 * radius), height / depth);
		int axis = area.x + LEFT + width / 2;
		int front = area.y + TOP;
		int halfWidth = (int) Math.round(radius * scale);
		drawLayers(gc, study.getTarget().getLayers(), axis, front, halfWidth, scale);
		int back = front + (int) Math.round(depth * scale);
		drawAxisAndRadius(gc, axis, front, back, halfWidth, radius);
		for (Probe probe : study.getProbes()) {
			int x = axis + (int) Math.round(probe.getR() * scale);
			int y = front + (int) Math.round(probe.getZ() * scale);
			gc.drawLine(x - 3, y - 3, x + 3, y + 3);
			gc.drawLine(x - 3, y + 3, x + 3, y - 3);
		}
		SpatialProfile beam = study.getLaser() == null ? null : study.getLaser().getSpatialProfile();
		drawBeam(gc, beam, axis, front, halfWidth, scale);
	}

	private static void drawLayers(GC gc, List<Layer> layers, int axis, int front, int halfWidth, double scale) {
		double z = 0;
		int labelY = front;
		for (int i = 0; i < layers.size(); i++) {
			Layer layer = layers.get(i);
			int top = front + (int) Math.round(z * scale);
			z += Math.max(0, layer.getThickness());
			int bottom = front + (int) Math.round(z * scale);
			gc.setBackground(LAYER_COLOURS.get(i % LAYER_COLOURS.size()));
			gc.fillRectangle(axis - halfWidth, top, 2 * halfWidth, Math.max(1, bottom - top));
			gc.drawRectangle(axis - halfWidth, top, 2 * halfWidth, Math.max(1, bottom - top));
			String label = NLS.bind(Messages.Preview_layer, layer.getName() == null ? "" : layer.getName(), //$NON-NLS-1$
					DisplayQuantities.format(layer.getThickness(), "m")); //$NON-NLS-1$
			Point extent = gc.textExtent(label);
			labelY = Math.max(labelY, (top + bottom - extent.y) / 2);
			gc.fillRectangle(axis + halfWidth + 10, labelY + 3, 8, 8);
			gc.drawText(label, axis + halfWidth + 22, labelY, true);
			labelY += extent.y + 2;
		}
	}

	private static void drawAxisAndRadius(GC gc, int axis, int front, int back, int halfWidth, double radius) {
		gc.setLineStyle(SWT.LINE_DASHDOT);
		gc.drawLine(axis, front - BEAM_HEIGHT - 10, axis, back + 8);
		gc.setLineStyle(SWT.LINE_SOLID);
		int y = back + 14;
		gc.drawLine(axis, y, axis + halfWidth, y);
		gc.drawLine(axis + halfWidth, y - 4, axis + halfWidth, y + 4);
		String label = NLS.bind(Messages.Preview_radius, DisplayQuantities.format(radius, "m")); //$NON-NLS-1$
		gc.drawText(label, axis + 4, y + 2, true);
		gc.drawText("z", axis - 12, back - gc.textExtent("z").y, true); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void drawBeam(GC gc, SpatialProfile beam, int axis, int front, int halfWidth, double scale) {
		double beamRadius = beam instanceof GaussianProfile g ? g.getRadius() : beam instanceof TopHatProfile t ? t.getRadius() : 0;
		if (!(beamRadius > 0)) {
			return;
		}
		gc.setForeground(BEAM);
		gc.setLineWidth(2);
		int base = front - 4;
		int[] points = new int[2 * (2 * halfWidth + 1)];
		for (int i = 0; i <= 2 * halfWidth; i++) {
			double r = (i - halfWidth) / scale;
			double intensity = beam instanceof GaussianProfile ? Math.exp(-2 * r * r / (beamRadius * beamRadius))
					: Math.abs(r) <= beamRadius ? 1 : 0;
			points[2 * i] = axis - halfWidth + i;
			points[2 * i + 1] = base - (int) Math.round(intensity * BEAM_HEIGHT);
		}
		gc.drawPolyline(points);
		gc.setLineWidth(1);
		int edge = axis + (int) Math.round(beamRadius * scale);
		gc.setLineStyle(SWT.LINE_DOT);
		gc.drawLine(edge, base - BEAM_HEIGHT, edge, front);
		gc.setLineStyle(SWT.LINE_SOLID);
		String label = NLS.bind(beam instanceof GaussianProfile ? Messages.Preview_gaussian : Messages.Preview_topHat,
				DisplayQuantities.format(beamRadius, "m")); //$NON-NLS-1$
		gc.drawText(label, edge + 4, base - BEAM_HEIGHT - 4, true);
		gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
	}
}
