package org.laserdamage.materials.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the shared materials UI classes and of the editor input. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	public static String MaterialClass_metal;
	public static String MaterialClass_ceramic;
	public static String MaterialClass_glass;
	public static String MaterialClass_polymer;
	public static String MaterialClass_composite;
	public static String MaterialEditorInput_readOnlyName;
	public static String MaterialEditorInput_toolTip;
	public static String MaterialEditors_openFailed;
	public static String MaterialLibraryService_noDatabase;
	public static String OpenMaterialHandler_noService;
	public static String OpenMaterialHandler_unknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
