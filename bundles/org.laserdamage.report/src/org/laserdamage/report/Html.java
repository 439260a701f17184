package org.laserdamage.report;

/** Builds the HTML text of the report; everything from a run goes through {@link #escape(String)}. */
final class Html {

	private final StringBuilder text = new StringBuilder();

	/** @return {@code s} safe as HTML text and as a double- or single-quoted attribute value */
	static String escape(String s) {
		StringBuilder out = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> out.append("&amp;"); //$NON-NLS-1$
			case '<' -> out.append("&lt;"); //$NON-NLS-1$
			case '>' -> out.append("&gt;"); //$NON-NLS-1$
			case '"' -> out.append("&quot;"); //$NON-NLS-1$
			case '\'' -> out.append("&#39;"); //$NON-NLS-1$
			default -> out.append(c);
			}
		}
		return out.toString();
	}

	/** Appends markup written in this bundle (never data from the run). */
	Html raw(String markup) {
		text.append(markup);
		return this;
	}

	/** Appends text from the run, escaped. */
	Html text(String s) {
		text.append(escape(s));
		return this;
	}

	/** Appends an element holding escaped text. */
	Html element(String tag, String content) {
		return raw("<" + tag + ">").text(content).raw("</" + tag + ">"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** Appends a table row of escaped cells; the first is a header cell when {@code rowHeader}. */
	Html row(boolean rowHeader, String... cells) {
		raw("<tr>"); //$NON-NLS-1$
		for (int i = 0; i < cells.length; i++) {
			element(i == 0 && rowHeader ? "th" : "td", cells[i]); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return raw("</tr>\n"); //$NON-NLS-1$
	}

	/** Appends a header row of a table. */
	Html headRow(String... cells) {
		raw("<tr>"); //$NON-NLS-1$
		for (String cell : cells) {
			element("th", cell); //$NON-NLS-1$
		}
		return raw("</tr>\n"); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
