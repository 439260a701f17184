package org.laserdamage.headless;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.laserdamage.core.StudyReferences;
import org.laserdamage.materials.IMaterialStore;
import org.laserdamage.materials.Material;
import org.laserdamage.materials.MaterialClass;
import org.laserdamage.materials.MaterialExport;
import org.laserdamage.materials.MaterialFormatException;
import org.laserdamage.materials.MaterialImport;
import org.laserdamage.materials.MaterialStoreException;

/**
 * {@code laserdamage materials list|show|import|export|delete}: the material library
 * from the command line. Files are read and checked before the database is
 * opened, so invalid input (exit code 2) never touches it; a database failure
 * is exit code 1.
 */
final class MaterialsCommand {

	private final PrintStream out;
	private final PrintStream err;

	MaterialsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param args the whole command line, starting with "materials"
	 * @throws IllegalArgumentException with a message for the user when the arguments are wrong
	 */
	int run(String[] args) {
		boolean named = args.length > 1 && !args[1].startsWith("-"); //$NON-NLS-1$
		String sub = named ? args[1] : "list"; //$NON-NLS-1$
		Options o = Options.parse(args, named ? 2 : 1);
		try {
			switch (sub) {
			case "list": //$NON-NLS-1$
				o.allow("--class"); //$NON-NLS-1$
				o.requireArguments(0, Messages.Materials_usageList);
				return list(o.value("--class")); //$NON-NLS-1$
			case "show": //$NON-NLS-1$
				o.allow("--version"); //$NON-NLS-1$
				o.requireArguments(1, Messages.Materials_usageShow);
				return show(o.arguments().get(0), o.version());
			case "import": //$NON-NLS-1$
				o.allow();
				o.requireArguments(1, Messages.Materials_usageImport);
				return importFrom(Paths.get(o.arguments().get(0)));
			case "export": //$NON-NLS-1$
				return export(o);
			case "delete": //$NON-NLS-1$
				o.allow("--force", "--studies"); //$NON-NLS-1$ //$NON-NLS-2$
				o.requireArguments(1, Messages.Materials_usageDelete);
				return delete(o.arguments().get(0), o.flag("--force"), o.value("--studies")); //$NON-NLS-1$ //$NON-NLS-2$
			default:
				throw new IllegalArgumentException(NLS.bind(Messages.Materials_unknownCommand, sub));
			}
		} catch (MaterialStoreException e) {
			return storeFailure(e);
		} catch (IllegalStateException e) {
			if (e.getCause() instanceof MaterialStoreException cause) {
				return storeFailure(cause);
			}
			throw e;
		}
	}

	private int list(String className) throws MaterialStoreException {
		MaterialClass filter = className == null ? null : materialClass(className);
		try (IMaterialStore store = MaterialLibraryAccess.open(err::println)) {
			List<Material> materials = store.materials().stream().filter(m -> filter == null || m.materialClass() == filter)
					.toList();
			if (materials.isEmpty()) {
				out.println(NLS.bind(Messages.Materials_noneListed, store.location()));
			}
			new MaterialPrinter(out).list(materials);
			return Cli.OK;
		}
	}

