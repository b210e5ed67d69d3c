/**
 * The machinery behind the readers and writers: a cursor over Jackson's streaming parser that keeps the JSON
 * Pointer and collects problems, and the per-type decoders and encoders. Not exported; not API.
 */
package dev.sovai.io.internal;
