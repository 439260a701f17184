/** Deck writer, launcher, result reader and licence check of the ANSYS adapter. Not API. */
package org.laserdamage.solver.ansys.internal;
