/**
 * The shared vocabulary of the sovai model: {@link dev.sovai.model.Money}, {@link dev.sovai.model.PartialDate},
 * {@link dev.sovai.model.Source} and {@link dev.sovai.model.Confidence}, and the {@link dev.sovai.model.ModelException}
 * every model type throws when a value breaks a rule. The entities live in the sub-packages; the aggregate root is
 * {@link dev.sovai.model.landscape.Landscape}.
 */
@SovaiStyle
package dev.sovai.model;

import dev.sovai.model.style.SovaiStyle;
