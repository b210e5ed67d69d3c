package dev.sovai.model;

import java.util.List;

/**
 * A fact that cites its provenance: the identifiers of {@link Source}s in the same landscape and a
 * {@link Confidence}.
 */
public interface Cited {
  /** @return identifiers of the sources that support this fact, possibly empty, never null */
  List<String> sources();

  /** @return how firm the fact is; {@link Confidence#REPORTED} unless stated, never null */
  Confidence confidence();
}
