/** Shared parts of the materials UI: database access, units, opening editors. */
package org.laserdamage.materials.ui.internal;
