package org.laserdamage.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.server.internal.LogSetup;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The server's log files: written past their rotation size, every line of
 * every file is one JSON object with the seed's fields, also for messages with
 * quotes, newlines, control characters and exceptions; the window of files
 * stays at its size; levels go to the files the seed says.
 */
class JsonLogsTest {

	@TempDir
	Path logs;

	@Test
	void everyLineOfEveryRotatedFileIsJsonWithTheSeedsFields() throws Exception {
		LoggerContext context = new LoggerContext();
		context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
		// small files so that a test rotates them several times: 64 KB x 3, errors 32 KB x 2, simulation 64 KB x 2
		LogSetup.configure(context, logs, new LogSetup.Sizes(64 * 1024, 3, 32 * 1024, 2, 64 * 1024, 2), false);
		Logger app = context.getLogger("org.laserdamage.server.Something");
		Logger simulation = context.getLogger(LogSetup.SIMULATION);
		Logger ansys = context.getLogger(LogSetup.ANSYS + ".internal.AnsysLauncher");
		String awkward = "quote \" backslash \\ newline\n tab\t bell\u0007 unicode °C ✓ {}";
		long end = System.currentTimeMillis() + 4000; // the size is checked once a second: write for several seconds
		int n = 0;
		while (System.currentTimeMillis() < end) {
			app.debug("debug {} {}", n, awkward);
			app.info("info {}", n);
			simulation.info("job {} step", n);
			ansys.info("not written: the ANSYS logger is at WARN");
			if (n % 50 == 0) {
				app.error("failure " + n + ' ' + awkward, new IllegalStateException("boom \"" + n + "\"\nsecond line"));
				ansys.warn("licence lost {}", n);
			}
			n++;
			if (n % 200 == 0) {
				Thread.sleep(5);
			}
		}
		String status = context.getStatusManager().getCopyOfStatusList().stream().map(Object::toString)
				.collect(java.util.stream.Collectors.joining("\n"));
		context.stop();
		ObjectMapper json = new ObjectMapper();
		List<Path> files;
		try (Stream<Path> s = Files.list(logs)) {
			files = s.sorted().toList();
		}
		assertTrue(files.contains(logs.resolve("application.log.1")), "application.log rotated: " + files + " sizes "
				+ files.stream().map(f -> f.toFile().length()).toList() + " n=" + n + " debug=" + app.isDebugEnabled() + " appenders="
				+ context.getLogger("ROOT").iteratorForAppenders().hasNext() + " lines=" + n + "\n" + status);
		assertTrue(files.contains(logs.resolve("error.log.1")), "error.log rotated: " + files);
		assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().matches("application\\.log\\.[4-9]")),
				"at most 3 rotated application logs: " + files);
		int lines = 0;
		for (Path f : files) {
			String name = f.getFileName().toString();
			for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
				JsonNode entry = json.readTree(line);
				lines++;
				for (String field : List.of("timestamp", "level", "logger", "line", "message")) {
					assertTrue(entry.has(field), field + " in " + name + ": " + line);
				}
				assertTrue(entry.get("line").asInt() > 0, line);
				String level = entry.get("level").asText();
				if (name.startsWith("error")) {
					assertEquals("ERROR", level, line);
					assertTrue(entry.get("exception").asText().contains("boom \"") , line);
				}
				if (name.startsWith("simulation")) {
					assertEquals(LogSetup.SIMULATION, entry.get("logger").asText());
				}
				if (entry.get("logger").asText().startsWith(LogSetup.ANSYS)) {
					assertEquals("WARN", level, "the ANSYS logger writes warnings only: " + line);
				}
				if (entry.get("message").asText().startsWith("debug")) {
					assertTrue(entry.get("message").asText().endsWith(awkward), "the formatted message, intact: " + line);
				}
			}
		}
		assertTrue(lines > 1000, "lines checked: " + lines);
	}
}
