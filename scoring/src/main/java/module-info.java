/**
 * The sovai scorers: ownership look-through, sovereignty, energy and concentration risk. Pure functions of
 * (landscape, profile, as-of date) whose results explain themselves.
 */
module dev.sovai.scoring {
  requires transitive dev.sovai.model;
  requires static org.immutables.value.annotations;
  requires org.slf4j;

  exports dev.sovai.scoring;
  exports dev.sovai.scoring.energy;
  exports dev.sovai.scoring.concentration;
  exports dev.sovai.scoring.csf;
  exports dev.sovai.scoring.ownership;
  exports dev.sovai.scoring.sovereignty;
}
