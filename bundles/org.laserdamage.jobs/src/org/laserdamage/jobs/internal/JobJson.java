package org.laserdamage.jobs.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import org.laserdamage.jobs.Job;

/** The JSON form of a {@link Job} record ({@code job.json}). */
public final class JobJson {

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls()
			.registerTypeAdapter(Instant.class, text(Instant::parse).nullSafe())
			.registerTypeAdapter(Duration.class, text(Duration::parse).nullSafe())
			.registerTypeHierarchyAdapter(Path.class, text(Path::of).nullSafe()).create();

	private JobJson() {
	}

	public static String write(Job job) {
		return GSON.toJson(job);
	}

	/** @throws JsonParseException when the text is not a job */
	public static Job read(String json) {
		Job job = GSON.fromJson(json, Job.class);
		if (job == null || job.id() == null || job.state() == null || job.spec() == null) {
			throw new JsonParseException("not a job record"); //$NON-NLS-1$
		}
		return job;
	}

	private interface Parser<T> {
		T parse(String text);
	}

	private static <T> TypeAdapter<T> text(Parser<T> parser) {
		return new TypeAdapter<>() {
			@Override
			public void write(JsonWriter out, T value) throws IOException {
				out.value(value.toString());
			}

			@Override
			public T read(JsonReader in) throws IOException {
				if (in.peek() != JsonToken.STRING) {
					throw new JsonParseException("expected a string at " + in.getPath()); //$NON-NLS-1$
				}
				return parser.parse(in.nextString());
			}
		};
	}
}
