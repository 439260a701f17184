package org.laserdamage.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.laserdamage.ui.internal.DocumentHtml;

/** The Help documents as local HTML: converted by commonmark into the cache, never into the docs folder. */
class DocumentHtmlTest {

	@TempDir
	Path cache;

	@Test
	void theWorkbenchDocumentBecomesAPageWhosePicturesStillResolve() throws Exception {
		Path docs = Paths.get("../../docs").toAbsolutePath().normalize(); //$NON-NLS-1$
		List<Path> before;
		try (Stream<Path> s = Files.list(docs)) {
			before = s.sorted().toList();
		}
		Path page = DocumentHtml.write(docs.resolve("workbench.md"), cache); //$NON-NLS-1$
		assertEquals(cache.resolve("workbench.html"), page); //$NON-NLS-1$
		String html = Files.readString(page);
		assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<h1>The workbench</h1>"), html); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(html.contains("<table>") && html.contains("<th>perspective</th>"), "Markdown tables become tables"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(html.contains("<base href=\"" + docs.toUri()), "pictures and links resolve against the docs folder"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(html.contains("<img src=\"screenshots/study-editor.png\""), html); //$NON-NLS-1$
		try (Stream<Path> s = Files.list(docs)) {
			assertEquals(before, s.sorted().toList(), "nothing is written into the docs folder"); //$NON-NLS-1$
		}
	}

	@Test
	void htmlInTheMarkdownIsShownAsText() {
		String html = DocumentHtml.page("# T\n\n<script>alert(1)</script>\n", "t", Paths.get("/tmp")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(!html.contains("<script>") && html.contains("&lt;script&gt;"), html); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
