package org.laserdamage.headless.tests;

import java.util.List;

/**
 * One generated input: the bytes of a study file, the overrides given with it,
 * and whether the input is certainly invalid (then validate must refuse it).
 *
 * @param kind      the mutation, for the summary
 * @param what      a description for failure messages
 * @param bytes     the file
 * @param overrides {@code --set} assignments
 * @param mustFail  true when no valid study can come out of this mutation
 */
record FuzzCase(String kind, String what, byte[] bytes, List<String> overrides, boolean mustFail) {
}
