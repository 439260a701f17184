package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Another program with the real material store: a plain JVM (no OSGi) with
 * the store bundle, its dependencies and Derby on the class path, driven by
 * one-line commands on its standard input. Each command answers one line.
 */
final class StoreProcess implements AutoCloseable {

	/** The bundles the store needs outside OSGi. */
	private static final List<String> CLASS_PATH = List.of("org.laserdamage.materials.store", "org.laserdamage.materials",
			"com.google.gson", "org.eclipse.equinox.common", "org.eclipse.osgi", "derby", "derby.derbyshared", "derby.derbytools",
			"derby.derbynet", "derbyclient");

	private static final String PROGRAM = """
			import java.io.*;
			import java.nio.file.Path;
			import org.laserdamage.materials.*;
			import org.laserdamage.materials.store.MaterialStores;
			public class Store {
			    public static void main(String[] args) throws Exception {
			        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
			        IMaterialStore store = null;
			        System.out.println("ready");
			        for (String line; (line = in.readLine()) != null;) {
			            String[] c = line.split(" ");
			            try {
			                switch (c[0]) {
			                case "open" -> {
			                    store = MaterialStores.openDerby(Path.of(args[0]), m -> System.err.println("waiting: " + m));
			                    System.out.println("opened");
			                }
			                case "count" -> System.out.println("count " + store.materials().size());
			                case "versions" -> System.out.println("versions " + store.history(c[1]).size());
			                case "save" -> System.out.println("saved " + store.save(store.find(c[1]).get()).version());
			                case "edit" -> System.out.println("saved " + store.saveEdit(store.find(c[1], Integer.parseInt(c[2])).get()).version());
			                case "close" -> { store.close(); System.out.println("closed"); }
			                default -> System.out.println("unknown " + line);
			                }
			            } catch (MaterialConflictException e) {
			                System.out.println("conflict " + e.getMessage());
			            } catch (Exception e) {
			                System.out.println("failed " + e.getMessage().lines().findFirst().orElse(""));
			                e.printStackTrace();
			            }
			        }
			    }
			}
			""";

	private final Process process;
	private final BufferedReader out;
	private final PrintWriter in;
	private final Path errors;

	private StoreProcess(Process process, Path errors) {
		this.process = process;
		this.errors = errors;
		this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
	}

	/**
	 * @param name   distinguishes the files of several processes in {@code workDir}
	 * @param folder the store folder it opens on "open"
	 */
	static StoreProcess start(Path workDir, String name, Path folder) throws Exception {
		Path program = program(workDir);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", classPath(), "-Dlaserdamage.materials.graceSeconds=2", "-Dlaserdamage.materials.waitSeconds=60",
				"-Dderby.stream.error.file=" + workDir.resolve(name + "-derby.log"), program.toString(), folder.toString()));
		Path errors = workDir.resolve(name + ".err");
		StoreProcess p = new StoreProcess(new ProcessBuilder(command).directory(workDir.toFile()).redirectError(errors.toFile()).start(),
				errors);
		String ready = p.answer(120);
		if (!"ready".equals(ready)) {
			p.close();
			throw new IllegalStateException(name + " did not start: " + ready + "\n" + Files.readString(errors));
		}
		return p;
	}

	private static synchronized Path program(Path workDir) throws IOException {
		Path program = workDir.resolve("Store.java");
		if (!Files.exists(program)) {
			Files.writeString(program, PROGRAM);
		}
		return program;
	}

	private static String classPath() throws IOException {
		List<String> entries = new ArrayList<>();
		for (String name : CLASS_PATH) {
			for (Bundle b : FrameworkUtil.getBundle(StoreProcess.class).getBundleContext().getBundles()) {
				if (name.equals(b.getSymbolicName())) {
					entries.add(FileLocator.getBundleFile(b).getAbsolutePath());
					break;
				}
			}
		}
		assertEquals(CLASS_PATH.size(), entries.size(), "the store's bundles in the test runtime: " + entries);
		return String.join(File.pathSeparator, entries);
	}

	/** Sends a command and waits for its one-line answer. */
	String send(String command) throws Exception {
		in.println(command);
		return answer(120);
	}

	/** Sends a command without waiting; {@link #answer(int)} reads the reply later. */
	void post(String command) {
		in.println(command);
	}

	String answer(int seconds) throws Exception {
		String line = CompletableFuture.supplyAsync(this::readLine).get(seconds, TimeUnit.SECONDS);
		return line == null ? "ended: " + Files.readString(errors) : line;
	}

	/** @return what it wrote to standard error (waiting messages, stack traces) */
	String errors() throws IOException {
		return Files.readString(errors);
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	private String readLine() {
		try {
			return out.readLine();
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void close() throws InterruptedException {
		in.close();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
		}
	}
}
