/** The Immutables style shared by the model packages (compile time only, not exported). */
package dev.sovai.model.style;
