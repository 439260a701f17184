/**
 * Deck writer, launcher and result reader of the CalculiX adapter, and the
 * criteria evaluated on its nodal temperatures. Not API.
 */
package org.laserdamage.solver.calculix.internal;
