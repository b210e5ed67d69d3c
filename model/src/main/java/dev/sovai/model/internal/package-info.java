/** Validation rules shared by the model packages; not exported, not API. */
package dev.sovai.model.internal;
