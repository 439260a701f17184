package org.laserdamage.study.ui.internal.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IMessageManager;
import org.laserdamage.materials.IMaterialLibrary;
import org.laserdamage.model.Study;
import org.laserdamage.model.validation.StudyValidator;

/**
 * Validates a study shortly after each change (debounced) and shows the
 * problems on every page that is open — on the field of the setting where the
 * page has one, otherwise in the page header — and as problem markers on the
 * workspace file. Text a field cannot read ("fast" for a power) is a problem
 * too, shown the same way at once; the model keeps its old value until the
 * text is fixed, and the editor neither saves nor runs meanwhile. UI thread only.
 */
public final class LiveValidation {

	/** Delay after the last change before validating, in ms. */
	static final int DELAY = 300;

	private final Study study;
	private final Display display;
	private final ProblemMarkers markers;
	private final Map<MessageTarget, List<Shown>> shown = new LinkedHashMap<>();
	private final Runnable validate = this::validateNow;
	private IMaterialLibrary library;
	private String libraryWarning;
	private List<Problem> problems = List.of();
	private final Map<Control, Problem> unreadable = new LinkedHashMap<>();
	private Runnable unreadableChanged = () -> {
	};
	private boolean disposed;

	/** A message on a page: key, and the control it decorates (null: header only). */
	private record Shown(Object key, Control control) {
	}

	/** @param file the workspace file for markers; null for a file outside the workspace */
	public LiveValidation(Study study, IFile file, Display display) {
		this.study = study;
		this.display = display;
		this.markers = file == null ? null : new ProblemMarkers(file);
	}

	/** Validates {@value #DELAY} ms from now, unless another change comes first. */
	public void schedule() {
		if (!disposed) {
			display.timerExec(DELAY, validate);
		}
	}

	/**
	 * Validates material references against {@code materials} from now on.
	 *
	 * @param warning why these are not the database's materials, shown on every page; or null
	 */
	public void setLibrary(IMaterialLibrary materials, String warning) {
		library = materials;
		libraryWarning = warning;
		validateNow();
	}

	/** Validates at once (cancelling a scheduled validation). */
	public void validateNow() {
		if (disposed) {
			return;
		}
		display.timerExec(-1, validate);
		Diagnostic diagnostic = StudyValidator.validate(study, library);
		problems = Problem.of(diagnostic);
		showProblems();
	}

	private void showProblems() {
		for (MessageTarget target : List.copyOf(shown.keySet())) {
			show(target);
		}
		if (markers != null) {
			markers.update(allProblems());
		}
	}

	private List<Problem> allProblems() {
		List<Problem> all = new ArrayList<>(unreadable.values());
		all.addAll(problems);
		return all;
	}

	/**
	 * Records that {@code field} holds text it cannot read, or no longer does, and shows it at once.
	 *
	 * @param problem what is wrong with the text, or null when the field reads again (or is gone)
	 */
	public void unreadable(Control field, Problem problem) {
		if (disposed) {
			return;
		}
		Problem old = problem == null ? unreadable.remove(field) : unreadable.put(field, problem);
		if (old == null && problem == null || old != null && old.equals(problem)) {
			return;
		}
		showProblems();
		if ((old == null) != (problem == null)) {
			unreadableChanged.run();
		}
	}

	/** @return the problems of fields whose text cannot be read, in the order they appeared */
	public List<Problem> unreadable() {
		return List.copyOf(unreadable.values());
	}

	/** @param listener told when a field starts or stops holding text it cannot read */
	public void onUnreadableChanged(Runnable listener) {
		unreadableChanged = listener;
	}

	/** Shows the latest problems on a page (again), e.g. once it is created or shows another object. */
	public void show(MessageTarget target) {
		IMessageManager messages = target.messages();
		// An update drops the decorations of disposed fields (a rebuilt profile section); a batch
		// (auto update off) started while one is left fails in the form's message manager.
		messages.update();
		messages.setAutoUpdate(false);
		try {
			for (Shown old : shown.getOrDefault(target, List.of())) {
				if (old.control() == null) {
					messages.removeMessage(old.key());
				} else if (!old.control().isDisposed()) {
					messages.removeMessage(old.key(), old.control());
				}
			}
			List<Shown> now = new ArrayList<>();
			if (libraryWarning != null) {
				Object key = new Object();
				messages.addMessage(key, libraryWarning, null, IMessageProvider.WARNING);
				now.add(new Shown(key, null));
			}
			for (Problem problem : allProblems()) {
				Object key = new Object();
				int type = problem.severity() >= Diagnostic.ERROR ? IMessageProvider.ERROR
						: problem.severity() == Diagnostic.WARNING ? IMessageProvider.WARNING : IMessageProvider.INFORMATION;
				Control control = problem.object() == null ? null : target.controlFor(problem.object(), problem.feature());
				if (control == null) {
					messages.addMessage(key, problem.message(), problem, type);
				} else {
					messages.addMessage(key, problem.message(), problem, type, control);
				}
				now.add(new Shown(key, control));
			}
			shown.put(target, now);
		} finally {
			messages.setAutoUpdate(true);
		}
	}

	/** Stops showing messages on a page that is being disposed. */
	public void forget(MessageTarget target) {
		shown.remove(target);
	}

	/**
	 * Stops validating.
	 *
	 * @param changesDiscarded whether the editor closes with unsaved changes, whose markers must go
	 */
	public void dispose(boolean changesDiscarded) {
		disposed = true;
		display.timerExec(-1, validate);
		shown.clear();
		unreadable.clear();
		if (markers != null && changesDiscarded) {
			markers.revertToSaved(library);
		}
	}
}
