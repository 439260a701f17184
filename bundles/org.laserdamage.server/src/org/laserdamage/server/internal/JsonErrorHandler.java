package org.laserdamage.server.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Jetty's own refusals (a malformed request line, an ambiguous path, headers
 * too large) in the API's JSON error form, without stack traces or server
 * details.
 */
public final class JsonErrorHandler extends ErrorHandler {

	private final ObjectMapper json = ServerContext.strictJson();

	public JsonErrorHandler() {
		setShowStacks(false);
		setShowCauses(false);
	}

	@Override
	protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
			Callback callback) throws IOException {
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json"); //$NON-NLS-1$
		response.write(true, ByteBuffer.wrap(body(code)), callback);
	}

	@Override
	public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
		fields.put(HttpHeader.CONTENT_TYPE, "application/json"); //$NON-NLS-1$
		return ByteBuffer.wrap(body(status));
	}

	private byte[] body(int code) {
		String text = HttpStatus.getMessage(code);
		String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		String fix = code == 431 ? "Send smaller headers" //$NON-NLS-1$
				: code == 414 ? "Send a shorter URI" //$NON-NLS-1$
						: code < 500 ? "Send a well-formed HTTP/1.1 request; the API is described at /api/v1/openapi.json" //$NON-NLS-1$
								: null;
		try {
			return json.writeValueAsBytes(ApiHandler.errorBody(json, code, slug, "The server refused the request: " + text + '.', //$NON-NLS-1$
					null, fix));
		} catch (IOException e) {
			return ("{\"error\":{\"status\":" + code + "}}").getBytes(java.nio.charset.StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
