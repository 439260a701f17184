/**
 * The material database: {@link org.laserdamage.materials.store.MaterialStores}
 * opens an {@link org.laserdamage.materials.IMaterialStore} on embedded Derby
 * or PostgreSQL.
 */
package org.laserdamage.materials.store;
