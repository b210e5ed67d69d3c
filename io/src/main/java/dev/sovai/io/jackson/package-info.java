/**
 * Jackson integration: {@link dev.sovai.io.jackson.SovaiModule} plugs the landscape and model types into any
 * {@code ObjectMapper} (found by {@code ServiceLoader} too), and {@link dev.sovai.io.jackson.SovaiMappers} makes a
 * preconfigured strict mapper. The model itself stays free of Jackson.
 */
package dev.sovai.io.jackson;
