package org.laserdamage.report;

/** The inline style sheet of report.html: readable on screen and in print, no external fonts. */
final class ReportStyle {

	static final String CSS = """
			body { font-family: "Segoe UI", "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; color: #222;
			  max-width: 940px; margin: 24px auto; padding: 0 16px; line-height: 1.45; }
			h1 { font-size: 26px; margin: 0 0 4px; }
			h2 { font-size: 19px; margin: 28px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #e3e3e3; }
			h3 { font-size: 15px; margin: 18px 0 6px; }
			header .study { font-size: 18px; margin: 0; }
			header .meta, .note, footer { color: #666; font-size: 13px; }
			table { border-collapse: collapse; margin: 6px 0; font-size: 14px; }
			th, td { padding: 4px 12px 4px 0; text-align: left; vertical-align: top; }
			table.grid th, table.grid td { border-bottom: 1px solid #e6e6e6; padding-left: 6px; }
			table.grid thead th { border-bottom: 2px solid #ccc; background: #f6f6f6; }
			table.kv th { font-weight: 600; width: 220px; }
			.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; }
			.badge.reached { background: #fde2e1; color: #a4161a; }
			.badge.clear { background: #e0f2e9; color: #1b6b3a; }
			.warning { color: #8a4b00; }
			.clear-text { color: #1b6b3a; }
			img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
			figure { margin: 8px 0 18px; }
			figcaption { color: #555; font-size: 13px; margin-top: 4px; }
			code { font-size: 12px; }
			footer ul { padding-left: 18px; }
			@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } figure, table { break-inside: avoid; } }
			"""; //$NON-NLS-1$

	private ReportStyle() {
	}
}
