/** Live validation of an open study: messages on the editor's pages and problem markers on its file. */
package org.laserdamage.study.ui.internal.validation;
