package org.laserdamage.materials.store.internal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Turns SQLExceptions into messages a user can act on. Decisions go by
 * SQLState, which Derby and PostgreSQL share for the cases that matter here;
 * the driver's own text is kept as the detail.
 */
public final class StoreErrors {

	private static final int MAX_DETAIL = 300;

	private StoreErrors() {
	}

	/** For a URL no connector serves. */
	public static MaterialStoreException badUrl(String url) {
		return new MaterialStoreException(NLS.bind(Messages.Open_badUrl, ServerConnector.redact(url)));
	}

	/**
	 * Damaged database files: one paragraph that says so and what restores
	 * the data, never the driver's page dump or its advice to delete files.
	 */
	public static MaterialStoreException damaged(SQLException e, String location) {
		return new MaterialStoreException(NLS.bind(Messages.Damaged, location, detail(e)), e);
	}

	/** While connecting or migrating. */
	public static MaterialStoreException onOpen(SQLException e, String location) {
		if (Dialect.anyReportsDamage(e)) {
			return damaged(e, location);
		}
		String state = state(e);
		String message;
		if (isConnectionLost(e)) {
			message = Messages.Open_unreachable;
		} else if (state.startsWith("28")) { //$NON-NLS-1$
			message = Messages.Open_login;
		} else if (state.equals("3D000")) { //$NON-NLS-1$
			message = Messages.Open_noDatabase;
		} else if (state.equals("3F000")) { //$NON-NLS-1$
			message = Messages.Open_noSchema;
		} else if (state.equals("42501")) { //$NON-NLS-1$
			message = Messages.Open_noPrivilege;
		} else {
			message = Messages.Open_failed;
		}
		return new MaterialStoreException(NLS.bind(message, location, detail(e)), e);
	}

	/** While reading. */
	public static MaterialStoreException onRead(SQLException e, String location) {
		if (Dialect.anyReportsDamage(e)) {
			return damaged(e, location);
		}
		if (isConnectionLost(e)) {
			return new MaterialStoreException(NLS.bind(Messages.Open_unreachable, location, detail(e)), e);
		}
		return new MaterialStoreException(NLS.bind(Messages.Read_failed, location, detail(e)), e);
	}

	/** While storing {@code material}. */
	public static MaterialStoreException onWrite(SQLException e, String location, Material material) {
		if (isConnectionLost(e)) {
			return onRead(e, location);
		}
		String message;
		if (isConflict(e)) {
			message = Messages.Write_conflict;
		} else if (state(e).equals("22001")) { //$NON-NLS-1$
			message = Messages.Write_tooLong;
		} else {
			message = Messages.Write_failed;
		}
		return new MaterialStoreException(NLS.bind(message, new Object[] { location, material.id(), detail(e) }), e);
	}

	/** @return true when a concurrent writer stored the same version first (duplicate key, deadlock or serialization) */
	static boolean isConflict(SQLException e) {
		String state = state(e);
		return state.equals("23505") || state.startsWith("40"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return true when the failure is a concurrent writer's, see {@link #isConflict(SQLException)} */
	static boolean isConflict(MaterialStoreException e) {
		return e.getCause() instanceof SQLException s && isConflict(s);
	}

	/** While deleting {@code id}. */
	public static MaterialStoreException onDelete(SQLException e, String location, String id) {
		if (Dialect.anyReportsDamage(e)) {
			return damaged(e, location);
		}
		if (isConnectionLost(e)) {
			return onRead(e, location);
		}
		return new MaterialStoreException(NLS.bind(Messages.Delete_failed, new Object[] { location, id, detail(e) }), e);
	}

	private static boolean isConnectionLost(SQLException e) {
		return e instanceof SQLNonTransientConnectionException || state(e).startsWith("08"); //$NON-NLS-1$
	}

	/** @return true when {@code e} reports a connection that broke (a server or host that went away) */
	static boolean isConnectionLost(MaterialStoreException e) {
		return e.getCause() instanceof SQLException s && isConnectionLost(s) && !Dialect.anyReportsDamage(s);
	}

	/** @return true when {@code e} or an exception chained to it has this SQLState */
	public static boolean hasState(SQLException e, String state) {
		return chain(e).stream().anyMatch(x -> state.equals(x.getSQLState()));
	}

	/**
	 * @return the driver's most specific text, that of the last exception in
	 *         the chain: its first line (Derby appends page dumps), without a
	 *         sentence that advises deleting files, at most {@value #MAX_DETAIL} characters
	 */
	public static String detail(SQLException e) {
		List<SQLException> chain = chain(e);
		String text = String.valueOf(chain.get(chain.size() - 1).getMessage()).strip().lines().findFirst().orElse(""); //$NON-NLS-1$
		StringBuilder kept = new StringBuilder();
		for (String sentence : text.split("(?<=\\.)\\s+")) { //$NON-NLS-1$
			if (!sentence.toLowerCase(Locale.ROOT).contains("delete")) { //$NON-NLS-1$
				kept.append(kept.length() == 0 ? "" : " ").append(sentence); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return kept.length() <= MAX_DETAIL ? kept.toString() : kept.substring(0, MAX_DETAIL) + '…';
	}

	/** @return the SQLStates of {@code e} and the exceptions chained to it, most general first */
	static List<String> states(SQLException e) {
		return chain(e).stream().map(StoreErrors::state).toList();
	}

	private static String state(SQLException e) {
		String state = e.getSQLState();
		return state == null ? "" : state; //$NON-NLS-1$
	}

	/** Derby reports the real cause as the next exception or the cause of a general one. */
	private static List<SQLException> chain(SQLException e) {
		List<SQLException> chain = new ArrayList<>();
		Throwable t = e;
		while (t instanceof SQLException s && !chain.contains(s)) {
			chain.add(s);
			t = s.getNextException() != null ? s.getNextException() : s.getCause();
		}
		return chain;
	}
}
