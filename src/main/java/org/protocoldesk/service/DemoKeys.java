package org.protocoldesk.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The keys of one kind of demo record ("person") and what each stands for: an id, or a country code. */
final class DemoKeys<V> {
    private final String kind;
    private final Map<String, V> values = new HashMap<>();

    DemoKeys(String kind) {
        this.kind = kind;
    }

    void put(String key, V value) {
        if (key == null || key.isBlank()) {
            throw new DemoDataException("A " + kind + " in the demo data set has no key");
        }
        if (values.putIfAbsent(key, value) != null) {
            throw new DemoDataException("The " + kind + " key '" + key + "' is used twice in the demo data set");
        }
    }

    /** The value of a key that may be absent (null gives null); {@code usedBy} names the record that refers to it. */
    V get(String key, String usedBy) {
        if (key == null) {
            return null;
        }
        V value = values.get(key);
        if (value == null) {
            throw new DemoDataException("Unknown " + kind + " key '" + key + "' in " + usedBy + " of the demo data set");
        }
        return value;
    }

    List<V> all(List<String> keys, String usedBy) {
        return DemoData.orEmpty(keys).stream().map(key -> get(key, usedBy)).toList();
    }
}
