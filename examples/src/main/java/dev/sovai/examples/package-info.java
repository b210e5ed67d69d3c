/** Runnable examples of the sovai library; each is compiled and executed by the test suite. */
package dev.sovai.examples;
