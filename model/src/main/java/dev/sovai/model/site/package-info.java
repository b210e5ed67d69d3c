/**
 * Sites: data centres, campuses and AI supercomputer installations, with who runs, owns and gates them,
 * their status over time, their accelerator fleet, capacity, efficiency, energy supply, and where their data,
 * administration and support are located.
 */
@SovaiStyle
package dev.sovai.model.site;

import dev.sovai.model.style.SovaiStyle;
