/**
 * Helpers for workbench UI tests in the Tycho UI harness (SWTBot is not on
 * Maven Central): run on the UI thread, wait with a timeout, find controls by
 * their widget key ({@code org.laserdamage.ui.LaserDamageUI#WIDGET_KEY}),
 * send real key and mouse events, take screenshots. Page objects of each UI
 * bundle build on these.
 */
package org.laserdamage.ui.testsupport;
