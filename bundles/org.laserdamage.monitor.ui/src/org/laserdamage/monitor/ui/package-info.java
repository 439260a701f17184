/**
 * The workbench's monitoring: the System Health view (live charts of this
 * workbench or of a server), the Server Jobs view, Submit to Server and the
 * Monitoring preferences. They wrap the operations of
 * {@code org.laserdamage.monitor}.
 */
package org.laserdamage.monitor.ui;
