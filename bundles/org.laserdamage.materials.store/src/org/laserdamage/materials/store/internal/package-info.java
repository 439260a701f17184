/**
 * The JDBC material store behind {@link org.laserdamage.materials.store.MaterialStores}:
 * connectors for embedded Derby and PostgreSQL, the Derby lock file, schema
 * migrations, and the mapping of materials to tables. Not API; exported for
 * the store's tests.
 */
package org.laserdamage.materials.store.internal;
