package org.laserdamage.jobs.slurm.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Runs Slurm's commands ({@code sbatch}, {@code squeue}, {@code scontrol},
 * {@code scancel}) as processes with a time limit, from a folder or the PATH.
 */
public final class SlurmCommands {

	/** What a command printed and how it ended. */
	public record Result(int exitCode, String stdout, String stderr) {
		public boolean ok() {
			return exitCode == 0;
		}
	}

	private final Path folder;
	private final Duration limit;

	/**
	 * @param folder where the commands are, or null to find them on the PATH
	 * @param limit  how long one command may take before it is killed
	 */
	public SlurmCommands(Path folder, Duration limit) {
		this.folder = folder;
		this.limit = limit;
	}

	/** @return how {@code name} (e.g. sbatch) is started */
	public String executable(String name) {
		return folder == null ? name : folder.resolve(name).toString();
	}

	/**
	 * @throws IOException when the command cannot be started or did not end within the limit (it is then killed)
	 */
	public Result run(String name, List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(executable(name));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))) //$NON-NLS-1$
				.start();
		CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
		CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
		try {
			if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IOException(String.join(" ", command) + " did not answer within " + limit.toSeconds() + " s"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			return new Result(process.exitValue(), out.get(), err.get());
		} catch (InterruptedException e) {
			process.destroyForcibly();
			throw e;
		} catch (ExecutionException e) {
			throw new IOException(e.getCause());
		}
	}

	private static String read(InputStream in) {
		try (in) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			in.transferTo(bytes);
			return bytes.toString(StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
