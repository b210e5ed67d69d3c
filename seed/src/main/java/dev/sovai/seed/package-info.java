/** The bundled seed landscape: {@link dev.sovai.seed.SeedLandscape#load()}. */
package dev.sovai.seed;
