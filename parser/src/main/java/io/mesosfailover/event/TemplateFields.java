package io.mesosfailover.event;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields of a {@link KnownTemplate}: an immutable map of a few labels to their texts, in the template's order.
 * Two arrays rather than a hash map, since a template has a handful of labels and the parser makes one per line.
 */
public final class TemplateFields extends AbstractMap<String, String> {

    /** No fields: a known template read without its values (see the parser's {@code withoutTemplateFields}). */
    public static final TemplateFields NONE = new TemplateFields(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;

    private TemplateFields(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /**
     * @param names the labels, distinct; the array is kept, so it must not change (a parse shape shares one)
     * @param values the texts by label, as many as the names; the array is kept
     * @return the fields
     * @throws IllegalArgumentException when the two differ in length, or a name or value is null or a name repeats
     */
    public static TemplateFields of(String[] names, String[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " names for " + values.length + " values");
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i] == null || values[i] == null) {
                throw new IllegalArgumentException("a template field or its value is null");
            }
            for (int j = 0; j < i; j++) {
                if (names[j].equals(names[i])) {
                    throw new IllegalArgumentException("the template field " + names[i] + " repeats");
                }
            }
        }
        return new TemplateFields(names, values);
    }

    /** @return the fields of any map, in its iteration order; the map itself when it is already such fields */
    public static TemplateFields copyOf(Map<String, String> fields) {
        if (fields instanceof TemplateFields already) {
            return already;
        }
        String[] names = new String[fields.size()];
        String[] values = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            names[i] = field.getKey();
            values[i] = field.getValue();
            i++;
        }
        return of(names, values);
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<String, String> entry = new SimpleImmutableEntry<>(names[next], values[next]);
                        next++;
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
