/**
 * Hand-written additions to the generated item providers
 * ({@code org.laserdamage.model.provider}, in src-gen/): labels with units and
 * the adapter factory editors use.
 */
package org.laserdamage.model.edit;
