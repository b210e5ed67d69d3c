/**
 * The sovai domain model: immutable value types of the sovereign-AI infrastructure landscape and the
 * {@link dev.sovai.model.landscape.Landscape} aggregate.
 */
module dev.sovai.model {
  requires static org.immutables.value.annotations;

  exports dev.sovai.model;
  exports dev.sovai.model.jurisdiction;
  exports dev.sovai.model.operator;
  exports dev.sovai.model.site;
  exports dev.sovai.model.accelerator;
  exports dev.sovai.model.deal;
  exports dev.sovai.model.landscape;
  exports dev.sovai.model.assessment;
  exports dev.sovai.model.csf;
}
