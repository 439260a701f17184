package org.laserdamage.study.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates.Template;
import org.laserdamage.study.ui.internal.wizard.StudyTemplates;
import org.laserdamage.ui.testsupport.TestWorkspace;

/** The wizard's templates are the repository's examples, byte for byte, so the two cannot drift apart. */
class TemplatesTest {

	@Test
	void templatesAreTheExamples() throws IOException {
		List<String> examples;
		try (Stream<Path> files = Files.list(TestWorkspace.examples())) {
			examples = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ldsim")).sorted().toList(); //$NON-NLS-1$
		}
		List<Template> templates = StudyTemplates.all();
		assertEquals(examples, templates.stream().map(Template::fileName).sorted().toList(),
				"bundles/org.laserdamage.study.ui/templates/ must hold a copy of every example and nothing else"); //$NON-NLS-1$
		for (Template template : templates) {
			try (InputStream in = template.open()) {
				assertArrayEquals(Files.readAllBytes(TestWorkspace.examples().resolve(template.fileName())), in.readAllBytes(),
						template.fileName() + " differs from examples/: copy the example over the template"); //$NON-NLS-1$
			}
		}
	}
}
