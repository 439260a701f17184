package org.laserdamage.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A document of the documentation as local HTML, for a web browser: the
 * Markdown converted by commonmark (with GitHub's tables) into a page in the
 * workbench's own cache folder, never into the installation; its base URL is
 * the document's folder, so the relative links and pictures of the docs work.
 */
public final class DocumentHtml {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final String STYLE = "body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45}" //$NON-NLS-1$
			+ "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}" //$NON-NLS-1$
			+ "code,pre{background:#f4f4f4}pre{padding:.5em;overflow:auto}img{max-width:100%}"; //$NON-NLS-1$

	private DocumentHtml() {
	}

	/** @return {@code markdown} converted to a whole HTML page titled {@code title}, relative links resolved against {@code base} */
	public static String page(String markdown, String title, Path base) {
		Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
		String body = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(document);
		return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><base href=\"" + escape(base.toUri().toString()) //$NON-NLS-1$
				+ "\"><title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>\n" + body //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "</body></html>\n"; //$NON-NLS-1$
	}

	/**
	 * Writes the HTML page of {@code markdown} (atomically) into {@code cacheFolder} and returns it.
	 */
	public static Path write(Path markdown, Path cacheFolder) throws IOException {
		String name = markdown.getFileName().toString().replaceFirst("\\.md$", "") + ".html"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path folder = Files.createDirectories(cacheFolder);
		Path html = folder.resolve(name);
		Path tmp = Files.createTempFile(folder, name, ".tmp"); //$NON-NLS-1$
		try {
			Files.writeString(tmp, page(Files.readString(markdown, StandardCharsets.UTF_8), name,
					markdown.toAbsolutePath().getParent()), StandardCharsets.UTF_8);
			Files.move(tmp, html, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(tmp);
		}
		return html;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	}
}