	private static MaterialClass materialClass(String text) {
		for (MaterialClass c : MaterialClass.values()) {
			if (c.name().equalsIgnoreCase(text)) {
				return c;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Materials_unknownClass, text, Stream.of(MaterialClass.values())
				.map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")))); //$NON-NLS-1$
	}

	private int show(String id, Integer version) throws MaterialStoreException {
		try (IMaterialStore store = MaterialLibraryAccess.open(err::println)) {
			Material m = find(store, id, version);
			new MaterialPrinter(out).show(m, store.find(id).orElseThrow().version());
			return Cli.OK;
		}
	}

	/** @return the newest version of {@code id}, or the given version; the message lists what exists */
	private static Material find(IMaterialStore store, String id, Integer version) {
		Material newest = store.find(id).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Materials_unknownId,
				new Object[] { id, store.location(), store.materials().stream().map(Material::id).collect(Collectors.joining(", ")) }))); //$NON-NLS-1$
		if (version == null) {
			return newest;
		}
		return store.find(id, version).orElseThrow(() -> new IllegalArgumentException(NLS.bind(Messages.Materials_unknownVersion,
				new Object[] { id, version, store.history(id).stream().map(m -> String.valueOf(m.version()))
						.collect(Collectors.joining(", ")) }))); //$NON-NLS-1$
	}

	private int importFrom(Path path) throws MaterialStoreException {
		List<Material> materials;
		try {
			materials = MaterialImport.read(path);
		} catch (MaterialFormatException e) {
			err.println(Messages.Cli_error + e.getMessage());
			err.println(Messages.Materials_nothingImported);
			return Cli.INVALID;
		} catch (NoSuchFileException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Materials_noSuchFile, path));
			return Cli.INVALID;
		} catch (IOException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Materials_cannotRead, path, e));
			return Cli.FAILURE;
		}
		try (IMaterialStore store = MaterialLibraryAccess.open(err::println)) {
			List<MaterialImport.Imported> imported = MaterialImport.save(store, materials);
			out.println(NLS.bind(Messages.Materials_checked, imported.size(), path));
			for (MaterialImport.Imported i : imported) {
				Material m = i.material();
				out.println(NLS.bind(i.stored() ? Messages.Materials_stored : Messages.Materials_unchanged,
						new Object[] { m.id(), m.version(), m.name() }));
			}
			long stored = imported.stream().filter(MaterialImport.Imported::stored).count();
			out.println(NLS.bind(Messages.Materials_importSummary,
					new Object[] { stored, store.location(), imported.size() - stored }));
			return Cli.OK;
		}
	}

	private int export(Options o) throws MaterialStoreException {
		o.allow("--all", "--json", "--csv", "--version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		boolean all = o.flag("--all"); //$NON-NLS-1$
		String json = o.value("--json"); //$NON-NLS-1$
		String csv = o.value("--csv"); //$NON-NLS-1$
		if (all == (o.arguments().size() == 1) || o.arguments().size() > 1 || (json == null) == (csv == null)
				|| all && o.version() != null) {
			throw new IllegalArgumentException(Messages.Materials_usageExport);
		}
		try (IMaterialStore store = MaterialLibraryAccess.open(err::println)) {
			List<Material> materials = all ? store.materials() : List.of(find(store, o.arguments().get(0), o.version()));
			if (json != null) {
				MaterialExport.writeJson(materials, Paths.get(json));
				out.println(NLS.bind(Messages.Materials_exportedJson, materials.size(), json));
			} else {
				for (Path folder : MaterialExport.writeCsv(materials, Paths.get(csv))) {
					out.println(NLS.bind(Messages.Materials_exportedCsv, folder));
				}
			}
			return Cli.OK;
		} catch (FileAlreadyExistsException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Materials_exportTargetExists, e.getFile()));
			return Cli.INVALID;
		} catch (IOException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Materials_cannotWrite, json != null ? json : csv, e));
			return Cli.FAILURE;
		}
	}

	/**
	 * Deletes every version of a material, unless a study below the current
	 * folder (or {@code --studies DIR}) refers to it: runs of that study
	 * could no longer find it. {@code --force} deletes anyway.
	 */
	private int delete(String id, boolean force, String studies) throws MaterialStoreException {
		Path folder = Paths.get(studies == null ? "" : studies).toAbsolutePath(); //$NON-NLS-1$
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException(NLS.bind(Messages.Materials_noStudiesFolder, folder));
		}
		try (IMaterialStore store = MaterialLibraryAccess.open(err::println)) {
			find(store, id, null);
			if (!force) {
				List<Path> users = StudyReferences.to(id, folder);
				if (!users.isEmpty()) {
					err.println(Messages.Cli_error + NLS.bind(Messages.Materials_deleteInUse, new Object[] { id, users.size(), folder,
							users.stream().limit(10).map(p -> folder.relativize(p).toString()).collect(Collectors.joining(", ")) })); //$NON-NLS-1$
					return Cli.INVALID;
				}
			}
			int versions = store.delete(id);
			out.println(NLS.bind(Messages.Materials_deleted, new Object[] { id, versions, store.location() }));
			return Cli.OK;
		} catch (IOException e) {
			err.println(Messages.Cli_error + NLS.bind(Messages.Materials_cannotSearchStudies, folder, e));
			return Cli.FAILURE;
		}
	}

	private int storeFailure(MaterialStoreException e) {
		err.println(Messages.Cli_error + e.getMessage());
		if (Boolean.getBoolean("laserdamage.debug")) { //$NON-NLS-1$
			e.printStackTrace(err);
		}
		return Cli.FAILURE;
	}

	/** Options ({@code --name value}, {@code --name=value} or a flag) and positional arguments after the sub-command. */
	private record Options(String command, List<String> arguments, List<String[]> options) {

		private static final List<String> FLAGS = List.of("--all", "--force"); //$NON-NLS-1$ //$NON-NLS-2$

		static Options parse(String[] args, int from) {
			String command = String.join(" ", List.of(args).subList(0, from)); //$NON-NLS-1$
			List<String> arguments = new ArrayList<>();
			List<String[]> options = new ArrayList<>();
			for (int i = from; i < args.length; i++) {
				String arg = args[i];
				if (!arg.startsWith("--")) { //$NON-NLS-1$
					arguments.add(arg);
				} else if (arg.contains("=")) { //$NON-NLS-1$
					String[] option = arg.split("=", 2); //$NON-NLS-1$
					if (option[1].isEmpty()) {
						throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, option[0]));
					}
					options.add(option);
				} else if (FLAGS.contains(arg)) {
					options.add(new String[] { arg, "" }); //$NON-NLS-1$
				} else if (i + 1 < args.length) {
					options.add(new String[] { arg, args[++i] });
				} else {
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_missingValue, arg));
				}
			}
			return new Options(command, arguments, options);
		}

		void allow(String... names) {
			for (String[] option : options) {
				if (!List.of(names).contains(option[0])) {
					throw new IllegalArgumentException(NLS.bind(Messages.Cli_unknownOption, option[0], command));
				}
			}
		}

		void requireArguments(int count, String usage) {
			if (arguments.size() != count) {
				throw new IllegalArgumentException(usage);
			}
		}

		String value(String name) {
			String value = null;
			for (String[] option : options) {
				if (option[0].equals(name)) {
					if (value != null) {
						throw new IllegalArgumentException(NLS.bind(Messages.Materials_repeatedOption, name));
					}
					value = option[1];
				}
			}
			return value;
		}

		boolean flag(String name) {
			return value(name) != null;
		}

		Integer version() {
			String text = value("--version"); //$NON-NLS-1$
			if (text == null) {
				return null;
			}
			if (!text.matches("[1-9]\\d{0,8}")) { //$NON-NLS-1$
				throw new IllegalArgumentException(NLS.bind(Messages.Materials_badVersion, text));
			}
			return Integer.valueOf(text);
		}
	}
}
