/** Wizards, preferences and the scheduled job; not API. */
package org.laserdamage.backup.ui.internal;
