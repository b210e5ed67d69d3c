package dev.sovai.model.internal;

import dev.sovai.model.ModelException;

/**
 * Runs every rule of one value's check and reports them all: the first broken rule is thrown, the others are
 * attached to it as {@linkplain Throwable#getSuppressed() suppressed} {@link ModelException}s, so a reader can
 * report every problem of an entity at once. Not exported.
 */
public final class Checks {
  private ModelException first;

  /**
   * Runs one rule, keeping its {@link ModelException} if it breaks.
   *
   * @param rule  the rule, not null
   */
  public void check(Runnable rule) {
    try {
      rule.run();
    } catch (ModelException e) {
      add(e);
    }
  }

  /**
   * Runs one rule on a value, keeping its {@link ModelException} if it breaks. A rule that captures nothing (it
   * reads only its argument) is one shared object, so checking a value with such rules allocates none.
   *
   * @param <T>  the type of the value
   * @param value  the value checked, not null
   * @param rule  the rule, not null
   */
  public <T> void check(T value, java.util.function.Consumer<T> rule) {
    try {
      rule.accept(value);
    } catch (ModelException e) {
      add(e);
    }
  }

  /**
   * Records a broken rule.
   *
   * @param e  the exception describing it, not null
   */
  public void add(ModelException e) {
    if (first == null) {
      first = e;
    } else {
      first.addSuppressed(e);
    }
  }

  /**
   * Throws the first broken rule, with the others suppressed in it, if any rule broke.
   *
   * @throws ModelException if a rule broke
   */
  public void done() {
    if (first != null) {
      throw first;
    }
  }
}
