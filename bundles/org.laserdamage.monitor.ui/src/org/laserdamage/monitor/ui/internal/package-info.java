/** The views, handler and preference page of the Monitoring perspective. */
package org.laserdamage.monitor.ui.internal;
