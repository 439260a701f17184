package org.laserdamage.materials.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialStoreException;

/**
 * Turns SQLExceptions into messages a user can act on. Decisions go by
 * SQLState, which Derby and PostgreSQL share for the cases that matter here;
 * the driver's own text is kept as the detail.
 */
public final class StoreErrors {

	private StoreErrors() {
	}

	/** For a URL no connector serves. */
	public static MaterialStoreException badUrl(String url) {
		return new MaterialStoreException(NLS.bind(Messages.Open_badUrl, ServerConnector.redact(url)));
	}

	/** While connecting or migrating. */
	public static MaterialStoreException onOpen(SQLException e, String location) {
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
		String state = state(e);
		String message;
		if (state.equals("23505") || state.startsWith("40")) { //$NON-NLS-1$ //$NON-NLS-2$
			message = Messages.Write_conflict;
		} else if (state.equals("22001")) { //$NON-NLS-1$
			message = Messages.Write_tooLong;
		} else {
			message = Messages.Write_failed;
		}
		return new MaterialStoreException(NLS.bind(message, new Object[] { location, material.id(), detail(e) }), e);
	}

	private static boolean isConnectionLost(SQLException e) {
		return state(e).startsWith("08"); //$NON-NLS-1$
	}

	/** @return true when {@code e} or an exception chained to it has this SQLState */
	public static boolean hasState(SQLException e, String state) {
		return chain(e).stream().anyMatch(x -> state.equals(x.getSQLState()));
	}

	/** @return the driver's most specific text: that of the last exception in the chain */
	public static String detail(SQLException e) {
		List<SQLException> chain = chain(e);
		return chain.get(chain.size() - 1).getMessage();
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
