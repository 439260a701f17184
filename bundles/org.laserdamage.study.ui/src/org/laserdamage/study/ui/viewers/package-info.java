/**
 * JFace content and label providers over EMF.Edit item providers, in place of
 * {@code emf.edit.ui}, which is not available from Maven Central.
 */
package org.laserdamage.study.ui.viewers;
