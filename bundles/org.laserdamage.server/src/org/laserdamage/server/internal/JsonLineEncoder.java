package org.laserdamage.server.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One JSON object per line with the seed's fields ({@code timestamp},
 * {@code level}, {@code logger}, {@code line}, {@code message}) plus
 * {@code thread} and, for a failure, {@code exception}; written by Jackson,
 * so quotes, newlines and control characters in a message stay valid JSON.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

	private static final byte[] NONE = new byte[0];
	private final JsonFactory factory = new JsonFactory();

	@Override
	public byte[] headerBytes() {
		return NONE;
	}

	@Override
	public byte[] encode(ILoggingEvent event) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
			g.writeStartObject();
			g.writeStringField("timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString()); //$NON-NLS-1$
			g.writeStringField("level", event.getLevel().toString()); //$NON-NLS-1$
			g.writeStringField("logger", event.getLoggerName()); //$NON-NLS-1$
			StackTraceElement[] caller = event.getCallerData();
			g.writeNumberField("line", caller != null && caller.length > 0 ? caller[0].getLineNumber() : -1); //$NON-NLS-1$
			g.writeStringField("message", event.getFormattedMessage()); //$NON-NLS-1$
			g.writeStringField("thread", event.getThreadName()); //$NON-NLS-1$
			IThrowableProxy thrown = event.getThrowableProxy();
			if (thrown != null) {
				g.writeStringField("exception", ThrowableProxyUtil.asString(thrown)); //$NON-NLS-1$
			}
			g.writeEndObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		out.write('\n');
		return out.toByteArray();
	}

	@Override
	public byte[] footerBytes() {
		return NONE;
	}

}
