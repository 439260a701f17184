/** The Materials view: a NatTable grid of the library with search, class filter, sorting and drag. */
package org.laserdamage.materials.ui.internal.view;
