package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Records whose {@code equals} or {@code hashCode} is written out by hand (docs/architecture.md, "Records") keep
 * the generated ones' meaning: two records are equal exactly when every component is, and equal records hash
 * equally. Every such record in the code is found and checked on copies that differ in one component at a time
 * (another value, or null), so a component added to a record but not to its {@code equals} fails here.
 */
class RecordEqualityTest {

    @Test
    void handWrittenEqualityMeansEqualComponents() throws Exception {
        List<Class<?>> handWritten = new ArrayList<>();
        List<String> generatedInModel = new ArrayList<>();
        for (var c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.briefcheck")) {
            Class<?> type = c.reflect();
            if (!type.isRecord()) continue;
            boolean equals = writtenOut(type, "equals", Object.class);
            boolean hashCode = writtenOut(type, "hashCode");
            if (equals || hashCode) handWritten.add(type);
            if (type.getPackageName().equals("io.briefcheck.model") && !(equals && hashCode)) {
                generatedInModel.add(type.getSimpleName());
            }
        }
        assertEquals(List.of(), generatedInModel, "records of model/ whose equals or hashCode is generated (rules compare "
                + "them with null: write both out, docs/architecture.md, \"Records\")");
        assertTrue(handWritten.size() >= 40, "records with hand-written equality found: " + handWritten);
        for (Class<?> type : handWritten) check(type);
    }

    /** A record's generated equals and hashCode are final; one written in the record is not (unless declared so). */
    private static boolean writtenOut(Class<?> type, String name, Class<?>... parameters) {
        try {
            return !Modifier.isFinal(type.getDeclaredMethod(name, parameters).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void check(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        List<Object> instances = new ArrayList<>();
        instances.add(make(type, 0, 0, -1, false));
        instances.add(make(type, 0, 0, -1, false));
        for (int i = 0; i < components.length; i++) {
            instances.add(make(type, 0, 0, i, false));
            if (!components[i].getType().isPrimitive()) instances.add(make(type, 0, 0, i, true));
        }
        for (Object a : instances) {
            assertFalse(a.equals(null), type.getSimpleName() + " equals null");
            assertFalse(a.equals("another type"), type.getSimpleName() + " equals a string");
            for (Object b : instances) {
                boolean expected = sameComponents(components, a, b);
                assertEquals(expected, a.equals(b), type.getSimpleName() + ": equals of " + a + " and " + b);
                if (expected) assertEquals(a.hashCode(), b.hashCode(), type.getSimpleName() + ": hash of equal records");
            }
        }
    }

    private static boolean sameComponents(RecordComponent[] components, Object a, Object b) throws Exception {
        for (RecordComponent c : components) {
            Method get = c.getAccessor();
            get.setAccessible(true);
            if (!Objects.equals(get.invoke(a), get.invoke(b))) return false;
        }
        return true;
    }

    /**
     * An instance of {@code type} with every component at {@code variant} (0 or 1); component {@code changed}
     * (-1 for none) takes variant 1 instead, or null when {@code toNull}.
     */
    private static Object make(Class<?> type, int variant, int depth, int changed, boolean toNull) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean change = i == changed;
            values[i] = change && toNull ? null
                    : value(components[i].getGenericType(), types[i], change ? 1 - variant : variant, depth + 1);
        }
        Constructor<?> canonical = type.getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    private static Object value(Type generic, Class<?> type, int variant, int depth) throws Exception {
        if (type == String.class) return "text " + variant;
        if (type == int.class || type == Integer.class) return variant + 1;
        if (type == long.class || type == Long.class) return variant + 1L;
        if (type == double.class || type == Double.class) return variant + 1.5;
        if (type == boolean.class || type == Boolean.class) return variant == 1;
        if (type == LocalDate.class) return LocalDate.of(2026, 1, 1).plusDays(variant);
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[variant % constants.length];
        }
        if (type == List.class) {
            if (variant == 0) return List.of();
            Type item = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            Class<?> itemClass = item instanceof Class<?> c ? c : Object.class;
            return depth > 3 ? List.of("item") : List.of(value(item, itemClass, 0, depth));
        }
        if (type == Map.class) return variant == 0 ? Map.of() : Map.of("key " + variant, "value");
        if (type == Object.class) return "object " + variant;
        if (type.isRecord()) return depth > 3 ? null : make(type, variant, depth, -1, false);
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) ->
                    switch (method.getName()) {
                        case "equals" -> proxy == args[0];
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "toString" -> type.getSimpleName() + " proxy";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
        throw new AssertionError("RecordEqualityTest cannot make a " + type.getName() + " yet (" + Arrays.toString(
                type.getDeclaredConstructors()) + "): teach value() one");
    }
}
