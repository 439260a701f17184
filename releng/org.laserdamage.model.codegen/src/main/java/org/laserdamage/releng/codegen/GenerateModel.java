package org.laserdamage.releng.codegen;

import java.io.File;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenResourceKind;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator on the study model without an Eclipse IDE.
 * Loads {@code model/study.genmodel} (creating it from {@code model/study.ecore}
 * with the project's settings the first time), reconciles it with the .ecore
 * and writes the model code into {@code src-gen/}.
 * <p>
 * Arguments: the model bundle folder, then optionally the project types to
 * generate, comma-separated: {@code model} (the default) and {@code edit}
 * (the EMF.Edit item providers, written into {@code src-gen/} of the sibling
 * bundle {@code org.laserdamage.model.edit}; its manifest, plugin.xml and
 * build.properties are only created when missing, so hand edits stay).
 */
public final class GenerateModel {

	private static final String PLUGIN_ID = "org.laserdamage.model"; //$NON-NLS-1$
	private static final String EDIT_PLUGIN_ID = PLUGIN_ID + ".edit"; //$NON-NLS-1$

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		File bundle = new File(args.length > 0 ? args[0] : "bundles/" + PLUGIN_ID).getCanonicalFile(); //$NON-NLS-1$
		List<String> projectTypes = List.of((args.length > 1 && !args[1].isBlank() ? args[1] : "model").split(",")); //$NON-NLS-1$ //$NON-NLS-2$
		File editBundle = new File(bundle.getParentFile(), EDIT_PLUGIN_ID);
		EcorePlugin.getPlatformResourceMap().put(PLUGIN_ID, URI.createFileURI(bundle.getPath() + "/")); //$NON-NLS-1$
		EcorePlugin.getPlatformResourceMap().put(EDIT_PLUGIN_ID, URI.createFileURI(editBundle.getPath() + "/")); //$NON-NLS-1$
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl()); //$NON-NLS-1$
		resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		resourceSet.getURIConverter().getURIMap().putAll(EcorePlugin.computePlatformURIMap(false));

		URI base = URI.createPlatformResourceURI(PLUGIN_ID + "/model", true); //$NON-NLS-1$
		URI genModelUri = base.appendSegment("study.genmodel"); //$NON-NLS-1$
		GenModel genModel;
		if (new File(bundle, "model/study.genmodel").exists()) { //$NON-NLS-1$
			genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
			genModel.reconcile();
		} else {
			Resource ecore = resourceSet.getResource(base.appendSegment("study.ecore"), true); //$NON-NLS-1$
			genModel = createGenModel((EPackage) ecore.getContents().get(0));
			Resource res = resourceSet.createResource(genModelUri);
			res.getContents().add(genModel);
		}
		genModel.getForeignModel().clear();
		genModel.getForeignModel().add("study.ecore"); //$NON-NLS-1$
		genModel.eResource().save(Collections.emptyMap());

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is invalid: " + valid); //$NON-NLS-1$
		}
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		genModel.setCanGenerate(true);
		Generator generator = new Generator();
		generator.setInput(genModel);
		for (String type : projectTypes) {
			switch (type.trim()) {
			case "model" -> generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, bundle); //$NON-NLS-1$
			case "edit" -> generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, editBundle); //$NON-NLS-1$
			default -> throw new IllegalArgumentException("Unknown project type '" + type + "': use model and/or edit"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	private static void generate(Generator generator, GenModel genModel, String projectType, File target) {
		Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.out));
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("Generation failed: " + result); //$NON-NLS-1$
		}
		System.out.println("Generated " + projectType + " code into " + new File(target, "src-gen")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static GenModel createGenModel(EPackage ePackage) {
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(List.of(ePackage));
		genModel.setModelName("Study"); //$NON-NLS-1$
		genModel.setModelPluginID(PLUGIN_ID);
		genModel.setModelDirectory("/" + PLUGIN_ID + "/src-gen"); //$NON-NLS-1$ //$NON-NLS-2$
		genModel.setEditPluginID(PLUGIN_ID + ".edit"); //$NON-NLS-1$
		genModel.setEditDirectory("/" + PLUGIN_ID + ".edit/src-gen"); //$NON-NLS-1$ //$NON-NLS-2$
		genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container"); //$NON-NLS-1$
		genModel.setImporterID("org.eclipse.emf.importer.ecore"); //$NON-NLS-1$
		genModel.setBundleManifest(true);
		genModel.setUpdateClasspath(false);
		genModel.setModelPluginClass(""); //$NON-NLS-1$
		genModel.setCopyrightText("Laser Damage Workbench. Generated by EMF from model/study.ecore: do not edit."); //$NON-NLS-1$
		genModel.setOperationReflection(true);
		genModel.setImportOrganizing(true);
		genModel.setCodeFormatting(false);
		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setPrefix("Study"); //$NON-NLS-1$
		genPackage.setBasePackage("org.laserdamage"); //$NON-NLS-1$
		genPackage.setResource(GenResourceKind.XMI_LITERAL);
		genPackage.setFileExtensions("ldsim"); //$NON-NLS-1$
		genPackage.setDisposableProviderFactory(true);
		return genModel;
	}
}
