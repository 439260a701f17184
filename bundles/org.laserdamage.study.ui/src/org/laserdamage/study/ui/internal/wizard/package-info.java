/** The New Study wizard and the templates it offers. */
package org.laserdamage.study.ui.internal.wizard;
