package org.laserdamage.jobs;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.ProcessIdentity;
import org.laserdamage.core.RunState;
import org.laserdamage.core.RunStatus;
import org.laserdamage.jobs.internal.JobJson;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialJson;
import org.laserdamage.materials.MaterialLibraries;
import org.laserdamage.model.Study;
import org.laserdamage.model.io.StudyFormatException;
import org.laserdamage.model.io.StudyIO;

import com.google.gson.JsonParseException;

/**
 * Jobs as folders on disk, {@code <root>/<id>/job.json} beside the frozen
 * inputs and the attempt folders: the local job list of the workbench and the
 * command line. Every write goes to a temporary file and is moved over the old
 * one, so a process killed at any moment leaves the previous or the next state,
 * never half of one. Updates hold an operating-system lock on
 * {@code <root>/.lock}, so several processes can share the list.
 */
public final class FileJobStore implements IJobStore {

	private static final String JOB_FILE = "job.json"; //$NON-NLS-1$
	private static final String CANCEL_FILE = "cancel-requested"; //$NON-NLS-1$
	private static final String LOCK_FILE = ".lock"; //$NON-NLS-1$
	private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS") //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	private final Path root;

	/** @param root the folder that holds the jobs, created when missing */
	public FileJobStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** @return the folder of the jobs */
	public Path root() {
		return root;
	}

	@Override
	public Job create(Study study, List<Material> materials, JobSpec spec) throws CoreException {
		Instant now = Instant.now();
		Study frozen = EcoreUtil.copy(study);
		frozen.getSolver().setSolverId(spec.solverId());
		Map<String, Integer> versions = new LinkedHashMap<>();
		materials.forEach(m -> versions.put(m.id(), m.version()));
		try {
			Files.createDirectories(root);
			Path folder = claimFolder(now);
			String id = folder.getFileName().toString();
			StudyIO.save(frozen, folder.resolve(STUDY_FILE));
			try (Writer w = Files.newBufferedWriter(folder.resolve(MATERIALS_FILE), StandardCharsets.UTF_8)) {
				MaterialJson.write(materials, w);
			}
			Job job = new Job(id, frozen.getName(), spec, versions, RunState.QUEUED, "", 0, 0, now, null, null, //$NON-NLS-1$
					ProcessIdentity.current(), null, ""); //$NON-NLS-1$
			writeJob(folder, job);
			return job;
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_cannotWrite, root, e.getMessage()), e);
		}
	}

	/** A new folder named by the time and a random suffix; taken atomically, so two submitters never share one. */
	private Path claimFolder(Instant now) throws IOException {
		for (;;) {
			String suffix = Integer.toHexString(0x10000 | ThreadLocalRandom.current().nextInt(0x10000)).substring(1);
			try {
				return Files.createDirectory(root.resolve(ID_TIME.format(now) + '-' + suffix));
			} catch (java.nio.file.FileAlreadyExistsException e) {
				// taken in the same millisecond: draw again
			}
		}
	}

	@Override
	public Optional<Job> find(String id) throws CoreException {
		Path file = folder(id).resolve(JOB_FILE);
		try {
			return Optional.of(JobJson.read(Files.readString(file, StandardCharsets.UTF_8)));
		} catch (NoSuchFileException e) {
			return Optional.empty();
		} catch (IOException | JsonParseException | IllegalArgumentException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_damaged, file, e.getMessage()), e);
		}
	}

	@Override
	public List<Job> list() throws CoreException {
		List<Job> jobs = new ArrayList<>();
		if (!Files.isDirectory(root)) {
			return jobs;
		}
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
			for (Path folder : folders) {
				find(folder.getFileName().toString()).ifPresent(jobs::add);
			}
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_cannotRead, root, e.getMessage()), e);
		}
		jobs.sort(Comparator.comparing(Job::id).reversed());
		return jobs;
	}

	@Override
	public synchronized Job update(String id, UnaryOperator<Job> change) throws CoreException {
		try (FileChannel channel = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				FileLock lock = channel.lock()) {
			Job current = find(id).orElseThrow(() -> RunStatus.failure(NLS.bind(Messages.Store_noSuchJob, id), null));
			if (current.state().isFinal()) {
				return current;
			}
			Job next = change.apply(current);
			writeJob(folder(id), next);
			return next;
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_cannotWrite, root, e.getMessage()), e);
		}
	}

	/**
	 * Deletes a finished job with its frozen inputs and attempt folders (the Jobs
	 * view's "Remove finished").
	 *
	 * @throws CoreException when the job has not ended (it is kept), or its folder cannot be deleted
	 */
	public void remove(String id) throws CoreException {
		Optional<Job> job = find(id);
		if (job.isEmpty()) {
			return;
		}
		if (!job.get().state().isFinal()) {
			throw RunStatus.invalid(NLS.bind(Messages.Store_notFinished, id, job.get().state()));
		}
		Path folder = folder(id);
		try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_cannotWrite, folder, e.getMessage()), e);
		}
	}

	private Path lockFile() throws IOException {
		Files.createDirectories(root);
		return root.resolve(LOCK_FILE);
	}

	@Override
	public Path attemptFolder(String id, int attempt) {
		return folder(id).resolve("attempt-" + attempt); //$NON-NLS-1$
	}

	@Override
	public Study study(String id) throws CoreException {
		try {
			return StudyIO.load(folder(id).resolve(STUDY_FILE));
		} catch (StudyFormatException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_damaged, folder(id).resolve(STUDY_FILE), e.getMessage()), e);
		}
	}

	@Override
	public IMaterialLibrary materials(String id) throws CoreException {
		Path file = folder(id).resolve(MATERIALS_FILE);
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return MaterialLibraries.of(NLS.bind(Messages.Store_frozenMaterials, id), MaterialJson.read(r, file.toString()));
		} catch (IOException | MaterialFormatException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_damaged, file, e.getMessage()), e);
		}
	}

	@Override
	public void requestCancel(String id) throws CoreException {
		try {
			Files.writeString(folder(id).resolve(CANCEL_FILE), Instant.now().toString());
		} catch (IOException e) {
			throw RunStatus.failure(NLS.bind(Messages.Store_cannotWrite, folder(id), e.getMessage()), e);
		}
	}

	@Override
	public boolean isCancelRequested(String id) {
		return Files.exists(folder(id).resolve(CANCEL_FILE));
	}

	private Path folder(String id) {
		Path folder = root.resolve(id).normalize();
		if (!folder.getParent().equals(root) || id.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Store_badId, id));
		}
		return folder;
	}

	private static void writeJob(Path folder, Job job) throws IOException {
		Path tmp = Files.createTempFile(folder, JOB_FILE, ".tmp"); //$NON-NLS-1$
		try {
			try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				out.write(StandardCharsets.UTF_8.encode(JobJson.write(job)));
				out.force(true);
			}
			try {
				Files.move(tmp, folder.resolve(JOB_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(tmp, folder.resolve(JOB_FILE), StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(tmp);
		}
	}
}
