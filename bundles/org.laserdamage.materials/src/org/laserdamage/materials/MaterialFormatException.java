package org.laserdamage.materials;

/**
 * A material file that cannot be read: bad JSON, a missing or unknown field, or
 * a value out of range. The message names the file, the line and column, the
 * material and the field, and says how to fix the entry, so that a user can act
 * on it without reading code.
 */
public final class MaterialFormatException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String sourceName;
	private final int line;
	private final int column;
	private final String materialId;
	private final String field;
	private final String problem;
	private final String fix;

	/**
	 * @param sourceName the file or resource name, for messages
	 * @param line       1-based line, or 0 when unknown
	 * @param column     1-based column, or 0 when unknown
	 * @param materialId the id of the material being read, or "" before it is known
	 * @param field      the field, e.g. {@code density.table[3]}, or "" for the file as a whole
	 * @param problem    what is wrong
	 * @param fix        what the user should change
	 */
	public MaterialFormatException(String sourceName, int line, int column, String materialId, String field,
			String problem, String fix) {
		super(format(sourceName, line, column, materialId, field, problem, fix));
		this.sourceName = sourceName;
		this.line = line;
		this.column = column;
		this.materialId = materialId == null ? "" : materialId; //$NON-NLS-1$
		this.field = field == null ? "" : field; //$NON-NLS-1$
		this.problem = problem;
		this.fix = fix == null ? "" : fix; //$NON-NLS-1$
	}

	private static String format(String sourceName, int line, int column, String materialId, String field,
			String problem, String fix) {
		StringBuilder b = new StringBuilder(sourceName);
		if (line > 0) {
			b.append(", line ").append(line).append(", column ").append(column); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.append(": "); //$NON-NLS-1$
		if (materialId != null && !materialId.isEmpty()) {
			b.append("material '").append(materialId).append("', "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (field != null && !field.isEmpty()) {
			b.append("field '").append(field).append("': "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		b.append(problem);
		if (fix != null && !fix.isEmpty()) {
			b.append(" Fix: ").append(fix); //$NON-NLS-1$
		}
		return b.toString();
	}

	/** @return the file or resource name */
	public String sourceName() { return sourceName; }
	/** @return the 1-based line of the offending value, or 0 when unknown */
	public int line() { return line; }
	/** @return the 1-based column of the offending value, or 0 when unknown */
	public int column() { return column; }
	/** @return the id of the material being read, or "" */
	public String materialId() { return materialId; }
	/** @return the field, e.g. {@code absorptivity.rows[1].table[2]}, or "" */
	public String field() { return field; }
	/** @return what is wrong, without location */
	public String problem() { return problem; }
	/** @return what to change, or "" */
	public String fix() { return fix; }
}
