package org.laserdamage.materials.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * A second JVM, as a second workbench or headless run would be, started from
 * a one-file Java program. It prints a line when it holds what it should
 * hold and keeps it until it is destroyed.
 */
final class OtherProcess implements AutoCloseable {

	/** Holds an operating-system lock on the file args[0], as an open store holds its lock file. */
	private static final String HOLD_LOCK = """
			import java.nio.channels.FileChannel;
			import java.nio.file.Path;
			import java.nio.file.StandardOpenOption;
			public class HoldLock {
			    public static void main(String[] args) throws Exception {
			        try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			             var lock = c.lock()) {
			            System.out.println("ready");
			            System.in.read();
			        }
			    }
			}
			""";

	/** Boots the Derby database args[0] without the store, as an older program or Derby's ij would. */
	private static final String BOOT_DERBY = """
			import java.sql.DriverManager;
			public class BootDerby {
			    public static void main(String[] args) throws Exception {
			        try (var c = DriverManager.getConnection("jdbc:derby:" + args[0] + ";create=true")) {
			            System.out.println("ready");
			            System.in.read();
			        }
			    }
			}
			""";

	private final Process process;

	private OtherProcess(Process process) {
		this.process = process;
	}

	static OtherProcess holdingLock(Path workDir, Path file) throws Exception {
		return start(workDir, "HoldLock", HOLD_LOCK, List.of(), file.toString());
	}

	static OtherProcess bootingDerby(Path workDir, Path database) throws Exception {
		List<String> classPath = new ArrayList<>();
		for (Bundle b : FrameworkUtil.getBundle(OtherProcess.class).getBundleContext().getBundles()) {
			if (List.of("derby", "derby.derbyshared", "derby.derbytools").contains(b.getSymbolicName())) {
				classPath.add(FileLocator.getBundleFile(b).getAbsolutePath());
			}
		}
		assertEquals(3, classPath.size(), "Derby and its two fragments in the test runtime");
		return start(workDir, "BootDerby", BOOT_DERBY,
				List.of("-cp", String.join(File.pathSeparator, classPath), "-Dderby.stream.error.file=" + workDir.resolve("other-derby.log")),
				database.toString());
	}

	private static OtherProcess start(Path workDir, String name, String source, List<String> options, String argument)
			throws Exception {
		Path program = workDir.resolve(name + ".java");
		Files.writeString(program, source);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.add(program.toString());
		command.add(argument);
		Path errors = workDir.resolve(name + ".err");
		Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(errors.toFile()).start();
		OtherProcess other = new OtherProcess(p);
		BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
		String line = CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS);
		if (!"ready".equals(line)) {
			other.close();
			throw new IllegalStateException(name + " did not start: " + Files.readString(errors));
		}
		return other;
	}

	private static String readLine(BufferedReader in) {
		try {
			return in.readLine();
		} catch (IOException e) {
			return null;
		}
	}

	ProcessHandle handle() {
		return process.toHandle();
	}

	/** Ends the process and waits until the system has released what it held. */
	@Override
	public void close() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}
}
