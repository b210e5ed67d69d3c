package dev.sovai.cli.command;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sovai.scoring.concentration.Basis;
import dev.sovai.scoring.concentration.Dimension;
import picocli.CommandLine;

/**
 * Converts option values to enum constants the way users write them: lower case, with hyphens or underscores
 * ({@code ultimate-controller}, {@code h100_equivalents}, {@code IT_MW}).
 *
 * @param <E>  the enum
 */
final class EnumConverter<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
  private final Class<E> type;

  EnumConverter(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    String constant = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(constant)) {
        return e;
      }
    }
    throw new CommandLine.TypeConversionException("'" + value + "' is not one of " + names(type));
  }

  /**
   * The values as users write them.
   *
   * @param type  the enum, not null
   * @return the lower-case, hyphenated names, comma-separated, not null
   */
  static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(EnumConverter::name).collect(Collectors.joining(", "));
  }

  static String name(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The dimensions as users write them, for help texts. */
  static final class Dimensions implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Dimension.values()).map(EnumConverter::name).iterator();
    }
  }

  /** The bases as users write them, for help texts. */
  static final class Bases implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(Basis.values()).map(EnumConverter::name).iterator();
    }
  }
}
