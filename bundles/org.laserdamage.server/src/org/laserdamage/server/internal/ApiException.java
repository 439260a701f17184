package org.laserdamage.server.internal;

/**
 * A request the API refuses, with everything its JSON error body says: the
 * HTTP status, a stable code, the field at fault and how to fix it.
 */
public final class ApiException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;
	private final String code;
	private final String field;
	private final String fix;

	public ApiException(int status, String code, String message, String field, String fix) {
		super(message);
		this.status = status;
		this.code = code;
		this.field = field;
		this.fix = fix;
	}

	public int status() {
		return status;
	}

	public String code() {
		return code;
	}

	/** @return the request's field at fault, or null */
	public String field() {
		return field;
	}

	/** @return what to change, or null */
	public String fix() {
		return fix;
	}

	public static ApiException badRequest(String message, String field, String fix) {
		return new ApiException(400, "invalid_request", message, field, fix); //$NON-NLS-1$
	}

	public static ApiException notFound(String message) {
		return new ApiException(404, "not_found", message, null, null); //$NON-NLS-1$
	}
}
