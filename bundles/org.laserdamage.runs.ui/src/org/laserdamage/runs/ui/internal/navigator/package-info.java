/** The Studies navigator: projects, studies and runs. */
package org.laserdamage.runs.ui.internal.navigator;
