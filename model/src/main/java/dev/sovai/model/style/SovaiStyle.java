package dev.sovai.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;

import dev.sovai.model.ModelException;

/**
 * The one Immutables style of the project: package-private implementations, public builders, no Guava,
 * and {@link ModelException} for an object that cannot be built. Applied on each model package's
 * {@code package-info.java}. Compile-time only; not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    builderVisibility = BuilderVisibility.PUBLIC,
    overshadowImplementation = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    privateNoargConstructor = false,
    throwForInvalidImmutableState = ModelException.class,
    throwForNullPointer = NullPointerException.class)
public @interface SovaiStyle {}
