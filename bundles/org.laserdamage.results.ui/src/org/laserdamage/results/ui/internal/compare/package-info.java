/** Two runs side by side: their summaries in a table and their probe curves in one chart. */
package org.laserdamage.results.ui.internal.compare;
