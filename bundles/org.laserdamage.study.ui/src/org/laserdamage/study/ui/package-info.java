/** Ids of the study editor, the New Study wizard and the study problem markers. */
package org.laserdamage.study.ui;
