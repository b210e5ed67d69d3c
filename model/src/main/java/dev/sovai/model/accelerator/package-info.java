/** The accelerator catalogue: GPU and AI-chip models with their vendor, power, dense performance and fabs. */
@SovaiStyle
package dev.sovai.model.accelerator;

import dev.sovai.model.style.SovaiStyle;
