package org.laserdamage.headless.tests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates example studies: values (types, huge, tiny, negative, NaN, hex, other
 * scripts' digits), structure (duplicated, removed, reordered, renamed and
 * deeply nested elements, a second root, references), encodings (UTF-16, BOMs,
 * invalid bytes), sizes and truncation, and {@code --set} overrides. Seeded:
 * the same seed gives the same cases.
 */
final class StudyMutator {

	/** Values that are never a number of the format. */
	static final List<String> NOT_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e309", "-1e400", "0x1p10", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"1000d", "1000f", "1_000", "\u0661\u0662", "\uff11\uff12", "", " ", "abc", "1,5", "--1", "1e", "0x10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
	/** Numbers of the format that may or may not be in range. */
	static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "-1e10", "1e308", "1.7976931348623157E308", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"4.9e-324", "1e-300", "1e-15", "2147483647", "2147483648", "-2147483648", "0.5", "3", "1e6", "1e-6", "7", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
			"0000000000000000000000000001", "1." + "0".repeat(2000)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> TEXT_ATTRIBUTES = Set.of("name", "description", "materialId", "solverId"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> SINGLE_ELEMENTS = Set.of("laser", "target", "environment", "mesh", "solver", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"damageCriteria", "spatialProfile", "temporalProfile", "probes"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> TYPES = List.of("study:Mesh", "study:Pulsed", "study:ContinuousWave", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"study:GaussianProfile", "study:TopHatProfile", "study:Study", "study:Foo", "foo:Bar", "study:SpatialProfile", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	private static final List<String> PATHS = List.of("laser.power", "laser.wavelength", "laser.spatialProfile.radius", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"target.radius", "target.initialTemperature", "target.layers[0].thickness", "target.layers[0].axialCells", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"mesh.radialCells", "mesh.radialGrading", "mesh.axialGrading", "solver.endTime", "solver.initialTimeStep", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"solver.maxTimeStep", "solver.outputInterval", "solver.maxTemperatureChange", "environment.frontConvection", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"environment.ambientTemperature", "damageCriteria.meltOnset", "probes[0].r", "probes[0].name", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"laser.absorptivityOverride", "laser", "nothing.here", "target.layers[9].thickness"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final List<String> UNITS = List.of("", "kW", "mm", "um", "ms", "C", "%", "kHz", "furlong", " W"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final Pattern ATTRIBUTE = Pattern.compile(" (\\w+)=\"([^\"]*)\""); //$NON-NLS-1$

	private final Random random;
	private final List<String> examples;

	StudyMutator(long seed, List<String> examples) {
		this.random = new Random(seed);
		this.examples = examples;
	}

	List<FuzzCase> cases(int count) {
		List<FuzzCase> cases = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			cases.add(next());
		}
		return cases;
	}

	private FuzzCase next() {
		String text = examples.get(random.nextInt(examples.size()));
		switch (random.nextInt(12)) {
		case 0, 1, 2:
			return value(text);
		case 3:
			return type(text);
		case 4:
			return duplicate(text);
		case 5:
			return removeOrReorder(text);
		case 6:
			return rename(text);
		case 7:
			return encoding(text);
		case 8:
			return size(text);
		case 9:
			return truncate(text);
		case 10:
			return roots(text);
		default:
			return override(text);
		}
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private <T> T pick(List<T> list) {
		return list.get(random.nextInt(list.size()));
	}

	private FuzzCase value(String text) {
		List<int[]> spans = new ArrayList<>();
		List<String> names = new ArrayList<>();
		Matcher m = ATTRIBUTE.matcher(text);
		int body = text.indexOf("<laser"); //$NON-NLS-1$
		while (m.find()) {
			if (m.start() > body && !"type".equals(m.group(1))) { //$NON-NLS-1$
				spans.add(new int[] { m.start(2), m.end(2) });
				names.add(m.group(1));
			}
		}
		int k = random.nextInt(spans.size());
		boolean bad = random.nextBoolean();
		String value = bad ? pick(NOT_NUMBERS) : pick(NUMBERS);
		String mutated = text.substring(0, spans.get(k)[0]) + value + text.substring(spans.get(k)[1]);
		boolean numeric = !TEXT_ATTRIBUTES.contains(names.get(k));
		return new FuzzCase("value", names.get(k) + "=\"" + shorten(value) + "\"", utf8(mutated), List.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				bad && numeric);
	}

	private FuzzCase type(String text) {
		String to = pick(TYPES);
		Matcher m = Pattern.compile("xsi:type=\"[^\"]*\"").matcher(text); //$NON-NLS-1$
		List<Integer> starts = new ArrayList<>();
		while (m.find()) {
			starts.add(m.start());
		}
		int at = pick(starts);
		int end = text.indexOf('"', text.indexOf('"', at) + 1) + 1;
		String mutated = text.substring(0, at) + "xsi:type=\"" + to + "\"" + text.substring(end); //$NON-NLS-1$ //$NON-NLS-2$
		return new FuzzCase("type", to, utf8(mutated), List.of(), false); //$NON-NLS-1$
	}

	private List<String> lines(String text) {
		return new ArrayList<>(List.of(text.split("\n", -1))); //$NON-NLS-1$
	}

	/** @return indices of lines that hold one whole element (self-closing) */
	private static List<Integer> elementLines(List<String> lines) {
		List<Integer> indices = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String l = lines.get(i).strip();
			if (l.startsWith("<") && !l.startsWith("<?") && !l.startsWith("</") && l.endsWith("/>")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				indices.add(i);
			}
		}
		return indices;
	}

	private static String tag(String line) {
		String l = line.strip().substring(1);
		int end = 0;
		while (end < l.length() && Character.isLetterOrDigit(l.charAt(end))) {
			end++;
		}
		return l.substring(0, end);
	}

	private FuzzCase duplicate(String text) {
		List<String> lines = lines(text);
		int i = pick(elementLines(lines));
		String tag = tag(lines.get(i));
		lines.add(i + 1, lines.get(i));
		return new FuzzCase("duplicate", tag, utf8(String.join("\n", lines)), List.of(), SINGLE_ELEMENTS.contains(tag)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private FuzzCase removeOrReorder(String text) {
		List<String> lines = lines(text);
		List<Integer> elements = elementLines(lines);
		int i = pick(elements);
		if (random.nextBoolean()) {
			String removed = tag(lines.remove(i));
			return new FuzzCase("remove", removed, utf8(String.join("\n", lines)), List.of(), false); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int j = pick(elements);
		String a = lines.get(i);
		lines.set(i, lines.get(j));
		lines.set(j, a);
		return new FuzzCase("reorder", tag(a) + "<->" + tag(lines.get(i)), utf8(String.join("\n", lines)), List.of(), false); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private FuzzCase rename(String text) {
		List<String> lines = lines(text);
		int i = pick(elementLines(lines));
		String tag = tag(lines.get(i));
		String to = pick(List.of("lazer", "Laser", "probe", "study:Study", "x:y", "layers", tag + tag)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		lines.set(i, lines.get(i).replaceFirst("<" + Pattern.quote(tag), "<" + to)); //$NON-NLS-1$ //$NON-NLS-2$
		return new FuzzCase("rename", tag + "->" + to, utf8(String.join("\n", lines)), List.of(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				!"layers".equals(to) || !"layers".equals(tag)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private FuzzCase encoding(String text) {
		switch (random.nextInt(6)) {
		case 0:
			return new FuzzCase("encoding", "UTF-16 with BOM", text.replace("UTF-8", "UTF-16") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.getBytes(StandardCharsets.UTF_16), List.of(), false);
		case 1:
			return new FuzzCase("encoding", "UTF-16LE declared UTF-8", text.getBytes(StandardCharsets.UTF_16LE), List.of(), //$NON-NLS-1$ //$NON-NLS-2$
					false);
		case 2:
			byte[] body = utf8(text);
			byte[] bom = new byte[body.length + 3];
			bom[0] = (byte) 0xEF;
			bom[1] = (byte) 0xBB;
			bom[2] = (byte) 0xBF;
			System.arraycopy(body, 0, bom, 3, body.length);
			return new FuzzCase("encoding", "UTF-8 BOM", bom, List.of(), false); //$NON-NLS-1$ //$NON-NLS-2$
		case 3:
			return new FuzzCase("encoding", "Latin-1 bytes declared UTF-8", //$NON-NLS-1$ //$NON-NLS-2$
					text.replace("name=\"", "name=\"\u00e9\u00e8").getBytes(StandardCharsets.ISO_8859_1), List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$
		case 4:
			byte[] bytes = utf8(text);
			int at = text.indexOf("<laser") + random.nextInt(bytes.length - text.indexOf("<laser") - 20); //$NON-NLS-1$ //$NON-NLS-2$
			bytes[at] = (byte) (random.nextBoolean() ? 0xFF : 0xC3);
			return new FuzzCase("encoding", "invalid byte at " + at, bytes, List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$
		default:
			return new FuzzCase("encoding", "NUL character", utf8(text.replace("<mesh", "<mesh\u0000")), List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
	}

	private FuzzCase size(String text) {
		switch (random.nextInt(3)) {
		case 0:
			return new FuzzCase("size", "2 MB description", utf8(text.replace("description=\"", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"description=\"" + "x".repeat(2_000_000))), List.of(), false); //$NON-NLS-1$ //$NON-NLS-2$
		case 1:
			int depth = 2000 + random.nextInt(20_000);
			String nest = "<deep>".repeat(depth) + "</deep>".repeat(depth); //$NON-NLS-1$ //$NON-NLS-2$
			return new FuzzCase("size", "nesting " + depth, utf8(text.replace("<mesh", nest + "\n  <mesh")), List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		default:
			StringBuilder probes = new StringBuilder();
			int n = 1 + random.nextInt(3000);
			for (int i = 0; i < n; i++) {
				probes.append("  <probes name=\"p").append(i).append("\" r=\"0.0\" z=\"0.0\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return new FuzzCase("size", n + " probes", utf8(text.replace("</study:Study>", probes + "</study:Study>")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					List.of(), false);
		}
	}

	private FuzzCase truncate(String text) {
		byte[] bytes = utf8(text);
		int length = random.nextInt(bytes.length - 20);
		byte[] cut = new byte[length];
		System.arraycopy(bytes, 0, cut, 0, length);
		return new FuzzCase("truncate", "first " + length + " bytes", cut, List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private FuzzCase roots(String text) {
		String study = text.substring(text.indexOf("<study:Study")); //$NON-NLS-1$
		switch (random.nextInt(4)) {
		case 0:
			return new FuzzCase("roots", "two studies", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\">\n" + study + study + "</xmi:XMI>\n"), //$NON-NLS-1$ //$NON-NLS-2$
					List.of(), true);
		case 1:
			return new FuzzCase("roots", "content after the root", utf8(text + "<study:Study/>\n"), List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case 2:
			return new FuzzCase("roots", "href instead of mesh", //$NON-NLS-1$ //$NON-NLS-2$
					utf8(text.replaceFirst("<mesh [^>]*/>", "<mesh href=\"other.ldsim#//@mesh\"/>")), List.of(), true); //$NON-NLS-1$ //$NON-NLS-2$
		default:
			return new FuzzCase("roots", "DOCTYPE with entity", utf8(text.replace("<study:Study", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"<!DOCTYPE s [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n<study:Study")), List.of(), true); //$NON-NLS-1$
		}
	}

	private FuzzCase override(String text) {
		String path = pick(PATHS);
		boolean bad = random.nextInt(3) == 0;
		String value = bad ? pick(NOT_NUMBERS) : pick(NUMBERS) + pick(UNITS);
		boolean text2 = path.endsWith(".name"); //$NON-NLS-1$
		return new FuzzCase("override", path + "=" + shorten(value), utf8(text), List.of(path + "=" + value), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				bad && !text2 || path.equals("laser") || path.startsWith("nothing") || path.contains("[9]")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String shorten(String value) {
		return value.length() <= 30 ? value : value.substring(0, 27) + "..."; //$NON-NLS-1$
	}
}
