package org.laserdamage.results;

/**
 * Text cells of the CSV files a run writes, safe to open in a spreadsheet.
 * A cell that starts with {@code = + - @}, a tab or a carriage return would
 * be read as a formula (CSV injection); as OWASP advises, such a cell gets a
 * leading apostrophe, which spreadsheets show as "text follows", and is
 * quoted. A cell that starts with an apostrophe gets one more, so that
 * {@link #restore} gives back exactly what was written.
 */
public final class CsvText {

	private CsvText() {
	}

	/** @return whether a spreadsheet could take {@code text} as a formula */
	public static boolean isFormula(String text) {
		if (text.isEmpty()) {
			return false;
		}
		char c = text.charAt(0);
		return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
	}

	/** @return {@code text} with a leading apostrophe when it could be a formula or starts with one */
	public static String neutralise(String text) {
		return isFormula(text) || text.startsWith("'") ? "'" + text : text; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return {@code text} as one field of the run directory's CSV files: without line
	 *         breaks (they would break line-based readers), neutralised against formulas,
	 *         and quoted as RFC 4180 asks when it holds a comma, a quote, an apostrophe
	 *         in front or blanks at either end
	 */
	public static String field(String text) {
		String clean = neutralise(text).replace('\r', ' ').replace('\n', ' ');
		if (clean.indexOf(',') < 0 && clean.indexOf('"') < 0 && clean.strip().equals(clean) && !clean.startsWith("'")) { //$NON-NLS-1$
			return clean;
		}
		return '"' + clean.replace("\"", "\"\"") + '"'; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the text {@link #neutralise} was given */
	public static String restore(String cell) {
		return cell.startsWith("'") ? cell.substring(1) : cell; //$NON-NLS-1$
	}
}
